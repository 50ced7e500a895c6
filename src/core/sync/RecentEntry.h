// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

// One project/task/description combination the user logged recently: what
// "Continue" offers (tray menu, main window). lastLocalId is the most recent
// activity with these values; TimerService::continueActivity(lastLocalId)
// continues it.
struct RecentEntry
{
    qint64 projectId = 0;
    qint64 taskId = 0;
    QString description;
    QString projectName;
    QString taskName;
    QString customerName;
    qint64 lastLocalId = 0;

    friend bool operator==(const RecentEntry &, const RecentEntry &) = default;
};
