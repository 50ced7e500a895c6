// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/CustomFieldValues.h"

#include <QJsonObject>
#include <optional>

// What an UpdateProjectFields outbox item carries: the custom field values
// the user set, by field name. The other fields keep the server's values at
// send time.
struct ProjectFieldsPayload
{
    CustomFieldValues changes;

    static std::optional<ProjectFieldsPayload> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};
