// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakeserver/http/FakeResponse.h"

#include <QDate>
#include <QDateTime>

#include <optional>

class QueryParams;

// The filters every dated list shares: `from` and `to` (inclusive dates) and
// `updated_after` (records created or changed after that UTC time).
class DateWindowFilter
{
public:
    // Reads the filters; a malformed value gives the 400 MOCO answers.
    static std::optional<FakeResponse> read(const QueryParams &query, DateWindowFilter *filter);

    bool matches(QDate date, const QDateTime &updatedAt) const;

private:
    QDate m_from;
    QDate m_to;
    QDateTime m_updatedAfter;
};
