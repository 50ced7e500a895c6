// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/HttpMessageParser.h"

#include <QDateTime>

HttpMessageParser::HttpMessageParser(Kind kind)
    : m_kind(kind)
{}

bool HttpMessageParser::feed(const QByteArray &data)
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

bool HttpMessageParser::step(bool *progressed)
{
    switch (m_state) {
    case State::Headers:
        return readHeaders(progressed);
    case State::FixedBody: {
        const qsizetype take = std::min<qsizetype>(m_remaining, m_buffer.size());
        if (take > 0) {
            m_current.body += m_buffer.left(take);
            m_current.raw += m_buffer.left(take);
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
    case State::UntilClose:
        m_current.body += m_buffer;
        m_current.raw += m_buffer;
        m_buffer.clear();
        return true;
    }
    return true;
}

bool HttpMessageParser::readHeaders(bool *progressed)
{
    // Tolerate blank lines between messages.
    while (m_buffer.startsWith("\r\n"))
        m_buffer.remove(0, 2);
    const qsizetype end = m_buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return m_buffer.size() <= maxHeaderBytes;

    m_current = HttpMessage();
    m_current.receivedMs = QDateTime::currentMSecsSinceEpoch();
    m_current.raw = m_buffer.left(end + 4);
    const QList<QByteArray> lines = m_buffer.left(end).split('\n');
    m_buffer.remove(0, end + 4);
    m_current.startLine = lines.value(0).trimmed();
    if (m_current.startLine.isEmpty())
        return false;
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
    bool bodyless = false;
    if (m_kind == Kind::Response) {
        const int status = m_current.status();
        bodyless =
            m_headResponse || (status >= 100 && status < 200) || status == 204 || status == 304;
    }
    *progressed = true;
    m_continueRequested =
        m_kind == Kind::Request && m_current.header("Expect").toLower().contains("100-continue");
    if (bodyless || (!chunked && (!hasLength || length == 0) && m_kind == Kind::Request) ||
        (!chunked && hasLength && length == 0)) {
        complete();
    } else if (chunked) {
        m_state = State::Chunked;
    } else if (hasLength) {
        m_state = State::FixedBody;
        m_remaining = length;
    } else {
        m_state = State::UntilClose;
    }
    return true;
}

bool HttpMessageParser::readChunks(bool *progressed)
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
            m_current.raw += m_buffer.left(end);
            m_buffer.remove(0, end);
            complete();
            *progressed = true;
            return true;
        }
        if (m_buffer.size() < lineEnd + 2 + size + 2)
            return true;
        m_current.body += m_buffer.mid(lineEnd + 2, size);
        m_current.raw += m_buffer.left(lineEnd + 2 + size + 2);
        m_buffer.remove(0, lineEnd + 2 + size + 2);
    }
}

bool HttpMessageParser::finishAtEof()
{
    if (m_state != State::UntilClose)
        return false;
    m_current.body += m_buffer;
    m_current.raw += m_buffer;
    m_buffer.clear();
    complete();
    return true;
}

void HttpMessageParser::complete()
{
    m_ready.append(m_current);
    m_current = HttpMessage();
    m_state = State::Headers;
    m_remaining = 0;
    m_headResponse = false;
}

bool HttpMessageParser::takeContinueRequest()
{
    const bool requested = m_continueRequested && m_state != State::Headers;
    m_continueRequested = false;
    return requested;
}
