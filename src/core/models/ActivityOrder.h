// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/LocalActivity.h"

#include <QDateTime>
#include <QList>

#include <vector>

// The row orders of ActivitiesModel, as row → index into the activities:
// the store's (date, then creation) or sorted, stably, by one column's typed
// value (dates as dates, durations as seconds — a running timer's at `now` —
// names case-insensitively). Numbers sort from one compact key array, which
// is what makes 50,000 rows sort within a frame.
namespace ActivityOrder {

std::vector<int> identity(qsizetype count);
std::vector<int> sorted(const QList<LocalActivity> &activities, int column, Qt::SortOrder order,
                        const QDateTime &now);

} // namespace ActivityOrder
