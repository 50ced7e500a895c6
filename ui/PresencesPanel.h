// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/actions/ActionResult.h"

#include <QWidget>

class Clock;
class PresenceActions;
class PresencesModel;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

// The day's working time under its activities: the "Presences" table (each
// interval from–to, the open one with a live duration, MOCO's refusal of an
// interval on its row), a line to add one ("From", "To", "Add presence") and
// "Delete presence" for the selected one. From and To are edited in place
// too (F2, double-click or typing). Everything the user asks for goes to
// PresenceActions; a refusal (a malformed time, an interval past midnight)
// is shown under the table and what was typed stays.
class PresencesPanel : public QWidget
{
    Q_OBJECT
public:
    PresencesPanel(PresenceActions *actions, PresencesModel *dayPresences, const Clock *clock,
                   QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QLineEdit *fromEdit() const { return m_from; }
    QLineEdit *toEdit() const { return m_to; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *deleteButton() const { return m_delete; }
    // The last refusal, empty when none is shown.
    QString messageText() const;
    // Whether the open interval's duration is being repainted every second.
    bool isTicking() const;

public slots:
    void addPresence();
    void deleteSelected();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void onTimesEditRequested(qint64 localId, const QString &from, const QString &to);
    // Shows why, or clears the message; true when the action was done.
    bool report(const ActionResult &result);
    void selectLocalId(qint64 localId);
    void updateState();
    void updateTick();

    PresenceActions *m_actions;
    PresencesModel *m_model;
    const Clock *m_clock;
    QTableView *m_table;
    QLabel *m_empty;
    QLineEdit *m_from;
    QLineEdit *m_to;
    QPushButton *m_add;
    QPushButton *m_delete;
    QLabel *m_message;
    QTimer *m_tick;
};
