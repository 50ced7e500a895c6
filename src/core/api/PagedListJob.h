// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/api/ApiJob.h"

#include <QJsonArray>
#include <QPointer>
#include <QSet>

#include <algorithm>
#include <optional>

class RequestScheduler;

// A list endpoint read completely: page 1, 2, … with per_page=100, each page
// a request of its own through the scheduler (so the rate limit and retries
// apply per page). The next page number is taken from the Link rel="next"
// header, but the request is rebuilt from our own filters rather than
// following the link (moco-api.md §3). It stops when there is no rel="next"
// (also when there are no paging headers at all, as for /projects/assigned).
//
// On success response() describes the last page; the merged items are in
// items(). progress(k, n) follows every page, n = ceil(X-Total / X-Per-Page)
// or 0 when the server sends no totals.
class PagedListJob : public ApiJob
{
    Q_OBJECT
public:
    static constexpr int perPage = 100;
    // A runaway guard: 100,000 records, while a year of one user's
    // activities is about 35 pages. A server that keeps sending rel="next"
    // past it (or sends a page it sent before) fails the list as
    // Kind::Parse instead of growing the list without end.
    static constexpr int defaultMaxPages = 1000;

    // The request's query holds the filters; page and per_page are added here.
    PagedListJob(ApiRequest request, RequestScheduler *scheduler);

    // Until the first page is answered (tests use a small cap).
    void setMaxPages(int pages) { m_maxPages = std::max(1, pages); }
    int maxPages() const { return m_maxPages; }

    // Valid once finished without error.
    const QJsonArray &items() const { return m_items; }
    int pagesFetched() const { return m_page; }

    // The page number of the rel="next" link of an RFC 8288 Link header.
    static std::optional<int> nextPage(const QByteArray &linkHeader);

protected:
    void abortWork() override;

private:
    void requestPage(int page);
    void onPageFinished();
    void fail(ApiResponse response);
    void failLoop(ApiResponse response, const QString &why);

    QPointer<RequestScheduler> m_scheduler;
    QPointer<ApiJob> m_pageJob;
    QJsonArray m_items;
    int m_page = 0;
    int m_pagesRead = 0;
    int m_maxPages = defaultMaxPages;
    // A digest of each non-empty page read: the same page twice means the
    // server's links go round in a circle.
    QSet<QByteArray> m_pageDigests;
};
