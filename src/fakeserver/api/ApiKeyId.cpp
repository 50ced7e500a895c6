// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/api/ApiKeyId.h"

#include <QCryptographicHash>

QString ApiKeyId::keyFromAuthorization(const QByteArray &header)
{
    const QByteArray trimmed = header.trimmed();
    const qsizetype space = trimmed.indexOf(' ');
    if (space < 0)
        return {};
    const QByteArray scheme = trimmed.left(space).toLower();
    QByteArray credentials = trimmed.mid(space + 1).trimmed();
    if (scheme == "bearer")
        return QString::fromUtf8(credentials);
    if (scheme != "token")
        return {};
    if (!credentials.toLower().startsWith("token="))
        return {};
    credentials = credentials.mid(6).trimmed();
    // Rails' token parser also accepts options after a comma.
    const qsizetype comma = credentials.indexOf(',');
    if (comma >= 0)
        credentials = credentials.left(comma).trimmed();
    if (credentials.size() >= 2 && credentials.startsWith('"') && credentials.endsWith('"'))
        credentials = credentials.mid(1, credentials.size() - 2);
    return QString::fromUtf8(credentials);
}

QString ApiKeyId::idOf(const QString &key)
{
    if (key.isEmpty())
        return {};
    return QString::fromLatin1(
        QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex().left(12));
}
