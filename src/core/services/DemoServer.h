// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <chrono>

// Runs mocotrack-fakeserver as a child process for `mocotrack --demo`.
//
// The server is told to exit when its stdin reaches end-of-file
// (--exit-with-stdin): our end of that pipe closes whenever this process ends,
// however it ends, so the server never outlives the app. On Linux the child
// additionally asks the kernel for SIGTERM when its parent dies.
//
// Everything is asynchronous: start() returns at once, started() or failed()
// follows through the event loop.
class DemoServer : public QObject
{
    Q_OBJECT
public:
    enum class State { NotRunning, Starting, Running, Stopping };
    Q_ENUM(State)

    // The demo account in the server's seeded data (tests/support has the same).
    static constexpr const char *demoEmail = "anna.mueller@example.com";
    static constexpr const char *demoPassword = "demo";

    explicit DemoServer(QObject *parent = nullptr);
    // Stops a server that is still running (blocking briefly; see the .cpp).
    ~DemoServer() override;

    // The MOCOTRACK_FAKESERVER environment variable when set, else
    // mocotrack-fakeserver next to the running executable (on macOS also next
    // to the .app bundle). Empty when there is none.
    static QString locateExecutable();

    // Overrides locateExecutable(), e.g. for tests.
    void setExecutable(const QString &path);
    // Passed after the fixed arguments (--port 0 --exit-with-stdin).
    void setExtraArguments(const QStringList &arguments);
    // How long the server may take to print its port. Default 20 s.
    void setStartTimeout(std::chrono::milliseconds timeout);

    void start();
    // Closes the server's stdin (it exits by itself), and kills it if it has
    // not gone after a grace period. stopped() follows.
    void stop();

    State state() const { return m_state; }
    quint16 port() const { return m_port; }
    qint64 processId() const;
    // http://127.0.0.1:<port>/api/v1; invalid until started().
    QUrl apiBaseUrl() const;

signals:
    void started(quint16 port);
    // A plain, translated sentence: the server is missing, did not start, or
    // ended unexpectedly.
    void failed(const QString &message);
    // The server is gone after stop(), a failure or a crash (not emitted
    // when it never ran, unless stop() was waiting for it).
    void stopped();

private:
    void onReadyReadStandardOutput();
    void onReadyReadStandardError();
    void onErrorOccurred(QProcess::ProcessError error);
    void onFinished(int exitCode, QProcess::ExitStatus exitStatus);
    void onStartTimeout();
    void fail(const QString &message);
    QString lastErrorLine() const;

    QProcess *m_process = nullptr;
    QTimer m_startTimer;
    QTimer m_killTimer;
    QString m_executable;
    QStringList m_extraArguments;
    QByteArray m_stdoutBuffer;
    QByteArray m_stderrTail;
    State m_state = State::NotRunning;
    quint16 m_port = 0;
};
