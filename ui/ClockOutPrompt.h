// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/actions/ClockToggle.h"

#include <functional>

class QWidget;

// "A timer is running. Stop it too?" when the user clocks out while a timer
// runs: "Stop timer too", "Keep timer running" or "Cancel", and "Don't ask
// again" to remember the answer. Window-modal and opened, not exec()'d.
class ClockOutPrompt
{
    Q_DECLARE_TR_FUNCTIONS(ClockOutPrompt)
public:
    // answered: the choice and whether to remember it; not called on Cancel.
    using Answered = std::function<void(ClockToggle::TimerChoice choice, bool remember)>;
    static void ask(QWidget *parent, const QString &timerName, Answered answered);
};
