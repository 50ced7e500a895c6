// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/FaultInjector.h"

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
    for (qsizetype index = 0; index < m_queue.size(); ++index) {
        if (m_queue.at(index).matches(method, path)) {
            Decision decision = fromRule(m_queue.takeAt(index));
            decision.latencyMs += m_latencyMs;
            return decision;
        }
    }
    Decision decision;
    decision.latencyMs = m_latencyMs;
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
    }
    decision.directive.label = decision.label;
    return decision;
}

FaultInjector::Decision FaultInjector::fromRule(const FaultRule &rule) const
{
    Decision decision;
    decision.latencyMs = rule.latencyMs;
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
    } else if (rule.malformed) {
        decision.directive.malformed = true;
        decision.label = QStringLiteral("malformed");
    } else if (rule.dropAfterStore) {
        decision.label = QStringLiteral("dropAfterStore");
    } else {
        decision.label = QStringLiteral("latency");
    }
    decision.dropAfterStore = rule.dropAfterStore && decision.action == Decision::Action::Forward;
    decision.directive.label = decision.label;
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
    if (!readRate(settings, QStringLiteral("errorRate"), &errorRate, &error) ||
        !readRate(settings, QStringLiteral("malformedRate"), &malformedRate, &error) ||
        !readRate(settings, QStringLiteral("dropRate"), &dropRate, &error))
        return error;

    m_queue.append(added);
    m_errorRate = errorRate;
    m_malformedRate = malformedRate;
    m_dropRate = dropRate;
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
}

QJsonObject FaultInjector::toJson() const
{
    QJsonArray queue;
    for (const FaultRule &rule : m_queue)
        queue.append(rule.toJson());
    return QJsonObject{
        {QStringLiteral("queue"), queue},
        {QStringLiteral("latencyMs"), m_latencyMs},
        {QStringLiteral("errorRate"), m_errorRate},
        {QStringLiteral("malformedRate"), m_malformedRate},
        {QStringLiteral("dropRate"), m_dropRate},
    };
}
