// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

#include <optional>

// The signed-in account's non-secret data, kept in QSettings (group
// "account"). The API key is never here: it lives in the keychain
// (CredentialStore) under credentialKey().
struct AccountSettings
{
    QUrl baseUrl; // e.g. https://acme.mocoapp.com/api/v1
    qint64 userId = 0;
    QString name;
    QString email;

    bool isValid() const { return baseUrl.isValid() && userId > 0; }
    // "<user id>@<host>[:<port>]", the keychain key of this account.
    QString credentialKey() const;
    // "<host>[:<port>]/<user id>", the key of this account's local store
    // (LocalStore::defaultPath); a staff user acting as a colleague keeps
    // that colleague's data under colleagueStoreKey() beside it.
    QString storeKey() const;
    QString colleagueStoreKey(qint64 colleagueId) const;
    // What the user would type to reach this account again: the
    // *.mocoapp.com host, or the whole address of any other server.
    QString domain() const;

    // From the application's default QSettings; nullopt when none is stored.
    static std::optional<AccountSettings> load();
    void save() const;
    static void clear();

    friend bool operator==(const AccountSettings &, const AccountSettings &) = default;
};
