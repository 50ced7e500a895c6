// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/UnsentChangesGate.h"

#include "core/services/Clock.h"
#include "core/storage/LocalStore.h"
#include "core/storage/Outbox.h"
#include "core/sync/AccountDataLayer.h"
#include "core/sync/BackgroundOutboxes.h"
#include "core/sync/OutboxSender.h"

#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcGate, "mocotrack.sync.unsent", QtInfoMsg)

UnsentChangesGate::UnsentChangesGate(Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{}

void UnsentChangesGate::setShown(AccountDataLayer *layer, const QString &actingAs)
{
    if (m_shown)
        disconnect(m_shown, nullptr, this, nullptr);
    m_shown = layer;
    m_actingAs = actingAs;
    if (layer) {
        connect(layer, &AccountDataLayer::storeChanged, this, &UnsentChangesGate::refresh);
        connect(layer, &AccountDataLayer::stateChanged, this, &UnsentChangesGate::refresh);
    }
    refresh();
}

void UnsentChangesGate::setBackground(BackgroundOutboxes *background)
{
    if (m_background)
        disconnect(m_background, nullptr, this, nullptr);
    m_background = background;
    if (background)
        connect(background, &BackgroundOutboxes::changed, this, &UnsentChangesGate::refresh);
    refresh();
}

void UnsentChangesGate::request(Leaving leaving)
{
    if (m_asking) {
        emit askUser(); // already asked: bring the question back
        return;
    }
    m_leaving = leaving;
    m_sending = false;
    if (concerned().isEmpty()) {
        emit mayLeave(leaving, Disposition::Keep);
        return;
    }
    qCDebug(lcGate) << leaving << "asks first:" << concerned().size() << "unsent change(s)";
    m_asking = true;
    emit askUser();
}

void UnsentChangesGate::sendFirst()
{
    if (!m_asking)
        return;
    qCDebug(lcGate) << "sending first";
    m_sending = true;
    if (m_shown) {
        m_shown->startSending();
        if (m_shown->isSending())
            m_shown->sender()->tryNowAsAsked();
    }
    if (m_background && concernsBackground())
        m_background->sendNow();
    emit progressChanged();
    refresh();
}

void UnsentChangesGate::leave(Disposition disposition)
{
    if (!m_asking)
        return;
    // Quitting keeps the changes whatever was pressed: they go next time.
    if (m_leaving == Leaving::Quit)
        disposition = Disposition::Keep;
    qCDebug(lcGate) << m_leaving << disposition << "by the user's word";
    const Leaving leaving = m_leaving;
    finish();
    emit mayLeave(leaving, disposition);
}

void UnsentChangesGate::cancel()
{
    if (!m_asking)
        return;
    qCDebug(lcGate) << "staying";
    finish();
}

void UnsentChangesGate::finish()
{
    m_asking = false;
    m_sending = false;
    emit askingEnded();
}

bool UnsentChangesGate::concernsBackground() const
{
    return m_leaving != Leaving::BackToMyself;
}

QList<UnsentChange> UnsentChangesGate::concerned() const
{
    QList<UnsentChange> changes;
    if (m_shown)
        changes = UnsentChanges::in(m_shown->store(), m_actingAs);
    if (m_background && concernsBackground())
        changes += m_background->unsent();
    return changes;
}

int UnsentChangesGate::deliverable() const
{
    int count = 0;
    if (m_shown && m_shown->store()->isOpen())
        count += Outbox(m_shown->store()).waitingCount();
    if (m_background && concernsBackground())
        count += m_background->deliverable();
    return count;
}

QString UnsentChangesGate::progressText() const
{
    if (!m_sending)
        return {};
    const QList<UnsentChange> changes = concerned();
    const int waiting = deliverable();
    if (waiting == 0) {
        const auto refused = std::count_if(changes.cbegin(), changes.cend(),
                                           [](const UnsentChange &c) { return c.needsAttention; });
        return tr("MOCO did not accept %n change(s). Discard them, or cancel and fix them.",
                  nullptr, static_cast<int>(refused));
    }
    if (m_shown) {
        const SyncState state = m_shown->state();
        const SyncState::Kind kind = state.kind(m_clock->utcNow());
        if (kind == SyncState::Kind::Offline || kind == SyncState::Kind::ServerError ||
            kind == SyncState::Kind::WaitingForRateLimit || kind == SyncState::Kind::StoreFailed)
            return state.text(m_clock->utcNow());
    }
    return tr("Sending %n change(s) to MOCO…", nullptr, waiting);
}

void UnsentChangesGate::refresh()
{
    if (!m_asking)
        return;
    if (concerned().isEmpty()) {
        // Everything arrived (or went another way): leave as asked.
        qCDebug(lcGate) << "nothing unsent any more";
        const Leaving leaving = m_leaving;
        finish();
        emit mayLeave(leaving, Disposition::Keep);
        return;
    }
    emit progressChanged();
}
