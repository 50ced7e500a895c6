// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <QTimer>

class QLabel;
class QPushButton;

// A slim bar under the list after something was removed: "Activity deleted ·
// Undo". It hides itself after a few seconds; a new message replaces the old
// one (only the last removal can be undone from here).
class UndoBar : public QFrame
{
    Q_OBJECT
public:
    explicit UndoBar(QWidget *parent = nullptr);

    void showMessage(const QString &text);
    QString text() const;
    // How long the offer stands.
    void setTimeout(std::chrono::milliseconds timeout);

signals:
    void undoRequested();

private:
    void onUndoClicked();

    QLabel *m_text;
    QPushButton *m_undo;
    QTimer m_hideTimer;
};
