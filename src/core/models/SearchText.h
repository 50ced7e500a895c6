// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// Text as type-ahead compares it: case and accents do not count, so "mull"
// finds "Müller", "cafe" finds "Café" and "weiss" finds "Weiß".
class SearchText
{
public:
    // Case-folded, accents removed (NFKD without combining marks), ß → ss,
    // a few letters without a decomposition (ø, æ, œ, ł, đ) spelled out.
    static QString fold(const QString &text);
    // fold(text), and when the text has German umlauts also the spelling
    // with ae/oe/ue, so "muell" finds "Müller" as well. Build it once per row.
    static QString haystack(const QString &text);
    // The folded words of what the user typed; a row matches when its
    // haystack contains every one of them.
    static QStringList needles(const QString &typed);
    static bool matches(const QString &haystack, const QStringList &needles);
};
