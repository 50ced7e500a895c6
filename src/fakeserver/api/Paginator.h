// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakeserver/http/FakeResponse.h"

#include <QByteArray>
#include <QJsonArray>
#include <QString>

class QueryParams;
struct FakeRequest;

// MOCO's paging: page (≥1) and per_page (1..100, default 100) in the query;
// X-Page, X-Per-Page, X-Total and an RFC 5988 Link header in the answer. The
// Link header lists first/prev/next/last like Rails' api-pagination; there is
// no rel="next" on the last page and no Link header at all on a single page.
class Paginator
{
public:
    static constexpr int maxPerPage = 100;

    Paginator(const FakeRequest &request, const QueryParams &query, qsizetype total);

    qsizetype offset() const { return qsizetype(m_page - 1) * m_perPage; }
    // How many items this page holds (0 past the end).
    qsizetype count() const;

    // A 200 answer with the page's items (already sliced by the caller).
    FakeResponse respond(const QJsonArray &pageItems) const;

private:
    QByteArray linkTo(int page) const;

    const FakeRequest &m_request;
    const QueryParams &m_query;
    qsizetype m_total;
    int m_page = 1;
    int m_perPage = maxPerPage;
};
