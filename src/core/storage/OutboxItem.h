// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

// One change waiting to be delivered to MOCO. Items of one entity run in
// order; an item that needs the user (Failed, Conflict) holds back the later
// items of its entity only.
struct OutboxItem
{
    enum class Kind {
        CreateActivity,       // payload: {"activity": local activity}
        UpdateActivity,       // payload: {"before": …, "after": …}
        DeleteActivity,       // payload: {}
        StartTimer,           // payload: {}
        StopTimer,            // payload: {}
        CreatePresence,       // payload: {"presence": …}
        UpdatePresence,       // payload: {"before": …, "after": …}
        DeletePresence,       // payload: {}
        UpdateProjectFields,  // payload: {"changes": values, "base": values as read}
        UpdateCustomerFields, // the same for a customer (localId = its id)
    };
    enum class State {
        Pending,   // not sent yet, or safe to send again
        Sending,   // handed to the network; outcome not known (crash = Uncertain)
        Uncertain, // a create may or may not have arrived: reconcile first
        Failed,    // the server refused it for good; errorMessage says why
        Conflict,  // the server's version changed meanwhile: the user chooses
    };

    qint64 seq = 0;
    Kind kind = Kind::CreateActivity;
    qint64 localId = 0; // of the activity or presence; the project id for fields
    QJsonObject payload;
    // updated_at of the server version the edit was made on; invalid = none.
    QDateTime baseUpdatedAt;
    State state = State::Pending;
    QDateTime firstSentAt;
    QDateTime lastSentAt; // the latest attempt; invalid = never sent
    int attempts = 0;
    QString errorMessage;
    // A refusal's per-field messages (MOCO's field keys, "base" for the record).
    QMap<QString, QStringList> fieldErrors;
    QDateTime createdAt;

    // errorMessage for people: the field messages with translated field
    // names, one per line, when there are any.
    QString readableError() const;

    QString entity() const { return entityOf(kind); }
    bool needsAttention() const { return state == State::Failed || state == State::Conflict; }

    static QString entityOf(Kind kind); // "activity", "presence", "project", "customer"
    static QString kindName(Kind kind);
    static Kind kindFromName(const QString &name);
    static QString stateName(State state);
    static State stateFromName(const QString &name);
    // How fieldErrors are kept in the store: a JSON object, "" for none.
    static QString fieldErrorsToText(const QMap<QString, QStringList> &errors);
    static QMap<QString, QStringList> fieldErrorsFromText(const QString &text);
};
