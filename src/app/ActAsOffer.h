// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/User.h"

#include <QList>
#include <QObject>
#include <QPointer>

class ActAsDialog;
class ApiClient;
class QWidget;

// "Act as…" for staff users: finds out whether the key may list the
// account's users (only staff may; a 403 keeps the offer hidden), and lets
// the user pick a colleague in an ActAsDialog.
class ActAsOffer : public QObject
{
    Q_OBJECT
public:
    explicit ActAsOffer(QWidget *dialogParent, QObject *parent = nullptr);
    ~ActAsOffer() override;

    // Asks MOCO whom `ownUserId` may act as; availableChanged() follows.
    void check(ApiClient *client, qint64 ownUserId);
    // The session ended: no offer, no dialog.
    void clear();
    void choose();

signals:
    void availableChanged(bool available);
    // Every user MOCO listed, for naming colleagues elsewhere.
    void userNamed(qint64 userId, const QString &name);
    void chosen(const User &colleague);

private:
    QWidget *m_dialogParent;
    QList<User> m_colleagues; // whom a staff user may act as; empty = not staff
    QPointer<ActAsDialog> m_dialog;
};
