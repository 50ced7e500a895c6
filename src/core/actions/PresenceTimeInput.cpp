// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/actions/PresenceTimeInput.h"

#include <QRegularExpression>

namespace {

PresenceTimeInput refused(QString message, const char *field)
{
    PresenceTimeInput input;
    input.error = std::move(message);
    input.field = QString::fromLatin1(field);
    return input;
}

QString notATime(const QString &text)
{
    //: %1 is what the user typed, e.g. "8"
    return PresenceTimeInput::tr("“%1” is not a time of day. Enter it as HH:MM, for example 08:30.")
        .arg(text.trimmed());
}

} // namespace

std::optional<QTime> PresenceTimeInput::parseTime(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,2})[:.](\\d{2})$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const int hour = match.captured(1).toInt();
    const int minute = match.captured(2).toInt();
    if (hour > 23 || minute > 59)
        return std::nullopt;
    return QTime(hour, minute);
}

PresenceTimeInput PresenceTimeInput::read(const QString &fromText, const QString &toText,
                                          bool mayStayOpen)
{
    if (fromText.trimmed().isEmpty())
        return refused(tr("Enter when you started, as HH:MM (for example 08:30)."), "from");
    const std::optional<QTime> from = parseTime(fromText);
    if (!from)
        return refused(notATime(fromText), "from");

    PresenceTimeInput input;
    input.from = *from;
    if (toText.trimmed().isEmpty()) {
        if (!mayStayOpen)
            return refused(tr("Enter when you stopped, as HH:MM. Only today's working time can "
                              "stay open."),
                           "to");
        return input;
    }
    const std::optional<QTime> to = parseTime(toText);
    if (!to)
        return refused(notATime(toText), "to");
    if (*to == *from)
        return refused(tr("“To” is the same minute as “From”: MOCO keeps minutes, so the "
                          "interval would be empty."),
                       "to");
    if (*to < *from)
        return refused(tr("MOCO keeps a presence on the day it began, so it cannot run past "
                          "midnight. Enter it as two: until 23:59 on this day, and from 00:00 on "
                          "the next."),
                       "to");
    input.to = *to;
    return input;
}
