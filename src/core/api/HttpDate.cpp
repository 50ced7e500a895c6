// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/HttpDate.h"

#include <QLocale>
#include <QTimeZone>

QDateTime HttpDate::parse(QByteArrayView text)
{
    const QString trimmed = QString::fromLatin1(text).trimmed();
    if (trimmed.isEmpty())
        return {};
    // Day and month names are English whatever the user's locale.
    QDateTime at =
        QLocale::c().toDateTime(trimmed, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!at.isValid())
        at = QDateTime::fromString(trimmed, Qt::RFC2822Date);
    if (!at.isValid())
        return {};
    at.setTimeZone(QTimeZone::utc());
    return at;
}
