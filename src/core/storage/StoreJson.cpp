// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/StoreJson.h"

#include <QJsonDocument>
#include <QTimeZone>

QString StoreJson::toText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject StoreJson::toObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString StoreJson::toText(const QDateTime &utc)
{
    return utc.isValid() ? utc.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime StoreJson::toDateTime(const QString &text)
{
    if (text.isEmpty())
        return {};
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : time;
}
