// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeApiClient.h"

#include "support/FakeServerProcess.h"

#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

#ifdef Q_OS_UNIX
#include <csignal>
#endif

// The process itself: options, clean exit, --exit-with-stdin, persistence
// with --data-dir, deterministic seeding.
class TestFakeServerProcess : public QObject
{
    Q_OBJECT

private slots:
    void helpListsTheOptions();
    void invalidOptionsAreRefused_data();
    void invalidOptionsAreRefused();
    void terminateExitsCleanly();
    void interruptExitsCleanly();
    void portInUseIsAnError();
    void faultOptionsApplyFromTheStart();
    void exitsWhenStdinCloses();
    void dataDirPersistsAcrossRestarts();
    void sameSeedGivesTheSameData();

private:
    static QJsonArray firstPage(FakeServerProcess &server);
};

void TestFakeServerProcess::helpListsTheOptions()
{
    QProcess process;
    process.start(FakeServerProcess::executable(), {QStringLiteral("--help")});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);
    const QByteArray help = process.readAllStandardOutput();
    for (const char *option :
         {"--port", "--bind", "--rate", "--data-dir", "--custom-fields", "--seed", "--latency",
          "--latency-for", "--answer-delay-for", "--error-rate", "--malformed-rate", "--drop-rate",
          "--portal-rate", "--exit-with-stdin"})
        QVERIFY2(help.contains(option), option);
}

void TestFakeServerProcess::invalidOptionsAreRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("non-loopback bind")
        << QStringList{QStringLiteral("--bind"), QStringLiteral("0.0.0.0")};
    QTest::newRow("LAN bind") << QStringList{QStringLiteral("--bind"),
                                             QStringLiteral("192.168.1.10")};
    QTest::newRow("bad rate") << QStringList{QStringLiteral("--rate"), QStringLiteral("fast")};
    QTest::newRow("bad mode") << QStringList{QStringLiteral("--custom-fields"),
                                             QStringLiteral("loose")};
    QTest::newRow("bad error rate")
        << QStringList{QStringLiteral("--error-rate"), QStringLiteral("2")};
    QTest::newRow("bad portal rate")
        << QStringList{QStringLiteral("--portal-rate"), QStringLiteral("-1")};
    QTest::newRow("latency without time")
        << QStringList{QStringLiteral("--latency-for"), QStringLiteral("POST /api/v1/activities")};
    QTest::newRow("answer delay without path")
        << QStringList{QStringLiteral("--answer-delay-for"), QStringLiteral("POST=300")};
}

void TestFakeServerProcess::invalidOptionsAreRefused()
{
    QFETCH(QStringList, arguments);
    QProcess process;
    process.start(FakeServerProcess::executable(),
                  QStringList{QStringLiteral("--port"), QStringLiteral("0")} + arguments);
    QVERIFY(process.waitForFinished(10000));
    QVERIFY(process.exitCode() != 0);
    QVERIFY2(process.readAllStandardOutput().isEmpty(), "no port line when refusing to start");
    QVERIFY(!process.readAllStandardError().isEmpty());
}

void TestFakeServerProcess::terminateExitsCleanly()
{
    FakeServerProcess server;
    QVERIFY(server.start());
    server.stop(); // SIGTERM
    QVERIFY(!server.isRunning());
    QCOMPARE(server.exitStatus(), QProcess::NormalExit);
    QCOMPARE(server.exitCode(), 0);
}

void TestFakeServerProcess::interruptExitsCleanly()
{
#ifdef Q_OS_UNIX
    FakeServerProcess server;
    QVERIFY(server.start());
    ::kill(pid_t(server.processId()), SIGINT);
    QVERIFY(server.waitForExit(10000));
    QCOMPARE(server.exitStatus(), QProcess::NormalExit);
    QCOMPARE(server.exitCode(), 0);
#else
    QSKIP("signals are a Unix matter");
#endif
}

void TestFakeServerProcess::portInUseIsAnError()
{
    QTcpServer taken;
    QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
    QProcess process;
    process.start(FakeServerProcess::executable(),
                  {QStringLiteral("--port"), QString::number(taken.serverPort())});
    QVERIFY(process.waitForFinished(10000));
    QVERIFY(process.exitCode() != 0);
    QVERIFY(process.readAllStandardOutput().isEmpty());
}

void TestFakeServerProcess::faultOptionsApplyFromTheStart()
{
    FakeServerProcess errors({QStringLiteral("--error-rate"), QStringLiteral("1")});
    FakeServerProcess malformed({QStringLiteral("--malformed-rate"), QStringLiteral("1")});
    FakeServerProcess drops({QStringLiteral("--drop-rate"), QStringLiteral("1")});
    FakeServerProcess slow({QStringLiteral("--latency"), QStringLiteral("50")});
    QVERIFY(errors.start());
    QVERIFY(malformed.start());
    QVERIFY(drops.start());
    QVERIFY(slow.start());
    const QByteArray request =
        FakeApiClient::rawGet(FakeApiClient::api(QStringLiteral("/session")),
                              QString::fromLatin1(FakeServerProcess::demoApiKey));

    const QByteArray error = FakeApiClient::raw(errors.port(), request).bytes;
    QVERIFY2(error.startsWith("HTTP/1.1 50"), error.constData());
    const QByteArray broken = FakeApiClient::raw(malformed.port(), request).bytes;
    QVERIFY(broken.startsWith("HTTP/1.1 200"));
    QVERIFY(QJsonDocument::fromJson(broken.mid(broken.indexOf("\r\n\r\n") + 4)).isNull());
    const auto dropped = FakeApiClient::raw(drops.port(), request);
    QVERIFY(dropped.closedByServer);
    QVERIFY(dropped.bytes.isEmpty());
    const QByteArray late = FakeApiClient::raw(slow.port(), request).bytes;
    QVERIFY(late.startsWith("HTTP/1.1 200"));
    QCOMPARE(slow.control("GET", QStringLiteral("/faults"))
                 .object()
                 .value(QStringLiteral("latencyMs"))
                 .toInt(),
             50);
}

void TestFakeServerProcess::exitsWhenStdinCloses()
{
    FakeServerProcess server({QStringLiteral("--exit-with-stdin")});
    QVERIFY(server.start());
    FakeApiClient client(server.port());
    client.setApiKey(FakeServerProcess::demoApiKey);
    QCOMPARE(client.get(FakeApiClient::api(QStringLiteral("/session"))).status, 200);
    server.closeStdin();
    QVERIFY(server.waitForExit(10000));
    QCOMPARE(server.exitCode(), 0);

    // Without the option, closing stdin changes nothing.
    FakeServerProcess stays;
    QVERIFY(stays.start());
    stays.closeStdin();
    QTest::qWait(300);
    QVERIFY(stays.isRunning());
}

void TestFakeServerProcess::dataDirPersistsAcrossRestarts()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QStringList arguments{QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--rate"),
                                QStringLiteral("off")};
    qint64 createdId = 0;
    qint64 deletedId = 0;
    QJsonObject customProperties;
    {
        FakeServerProcess server(arguments);
        QVERIFY(server.start());
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("state.json"))));
        FakeApiClient client(server.port());
        client.setApiKey(FakeServerProcess::demoApiKey);
        const auto created =
            client.post(FakeApiClient::api(QStringLiteral("/activities")),
                        {{QStringLiteral("date"), QStringLiteral("2026-01-08")},
                         {QStringLiteral("project_id"), qint64(3100000101)},
                         {QStringLiteral("task_id"), qint64(3200000001)},
                         {QStringLiteral("seconds"), 1234},
                         {QStringLiteral("description"), QStringLiteral("überlebt den Neustart")}});
        QCOMPARE(created.status, 200);
        createdId = created.object().value(QStringLiteral("id")).toInteger();
        deletedId = client
                        .get(FakeApiClient::api(
                            QStringLiteral("/activities?user_id=%1&billed=false&per_page=1")
                                .arg(FakeServerProcess::demoUserId)))
                        .array()
                        .first()
                        .toObject()
                        .value(QStringLiteral("id"))
                        .toInteger();
        QCOMPARE(
            client.del(FakeApiClient::api(QStringLiteral("/activities/%1").arg(deletedId))).status,
            204);
        customProperties = QJsonObject{{QStringLiteral("Bestellnummer"), QStringLiteral("PO-NEU")}};
        QCOMPARE(client
                     .put(FakeApiClient::api(QStringLiteral("/projects/3100000101")),
                          {{QStringLiteral("custom_properties"), customProperties}})
                     .status,
                 200);
        server.stop();
    }
    FakeServerProcess restarted(arguments);
    QVERIFY(restarted.start());
    FakeApiClient client(restarted.port());
    client.setApiKey(FakeServerProcess::demoApiKey);
    const auto created =
        client.get(FakeApiClient::api(QStringLiteral("/activities/%1").arg(createdId)));
    QCOMPARE(created.status, 200);
    QCOMPARE(created.object().value(QStringLiteral("seconds")).toInteger(), 1234);
    QCOMPARE(created.object().value(QStringLiteral("description")).toString(),
             QStringLiteral("überlebt den Neustart"));
    QCOMPARE(client.get(FakeApiClient::api(QStringLiteral("/activities/%1").arg(deletedId))).status,
             404);
    QCOMPARE(client.get(FakeApiClient::api(QStringLiteral("/projects/3100000101")))
                 .object()
                 .value(QStringLiteral("custom_properties"))
                 .toObject(),
             customProperties);
    // New ids continue after the old ones, deleted ids are not reused.
    const auto next = client.post(FakeApiClient::api(QStringLiteral("/activities")),
                                  {{QStringLiteral("date"), QStringLiteral("2026-01-09")},
                                   {QStringLiteral("project_id"), qint64(3100000101)},
                                   {QStringLiteral("task_id"), qint64(3200000001)},
                                   {QStringLiteral("seconds"), 60}});
    QVERIFY(next.object().value(QStringLiteral("id")).toInteger() > createdId);
}

QJsonArray TestFakeServerProcess::firstPage(FakeServerProcess &server)
{
    FakeApiClient client(server.port());
    client.setApiKey(FakeServerProcess::demoApiKey);
    const QJsonArray page =
        client
            .get(FakeApiClient::api(QStringLiteral("/activities?per_page=100&sort_by=date%20desc")))
            .array();
    // Timestamps of today's entries are kept before the moment of start, so
    // they depend on it; everything else must be identical.
    QJsonArray comparable;
    for (const QJsonValue &value : page) {
        QJsonObject activity = value.toObject();
        activity.remove(QStringLiteral("created_at"));
        activity.remove(QStringLiteral("updated_at"));
        comparable.append(activity);
    }
    return comparable;
}

void TestFakeServerProcess::sameSeedGivesTheSameData()
{
    FakeServerProcess first({QStringLiteral("--seed"), QStringLiteral("7")});
    FakeServerProcess second({QStringLiteral("--seed"), QStringLiteral("7")});
    FakeServerProcess other({QStringLiteral("--seed"), QStringLiteral("8")});
    QVERIFY(first.start());
    QVERIFY(second.start());
    QVERIFY(other.start());
    const QJsonArray a = firstPage(first);
    QCOMPARE(a.size(), 100);
    QCOMPARE(firstPage(second), a);
    QVERIFY(firstPage(other) != a);
}

QTEST_GUILESS_MAIN(TestFakeServerProcess)
#include "tst_fakeserverprocess.moc"
