// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/ActivityOrder.h"

#include "core/models/ActivitiesModel.h"

#include <algorithm>
#include <numeric>

namespace {

QString customerName(const Activity &activity)
{
    return activity.customer ? activity.customer->name : QString();
}

int compareText(const Activity &a, const Activity &b, int column)
{
    const auto text = [](const QString &x, const QString &y) {
        return QString::compare(x, y, Qt::CaseInsensitive);
    };
    switch (column) {
    case ActivitiesModel::CustomerColumn:
        return text(customerName(a), customerName(b));
    case ActivitiesModel::ProjectColumn:
        return text(a.project.name, b.project.name);
    case ActivitiesModel::TaskColumn:
        return text(a.task.name, b.task.name);
    default:
        return text(a.description, b.description);
    }
}

} // namespace

namespace ActivityOrder {

std::vector<int> identity(qsizetype count)
{
    std::vector<int> rows(static_cast<size_t>(count));
    std::iota(rows.begin(), rows.end(), 0);
    return rows;
}

std::vector<int> sorted(const QList<LocalActivity> &activities, int column, Qt::SortOrder order,
                        const QDateTime &now)
{
    // Sorting the store's order stably keeps ties in date order.
    std::vector<int> rows = identity(activities.size());
    const bool descending = order == Qt::DescendingOrder;
    if (column != ActivitiesModel::CustomerColumn && column != ActivitiesModel::ProjectColumn &&
        column != ActivitiesModel::TaskColumn && column != ActivitiesModel::DescriptionColumn) {
        // Numbers sort from one compact array: no trips through the activities.
        std::vector<qint64> keys;
        keys.reserve(rows.size());
        for (const LocalActivity &local : activities) {
            const Activity &a = local.activity;
            switch (column) {
            case ActivitiesModel::DateColumn:
                keys.push_back(a.date.toJulianDay());
                break;
            case ActivitiesModel::DurationColumn:
                keys.push_back(a.isRunning() ? a.elapsedSeconds(now) : a.seconds);
                break;
            case ActivitiesModel::BillableColumn:
                keys.push_back(a.billable);
                break;
            case ActivitiesModel::BilledColumn:
                keys.push_back(a.billed);
                break;
            default:
                keys.push_back(a.isRunning());
            }
        }
        std::stable_sort(rows.begin(), rows.end(), [&keys, descending](int left, int right) {
            const qint64 l = keys[static_cast<size_t>(left)];
            const qint64 r = keys[static_cast<size_t>(right)];
            return descending ? r < l : l < r;
        });
        return rows;
    }
    std::stable_sort(rows.begin(), rows.end(), [&, column, descending](int left, int right) {
        const int compared =
            compareText(activities.at(left).activity, activities.at(right).activity, column);
        return descending ? compared > 0 : compared < 0;
    });
    return rows;
}

} // namespace ActivityOrder
