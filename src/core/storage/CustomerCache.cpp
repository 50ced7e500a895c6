// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/CustomerCache.h"

#include "core/storage/LocalStore.h"
#include "core/storage/StoreJson.h"

#include <QSqlQuery>
#include <QVariant>

CustomerCache::CustomerCache(LocalStore *store)
    : m_store(store)
{}

std::optional<Customer> CustomerCache::customer(qint64 id) const
{
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("SELECT json FROM customers WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    QString error;
    return Customer::fromJson(StoreJson::toObject(query.value(0).toString()), &error);
}

bool CustomerCache::writeCustomer(const Customer &customer)
{
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO customers (id, json) VALUES (?, ?)"));
    query.addBindValue(customer.id);
    query.addBindValue(StoreJson::toText(customer.toJson()));
    return query.exec();
}
