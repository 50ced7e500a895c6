// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/api/ApiError.h"

#include <QString>

// The one place that turns an ApiError into words for the user. Translatable
// (context "ApiErrorText"); server messages, which may be German, are shown as
// they came and never matched on.
namespace ApiErrorText {

// A complete sentence or two, ready for a status bar or an inline error.
QString message(const ApiError &error);

// A user-facing name for a field key of a 422 answer ("task_id" → "Task");
// unknown keys are returned unchanged.
QString fieldLabel(const QString &field);
// A 422's field messages for people, one line per field ("Description: ist
// zu lang"); record-level messages ("base") stand alone.
QString fieldErrorLines(const QMap<QString, QStringList> &fieldErrors);

// The messages for one field of a Validation error, joined for display under
// that field; empty when the server said nothing about it.
QString fieldMessages(const ApiError &error, const QString &field);

} // namespace ApiErrorText
