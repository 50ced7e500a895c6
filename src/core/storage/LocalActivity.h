// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Activity.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

// An activity as the store holds it: what the user sees, plus what is known
// about its delivery to MOCO.
struct LocalActivity
{
    qint64 localId = 0; // stable for the UI, also before the server knows it
    Activity activity;  // local edits applied; activity.id is the server id or 0
    // The last version the server sent; the "theirs" of a conflict.
    std::optional<Activity> server;
    bool serverDeleted = false;  // deleted on the server while an edit was pending
    bool deletedLocally = false; // deleted by the user; the delete is not delivered yet
    bool pending = false;        // changes wait in the outbox
    bool needsAttention = false; // an outbox item failed or is in conflict
    // The server's message for a failed item, readable: field keys are
    // replaced by field names ("Description: is too long").
    QString errorMessage;
    // The same refusal per field, keyed as MOCO names them ("description",
    // "task_id", "base" for the record as a whole); empty unless a 422 said so.
    QMap<QString, QStringList> fieldErrors;

    bool isOnServer() const { return activity.id != 0; }

    // A re-read row equal to the shown one needs no repaint.
    friend bool operator==(const LocalActivity &, const LocalActivity &) = default;
};
