// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QString>

// The tray's icons: an outline clock when idle, a filled one while a timer
// runs, each with a small dot when offline or when changes need attention.
// SVGs (resources/icons/tray-*.svg, through Qt's SVG icon engine), so they
// stay crisp at any panel size and scale factor.
class TrayIconSet
{
public:
    enum class Timer { Idle, Running };
    enum class Badge { None, Offline, NeedsAttention };

    static QString resourcePath(Timer timer, Badge badge);
    static QIcon icon(Timer timer, Badge badge);
};
