// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QSocketNotifier;

// Turns SIGTERM/SIGINT into a clean QCoreApplication::quit() (exit code 0).
// On Unix through a self-pipe (the only async-signal-safe way to reach the
// event loop); elsewhere by polling a flag set by the handler.
class ShutdownSignals : public QObject
{
    Q_OBJECT
public:
    explicit ShutdownSignals(QObject *parent = nullptr);
    ~ShutdownSignals() override;

private:
    void onSignal();

    QSocketNotifier *m_notifier = nullptr;
};
