// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakeserver/http/FakeResponse.h"

#include <QList>

#include <optional>

class FakeDatabase;
class QueryParams;
struct ActivityRecord;

// The filters and sort order of GET /activities. Without user_id the list
// holds everyone's activities, colleagues' included (as observed live).
// Default order: date, then id, ascending. updated_after includes records
// stamped in that very second: MOCO keeps sub-second times internally but
// shows whole seconds, so a client re-asking with the newest stamp it saw
// must not miss a change made later in the same second.
class ActivityQuery
{
public:
    // An error answer for unusable parameters, else fills result.
    static std::optional<FakeResponse> select(const QueryParams &query,
                                              const FakeDatabase &database,
                                              QList<const ActivityRecord *> *result);

private:
    static void sort(const QString &sortBy, const FakeDatabase &database,
                     QList<const ActivityRecord *> *records);
};
