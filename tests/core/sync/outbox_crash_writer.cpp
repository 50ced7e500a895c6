// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Test helper for tst_outboxcrash: commits one local change (activity +
// outbox entry) to the database given as argv[1], says "committed" and then
// waits to be killed (SIGKILL) before anything is sent.
#include "core/domain/ActivityDraft.h"
#include "core/services/SystemClock.h"
#include "core/storage/LocalChanges.h"
#include "core/storage/LocalStore.h"

#include <QCoreApplication>
#include <QDate>
#include <QThread>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 3)
        return 2;
    LocalStore store(QString::fromLocal8Bit(argv[1]));
    if (!store.open())
        return 1;
    SystemClock clock;
    LocalChanges changes(&store, &clock);
    ActivityDraft draft;
    draft.date = QDate::currentDate().addDays(-1);
    draft.projectId = 3100000101;
    draft.taskId = 3200000001;
    draft.seconds = 2700;
    draft.description = QString::fromLocal8Bit(argv[2]);
    if (changes.createActivity(draft) == 0)
        return 1;
    std::puts("committed");
    std::fflush(stdout);
    for (;;)
        QThread::sleep(1);
}
