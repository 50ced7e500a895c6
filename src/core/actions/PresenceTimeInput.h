// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QTime>

#include <optional>

// What the user typed into a presence's "From" and "To", checked before
// anything is stored or sent: MOCO answers a malformed time such as "8" with
// a 500, and keeps a presence within its day.
//
// A time is H:MM or HH:MM (a dot works too, "8.30"), 00:00 to 23:59. An empty
// "To" leaves the presence open (clocked in) where that is allowed.
struct PresenceTimeInput
{
    Q_DECLARE_TR_FUNCTIONS(PresenceTimeInput)

public:
    QTime from;
    std::optional<QTime> to; // nullopt: open
    QString error;           // translated; empty when the input is usable
    QString field;           // MOCO's name of the field the error is about ("from", "to")

    bool isValid() const { return error.isEmpty(); }

    // mayStayOpen: an empty "To" is allowed (today's presence).
    static PresenceTimeInput read(const QString &fromText, const QString &toText, bool mayStayOpen);
    // nullopt for anything but H:MM / HH:MM within the day.
    static std::optional<QTime> parseTime(const QString &text);
};
