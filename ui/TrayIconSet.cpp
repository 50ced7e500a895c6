// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrayIconSet.h"

QString TrayIconSet::resourcePath(Timer timer, Badge badge)
{
    QString path = timer == Timer::Running ? QStringLiteral(":/icons/tray-running")
                                           : QStringLiteral(":/icons/tray-idle");
    switch (badge) {
    case Badge::None:
        break;
    case Badge::Offline:
        path += QStringLiteral("-offline");
        break;
    case Badge::NeedsAttention:
        path += QStringLiteral("-attention");
        break;
    }
    return path + QStringLiteral(".svg");
}

QIcon TrayIconSet::icon(Timer timer, Badge badge)
{
    return QIcon(resourcePath(timer, badge));
}
