// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/api/ApiRequest.h"
#include "core/api/ApiResponse.h"

#include <QObject>

// The caller's handle on one logical API operation: a single request (with
// whatever retries the scheduler makes) or a paged list (several requests).
//
// Contract:
// - finished() is emitted exactly once, always through the event loop, so a
//   caller may connect right after creating the job.
// - After finished() has been delivered the job deletes itself (deleteLater);
//   keep it in a QPointer if you hold on to it.
// - cancel() ends the job with ApiError::Kind::Cancelled (a request still in
//   flight is aborted; one still queued is never sent). Cancelling a finished
//   job does nothing.
class ApiJob : public QObject
{
    Q_OBJECT
public:
    const ApiRequest &request() const { return m_request; }
    // Valid once finished() was emitted.
    const ApiResponse &response() const { return m_response; }
    bool isFinished() const { return m_finished; }

    void cancel();

signals:
    void finished();
    // Paged lists: pages received so far and the expected number of pages
    // (0 while unknown, e.g. when the server sends no paging headers).
    void progress(int pagesDone, int pagesTotal);

protected:
    ApiJob(ApiRequest request, QObject *parent);
    // Records the response and queues finished(); later calls are ignored.
    void finish(ApiResponse response);
    // Stops whatever work is outstanding. May call finish() itself (e.g. to
    // record that nothing reached the server); otherwise cancel() finishes
    // the job as Cancelled.
    virtual void abortWork() = 0;

private:
    ApiRequest m_request;
    ApiResponse m_response;
    bool m_finished = false;
};
