// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakeserver/data/CustomFieldDefinition.h"

#include <QJsonObject>
#include <QList>

class FieldErrors;

// Writing custom_properties on an entity (moco-api.md §8).
// Strict (the rule the product was specified from, documented until
// 2024-03-20): defined fields missing from the submitted map are deleted.
// Merge (documented since): submitted keys are merged into the stored ones.
// Both: unknown names and Select/MultiSelect values outside the options are
// ignored silently, Boolean is stored as "0"/"1", a malformed Date or Link is a
// 422, and more than 12 kB in total is a 422.
class CustomPropertyUpdater
{
public:
    enum class Mode { Strict, Merge };
    static constexpr int maxBytes = 12 * 1024;

    static bool apply(const QJsonObject &stored, const QJsonObject &submitted,
                      const QList<CustomFieldDefinition> &definitions, Mode mode,
                      QJsonObject *result, FieldErrors *errors);

private:
    // nullopt: ignore the submitted value (keep what was stored).
    static std::optional<QJsonValue> normalize(const CustomFieldDefinition &field,
                                               const QJsonValue &value, FieldErrors *errors);
};
