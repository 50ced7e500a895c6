// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/NamedRef.h"

#include "core/domain/JsonReader.h"
#include "core/domain/JsonWriter.h"

std::optional<NamedRef> NamedRef::fromJson(const QJsonValue &json, QString *error)
{
    return JsonReader::parse<NamedRef>(json, QStringLiteral("object"), error);
}

NamedRef NamedRef::read(JsonReader &reader)
{
    NamedRef ref;
    ref.id = reader.integer(QStringLiteral("id"));
    ref.name = reader.text(QStringLiteral("name"));
    return ref;
}

QJsonObject NamedRef::toJson() const
{
    return {{QStringLiteral("id"), JsonWriter::id(id)}, {QStringLiteral("name"), name}};
}
