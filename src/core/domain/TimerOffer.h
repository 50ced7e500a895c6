// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Activity.h"

#include <QDate>

// What a row may offer for its timer, decided once for the day view's
// buttons and for TimerService::start(): MOCO runs timers on today's
// activities only and refuses one on a billed activity; an earlier day's
// activity is "continued" as a new activity today.
namespace TimerOffer {

enum class Kind { None, Start, Continue };

inline Kind forActivity(const Activity &activity, const QDate &today)
{
    if (activity.date < today)
        return Kind::Continue;
    if (activity.date == today && !activity.billed)
        return Kind::Start;
    return Kind::None;
}

} // namespace TimerOffer
