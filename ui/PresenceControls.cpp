// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PresenceControls.h"

#include "ClockOutPrompt.h"
#include "core/actions/ClockToggle.h"
#include "core/actions/PresenceActions.h"
#include "core/models/DisplayFormat.h"

#include <QAction>
#include <QLoggingCategory>
#include <QWidget>

Q_LOGGING_CATEGORY(lcPresenceControls, "mocotrack.ui.presence", QtInfoMsg)

PresenceControls::PresenceControls(ClockToggle *toggle, PresenceActions *presences,
                                   QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_toggle(toggle)
    , m_presences(presences)
    , m_dialogParent(dialogParent)
    , m_clock(new QAction(this))
    , m_homeOffice(new QAction(tr("Home office"), this))
{
    m_clock->setObjectName(QStringLiteral("clockAction"));
    m_clock->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_clock->setShortcutContext(Qt::ApplicationShortcut);
    m_homeOffice->setObjectName(QStringLiteral("homeOfficeAction"));
    m_homeOffice->setCheckable(true);
    connect(m_clock, &QAction::triggered, this, &PresenceControls::onClockTriggered);
    // triggered, not toggled: refresh() sets the check state without acting.
    connect(m_homeOffice, &QAction::triggered, this, &PresenceControls::onHomeOfficeToggled);
    refresh();
}

QString PresenceControls::presentSinceText() const
{
    const std::optional<QTime> since = m_toggle->presentSince();
    //: Tray tooltip line while clocked in, e.g. "Present since 08:05"
    return since ? tr("Present since %1").arg(DisplayFormat::clockTime(*since)) : QString();
}

void PresenceControls::refresh()
{
    const bool in = m_toggle->isClockedIn();
    m_clock->setText(in ? tr("Clock out") : tr("Clock in"));
    const std::optional<QTime> since = m_toggle->presentSince();
    m_clock->setToolTip(
        since ? tr("Clock out — you are clocked in since %1").arg(DisplayFormat::clockTime(*since))
              : tr("Clock in: your working time starts now"));
    const bool homeOffice = m_presences->isHomeOfficeToday();
    m_homeOffice->setChecked(homeOffice);
    // MOCO keeps home office with the day's presences: none yet, nothing to mark.
    m_homeOffice->setEnabled(m_presences->hasPresenceToday());
    m_homeOffice->setToolTip(m_homeOffice->isEnabled()
                                 ? tr("Home office applies to the whole day (that is how MOCO "
                                      "stores it).")
                                 : tr("Home office applies to the whole day: clock in first."));
    m_homeOffice->setStatusTip(m_homeOffice->toolTip());
    // What the window offers, once per change: end-to-end tests read it
    // (QT_LOGGING_RULES="mocotrack.*.debug=true").
    const QString state =
        since
            ? QStringLiteral("presence shown: clocked in since %1, offers \"%2\"")
                  .arg(DisplayFormat::clockTime(*since), m_clock->text())
            : QStringLiteral("presence shown: not clocked in, offers \"%1\"").arg(m_clock->text());
    if (state != m_loggedState) {
        m_loggedState = state;
        qCDebug(lcPresenceControls).noquote() << state;
    }
    emit stateChanged();
}

void PresenceControls::onClockTriggered()
{
    const auto report = [this](const ActionResult &result) {
        if (!result.ok() && !result.message.isEmpty())
            emit message(result.message);
        refresh();
    };
    if (!m_toggle->needsTimerChoice()) {
        report(m_toggle->toggle());
        return;
    }
    ClockOutPrompt::ask(m_dialogParent, m_toggle->runningTimerName(),
                        [this, report](ClockToggle::TimerChoice choice, bool remember) {
                            report(m_toggle->clockOut(choice, remember));
                        });
}

void PresenceControls::onHomeOfficeToggled(bool checked)
{
    const ActionResult result = m_presences->setHomeOfficeToday(checked);
    if (!result.ok() && !result.message.isEmpty())
        emit message(result.message);
    refresh();
}
