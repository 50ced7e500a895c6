// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/LocalActivity.h"

#include <QDate>

// Stored activities for model and view tests that fill a model by hand.
namespace TestActivities {

// One MOCO already has (id localId + 1000), without project, task or customer.
LocalActivity stored(qint64 localId, const QDate &date, qint64 seconds,
                     const QString &description = {});
// stored() on project localId * 10 and task localId * 100 with these names,
// for the customer unless customerId is 0.
LocalActivity named(qint64 localId, const QDate &date, qint64 customerId, const QString &customer,
                    const QString &project, const QString &task, const QString &description,
                    qint64 seconds);

} // namespace TestActivities
