// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <optional>

// What an UpdateActivity or UpdatePresence outbox item carries: the record
// as it was shown before the user's edit and as the user left it. The
// request sends only the fields that differ. One reader and one writer of
// that payload, for both record types (Activity, Presence).
template<typename Record>
struct EditPayload
{
    Record before;
    Record after;

    static std::optional<EditPayload> fromJson(const QJsonObject &json)
    {
        std::optional<Record> before = Record::fromJson(json.value(QStringLiteral("before")));
        std::optional<Record> after = Record::fromJson(json.value(QStringLiteral("after")));
        if (!before || !after)
            return std::nullopt;
        return EditPayload{std::move(*before), std::move(*after)};
    }

    QJsonObject toJson() const
    {
        return QJsonObject{{QStringLiteral("before"), before.toJson()},
                           {QStringLiteral("after"), after.toJson()}};
    }
};
