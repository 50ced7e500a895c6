// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/api/RequestTransport.h"

#include <QList>

class Clock;

// A test double of the network edge only: records what the scheduler sends
// (and when, on the injected clock) and answers when the test says so,
// through the event loop like the real transport.
class ScriptedTransport : public RequestTransport
{
    Q_OBJECT
public:
    struct Attempt
    {
        quint64 id = 0;
        ApiRequest request;
        qint64 sentAtMs = 0;
    };

    explicit ScriptedTransport(Clock *clock, QObject *parent = nullptr);

    quint64 start(const ApiRequest &request) override;
    void abort(quint64 attemptId) override;

    // Every attempt ever started, in order.
    const QList<Attempt> &sent() const { return m_sent; }
    // Started and neither answered nor aborted.
    const QList<Attempt> &open() const { return m_open; }
    const QList<quint64> &aborted() const { return m_aborted; }

    void answer(quint64 attemptId, const ApiResponse &response);
    // Answers the oldest open attempt; false when none is open.
    bool answerOldest(const ApiResponse &response);
    // Answers every open attempt with `response`.
    void answerAll(const ApiResponse &response);

    static ApiResponse ok(const QByteArray &body = "{}");
    static ApiResponse status(int httpStatus);
    static ApiResponse rateLimited(std::optional<int> retryAfterSeconds = std::nullopt);
    static ApiResponse networkError(bool reachedServer);

private:
    Clock *m_clock;
    quint64 m_nextId = 1;
    QList<Attempt> m_sent;
    QList<Attempt> m_open;
    QList<quint64> m_aborted;
};
