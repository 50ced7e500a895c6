// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class CredentialStore;
class SingleInstance;

// How this process runs, read from the command line: a demo (beside
// anything: it has a temporary store of its own), a sign-out from the
// command line, or MocoTrack for this profile — unless MocoTrack already runs
// for it; then the arguments go to that instance and this process ends.
// --help and --version end the process in start().
class CommandLineLaunch : public QObject
{
    Q_OBJECT
public:
    explicit CommandLineLaunch(CredentialStore *credentials, QObject *parent = nullptr);

    void start(const QStringList &arguments);

signals:
    void demoRequested();
    // This process is MocoTrack for the profile: sign in and show the window.
    void runRequested();
    // MocoTrack was started again for this profile: show the window.
    void activationRequested();

private:
    // False when another instance has the profile: it hands over (or
    // refuses a sign-out) and ends the process itself.
    bool claimProfile(const QStringList &arguments, bool signingOut);
    void becomePrimary();
    // --sign-out: forgets the stored key and account, then exits.
    void signOut();

    CredentialStore *m_credentials;
    SingleInstance *m_instance = nullptr; // kept for the process's life: it holds the lock
};
