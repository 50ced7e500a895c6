// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionExits.h"

#include "UnsentChangesDialog.h"
#include "core/storage/LocalStore.h"
#include "core/sync/BackgroundOutboxes.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcApp)

SessionExits::SessionExits(Clock *clock, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_gate(new UnsentChangesGate(clock, this))
    , m_clock(clock)
    , m_dialogParent(dialogParent)
    , m_tick(new QTimer(this))
{
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &SessionExits::updateDialog);
    connect(m_gate, &UnsentChangesGate::askUser, this, &SessionExits::showDialog);
    connect(m_gate, &UnsentChangesGate::progressChanged, this, &SessionExits::updateDialog);
    connect(m_gate, &UnsentChangesGate::askingEnded, this, &SessionExits::closeDialog);
    connect(m_gate, &UnsentChangesGate::mayLeave, this, &SessionExits::onMayLeave,
            Qt::QueuedConnection);
}

SessionExits::~SessionExits()
{
    delete m_dialog;
    endSession();
}

void SessionExits::startSession(ApiClient *client, const AccountSettings &account)
{
    endSession();
    m_account = account;
    m_background = new BackgroundOutboxes(
        client, m_clock,
        [account](qint64 id) { return LocalStore::defaultPath(account.colleagueStoreKey(id)); },
        this);
    m_gate->setBackground(m_background);
    const QList<qint64> colleagues = LocalStore::colleagueStoreIds(account.storeKey());
    for (qint64 id : colleagues)
        m_background->keepDelivering(id);
}

void SessionExits::endSession()
{
    m_gate->cancel();
    m_gate->setShown(nullptr);
    m_gate->setBackground(nullptr);
    delete m_background;
    m_background = nullptr;
}

void SessionExits::setShown(AccountDataLayer *layer, const QString &actingAs)
{
    m_gate->setShown(layer, actingAs);
}

void SessionExits::setColleagueName(qint64 colleagueId, const QString &name)
{
    if (m_background)
        m_background->setColleagueName(colleagueId, name);
}

void SessionExits::resumeSending()
{
    if (m_background)
        m_background->sendNow();
}

void SessionExits::leaveColleague(qint64 colleagueId, const QString &name,
                                  UnsentChangesGate::Disposition disposition)
{
    if (disposition == UnsentChangesGate::Disposition::Discard) {
        qCDebug(lcApp) << "discarding what was made as user" << colleagueId;
        LocalStore::removeAccountData(m_account.colleagueStoreKey(colleagueId));
    } else if (m_background) {
        m_background->keepDelivering(colleagueId, name);
    }
}

void SessionExits::takeOverColleague(qint64 colleagueId)
{
    if (m_background)
        m_background->release(colleagueId);
}

void SessionExits::showDialog()
{
    if (!m_dialog) {
        m_dialog = new UnsentChangesDialog(m_gate->leaving(), m_dialogParent);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        // Gone for this class as soon as it closes (it is deleted later).
        connect(m_dialog, &QDialog::finished, this, [this] {
            m_dialog = nullptr;
            m_tick->stop();
        });
        connect(m_dialog, &UnsentChangesDialog::sendFirstRequested, m_gate,
                &UnsentChangesGate::sendFirst);
        connect(m_dialog, &UnsentChangesDialog::leaveRequested, m_gate, &UnsentChangesGate::leave);
        connect(m_dialog, &UnsentChangesDialog::cancelRequested, m_gate,
                &UnsentChangesGate::cancel);
        qCDebug(lcApp) << "asking about" << m_gate->concerned().size() << "unsent change(s)";
    }
    updateDialog();
    m_tick->start();
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

void SessionExits::updateDialog()
{
    if (!m_dialog)
        return;
    m_dialog->setChanges(m_gate->concerned());
    m_dialog->setProgress(m_gate->isSending(), m_gate->progressText());
}

void SessionExits::closeDialog()
{
    if (!m_dialog)
        return;
    // Closed by the gate, not the user: not a Cancel.
    disconnect(m_dialog, nullptr, m_gate, nullptr);
    m_dialog->close();
    m_dialog = nullptr;
    m_tick->stop();
}

void SessionExits::onMayLeave(UnsentChangesGate::Leaving leaving,
                              UnsentChangesGate::Disposition disposition)
{
    switch (leaving) {
    case UnsentChangesGate::Leaving::SignOut:
        emit signOutConfirmed();
        break;
    case UnsentChangesGate::Leaving::BackToMyself:
        emit backToMyselfConfirmed(disposition);
        break;
    case UnsentChangesGate::Leaving::Quit:
        emit quitConfirmed();
        break;
    }
}
