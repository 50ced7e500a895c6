// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/NamedRef.h"
#include "core/domain/ProjectRef.h"
#include "core/domain/TaskRef.h"
#include "core/domain/UserRef.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

class JsonReader;

// A time entry (GET/POST/PUT/PATCH /activities…).
// Required: id, date, project, task, billable, billed, and seconds — or, in
// a response without seconds, hours (converted, rounded to whole seconds).
// Optional (null, "" and missing mean none): hours, worked_seconds (added
// 2025-09), description, tag, remote_*, invoice_id, customer, user, deal,
// hourly_rate, timer_started_at, created_at, updated_at.
struct Activity
{
    qint64 id = 0;
    QDate date;
    qint64 seconds = 0;                  // billable seconds; authoritative
    std::optional<double> hours;         // decimal copy, rounded; display only
    std::optional<qint64> workedSeconds; // counts toward working hours
    QString description;
    bool billed = false;
    bool billable = false;
    std::optional<qint64> invoiceId;
    QString tag;
    QString remoteService;
    QString remoteId;
    QString remoteUrl;
    ProjectRef project;
    TaskRef task;
    std::optional<CustomerRef> customer;
    std::optional<UserRef> user;
    std::optional<NamedRef> deal;
    std::optional<double> hourlyRate;
    std::optional<QDateTime> timerStartedAt; // UTC; set only while a timer runs
    QDateTime createdAt;                     // UTC; invalid when absent
    QDateTime updatedAt;

    bool isRunning() const { return timerStartedAt.has_value(); }
    // seconds, plus (nowUtc - timer_started_at) while the timer runs: the
    // server does not grow `seconds` during a run. Never negative, even when
    // the local clock is behind the server's.
    qint64 elapsedSeconds(const QDateTime &nowUtc) const;

    static std::optional<Activity> fromJson(const QJsonValue &json, QString *error = nullptr);
    static Activity read(JsonReader &reader);
    QJsonObject toJson() const;

    friend bool operator==(const Activity &, const Activity &) = default;
};
