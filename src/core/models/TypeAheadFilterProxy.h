// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

// What the type-ahead proxies share: the typed text, split and folded into
// needles (SearchText), and re-filtering only when the needles change.
class TypeAheadFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setFilterText(const QString &typed);
    QString filterText() const { return m_typed; }

protected:
    const QStringList &needles() const { return m_needles; }
    // True when lessThan() depends on the needles: new needles then sort every row again, not
    // only filter (a row that stays may move).
    virtual bool ordersByNeedles() const { return false; }

private:
    QString m_typed;
    QStringList m_needles;
};
