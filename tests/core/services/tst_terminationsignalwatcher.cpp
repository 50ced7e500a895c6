// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/TerminationSignalWatcher.h"

#include <QSignalSpy>
#include <QTest>

#include <csignal>

class TestTerminationSignalWatcher : public QObject
{
    Q_OBJECT
private slots:
    void signalBecomesAQuitRequestThroughTheEventLoop_data();
    void signalBecomesAQuitRequestThroughTheEventLoop();
    void secondSignalGetsThePreviousHandling();
};

void TestTerminationSignalWatcher::signalBecomesAQuitRequestThroughTheEventLoop_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::newRow("SIGTERM (logout, kill)") << int(SIGTERM);
    QTest::newRow("SIGINT (Ctrl+C)") << int(SIGINT);
    QTest::newRow("SIGHUP (terminal closed)") << int(SIGHUP);
}

void TestTerminationSignalWatcher::signalBecomesAQuitRequestThroughTheEventLoop()
{
    QFETCH(int, signalNumber);
    TerminationSignalWatcher watcher;
    QVERIFY(watcher.isActive());
    QSignalSpy requested(&watcher, &TerminationSignalWatcher::terminationRequested);
    QCOMPARE(::raise(signalNumber), 0);
    // Not emitted from inside the signal handler …
    QCOMPARE(requested.count(), 0);
    // … but from the event loop.
    QVERIFY(requested.wait(5000));
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().first().toInt(), signalNumber);
}

void TestTerminationSignalWatcher::secondSignalGetsThePreviousHandling()
{
    // A handler of our own stands in for the default (which would end the
    // test) to show that the watcher hands SIGTERM back after the first one.
    static volatile std::sig_atomic_t previousHandlerCalls = 0;
    struct sigaction previous = {};
    previous.sa_handler = [](int) { previousHandlerCalls = previousHandlerCalls + 1; };
    sigemptyset(&previous.sa_mask);
    struct sigaction saved = {};
    QCOMPARE(::sigaction(SIGTERM, &previous, &saved), 0);
    {
        TerminationSignalWatcher watcher;
        QSignalSpy requested(&watcher, &TerminationSignalWatcher::terminationRequested);
        ::raise(SIGTERM);
        QVERIFY(requested.wait(5000));
        QCOMPARE(previousHandlerCalls, 0);
        ::raise(SIGTERM);
        QCOMPARE(previousHandlerCalls, 1);
        QTest::qWait(50);
        QCOMPARE(requested.count(), 1);
    }
    ::sigaction(SIGTERM, &saved, nullptr);
}

QTEST_GUILESS_MAIN(TestTerminationSignalWatcher)
#include "tst_terminationsignalwatcher.moc"
