// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Customer.h"

#include <optional>

class LocalStore;

// Customers as last read with GET /companies/{id}, with their custom field
// values (local edits applied until MOCO has them). Read when the details
// window asks for one: the assigned projects name their customer only.
class CustomerCache
{
public:
    explicit CustomerCache(LocalStore *store);

    std::optional<Customer> customer(qint64 id) const;
    bool writeCustomer(const Customer &customer);

private:
    LocalStore *m_store;
};
