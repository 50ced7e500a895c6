// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/RequestScheduler.h"

#include "core/api/RequestJob.h"
#include "core/api/RequestTransport.h"
#include "core/services/Clock.h"

#include <QLoggingCategory>

#include <algorithm>
#include <limits>

Q_LOGGING_CATEGORY(lcApiScheduler, "mocotrack.api.scheduler", QtInfoMsg)

namespace {

constexpr qint64 never = std::numeric_limits<qint64>::max();

bool isTransient(const ApiResponse &response)
{
    switch (response.error.kind) {
    case ApiError::Kind::Timeout:
        return true;
    case ApiError::Kind::Network:
        // A certificate does not fix itself on retry.
        return response.error.detail != ApiError::Detail::Tls;
    case ApiError::Kind::Server:
        return response.httpStatus == 502 || response.httpStatus == 503 ||
               response.httpStatus == 504;
    default:
        return false;
    }
}

// Retry-After in milliseconds without overflow: ResponseClassifier caps what
// it reads, but an ApiError may come from anywhere.
qint64 retryAfterMs(std::chrono::seconds retryAfter)
{
    constexpr qint64 limit = never / 1000;
    return std::clamp<qint64>(retryAfter.count(), 0, limit) * 1000;
}

} // namespace

RequestScheduler::RequestScheduler(RequestTransport *transport, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_clock(clock)
{
    Q_ASSERT(transport);
    Q_ASSERT(clock);
    m_wakeTimer.setSingleShot(true);
    m_wakeTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_wakeTimer, &QTimer::timeout, this, &RequestScheduler::pump);
    connect(m_transport, &RequestTransport::attemptFinished, this,
            &RequestScheduler::onAttemptFinished);
    connect(m_clock, &Clock::jumped, this, &RequestScheduler::schedulePump);
}

RequestScheduler::~RequestScheduler()
{
    m_wakeTimer.stop();
    if (m_transport) {
        disconnect(m_transport, nullptr, this, nullptr);
        for (auto it = m_inFlight.cbegin(); it != m_inFlight.cend(); ++it)
            m_transport->abort(it.key());
    }
    m_inFlight.clear();
    m_queue.clear();
}

void RequestScheduler::setPolicy(const Policy &policy)
{
    m_policy = policy;
    m_policy.windowRequests = std::max(1, m_policy.windowRequests);
    schedulePump();
}

ApiJob *RequestScheduler::enqueue(const ApiRequest &request)
{
    auto *job = new RequestJob(request, this);
    Entry entry;
    entry.job = job;
    entry.request = request;
    entry.sequence = m_nextSequence++;
    m_queue.append(std::move(entry));
    // Sent from the event loop, so that requests enqueued together are
    // ordered by priority before the first one goes out.
    schedulePump();
    updateState(m_clock->monotonicMs());
    return job;
}

void RequestScheduler::schedulePump()
{
    if (m_pumpQueued)
        return;
    m_pumpQueued = true;
    QMetaObject::invokeMethod(this, &RequestScheduler::pump, Qt::QueuedConnection);
}

int RequestScheduler::occupiedSlots(qint64 nowMs) const
{
    return static_cast<int>(std::count_if(m_slots.cbegin(), m_slots.cend(), [nowMs](const Slot &s) {
        return s.freesAtMs < 0 || s.freesAtMs > nowMs;
    }));
}

qint64 RequestScheduler::windowFreesAtMs(qint64 nowMs) const
{
    // The earliest moment a slot frees, if the window is full; `never` when
    // only answers still in flight can free one.
    if (occupiedSlots(nowMs) < m_policy.windowRequests)
        return nowMs;
    qint64 earliest = never;
    for (const Slot &slot : m_slots) {
        if (slot.freesAtMs > nowMs)
            earliest = std::min(earliest, slot.freesAtMs);
    }
    return earliest;
}

int RequestScheduler::takeNextReady(qint64 nowMs) const
{
    int best = -1;
    for (int i = 0; i < m_queue.size(); ++i) {
        const Entry &entry = m_queue.at(i);
        if (entry.notBeforeMs > nowMs)
            continue;
        if (best < 0)
            best = i;
        const Entry &current = m_queue.at(best);
        if (std::pair(entry.request.priority, entry.sequence) <
            std::pair(current.request.priority, current.sequence))
            best = i;
    }
    return best;
}

void RequestScheduler::pump()
{
    m_pumpQueued = false;
    if (!m_transport)
        return;
    const qint64 now = m_clock->monotonicMs();
    m_slots.removeIf([now](const Slot &s) { return s.freesAtMs >= 0 && s.freesAtMs <= now; });

    while (now >= m_pausedUntilMs && occupiedSlots(now) < m_policy.windowRequests) {
        const int index = takeNextReady(now);
        if (index < 0)
            break;
        Entry entry = m_queue.takeAt(index);
        const quint64 attemptId = m_transport->start(entry.request);
        m_slots.append(Slot{attemptId, -1});
        qCDebug(lcApiScheduler) << "sent" << ApiRequest::methodName(entry.request.method)
                                << entry.request.path << "attempt" << attemptId;
        m_inFlight.insert(attemptId, std::move(entry));
    }
    updateWakeUp(now);
    updateState(now);
}

void RequestScheduler::updateWakeUp(qint64 nowMs)
{
    // Every entry waits for the pause and the window; some also for their
    // own backoff.
    const qint64 windowFree = windowFreesAtMs(nowMs);
    qint64 wake = never;
    for (const Entry &entry : std::as_const(m_queue)) {
        const qint64 ready = std::max(entry.notBeforeMs, nowMs);
        wake = std::min(wake, std::max({ready, m_pausedUntilMs, windowFree}));
    }
    if (wake == never) {
        m_wakeTimer.stop();
        return;
    }
    const qint64 delay = std::max<qint64>(0, wake - nowMs);
    m_wakeTimer.start(static_cast<int>(std::min<qint64>(delay, std::numeric_limits<int>::max())));
}

void RequestScheduler::updateState(qint64 nowMs)
{
    if (m_reportedQueueLength != m_queue.size()) {
        m_reportedQueueLength = static_cast<int>(m_queue.size());
        emit queueLengthChanged(m_reportedQueueLength);
    }

    // Waiting for the rate limit: something could go out but a 429 pause or
    // a full window (with a known end) holds it back.
    qint64 deadline = -1;
    if (!m_queue.isEmpty()) {
        if (nowMs < m_pausedUntilMs)
            deadline = m_pausedUntilMs;
        const bool anyReady =
            std::any_of(m_queue.cbegin(), m_queue.cend(),
                        [nowMs](const Entry &e) { return e.notBeforeMs <= nowMs; });
        const qint64 windowFree = windowFreesAtMs(nowMs);
        if (anyReady && windowFree > nowMs && windowFree != never)
            deadline = std::max(deadline, windowFree);
    }
    if (deadline == m_waitDeadlineMs)
        return;
    m_waitDeadlineMs = deadline;
    m_rateLimitedUntil = deadline < 0 ? QDateTime() : m_clock->utcNow().addMSecs(deadline - nowMs);
    emit rateLimitedUntilChanged(m_rateLimitedUntil);
}

qint64 RequestScheduler::slotHoldMs() const
{
    return m_policy.window.count() + m_policy.slotGuard.count();
}

qint64 RequestScheduler::backoffMs(int retry) const
{
    qint64 delay = m_policy.backoffStart.count();
    for (int i = 0; i < retry && delay < m_policy.backoffCap.count(); ++i)
        delay *= 2;
    return std::min<qint64>(delay, m_policy.backoffCap.count());
}

bool RequestScheduler::mayRetryTransient(const Entry &entry, const ApiResponse &response) const
{
    if (!isTransient(response) || entry.transientRetries >= m_policy.maxTransientRetries)
        return false;
    // Sending a POST twice may create two records: only when the attempt
    // provably never arrived.
    return entry.request.idempotent || !response.reachedServer;
}

void RequestScheduler::onAttemptFinished(quint64 attemptId, const ApiResponse &response)
{
    auto it = m_inFlight.find(attemptId);
    if (it == m_inFlight.end())
        return;
    Entry entry = std::move(it.value());
    m_inFlight.erase(it);

    const qint64 now = m_clock->monotonicMs();
    for (Slot &slot : m_slots) {
        if (slot.attemptId == attemptId)
            slot.freesAtMs = now + slotHoldMs();
    }
    if (!response.reachedServer)
        m_slots.removeIf([attemptId](const Slot &s) { return s.attemptId == attemptId; });
    else
        entry.reachedServer = true;

    if (!entry.job) {
        schedulePump();
        return;
    }

    const ApiError &error = response.error;
    if (error.kind == ApiError::Kind::RateLimited &&
        entry.rateLimitRetries < m_policy.maxRateLimitRetries) {
        const qint64 wait =
            error.retryAfter ? retryAfterMs(*error.retryAfter) : backoffMs(entry.rateLimitRetries);
        if (wait <= m_policy.maxRetryAfterWait.count()) {
            ++entry.rateLimitRetries;
            m_pausedUntilMs = std::max(m_pausedUntilMs, now + wait);
            qCInfo(lcApiScheduler) << "429: pausing the queue for" << wait << "ms";
            retryLater(std::move(entry), wait);
            return;
        }
    } else if (mayRetryTransient(entry, response)) {
        const qint64 wait =
            error.retryAfter ? retryAfterMs(*error.retryAfter) : backoffMs(entry.transientRetries);
        ++entry.transientRetries;
        qCInfo(lcApiScheduler) << "retrying" << ApiRequest::methodName(entry.request.method)
                               << entry.request.path << "in" << wait << "ms after" << error.kind;
        retryLater(std::move(entry), std::min<qint64>(wait, m_policy.backoffCap.count()));
        return;
    }
    deliver(entry, response);
    schedulePump();
}

void RequestScheduler::retryLater(Entry entry, qint64 delayMs)
{
    entry.notBeforeMs = m_clock->monotonicMs() + delayMs;
    m_queue.append(std::move(entry));
    schedulePump();
    updateState(m_clock->monotonicMs());
}

void RequestScheduler::deliver(Entry &entry, ApiResponse response)
{
    response.reachedServer = response.reachedServer || entry.reachedServer;
    if (RequestJob *job = entry.job.data())
        job->deliver(std::move(response));
}

void RequestScheduler::cancelJob(RequestJob *job)
{
    const qint64 now = m_clock->monotonicMs();
    for (int i = 0; i < m_queue.size(); ++i) {
        if (m_queue.at(i).job != job)
            continue;
        Entry entry = m_queue.takeAt(i);
        ApiResponse response;
        response.error = ApiError::make(ApiError::Kind::Cancelled);
        response.reachedServer = false;
        deliver(entry, std::move(response));
        schedulePump();
        updateState(now);
        return;
    }
    for (auto it = m_inFlight.begin(); it != m_inFlight.end(); ++it) {
        if (it.value().job != job)
            continue;
        const quint64 attemptId = it.key();
        Entry entry = std::move(it.value());
        m_inFlight.erase(it);
        if (m_transport)
            m_transport->abort(attemptId);
        for (Slot &slot : m_slots) {
            if (slot.attemptId == attemptId)
                slot.freesAtMs = now + slotHoldMs();
        }
        ApiResponse response;
        response.error = ApiError::make(ApiError::Kind::Cancelled);
        response.reachedServer = true; // it may have arrived: never resend a POST on our own
        deliver(entry, std::move(response));
        schedulePump();
        return;
    }
}

void RequestScheduler::cancelAll()
{
    cancelWhere([](const ApiRequest &) { return true; });
}

void RequestScheduler::cancelWhere(const std::function<bool(const ApiRequest &)> &which)
{
    QList<QPointer<RequestJob>> jobs;
    for (const Entry &entry : std::as_const(m_queue))
        if (which(entry.request))
            jobs.append(entry.job);
    for (const Entry &entry : std::as_const(m_inFlight))
        if (which(entry.request))
            jobs.append(entry.job);
    for (const QPointer<RequestJob> &job : std::as_const(jobs)) {
        if (job)
            job->cancel();
    }
}

void RequestScheduler::forgetJob(RequestJob *job)
{
    const qint64 now = m_clock->monotonicMs();
    m_queue.removeIf([job](const Entry &e) { return e.job == job || e.job.isNull(); });
    for (auto it = m_inFlight.begin(); it != m_inFlight.end();) {
        if (it.value().job == job) {
            if (m_transport)
                m_transport->abort(it.key());
            for (Slot &slot : m_slots) {
                if (slot.attemptId == it.key())
                    slot.freesAtMs = now + slotHoldMs();
            }
            it = m_inFlight.erase(it);
        } else {
            ++it;
        }
    }
    schedulePump();
}
