// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPalette>

class QWidget;

// Error text (a failed sign-in, a duration that does not parse, a field MOCO
// refused) in one colour everywhere. Qt's palette has no "negative" role, so
// this is a red that stays readable on light and on dark system themes.
namespace ErrorPalette {

QPalette forText(const QPalette &base);
// Gives the widget's WindowText that red, keeping the rest of its palette.
void applyTo(QWidget *widget);

} // namespace ErrorPalette
