// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/BackgroundOutboxes.h"

#include "core/storage/LocalStore.h"
#include "core/storage/Outbox.h"
#include "core/sync/ColleagueOutbox.h"

#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcBackground, "mocotrack.sync.background", QtInfoMsg)

BackgroundOutboxes::BackgroundOutboxes(ApiClient *account, Clock *clock,
                                       std::function<QString(qint64)> storePath, QObject *parent)
    : QObject(parent)
    , m_account(account)
    , m_clock(clock)
    , m_storePath(std::move(storePath))
{}

BackgroundOutboxes::~BackgroundOutboxes()
{
    qDeleteAll(m_outboxes);
}

void BackgroundOutboxes::keepDelivering(qint64 colleagueId, const QString &name)
{
    if (m_outboxes.contains(colleagueId))
        return;
    auto *outbox = new ColleagueOutbox(m_storePath(colleagueId), m_account, m_clock, colleagueId);
    outbox->setColleagueName(name);
    if (!outbox->start() || Outbox(outbox->store()).items().isEmpty()) {
        delete outbox;
        return;
    }
    qCDebug(lcBackground) << "delivering the changes made as user" << colleagueId;
    m_outboxes.insert(colleagueId, outbox);
    connect(outbox, &ColleagueOutbox::changed, this, [this, colleagueId] {
        emit changed();
        closeIfDone(colleagueId);
    });
    emit changed();
}

void BackgroundOutboxes::release(qint64 colleagueId)
{
    if (ColleagueOutbox *outbox = m_outboxes.take(colleagueId)) {
        delete outbox;
        emit changed();
    }
}

void BackgroundOutboxes::sendNow()
{
    for (ColleagueOutbox *outbox : std::as_const(m_outboxes))
        outbox->sendNow();
}

void BackgroundOutboxes::setColleagueName(qint64 colleagueId, const QString &name)
{
    if (ColleagueOutbox *outbox = m_outboxes.value(colleagueId))
        outbox->setColleagueName(name);
}

QList<UnsentChange> BackgroundOutboxes::unsent() const
{
    QList<qint64> ids = m_outboxes.keys();
    std::sort(ids.begin(), ids.end());
    QList<UnsentChange> changes;
    for (qint64 id : std::as_const(ids))
        changes += m_outboxes.value(id)->unsent();
    return changes;
}

int BackgroundOutboxes::deliverable() const
{
    int count = 0;
    for (const ColleagueOutbox *outbox : m_outboxes)
        count += outbox->deliverable();
    return count;
}

void BackgroundOutboxes::closeIfDone(qint64 colleagueId)
{
    ColleagueOutbox *outbox = m_outboxes.value(colleagueId);
    if (!outbox || !Outbox(outbox->store()).items().isEmpty())
        return;
    qCDebug(lcBackground) << "everything made as user" << colleagueId << "has reached MOCO";
    m_outboxes.remove(colleagueId);
    // Not from within its own signal.
    outbox->deleteLater();
    emit changed();
}
