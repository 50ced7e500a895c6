// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakeserver/moco/CustomPropertyUpdater.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

class FakeDatabase;
class FieldErrors;
class ServerClock;

// What PUT|PATCH /projects/{id} and /companies/{id} share: of the body only
// custom_properties are written (the client edits nothing else, so the fake
// needs nothing else), by CustomPropertyUpdater's rule with the definitions of
// one entity. A body without the key changes no value (the strict rule
// applies to a submitted map, not to its absence) but still counts as a write.
class CustomPropertyWrite
{
public:
    CustomPropertyWrite(FakeDatabase &database, const ServerClock &clock,
                        CustomPropertyUpdater::Mode mode);

    // On success stores the values, moves *updatedAt (at least one second)
    // and notifies the database; on a 422 changes nothing.
    bool apply(const QJsonObject &body, const QString &entity, QJsonObject *values,
               QDateTime *updatedAt, FieldErrors *errors) const;

private:
    FakeDatabase &m_database;
    const ServerClock &m_clock;
    CustomPropertyUpdater::Mode m_mode;
};
