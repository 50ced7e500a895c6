// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Activity.h"
#include "core/domain/ActivityDraft.h"
#include "core/domain/CustomFieldValues.h"
#include "core/domain/Presence.h"
#include "core/storage/OutboxItem.h"

#include <QObject>

class Clock;
class LocalStore;

// Every change the user makes: applied to the store at once (optimistic) and
// queued in the outbox in the same transaction, so a crash keeps both or
// neither. OutboxSender delivers them later.
//
// Activities and presences are addressed by their local id, which exists
// before the server has seen them. All calls return false (nothing changed)
// when the row is unknown or the database refused the write.
class LocalChanges : public QObject
{
    Q_OBJECT
public:
    LocalChanges(LocalStore *store, Clock *clock, QObject *parent = nullptr);

    // MOCO starts a timer on a create of today with 0 seconds (moco-api.md
    // §4), so a plain create never has 0 seconds: createActivity() refuses
    // one, and what copies an activity (duplicate, undo) books at least this.
    static constexpr qint64 shortestStoredSeconds = 60;

    // Returns the new local id, 0 on failure or for 0 seconds (see above).
    // Project and task names come from the cached projects where known.
    qint64 createActivity(const ActivityDraft &draft);
    // A new activity whose timer runs from now on: the draft must be dated
    // today with 0 seconds. MOCO starts the timer of such a create by itself
    // (moco-api.md §4), so no StartTimer item is queued; the row shows it
    // running at once. OutboxSender keeps the time when the create can only
    // go out later (see OutboxSender::sendCreateActivity).
    qint64 createRunningActivity(const ActivityDraft &draft);
    // `edited` is the whole activity as the user left it. Editing an item
    // that failed (422) is how the user fixes it: it is sent again.
    bool updateActivity(qint64 localId, const Activity &edited);
    bool deleteActivity(qint64 localId);
    // Timer items carry when the user pressed the button and the seconds it
    // left, so a delivery that comes late (offline) can still book the right
    // time: StartTimer {"startedAt", "seconds" before the run}, StopTimer
    // {"stoppedAt", "seconds" after the run}.
    bool startTimer(qint64 localId);
    // seconds become stoppedSeconds(). A stop of a create not sent yet is
    // folded into that create (it goes out with the seconds and no timer).
    bool stopTimer(qint64 localId);
    // What a stop at nowUtc leaves in seconds: the earlier seconds plus the
    // run in whole minutes, rounded to the nearest — as MOCO's stop_timer
    // books it (moco-api.md §4), so the row does not jump when the answer
    // arrives.
    static qint64 stoppedSeconds(const Activity &running, const QDateTime &nowUtc);

    qint64 createPresence(const Presence &presence);
    bool updatePresence(qint64 localId, const Presence &edited);
    bool deletePresence(qint64 localId);
    // Whether the end of this presence is only here: MOCO has it open (or
    // not at all) and nothing of it is on the way. Taking such an end back
    // sends no "to": null, whose effect on MOCO is unknown.
    bool isPresenceEndUnsent(qint64 localId) const;

    // Sets these values (by field name) on the project or customer; other
    // fields keep the server's values at send time. `base`: what each
    // changed field was when the user changed it (a different value on the
    // server by then is a change made in MOCO meanwhile: the user decides).
    bool updateProjectCustomFields(qint64 projectId, const CustomFieldValues &changes,
                                   const CustomFieldValues &base = {});
    bool updateCustomerCustomFields(qint64 customerId, const CustomFieldValues &changes,
                                    const CustomFieldValues &base);

    // For items that need attention.
    bool retry(qint64 seq);
    // Drops the item and the later changes of the same record, and shows the
    // server's version again (or removes a record the server never had).
    bool discard(qint64 seq);
    // Conflict: send my version over the server's (a record deleted there
    // is created again) …
    bool keepMine(qint64 activityLocalId);
    // … or drop my pending changes and show the server's version.
    bool takeTheirs(qint64 activityLocalId);

signals:
    // The store changed (views re-read) and the outbox may have work.
    void changed();

private:
    // After a discard: the fields the item changed show `base` again.
    bool restoreCustomFields(const OutboxItem &item, const CustomFieldValues &base);
    qint64 enqueue(OutboxItem::Kind kind, qint64 localId, const QJsonObject &payload,
                   const QDateTime &base = {});
    qint64 create(const ActivityDraft &draft, bool startsTimer);
    bool finish(bool ok);

    LocalStore *m_store;
    Clock *m_clock;
};
