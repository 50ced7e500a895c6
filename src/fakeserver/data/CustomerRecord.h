// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// A customer ("company" in newer MOCO docs); projects belong to one.
// Fields missing from an older state.json read as empty, so such a state
// still loads.
struct CustomerRecord
{
    qint64 id = 0;
    QString name;
    QString identifier;
    bool intern = false;
    QString currency;
    QString website;
    QString email;
    QString phone;
    QString fax;
    QString address;
    QString info;
    QStringList tags;
    qint64 userId = 0; // the account manager; 0: none
    double billingTax = 0;
    QJsonObject customProperties;
    QDateTime createdAt;
    QDateTime updatedAt;

    QJsonObject toStorage() const;
    static CustomerRecord fromStorage(const QJsonObject &object);
};
