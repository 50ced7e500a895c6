// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class AttentionModel;
class LocalChanges;
class QAbstractItemView;
class QGroupBox;
class QLabel;
class QListView;
class QPushButton;
class QStackedWidget;

// The changes that need the user, non-modal: the list on the left, the
// current item on the right with what it concerns, MOCO's message and, for a
// conflict, both versions side by side. The actions go through LocalChanges;
// the list follows the store by itself (AttentionModel::refresh).
//
// Refused change: Fix… (fixRequested: the owner opens the activity editor
// with the field errors), Try again, Discard… (after a confirmation that
// says what will be lost). Conflict: Keep mine / Take theirs.
class NeedsAttentionDialog : public QDialog
{
    Q_OBJECT
public:
    NeedsAttentionDialog(AttentionModel *model, LocalChanges *changes, QWidget *parent = nullptr);

    QAbstractItemView *listView() const; // accessible name "Needs attention"
    // Makes the item of this outbox seq current; false when it is not listed.
    bool selectSeq(qint64 seq);
    qint64 currentSeq() const; // 0 when nothing is listed

signals:
    void fixRequested(qint64 activityLocalId);

private:
    void onCurrentChanged();
    void onRowsChanged();
    void onRetry();
    void onDiscard();
    void onKeepMine();
    void onTakeTheirs();
    void onFix();
    int currentRow() const;
    void showDetails(int row);
    void updateTitle();

    AttentionModel *m_model;
    LocalChanges *m_changes;
    QStackedWidget *m_pages;
    QLabel *m_empty;
    QListView *m_list;
    QLabel *m_subject;
    QLabel *m_message;
    QGroupBox *m_mineBox;
    QLabel *m_mine;
    QGroupBox *m_theirsBox;
    QLabel *m_theirs;
    QPushButton *m_fix;
    QPushButton *m_retry;
    QPushButton *m_discard;
    QPushButton *m_keepMine;
    QPushButton *m_takeTheirs;
};
