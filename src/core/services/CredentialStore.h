// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <chrono>
#include <functional>

// The API key in the operating system's keychain (QtKeychain: Secret Service,
// KWallet, Windows Credential Manager, macOS Keychain), under the service
// "MocoTrack" and the key "<user id>@<host>".
//
// There is deliberately no plain-text fallback: when no keychain can be
// reached the caller is told so (Status::Unavailable) and decides what to do
// (keep the key in memory for this session only). A keychain that is not
// there yet is retried once after retryDelay(): on Linux the Secret Service
// often starts a little after the desktop session.
//
// Secrets are never logged; errors carry QtKeychain's message, which never
// contains the secret.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    enum class Status {
        Ok,
        NotFound,     // nothing stored under this key
        Unavailable,  // no keychain service running, or it is locked
        AccessDenied, // the user or the system refused access
        NoAnswer,     // the keychain did not answer within timeout()
        Failed,       // anything else
    };
    Q_ENUM(Status)

    struct Result
    {
        Status status = Status::Ok;
        QString secret; // only from read(), only with Status::Ok
        QString detail; // the keychain's own (untranslated) message

        bool ok() const { return status == Status::Ok; }
    };
    using Callback = std::function<void(const Result &)>;

    static constexpr const char *defaultService = "MocoTrack";

    explicit CredentialStore(QObject *parent = nullptr);

    // "<user id>@<host>", e.g. "4294968001@acme.mocoapp.com".
    static QString accountKey(qint64 userId, const QString &host);

    void setService(const QString &service) { m_service = service; }
    QString service() const { return m_service; }
    void setRetryDelay(std::chrono::milliseconds delay) { m_retryDelay = delay; }
    std::chrono::milliseconds retryDelay() const { return m_retryDelay; }
    // A keychain that hangs (a D-Bus service that never answers, an unlock
    // prompt nobody sees) gets NoAnswer after this long; a late answer is
    // then ignored.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }

    // `done` runs once, through the event loop, unless `context` is gone.
    void read(const QString &key, QObject *context, Callback done);
    void write(const QString &key, const QString &secret, QObject *context, Callback done);
    void remove(const QString &key, QObject *context, Callback done);

    // A plain, translated explanation of a failed result, for the user.
    static QString explanation(const Result &result);

private:
    enum class Operation { Read, Write, Remove };
    void run(Operation operation, const QString &key, const QString &secret, QObject *context,
             Callback done, bool isRetry);

    QString m_service = QString::fromLatin1(defaultService);
    std::chrono::milliseconds m_retryDelay{1500};
    std::chrono::milliseconds m_timeout{15000};
};
