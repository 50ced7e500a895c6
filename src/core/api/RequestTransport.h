// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/api/ApiRequest.h"
#include "core/api/ApiResponse.h"

#include <QObject>

// Sends single HTTP attempts for the RequestScheduler. The scheduler decides
// when and how often; the transport only sends and classifies the answer.
// NetworkTransport is the real one; scheduler unit tests use a scripted one so
// the window logic runs on a fake clock in milliseconds.
class RequestTransport : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Starts one attempt and returns its id. attemptFinished(id, …) follows
    // exactly once, through the event loop, unless abort(id) was called first.
    virtual quint64 start(const ApiRequest &request) = 0;
    virtual void abort(quint64 attemptId) = 0;

signals:
    void attemptFinished(quint64 attemptId, const ApiResponse &response);
};
