// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sync/UnsentChanges.h"
#include "core/sync/UnsentChangesGate.h"

#include <QDialog>
#include <QList>

class QLabel;
class QListWidget;
class QPushButton;

// "2 changes haven't reached MOCO yet": asks before signing out, going back
// to oneself or quitting, lists the changes, and while they are being sent
// says what holds them up. Shows what UnsentChangesGate decides; the
// buttons forward the user's word.
class UnsentChangesDialog : public QDialog
{
    Q_OBJECT
public:
    UnsentChangesDialog(UnsentChangesGate::Leaving leaving, QWidget *parent = nullptr);

    void setChanges(const QList<UnsentChange> &changes);
    // sending: "Send them first" was pressed; text: what holds it up.
    void setProgress(bool sending, const QString &text);

signals:
    void sendFirstRequested();
    void leaveRequested(UnsentChangesGate::Disposition disposition);
    void cancelRequested();

protected:
    void reject() override; // Esc and the close button: Cancel

private:
    QPushButton *addButton(const QString &text, const QString &accessibleName = {});

    QLabel *m_heading;
    QListWidget *m_list;
    QLabel *m_progress;
    QPushButton *m_sendFirst;
    QWidget *m_buttons;
};
