// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/FakeServer.h"
#include "fakeserver/FakeServerOptions.h"
#include "fakeserver/ShutdownSignals.h"
#include "fakeserver/StdinWatcher.h"
#include "fakeserver/seed/SeedData.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mocotrack-fakeserver"));
    QCoreApplication::setApplicationVersion(QStringLiteral("1"));

    QString error;
    const std::optional<FakeServerOptions> options =
        FakeServerOptions::parse(QCoreApplication::arguments(), &error);
    if (!options) {
        std::fprintf(stderr, "mocotrack-fakeserver: %s\n", qPrintable(error));
        return 2;
    }

    ShutdownSignals shutdownSignals;
    StdinWatcher stdinWatcher;
    if (options->exitWithStdin) {
        QObject::connect(&stdinWatcher, &StdinWatcher::endOfInput, &app, &QCoreApplication::quit);
        stdinWatcher.start();
    }

    FakeServer server(*options);
    const quint16 port = server.start(&error);
    if (port == 0) {
        std::fprintf(stderr, "mocotrack-fakeserver: %s\n", qPrintable(error));
        return 1;
    }
    // The port alone on the first stdout line: the contract with the tests
    // and the app's demo mode.
    std::printf("%u\n", unsigned(port));
    std::fflush(stdout);
    std::fprintf(stderr,
                 "mocotrack-fakeserver: listening on http://%s:%u/api/v1 (demo sign-in %s / %s)\n",
                 qPrintable(options->bind.toString()), unsigned(port), SeedData::demoEmail,
                 SeedData::password);
    return QCoreApplication::exec();
}
