// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

// The validation messages of one request, written as MOCO's top-level field
// map: {"task_id":["ist nicht gültig"]}; record-level messages go under "base".
class FieldErrors
{
public:
    void add(const QString &field, const QString &message);
    bool isEmpty() const { return m_errors.isEmpty(); }
    bool has(const QString &field) const { return m_errors.contains(field); }
    QJsonObject toJson() const;

private:
    QMap<QString, QStringList> m_errors;
};
