// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/api/RequestBody.h"

QJsonObject RequestBody::unwrap(const QJsonObject &body, const QString &resource)
{
    const QJsonValue wrapped = body.value(resource);
    if (!wrapped.isObject())
        return body;
    QJsonObject merged = wrapped.toObject();
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        if (it.key() != resource && !merged.contains(it.key()))
            merged.insert(it.key(), it.value());
    }
    return merged;
}
