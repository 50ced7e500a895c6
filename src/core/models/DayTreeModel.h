// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>
#include <QCollator>
#include <QHash>
#include <QList>
#include <QString>

#include <vector>

class ActivitiesModel;
struct Activity;

// The day view's tree over an ActivitiesModel holding one day: customers on
// the top level, each with its activities as children.
//
// Customers are ordered by name (locale-aware, case-insensitive), activities
// without a customer last under "No customer"; within a customer the
// activities keep the source's order (the store's: creation). By name rather
// than by first appearance so a customer stays where the user last saw it
// when an earlier activity is deleted or moved to another day.
//
// Activity rows forward every role of the source row (LocalId, IsRunning,
// IsBilled, NeedsAttention, ErrorMessage, live Seconds, …); a customer row
// shows the customer's name and the subtotal of its activities (Seconds:
// live). Rows the source inserts or removes are inserted into or removed from
// their customer (a customer comes and goes with its first and last activity);
// a changed row that now has another customer moves there; a reset or a
// re-order of the source rebuilds the tree. dataChanged() is mapped, so the
// running timer's once-a-second repaint touches two rows, not the tree. Edits in
// place (description, duration) are forwarded to the source, which turns
// them into ActivitiesModel::editRequested(). Core: no icons or fonts; a
// view draws the lock (IsBilled) and warning (NeedsAttention) itself.
class DayTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column {
        ProjectTaskColumn,
        DescriptionColumn,
        DurationColumn,
        ActionsColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit DayTreeModel(ActivitiesModel *source, QObject *parent = nullptr);

    ActivitiesModel *sourceModel() const { return m_source; }

    // A top-level row; false for activities and invalid indexes.
    static bool isCustomerRow(const QModelIndex &index);
    QModelIndex indexOfLocalId(qint64 localId, int column = ProjectTaskColumn) const;
    int sourceRow(const QModelIndex &index) const; // -1 for customer rows
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const;
    QModelIndex mapToSource(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Group
    {
        qint64 customerId = 0; // 0: no customer
        QString name;          // empty: no customer
        quintptr key = 0;      // the internalId of its activity rows
        QList<int> sourceRows; // ascending
    };
    struct Position
    {
        int group = -1;
        int child = -1;
    };

    void beginRebuild();
    void endRebuild();
    void rebuild();
    Group newGroup(const Activity &activity);
    bool groupBefore(const Group &left, const Group &right) const;
    // m_positions and m_rowOfGroupKey from m_groups.
    void reindex();
    // Source rows from fromSourceRow on moved by `by` (inserted or removed).
    void renumber(int fromSourceRow, int by);
    void onSourceRowsInserted(int first, int last);
    void addToTree(int sourceRow);
    void removeFromTree(int sourceRow);
    void moveToItsCustomer(int sourceRow);
    void onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                             const QList<int> &roles);
    QVariant customerData(int group, int column, int role) const;
    QVariant activityData(int sourceRow, int column, int role) const;
    qint64 subtotal(int group) const;
    static int sourceColumn(int column);

    ActivitiesModel *m_source;
    QList<Group> m_groups;
    std::vector<Position> m_positions; // source row → place in the tree
    QHash<quintptr, int> m_rowOfGroupKey;
    quintptr m_lastGroupKey = 0;
    QCollator m_collator;
    bool m_rebuilding = false;
};
