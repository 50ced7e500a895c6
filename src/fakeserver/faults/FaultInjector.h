// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakeserver/faults/DelayRule.h"
#include "fakeserver/faults/FaultDirective.h"
#include "fakeserver/faults/FaultRule.h"
#include "fakeserver/seed/SeedRandom.h"

#include <QJsonObject>
#include <QList>
#include <QObject>

// Decides, per API request, which fault applies: first the queued entries
// (POST /__fake/faults {"queue": […]}), then the random rates, plus latency
// (for every request, and the lasting delays of the matching ones).
// "down" is announced through downRequested() to the HttpListener.
class FaultInjector : public QObject
{
    Q_OBJECT
public:
    struct Decision
    {
        enum class Action { Process, Drop, Hang };
        Action action = Action::Process;
        int latencyMs = 0;     // before the request is processed
        int answerDelayMs = 0; // between processing and answering
        bool dropAfterStore = false;
        FaultDirective directive; // for RequestDispatcher
        QString label;            // for the request log
    };

    explicit FaultInjector(quint64 seed, QObject *parent = nullptr);

    void setLatencyMs(int latencyMs) { m_latencyMs = std::max(0, latencyMs); }
    void setErrorRate(double rate) { m_errorRate = rate; }
    void setMalformedRate(double rate) { m_malformedRate = rate; }
    void setDropRate(double rate) { m_dropRate = rate; }
    void setPortalRate(double rate) { m_portalRate = rate; }
    void setDelays(const QList<DelayRule> &delays) { m_delays = delays; }

    Decision decide(const QByteArray &method, const QString &path);

    // Applies a POST /__fake/faults body; omitted keys stay as they are.
    // Returns an error text, empty on success.
    QString configure(const QJsonObject &settings);
    // Back to no faults at all (queue, rates, latency, delays).
    void clear();
    QJsonObject toJson() const;

signals:
    void downRequested(int milliseconds);

private:
    Decision fromRule(const FaultRule &rule) const;
    void addDelays(const QByteArray &method, const QString &path, Decision *decision) const;

    QList<FaultRule> m_queue;
    int m_latencyMs = 0;
    double m_errorRate = 0;
    double m_malformedRate = 0;
    double m_dropRate = 0;
    double m_portalRate = 0;
    QList<DelayRule> m_delays;
    SeedRandom m_random;
};
