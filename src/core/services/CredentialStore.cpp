// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/CredentialStore.h"

#include <qt6keychain/keychain.h>

#include <QPointer>
#include <QTimer>

#include <memory>

namespace {

CredentialStore::Status statusOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return CredentialStore::Status::Ok;
    case QKeychain::EntryNotFound:
        return CredentialStore::Status::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return CredentialStore::Status::Unavailable;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return CredentialStore::Status::AccessDenied;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    return CredentialStore::Status::Failed;
}

} // namespace

CredentialStore::CredentialStore(QObject *parent)
    : QObject(parent)
{}

QString CredentialStore::accountKey(qint64 userId, const QString &host)
{
    return QStringLiteral("%1@%2").arg(userId).arg(host.toLower());
}

void CredentialStore::read(const QString &key, QObject *context, Callback done)
{
    run(Operation::Read, key, {}, context, std::move(done), false);
}

void CredentialStore::write(const QString &key, const QString &secret, QObject *context,
                            Callback done)
{
    run(Operation::Write, key, secret, context, std::move(done), false);
}

void CredentialStore::remove(const QString &key, QObject *context, Callback done)
{
    run(Operation::Remove, key, {}, context, std::move(done), false);
}

void CredentialStore::run(Operation operation, const QString &key, const QString &secret,
                          QObject *context, Callback done, bool isRetry)
{
    QKeychain::Job *job = nullptr;
    switch (operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(m_service, this);
        break;
    case Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_service, this);
        write->setTextData(secret);
        job = write;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(m_service, this);
        break;
    }
    job->setKey(key);
    // Never let QtKeychain write the secret to a settings file instead.
    job->setInsecureFallback(false);
    job->setAutoDelete(true);

    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    // Set once `done` is settled: by the job or by the timeout, whichever first.
    auto settled = std::make_shared<bool>(false);
    QTimer::singleShot(m_timeout, this, [guard, hadContext, done, settled] {
        if (*settled)
            return;
        *settled = true;
        if ((hadContext && !guard) || !done)
            return;
        done(Result{Status::NoAnswer, {}, QStringLiteral("no answer from the keychain")});
    });
    connect(job, &QKeychain::Job::finished, this,
            [this, operation, key, secret, guard, hadContext, done = std::move(done), isRetry,
             settled](QKeychain::Job *finished) {
                if (*settled)
                    return;
                *settled = true;
                Result result;
                result.status = statusOf(finished->error());
                if (!result.ok())
                    result.detail = finished->errorString();
                // On Linux a D-Bus failure (no session bus, no Secret Service
                // on it) reaches us as OtherError: it means no keychain runs.
                if (result.status == Status::Failed &&
                    (result.detail.contains(QLatin1String("D-Bus")) ||
                     result.detail.contains(QLatin1String("DBus")) ||
                     result.detail.contains(QLatin1String("org.freedesktop.secrets"))))
                    result.status = Status::Unavailable;
                else if (operation == Operation::Read)
                    result.secret = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
                // Deleting what is not there is what the caller wanted.
                if (operation == Operation::Remove && result.status == Status::NotFound)
                    result.status = Status::Ok;
                if (result.status == Status::Unavailable && !isRetry) {
                    QTimer::singleShot(m_retryDelay, this,
                                       [this, operation, key, secret, guard, hadContext, done] {
                                           if (hadContext && !guard)
                                               return;
                                           run(operation, key, secret, guard.data(), done, true);
                                       });
                    return;
                }
                if ((hadContext && !guard) || !done)
                    return;
                done(result);
            });
    job->start();
}

QString CredentialStore::explanation(const Result &result)
{
    switch (result.status) {
    case Status::Ok:
    case Status::NotFound:
        return {};
    case Status::Unavailable:
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
        return tr("No keychain service is running, so MocoTrack cannot keep your API key safely. "
                  "Install and unlock GNOME Keyring or KWallet, then sign in again.");
#else
        return tr("The system keychain cannot be reached, so MocoTrack cannot keep your API key "
                  "safely.");
#endif
    case Status::NoAnswer:
        return tr("The keychain does not answer. If it asks for a password, unlock it and try "
                  "again.");
    case Status::AccessDenied:
        return tr("Access to the keychain was denied, so MocoTrack cannot keep your API key. "
                  "Unlock the keychain and allow MocoTrack to use it.");
    case Status::Failed:
        break;
    }
    return tr("The keychain could not store or read your API key (%1).").arg(result.detail);
}
