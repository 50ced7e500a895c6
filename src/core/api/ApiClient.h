// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/api/ApiJob.h"
#include "core/api/ApiRequest.h"
#include "core/api/ApiResult.h"
#include "core/api/RequestScheduler.h"
#include "core/api/ServerClockOffset.h"

#include "core/domain/Activity.h"
#include "core/domain/ActivityChanges.h"
#include "core/domain/ActivityDraft.h"
#include "core/domain/CustomFieldDefinition.h"
#include "core/domain/CustomPropertiesUpdate.h"
#include "core/domain/Customer.h"
#include "core/domain/LoginRequest.h"
#include "core/domain/LoginResult.h"
#include "core/domain/Presence.h"
#include "core/domain/PresenceChanges.h"
#include "core/domain/PresenceDraft.h"
#include "core/domain/Profile.h"
#include "core/domain/Project.h"
#include "core/domain/SessionInfo.h"
#include "core/domain/User.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>
#include <QUrl>

#include <chrono>
#include <functional>
#include <optional>

class Clock;
class NetworkTransport;

// The MOCO API of one account, as typed asynchronous calls.
//
// Owns the account's NetworkTransport (hence its one QNetworkAccessManager)
// and RequestScheduler: every request goes through the scheduler's rate
// limit, priority queue and retry rules.
//
// Every call returns the ApiJob (cancel() it, or watch progress() of a list)
// and later calls `done` exactly once with either the typed value or an
// ApiError — unless the job was dropped with the client:
// - `done` runs in `context`'s thread, and never after `context` was
//   destroyed (then it is simply not called; the request itself goes on).
//   With a null context it runs in the client's thread.
// - `done` may be empty for fire-and-forget calls.
// - A body that does not have the expected shape gives ApiError::Kind::Parse
//   whose message names the field ("…: [3].date: expected a date …").
// - List calls read every page (per_page=100) before `done` runs.
// Use the client from the thread it lives in.
class ApiClient : public QObject
{
    Q_OBJECT
public:
    using Priority = ApiRequest::Priority;

    // Filters of GET /activities. user_id is always sent: without it MOCO
    // lists every colleague's activities the key may see.
    struct ActivityQuery
    {
        qint64 userId = 0;
        QDate from; // both inclusive; invalid = open-ended
        QDate to;
        std::optional<QDateTime> updatedAfter; // UTC
        QString sortBy;                        // e.g. "date", "date desc"; empty = server order
        std::optional<qint64> projectId;
    };

    // Filters of GET /users/presences.
    struct PresenceQuery
    {
        QDate from;
        QDate to;
        std::optional<qint64> userId;
    };

    // The clock resolves Retry-After dates and drives the scheduler.
    explicit ApiClient(Clock *clock, QObject *parent = nullptr);
    // The account's client acting as one colleague: the same key, transport
    // and request queue (one rate budget), every request with that
    // colleague's impersonation. Must not outlive `account`.
    ApiClient(ApiClient *account, qint64 colleagueId, QObject *parent = nullptr);
    // A sign-in's client: the account's queue (one rate budget, one order),
    // but its own address and key, so trying them changes nothing of the
    // account's session until the sign-in succeeds. Its 401s are its own:
    // unauthorized() of the account is not emitted for them. Must not
    // outlive `account`.
    ApiClient(ApiClient *account, const QUrl &candidateBaseUrl, QObject *parent = nullptr);
    ~ApiClient() override;

    // The API base URL, e.g. AccountAddress::fromUserInput("acme").baseUrl().
    // A plain-http non-loopback URL is refused at send time (InsecureUrl).
    void setBaseUrl(const QUrl &baseUrl);
    QUrl baseUrl() const;
    // Kept in memory only, never logged.
    void setApiKey(const QString &apiKey);
    bool hasApiKey() const;
    // Staff impersonation (X-IMPERSONATE-USER-ID); nullopt = the key's own
    // user. Applies to requests *sent* from now on, including queued ones:
    // cancel outstanding work of the other user before switching.
    // Not for a colleague's client, which always acts as its colleague.
    void setImpersonatedUserId(std::optional<qint64> userId);
    std::optional<qint64> impersonatedUserId() const;
    // Ends (Cancelled) the queued and in-flight requests of this client
    // only: a switch of the shown user leaves the colleagues' deliveries be.
    void cancelOwnRequests();
    // For requests created from now on; default ApiRequest::defaultTimeout.
    void setRequestTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds requestTimeout() const { return m_timeout; }
    // MOCO's clock against ours, from the Date header of every answer.
    const ServerClockOffset &serverClock() const { return m_serverClock; }

    // Queue length, rate-limit wait and the policy live here.
    RequestScheduler *scheduler() const { return m_scheduler; }

    // --- Session and users
    // POST /session: e-mail + password → API key (no Authorization header).
    ApiJob *login(const LoginRequest &credentials, QObject *context, ApiCallback<LoginResult> done,
                  Priority priority = Priority::User);
    // GET /session: checks the key, gives the user id.
    ApiJob *fetchSession(QObject *context, ApiCallback<SessionInfo> done,
                         Priority priority = Priority::User);
    // GET /profile: the signed-in (or impersonated) user's name.
    ApiJob *fetchProfile(QObject *context, ApiCallback<Profile> done,
                         Priority priority = Priority::User);
    // GET /users (paged): for choosing whom to impersonate (needs Staff).
    ApiJob *fetchUsers(QObject *context, ApiCallback<QList<User>> done,
                       Priority priority = Priority::User);

    // --- Projects and custom fields
    // GET /projects/assigned (paged or not); active filters when set.
    ApiJob *fetchAssignedProjects(std::optional<bool> active, QObject *context,
                                  ApiCallback<QList<Project>> done,
                                  Priority priority = Priority::User);
    // GET /projects/{id}: the full project with custom_properties.
    ApiJob *fetchProject(qint64 projectId, QObject *context, ApiCallback<Project> done,
                         Priority priority = Priority::User);
    // PUT /projects/{id} {"custom_properties": full merged map}.
    ApiJob *updateProjectCustomProperties(qint64 projectId, const CustomPropertiesUpdate &update,
                                          QObject *context, ApiCallback<Project> done,
                                          Priority priority = Priority::User);
    // GET /companies/{id}: a customer with its custom_properties.
    ApiJob *fetchCustomer(qint64 customerId, QObject *context, ApiCallback<Customer> done,
                          Priority priority = Priority::User);
    // PUT /companies/{id} {"custom_properties": full merged map}.
    ApiJob *updateCustomerCustomProperties(qint64 customerId, const CustomPropertiesUpdate &update,
                                           QObject *context, ApiCallback<Customer> done,
                                           Priority priority = Priority::User);
    // GET /account/custom_properties (paged); entity e.g. "Project", empty =
    // all; only those changed after updatedAfter when it is valid.
    ApiJob *fetchCustomFieldDefinitions(const QString &entity, QObject *context,
                                        ApiCallback<QList<CustomFieldDefinition>> done,
                                        Priority priority = Priority::User,
                                        const QDateTime &updatedAfter = {});

    // --- Activities
    // GET /activities (paged), always with user_id.
    ApiJob *fetchActivities(const ActivityQuery &query, QObject *context,
                            ApiCallback<QList<Activity>> done, Priority priority = Priority::User);
    ApiJob *fetchActivity(qint64 activityId, QObject *context, ApiCallback<Activity> done,
                          Priority priority = Priority::User);
    // POST /activities (not retried once it may have reached the server).
    ApiJob *createActivity(const ActivityDraft &draft, QObject *context, ApiCallback<Activity> done,
                           Priority priority = Priority::User);
    // PUT /activities/{id} with only the changed fields.
    ApiJob *updateActivity(qint64 activityId, const ActivityChanges &changes, QObject *context,
                           ApiCallback<Activity> done, Priority priority = Priority::User);
    // DELETE /activities/{id}: 204 or 200 both succeed.
    ApiJob *deleteActivity(qint64 activityId, QObject *context, ApiCallback<ApiNothing> done,
                           Priority priority = Priority::User);
    // PATCH /activities/{id}/start_timer | stop_timer. Not idempotent: a
    // second start after a lost answer is refused with 422 "already
    // running", so they are never retried once they may have arrived.
    ApiJob *startTimer(qint64 activityId, QObject *context, ApiCallback<Activity> done,
                       Priority priority = Priority::User);
    ApiJob *stopTimer(qint64 activityId, QObject *context, ApiCallback<Activity> done,
                      Priority priority = Priority::User);

    // --- Presences
    ApiJob *fetchPresences(const PresenceQuery &query, QObject *context,
                           ApiCallback<QList<Presence>> done, Priority priority = Priority::User);
    ApiJob *fetchPresence(qint64 presenceId, QObject *context, ApiCallback<Presence> done,
                          Priority priority = Priority::User);
    ApiJob *createPresence(const PresenceDraft &draft, QObject *context, ApiCallback<Presence> done,
                           Priority priority = Priority::User);
    ApiJob *updatePresence(qint64 presenceId, const PresenceChanges &changes, QObject *context,
                           ApiCallback<Presence> done, Priority priority = Priority::User);
    // DELETE /users/presences/{id}: 204, or 200 with the deleted presence.
    ApiJob *deletePresence(qint64 presenceId, QObject *context, ApiCallback<ApiNothing> done,
                           Priority priority = Priority::User);
    // POST /users/presences/touch: clock in or out at the server's "now".
    ApiJob *touchPresence(std::optional<bool> isHomeOffice, QObject *context,
                          ApiCallback<Presence> done, Priority priority = Priority::User);

signals:
    // An authenticated request was answered 401 (key revoked, account gone):
    // the app asks the user to sign in again.
    void unauthorized(const ApiError &error);

private:
    template<typename T>
    using Parser = std::function<ApiResult<T>(const ApiJob &job)>;

    ApiRequest prepared(ApiRequest request, Priority priority) const;
    ApiJob *single(ApiRequest request, Priority priority);
    ApiJob *paged(ApiRequest request, Priority priority);
    void watch(ApiJob *job);

    template<typename T>
    ApiJob *deliver(ApiJob *job, QObject *context, ApiCallback<T> done, Parser<T> parse);

    template<typename T>
    static ApiResult<T> parseObject(const ApiJob &job);
    template<typename T>
    static ApiResult<QList<T>> parseList(const ApiJob &job);
    static ApiResult<ApiNothing> parseNothing(const ApiJob &job);

    Clock *m_clock;
    NetworkTransport *m_transport;
    RequestScheduler *m_scheduler;
    ServerClockOffset m_serverClock;
    std::optional<qint64> m_colleagueId; // set: a colleague's client (shares the queue)
    // Set: a sign-in's client (shares the queue, not the address or key).
    std::shared_ptr<ApiRequest::Endpoint> m_endpoint;
    std::chrono::milliseconds m_timeout = ApiRequest::defaultTimeout;
};

template<typename T>
ApiJob *ApiClient::deliver(ApiJob *job, QObject *context, ApiCallback<T> done, Parser<T> parse)
{
    if (!done)
        return job;
    QPointer<QObject> guard(context);
    connect(job, &ApiJob::finished, job,
            [job, guard, hadContext = context != nullptr, done = std::move(done),
             parse = std::move(parse)] {
                if (hadContext && !guard)
                    return;
                ApiResult<T> result =
                    job->response().ok() ? parse(*job) : ApiResult<T>(job->response().error);
                result.setReachedServer(job->response().reachedServer);
                QObject *target = guard.data();
                if (!target || target->thread() == QThread::currentThread()) {
                    done(result);
                    return;
                }
                // Posted to the context: dropped by Qt if it is destroyed first.
                QMetaObject::invokeMethod(
                    target, [done, result] { done(result); }, Qt::QueuedConnection);
            });
    return job;
}
