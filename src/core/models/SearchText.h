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
    // The whole words of a name as a typed word would have to be to equal one: folded, in both
    // umlaut spellings, split at spaces and, in addition, at any other non-letter, non-digit
    // ("P-1042" gives "p-1042", "p" and "1042"). For "is this exactly the name", not for filtering.
    static QStringList words(const QString &text);
    static bool matches(const QString &haystack, const QStringList &needles);
};
