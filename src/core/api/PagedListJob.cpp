// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/PagedListJob.h"

#include "core/api/RequestScheduler.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace {

int headerInt(const ApiResponse &response, QByteArrayView name)
{
    bool ok = false;
    const int value = response.header(name).trimmed().toInt(&ok);
    return ok ? value : 0;
}

} // namespace

PagedListJob::PagedListJob(ApiRequest request, RequestScheduler *scheduler)
    : ApiJob(std::move(request), scheduler)
    , m_scheduler(scheduler)
{
    requestPage(1);
}

std::optional<int> PagedListJob::nextPage(const QByteArray &linkHeader)
{
    // <url>; param; param, <url>; … — a URL may itself contain commas, so
    // match whole link-values rather than splitting.
    static const QRegularExpression linkValue(
        QLatin1String(R"re(<([^>]*)>((?:\s*;\s*[^;,]*)*))re"));
    static const QRegularExpression relParam(
        QLatin1String(R"re(;\s*rel\s*=\s*(?:"([^"]*)"|([^\s;,]+)))re"),
        QRegularExpression::CaseInsensitiveOption);
    const QString header = QString::fromUtf8(linkHeader);
    auto links = linkValue.globalMatch(header);
    while (links.hasNext()) {
        const QRegularExpressionMatch link = links.next();
        const QRegularExpressionMatch rel = relParam.match(link.captured(2));
        if (!rel.hasMatch())
            continue;
        const QString relations = rel.captured(1).isNull() ? rel.captured(2) : rel.captured(1);
        if (!relations.split(QLatin1Char(' '), Qt::SkipEmptyParts)
                 .contains(QLatin1String("next"), Qt::CaseInsensitive))
            continue;
        const QUrl url(link.captured(1).trimmed());
        bool ok = false;
        const int page = QUrlQuery(url).queryItemValue(QStringLiteral("page")).toInt(&ok);
        if (ok && page > 0)
            return page;
    }
    return std::nullopt;
}

void PagedListJob::requestPage(int page)
{
    if (!m_scheduler) {
        ApiResponse response;
        response.error = ApiError::make(ApiError::Kind::Cancelled);
        finish(std::move(response));
        return;
    }
    m_page = page;
    ApiRequest pageRequest = request();
    pageRequest.query.removeAllQueryItems(QStringLiteral("page"));
    pageRequest.query.removeAllQueryItems(QStringLiteral("per_page"));
    pageRequest.query.addQueryItem(QStringLiteral("page"), QString::number(page));
    pageRequest.query.addQueryItem(QStringLiteral("per_page"), QString::number(perPage));
    m_pageJob = m_scheduler->enqueue(pageRequest);
    connect(m_pageJob, &ApiJob::finished, this, &PagedListJob::onPageFinished);
}

void PagedListJob::fail(ApiResponse response)
{
    m_items = {};
    finish(std::move(response));
}

void PagedListJob::failLoop(ApiResponse response, const QString &why)
{
    response.error =
        ApiError::make(ApiError::Kind::Parse, QStringLiteral("%1: %2").arg(request().path, why),
                       response.httpStatus);
    response.body.clear();
    fail(std::move(response));
}

void PagedListJob::onPageFinished()
{
    ApiJob *pageJob = m_pageJob.data();
    m_pageJob.clear();
    if (!pageJob)
        return;
    ApiResponse response = pageJob->response();
    if (!response.ok()) {
        fail(std::move(response));
        return;
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(response.body, &parseError);
    if (!response.body.trimmed().isEmpty() && !document.isArray()) {
        const QString what = parseError.error != QJsonParseError::NoError
                                 ? parseError.errorString()
                                 : QStringLiteral("expected a JSON array");
        response.error = ApiError::make(
            ApiError::Kind::Parse,
            QStringLiteral("%1, page %2: %3").arg(request().path).arg(m_page).arg(what),
            response.httpStatus);
        fail(std::move(response));
        return;
    }
    const QJsonArray page = document.array();
    ++m_pagesRead;
    if (!page.isEmpty()) {
        const QByteArray digest = QCryptographicHash::hash(
            QJsonDocument(page).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256);
        if (m_pageDigests.contains(digest)) {
            failLoop(std::move(response),
                     QStringLiteral("page %1 repeats an earlier page").arg(m_page));
            return;
        }
        m_pageDigests.insert(digest);
    }
    for (const QJsonValue &item : page)
        m_items.append(item);

    const int totalItems = headerInt(response, "X-Total");
    const int pageSize = headerInt(response, "X-Per-Page");
    const int totalPages = pageSize > 0 ? (totalItems + pageSize - 1) / pageSize : 0;
    const std::optional<int> next = nextPage(response.header("Link"));

    if (!next) {
        emit progress(m_page, std::max(totalPages, m_page));
        response.body.clear(); // the merged list is in items()
        finish(std::move(response));
        return;
    }
    emit progress(m_page, totalPages);
    if (*next <= m_page) {
        failLoop(std::move(response), QStringLiteral("Link rel=\"next\" points to page %1 after "
                                                     "page %2")
                                          .arg(*next)
                                          .arg(m_page));
        return;
    }
    if (m_pagesRead >= m_maxPages) {
        failLoop(std::move(response),
                 QStringLiteral("still a rel=\"next\" after %1 pages").arg(m_pagesRead));
        return;
    }
    requestPage(*next);
}

void PagedListJob::abortWork()
{
    if (ApiJob *pageJob = m_pageJob.data()) {
        m_pageJob.clear();
        disconnect(pageJob, nullptr, this, nullptr);
        pageJob->cancel();
    }
}
