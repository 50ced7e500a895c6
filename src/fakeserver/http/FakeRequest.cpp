// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/http/FakeRequest.h"

#include <QUrl>

QByteArray FakeRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool FakeRequest::hasJsonBody() const
{
    // Like Rails: without a JSON content type the body is not read as
    // parameters, so a client that forgets the header gets "can't be blank".
    return !body.trimmed().isEmpty() && header("Content-Type").toLower().contains("json");
}

bool FakeRequest::wantsClose() const
{
    const QByteArray connection = header("Connection").toLower();
    if (connection.contains("close"))
        return true;
    return version == "HTTP/1.0" && !connection.contains("keep-alive");
}

void FakeRequest::setTarget(const QByteArray &target)
{
    QByteArray pathPart = target;
    QByteArray queryPart;
    if (target.startsWith("http://") || target.startsWith("https://")) {
        const QUrl absolute = QUrl::fromEncoded(target);
        pathPart = absolute.path(QUrl::FullyEncoded).toUtf8();
        queryPart = absolute.query(QUrl::FullyEncoded).toUtf8();
    } else if (const qsizetype question = target.indexOf('?'); question >= 0) {
        pathPart = target.left(question);
        queryPart = target.mid(question + 1);
    }
    // Through QUrl, so odd encodings are normalised the way clients that
    // build their URLs with QUrl expect.
    QUrl url;
    url.setPath(QString::fromUtf8(pathPart), QUrl::TolerantMode);
    url.setQuery(QString::fromUtf8(queryPart), QUrl::TolerantMode);
    path = url.path(QUrl::FullyDecoded);
    rawQuery = url.query(QUrl::FullyEncoded).toUtf8();
}
