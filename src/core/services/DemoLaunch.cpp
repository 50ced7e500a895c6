// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/DemoLaunch.h"

#include "core/api/ApiErrorText.h"
#include "core/services/AccountSession.h"
#include "core/services/DemoServer.h"

#include <QDir>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcDemoServer)

DemoLaunch::DemoLaunch(AccountSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_server(new DemoServer(this))
    , m_storeParent(QDir::tempPath())
{
    connect(m_server, &DemoServer::started, this, &DemoLaunch::signIn);
    connect(m_server, &DemoServer::failed, this, [this](const QString &message) {
        qCWarning(lcDemoServer).noquote() << message;
        emit failed(message);
    });
    connect(m_server, &DemoServer::stopped, this, [this] {
        if (m_stopping)
            emit stopped();
    });
    connect(m_session, &AccountSession::signInFailed, this, [this](const ApiError &error) {
        // Only the demo's own sign-in: an account's is the sign-in dialog's to say.
        if (!m_requested)
            return;
        const QString message =
            tr("Could not sign in to the demo account. %1").arg(ApiErrorText::message(error));
        qCWarning(lcDemoServer).noquote() << message;
        emit failed(message);
    });
}

DemoLaunch::~DemoLaunch() = default;

void DemoLaunch::start()
{
    m_requested = true;
    emit starting(tr("Starting the demo server…"));
    m_server->start();
}

bool DemoLaunch::retry()
{
    if (!m_requested || m_stopping)
        return false;
    if (m_server->state() == DemoServer::State::NotRunning) {
        m_session->end();
        start();
        return true;
    }
    if (!m_session->dataLayer() && !m_session->isSigningIn() &&
        m_server->state() == DemoServer::State::Running) {
        signIn();
        return true;
    }
    return false;
}

void DemoLaunch::stop()
{
    m_stopping = true;
    if (m_server->state() == DemoServer::State::NotRunning) {
        QMetaObject::invokeMethod(this, &DemoLaunch::stopped, Qt::QueuedConnection);
        return;
    }
    // A server already stopping after a failure ends too; stopped() follows.
    m_server->stop();
}

void DemoLaunch::signIn()
{
    emit connecting(tr("Signing in to the demo account…"));
    m_session->startDemo(m_server->apiBaseUrl(), m_storeParent);
}
