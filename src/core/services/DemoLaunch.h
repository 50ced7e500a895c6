// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class AccountSession;
class DemoServer;

// `mocotrack --demo` from the first click to the last: starts the demo
// server, signs the session in to its demo account once the server listens
// (the cache in a temporary folder below storeParentDirectory()), says what
// it is doing and what failed, and on retry() does what "try again" means at
// that moment. stop() ends the server the orderly way before the app ends.
//
// Nothing here needs a window: the window shows starting(), connecting()
// and failed().
class DemoLaunch : public QObject
{
    Q_OBJECT
public:
    explicit DemoLaunch(AccountSession *session, QObject *parent = nullptr);
    ~DemoLaunch() override;

    // The server it runs (tests set its executable and arguments here).
    DemoServer *server() const { return m_server; }
    // Where the demo session's cache folder goes. Default: the system's
    // temporary folder.
    void setStoreParentDirectory(const QString &path) { m_storeParent = path; }
    QString storeParentDirectory() const { return m_storeParent; }
    // Whether the demo was asked for in this run.
    bool isRequested() const { return m_requested; }

    // Starts the server; starting(), then connecting() and a demo session,
    // or failed().
    void start();
    // "Try again" (F5 in the window). True when it did something: a server
    // that is gone is started anew (a new server has new data and a new
    // port, so the old session ends), or a running server whose sign-in
    // failed is signed in to again. False when there is nothing to try
    // again: then a refresh is an ordinary sync.
    bool retry();
    // Ends a running server; stopped() follows through the event loop in
    // any case, also when none runs.
    void stop();

signals:
    // The server is being started: `status` says so.
    void starting(const QString &status);
    // The server listens; the session is signing in to the demo account.
    void connecting(const QString &status);
    // A plain, translated sentence: the server did not start or ended, or
    // the demo account's sign-in failed. retry() tries again.
    void failed(const QString &message);
    // After stop(): no server runs any more.
    void stopped();

private:
    void signIn();

    AccountSession *m_session;
    DemoServer *m_server;
    QString m_storeParent;
    bool m_requested = false;
    bool m_stopping = false;
};
