// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class ClockToggle;
class PresenceActions;
class QAction;
class QWidget;

// The window's and the tray's "Clock in" / "Clock out" (one action, Ctrl+
// Shift+I) and "Home office" (checkable, for today), kept in step with the
// store. The same two actions sit in the main window and the tray menu, so
// both always agree. Clocking out while a timer runs asks first
// (ClockOutPrompt) unless the answer was remembered. The rules are
// ClockToggle's and PresenceActions'; a refusal (e.g. clocking out in the
// minute of the clock-in) comes back as message().
class PresenceControls : public QObject
{
    Q_OBJECT
public:
    // dialogParent: where the clock-out question opens.
    PresenceControls(ClockToggle *toggle, PresenceActions *presences, QWidget *dialogParent,
                     QObject *parent = nullptr);

    QAction *clockAction() const { return m_clock; }
    QAction *homeOfficeAction() const { return m_homeOffice; }
    // "Present since 08:05" while clocked in, else empty (for the tray's tooltip).
    QString presentSinceText() const;

public slots:
    // After every store change: texts, check state and availability.
    void refresh();

signals:
    void message(const QString &text);
    void stateChanged();

private:
    void onClockTriggered();
    void onHomeOfficeToggled(bool checked);

    ClockToggle *m_toggle;
    PresenceActions *m_presences;
    QPointer<QWidget> m_dialogParent;
    QAction *m_clock;
    QAction *m_homeOffice;
    QString m_loggedState; // the last state written to the debug log
};
