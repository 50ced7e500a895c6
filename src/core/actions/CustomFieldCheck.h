// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/CustomFieldDefinition.h"
#include "core/domain/CustomFieldValue.h"
#include "core/domain/CustomFieldValues.h"

#include <QCoreApplication>
#include <QString>

// The checks a custom field value passes before it is stored or sent, with
// a translated sentence that says what to type. MOCO refuses a malformed
// Date or a Link of another scheme with 422 and a record over 12 kB; it
// silently drops Select and MultiSelect values outside the options, which
// would lose what the user chose, so those are refused here too.
class CustomFieldCheck
{
    Q_DECLARE_TR_FUNCTIONS(CustomFieldCheck)

public:
    // MOCO's limit for all custom field values of one record. The smaller
    // reading of "12 kB": a map this size is accepted under either.
    static constexpr int maxRecordBytes = 12000;

    // Empty when `value` is fine for the field; an empty value always is.
    static QString problem(const CustomFieldDefinition &definition, const CustomFieldValue &value);
    // Empty when the record's whole map fits MOCO's limit.
    static QString sizeProblem(const CustomFieldValues &all);
    // The schemes MOCO accepts for a Link: http, https, mailto, tel.
    static bool hasAllowedScheme(const QString &link);
};
