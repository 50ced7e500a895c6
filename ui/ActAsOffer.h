// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class AccountSession;
class ActAsDialog;
class QWidget;

// "Act as…" for staff users: available while the session knows colleagues
// to act as (only staff may list them), and lets the user pick one in an
// ActAsDialog; the session switches.
class ActAsOffer : public QObject
{
    Q_OBJECT
public:
    ActAsOffer(AccountSession *session, QWidget *dialogParent, QObject *parent = nullptr);
    ~ActAsOffer() override;

    void choose();

signals:
    void availableChanged(bool available);

private:
    void onColleaguesChanged();

    AccountSession *m_session;
    QWidget *m_dialogParent;
    QPointer<ActAsDialog> m_dialog;
};
