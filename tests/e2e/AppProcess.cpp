// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppProcess.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QRegularExpression>

AppProcess::AppProcess(QProcessEnvironment environment)
{
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("QT_LOGGING_RULES"),
                       QStringLiteral("mocotrack.*.debug=true"));
    // A create the server held is looked for after 0.5 s and 1.5 s, not over
    // MOCO's five minutes (OutboxPolicy::fromEnvironment).
    if (!environment.contains(QStringLiteral("MOCOTRACK_OUTBOX_SETTLE_MS")))
        environment.insert(QStringLiteral("MOCOTRACK_OUTBOX_SETTLE_MS"),
                           QStringLiteral("500,1500"));
    m_process.setProcessEnvironment(environment);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
}

AppProcess::~AppProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QString AppProcess::executable()
{
    return QStringLiteral(MOCOTRACK_APP_PATH);
}

bool AppProcess::start(const QStringList &arguments)
{
    m_process.start(executable(), arguments);
    return m_process.waitForStarted(10000);
}

QRegularExpressionMatch AppProcess::waitForLine(const QString &pattern, int timeoutMs)
{
    const QRegularExpression expression(pattern, QRegularExpression::MultilineOption);
    QDeadlineTimer deadline(timeoutMs);
    while (true) {
        m_stderr += m_process.readAllStandardError();
        const QString text = QString::fromUtf8(m_stderr);
        const QRegularExpressionMatch match = expression.match(text);
        if (match.hasMatch())
            return match;
        if (deadline.hasExpired() || m_process.state() == QProcess::NotRunning) {
            qWarning("no line matching %s; stderr so far:\n%s", qPrintable(pattern),
                     qPrintable(text));
            return {};
        }
        m_process.waitForReadyRead(static_cast<int>(qMin<qint64>(deadline.remainingTime(), 500)));
    }
}

bool AppProcess::waitForFinished(int timeoutMs)
{
    const bool finished = m_process.waitForFinished(timeoutMs);
    m_stderr += m_process.readAllStandardError();
    return finished;
}

QString AppProcess::standardOutput()
{
    return QString::fromUtf8(m_process.readAllStandardOutput());
}

bool processIsAlive(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = stat.readAll();
    // "pid (comm) S …": the state follows the last ')'.
    const qsizetype close = line.lastIndexOf(')');
    return close >= 0 && line.size() > close + 2 && line.at(close + 2) != 'Z';
}
