// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/data/TimeFormat.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

QString TimeFormat::isoUtc(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QLatin1Char('Z');
}

QDateTime TimeFormat::parseIso(const QString &text)
{
    QDateTime parsed = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!parsed.isValid())
        return {};
    return parsed.toUTC();
}

QString TimeFormat::isoDate(QDate date)
{
    return date.toString(Qt::ISODate);
}

QByteArray TimeFormat::httpDate(const QDateTime &time)
{
    // The C locale: English day and month names whatever the machine's locale.
    return QLocale::c()
        .toString(time.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
        .toLatin1();
}

QDate TimeFormat::parseDate(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!shape.match(text).hasMatch())
        return {};
    return QDate::fromString(text, Qt::ISODate);
}

bool TimeFormat::isValidHhMm(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^([01]\\d|2[0-3]):[0-5]\\d$"));
    return shape.match(text).hasMatch();
}

int TimeFormat::minutesOfDay(const QString &hhmm)
{
    return hhmm.left(2).toInt() * 60 + hhmm.mid(3, 2).toInt();
}

QString TimeFormat::hhmm(int minutesOfDay)
{
    return QStringLiteral("%1:%2")
        .arg(minutesOfDay / 60, 2, 10, QLatin1Char('0'))
        .arg(minutesOfDay % 60, 2, 10, QLatin1Char('0'));
}
