// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/data/CustomerRecord.h"

#include "fakeserver/data/StorageJson.h"

QJsonObject CustomerRecord::toStorage() const
{
    return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("name"), name}};
}

CustomerRecord CustomerRecord::fromStorage(const QJsonObject &object)
{
    CustomerRecord customer;
    customer.id = StorageJson::readId(object.value(QStringLiteral("id")));
    customer.name = object.value(QStringLiteral("name")).toString();
    return customer;
}
