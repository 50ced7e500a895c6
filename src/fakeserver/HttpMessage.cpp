// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/HttpMessage.h"

#include <QUrl>

QByteArray HttpMessage::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QByteArray HttpMessage::method() const
{
    return startLine.left(startLine.indexOf(' ')).toUpper();
}

QString HttpMessage::path() const
{
    const QList<QByteArray> parts = startLine.split(' ');
    QByteArray target = parts.value(1);
    const qsizetype question = target.indexOf('?');
    if (question >= 0)
        target.truncate(question);
    // Absolute-form targets (proxy style) carry scheme and host.
    if (target.startsWith("http://") || target.startsWith("https://"))
        target = QUrl::fromEncoded(target).path(QUrl::FullyEncoded).toUtf8();
    return QUrl::fromPercentEncoding(target);
}

QByteArray HttpMessage::query() const
{
    const QByteArray target = startLine.split(' ').value(1);
    const qsizetype question = target.indexOf('?');
    return question < 0 ? QByteArray() : target.mid(question + 1);
}

int HttpMessage::status() const
{
    return startLine.split(' ').value(1).toInt();
}

bool HttpMessage::wantsClose() const
{
    const QByteArray connection = header("Connection").toLower();
    if (connection.contains("close"))
        return true;
    return startLine.endsWith("HTTP/1.0") && !connection.contains("keep-alive");
}

QByteArray HttpMessage::serializeRequest(const QByteArray &dropPrefix,
                                         const QList<QPair<QByteArray, QByteArray>> &extra) const
{
    QByteArray out = startLine + "\r\n";
    for (const auto &[key, value] : headers) {
        const QByteArray lower = key.toLower();
        if (lower.startsWith(dropPrefix.toLower()) || lower == "content-length" ||
            lower == "transfer-encoding" || lower == "expect")
            continue;
        out += key + ": " + value + "\r\n";
    }
    for (const auto &[key, value] : extra)
        out += key + ": " + value + "\r\n";
    if (!body.isEmpty() || !header("Content-Length").isEmpty() ||
        !header("Transfer-Encoding").isEmpty())
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += "\r\n";
    out += body;
    return out;
}
