// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActAsOffer.h"

#include "ActAsDialog.h"
#include "core/api/ApiClient.h"

ActAsOffer::ActAsOffer(QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_dialogParent(dialogParent)
{}

ActAsOffer::~ActAsOffer()
{
    delete m_dialog;
}

void ActAsOffer::check(ApiClient *client, qint64 ownUserId)
{
    client->fetchUsers(
        this,
        [this, ownUserId](const ApiResult<QList<User>> &result) {
            m_colleagues.clear();
            if (result.ok()) {
                for (const User &user : result.value()) {
                    if (user.id != ownUserId && user.active)
                        m_colleagues.append(user);
                    emit userNamed(user.id, user.displayName());
                }
            }
            emit availableChanged(!m_colleagues.isEmpty());
        },
        ApiClient::Priority::Background);
}

void ActAsOffer::clear()
{
    delete m_dialog;
    m_colleagues.clear();
    emit availableChanged(false);
}

void ActAsOffer::choose()
{
    if (m_dialog) {
        m_dialog->raise();
        return;
    }
    if (m_colleagues.isEmpty())
        return;
    m_dialog = new ActAsDialog(m_colleagues, m_dialogParent);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &ActAsDialog::chosen, this, &ActAsOffer::chosen);
    m_dialog->open();
}
