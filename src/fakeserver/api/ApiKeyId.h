// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// Reading the API key from an Authorization header, and a short id of a key
// that is safe to log: the first 12 hex digits of its SHA-256.
class ApiKeyId
{
public:
    // "Token token=KEY", "Token token=\"KEY\"" or "Bearer KEY"; empty otherwise.
    static QString keyFromAuthorization(const QByteArray &header);
    static QString idOf(const QString &key);
};
