// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/ColleagueOutbox.h"

#include "core/api/ApiClient.h"
#include "core/storage/LocalStore.h"
#include "core/storage/Outbox.h"
#include "core/storage/OutboxLock.h"
#include "core/sync/OutboxSender.h"

ColleagueOutbox::ColleagueOutbox(const QString &databasePath, ApiClient *account, Clock *clock,
                                 qint64 colleagueId, QObject *parent)
    : QObject(parent)
    , m_colleagueId(colleagueId)
    , m_api(std::make_unique<ApiClient>(account, colleagueId))
    , m_store(new LocalStore(databasePath, this))
    , m_sender(new OutboxSender(m_store, m_api.get(), clock, colleagueId, this))
    , m_lock(std::make_unique<OutboxLock>(databasePath))
{
    m_sender->setPolicy(OutboxPolicy::fromEnvironment());
    connect(m_sender, &OutboxSender::storeChanged, this, &ColleagueOutbox::changed);
    connect(m_sender, &OutboxSender::stateChanged, this, &ColleagueOutbox::changed);
    connect(m_sender, &OutboxSender::drained, this, &ColleagueOutbox::changed);
}

ColleagueOutbox::~ColleagueOutbox()
{
    // The sender goes before its client and the lock last: nothing of this
    // process sends once the lock is free.
    delete m_sender;
    m_sender = nullptr;
    m_api.reset();
    delete m_store;
    m_store = nullptr;
}

bool ColleagueOutbox::start()
{
    if (!m_store->open())
        return false;
    if (m_lock->tryLock() == OutboxLock::Status::Held)
        m_sender->start();
    return true;
}

void ColleagueOutbox::sendNow()
{
    if (m_store->isOpen() && m_lock->tryLock() == OutboxLock::Status::Held) {
        m_sender->tryNowAsAsked();
    }
}

QString ColleagueOutbox::colleagueName() const
{
    return m_name.isEmpty() ? tr("user %1").arg(m_colleagueId) : m_name;
}

QList<UnsentChange> ColleagueOutbox::unsent() const
{
    return UnsentChanges::in(m_store, colleagueName());
}

int ColleagueOutbox::deliverable() const
{
    return m_store->isOpen() ? Outbox(m_store).waitingCount() : 0;
}
