// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/data/ContractRecord.h"

#include "fakeserver/data/StorageJson.h"

QJsonObject ContractRecord::toStorage() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("user_id"), userId},
        {QStringLiteral("active"), active},
        {QStringLiteral("billable"), billable},
        {QStringLiteral("hourly_rate"), hourlyRate},
        {QStringLiteral("budget"), StorageJson::optionalNumber(budget)},
    };
}

ContractRecord ContractRecord::fromStorage(const QJsonObject &object)
{
    ContractRecord contract;
    contract.id = StorageJson::readId(object.value(QStringLiteral("id")));
    contract.userId = StorageJson::readId(object.value(QStringLiteral("user_id")));
    contract.active = object.value(QStringLiteral("active")).toBool(true);
    contract.billable = object.value(QStringLiteral("billable")).toBool(true);
    contract.hourlyRate = object.value(QStringLiteral("hourly_rate")).toDouble();
    contract.budget = StorageJson::readOptionalNumber(object.value(QStringLiteral("budget")));
    return contract;
}
