// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

// --exit-with-stdin: the parent keeps our stdin open while it lives; when it
// exits or crashes the pipe reaches EOF and the server quits, so it can never
// outlive the app that started it.
class StdinWatcher : public QObject
{
    Q_OBJECT
public:
    explicit StdinWatcher(QObject *parent = nullptr);

    // Starts a detached reader thread: a blocking read works the same for
    // pipes, files and consoles on every platform.
    void start();

signals:
    void endOfInput();
};
