// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/StdinWatcher.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>

#include <cstdio>
#include <thread>

StdinWatcher::StdinWatcher(QObject *parent)
    : QObject(parent)
{}

void StdinWatcher::start()
{
    QPointer<StdinWatcher> self(this);
    // Detached: at exit the thread may still block in fread(), which must not
    // hold up the process.
    std::thread([self]() {
        char buffer[256];
        while (std::fread(buffer, 1, sizeof buffer, stdin) > 0) {
        }
        QMetaObject::invokeMethod(
            qApp,
            [self]() {
                if (self)
                    emit self->endOfInput();
            },
            Qt::QueuedConnection);
    }).detach();
}
