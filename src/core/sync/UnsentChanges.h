// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

struct AccountSettings;
class LocalStore;

// One change that has not reached MOCO: what the user is asked about before
// signing out, going back to themselves or quitting.
struct UnsentChange
{
    qint64 seq = 0;
    QString subject;  // e.g. "New activity: 26 November 2026 · Acme · Dev · Review · 1:30"
    QString actingAs; // the colleague it was made for; empty = the user
    bool needsAttention = false; // MOCO refused it or it conflicts: sending first cannot help

    friend bool operator==(const UnsentChange &, const UnsentChange &) = default;
};

// Reads the unsent changes of a store: every outbox item, oldest first.
class UnsentChanges
{
public:
    static QList<UnsentChange> in(LocalStore *store, const QString &actingAs = {});
    // How many changes wait in the stores of an account (its own and those
    // kept for colleagues), opening each store briefly.
    static int countForAccount(const AccountSettings &account);
};
