// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// What became of one action the user asked for, for the widget that asked:
// on Done it may clear its input and select localId; otherwise it keeps what
// the user typed and shows `message` (already translated).
struct ActionResult
{
    enum class Status {
        Done,
        Refused,     // against a rule (0:00, a billed activity, a timer on another day)
        NotFound,    // the row is gone (a sync removed it meanwhile)
        StoreFailed, // the local database refused the write
    };

    Status status = Status::Done;
    qint64 localId = 0; // the row it made or changed
    QString message;    // Done: for an undo bar (may be empty); otherwise why not
    QString field;      // a refusal about one field: MOCO's name of it ("seconds")

    bool ok() const { return status == Status::Done; }

    static ActionResult done(qint64 localId, QString message = {})
    {
        return {Status::Done, localId, std::move(message), {}};
    }
    static ActionResult failed(Status status, QString message, QString field = {})
    {
        return {status, 0, std::move(message), std::move(field)};
    }
};
