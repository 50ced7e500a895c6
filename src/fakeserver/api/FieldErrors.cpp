// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/api/FieldErrors.h"

#include <QJsonArray>

void FieldErrors::add(const QString &field, const QString &message)
{
    QStringList &messages = m_errors[field];
    if (!messages.contains(message))
        messages.append(message);
}

QJsonObject FieldErrors::toJson() const
{
    QJsonObject object;
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it)
        object.insert(it.key(), QJsonArray::fromStringList(it.value()));
    return object;
}
