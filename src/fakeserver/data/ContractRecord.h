// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

#include <optional>

// A user's assignment to a project. Only assigned users may book on it.
struct ContractRecord
{
    qint64 id = 0;
    qint64 userId = 0;
    bool active = true;
    bool billable = true;
    double hourlyRate = 0;
    std::optional<double> budget;

    QJsonObject toStorage() const;
    static ContractRecord fromStorage(const QJsonObject &object);
};
