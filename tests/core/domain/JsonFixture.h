// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

// Helpers for the domain tests: load a fixture from tests/data and change
// one field of it by a dotted path, so each wrong-type case starts from a
// real shape and differs in exactly one place.
namespace JsonFixture {

// The fixture parsed as JSON; fails the current test (returns null) when the
// file is missing or not valid JSON.
QJsonValue load(const QString &name);
QJsonObject loadObject(const QString &name);

// Sets "a.b.c" (objects only) to `value`; QJsonValue::Undefined removes it.
QJsonObject withField(QJsonObject object, const QString &path, const QJsonValue &value);

// Parses JSON text; used where a literal must reach the parser as text
// (numbers beyond 2^53 keep their exact digits only that way).
QJsonValue parse(const QByteArray &text);

} // namespace JsonFixture
