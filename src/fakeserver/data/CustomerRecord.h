// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

// A customer ("company" in newer MOCO docs); projects belong to one.
struct CustomerRecord
{
    qint64 id = 0;
    QString name;

    QJsonObject toStorage() const;
    static CustomerRecord fromStorage(const QJsonObject &object);
};
