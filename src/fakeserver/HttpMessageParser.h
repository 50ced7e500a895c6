// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakeserver/HttpMessage.h"

#include <QList>

// Incremental HTTP/1.x framing: feed bytes, take complete messages. Handles
// Content-Length, chunked bodies, body-less statuses and (responses only)
// bodies that end when the connection closes.
class HttpMessageParser
{
public:
    enum class Kind { Request, Response };
    static constexpr qsizetype maxHeaderBytes = 256 * 1024;

    explicit HttpMessageParser(Kind kind);

    // False on a protocol error; the connection should then be closed.
    bool feed(const QByteArray &data);
    bool hasMessage() const { return !m_ready.isEmpty(); }
    HttpMessage take() { return m_ready.takeFirst(); }
    // The next response answers a HEAD request (no body).
    void expectHeadResponse(bool head) { m_headResponse = head; }
    // At EOF: completes a response whose body runs until the close.
    bool finishAtEof();
    bool isMidMessage() const { return !m_buffer.isEmpty() || m_state != State::Headers; }
    // True once per message whose headers are in and which asks for
    // "Expect: 100-continue" before sending its body.
    bool takeContinueRequest();

private:
    enum class State { Headers, FixedBody, Chunked, UntilClose };
    bool step(bool *progressed);
    bool readHeaders(bool *progressed);
    bool readChunks(bool *progressed);
    void complete();

    Kind m_kind;
    State m_state = State::Headers;
    QByteArray m_buffer;
    HttpMessage m_current;
    qint64 m_remaining = 0;
    bool m_headResponse = false;
    bool m_continueRequested = false;
    QList<HttpMessage> m_ready;
};
