// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The scheduler's window, ordering, retry and cancel rules on a fake clock,
// with a scripted transport at the network edge: runs in milliseconds.

#include "ScriptedTransport.h"

#include "core/api/ApiJob.h"
#include "core/api/RequestScheduler.h"
#include "support/FakeClock.h"

#include <QPointer>
#include <QSignalSpy>
#include <QtTest>

using namespace std::chrono_literals;

namespace {

void settle()
{
    for (int i = 0; i < 10; ++i)
        QCoreApplication::processEvents();
}

ApiRequest getRequest(const QString &label)
{
    return ApiRequest::get(QStringLiteral("/r/") + label);
}

struct Harness
{
    explicit Harness(RequestScheduler::Policy policy = {}) { scheduler.setPolicy(policy); }

    ApiJob *enqueue(const QString &label, ApiRequest request)
    {
        ApiJob *job = scheduler.enqueue(request);
        QObject::connect(job, &ApiJob::finished, &scheduler,
                         [this, job, label] { results.insert(label, job->response()); });
        return job;
    }
    ApiJob *enqueue(const QString &label,
                    ApiRequest::Priority priority = ApiRequest::Priority::User)
    {
        return enqueue(label, getRequest(label).withPriority(priority));
    }

    QStringList sentLabels() const
    {
        QStringList labels;
        for (const auto &attempt : transport.sent())
            labels.append(attempt.request.path.mid(3));
        return labels;
    }

    // Answers whatever is open with 200 and moves the clock in small steps
    // until every queued request was sent and answered (or the limit hits).
    void drain(std::chrono::milliseconds step = 100ms, int maxSteps = 10000)
    {
        for (int i = 0; i < maxSteps; ++i) {
            settle();
            transport.answerAll(ScriptedTransport::ok());
            settle();
            if (scheduler.queueLength() == 0 && transport.open().isEmpty())
                return;
            clock.advance(step);
        }
    }

    FakeClock clock;
    ScriptedTransport transport{&clock};
    RequestScheduler scheduler{&transport, &clock};
    QHash<QString, ApiResponse> results;
};

RequestScheduler::Policy windowPolicy(int requests, std::chrono::milliseconds window)
{
    RequestScheduler::Policy policy;
    policy.windowRequests = requests;
    policy.window = window;
    policy.slotGuard = std::chrono::milliseconds(0); // exact arithmetic below
    return policy;
}

} // namespace

class TestRequestScheduler : public QObject
{
    Q_OBJECT
private slots:
    void windowIsNeverExceeded_data();
    void windowIsNeverExceeded();
    void slotIsHeldUntilWindowAfterTheAnswer();
    void userRequestsGoBeforeBackground();
    void userRequestOvertakesQueuedBackground();
    void rateLimitWithRetryAfterPausesWholeQueue();
    void rateLimitBackoffDoublesUpToCapThenSurfaces();
    void tooLongRetryAfterSurfacesAtOnce();
    void hugeRetryAfterNeverOverflows();
    void transientFailureRetryRules_data();
    void transientFailureRetryRules();
    void transientRetriesAreCapped();
    void cancelQueuedIsNeverSent();
    void cancelInFlightAbortsTheAttempt();
    void cancelRightAfterEnqueueStillDeliversFinished();
    void cancelAllEndsQueuedAndInFlight();
    void queueLengthAndRateLimitedUntilAreReported();
    void jobDeletesItselfAfterFinished();
};

void TestRequestScheduler::windowIsNeverExceeded_data()
{
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("windowMs");
    QTest::addColumn<int>("requests");
    QTest::newRow("default 15/15 s") << 15 << 15000 << 61;
    QTest::newRow("5/1 s") << 5 << 1000 << 40;
    QTest::newRow("120/2 min") << 120 << 120000 << 250;
}

void TestRequestScheduler::windowIsNeverExceeded()
{
    QFETCH(int, limit);
    QFETCH(int, windowMs);
    QFETCH(int, requests);
    Harness h(windowPolicy(limit, std::chrono::milliseconds(windowMs)));
    for (int i = 0; i < requests; ++i)
        h.enqueue(QString::number(i));

    settle();
    QCOMPARE(h.transport.sent().size(), limit); // the first window goes out at once

    h.drain(std::chrono::milliseconds(windowMs / 20));

    QCOMPARE(h.transport.sent().size(), requests);
    QCOMPARE(h.results.size(), requests);
    for (const ApiResponse &response : std::as_const(h.results))
        QVERIFY(response.ok());
    // Answers arrive at the send time here, so any limit+1 consecutive sends
    // must span at least one window.
    const auto &sent = h.transport.sent();
    for (int i = 0; i + limit < sent.size(); ++i)
        QVERIFY2(sent.at(i + limit).sentAtMs - sent.at(i).sentAtMs >= windowMs,
                 qPrintable(QStringLiteral("sends %1 and %2").arg(i).arg(i + limit)));
    // FIFO within one priority.
    for (int i = 0; i < sent.size(); ++i)
        QCOMPARE(sent.at(i).request.path, QStringLiteral("/r/%1").arg(i));
}

void TestRequestScheduler::slotIsHeldUntilWindowAfterTheAnswer()
{
    // The server sees a request somewhere between send and answer, so the
    // slot stays taken until one window after the answer.
    Harness h(windowPolicy(1, 1000ms));
    h.enqueue(QStringLiteral("a"));
    h.enqueue(QStringLiteral("b"));
    settle();
    h.clock.advance(500ms);
    QVERIFY(h.transport.answerOldest(ScriptedTransport::ok()));
    settle();
    h.clock.advance(999ms); // 1499 ms after send, 999 ms after the answer
    settle();
    QCOMPARE(h.transport.sent().size(), 1);
    h.clock.advance(1ms);
    settle();
    QCOMPARE(h.transport.sent().size(), 2);
}

void TestRequestScheduler::userRequestsGoBeforeBackground()
{
    Harness h(windowPolicy(1, 1000ms));
    h.enqueue(QStringLiteral("b1"), ApiRequest::Priority::Background);
    h.enqueue(QStringLiteral("b2"), ApiRequest::Priority::Background);
    h.enqueue(QStringLiteral("u1"), ApiRequest::Priority::User);
    h.enqueue(QStringLiteral("u2"), ApiRequest::Priority::User);
    h.drain(250ms);
    QCOMPARE(h.sentLabels(), QStringList({"u1", "u2", "b1", "b2"}));
}

void TestRequestScheduler::userRequestOvertakesQueuedBackground()
{
    Harness h(windowPolicy(1, 1000ms));
    for (const char *label : {"b1", "b2", "b3"})
        h.enqueue(QString::fromLatin1(label), ApiRequest::Priority::Background);
    settle();
    QCOMPARE(h.sentLabels(), QStringList({"b1"}));
    h.enqueue(QStringLiteral("u1"), ApiRequest::Priority::User);
    h.drain(250ms);
    QCOMPARE(h.sentLabels(), QStringList({"b1", "u1", "b2", "b3"}));
}

void TestRequestScheduler::rateLimitWithRetryAfterPausesWholeQueue()
{
    Harness h(windowPolicy(10, 1000ms));
    QSignalSpy untilSpy(&h.scheduler, &RequestScheduler::rateLimitedUntilChanged);
    h.enqueue(QStringLiteral("a"));
    settle();
    const QDateTime answeredAt = h.clock.utcNow();
    QVERIFY(h.transport.answerOldest(ScriptedTransport::rateLimited(7)));
    settle();
    h.enqueue(QStringLiteral("b"));
    settle();
    QCOMPARE(h.transport.sent().size(), 1); // the server said the budget is gone: nobody goes
    QCOMPARE(h.scheduler.rateLimitedUntil(), answeredAt.addSecs(7));
    QVERIFY(!untilSpy.isEmpty());
    QCOMPARE(untilSpy.last().first().toDateTime(), answeredAt.addSecs(7));
    QVERIFY(h.results.isEmpty()); // no error surfaces while retrying

    h.clock.advance(6999ms);
    settle();
    QCOMPARE(h.transport.sent().size(), 1);
    h.clock.advance(1ms);
    settle();
    QCOMPARE(h.sentLabels(), QStringList({"a", "a", "b"})); // the retry keeps its place
    h.transport.answerAll(ScriptedTransport::ok());
    settle();
    QVERIFY(h.results.value(QStringLiteral("a")).ok());
    QVERIFY(h.results.value(QStringLiteral("b")).ok());
    QVERIFY(!h.scheduler.rateLimitedUntil().isValid());
}

void TestRequestScheduler::rateLimitBackoffDoublesUpToCapThenSurfaces()
{
    RequestScheduler::Policy policy = windowPolicy(100, 1000ms);
    policy.backoffStart = 2000ms;
    policy.backoffCap = 5000ms;
    policy.maxRateLimitRetries = 4;
    Harness h(policy);
    h.enqueue(QStringLiteral("a"));
    settle();

    QList<qint64> gaps;
    while (h.results.isEmpty()) {
        const qint64 sentAt = h.transport.sent().last().sentAtMs;
        const int attempts = h.transport.sent().size();
        QVERIFY(h.transport.answerOldest(ScriptedTransport::rateLimited()));
        settle();
        while (h.transport.sent().size() == attempts && h.results.isEmpty()) {
            h.clock.advance(250ms);
            settle();
        }
        if (h.results.isEmpty())
            gaps.append(h.transport.sent().last().sentAtMs - sentAt);
    }
    QCOMPARE(gaps, QList<qint64>({2000, 4000, 5000, 5000}));
    QCOMPARE(h.transport.sent().size(), 5);
    const ApiResponse response = h.results.value(QStringLiteral("a"));
    QCOMPARE(response.error.kind, ApiError::Kind::RateLimited);
    QCOMPARE(response.httpStatus, 429);
}

void TestRequestScheduler::tooLongRetryAfterSurfacesAtOnce()
{
    RequestScheduler::Policy policy;
    policy.maxRetryAfterWait = 60s;
    Harness h(policy);
    h.enqueue(QStringLiteral("a"));
    settle();
    QVERIFY(h.transport.answerOldest(ScriptedTransport::rateLimited(3600)));
    settle();
    const ApiResponse response = h.results.value(QStringLiteral("a"));
    QCOMPARE(response.error.kind, ApiError::Kind::RateLimited);
    QCOMPARE(response.error.retryAfter, std::optional<std::chrono::seconds>(3600s));
}

void TestRequestScheduler::hugeRetryAfterNeverOverflows()
{
    // 10^16 s is 10^19 ms: past qint64. Wrapped round to a negative wait,
    // it was "retry now" instead of "much later".
    const std::chrono::seconds huge(9'999'999'999'999'999);
    RequestScheduler::Policy policy;
    policy.backoffStart = 1000ms;
    policy.backoffCap = 5000ms;
    Harness h(policy);

    h.enqueue(QStringLiteral("limited"));
    settle();
    ApiResponse limited = ScriptedTransport::rateLimited();
    limited.error.retryAfter = huge;
    QVERIFY(h.transport.answerOldest(limited));
    settle();
    QCOMPARE(h.transport.sent().size(), 1); // not waited for, and not resent
    const ApiResponse response = h.results.value(QStringLiteral("limited"));
    QCOMPARE(response.error.kind, ApiError::Kind::RateLimited);
    QCOMPARE(response.error.retryAfter, std::optional<std::chrono::seconds>(huge));

    h.enqueue(QStringLiteral("unavailable"));
    settle();
    ApiResponse unavailable = ScriptedTransport::status(503);
    unavailable.error.retryAfter = huge;
    QVERIFY(h.transport.answerOldest(unavailable));
    settle();
    h.clock.advance(4999ms);
    settle();
    QCOMPARE(h.transport.sent().size(), 2); // waits the backoff cap, not "now"
    h.clock.advance(1ms);
    settle();
    QCOMPARE(h.transport.sent().size(), 3);
    QVERIFY(h.transport.answerOldest(ScriptedTransport::ok()));
    settle();
    QVERIFY(h.results.value(QStringLiteral("unavailable")).ok());
}

void TestRequestScheduler::transientFailureRetryRules_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<ApiResponse>("failure");
    QTest::addColumn<bool>("retried");

    const ApiResponse lost = ScriptedTransport::networkError(true);
    const ApiResponse refused = ScriptedTransport::networkError(false);
    ApiResponse timeout;
    timeout.error = ApiError::make(ApiError::Kind::Timeout);
    ApiResponse tls = ScriptedTransport::networkError(true);
    tls.error.detail = ApiError::Detail::Tls;

    QTest::newRow("GET connection lost") << "GET" << lost << true;
    QTest::newRow("GET refused") << "GET" << refused << true;
    QTest::newRow("GET timeout") << "GET" << timeout << true;
    QTest::newRow("GET 502") << "GET" << ScriptedTransport::status(502) << true;
    QTest::newRow("GET 503") << "GET" << ScriptedTransport::status(503) << true;
    QTest::newRow("GET 504") << "GET" << ScriptedTransport::status(504) << true;
    QTest::newRow("GET 500 (a bad value fails forever)")
        << "GET" << ScriptedTransport::status(500) << false;
    QTest::newRow("GET 422") << "GET" << ScriptedTransport::status(422) << false;
    QTest::newRow("GET 404") << "GET" << ScriptedTransport::status(404) << false;
    QTest::newRow("GET TLS failure") << "GET" << tls << false;
    QTest::newRow("PUT connection lost") << "PUT" << lost << true;
    QTest::newRow("DELETE 503") << "DELETE" << ScriptedTransport::status(503) << true;
    QTest::newRow("PATCH timer connection lost") << "PATCH timer" << lost << true;
    QTest::newRow("PATCH other connection lost") << "PATCH" << lost << false;
    QTest::newRow("POST connection lost") << "POST" << lost << false;
    QTest::newRow("POST timeout") << "POST" << timeout << false;
    QTest::newRow("POST 503") << "POST" << ScriptedTransport::status(503) << false;
    QTest::newRow("POST refused (never arrived)") << "POST" << refused << true;
}

void TestRequestScheduler::transientFailureRetryRules()
{
    QFETCH(QString, method);
    QFETCH(ApiResponse, failure);
    QFETCH(bool, retried);

    ApiRequest request;
    if (method == QLatin1String("GET"))
        request = ApiRequest::get(QStringLiteral("/r/x"));
    else if (method == QLatin1String("PUT"))
        request = ApiRequest::put(QStringLiteral("/r/x"), "{}");
    else if (method == QLatin1String("DELETE"))
        request = ApiRequest::del(QStringLiteral("/r/x"));
    else if (method == QLatin1String("PATCH timer"))
        request = ApiRequest::patch(QStringLiteral("/r/x"), {}, true);
    else if (method == QLatin1String("PATCH"))
        request = ApiRequest::patch(QStringLiteral("/r/x"), "{}", false);
    else
        request = ApiRequest::post(QStringLiteral("/r/x"), "{}");

    RequestScheduler::Policy policy;
    policy.backoffStart = 2000ms;
    Harness h(policy);
    h.enqueue(QStringLiteral("x"), request);
    settle();
    QVERIFY(h.transport.answerOldest(failure));
    settle();
    h.clock.advance(2000ms);
    settle();

    if (retried) {
        QCOMPARE(h.transport.sent().size(), 2);
        QVERIFY(h.results.isEmpty());
        QVERIFY(h.transport.answerOldest(ScriptedTransport::ok()));
        settle();
        QVERIFY(h.results.value(QStringLiteral("x")).ok());
    } else {
        QCOMPARE(h.transport.sent().size(), 1);
        QVERIFY(h.results.contains(QStringLiteral("x")));
        const ApiResponse response = h.results.value(QStringLiteral("x"));
        QCOMPARE(response.error.kind, failure.error.kind);
        QCOMPARE(response.httpStatus, failure.httpStatus);
    }
}

void TestRequestScheduler::transientRetriesAreCapped()
{
    RequestScheduler::Policy policy;
    policy.maxTransientRetries = 3;
    policy.backoffStart = 1000ms;
    policy.backoffCap = 3000ms;
    Harness h(policy);
    h.enqueue(QStringLiteral("x"));
    for (int i = 0; i < 100 && h.results.isEmpty(); ++i) {
        settle();
        h.transport.answerAll(ScriptedTransport::networkError(true));
        settle();
        h.clock.advance(500ms);
    }
    QCOMPARE(h.transport.sent().size(), 4);
    QCOMPARE(h.results.value(QStringLiteral("x")).error.kind, ApiError::Kind::Network);
}

void TestRequestScheduler::cancelQueuedIsNeverSent()
{
    Harness h(windowPolicy(1, 1000ms));
    h.enqueue(QStringLiteral("a"));
    ApiJob *b = h.enqueue(QStringLiteral("b"));
    settle();
    b->cancel();
    settle();
    QVERIFY(h.results.contains(QStringLiteral("b")));
    QCOMPARE(h.results.value(QStringLiteral("b")).error.kind, ApiError::Kind::Cancelled);
    QVERIFY(!h.results.value(QStringLiteral("b")).reachedServer);
    QCOMPARE(h.scheduler.queueLength(), 0);
    h.drain();
    QCOMPARE(h.sentLabels(), QStringList({"a"}));
}

void TestRequestScheduler::cancelInFlightAbortsTheAttempt()
{
    Harness h;
    ApiJob *a = h.enqueue(QStringLiteral("a"));
    settle();
    QCOMPARE(h.transport.open().size(), 1);
    const quint64 attemptId = h.transport.open().first().id;
    a->cancel();
    settle();
    QCOMPARE(h.transport.aborted(), QList<quint64>({attemptId}));
    QCOMPARE(h.results.value(QStringLiteral("a")).error.kind, ApiError::Kind::Cancelled);
    // A late answer for the aborted attempt changes nothing.
    h.transport.answer(attemptId, ScriptedTransport::ok());
    settle();
    QCOMPARE(h.results.value(QStringLiteral("a")).error.kind, ApiError::Kind::Cancelled);
}

void TestRequestScheduler::cancelRightAfterEnqueueStillDeliversFinished()
{
    Harness h;
    ApiJob *job = h.scheduler.enqueue(getRequest(QStringLiteral("a")));
    job->cancel();
    bool finished = false;
    connect(job, &ApiJob::finished, this, [&finished] { finished = true; });
    settle();
    QVERIFY(finished);
    QVERIFY(h.transport.sent().isEmpty());
}

void TestRequestScheduler::cancelAllEndsQueuedAndInFlight()
{
    Harness h(windowPolicy(2, 1000ms));
    for (int i = 0; i < 5; ++i)
        h.enqueue(QString::number(i));
    settle();
    QCOMPARE(h.transport.open().size(), 2);
    h.scheduler.cancelAll();
    settle();
    QCOMPARE(h.results.size(), 5);
    for (const ApiResponse &response : std::as_const(h.results))
        QCOMPARE(response.error.kind, ApiError::Kind::Cancelled);
    QCOMPARE(h.transport.aborted().size(), 2);
    QCOMPARE(h.scheduler.queueLength(), 0);
    h.clock.advance(5s);
    settle();
    QCOMPARE(h.transport.sent().size(), 2);
}

void TestRequestScheduler::queueLengthAndRateLimitedUntilAreReported()
{
    Harness h(windowPolicy(2, 1000ms));
    QSignalSpy lengthSpy(&h.scheduler, &RequestScheduler::queueLengthChanged);
    const QDateTime start = h.clock.utcNow();
    for (int i = 0; i < 5; ++i)
        h.enqueue(QString::number(i));
    QCOMPARE(h.scheduler.queueLength(), 5);
    settle();
    QCOMPARE(h.scheduler.queueLength(), 3);
    QCOMPARE(lengthSpy.last().first().toInt(), 3);
    // Window full with requests in flight: waiting for answers, not for a time.
    QVERIFY(!h.scheduler.rateLimitedUntil().isValid());
    h.transport.answerAll(ScriptedTransport::ok());
    settle();
    QCOMPARE(h.scheduler.rateLimitedUntil(), start.addMSecs(1000));
    h.drain();
    QCOMPARE(h.scheduler.queueLength(), 0);
    QCOMPARE(lengthSpy.last().first().toInt(), 0);
    QVERIFY(!h.scheduler.rateLimitedUntil().isValid());
}

void TestRequestScheduler::jobDeletesItselfAfterFinished()
{
    Harness h;
    QPointer<ApiJob> job = h.enqueue(QStringLiteral("a"));
    settle();
    QVERIFY(job);
    h.transport.answerAll(ScriptedTransport::ok());
    settle();
    QVERIFY(h.results.contains(QStringLiteral("a")));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QVERIFY(job.isNull());
}

QTEST_GUILESS_MAIN(TestRequestScheduler)
#include "tst_requestscheduler.moc"
