// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Test helper for tst_singleinstance and tst_outboxlock: another process on
// the same profile or store.
//   lock_holder instance <data dir> [--no-listen] [arguments…]
//     takes the profile (prints "primary", then "received: a|b|c" for every
//     later launch) or hands the arguments over to the running one (prints
//     "handed over" and exits 0; exits 1 when that failed);
//   lock_holder outbox <database path>
//     takes the outbox lock: prints "held" or "held elsewhere".
// Either way it then waits to be killed.
#include "core/services/SingleInstance.h"
#include "core/storage/OutboxLock.h"

#include <QCoreApplication>
#include <QTextStream>

namespace {

void say(const QString &line)
{
    QTextStream(stdout) << line << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.size() < 2)
        return 2;
    const QString mode = arguments.takeFirst();
    const QString path = arguments.takeFirst();
    if (mode == QLatin1String("outbox")) {
        OutboxLock lock(path);
        say(lock.tryLock() == OutboxLock::Status::Held ? QStringLiteral("held")
                                                       : QStringLiteral("held elsewhere"));
        return QCoreApplication::exec();
    }
    const bool listen = !arguments.removeAll(QStringLiteral("--no-listen"));
    SingleInstance instance(path);
    QObject::connect(&instance, &SingleInstance::activationRequested, &app,
                     [](const QStringList &received) {
                         say(QStringLiteral("received: ") + received.join(QLatin1Char('|')));
                     });
    const auto becomePrimary = [&instance, listen] {
        if (listen)
            instance.listen();
        say(QStringLiteral("primary"));
    };
    QObject::connect(&instance, &SingleInstance::becamePrimary, &app, becomePrimary);
    QObject::connect(&instance, &SingleInstance::handedOver, &app, [] {
        say(QStringLiteral("handed over"));
        QCoreApplication::exit(0);
    });
    QObject::connect(&instance, &SingleInstance::handOverFailed, &app, [](const QString &reason) {
        say(QStringLiteral("failed: ") + reason);
        QCoreApplication::exit(1);
    });
    switch (instance.acquire()) {
    case SingleInstance::Role::Primary:
        becomePrimary();
        break;
    case SingleInstance::Role::Secondary:
        instance.handOver(arguments);
        break;
    case SingleInstance::Role::Unguarded:
        say(QStringLiteral("unguarded"));
        return 3;
    }
    return QCoreApplication::exec();
}
