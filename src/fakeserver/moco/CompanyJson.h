// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

class FakeDatabase;
struct CustomerRecord;

// GET /companies/{id}: MOCO's company object of type "customer", with the
// customer's projects as MOCO lists them there.
class CompanyJson
{
public:
    static QJsonObject full(const CustomerRecord &customer, const FakeDatabase &database);
};
