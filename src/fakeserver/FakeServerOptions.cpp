// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/FakeServerOptions.h"

#include "fakeserver/seed/SeedData.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace {

bool parseRate(const QString &text, double *rate)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || value < 0 || value > 1)
        return false;
    *rate = value;
    return true;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("FakeServerOptions", text);
}

} // namespace

std::optional<FakeServerOptions> FakeServerOptions::parse(const QStringList &arguments,
                                                          QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("A MOCO-compatible HTTP server on 127.0.0.1 for tests and the demo mode.\n"
           "The first line on stdout is the chosen port; everything else goes to stderr.\n"
           "Test-control endpoints live under /__fake/ (see src/fakeserver/README.md)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port(QStringLiteral("port"),
                                  tr("Port to listen on; 0 picks a free one."), QStringLiteral("N"),
                                  QStringLiteral("0"));
    const QCommandLineOption bind(QStringLiteral("bind"),
                                  tr("Loopback address to listen on (127.0.0.1 or ::1); "
                                     "other addresses are refused."),
                                  QStringLiteral("ADDRESS"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption rate(QStringLiteral("rate"),
                                  tr("Rate limit per API key: N requests per SECONDS (sliding "
                                     "window), or 'off'. Default 15/15."),
                                  QStringLiteral("N/SECONDS|off"), QStringLiteral("15/15"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     tr("Persist the account's data in DIR/state.json after every "
                                        "change and resume from it on start."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption customFields(
        QStringLiteral("custom-fields"),
        tr("custom_properties on update: 'strict' deletes defined fields missing from the "
           "submitted map (the old documented rule, default); 'merge' merges."),
        QStringLiteral("strict|merge"), QStringLiteral("strict"));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("Seed of the generated history."),
                                  QStringLiteral("N"), QString::number(SeedData::defaultSeed));
    const QCommandLineOption latency(QStringLiteral("latency"),
                                     tr("Delay every API answer by MS milliseconds."),
                                     QStringLiteral("MS"), QStringLiteral("0"));
    const QCommandLineOption latencyFor(
        QStringLiteral("latency-for"),
        tr("Wait MS milliseconds before processing the matching requests (a slow store; "
           "repeatable), e.g. 'POST /api/v1/activities=3000'."),
        QStringLiteral("METHOD PATH=MS"));
    const QCommandLineOption answerDelayFor(
        QStringLiteral("answer-delay-for"),
        tr("Process the matching requests at once but answer MS milliseconds later "
           "(repeatable), e.g. 'POST /api/v1/activities=3000'."),
        QStringLiteral("METHOD PATH=MS"));
    const QCommandLineOption errorRate(QStringLiteral("error-rate"),
                                       tr("Share of API requests answered 500/502/503 (0..1)."),
                                       QStringLiteral("P"), QStringLiteral("0"));
    const QCommandLineOption malformedRate(
        QStringLiteral("malformed-rate"),
        tr("Share of API answers replaced by broken JSON (0..1)."), QStringLiteral("P"),
        QStringLiteral("0"));
    const QCommandLineOption dropRate(
        QStringLiteral("drop-rate"),
        tr("Share of API requests whose connection is closed unanswered (0..1)."),
        QStringLiteral("P"), QStringLiteral("0"));
    const QCommandLineOption portalRate(
        QStringLiteral("portal-rate"),
        tr("Share of API requests answered, unprocessed, by a captive portal's 200 HTML page "
           "(0..1)."),
        QStringLiteral("P"), QStringLiteral("0"));
    const QCommandLineOption exitWithStdin(
        QStringLiteral("exit-with-stdin"),
        tr("Exit when stdin reaches end of file (so the server never outlives its parent)."));
    const QCommandLineOption verbose(QStringLiteral("verbose"), tr("Log every request to stderr."));
    parser.addOptions({port, bind, rate, dataDir, customFields, seed, latency, latencyFor,
                       answerDelayFor, errorRate, malformedRate, dropRate, portalRate,
                       exitWithStdin, verbose});
    parser.process(arguments);
    if (!parser.positionalArguments().isEmpty()) {
        *error = tr("unexpected argument: %1").arg(parser.positionalArguments().first());
        return std::nullopt;
    }

    FakeServerOptions options;
    bool ok = false;
    const uint portNumber = parser.value(port).toUInt(&ok);
    if (!ok || portNumber > 65535) {
        *error = tr("--port must be 0..65535");
        return std::nullopt;
    }
    options.port = quint16(portNumber);

    const QString address = parser.value(bind);
    options.bind = address == QLatin1String("localhost") ? QHostAddress(QHostAddress::LocalHost)
                                                         : QHostAddress(address);
    if (options.bind.isNull() || !options.bind.isLoopback()) {
        *error = tr("--bind must be a loopback address; the fake server never listens on the "
                    "network");
        return std::nullopt;
    }

    const QString rateText = parser.value(rate).trimmed().toLower();
    if (rateText == QLatin1String("off")) {
        options.rateLimited = false;
    } else {
        const QStringList parts = rateText.split(QLatin1Char('/'));
        bool requestsOk = false;
        bool secondsOk = false;
        const int requests = parts.value(0).toInt(&requestsOk);
        const double seconds = parts.value(1).toDouble(&secondsOk);
        if (parts.size() != 2 || !requestsOk || !secondsOk || requests < 1 || seconds <= 0) {
            *error = tr("--rate must be N/SECONDS (e.g. 15/15) or off");
            return std::nullopt;
        }
        options.rateRequests = requests;
        options.rateWindowMs = qint64(seconds * 1000.0);
    }

    options.dataDir = parser.value(dataDir);
    const QString mode = parser.value(customFields).toLower();
    if (mode != QLatin1String("strict") && mode != QLatin1String("merge")) {
        *error = tr("--custom-fields must be strict or merge");
        return std::nullopt;
    }
    options.strictCustomFields = mode == QLatin1String("strict");

    options.seed = parser.value(seed).toULongLong(&ok);
    if (!ok) {
        *error = tr("--seed must be a non-negative integer");
        return std::nullopt;
    }
    options.latencyMs = parser.value(latency).toInt(&ok);
    if (!ok || options.latencyMs < 0) {
        *error = tr("--latency must be a non-negative number of milliseconds");
        return std::nullopt;
    }
    if (!parseRate(parser.value(errorRate), &options.errorRate) ||
        !parseRate(parser.value(malformedRate), &options.malformedRate) ||
        !parseRate(parser.value(dropRate), &options.dropRate) ||
        !parseRate(parser.value(portalRate), &options.portalRate)) {
        *error = tr("--error-rate, --malformed-rate, --drop-rate and --portal-rate must be "
                    "between 0 and 1");
        return std::nullopt;
    }
    const std::pair<const QCommandLineOption *, DelayRule::Kind> delayOptions[] = {
        {&latencyFor, DelayRule::Kind::Latency},
        {&answerDelayFor, DelayRule::Kind::AnswerDelay},
    };
    for (const auto &[option, kind] : delayOptions) {
        const QStringList values = parser.values(*option);
        for (const QString &value : values) {
            const std::optional<DelayRule> delay = DelayRule::fromText(value, kind);
            if (!delay) {
                *error = tr("--%1 must be 'METHOD PATH=MS' or 'PATH=MS', got '%2'")
                             .arg(option->names().constFirst(), value);
                return std::nullopt;
            }
            options.delays.append(*delay);
        }
    }
    options.exitWithStdin = parser.isSet(exitWithStdin);
    options.verbose = parser.isSet(verbose);
    return options;
}
