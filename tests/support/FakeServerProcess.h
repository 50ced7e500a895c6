// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStringList>
#include <QUrl>

// Starts mocotrack-fakeserver as a real process on 127.0.0.1, port 0, and
// stops it when destroyed. Tests then talk real HTTP to it.
//
// The demo credentials below are part of the fake server's seeded data
// (src/fakeserver); the two must agree.
class FakeServerProcess
{
public:
    static constexpr const char *demoEmail = "anna.mueller@example.com";
    static constexpr const char *demoPassword = "demo";
    static constexpr const char *demoApiKey = "a1b2c3d4e5f60718293a4b5c6d7e8f90";
    static constexpr qint64 demoUserId = 4294968001;
    // A staff user: may GET /users and impersonate (X-IMPERSONATE-USER-ID).
    static constexpr const char *staffEmail = "staff@example.com";
    static constexpr const char *staffPassword = "demo";
    static constexpr const char *staffApiKey = "0f1e2d3c4b5a69788796a5b4c3d2e1f0";
    static constexpr qint64 staffUserId = 4294968002;
    // A colleague of the demo user with activities of their own.
    static constexpr const char *colleagueApiKey = "c0ffee00c0ffee00c0ffee00c0ffee03";
    static constexpr qint64 colleagueUserId = 4294968003;

    explicit FakeServerProcess(QStringList extraArguments = {});
    ~FakeServerProcess();
    FakeServerProcess(const FakeServerProcess &) = delete;
    FakeServerProcess &operator=(const FakeServerProcess &) = delete;

    // Starts the server and waits until it printed its port. False (with a
    // QWARN of its stderr) when it did not come up.
    bool start();
    void stop();
    // SIGKILL, for crash scenarios.
    void kill();

    quint16 port() const { return m_port; }
    // http://127.0.0.1:<port>
    QUrl rootUrl() const;
    // http://127.0.0.1:<port>/api/v1
    QUrl apiBaseUrl() const;

    // Synchronous call to the server's test-control endpoints under /__fake/
    // (fault injection, request log, clock). path may carry a query
    // ("/state/activities?user_id=1"). Returns the JSON answer.
    QJsonDocument control(const QByteArray &method, const QString &path,
                          const QJsonDocument &body = {});

    // What the server holds: GET /__fake/state/<collection> ("activities",
    // "presences"), of one user when userId is set.
    QJsonArray state(const QString &collection, qint64 userId = 0);

    static QString executable();
    // The short id under which GET /__fake/requests lists a key ("key").
    static QString keyId(const QString &apiKey);

    // Closes the server's stdin (ends a server started with --exit-with-stdin).
    void closeStdin();
    // Waits until the process has ended; false on timeout.
    bool waitForExit(int milliseconds);
    bool isRunning() const;
    int exitCode() const;
    QProcess::ExitStatus exitStatus() const;
    qint64 processId() const;
    // Everything the server wrote to stderr so far.
    QByteArray standardError();

private:
    QStringList m_arguments;
    QProcess m_process;
    quint16 m_port = 0;
    QByteArray m_stderr;
};
