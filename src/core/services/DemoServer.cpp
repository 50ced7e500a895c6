// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/DemoServer.h"

#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QStandardPaths>

#if defined(Q_OS_LINUX)
#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>
#endif

Q_LOGGING_CATEGORY(lcDemoServer, "mocotrack.demo", QtInfoMsg)

namespace {
constexpr auto executableName = "mocotrack-fakeserver";
constexpr qsizetype stderrTailLimit = 4096;
constexpr std::chrono::milliseconds killGracePeriod{3000};
} // namespace

DemoServer::DemoServer(QObject *parent)
    : QObject(parent)
{
    m_startTimer.setSingleShot(true);
    m_startTimer.setInterval(std::chrono::milliseconds{20000});
    connect(&m_startTimer, &QTimer::timeout, this, &DemoServer::onStartTimeout);
    m_killTimer.setSingleShot(true);
    m_killTimer.setInterval(killGracePeriod);
    connect(&m_killTimer, &QTimer::timeout, this, [this] {
        if (m_process)
            m_process->kill();
    });
}

DemoServer::~DemoServer()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    // Only reached when the app is torn down without the asynchronous stop()
    // (the normal quit path waits for stopped()). The event loop may already be
    // gone, so reaping the child right here is the only way not to leave it
    // behind; QProcess's own destructor would do the same wait after a kill.
    m_process->disconnect(this);
    m_process->closeWriteChannel();
    if (!m_process->waitForFinished(static_cast<int>(killGracePeriod.count()))) {
        m_process->kill();
        m_process->waitForFinished(static_cast<int>(killGracePeriod.count()));
    }
}

QString DemoServer::locateExecutable()
{
    const QString fromEnvironment = qEnvironmentVariable("MOCOTRACK_FAKESERVER");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    QStringList directories{QCoreApplication::applicationDirPath()};
#if defined(Q_OS_MACOS)
    // MocoTrack.app/Contents/MacOS/mocotrack: the build tree puts the server
    // beside the bundle, not inside it.
    directories << QDir::cleanPath(QCoreApplication::applicationDirPath() +
                                   QStringLiteral("/../../.."));
#endif
    return QStandardPaths::findExecutable(QString::fromLatin1(executableName), directories);
}

void DemoServer::setExecutable(const QString &path)
{
    m_executable = path;
}

void DemoServer::setExtraArguments(const QStringList &arguments)
{
    m_extraArguments = arguments;
}

void DemoServer::setStartTimeout(std::chrono::milliseconds timeout)
{
    m_startTimer.setInterval(timeout);
}

void DemoServer::start()
{
    if (m_state != State::NotRunning)
        return;
    const QString executable = m_executable.isEmpty() ? locateExecutable() : m_executable;
    if (executable.isEmpty()) {
        // Delivered through the event loop like every other outcome.
        QMetaObject::invokeMethod(
            this,
            [this] {
                emit failed(tr("The demo server (%1) is missing: it should be installed next to "
                               "MocoTrack.")
                                .arg(QString::fromLatin1(executableName)));
            },
            Qt::QueuedConnection);
        return;
    }

    if (m_process)
        m_process->deleteLater();
    m_process = new QProcess(this);
    m_stdoutBuffer.clear();
    m_stderrTail.clear();
    m_port = 0;
    m_process->setProgram(executable);
    m_process->setArguments(QStringList{QStringLiteral("--port"), QStringLiteral("0"),
                                        QStringLiteral("--exit-with-stdin")} +
                            m_extraArguments);
#if defined(Q_OS_LINUX)
    // Belt and braces next to --exit-with-stdin. The death signal is tied to
    // the thread that forks: start() runs on the main thread, which lives as
    // long as the app. If the parent died before prctl() took effect, the
    // child would never get the signal, so it leaves at once.
    const pid_t parentPid = ::getpid();
    m_process->setChildProcessModifier([parentPid] {
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() != parentPid)
            ::_exit(127);
    });
#endif
    connect(m_process, &QProcess::readyReadStandardOutput, this,
            &DemoServer::onReadyReadStandardOutput);
    connect(m_process, &QProcess::readyReadStandardError, this,
            &DemoServer::onReadyReadStandardError);
    // Queued: on some platforms a program that cannot start is reported from
    // inside QProcess::start(), and callers expect every outcome later.
    connect(m_process, &QProcess::errorOccurred, this, &DemoServer::onErrorOccurred,
            Qt::QueuedConnection);
    connect(m_process, &QProcess::finished, this, &DemoServer::onFinished);

    m_state = State::Starting;
    m_startTimer.start();
    qCDebug(lcDemoServer) << "starting" << executable;
    m_process->start(QIODevice::ReadWrite);
}

void DemoServer::stop()
{
    if (!m_process || m_state == State::NotRunning || m_state == State::Stopping)
        return;
    m_startTimer.stop();
    m_state = State::Stopping;
    m_process->closeWriteChannel();
    m_killTimer.start();
}

qint64 DemoServer::processId() const
{
    return m_process ? m_process->processId() : 0;
}

QUrl DemoServer::apiBaseUrl() const
{
    if (m_state != State::Running)
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    url.setPath(QStringLiteral("/api/v1"));
    return url;
}

void DemoServer::onReadyReadStandardOutput()
{
    // Always drain stdout: a full pipe would block the server.
    const QByteArray data = m_process->readAllStandardOutput();
    if (m_state != State::Starting)
        return;
    m_stdoutBuffer += data;
    const qsizetype newline = m_stdoutBuffer.indexOf('\n');
    if (newline < 0)
        return;
    bool ok = false;
    const uint port = m_stdoutBuffer.left(newline).trimmed().toUInt(&ok);
    m_stdoutBuffer.clear();
    if (!ok || port == 0 || port > 65535) {
        fail(tr("The demo server did not report the port it listens on."));
        return;
    }
    m_startTimer.stop();
    m_port = static_cast<quint16>(port);
    m_state = State::Running;
    qCDebug(lcDemoServer).nospace()
        << "demo server listening on port " << m_port << ", pid " << m_process->processId();
    emit started(m_port);
}

void DemoServer::onReadyReadStandardError()
{
    m_stderrTail += m_process->readAllStandardError();
    if (m_stderrTail.size() > stderrTailLimit)
        m_stderrTail = m_stderrTail.right(stderrTailLimit);
}

void DemoServer::onErrorOccurred(QProcess::ProcessError error)
{
    // Crashes and exits arrive through finished() as well; only a process
    // that never ran has nothing else to report.
    if (error != QProcess::FailedToStart)
        return;
    const State previous = m_state;
    m_startTimer.stop();
    m_killTimer.stop();
    m_state = State::NotRunning;
    if (previous == State::Stopping) {
        // stop() came first; whoever waits for the end gets it.
        emit stopped();
        return;
    }
    emit failed(tr("The demo server could not be started (%1).").arg(m_process->errorString()));
}

void DemoServer::onFinished(int exitCode, QProcess::ExitStatus exitStatus)
{
    const State previous = m_state;
    m_startTimer.stop();
    m_killTimer.stop();
    m_state = State::NotRunning;
    m_port = 0;
    qCDebug(lcDemoServer) << "demo server ended; exit code" << exitCode << "status" << exitStatus;
    if (previous == State::Starting) {
        const QString detail = lastErrorLine();
        emit failed(detail.isEmpty()
                        ? tr("The demo server stopped before it was ready.")
                        : tr("The demo server stopped before it was ready: %1").arg(detail));
    } else if (previous == State::Running) {
        emit failed(tr("The demo server stopped unexpectedly."));
    }
    emit stopped();
}

void DemoServer::onStartTimeout()
{
    fail(tr("The demo server did not get ready in time."));
}

void DemoServer::fail(const QString &message)
{
    m_startTimer.stop();
    m_state = State::Stopping;
    m_process->kill();
    emit failed(message);
}

QString DemoServer::lastErrorLine() const
{
    const QList<QByteArray> lines = m_stderrTail.trimmed().split('\n');
    return lines.isEmpty() ? QString() : QString::fromLocal8Bit(lines.constLast()).trimmed();
}
