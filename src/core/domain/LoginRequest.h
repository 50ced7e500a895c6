// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

// The body of POST /session: {"email", "password"}. Holds a secret: never
// log it or keep it longer than the request.
struct LoginRequest
{
    QString email;
    QString password;

    QJsonObject toJson() const;
};
