// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/RequestJob.h"

#include "core/api/RequestScheduler.h"

RequestJob::RequestJob(ApiRequest request, RequestScheduler *scheduler)
    : ApiJob(std::move(request), scheduler)
    , m_scheduler(scheduler)
{}

RequestJob::~RequestJob()
{
    // Deleted by someone before it finished: the scheduler must not send it
    // or deliver to it any more.
    if (!isFinished() && m_scheduler)
        m_scheduler->forgetJob(this);
}

void RequestJob::abortWork()
{
    if (m_scheduler)
        m_scheduler->cancelJob(this);
}
