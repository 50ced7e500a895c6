// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

class RequestBody
{
public:
    // Rails also accepts the fields wrapped in the resource's name
    // ({"activity": {…}}); some clients send that form.
    static QJsonObject unwrap(const QJsonObject &body, const QString &resource);
};
