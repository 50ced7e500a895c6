// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/TimerPayload.h"

#include "core/domain/JsonWriter.h"

namespace {

QString pressedKey(bool start)
{
    return start ? QStringLiteral("startedAt") : QStringLiteral("stoppedAt");
}

const QString secondsKey = QStringLiteral("seconds");

} // namespace

TimerPayload TimerPayload::fromJson(const QJsonObject &json, bool start)
{
    TimerPayload payload;
    payload.pressedAt =
        QDateTime::fromString(json.value(pressedKey(start)).toString(), Qt::ISODateWithMs);
    const QJsonValue seconds = json.value(secondsKey);
    if (seconds.isDouble())
        payload.seconds = seconds.toInteger();
    return payload;
}

QJsonObject TimerPayload::toJson(bool start) const
{
    QJsonObject json;
    if (pressedAt.isValid())
        json.insert(pressedKey(start), JsonWriter::timestamp(pressedAt));
    if (seconds)
        json.insert(secondsKey, *seconds);
    return json;
}
