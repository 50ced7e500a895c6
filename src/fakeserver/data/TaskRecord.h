// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

// A task of a project (activities are booked on a project's task).
struct TaskRecord
{
    qint64 id = 0;
    QString name;
    bool active = true;
    bool billable = true;
    double hourlyRate = 0;
    std::optional<double> budget;
    QString description; // null when unset
    QDateTime createdAt;
    QDateTime updatedAt;

    QJsonObject toStorage() const;
    static TaskRecord fromStorage(const QJsonObject &object);
};
