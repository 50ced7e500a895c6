// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

// Reads what people type into a duration field, the same in every locale:
// "1:30", ":45", "1.5", "1,5" (decimal hours: either separator, never a
// thousands separator), "90" (a bare whole number is minutes), "90m",
// "1h30", "1 h 30 min", "1.25h", "2H" (German "std"/"stunden"/"minuten" too).
// Refuses negative values, more than 24 hours and anything else with a
// translated message for the field.
class DurationParser
{
    Q_DECLARE_TR_FUNCTIONS(DurationParser)
public:
    struct Result
    {
        bool ok = false;
        qint64 seconds = 0;
        QString error; // translated; empty when ok
        QString hint;  // "= 1 h 30 min" when ok
    };

    static Result parse(const QString &input);
    static constexpr qint64 MaxSeconds = 24 * 3600;

    // How a duration reads in the live hint: "1 h 30 min", "2 h", "5 min",
    // "0 min"; leftover seconds of a decimal input show as "… 36 s".
    static QString describe(qint64 seconds);
};
