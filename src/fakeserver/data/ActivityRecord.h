// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

// A time entry as the fake server stores it (ids instead of nested objects).
struct ActivityRecord
{
    qint64 id = 0;
    qint64 userId = 0;
    qint64 projectId = 0;
    qint64 taskId = 0;
    QDate date;
    qint64 seconds = 0;
    QString description;
    bool billable = true;
    bool billed = false;
    qint64 invoiceId = 0; // 0: null
    QString tag;
    QString remoteService;
    QString remoteId;  // null when unset
    QString remoteUrl; // null when unset
    double hourlyRate = 0;
    QDateTime timerStartedAt; // invalid: no timer running
    QDateTime createdAt;
    QDateTime updatedAt;

    bool timerRunning() const { return timerStartedAt.isValid(); }

    QJsonObject toStorage() const;
    static ActivityRecord fromStorage(const QJsonObject &object);
};
