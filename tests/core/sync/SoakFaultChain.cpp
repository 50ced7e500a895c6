// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SoakFaultChain.h"

#include "support/FakeServerProcess.h"

#include <QDebug>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

SoakFaultChain::SoakFaultChain(FakeServerProcess *server, quint32 seed,
                               std::chrono::milliseconds requestTimeout, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_random(seed)
    , m_requestTimeout(requestTimeout)
{}

void SoakFaultChain::start()
{
    m_running = true;
    m_idle = false;
    QTimer::singleShot(1000, this, &SoakFaultChain::nextFault);
}

void SoakFaultChain::queueFaults(const QJsonObject &entry, int times)
{
    QJsonArray queue;
    for (int i = 0; i < times; ++i)
        queue.append(entry);
    m_server->control("POST", QStringLiteral("/faults"),
                      QJsonDocument(QJsonObject{{QStringLiteral("queue"), queue}}));
}

void SoakFaultChain::setDelays(const QJsonObject &delay)
{
    const QJsonArray delays = delay.isEmpty() ? QJsonArray() : QJsonArray{delay};
    m_server->control("POST", QStringLiteral("/faults"),
                      QJsonDocument(QJsonObject{{QStringLiteral("delays"), delays}}));
}

// One fault episode after the other, each after a quiet gap, until the user
// is done. Sequential on purpose: control calls must not overlap a down
// period (they use the same port) nor each other.
void SoakFaultChain::nextFault()
{
    if (!m_running) {
        m_idle = true;
        return;
    }
    static const char *const writeMethods[] = {"POST", "PUT", "PATCH", "DELETE"};
    static const char *const paths[] = {"/api/v1/activities", "/api/v1/users/presences"};
    const auto method = [this] { return QLatin1String(writeMethods[m_random.bounded(4)]); };
    const auto path = [this] { return QLatin1String(paths[m_random.bounded(2)]); };
    int lasts = 0; // how long the episode itself lasts
    bool clearDelays = false;
    switch (m_random.bounded(10)) {
    case 0: {
        static const int statuses[] = {500, 502, 503};
        const int times = 1 + static_cast<int>(m_random.bounded(4));
        queueFaults(QJsonObject{{QStringLiteral("status"), statuses[m_random.bounded(3)]}}, times);
        m_injected[QStringLiteral("5xx")] += times;
        break;
    }
    case 1: {
        const int times = 2 + static_cast<int>(m_random.bounded(4));
        queueFaults(QJsonObject{{QStringLiteral("status"), 429}, {QStringLiteral("retryAfter"), 1}},
                    times);
        m_injected[QStringLiteral("429")] += times;
        break;
    }
    case 2: {
        const int times = 1 + static_cast<int>(m_random.bounded(2));
        queueFaults(QJsonObject{{QStringLiteral("drop"), true}}, times);
        m_injected[QStringLiteral("drop")] += times;
        break;
    }
    case 3:
    case 4:
        // The answer to a write is lost after MOCO stored it.
        queueFaults(QJsonObject{{QStringLiteral("dropAfterStore"), true},
                                {QStringLiteral("method"), method()},
                                {QStringLiteral("path"), path()}},
                    1);
        ++m_injected[QStringLiteral("dropAfterStore")];
        break;
    case 5:
        // A slow store; past the client's timeout nothing is stored.
        lasts = 1000 + static_cast<int>(m_random.bounded(3000));
        setDelays(QJsonObject{
            {QStringLiteral("latencyMs"), 200 + static_cast<int>(m_random.bounded(2000))}});
        clearDelays = true;
        ++m_injected[QStringLiteral("slow store")];
        break;
    case 6:
        // Stored at once, answered after the client gave up.
        lasts = 1000 + static_cast<int>(m_random.bounded(2000));
        setDelays(QJsonObject{
            {QStringLiteral("method"), method()},
            {QStringLiteral("answerDelayMs"),
             int(m_requestTimeout.count()) + 200 + static_cast<int>(m_random.bounded(1000))}});
        clearDelays = true;
        ++m_injected[QStringLiteral("late answer")];
        break;
    case 7: {
        const bool portal = m_random.bounded(2) == 0;
        queueFaults(
            QJsonObject{{portal ? QStringLiteral("portal") : QStringLiteral("malformed"), true}},
            1);
        ++m_injected[portal ? QStringLiteral("portal") : QStringLiteral("malformed")];
        break;
    }
    case 8:
        queueFaults(QJsonObject{{QStringLiteral("hang"), true}}, 1);
        ++m_injected[QStringLiteral("hang")];
        break;
    case 9: {
        // MOCO down: refused connections, or 503 for everything.
        lasts = 1000 + static_cast<int>(m_random.bounded(3000));
        if (m_random.bounded(2) == 0) {
            m_server->control("POST", QStringLiteral("/faults"),
                              QJsonDocument(QJsonObject{{QStringLiteral("downMs"), lasts}}));
            lasts += 300; // until it listens again
            ++m_injected[QStringLiteral("down")];
        } else {
            m_server->control("POST", QStringLiteral("/faults"),
                              QJsonDocument(QJsonObject{{QStringLiteral("errorRate"), 1.0}}));
            ++m_injected[QStringLiteral("503 period")];
            QTimer::singleShot(lasts, this, [this] {
                m_server->control("POST", QStringLiteral("/faults"),
                                  QJsonDocument(QJsonObject{{QStringLiteral("errorRate"), 0.0}}));
                QTimer::singleShot(500 + m_random.bounded(2000), this, &SoakFaultChain::nextFault);
            });
            return;
        }
        break;
    }
    }
    QTimer::singleShot(lasts, this, [this, clearDelays] {
        if (clearDelays)
            setDelays({});
        QTimer::singleShot(500 + m_random.bounded(2000), this, &SoakFaultChain::nextFault);
    });
}

// What the server's request log says was actually hit (entries queued near
// the end may never have met a request).
void SoakFaultChain::reportSeen()
{
    QMap<QString, int> seen;
    int requests = 0;
    const QJsonArray log = m_server->control("GET", QStringLiteral("/requests"))
                               .object()
                               .value(QStringLiteral("requests"))
                               .toArray();
    for (const QJsonValue &value : log) {
        const QString fault = value.toObject().value(QStringLiteral("fault")).toString();
        ++requests;
        if (!fault.isEmpty())
            ++seen[fault];
    }
    qInfo("soak: %d API requests, faults survived %s", requests,
          qPrintable(QDebug::toString(seen)));
}
