// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ProjectFieldsPayload.h"

namespace {
const QString changesKey = QStringLiteral("changes");
}

std::optional<ProjectFieldsPayload> ProjectFieldsPayload::fromJson(const QJsonObject &json)
{
    QString error;
    std::optional<CustomFieldValues> changes =
        CustomFieldValues::fromJson(json.value(changesKey), &error);
    if (!changes)
        return std::nullopt;
    return ProjectFieldsPayload{std::move(*changes)};
}

QJsonObject ProjectFieldsPayload::toJson() const
{
    return QJsonObject{{changesKey, changes.toJson()}};
}
