// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/api/ApiJob.h"

#include <QPointer>

class RequestScheduler;

// One request handed to the RequestScheduler: it finishes with the answer of
// the last attempt the scheduler made.
class RequestJob : public ApiJob
{
    Q_OBJECT
public:
    RequestJob(ApiRequest request, RequestScheduler *scheduler);
    ~RequestJob() override;

protected:
    void abortWork() override;

private:
    friend class RequestScheduler;
    void deliver(ApiResponse response) { finish(std::move(response)); }

    QPointer<RequestScheduler> m_scheduler;
};
