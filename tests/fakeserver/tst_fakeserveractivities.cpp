// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeApiClient.h"

#include "support/FakeServerProcess.h"

#include <QRegularExpression>
#include <QSet>
#include <QtTest>

// GET /activities paging and filters; create/update/delete rules and shapes.
class TestFakeServerActivities : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void yearArrivesInCeilNOver100Pages();
    void linkHeaderListsFirstPrevNextLast();
    void perPageIsCappedAt100();
    void pageBeyondTheEndIsEmpty();
    void withoutUserIdColleaguesAreIncluded();
    void filtersAndSorting();
    void updatedAfterReturnsOnlyNewerChanges();
    void createAnswers200WithTheDocumentedShape();
    void createValidatesFields_data();
    void createValidatesFields();
    void hoursAreConvertedToSeconds();
    void updateIsPartialAndMovesUpdatedAt();
    void deleteAnswers204WithEmptyBody();
    void billedActivitiesCannotBeChangedOrDeleted();
    void colleaguesActivitiesAreForbidden();

private:
    FakeApiClient demo() const;
    QString dateOffset(int days);
    static QMap<QByteArray, QByteArray> links(const QByteArray &header);

    FakeServerProcess m_server{{QStringLiteral("--rate"), QStringLiteral("off")}};
    QDate m_today;
};

void TestFakeServerActivities::initTestCase()
{
    QVERIFY(m_server.start());
    m_today = FakeApiClient::serverToday(m_server);
    QVERIFY(m_today.isValid());
}

void TestFakeServerActivities::init()
{
    m_server.control("POST", QStringLiteral("/reset"));
}

FakeApiClient TestFakeServerActivities::demo() const
{
    FakeApiClient client(m_server.port());
    client.setApiKey(FakeServerProcess::demoApiKey);
    return client;
}

QString TestFakeServerActivities::dateOffset(int days)
{
    return m_today.addDays(days).toString(Qt::ISODate);
}

QMap<QByteArray, QByteArray> TestFakeServerActivities::links(const QByteArray &header)
{
    QMap<QByteArray, QByteArray> result;
    static const QRegularExpression item(QStringLiteral("<([^>]*)>; rel=\"([a-z]+)\""));
    auto it = item.globalMatch(QString::fromLatin1(header));
    while (it.hasNext()) {
        const auto match = it.next();
        result.insert(match.captured(2).toLatin1(), match.captured(1).toLatin1());
    }
    return result;
}

void TestFakeServerActivities::yearArrivesInCeilNOver100Pages()
{
    FakeApiClient client = demo();
    QString next = FakeApiClient::api(QStringLiteral("/activities?user_id=%1&from=%2&to=%3")
                                          .arg(FakeServerProcess::demoUserId)
                                          .arg(dateOffset(-364), dateOffset(0)));
    int requests = 0;
    qint64 total = -1;
    QSet<qint64> ids;
    bool sawToday = false;
    while (!next.isEmpty()) {
        const auto reply = client.get(next);
        QCOMPARE(reply.status, 200);
        ++requests;
        QCOMPARE(reply.header("X-Page").toInt(), requests);
        QCOMPARE(reply.header("X-Per-Page").toInt(), 100);
        total = reply.header("X-Total").toLongLong();
        for (const QJsonValue &value : reply.array()) {
            const QJsonObject activity = value.toObject();
            QCOMPARE(activity.value(QStringLiteral("user"))
                         .toObject()
                         .value(QStringLiteral("id"))
                         .toInteger(),
                     FakeServerProcess::demoUserId);
            ids.insert(activity.value(QStringLiteral("id")).toInteger());
            sawToday |= activity.value(QStringLiteral("date")).toString() == dateOffset(0);
        }
        const QByteArray url = links(reply.header("Link")).value("next");
        next = url.isEmpty() ? QString()
                             : QUrl(QString::fromLatin1(url))
                                   .toString(QUrl::RemoveScheme | QUrl::RemoveAuthority);
        QVERIFY(requests < 100);
    }
    QVERIFY2(total > 3000, "a year of the demo user's activities spans many pages");
    QCOMPARE(qint64(ids.size()), total);
    QCOMPARE(qint64(requests), (total + 99) / 100);
    QVERIFY(sawToday);
}

void TestFakeServerActivities::linkHeaderListsFirstPrevNextLast()
{
    FakeApiClient client = demo();
    const QString base = FakeApiClient::api(
        QStringLiteral("/activities?user_id=%1&per_page=50").arg(FakeServerProcess::demoUserId));
    const auto first = client.get(base);
    const qint64 total = first.header("X-Total").toLongLong();
    const int lastPage = int((total + 49) / 50);
    auto l = links(first.header("Link"));
    QCOMPARE(l.keys(), (QList<QByteArray>{"last", "next"}));
    QVERIFY(l.value("next").contains("page=2"));
    QVERIFY(l.value("next").contains("per_page=50"));
    QVERIFY(
        l.value("next").contains("user_id=" + QByteArray::number(FakeServerProcess::demoUserId)));
    QVERIFY(l.value("next").startsWith("http://127.0.0.1:"));
    QVERIFY(l.value("last").contains("page=" + QByteArray::number(lastPage)));

    const auto middle = client.get(base + QStringLiteral("&page=3"));
    l = links(middle.header("Link"));
    QCOMPARE(l.keys(), (QList<QByteArray>{"first", "last", "next", "prev"}));
    QVERIFY(l.value("prev").contains("page=2"));
    QVERIFY(l.value("next").contains("page=4"));

    const auto last = client.get(base + QStringLiteral("&page=%1").arg(lastPage));
    QCOMPARE(last.header("X-Page").toInt(), lastPage);
    l = links(last.header("Link"));
    QVERIFY2(!l.contains("next"), "no rel=\"next\" on the last page");
    QCOMPARE(l.keys(), (QList<QByteArray>{"first", "prev"}));
    QCOMPARE(last.array().size(), int(total - qint64(lastPage - 1) * 50));

    // One page only: no Link header at all.
    const auto single =
        client.get(FakeApiClient::api(QStringLiteral("/activities?user_id=%1&from=%2&to=%2")
                                          .arg(FakeServerProcess::demoUserId)
                                          .arg(dateOffset(0))));
    QCOMPARE(single.status, 200);
    QVERIFY(!single.hasHeader("Link"));
    QCOMPARE(single.header("X-Total").toInt(), single.array().size());
}

void TestFakeServerActivities::perPageIsCappedAt100()
{
    FakeApiClient client = demo();
    const auto big = client.get(FakeApiClient::api(QStringLiteral("/activities?per_page=500")));
    QCOMPARE(big.header("X-Per-Page"), QByteArray("100"));
    QCOMPARE(big.array().size(), 100);
    const auto defaulted = client.get(FakeApiClient::api(QStringLiteral("/activities")));
    QCOMPARE(defaulted.header("X-Per-Page"), QByteArray("100"));
    QCOMPARE(defaulted.array().size(), 100);
}

void TestFakeServerActivities::pageBeyondTheEndIsEmpty()
{
    FakeApiClient client = demo();
    const auto reply = client.get(FakeApiClient::api(QStringLiteral("/activities?page=100000")));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.array().size(), 0);
    QVERIFY(reply.header("X-Total").toInt() > 0);
    QVERIFY(!links(reply.header("Link")).contains("next"));
}

void TestFakeServerActivities::withoutUserIdColleaguesAreIncluded()
{
    FakeApiClient client = demo();
    const auto reply = client.get(FakeApiClient::api(
        QStringLiteral("/activities?from=%1&to=%2").arg(dateOffset(-7), dateOffset(0))));
    QSet<qint64> users;
    for (const QJsonValue &value : reply.array())
        users.insert(value.toObject()
                         .value(QStringLiteral("user"))
                         .toObject()
                         .value(QStringLiteral("id"))
                         .toInteger());
    QVERIFY(users.contains(FakeServerProcess::demoUserId));
    QVERIFY2(users.size() > 1, "without user_id the list holds colleagues' entries too");
}

void TestFakeServerActivities::filtersAndSorting()
{
    FakeApiClient client = demo();
    const QString user = QString::number(FakeServerProcess::demoUserId);
    const auto byProject = client.get(FakeApiClient::api(
        QStringLiteral("/activities?user_id=%1&project_id=3100000101").arg(user)));
    QVERIFY(!byProject.array().isEmpty());
    for (const QJsonValue &value : byProject.array())
        QCOMPARE(value.toObject()
                     .value(QStringLiteral("project"))
                     .toObject()
                     .value(QStringLiteral("id"))
                     .toInteger(),
                 3100000101);

    for (const QString &sortBy : {QStringLiteral("date%20desc"), QStringLiteral("date+desc")}) {
        const auto sorted = client.get(FakeApiClient::api(
            QStringLiteral("/activities?user_id=%1&sort_by=%2").arg(user, sortBy)));
        QCOMPARE(sorted.array().first().toObject().value(QStringLiteral("date")).toString(),
                 dateOffset(0));
    }
    const auto ascending = client.get(
        FakeApiClient::api(QStringLiteral("/activities?user_id=%1&sort_by=date").arg(user)));
    QVERIFY(ascending.array().first().toObject().value(QStringLiteral("date")).toString() <=
            dateOffset(-358));

    const auto ids =
        client.get(FakeApiClient::api(QStringLiteral("/activities?ids=5000000001,5000000003")));
    QCOMPARE(ids.array().size(), 2);

    const auto billed = client.get(FakeApiClient::api(
        QStringLiteral("/activities?user_id=%1&billed=true&per_page=20").arg(user)));
    QVERIFY(!billed.array().isEmpty());
    for (const QJsonValue &value : billed.array())
        QVERIFY(value.toObject().value(QStringLiteral("billed")).toBool());

    QCOMPARE(client.get(FakeApiClient::api(QStringLiteral("/activities?from=gestern"))).status,
             400);
}

void TestFakeServerActivities::updatedAfterReturnsOnlyNewerChanges()
{
    FakeApiClient client = demo();
    const QString now = m_server.control("GET", QStringLiteral("/clock"))
                            .object()
                            .value(QStringLiteral("now"))
                            .toString();
    const QString query = QStringLiteral("/activities?user_id=%1&updated_after=%2")
                              .arg(FakeServerProcess::demoUserId)
                              .arg(now);
    QCOMPARE(client.get(FakeApiClient::api(query)).header("X-Total"), QByteArray("0"));
    const qint64 id =
        client
            .get(FakeApiClient::api(QStringLiteral("/activities?user_id=%1&billed=false&per_page=1")
                                        .arg(FakeServerProcess::demoUserId)))
            .array()
            .first()
            .toObject()
            .value(QStringLiteral("id"))
            .toInteger();
    const auto changed =
        client.patch(FakeApiClient::api(QStringLiteral("/activities/%1").arg(id)),
                     {{QStringLiteral("description"), QStringLiteral("geändert")}});
    QCOMPARE(changed.status, 200);
    const auto after = client.get(FakeApiClient::api(query));
    QCOMPARE(after.array().size(), 1);
    QCOMPARE(after.array().first().toObject().value(QStringLiteral("id")).toInteger(), id);
}

void TestFakeServerActivities::createAnswers200WithTheDocumentedShape()
{
    FakeApiClient client = demo();
    const auto reply =
        client.post(FakeApiClient::api(QStringLiteral("/activities")),
                    {{QStringLiteral("date"), dateOffset(-1)},
                     {QStringLiteral("project_id"), qint64(3100000101)},
                     {QStringLiteral("task_id"), qint64(3200000001)},
                     {QStringLiteral("seconds"), 5400},
                     {QStringLiteral("description"), QStringLiteral("Größe prüfen 🚀")}});
    QCOMPARE(reply.status, 200);
    const QJsonObject a = reply.object();
    QVERIFY(a.value(QStringLiteral("id")).toInteger() >
            qint64(std::numeric_limits<quint32>::max()));
    QCOMPARE(a.value(QStringLiteral("date")).toString(), dateOffset(-1));
    QCOMPARE(a.value(QStringLiteral("seconds")).toInteger(), 5400);
    QCOMPARE(a.value(QStringLiteral("worked_seconds")).toInteger(), 5400);
    QCOMPARE(a.value(QStringLiteral("hours")).toDouble(), 1.5);
    QCOMPARE(a.value(QStringLiteral("description")).toString(), QStringLiteral("Größe prüfen 🚀"));
    QCOMPARE(a.value(QStringLiteral("billed")).toBool(), false);
    QVERIFY(a.value(QStringLiteral("invoice_id")).isNull());
    QCOMPARE(a.value(QStringLiteral("billable")).toBool(), true);
    QCOMPARE(a.value(QStringLiteral("tag")), QJsonValue(QStringLiteral("")));
    QCOMPARE(a.value(QStringLiteral("remote_service")), QJsonValue(QStringLiteral("")));
    QVERIFY(a.value(QStringLiteral("remote_id")).isNull());
    QVERIFY(a.value(QStringLiteral("remote_url")).isNull());
    QVERIFY(a.value(QStringLiteral("timer_started_at")).isNull());
    QVERIFY(a.value(QStringLiteral("deal")).isNull());
    const QJsonObject project = a.value(QStringLiteral("project")).toObject();
    QCOMPARE(project.value(QStringLiteral("id")).toInteger(), 3100000101);
    QCOMPARE(project.value(QStringLiteral("identifier")).toString(), QStringLiteral("P26001"));
    QVERIFY(project.contains(QStringLiteral("name")) &&
            project.contains(QStringLiteral("billable")));
    const QJsonObject task = a.value(QStringLiteral("task")).toObject();
    QCOMPARE(task.value(QStringLiteral("id")).toInteger(), 3200000001);
    QVERIFY(task.contains(QStringLiteral("name")) && task.contains(QStringLiteral("billable")));
    QCOMPARE(
        a.value(QStringLiteral("customer")).toObject().value(QStringLiteral("name")).toString(),
        QStringLiteral("Müller & Söhne Maschinenbau GmbH"));
    const QJsonObject user = a.value(QStringLiteral("user")).toObject();
    QCOMPARE(user.value(QStringLiteral("id")).toInteger(), FakeServerProcess::demoUserId);
    QCOMPARE(user.value(QStringLiteral("firstname")).toString(), QStringLiteral("Anna"));
    QCOMPARE(user.value(QStringLiteral("lastname")).toString(), QStringLiteral("Müller"));
    static const QRegularExpression iso(
        QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"));
    QVERIFY(iso.match(a.value(QStringLiteral("created_at")).toString()).hasMatch());
    QVERIFY(iso.match(a.value(QStringLiteral("updated_at")).toString()).hasMatch());

    const auto fetched = client.get(FakeApiClient::api(
        QStringLiteral("/activities/%1").arg(a.value(QStringLiteral("id")).toInteger())));
    QCOMPARE(fetched.object(), a);
}

void TestFakeServerActivities::createValidatesFields_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QJsonObject>("errors");
    const QString date = QDate::currentDate().addDays(-2).toString(Qt::ISODate);
    const QJsonArray blank{QStringLiteral("muss ausgefüllt werden")};
    const QJsonArray invalid{QStringLiteral("ist nicht gültig")};
    QTest::newRow("nothing") << QJsonObject{}
                             << QJsonObject{{QStringLiteral("date"), blank},
                                            {QStringLiteral("project_id"), blank},
                                            {QStringLiteral("task_id"), blank}};
    QTest::newRow("no task") << QJsonObject{{QStringLiteral("date"), date},
                                            {QStringLiteral("project_id"), qint64(3100000101)}}
                             << QJsonObject{{QStringLiteral("task_id"), blank}};
    QTest::newRow("task of another project")
        << QJsonObject{{QStringLiteral("date"), date},
                       {QStringLiteral("project_id"), qint64(3100000101)},
                       {QStringLiteral("task_id"), qint64(3200000101)}}
        << QJsonObject{{QStringLiteral("task_id"), invalid}};
    QTest::newRow("inactive task")
        << QJsonObject{{QStringLiteral("date"), date},
                       {QStringLiteral("project_id"), qint64(3100000104)},
                       {QStringLiteral("task_id"), qint64(3200000304)}}
        << QJsonObject{{QStringLiteral("task_id"), invalid}};
    QTest::newRow("archived project")
        << QJsonObject{{QStringLiteral("date"), date},
                       {QStringLiteral("project_id"), qint64(3100000106)},
                       {QStringLiteral("task_id"), qint64(3200000501)}}
        << QJsonObject{{QStringLiteral("project_id"), invalid}};
    QTest::newRow("not assigned") << QJsonObject{{QStringLiteral("date"), date},
                                                 {QStringLiteral("project_id"), qint64(3100000113)},
                                                 {QStringLiteral("task_id"), qint64(3200001201)}}
                                  << QJsonObject{{QStringLiteral("project_id"), invalid}};
    QTest::newRow("assignment ended")
        << QJsonObject{{QStringLiteral("date"), date},
                       {QStringLiteral("project_id"), qint64(3100000119)},
                       {QStringLiteral("task_id"), qint64(3200001801)}}
        << QJsonObject{{QStringLiteral("project_id"), invalid}};
    QTest::newRow("bad date") << QJsonObject{{QStringLiteral("date"), QStringLiteral("28.11.2026")},
                                             {QStringLiteral("project_id"), qint64(3100000101)},
                                             {QStringLiteral("task_id"), qint64(3200000001)}}
                              << QJsonObject{
                                     {QStringLiteral("date"),
                                      QJsonArray{QStringLiteral("ist kein gültiges Datum")}}};
    QTest::newRow("negative seconds")
        << QJsonObject{{QStringLiteral("date"), date},
                       {QStringLiteral("project_id"), qint64(3100000101)},
                       {QStringLiteral("task_id"), qint64(3200000001)},
                       {QStringLiteral("seconds"), -60}}
        << QJsonObject{{QStringLiteral("seconds"),
                        QJsonArray{QStringLiteral("muss größer oder gleich 0 sein")}}};
    QTest::newRow("unknown remote service")
        << QJsonObject{{QStringLiteral("date"), date},
                       {QStringLiteral("project_id"), qint64(3100000101)},
                       {QStringLiteral("task_id"), qint64(3200000001)},
                       {QStringLiteral("remote_service"), QStringLiteral("gitlab")}}
        << QJsonObject{{QStringLiteral("remote_service"),
                        QJsonArray{QStringLiteral("ist kein gültiger Wert")}}};
}

void TestFakeServerActivities::createValidatesFields()
{
    QFETCH(QJsonObject, body);
    QFETCH(QJsonObject, errors);
    FakeApiClient client = demo();
    const auto reply = client.post(FakeApiClient::api(QStringLiteral("/activities")), body);
    QCOMPARE(reply.status, 422);
    // A top-level field map, not {"errors": …}.
    QCOMPARE(reply.object(), errors);
}

void TestFakeServerActivities::hoursAreConvertedToSeconds()
{
    FakeApiClient client = demo();
    const auto reply = client.post(FakeApiClient::api(QStringLiteral("/activities")),
                                   {{QStringLiteral("date"), dateOffset(-3)},
                                    {QStringLiteral("project_id"), qint64(3100000101)},
                                    {QStringLiteral("task_id"), qint64(3200000001)},
                                    {QStringLiteral("hours"), 1.25}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object().value(QStringLiteral("seconds")).toInteger(), 4500);
    QCOMPARE(reply.object().value(QStringLiteral("hours")).toDouble(), 1.25);
}

void TestFakeServerActivities::updateIsPartialAndMovesUpdatedAt()
{
    FakeApiClient client = demo();
    const auto created = client.post(FakeApiClient::api(QStringLiteral("/activities")),
                                     {{QStringLiteral("date"), dateOffset(-1)},
                                      {QStringLiteral("project_id"), qint64(3100000101)},
                                      {QStringLiteral("task_id"), qint64(3200000001)},
                                      {QStringLiteral("seconds"), 600},
                                      {QStringLiteral("tag"), QStringLiteral("Remote")}});
    const qint64 id = created.object().value(QStringLiteral("id")).toInteger();
    const QString path = FakeApiClient::api(QStringLiteral("/activities/%1").arg(id));
    QString updatedAt = created.object().value(QStringLiteral("updated_at")).toString();
    for (int round = 0; round < 3; ++round) {
        const auto updated =
            round % 2 == 0
                ? client.put(path, {{QStringLiteral("seconds"), 7200 + round}})
                : client.patch(path, {{QStringLiteral("description"), QStringLiteral("x")}});
        QCOMPARE(updated.status, 200);
        const QString stamp = updated.object().value(QStringLiteral("updated_at")).toString();
        QVERIFY2(stamp > updatedAt, "updated_at moves on every write, even within one second");
        updatedAt = stamp;
        QCOMPARE(updated.object().value(QStringLiteral("tag")).toString(),
                 QStringLiteral("Remote"));
    }
    const QJsonObject last = client.get(path).object();
    QCOMPARE(last.value(QStringLiteral("seconds")).toInteger(), 7202);
    QCOMPARE(last.value(QStringLiteral("description")).toString(), QStringLiteral("x"));
}

void TestFakeServerActivities::deleteAnswers204WithEmptyBody()
{
    FakeApiClient client = demo();
    const auto created = client.post(FakeApiClient::api(QStringLiteral("/activities")),
                                     {{QStringLiteral("date"), dateOffset(-1)},
                                      {QStringLiteral("project_id"), qint64(3100000101)},
                                      {QStringLiteral("task_id"), qint64(3200000001)},
                                      {QStringLiteral("seconds"), 60}});
    const QString path =
        FakeApiClient::api(QStringLiteral("/activities/%1")
                               .arg(created.object().value(QStringLiteral("id")).toInteger()));
    const auto deleted = client.del(path);
    QCOMPARE(deleted.status, 204);
    QVERIFY(deleted.body.isEmpty());
    QCOMPARE(client.get(path).status, 404);
    QCOMPARE(client.del(path).status, 404);
}

void TestFakeServerActivities::billedActivitiesCannotBeChangedOrDeleted()
{
    FakeApiClient client = demo();
    const auto billed = client.get(
        FakeApiClient::api(QStringLiteral("/activities?user_id=%1&billed=true&per_page=1")
                               .arg(FakeServerProcess::demoUserId)));
    const QJsonObject activity = billed.array().first().toObject();
    QVERIFY(activity.value(QStringLiteral("billed")).toBool());
    const QString path = FakeApiClient::api(
        QStringLiteral("/activities/%1").arg(activity.value(QStringLiteral("id")).toInteger()));

    const auto update = client.put(path, {{QStringLiteral("seconds"), 60}});
    QCOMPARE(update.status, 422);
    QVERIFY(!update.object().value(QStringLiteral("base")).toArray().isEmpty());
    const auto remove = client.del(path);
    QCOMPARE(remove.status, 422);
    QVERIFY(!remove.object().value(QStringLiteral("base")).toArray().isEmpty());
    QCOMPARE(client.get(path).object(), activity);
}

void TestFakeServerActivities::colleaguesActivitiesAreForbidden()
{
    FakeApiClient client = demo();
    const auto theirs = client.get(
        FakeApiClient::api(QStringLiteral("/activities?user_id=%1&billed=false&per_page=1")
                               .arg(FakeServerProcess::colleagueUserId)));
    const qint64 id = theirs.array().first().toObject().value(QStringLiteral("id")).toInteger();
    const QString path = FakeApiClient::api(QStringLiteral("/activities/%1").arg(id));
    QCOMPARE(client.get(path).status, 200);
    const auto update = client.put(path, {{QStringLiteral("seconds"), 60}});
    QCOMPARE(update.status, 403);
    QVERIFY(update.body.isEmpty());
    QCOMPARE(client.del(path).status, 403);
}

QTEST_GUILESS_MAIN(TestFakeServerActivities)
#include "tst_fakeserveractivities.moc"
