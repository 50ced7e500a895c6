// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/http/QueryParams.h"

#include <QUrl>

namespace {
QString decode(QByteArray part)
{
    part.replace('+', ' ');
    return QUrl::fromPercentEncoding(part);
}
} // namespace

QueryParams::QueryParams(const QByteArray &rawQuery)
{
    const QList<QByteArray> parts = rawQuery.split('&');
    for (const QByteArray &part : parts) {
        if (part.isEmpty())
            continue;
        m_rawItems.append(part);
        const qsizetype equals = part.indexOf('=');
        if (equals < 0)
            m_items.append({decode(part), QString()});
        else
            m_items.append({decode(part.left(equals)), decode(part.mid(equals + 1))});
    }
}

bool QueryParams::has(const QString &key) const
{
    for (const auto &[name, value] : m_items) {
        if (name == key)
            return true;
    }
    return false;
}

QString QueryParams::value(const QString &key) const
{
    QString found;
    for (const auto &[name, value] : m_items) {
        if (name == key)
            found = value;
    }
    return found;
}

std::optional<bool> QueryParams::boolean(const QString &key) const
{
    if (!has(key))
        return std::nullopt;
    const QString text = value(key).trimmed().toLower();
    if (text == QLatin1String("true") || text == QLatin1String("1"))
        return true;
    if (text == QLatin1String("false") || text == QLatin1String("0"))
        return false;
    return std::nullopt;
}

std::optional<QSet<qint64>> QueryParams::idList(const QString &key) const
{
    const std::optional<QStringList> parts = stringList(key);
    if (!parts)
        return std::nullopt;
    QSet<qint64> ids;
    for (const QString &part : *parts) {
        bool ok = false;
        const qint64 id = part.toLongLong(&ok);
        ids.insert(ok ? id : -1);
    }
    return ids;
}

std::optional<QStringList> QueryParams::stringList(const QString &key) const
{
    if (!has(key))
        return std::nullopt;
    QStringList result;
    const QStringList parts = value(key).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : parts)
        result.append(part.trimmed());
    return result;
}

QByteArray QueryParams::withPage(int page) const
{
    QList<QByteArray> kept;
    for (int index = 0; index < m_rawItems.size(); ++index) {
        if (m_items.at(index).first != QLatin1String("page"))
            kept.append(m_rawItems.at(index));
    }
    kept.append("page=" + QByteArray::number(page));
    return kept.join('&');
}
