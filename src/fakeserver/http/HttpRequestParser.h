// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakeserver/http/FakeRequest.h"

#include <QList>

// Incremental HTTP/1.x request framing: feed bytes, take complete requests.
// Handles Content-Length, chunked bodies and "Expect: 100-continue".
class HttpRequestParser
{
public:
    static constexpr qsizetype maxHeaderBytes = 256 * 1024;

    // False on a protocol error; the connection should then be closed.
    bool feed(const QByteArray &data);
    bool hasRequest() const { return !m_ready.isEmpty(); }
    FakeRequest take() { return m_ready.takeFirst(); }
    // True once per request whose headers are in and which asks for
    // "Expect: 100-continue" before sending its body.
    bool takeContinueRequest();

private:
    enum class State { Headers, FixedBody, Chunked };
    bool step(bool *progressed);
    bool readHeaders(bool *progressed);
    bool readChunks(bool *progressed);
    void complete();

    State m_state = State::Headers;
    QByteArray m_buffer;
    FakeRequest m_current;
    qint64 m_remaining = 0;
    bool m_continueRequested = false;
    QList<FakeRequest> m_ready;
};
