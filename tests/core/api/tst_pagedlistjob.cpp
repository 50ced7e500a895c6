// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// A list is read completely, page by page through the scheduler, with our own
// filters re-sent on every page; pages are counted for the progress display.

#include "ScriptedTransport.h"

#include "core/api/PagedListJob.h"
#include "core/api/RequestScheduler.h"
#include "support/FakeClock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QtTest>

namespace {

void settle()
{
    for (int i = 0; i < 10; ++i)
        QCoreApplication::processEvents();
}

QByteArray items(int first, int count)
{
    QJsonArray array;
    for (int i = 0; i < count; ++i)
        array.append(QJsonObject{{QStringLiteral("id"), first + i}});
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

ApiResponse page(int number, int count, int total, const QByteArray &link)
{
    ApiResponse response = ScriptedTransport::ok(items((number - 1) * 100, count));
    response.headers = {{"X-Page", QByteArray::number(number)},
                        {"X-Per-Page", "100"},
                        {"X-Total", QByteArray::number(total)}};
    if (!link.isEmpty())
        response.headers.append({"Link", link});
    return response;
}

struct Harness
{
    Harness()
    {
        RequestScheduler::Policy policy;
        policy.windowRequests = 1000;
        scheduler.setPolicy(policy);
    }

    PagedListJob *start(const ApiRequest &request)
    {
        auto *job = new PagedListJob(request, &scheduler);
        QObject::connect(job, &ApiJob::finished, &scheduler, [this, job] {
            done = true;
            response = job->response();
            result = job->items();
            pages = job->pagesFetched();
        });
        QObject::connect(job, &ApiJob::progress, &scheduler, [this](int k, int n) {
            progress.append({k, n});
        });
        return job;
    }

    QUrlQuery lastQuery() const { return transport.sent().last().request.query; }

    FakeClock clock;
    ScriptedTransport transport{&clock};
    RequestScheduler scheduler{&transport, &clock};
    bool done = false;
    ApiResponse response;
    QJsonArray result;
    int pages = 0;
    QList<std::pair<int, int>> progress;
};

ApiRequest activities()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("from"), QStringLiteral("2026-01-01"));
    query.addQueryItem(QStringLiteral("user_id"), QStringLiteral("7"));
    return ApiRequest::get(QStringLiteral("/activities"), query);
}

} // namespace

class TestPagedListJob : public QObject
{
    Q_OBJECT
private slots:
    void nextPage_data();
    void nextPage();
    void readsAllPagesWithOwnFilters();
    void replyWithoutPagingHeadersIsComplete();
    void failedPageFailsTheList();
    void malformedPageIsParseError();
    void linkBackwardsIsParseError();
    void cancelStopsFurtherPages();
    void endlessNextLinkStopsAtTheDefaultCap();
    void pageCapIsConfigurable();
    void repeatingPageIsParseError();
};

void TestPagedListJob::nextPage_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("page"); // 0: none
    QTest::newRow("documented example")
        << QByteArray(R"(<https://acme.mocoapp.com/api/v1/projects?page=4>; rel="next")") << 4;
    QTest::newRow("first prev next last")
        << QByteArray(R"(<https://a/x?page=1>; rel="first", <https://a/x?page=3>; rel="prev", )"
                      R"(<https://a/x?page=5>; rel="next", <https://a/x?page=9>; rel="last")")
        << 5;
    QTest::newRow("unquoted rel") << QByteArray("<https://a/x?page=2>;rel=next") << 2;
    QTest::newRow("commas in the URL")
        << QByteArray(R"(<https://a/x?ids=1,2,3&page=2&per_page=100>; rel="next")") << 2;
    QTest::newRow("several relations")
        << QByteArray(R"(<https://a/x?page=6>; rel="next last")") << 6;
    QTest::newRow("upper case") << QByteArray(R"(<https://a/x?page=3>; REL="Next")") << 3;
    QTest::newRow("only last") << QByteArray(R"(<https://a/x?page=9>; rel="last")") << 0;
    QTest::newRow("empty") << QByteArray() << 0;
    QTest::newRow("no page parameter")
        << QByteArray(R"(<https://a/x?cursor=abc>; rel="next")") << 0;
}

void TestPagedListJob::nextPage()
{
    QFETCH(QByteArray, header);
    QFETCH(int, page);
    const std::optional<int> next = PagedListJob::nextPage(header);
    QCOMPARE(next.value_or(0), page);
}

void TestPagedListJob::readsAllPagesWithOwnFilters()
{
    Harness h;
    h.start(activities());
    settle();
    QCOMPARE(h.transport.sent().size(), 1);
    QCOMPARE(h.lastQuery().queryItemValue(QStringLiteral("page")), QStringLiteral("1"));
    QCOMPARE(h.lastQuery().queryItemValue(QStringLiteral("per_page")), QStringLiteral("100"));
    QCOMPARE(h.lastQuery().queryItemValue(QStringLiteral("user_id")), QStringLiteral("7"));

    // The link carries other parameters; only its page number is used.
    h.transport.answerOldest(
        page(1, 100, 250, R"(<https://a/api/v1/activities?page=2&user_id=999>; rel="next")"));
    settle();
    QCOMPARE(h.transport.sent().size(), 2);
    QCOMPARE(h.lastQuery().queryItemValue(QStringLiteral("page")), QStringLiteral("2"));
    QCOMPARE(h.lastQuery().queryItemValue(QStringLiteral("user_id")), QStringLiteral("7"));
    QCOMPARE(h.lastQuery().queryItemValue(QStringLiteral("from")), QStringLiteral("2026-01-01"));
    QCOMPARE(h.lastQuery().allQueryItemValues(QStringLiteral("page")).size(), 1);

    h.transport.answerOldest(
        page(2, 100, 250, R"(<https://a/api/v1/activities?page=3>; rel="next")"));
    settle();
    h.transport.answerOldest(page(3, 50, 250, {}));
    settle();

    QVERIFY(h.done);
    QVERIFY(h.response.ok());
    QCOMPARE(h.transport.sent().size(), 3);
    QCOMPARE(h.result.size(), 250);
    QCOMPARE(h.result.at(249).toObject().value(QStringLiteral("id")).toInt(), 249);
    QCOMPARE(h.pages, 3);
    const QList<std::pair<int, int>> expected{{1, 3}, {2, 3}, {3, 3}};
    QCOMPARE(h.progress, expected);
}

void TestPagedListJob::replyWithoutPagingHeadersIsComplete()
{
    Harness h;
    h.start(ApiRequest::get(QStringLiteral("/projects/assigned")));
    settle();
    h.transport.answerOldest(ScriptedTransport::ok(items(0, 38)));
    settle();
    QVERIFY(h.done);
    QVERIFY(h.response.ok());
    QCOMPARE(h.transport.sent().size(), 1);
    QCOMPARE(h.result.size(), 38);
    const QList<std::pair<int, int>> expected{{1, 1}};
    QCOMPARE(h.progress, expected);
}

void TestPagedListJob::failedPageFailsTheList()
{
    Harness h;
    h.start(activities());
    settle();
    h.transport.answerOldest(page(1, 100, 300, R"(<https://a/x?page=2>; rel="next")"));
    settle();
    h.transport.answerOldest(ScriptedTransport::status(500));
    settle();
    QVERIFY(h.done);
    QCOMPARE(h.response.error.kind, ApiError::Kind::Server);
    QVERIFY(h.result.isEmpty());
}

void TestPagedListJob::malformedPageIsParseError()
{
    Harness h;
    h.start(activities());
    settle();
    h.transport.answerOldest(ScriptedTransport::ok("[{\"id\": 1}, {\"id\""));
    settle();
    QVERIFY(h.done);
    QCOMPARE(h.response.error.kind, ApiError::Kind::Parse);
    QVERIFY2(h.response.error.message.contains(QLatin1String("/activities")),
             qPrintable(h.response.error.message));

    Harness object;
    object.start(activities());
    settle();
    object.transport.answerOldest(ScriptedTransport::ok("{\"id\": 1}"));
    settle();
    QCOMPARE(object.response.error.kind, ApiError::Kind::Parse);
}

void TestPagedListJob::linkBackwardsIsParseError()
{
    Harness h;
    h.start(activities());
    settle();
    h.transport.answerOldest(page(1, 100, 300, R"(<https://a/x?page=1>; rel="next")"));
    settle();
    QVERIFY(h.done);
    QCOMPARE(h.response.error.kind, ApiError::Kind::Parse);
    QCOMPARE(h.transport.sent().size(), 1);
}

void TestPagedListJob::cancelStopsFurtherPages()
{
    Harness h;
    PagedListJob *job = h.start(activities());
    settle();
    h.transport.answerOldest(page(1, 100, 300, R"(<https://a/x?page=2>; rel="next")"));
    settle();
    QCOMPARE(h.transport.sent().size(), 2);
    job->cancel();
    settle();
    QVERIFY(h.done);
    QCOMPARE(h.response.error.kind, ApiError::Kind::Cancelled);
    QCOMPARE(h.transport.aborted().size(), 1); // page 2 was in flight
    QCOMPARE(h.transport.sent().size(), 2);
}

void TestPagedListJob::endlessNextLinkStopsAtTheDefaultCap()
{
    // Every page says there is one more, with new items each time.
    QCOMPARE(PagedListJob::defaultMaxPages, 1000);
    Harness h;
    h.start(activities());
    settle();
    for (int n = 1; n <= 1100 && !h.done; ++n) {
        const QByteArray link =
            "<https://a/x?page=" + QByteArray::number(n + 1) + ">; rel=\"next\"";
        QVERIFY(h.transport.answerOldest(page(n, 1, 0, link)));
        settle();
    }
    QVERIFY(h.done);
    QCOMPARE(h.response.error.kind, ApiError::Kind::Parse);
    QVERIFY2(h.response.error.message.contains(QLatin1String("1000 pages")),
             qPrintable(h.response.error.message));
    QCOMPARE(h.transport.sent().size(), 1000);
    QVERIFY(h.result.isEmpty());
}

void TestPagedListJob::pageCapIsConfigurable()
{
    Harness h;
    h.start(activities())->setMaxPages(3);
    settle();
    for (int n = 1; n <= 10 && !h.done; ++n) {
        const QByteArray link =
            "<https://a/x?page=" + QByteArray::number(n + 1) + ">; rel=\"next\"";
        QVERIFY(h.transport.answerOldest(page(n, 100, 1000, link)));
        settle();
    }
    QVERIFY(h.done);
    QCOMPARE(h.response.error.kind, ApiError::Kind::Parse);
    QCOMPARE(h.transport.sent().size(), 3);

    // A list of exactly that many pages is fine.
    Harness exact;
    exact.start(activities())->setMaxPages(2);
    settle();
    exact.transport.answerOldest(page(1, 100, 150, R"(<https://a/x?page=2>; rel="next")"));
    settle();
    exact.transport.answerOldest(page(2, 50, 150, {}));
    settle();
    QVERIFY(exact.done);
    QVERIFY2(exact.response.ok(), qPrintable(exact.response.error.message));
    QCOMPARE(exact.result.size(), 150);
}

void TestPagedListJob::repeatingPageIsParseError()
{
    // A server that ignores ?page= and always sends the first page, while
    // its Link keeps counting up.
    Harness h;
    h.start(activities());
    settle();
    for (int n = 1; n <= 10 && !h.done; ++n) {
        ApiResponse first = page(1, 100, 1000, {});
        first.headers.append(
            {"Link", "<https://a/x?page=" + QByteArray::number(n + 1) + ">; rel=\"next\""});
        QVERIFY(h.transport.answerOldest(first));
        settle();
    }
    QVERIFY(h.done);
    QCOMPARE(h.response.error.kind, ApiError::Kind::Parse);
    QVERIFY2(h.response.error.message.contains(QLatin1String("repeats")),
             qPrintable(h.response.error.message));
    QCOMPARE(h.transport.sent().size(), 2);
}

QTEST_GUILESS_MAIN(TestPagedListJob)
#include "tst_pagedlistjob.moc"
