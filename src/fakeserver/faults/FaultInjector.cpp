// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/faults/FaultInjector.h"

#include <QJsonArray>

#include <array>

namespace {
bool readRate(const QJsonObject &settings, const QString &key, double *rate, QString *error)
{
    if (!settings.contains(key))
        return true;
    const double value = settings.value(key).toDouble(-1);
    if (value < 0 || value > 1) {
        *error = key + QStringLiteral(" must be between 0 and 1");
        return false;
    }
    *rate = value;
    return true;
}
} // namespace

FaultInjector::FaultInjector(quint64 seed, QObject *parent)
    : QObject(parent)
    , m_random(seed ^ 0x5eedfa17ULL)
{}

FaultInjector::Decision FaultInjector::decide(const QByteArray &method, const QString &path)
{
    Decision decision;
    bool fromQueue = false;
    for (qsizetype index = 0; index < m_queue.size(); ++index) {
        if (m_queue.at(index).matches(method, path)) {
            decision = fromRule(m_queue.takeAt(index));
            fromQueue = true;
            break;
        }
    }
    if (!fromQueue) {
        if (m_dropRate > 0 && m_random.chance(m_dropRate)) {
            decision.action = Decision::Action::Drop;
            decision.label = QStringLiteral("drop");
        } else if (m_errorRate > 0 && m_random.chance(m_errorRate)) {
            static const std::array<int, 3> statuses{500, 502, 503};
            decision.directive.status = statuses[m_random.between(0, 2)];
            decision.label = QStringLiteral("status");
        } else if (m_malformedRate > 0 && m_random.chance(m_malformedRate)) {
            decision.directive.malformed = true;
            decision.label = QStringLiteral("malformed");
        } else if (m_portalRate > 0 && m_random.chance(m_portalRate)) {
            decision.directive.portal = true;
            decision.label = QStringLiteral("portal");
        }
    }
    decision.latencyMs += m_latencyMs;
    addDelays(method, path, &decision);
    decision.directive.label = decision.label;
    return decision;
}

void FaultInjector::addDelays(const QByteArray &method, const QString &path,
                              Decision *decision) const
{
    for (const DelayRule &delay : m_delays) {
        if (!delay.pattern.matches(method, path))
            continue;
        decision->latencyMs += delay.latencyMs;
        decision->answerDelayMs += delay.answerDelayMs;
        if (decision->label.isEmpty())
            decision->label =
                delay.answerDelayMs > 0 ? QStringLiteral("answerDelay") : QStringLiteral("latency");
    }
}

FaultInjector::Decision FaultInjector::fromRule(const FaultRule &rule) const
{
    Decision decision;
    decision.latencyMs = rule.latencyMs;
    decision.answerDelayMs = rule.answerDelayMs;
    if (rule.drop) {
        decision.action = Decision::Action::Drop;
        decision.label = QStringLiteral("drop");
    } else if (rule.hang) {
        decision.action = Decision::Action::Hang;
        decision.label = QStringLiteral("hang");
    } else if (rule.status) {
        decision.directive.status = rule.status;
        decision.directive.retryAfterSeconds = rule.retryAfterSeconds;
        decision.directive.body = rule.body;
        decision.label = QStringLiteral("status");
    } else if (rule.portal) {
        decision.directive.portal = true;
        decision.label = QStringLiteral("portal");
    } else if (rule.malformed) {
        decision.directive.malformed = true;
        decision.label = QStringLiteral("malformed");
    } else if (rule.wrongType) {
        decision.directive.wrongType = true;
        decision.label = QStringLiteral("wrongType");
    } else if (rule.dropAfterStore) {
        decision.label = QStringLiteral("dropAfterStore");
    } else if (rule.answerDelayMs > 0) {
        decision.label = QStringLiteral("answerDelay");
    } else {
        decision.label = QStringLiteral("latency");
    }
    decision.dropAfterStore = rule.dropAfterStore && decision.action == Decision::Action::Process;
    return decision;
}

QString FaultInjector::configure(const QJsonObject &settings)
{
    QString error;
    QList<FaultRule> added;
    const QJsonArray queue = settings.value(QStringLiteral("queue")).toArray();
    for (const QJsonValue &entry : queue) {
        const std::optional<FaultRule> rule = FaultRule::fromJson(entry.toObject(), &error);
        if (!rule)
            return error;
        added.append(*rule);
    }
    double errorRate = m_errorRate;
    double malformedRate = m_malformedRate;
    double dropRate = m_dropRate;
    double portalRate = m_portalRate;
    if (!readRate(settings, QStringLiteral("errorRate"), &errorRate, &error) ||
        !readRate(settings, QStringLiteral("malformedRate"), &malformedRate, &error) ||
        !readRate(settings, QStringLiteral("dropRate"), &dropRate, &error) ||
        !readRate(settings, QStringLiteral("portalRate"), &portalRate, &error))
        return error;
    QList<DelayRule> delays = m_delays;
    if (settings.contains(QStringLiteral("delays"))) {
        if (!settings.value(QStringLiteral("delays")).isArray())
            return QStringLiteral("delays must be a list");
        delays.clear();
        const QJsonArray entries = settings.value(QStringLiteral("delays")).toArray();
        for (const QJsonValue &entry : entries) {
            const std::optional<DelayRule> delay = DelayRule::fromJson(entry.toObject(), &error);
            if (!delay)
                return error;
            delays.append(*delay);
        }
    }

    m_queue.append(added);
    m_errorRate = errorRate;
    m_malformedRate = malformedRate;
    m_dropRate = dropRate;
    m_portalRate = portalRate;
    m_delays = delays;
    if (settings.contains(QStringLiteral("latencyMs")))
        setLatencyMs(settings.value(QStringLiteral("latencyMs")).toInt());
    const int downMs = settings.value(QStringLiteral("downMs")).toInt();
    if (downMs > 0)
        emit downRequested(downMs);
    return {};
}

void FaultInjector::clear()
{
    m_queue.clear();
    m_latencyMs = 0;
    m_errorRate = 0;
    m_malformedRate = 0;
    m_dropRate = 0;
    m_portalRate = 0;
    m_delays.clear();
}

QJsonObject FaultInjector::toJson() const
{
    QJsonArray queue;
    for (const FaultRule &rule : m_queue)
        queue.append(rule.toJson());
    QJsonArray delays;
    for (const DelayRule &delay : m_delays)
        delays.append(delay.toJson());
    return QJsonObject{
        {QStringLiteral("queue"), queue},
        {QStringLiteral("latencyMs"), m_latencyMs},
        {QStringLiteral("errorRate"), m_errorRate},
        {QStringLiteral("malformedRate"), m_malformedRate},
        {QStringLiteral("dropRate"), m_dropRate},
        {QStringLiteral("portalRate"), m_portalRate},
        {QStringLiteral("delays"), delays},
    };
}
