// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QSocketNotifier;

// Turns SIGTERM, SIGINT and SIGHUP (a session logout, Ctrl+C in a terminal,
// `kill`) into terminationRequested(), delivered through the event loop, so
// the app shuts down the normal way: child processes stopped, data written.
// After the first such signal the previous handling is restored, so a second
// one ends a stuck shutdown at once.
//
// Unix only; elsewhere it never emits. At most one instance may exist.
class TerminationSignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit TerminationSignalWatcher(QObject *parent = nullptr);
    ~TerminationSignalWatcher() override;

    // False when the platform has no such signals or the set-up failed.
    bool isActive() const;

signals:
    void terminationRequested(int signalNumber);

private:
    void onActivated();
    void restoreDefaults();

    QSocketNotifier *m_notifier = nullptr;
};
