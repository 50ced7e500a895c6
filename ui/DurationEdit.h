// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;

// A line edit for durations (DurationParser) with the live hint label "= 1 h 30 min" (accessible
// description "Parsed duration") and an inline error text, shown while the input is invalid and
// not empty, and after validate().
class DurationEdit : public QWidget
{
    Q_OBJECT
public:
    explicit DurationEdit(QWidget *parent = nullptr);

    std::optional<qint64> seconds() const; // nullopt when empty or invalid
    bool isValid() const;                  // empty counts as invalid unless setAllowEmpty(true)
    void setAllowEmpty(bool allow);
    void setSeconds(qint64 seconds); // shows h:mm
    QLineEdit *lineEdit() const { return m_edit; }

    void setReadOnly(bool readOnly);
    // Shows the error of the current input even when it is empty; returns isValid().
    bool validate();
    // A message from elsewhere (the server's 422 on seconds/hours); "" hides it. Cleared by typing.
    void setErrorText(const QString &text);
    QString errorText() const; // "" while no error is shown
    QString hintText() const;
    QLabel *hintLabel() const { return m_hint; }
    QLabel *errorLabel() const { return m_error; }

signals:
    void secondsChanged(); // text edited (valid or not)

private:
    void onTextChanged();
    void showError(const QString &text);

    QLineEdit *m_edit;
    QLabel *m_hint;
    QLabel *m_error;
    bool m_allowEmpty = false;
    // setSeconds() shows whole minutes; as long as that text stands, the exact value counts.
    std::optional<qint64> m_exactSeconds;
    QString m_exactText;
};
