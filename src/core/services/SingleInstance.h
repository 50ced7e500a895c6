// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLockFile>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <chrono>

class QLocalServer;
class QLocalSocket;

// One running MocoTrack per profile (its data directory). Two processes on
// one profile would both deliver the same outbox: an entry made offline
// reached MOCO twice.
//
// The first process takes a lock file in the data directory and listens on a
// local socket named after that directory; a later launch finds the lock
// taken, hands its command line to the running process over the socket
// (activationRequested() there) and ends. A lock left by a crashed process
// (its PID is gone) is taken over. Demo runs use a folder of their own and do
// not come here.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    enum class Role {
        Primary,   // this process holds the profile
        Secondary, // another live process holds it: hand over
        Unguarded, // the lock file cannot be written (see lockError())
    };

    // How long a second launch tries to reach the running process (it may
    // have just taken the lock and not listen yet, or be busy).
    static constexpr std::chrono::milliseconds defaultPatience{5000};

    explicit SingleInstance(QString dataDirectory, QObject *parent = nullptr);
    ~SingleInstance() override;

    // The app's profile: QStandardPaths::AppDataLocation.
    static QString defaultDirectory();
    // The local socket's name for a data directory: a hash of its absolute
    // path, so two profiles never share one.
    static QString serverNameFor(const QString &dataDirectory);

    QString dataDirectory() const { return m_directory; }
    QString lockFilePath() const;

    // Takes the profile's lock if no live process holds it. Again after
    // Secondary is fine (the holder may have ended).
    Role acquire();
    QLockFile::LockError lockError() const { return m_lock.error(); }

    // Primary only: accepts the command lines of later launches. Removes a
    // socket name a crashed holder left behind (safe: we own the lock).
    bool listen();
    bool isListening() const;

    // Secondary only: sends `arguments` to the running process; handedOver()
    // once it confirmed them, becamePrimary() if it ended meanwhile and this
    // process got the lock, or handOverFailed() after `patience`.
    void handOver(const QStringList &arguments,
                  std::chrono::milliseconds patience = defaultPatience);

signals:
    // In the running process: a later launch with these arguments.
    void activationRequested(const QStringList &arguments);
    void handedOver();
    void becamePrimary();
    void handOverFailed(const QString &reason);

private:
    void onNewConnection();
    void readRequest(QLocalSocket *socket);
    void tryHandOver();
    void dropClient();
    void retryHandOver(const QString &reason);
    void giveUp();

    QString m_directory;
    QLockFile m_lock;
    QLocalServer *m_server = nullptr;
    // The hand-over of a second launch.
    QPointer<QLocalSocket> m_client;
    QByteArray m_message;
    QString m_lastProblem;
    QTimer m_retryTimer;
    QTimer m_giveUpTimer;
};
