// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakeserver/faults/DelayRule.h"

#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The command line of mocotrack-fakeserver (see --help).
struct FakeServerOptions
{
    quint16 port = 0;
    QHostAddress bind = QHostAddress(QHostAddress::LocalHost);
    bool rateLimited = true;
    int rateRequests = 15;
    qint64 rateWindowMs = 15000;
    QString dataDir;
    bool strictCustomFields = true;
    quint64 seed = 0;
    int latencyMs = 0;
    double errorRate = 0;
    double malformedRate = 0;
    double dropRate = 0;
    double portalRate = 0;
    QList<DelayRule> delays; // --latency-for, --answer-delay-for
    bool exitWithStdin = false;
    bool verbose = false;

    // Parses arguments (argv without the program name is not expected: pass
    // QCoreApplication::arguments()). On --help/--version it prints and exits
    // the process; on an error it returns nullopt with a message.
    static std::optional<FakeServerOptions> parse(const QStringList &arguments, QString *error);
};
