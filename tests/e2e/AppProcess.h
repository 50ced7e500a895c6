// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpressionMatch>
#include <QStringList>

// The real mocotrack executable, run headless (offscreen) with its debug
// output on, so a test can wait for the steps it logs.
class AppProcess
{
public:
    explicit AppProcess(QProcessEnvironment environment = QProcessEnvironment::systemEnvironment());
    ~AppProcess();
    AppProcess(const AppProcess &) = delete;
    AppProcess &operator=(const AppProcess &) = delete;

    static QString executable();

    bool start(const QStringList &arguments);
    // Waits until a line of stderr matches; the match, or an invalid one after
    // the timeout (with everything read so far in a warning).
    QRegularExpressionMatch waitForLine(const QString &pattern, int timeoutMs = 20000);
    // Runs to the end; false when it did not end in time.
    bool waitForFinished(int timeoutMs = 20000);

    qint64 pid() const { return m_process.processId(); }
    QProcess &process() { return m_process; }
    QString standardError() const { return QString::fromUtf8(m_stderr); }
    QString standardOutput();

private:
    QProcess m_process;
    QByteArray m_stderr;
};

// Whether a process exists and is not a zombie (Linux: /proc).
bool processIsAlive(qint64 pid);
