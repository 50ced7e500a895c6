// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/FakeServerProcess.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QtTest>

FakeServerProcess::FakeServerProcess(QStringList extraArguments)
    : m_arguments(std::move(extraArguments))
{}

FakeServerProcess::~FakeServerProcess()
{
    stop();
}

QString FakeServerProcess::executable()
{
    const QString fromEnvironment = qEnvironmentVariable("MOCOTRACK_FAKESERVER");
    return fromEnvironment.isEmpty() ? QStringLiteral(MOCOTRACK_FAKESERVER_PATH) : fromEnvironment;
}

bool FakeServerProcess::start()
{
    QStringList arguments{QStringLiteral("--port"), QStringLiteral("0")};
    arguments += m_arguments;
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(executable(), arguments);
    if (!m_process.waitForStarted(10000)) {
        qWarning("fake server did not start: %s", qPrintable(m_process.errorString()));
        return false;
    }
    // The first line on stdout is the chosen port, alone.
    QByteArray line;
    while (!line.contains('\n')) {
        if (!m_process.waitForReadyRead(15000)) {
            qWarning("fake server printed no port; stderr: %s",
                     m_process.readAllStandardError().constData());
            return false;
        }
        line += m_process.readAllStandardOutput();
    }
    bool ok = false;
    const uint port = line.left(line.indexOf('\n')).trimmed().toUInt(&ok);
    if (!ok || port == 0 || port > 65535) {
        qWarning("fake server's first line is not a port: %s", line.constData());
        return false;
    }
    m_port = static_cast<quint16>(port);
    return true;
}

void FakeServerProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

void FakeServerProcess::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(5000);
}

QUrl FakeServerProcess::rootUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

QUrl FakeServerProcess::apiBaseUrl() const
{
    QUrl url = rootUrl();
    url.setPath(QStringLiteral("/api/v1"));
    return url;
}

QJsonArray FakeServerProcess::state(const QString &collection, qint64 userId)
{
    QString path = QStringLiteral("/state/") + collection;
    if (userId)
        path += QStringLiteral("?user_id=%1").arg(userId);
    return control("GET", path).object().value(collection).toArray();
}

QJsonDocument FakeServerProcess::control(const QByteArray &method, const QString &path,
                                         const QJsonDocument &body)
{
    QNetworkAccessManager manager;
    QUrl url = rootUrl();
    // The path may carry a query ("/state/activities?user_id=1").
    const qsizetype question = path.indexOf(QLatin1Char('?'));
    url.setPath(QStringLiteral("/__fake") + (question < 0 ? path : path.left(question)));
    if (question >= 0)
        url.setQuery(path.mid(question + 1));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QByteArray payload = body.isNull() ? QByteArray() : body.toJson(QJsonDocument::Compact);
    QNetworkReply *reply = manager.sendCustomRequest(request, method, payload);
    QEventLoop loop; // tests only: a nested loop keeps the helper synchronous
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    if (!reply->isFinished() || reply->error() != QNetworkReply::NoError)
        qWarning("fake server control %s %s failed: %s", method.constData(), qPrintable(path),
                 qPrintable(reply->errorString()));
    const QJsonDocument answer = QJsonDocument::fromJson(reply->readAll());
    reply->deleteLater();
    return answer;
}

QString FakeServerProcess::keyId(const QString &apiKey)
{
    if (apiKey.isEmpty())
        return {};
    return QString::fromLatin1(
        QCryptographicHash::hash(apiKey.toUtf8(), QCryptographicHash::Sha256).toHex().left(12));
}

void FakeServerProcess::closeStdin()
{
    m_process.closeWriteChannel();
}

bool FakeServerProcess::waitForExit(int milliseconds)
{
    if (m_process.state() == QProcess::NotRunning)
        return true;
    return m_process.waitForFinished(milliseconds);
}

bool FakeServerProcess::isRunning() const
{
    return m_process.state() != QProcess::NotRunning;
}

int FakeServerProcess::exitCode() const
{
    return m_process.exitCode();
}

QProcess::ExitStatus FakeServerProcess::exitStatus() const
{
    return m_process.exitStatus();
}

qint64 FakeServerProcess::processId() const
{
    return m_process.processId();
}

QByteArray FakeServerProcess::standardError()
{
    m_stderr += m_process.readAllStandardError();
    return m_stderr;
}
