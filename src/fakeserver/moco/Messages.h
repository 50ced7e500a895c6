// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// The validation texts. MOCO answers in the account's language; most of these
// are German on purpose, a few are the English texts seen live.
class Messages
{
public:
    static QString blank() { return QStringLiteral("muss ausgefüllt werden"); }
    static QString invalid() { return QStringLiteral("ist nicht gültig"); }
    static QString invalidDate() { return QStringLiteral("ist kein gültiges Datum"); }
    static QString notInList() { return QStringLiteral("ist kein gültiger Wert"); }
    static QString negative() { return QStringLiteral("muss größer oder gleich 0 sein"); }
    static QString notANumber() { return QStringLiteral("ist keine Zahl"); }
    static QString billedNoEdit()
    {
        return QStringLiteral("Die Leistung wurde bereits abgerechnet und kann nicht mehr "
                              "bearbeitet werden");
    }
    static QString billedNoDelete()
    {
        return QStringLiteral("Die Leistung wurde bereits abgerechnet und kann nicht gelöscht "
                              "werden");
    }
    static QString timerOnlyToday()
    {
        return QStringLiteral("Timer can only be started on the current day");
    }
    static QString timerRunning() { return QStringLiteral("Timer is already running"); }
    static QString changeWhileRunning()
    {
        return QStringLiteral("kann nicht geändert werden, solange der Timer läuft");
    }
    static QString rangeOverlaps() { return QStringLiteral("range overlaps"); }
    static QString endBeforeStart() { return QStringLiteral("muss nach dem Beginn liegen"); }
    static QString tooLarge() { return QStringLiteral("ist zu groß (höchstens 12 KB)"); }
    static QString invalidUrl() { return QStringLiteral("ist keine gültige URL"); }
};
