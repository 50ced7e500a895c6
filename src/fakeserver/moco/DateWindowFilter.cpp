// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/moco/DateWindowFilter.h"

#include "fakeserver/api/MocoResponses.h"
#include "fakeserver/data/TimeFormat.h"
#include "fakeserver/http/QueryParams.h"

std::optional<FakeResponse> DateWindowFilter::read(const QueryParams &query,
                                                   DateWindowFilter *filter)
{
    const QString from = QStringLiteral("from");
    const QString to = QStringLiteral("to");
    const QString updatedAfter = QStringLiteral("updated_after");
    if (query.has(from)) {
        filter->m_from = TimeFormat::parseDate(query.value(from));
        if (!filter->m_from.isValid())
            return MocoResponses::badRequest(QStringLiteral("Invalid date range"));
    }
    if (query.has(to)) {
        filter->m_to = TimeFormat::parseDate(query.value(to));
        if (!filter->m_to.isValid())
            return MocoResponses::badRequest(QStringLiteral("Invalid date range"));
    }
    if (query.has(updatedAfter)) {
        filter->m_updatedAfter = TimeFormat::parseIso(query.value(updatedAfter));
        if (!filter->m_updatedAfter.isValid())
            return MocoResponses::badRequest(QStringLiteral("Invalid updated_after"));
    }
    return std::nullopt;
}

bool DateWindowFilter::matches(QDate date, const QDateTime &updatedAt) const
{
    if (m_from.isValid() && date < m_from)
        return false;
    if (m_to.isValid() && date > m_to)
        return false;
    // updated_after includes records stamped exactly at that moment.
    return !m_updatedAfter.isValid() || updatedAt >= m_updatedAfter;
}
