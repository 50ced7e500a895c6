// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/ApiJob.h"

ApiJob::ApiJob(ApiRequest request, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
{}

void ApiJob::cancel()
{
    if (m_finished)
        return;
    abortWork();
    if (m_finished)
        return;
    ApiResponse response;
    response.error = ApiError::make(ApiError::Kind::Cancelled);
    finish(std::move(response));
}

void ApiJob::finish(ApiResponse response)
{
    if (m_finished)
        return;
    m_finished = true;
    m_response = std::move(response);
    // Queued even when the answer is already known, so that a caller who
    // connects right after creating the job never misses finished().
    QMetaObject::invokeMethod(
        this,
        [this] {
            emit finished();
            deleteLater();
        },
        Qt::QueuedConnection);
}
