// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/http/HttpRequestParser.h"

#include <QDateTime>

bool HttpRequestParser::feed(const QByteArray &data)
{
    m_buffer += data;
    bool progressed = true;
    while (progressed) {
        progressed = false;
        if (!step(&progressed))
            return false;
    }
    return true;
}

bool HttpRequestParser::step(bool *progressed)
{
    switch (m_state) {
    case State::Headers:
        return readHeaders(progressed);
    case State::FixedBody: {
        const qsizetype take = std::min<qsizetype>(m_remaining, m_buffer.size());
        if (take > 0) {
            m_current.body += m_buffer.left(take);
            m_buffer.remove(0, take);
            m_remaining -= take;
        }
        if (m_remaining == 0) {
            complete();
            *progressed = true;
        }
        return true;
    }
    case State::Chunked:
        return readChunks(progressed);
    }
    return true;
}

bool HttpRequestParser::readHeaders(bool *progressed)
{
    // Tolerate blank lines between requests.
    while (m_buffer.startsWith("\r\n"))
        m_buffer.remove(0, 2);
    const qsizetype end = m_buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return m_buffer.size() <= maxHeaderBytes;

    m_current = FakeRequest();
    m_current.receivedMs = QDateTime::currentMSecsSinceEpoch();
    const QList<QByteArray> lines = m_buffer.left(end).split('\n');
    m_buffer.remove(0, end + 4);
    // "METHOD target HTTP/1.x"; anything else is not HTTP.
    const QList<QByteArray> startLine = lines.value(0).trimmed().split(' ');
    if (startLine.size() != 3 || startLine.at(0).isEmpty() || startLine.at(1).isEmpty() ||
        !startLine.at(2).startsWith("HTTP/1."))
        return false;
    m_current.method = startLine.at(0).toUpper();
    m_current.setTarget(startLine.at(1));
    m_current.version = startLine.at(2);
    for (qsizetype index = 1; index < lines.size(); ++index) {
        const QByteArray line = lines.at(index).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        m_current.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }

    const bool chunked = m_current.header("Transfer-Encoding").toLower().contains("chunked");
    bool hasLength = false;
    const qint64 length = m_current.header("Content-Length").toLongLong(&hasLength);
    if (hasLength && length < 0)
        return false;
    *progressed = true;
    m_continueRequested = m_current.header("Expect").toLower().contains("100-continue");
    if (chunked) {
        m_state = State::Chunked;
    } else if (hasLength && length > 0) {
        m_state = State::FixedBody;
        m_remaining = length;
    } else {
        // A request without a length has no body (RFC 9112, 6.3).
        complete();
    }
    return true;
}

bool HttpRequestParser::readChunks(bool *progressed)
{
    for (;;) {
        const qsizetype lineEnd = m_buffer.indexOf("\r\n");
        if (lineEnd < 0)
            return m_buffer.size() <= maxHeaderBytes;
        QByteArray sizeText = m_buffer.left(lineEnd);
        const qsizetype semicolon = sizeText.indexOf(';');
        if (semicolon >= 0)
            sizeText.truncate(semicolon);
        bool ok = false;
        const qint64 size = sizeText.trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0)
            return false;
        if (size == 0) {
            // Trailers end with an empty line.
            const qsizetype trailerEnd = m_buffer.indexOf("\r\n\r\n", lineEnd);
            const qsizetype end = m_buffer.mid(lineEnd, 4) == "\r\n\r\n" ? lineEnd + 4
                                  : trailerEnd >= 0                      ? trailerEnd + 4
                                                                         : -1;
            if (end < 0)
                return true;
            m_buffer.remove(0, end);
            complete();
            *progressed = true;
            return true;
        }
        if (m_buffer.size() < lineEnd + 2 + size + 2)
            return true;
        m_current.body += m_buffer.mid(lineEnd + 2, size);
        m_buffer.remove(0, lineEnd + 2 + size + 2);
    }
}

void HttpRequestParser::complete()
{
    m_ready.append(m_current);
    m_current = FakeRequest();
    m_state = State::Headers;
    m_remaining = 0;
}

bool HttpRequestParser::takeContinueRequest()
{
    const bool requested = m_continueRequested && m_state != State::Headers;
    m_continueRequested = false;
    return requested;
}
