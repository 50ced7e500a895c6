// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/CommandLineLaunch.h"

#include "core/services/AccountSettings.h"
#include "core/services/CredentialStore.h"
#include "core/services/SingleInstance.h"
#include "core/sync/UnsentChanges.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

// The end-to-end tests wait for these debug lines (mocotrack.*.debug=true).
Q_LOGGING_CATEGORY(lcLaunch, "mocotrack.launch", QtInfoMsg)

CommandLineLaunch::CommandLineLaunch(CredentialStore *credentials, QObject *parent)
    : QObject(parent)
    , m_credentials(credentials)
{}

void CommandLineLaunch::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("MocoTrack: a native desktop time tracker for MOCO."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        tr("Try MocoTrack with a demo account on a local demo server. Nothing is sent to MOCO."));
    parser.addOption(demoOption);
    const QCommandLineOption signOutOption(
        QStringLiteral("sign-out"),
        tr("Sign out: forget the stored API key and account, then exit."));
    parser.addOption(signOutOption);
    parser.process(arguments);

    // A demo has a temporary store of its own: it runs beside anything.
    if (parser.isSet(demoOption)) {
        emit demoRequested();
        return;
    }
    if (!claimProfile(arguments, parser.isSet(signOutOption)))
        return;
    if (parser.isSet(signOutOption))
        signOut();
    else
        becomePrimary();
}

bool CommandLineLaunch::claimProfile(const QStringList &arguments, bool signingOut)
{
    m_instance = new SingleInstance(SingleInstance::defaultDirectory(), this);
    const SingleInstance::Role role = m_instance->acquire();
    if (role == SingleInstance::Role::Unguarded)
        qCWarning(lcLaunch) << "running without the single-instance guard";
    if (role != SingleInstance::Role::Secondary)
        return true;
    if (signingOut) {
        // Signing out under a running app would leave it sending with a key
        // the keychain no longer has; the user decides there.
        QTextStream(stderr) << tr("MocoTrack is running. Sign out in its window (Account menu), "
                                  "or quit it and run this again.")
                            << Qt::endl;
        QMetaObject::invokeMethod(
            qApp, [] { QCoreApplication::exit(1); }, Qt::QueuedConnection);
        return false;
    }
    connect(m_instance, &SingleInstance::handedOver, this, [] {
        qCDebug(lcLaunch) << "handed over to the running instance";
        QCoreApplication::exit(0);
    });
    connect(m_instance, &SingleInstance::becamePrimary, this, &CommandLineLaunch::becomePrimary);
    connect(m_instance, &SingleInstance::handOverFailed, this,
            [](const QString &reason) {
                QTextStream(stderr)
                    << tr("MocoTrack is already running but cannot be reached: %1").arg(reason)
                    << Qt::endl;
                QCoreApplication::exit(1);
            });
    qCDebug(lcLaunch) << "already running for this profile: handing over";
    m_instance->handOver(arguments);
    return false;
}

void CommandLineLaunch::becomePrimary()
{
    connect(m_instance, &SingleInstance::activationRequested, this,
            &CommandLineLaunch::activationRequested);
    m_instance->listen();
    emit runRequested();
}

void CommandLineLaunch::signOut()
{
    const std::optional<AccountSettings> account = AccountSettings::load();
    if (!account) {
        QTextStream(stdout) << tr("No MOCO account is signed in.") << Qt::endl;
        QMetaObject::invokeMethod(qApp, &QCoreApplication::quit, Qt::QueuedConnection);
        return;
    }
    m_credentials->remove(
        account->credentialKey(), this, [account = *account](const CredentialStore::Result &r) {
            if (!r.ok()) {
                QTextStream(stderr) << tr("The API key could not be removed from the keychain: %1")
                                           .arg(CredentialStore::explanation(r))
                                    << Qt::endl;
                QCoreApplication::exit(1);
                return;
            }
            AccountSettings::clear();
            //: %1 is the user's name, %2 the MOCO address
            QTextStream(stdout) << tr("Signed out %1 (%2).").arg(account.name, account.domain())
                                << Qt::endl;
            // Nothing is discarded without a word: the store stays.
            if (const int unsent = UnsentChanges::countForAccount(account))
                QTextStream(stdout)
                    << tr("%n change(s) had not reached MOCO yet. They stay on this computer "
                          "and are sent when you sign in to this account again.",
                          nullptr, unsent)
                    << Qt::endl;
            QCoreApplication::exit(0);
        });
}
