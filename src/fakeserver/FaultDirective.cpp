// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/FaultDirective.h"

#include <QList>

QByteArray FaultDirective::toHeader() const
{
    QList<QByteArray> parts;
    if (status)
        parts.append("status=" + QByteArray::number(*status));
    if (retryAfterSeconds >= 0)
        parts.append("retryAfter=" + QByteArray::number(retryAfterSeconds));
    if (!body.isEmpty())
        parts.append("body=" + body.toBase64());
    if (malformed)
        parts.append("malformed=1");
    if (wrongType)
        parts.append("wrongType=1");
    if (portal)
        parts.append("portal=1");
    if (!label.isEmpty())
        parts.append("label=" + label.toLatin1());
    return parts.join(';');
}

FaultDirective FaultDirective::fromHeader(const QByteArray &header)
{
    FaultDirective directive;
    const QList<QByteArray> parts = header.split(';');
    for (const QByteArray &part : parts) {
        const qsizetype equals = part.indexOf('=');
        if (equals < 0)
            continue;
        const QByteArray key = part.left(equals).trimmed();
        const QByteArray value = part.mid(equals + 1).trimmed();
        if (key == "status")
            directive.status = value.toInt();
        else if (key == "retryAfter")
            directive.retryAfterSeconds = value.toInt();
        else if (key == "body")
            directive.body = QByteArray::fromBase64(value);
        else if (key == "malformed")
            directive.malformed = value == "1";
        else if (key == "wrongType")
            directive.wrongType = value == "1";
        else if (key == "portal")
            directive.portal = value == "1";
        else if (key == "label")
            directive.label = QString::fromLatin1(value);
    }
    return directive;
}
