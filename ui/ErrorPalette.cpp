// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ErrorPalette.h"

#include <QColor>
#include <QWidget>

namespace ErrorPalette {

QPalette forText(const QPalette &base)
{
    QPalette palette = base;
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    palette.setColor(QPalette::WindowText,
                     dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xc0, 0x1c, 0x28));
    return palette;
}

void applyTo(QWidget *widget)
{
    widget->setPalette(forText(widget->palette()));
}

} // namespace ErrorPalette
