// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakeserver/data/ContractRecord.h"
#include "fakeserver/data/TaskRecord.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// A project with its tasks, contracts (user assignments) and custom field values.
struct ProjectRecord
{
    qint64 id = 0;
    QString identifier; // null: MOCO allows projects without one
    QString name;
    bool active = true;
    bool billable = true;
    bool fixedPrice = false;
    bool retainer = false;
    qint64 customerId = 0;
    qint64 leaderId = 0;
    QString color;
    QString currency;
    QString billingVariant;
    QString info;
    std::optional<double> budget;
    double hourlyRate = 0;
    QDate startDate;
    QDate finishDate;
    QStringList tags;
    QJsonObject customProperties;
    QList<TaskRecord> tasks;
    QList<ContractRecord> contracts;
    QDateTime createdAt;
    QDateTime updatedAt;

    const TaskRecord *task(qint64 taskId) const;
    const ContractRecord *contractOf(qint64 userId) const;

    QJsonObject toStorage() const;
    static ProjectRecord fromStorage(const QJsonObject &object);
};
