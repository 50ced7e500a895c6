// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// An account-wide custom field ("custom property") definition.
struct CustomFieldDefinition
{
    qint64 id = 0;
    QString name;
    QString nameAlt;
    QString placeholder;
    QString placeholderAlt;
    QString entity;
    QString kind;
    bool printOnInvoice = false;
    bool printOnOffer = false;
    bool printOnTimesheet = false;
    bool notificationEnabled = false;
    bool apiOnly = false;
    QStringList defaults; // the options of Select and MultiSelect
    QDateTime createdAt;
    QDateTime updatedAt;

    QJsonObject toStorage() const;
    static CustomFieldDefinition fromStorage(const QJsonObject &object);
};
