// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/Activity.h"

#include "core/domain/JsonReader.h"
#include "core/domain/JsonWriter.h"

#include <QtMath>

#include <algorithm>

qint64 Activity::elapsedSeconds(const QDateTime &nowUtc) const
{
    if (!timerStartedAt || !nowUtc.isValid())
        return seconds;
    return seconds + std::max<qint64>(0, timerStartedAt->secsTo(nowUtc));
}

std::optional<Activity> Activity::fromJson(const QJsonValue &json, QString *error)
{
    return JsonReader::parse<Activity>(json, QStringLiteral("activity"), error);
}

Activity Activity::read(JsonReader &reader)
{
    Activity activity;
    activity.id = reader.integer(QStringLiteral("id"));
    activity.date = reader.date(QStringLiteral("date"));
    activity.hours = reader.optionalNumber(QStringLiteral("hours"));
    const std::optional<qint64> seconds = reader.optionalInteger(QStringLiteral("seconds"));
    if (seconds)
        activity.seconds = *seconds;
    else if (activity.hours)
        // Responses from before seconds existed carry only the decimal hours.
        activity.seconds = qRound64(*activity.hours * 3600.0);
    else
        reader.fail(QStringLiteral("seconds"), QStringLiteral("missing"));
    activity.workedSeconds = reader.optionalInteger(QStringLiteral("worked_seconds"));
    activity.description = reader.text(QStringLiteral("description"));
    activity.billed = reader.boolean(QStringLiteral("billed"));
    activity.billable = reader.boolean(QStringLiteral("billable"));
    activity.invoiceId = reader.optionalInteger(QStringLiteral("invoice_id"));
    activity.tag = reader.text(QStringLiteral("tag"));
    activity.remoteService = reader.text(QStringLiteral("remote_service"));
    activity.remoteId = reader.text(QStringLiteral("remote_id"));
    activity.remoteUrl = reader.text(QStringLiteral("remote_url"));
    activity.project = reader.object<ProjectRef>(QStringLiteral("project"));
    activity.task = reader.object<TaskRef>(QStringLiteral("task"));
    activity.customer = reader.optionalObject<CustomerRef>(QStringLiteral("customer"));
    activity.user = reader.optionalObject<UserRef>(QStringLiteral("user"));
    activity.deal = reader.optionalObject<NamedRef>(QStringLiteral("deal"));
    activity.hourlyRate = reader.optionalNumber(QStringLiteral("hourly_rate"));
    activity.timerStartedAt = reader.optionalTimestamp(QStringLiteral("timer_started_at"));
    activity.createdAt = reader.timestamp(QStringLiteral("created_at"));
    activity.updatedAt = reader.timestamp(QStringLiteral("updated_at"));
    return activity;
}

QJsonObject Activity::toJson() const
{
    QJsonObject json{{QStringLiteral("id"), JsonWriter::id(id)},
                     {QStringLiteral("date"), JsonWriter::date(date)},
                     {QStringLiteral("seconds"), QJsonValue(seconds)},
                     {QStringLiteral("description"), description},
                     {QStringLiteral("billed"), billed},
                     {QStringLiteral("billable"), billable},
                     {QStringLiteral("tag"), tag},
                     {QStringLiteral("remote_service"), remoteService},
                     {QStringLiteral("remote_id"), remoteId},
                     {QStringLiteral("remote_url"), remoteUrl},
                     {QStringLiteral("project"), project.toJson()},
                     {QStringLiteral("task"), task.toJson()}};
    JsonWriter::putNumber(json, QStringLiteral("hours"), hours);
    JsonWriter::putInteger(json, QStringLiteral("worked_seconds"), workedSeconds);
    JsonWriter::putInteger(json, QStringLiteral("invoice_id"), invoiceId);
    if (customer)
        json.insert(QStringLiteral("customer"), customer->toJson());
    if (user)
        json.insert(QStringLiteral("user"), user->toJson());
    if (deal)
        json.insert(QStringLiteral("deal"), deal->toJson());
    JsonWriter::putNumber(json, QStringLiteral("hourly_rate"), hourlyRate);
    json.insert(QStringLiteral("timer_started_at"),
                timerStartedAt ? QJsonValue(JsonWriter::timestamp(*timerStartedAt))
                               : QJsonValue(QJsonValue::Null));
    JsonWriter::putTimestamp(json, QStringLiteral("created_at"), createdAt);
    JsonWriter::putTimestamp(json, QStringLiteral("updated_at"), updatedAt);
    return json;
}
