// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/SingleInstance.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFileInfo>
#include <QIODevice>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QtEndian>

Q_LOGGING_CATEGORY(lcSingleInstance, "mocotrack.instance", QtInfoMsg)

namespace {

// A hand-over: magic, payload length (big endian), the arguments as a
// QDataStream QStringList. The running process answers one byte.
constexpr char magic[4] = {'M', 'T', 'a', '1'};
constexpr qsizetype headerSize = 8;
// A command line is short; anything longer is not one of ours.
constexpr quint32 maxPayload = 64 * 1024;
constexpr char ack = 'k';
constexpr std::chrono::milliseconds retryInterval{100};
// A peer that connects and says nothing is dropped after this.
constexpr std::chrono::milliseconds peerTimeout{5000};

QString lockFileIn(const QString &directory)
{
    return directory + QStringLiteral("/instance.lock");
}

QByteArray encode(const QStringList &arguments)
{
    QByteArray payload;
    QDataStream stream(&payload, QIODevice::WriteOnly);
    stream.setVersion(QDataStream::Qt_6_0);
    stream << arguments;
    QByteArray message(magic, sizeof magic);
    char length[4];
    qToBigEndian(static_cast<quint32>(payload.size()), length);
    message.append(length, sizeof length);
    return message + payload;
}

} // namespace

SingleInstance::SingleInstance(QString dataDirectory, QObject *parent)
    : QObject(parent)
    , m_directory(QDir::cleanPath(QFileInfo(dataDirectory).absoluteFilePath()))
    , m_lock(lockFileIn(m_directory))
{
    // Only a dead PID makes the lock stale: a running instance may go on for
    // weeks without touching the file.
    m_lock.setStaleLockTime(0);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &SingleInstance::tryHandOver);
    m_giveUpTimer.setSingleShot(true);
    connect(&m_giveUpTimer, &QTimer::timeout, this, &SingleInstance::giveUp);
}

SingleInstance::~SingleInstance()
{
    dropClient();
    if (m_server)
        m_server->close();
}

QString SingleInstance::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString SingleInstance::serverNameFor(const QString &dataDirectory)
{
    const QString path = QDir::cleanPath(QFileInfo(dataDirectory).absoluteFilePath());
    // Short enough for a Unix socket path in the temp folder.
    return QStringLiteral("MocoTrack-") +
           QString::fromLatin1(QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha256)
                                   .toHex()
                                   .left(24));
}

QString SingleInstance::lockFilePath() const
{
    return lockFileIn(m_directory);
}

SingleInstance::Role SingleInstance::acquire()
{
    if (m_lock.isLocked())
        return Role::Primary;
    QDir().mkpath(m_directory);
    // tryLock removes a stale lock (dead PID) and takes it.
    if (m_lock.tryLock(0))
        return Role::Primary;
    if (m_lock.error() == QLockFile::LockFailedError)
        return Role::Secondary;
    qCWarning(lcSingleInstance).noquote()
        << "cannot create the instance lock" << lockFilePath() << "error" << m_lock.error();
    return Role::Unguarded;
}

bool SingleInstance::listen()
{
    if (!m_lock.isLocked())
        return false;
    if (m_server && m_server->isListening())
        return true;
    const QString name = serverNameFor(m_directory);
    // A crashed holder's socket is still in the file system; with the lock
    // ours, nobody else can be listening on it.
    QLocalServer::removeServer(name);
    if (!m_server) {
        m_server = new QLocalServer(this);
        m_server->setSocketOptions(QLocalServer::UserAccessOption);
        connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    }
    if (!m_server->listen(name)) {
        qCWarning(lcSingleInstance).noquote()
            << "cannot listen for later launches:" << m_server->errorString();
        return false;
    }
    qCDebug(lcSingleInstance).noquote() << "listening for later launches as" << name;
    return true;
}

bool SingleInstance::isListening() const
{
    return m_server && m_server->isListening();
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readRequest(socket); });
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(peerTimeout, socket, &QLocalSocket::abort);
        // Bytes may have arrived with the connection.
        if (socket->bytesAvailable() > 0)
            readRequest(socket);
    }
}

void SingleInstance::readRequest(QLocalSocket *socket)
{
    if (socket->bytesAvailable() < headerSize)
        return;
    const QByteArray header = socket->peek(headerSize);
    const quint32 length = qFromBigEndian<quint32>(header.constData() + sizeof magic);
    if (!header.startsWith(QByteArray(magic, sizeof magic)) || length > maxPayload) {
        qCWarning(lcSingleInstance) << "ignoring a malformed hand-over";
        socket->abort();
        return;
    }
    if (socket->bytesAvailable() < headerSize + length)
        return;
    socket->skip(headerSize);
    const QByteArray payload = socket->read(length);
    QDataStream stream(payload);
    stream.setVersion(QDataStream::Qt_6_0);
    QStringList arguments;
    stream >> arguments;
    if (stream.status() != QDataStream::Ok) {
        qCWarning(lcSingleInstance) << "ignoring a malformed hand-over";
        socket->abort();
        return;
    }
    // Confirmed first: the other process can end while this one reacts.
    socket->write(&ack, 1);
    socket->flush();
    socket->disconnectFromServer();
    qCDebug(lcSingleInstance) << "a later launch handed over" << arguments.size() << "arguments";
    emit activationRequested(arguments);
}

void SingleInstance::handOver(const QStringList &arguments, std::chrono::milliseconds patience)
{
    m_message = encode(arguments);
    m_lastProblem.clear();
    m_giveUpTimer.start(patience);
    m_retryTimer.start(0);
}

void SingleInstance::tryHandOver()
{
    dropClient();
    // The holder may have ended since (it was quitting): then this process
    // is the one to run.
    if (acquire() == Role::Primary) {
        m_giveUpTimer.stop();
        qCDebug(lcSingleInstance) << "the running instance ended; this one takes over";
        emit becamePrimary();
        return;
    }
    auto *socket = new QLocalSocket(this);
    m_client = socket;
    connect(socket, &QLocalSocket::connected, this,
            [socket, message = m_message] { socket->write(message); });
    connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
        if (!socket->read(1).startsWith(ack))
            return;
        m_giveUpTimer.stop();
        dropClient();
        emit handedOver();
    });
    connect(socket, &QLocalSocket::errorOccurred, this,
            [this, socket](QLocalSocket::LocalSocketError error) {
                // Qt calls a socket nobody listens on an "invalid name".
                const bool nobodyListens = error == QLocalSocket::ServerNotFoundError ||
                                           error == QLocalSocket::ConnectionRefusedError;
                retryHandOver(nobodyListens ? tr("no answer") : socket->errorString());
            });
    connect(socket, &QLocalSocket::disconnected, this,
            [this] { retryHandOver(tr("the running MocoTrack closed the connection")); });
    socket->connectToServer(serverNameFor(m_directory));
}

void SingleInstance::dropClient()
{
    if (!m_client)
        return;
    m_client->disconnect(this);
    m_client->abort();
    m_client->deleteLater();
    m_client = nullptr;
}

void SingleInstance::retryHandOver(const QString &reason)
{
    m_lastProblem = reason;
    dropClient();
    if (m_giveUpTimer.isActive())
        m_retryTimer.start(retryInterval);
}

void SingleInstance::giveUp()
{
    m_retryTimer.stop();
    dropClient();
    if (m_lastProblem.isEmpty())
        m_lastProblem = tr("no answer");
    qCWarning(lcSingleInstance).noquote() << "hand-over failed:" << m_lastProblem;
    emit handOverFailed(m_lastProblem);
}
