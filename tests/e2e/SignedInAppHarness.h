// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/services/AccountSettings.h"
#include "core/services/CredentialStore.h"
#include "core/storage/OutboxItem.h"
#include "support/FakeServerProcess.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

class AppProcess;

// The real app signed in to a real account (settings + API key in the
// keychain, as after a sign-in) that points at a fake server started here.
// Config and data live in a temporary XDG_CONFIG_HOME / XDG_DATA_HOME shared
// with the app. Needs a Secret Service (.ci/headless-session); skips without
// one unless MOCOTRACK_REQUIRE_KEYCHAIN=1.
//
// initTestCase(), init() and cleanupTestCase() are meant to be called from
// the test's slots of the same names; they use Qt Test's macros.
class SignedInAppHarness
{
public:
    static constexpr qint64 projectId = 3100000101;
    static constexpr qint64 taskId = 3200000001;

    SignedInAppHarness();
    SignedInAppHarness(const SignedInAppHarness &) = delete;
    SignedInAppHarness &operator=(const SignedInAppHarness &) = delete;

    // Starts the server and signs the demo user in; fails or skips the test
    // case when that is impossible. ready() tells the caller whether to go on.
    void initTestCase();
    bool ready() const { return m_ready; }
    // A fresh server state and no local store for the account.
    void init();
    void cleanupTestCase();

    // Everything a test depends on must be there (set where the headless
    // session runs the tests): no skipping.
    static bool requireEverything();

    FakeServerProcess &server() { return m_server; }
    static QString userName();
    // The day offline changes are booked on (yesterday).
    QDate day() const { return m_day; }
    // The app's local store of the account.
    QString storePath() const;

    // The state the app leaves behind when it dies right after its local
    // commit: the activity and its outbox entry, nothing sent. Its local id.
    qint64 commitOffline(const QString &description);
    QList<QJsonObject> serverActivities(const QString &description);
    // Every request the server received, answered or not.
    QJsonArray requests();
    // How many POSTs to path (e.g. "/api/v1/activities") the server received;
    // with field, only those whose log entry has it as value ("fault" =
    // "hang", "status" = "200").
    int countPosts(const QString &path, const QString &field = {}, const QString &value = {});
    // Queues one fault; the server's answer (empty when it refused).
    QJsonObject queueFault(const QJsonObject &fault);
    QList<OutboxItem> outboxAfterwards();

    bool startSignedIn(AppProcess &app, const QStringList &arguments = {});
    static bool endGracefully(AppProcess &app);
    static void killHard(AppProcess &app);

private:
    CredentialStore::Result runKeychain(bool write);

    QTemporaryDir m_home;
    FakeServerProcess m_server;
    CredentialStore m_keychain;
    AccountSettings m_account;
    QDate m_day;
    bool m_ready = false;
};
