// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/api/Paginator.h"

#include "fakeserver/http/FakeRequest.h"
#include "fakeserver/http/QueryParams.h"

#include <QUrl>

Paginator::Paginator(const FakeRequest &request, const QueryParams &query, qsizetype total)
    : m_request(request)
    , m_query(query)
    , m_total(total)
{
    bool ok = false;
    const int page = query.value(QStringLiteral("page")).toInt(&ok);
    if (ok && page >= 1)
        m_page = page;
    const int perPage = query.value(QStringLiteral("per_page")).toInt(&ok);
    if (ok && perPage >= 1)
        m_perPage = std::min(perPage, maxPerPage);
}

qsizetype Paginator::count() const
{
    if (offset() >= m_total)
        return 0;
    return std::min<qsizetype>(m_perPage, m_total - offset());
}

FakeResponse Paginator::respond(const QJsonArray &pageItems) const
{
    FakeResponse response = FakeResponse::json(pageItems);
    response.addHeader("X-Page", QByteArray::number(m_page));
    response.addHeader("X-Per-Page", QByteArray::number(m_perPage));
    response.addHeader("X-Total", QByteArray::number(m_total));

    const int lastPage = std::max<int>(1, int((m_total + m_perPage - 1) / m_perPage));
    QList<QByteArray> links;
    if (m_page > 1) {
        links.append(linkTo(1) + "; rel=\"first\"");
        links.append(linkTo(std::min(m_page - 1, lastPage)) + "; rel=\"prev\"");
    }
    if (m_page < lastPage) {
        links.append(linkTo(m_page + 1) + "; rel=\"next\"");
        links.append(linkTo(lastPage) + "; rel=\"last\"");
    }
    if (!links.isEmpty())
        response.addHeader("Link", links.join(", "));
    return response;
}

QByteArray Paginator::linkTo(int page) const
{
    QByteArray host = m_request.header("Host");
    if (host.isEmpty())
        host = QByteArrayLiteral("127.0.0.1");
    return "<http://" + host + QUrl::toPercentEncoding(m_request.path, "/") + '?' +
           m_query.withPage(page) + '>';
}
