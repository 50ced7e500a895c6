// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/moco/CustomPropertyWrite.h"

#include "fakeserver/ServerClock.h"
#include "fakeserver/api/FieldErrors.h"
#include "fakeserver/data/FakeDatabase.h"

CustomPropertyWrite::CustomPropertyWrite(FakeDatabase &database, const ServerClock &clock,
                                         CustomPropertyUpdater::Mode mode)
    : m_database(database)
    , m_clock(clock)
    , m_mode(mode)
{}

bool CustomPropertyWrite::apply(const QJsonObject &body, const QString &entity, QJsonObject *values,
                                QDateTime *updatedAt, FieldErrors *errors) const
{
    if (body.contains(QStringLiteral("custom_properties"))) {
        const QJsonValue submitted = body.value(QStringLiteral("custom_properties"));
        if (!submitted.isObject() && !submitted.isNull()) {
            errors->add(QStringLiteral("custom_properties"), QStringLiteral("ist nicht gültig"));
            return false;
        }
        QJsonObject updated;
        if (!CustomPropertyUpdater::apply(*values, submitted.toObject(),
                                          m_database.customFields().ofEntity(entity), m_mode,
                                          &updated, errors))
            return false;
        *values = updated;
    }
    const QDateTime now = m_clock.nowUtc();
    *updatedAt = now > *updatedAt ? now : updatedAt->addSecs(1);
    m_database.notifyChanged();
    return true;
}
