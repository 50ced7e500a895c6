// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/moco/ActivityPayload.h"

#include "fakeserver/api/FieldErrors.h"
#include "fakeserver/data/TimeFormat.h"
#include "fakeserver/moco/JsonInput.h"
#include "fakeserver/moco/Messages.h"

#include <QStringList>

#include <cmath>

namespace {

const QStringList remoteServices{
    QString(QLatin1String("")),  QStringLiteral("trello"),    QStringLiteral("jira"),
    QStringLiteral("asana"),     QStringLiteral("basecamp"),  QStringLiteral("wunderlist"),
    QStringLiteral("basecamp2"), QStringLiteral("basecamp3"), QStringLiteral("toggl"),
    QStringLiteral("mite"),      QStringLiteral("github"),    QStringLiteral("youtrack"),
};

std::optional<qint64> readId(const QJsonObject &body, const QString &key, FieldErrors &errors)
{
    const QJsonValue value = body.value(key);
    if (JsonInput::isBlank(value))
        return std::nullopt;
    const std::optional<qint64> id = JsonInput::integer(value);
    if (!id || *id <= 0) {
        errors.add(key, Messages::invalid());
        return std::nullopt;
    }
    return id;
}

std::optional<QString> readText(const QJsonObject &body, const QString &key, FieldErrors &errors,
                                bool keepNull = false)
{
    if (!body.contains(key))
        return std::nullopt;
    const QJsonValue value = body.value(key);
    if (keepNull && value.isNull())
        return QString();
    const std::optional<QString> text = JsonInput::text(value);
    if (!text)
        errors.add(key, Messages::invalid());
    return text;
}

} // namespace

ActivityPayload ActivityPayload::parse(const QJsonObject &body, FieldErrors &errors)
{
    ActivityPayload payload;

    const QJsonValue date = body.value(QStringLiteral("date"));
    if (!JsonInput::isBlank(date)) {
        const QDate parsed = date.isString() ? TimeFormat::parseDate(date.toString()) : QDate();
        if (parsed.isValid())
            payload.date = parsed;
        else
            errors.add(QStringLiteral("date"), Messages::invalidDate());
    }

    payload.projectId = readId(body, QStringLiteral("project_id"), errors);
    payload.taskId = readId(body, QStringLiteral("task_id"), errors);

    const QJsonValue seconds = body.value(QStringLiteral("seconds"));
    const QJsonValue hours = body.value(QStringLiteral("hours"));
    if (!JsonInput::isBlank(seconds)) {
        const std::optional<qint64> parsed = JsonInput::integer(seconds);
        if (!parsed)
            errors.add(QStringLiteral("seconds"), Messages::notANumber());
        else if (*parsed < 0)
            errors.add(QStringLiteral("seconds"), Messages::negative());
        else
            payload.seconds = parsed;
    } else if (!JsonInput::isBlank(hours)) {
        const std::optional<double> parsed = JsonInput::number(hours);
        if (!parsed)
            errors.add(QStringLiteral("hours"), Messages::notANumber());
        else if (*parsed < 0)
            errors.add(QStringLiteral("hours"), Messages::negative());
        else
            payload.seconds = qint64(std::llround(*parsed * 3600.0));
    }

    payload.description = readText(body, QStringLiteral("description"), errors);
    payload.tag = readText(body, QStringLiteral("tag"), errors);
    payload.remoteService = readText(body, QStringLiteral("remote_service"), errors);
    if (payload.remoteService && !remoteServices.contains(*payload.remoteService)) {
        errors.add(QStringLiteral("remote_service"), Messages::notInList());
        payload.remoteService.reset();
    }
    payload.remoteId = readText(body, QStringLiteral("remote_id"), errors, true);
    payload.remoteUrl = readText(body, QStringLiteral("remote_url"), errors, true);

    if (body.contains(QStringLiteral("billable"))) {
        payload.billable = JsonInput::boolean(body.value(QStringLiteral("billable")));
        if (!payload.billable)
            errors.add(QStringLiteral("billable"), Messages::invalid());
    }
    payload.stopTimer =
        JsonInput::boolean(body.value(QStringLiteral("stop_timer"))).value_or(false);
    return payload;
}
