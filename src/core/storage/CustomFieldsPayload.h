// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/CustomFieldValues.h"
#include "core/storage/OutboxItem.h"

#include <QJsonObject>
#include <optional>

// What an UpdateProjectFields or UpdateCustomerFields outbox item carries:
// the custom field values the user set, by field name, and what each of them
// was when the user changed it. The other fields keep the server's values at
// send time; a changed field whose server value is no longer its base was
// changed in MOCO meanwhile, and the user decides. Items stored before the
// base existed have none: those fields are sent as they are.
struct CustomFieldsPayload
{
    CustomFieldValues changes;
    CustomFieldValues base;

    static std::optional<CustomFieldsPayload> fromJson(const QJsonObject &json);
    // `values` (as MOCO sent them) with the changes of the record's items not
    // delivered yet put over them, oldest first: what the user sees.
    static CustomFieldValues withUnsent(CustomFieldValues values, const QList<OutboxItem> &items);
    QJsonObject toJson() const;
};
