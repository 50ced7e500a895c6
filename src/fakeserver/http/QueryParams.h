// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>

#include <optional>

// A request's query string, decoded the way Rails does it ('+' is a space).
class QueryParams
{
public:
    explicit QueryParams(const QByteArray &rawQuery = {});

    bool has(const QString &key) const;
    // The last value given for key (Rails keeps the last one).
    QString value(const QString &key) const;
    // "true"/"false" (any case); nullopt when absent or anything else.
    std::optional<bool> boolean(const QString &key) const;
    // A comma-separated id list; nullopt when absent. Unparsable entries are
    // kept as -1 so they match nothing.
    std::optional<QSet<qint64>> idList(const QString &key) const;
    std::optional<QStringList> stringList(const QString &key) const;

    // The original encoded query with `page` replaced, for Link headers.
    QByteArray withPage(int page) const;

private:
    QList<QPair<QString, QString>> m_items;
    QList<QByteArray> m_rawItems;
};
