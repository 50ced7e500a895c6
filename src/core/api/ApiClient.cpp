// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/ApiClient.h"

#include "core/api/HttpDate.h"
#include "core/api/NetworkTransport.h"
#include "core/api/PagedListJob.h"
#include "core/domain/JsonList.h"
#include "core/domain/JsonWriter.h"
#include "core/services/Clock.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace {

QByteArray jsonBody(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString idPath(const char *collection, qint64 id, const char *suffix = "")
{
    return QStringLiteral("/%1/%2%3")
        .arg(QLatin1String(collection))
        .arg(id)
        .arg(QLatin1String(suffix));
}

ApiError parseError(const ApiJob &job, const QString &what)
{
    return ApiError::make(ApiError::Kind::Parse,
                          ApiRequest::methodName(job.request().method) + ' ' + job.request().path +
                              QStringLiteral(": ") + what,
                          job.response().httpStatus);
}

} // namespace

ApiClient::ApiClient(Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_transport(new NetworkTransport(clock, this))
    , m_scheduler(new RequestScheduler(m_transport, clock, this))
{}

ApiClient::ApiClient(ApiClient *account, qint64 colleagueId, QObject *parent)
    : QObject(parent)
    , m_clock(account->m_clock)
    , m_transport(account->m_transport)
    , m_scheduler(account->m_scheduler)
    , m_colleagueId(colleagueId)
    , m_timeout(account->m_timeout)
{
    connect(account, &QObject::destroyed, this,
            [] { Q_ASSERT_X(false, "ApiClient", "a colleague's client outlived the account's"); });
}

ApiClient::ApiClient(ApiClient *account, const QUrl &candidateBaseUrl, QObject *parent)
    : QObject(parent)
    , m_clock(account->m_clock)
    , m_transport(account->m_transport)
    , m_scheduler(account->m_scheduler)
    , m_endpoint(std::make_shared<ApiRequest::Endpoint>(ApiRequest::Endpoint{candidateBaseUrl, {}}))
    , m_timeout(account->m_timeout)
{
    connect(account, &QObject::destroyed, this,
            [] { Q_ASSERT_X(false, "ApiClient", "a sign-in's client outlived the account's"); });
}

// The scheduler goes first: it aborts its attempts through the transport.
ApiClient::~ApiClient()
{
    if (m_colleagueId || m_endpoint)
        cancelOwnRequests(); // the shared queue must not call back into this client
    else
        delete m_scheduler;
}

void ApiClient::setBaseUrl(const QUrl &baseUrl)
{
    if (m_endpoint)
        m_endpoint->baseUrl = baseUrl;
    else
        m_transport->setBaseUrl(baseUrl);
}

QUrl ApiClient::baseUrl() const
{
    return m_endpoint ? m_endpoint->baseUrl : m_transport->baseUrl();
}

void ApiClient::setApiKey(const QString &apiKey)
{
    if (m_endpoint)
        m_endpoint->apiKey = apiKey;
    else
        m_transport->setApiKey(apiKey);
}

bool ApiClient::hasApiKey() const
{
    return m_endpoint ? !m_endpoint->apiKey.isEmpty() : m_transport->hasApiKey();
}

void ApiClient::setImpersonatedUserId(std::optional<qint64> userId)
{
    Q_ASSERT(!m_colleagueId && !m_endpoint);
    if (!m_colleagueId && !m_endpoint)
        m_transport->setImpersonatedUserId(userId);
}

std::optional<qint64> ApiClient::impersonatedUserId() const
{
    if (m_endpoint)
        return std::nullopt;
    return m_colleagueId ? m_colleagueId : m_transport->impersonatedUserId();
}

void ApiClient::cancelOwnRequests()
{
    m_scheduler->cancelWhere([this](const ApiRequest &request) {
        return request.endpoint == m_endpoint && request.actingAs == m_colleagueId;
    });
}

void ApiClient::setRequestTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
}

ApiRequest ApiClient::prepared(ApiRequest request, Priority priority) const
{
    request.priority = priority;
    request.timeout = m_timeout;
    request.actingAs = m_colleagueId;
    request.endpoint = m_endpoint;
    return request;
}

ApiJob *ApiClient::single(ApiRequest request, Priority priority)
{
    ApiJob *job = m_scheduler->enqueue(prepared(std::move(request), priority));
    watch(job);
    return job;
}

ApiJob *ApiClient::paged(ApiRequest request, Priority priority)
{
    ApiJob *job = new PagedListJob(prepared(std::move(request), priority), m_scheduler);
    watch(job);
    return job;
}

void ApiClient::watch(ApiJob *job)
{
    connect(job, &ApiJob::finished, this, [this, job] {
        const QByteArray date = job->response().header("Date");
        if (!date.isEmpty())
            m_serverClock.observe(HttpDate::parse(date), m_clock->utcNow());
        const ApiError &error = job->response().error;
        if (error.kind == ApiError::Kind::Unauthorized && job->request().authenticated)
            emit unauthorized(error);
    });
}

template<typename T>
ApiResult<T> ApiClient::parseObject(const ApiJob &job)
{
    const QByteArray &body = job.response().body;
    if (body.trimmed().isEmpty())
        return parseError(job, QStringLiteral("the answer is empty"));
    QJsonParseError jsonError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &jsonError);
    if (document.isNull())
        return parseError(job, QStringLiteral("not valid JSON (%1 at offset %2)")
                                   .arg(jsonError.errorString())
                                   .arg(jsonError.offset));
    const QJsonValue value =
        document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
    QString error;
    std::optional<T> parsed = T::fromJson(value, &error);
    if (!parsed)
        return parseError(job, error);
    return std::move(*parsed);
}

template<typename T>
ApiResult<QList<T>> ApiClient::parseList(const ApiJob &job)
{
    const auto *list = qobject_cast<const PagedListJob *>(&job);
    if (!list)
        return parseError(job, QStringLiteral("not a list request"));
    QString error;
    std::optional<QList<T>> parsed = listFromJson<T>(QJsonValue(list->items()), &error);
    if (!parsed)
        return parseError(job, error);
    return std::move(*parsed);
}

ApiResult<ApiNothing> ApiClient::parseNothing(const ApiJob &job)
{
    // MOCO answers a delete with no body (204) or with JSON. Anything else
    // (a captive portal's or proxy's HTML page with 200) never reached MOCO:
    // taking it for done would lose the delete.
    const QByteArray body = job.response().body.trimmed();
    if (body.isEmpty())
        return ApiNothing{};
    QJsonParseError jsonError;
    if (QJsonDocument::fromJson(body, &jsonError).isNull())
        return parseError(job, QStringLiteral("not a MOCO answer (%1 at offset %2)")
                                   .arg(jsonError.errorString())
                                   .arg(jsonError.offset));
    return ApiNothing{};
}

// --- Session and users

ApiJob *ApiClient::login(const LoginRequest &credentials, QObject *context,
                         ApiCallback<LoginResult> done, Priority priority)
{
    ApiRequest request =
        ApiRequest::post(QStringLiteral("/session"), jsonBody(credentials.toJson()));
    request.authenticated = false;
    return deliver<LoginResult>(single(std::move(request), priority), context, std::move(done),
                                &ApiClient::parseObject<LoginResult>);
}

ApiJob *ApiClient::fetchSession(QObject *context, ApiCallback<SessionInfo> done, Priority priority)
{
    return deliver<SessionInfo>(single(ApiRequest::get(QStringLiteral("/session")), priority),
                                context, std::move(done), &ApiClient::parseObject<SessionInfo>);
}

ApiJob *ApiClient::fetchProfile(QObject *context, ApiCallback<Profile> done, Priority priority)
{
    return deliver<Profile>(single(ApiRequest::get(QStringLiteral("/profile")), priority), context,
                            std::move(done), &ApiClient::parseObject<Profile>);
}

ApiJob *ApiClient::fetchUsers(QObject *context, ApiCallback<QList<User>> done, Priority priority)
{
    return deliver<QList<User>>(paged(ApiRequest::get(QStringLiteral("/users")), priority), context,
                                std::move(done), &ApiClient::parseList<User>);
}

// --- Projects and custom fields

ApiJob *ApiClient::fetchAssignedProjects(std::optional<bool> active, QObject *context,
                                         ApiCallback<QList<Project>> done, Priority priority)
{
    QUrlQuery query;
    if (active)
        query.addQueryItem(QStringLiteral("active"),
                           *active ? QStringLiteral("true") : QStringLiteral("false"));
    return deliver<QList<Project>>(
        paged(ApiRequest::get(QStringLiteral("/projects/assigned"), query), priority), context,
        std::move(done), &ApiClient::parseList<Project>);
}

ApiJob *ApiClient::fetchProject(qint64 projectId, QObject *context, ApiCallback<Project> done,
                                Priority priority)
{
    return deliver<Project>(single(ApiRequest::get(idPath("projects", projectId)), priority),
                            context, std::move(done), &ApiClient::parseObject<Project>);
}

ApiJob *ApiClient::updateProjectCustomProperties(qint64 projectId,
                                                 const CustomPropertiesUpdate &update,
                                                 QObject *context, ApiCallback<Project> done,
                                                 Priority priority)
{
    return deliver<Project>(
        single(ApiRequest::put(idPath("projects", projectId), jsonBody(update.toJson())), priority),
        context, std::move(done), &ApiClient::parseObject<Project>);
}

ApiJob *ApiClient::fetchCustomer(qint64 customerId, QObject *context, ApiCallback<Customer> done,
                                 Priority priority)
{
    return deliver<Customer>(single(ApiRequest::get(idPath("companies", customerId)), priority),
                             context, std::move(done), &ApiClient::parseObject<Customer>);
}

ApiJob *ApiClient::updateCustomerCustomProperties(qint64 customerId,
                                                  const CustomPropertiesUpdate &update,
                                                  QObject *context, ApiCallback<Customer> done,
                                                  Priority priority)
{
    return deliver<Customer>(
        single(ApiRequest::put(idPath("companies", customerId), jsonBody(update.toJson())),
               priority),
        context, std::move(done), &ApiClient::parseObject<Customer>);
}

ApiJob *ApiClient::fetchCustomFieldDefinitions(const QString &entity, QObject *context,
                                               ApiCallback<QList<CustomFieldDefinition>> done,
                                               Priority priority, const QDateTime &updatedAfter)
{
    QUrlQuery query;
    if (!entity.isEmpty())
        query.addQueryItem(QStringLiteral("entity"), entity);
    if (updatedAfter.isValid())
        query.addQueryItem(QStringLiteral("updated_after"), JsonWriter::timestamp(updatedAfter));
    return deliver<QList<CustomFieldDefinition>>(
        paged(ApiRequest::get(QStringLiteral("/account/custom_properties"), query), priority),
        context, std::move(done), &ApiClient::parseList<CustomFieldDefinition>);
}

// --- Activities

ApiJob *ApiClient::fetchActivities(const ActivityQuery &query, QObject *context,
                                   ApiCallback<QList<Activity>> done, Priority priority)
{
    Q_ASSERT_X(query.userId > 0, "ApiClient::fetchActivities",
               "user_id is required: without it MOCO lists colleagues' activities");
    QUrlQuery urlQuery;
    if (query.from.isValid())
        urlQuery.addQueryItem(QStringLiteral("from"), JsonWriter::date(query.from));
    if (query.to.isValid())
        urlQuery.addQueryItem(QStringLiteral("to"), JsonWriter::date(query.to));
    // Sent even when 0 (a caller's bug): an empty list beats colleagues' data.
    urlQuery.addQueryItem(QStringLiteral("user_id"), QString::number(query.userId));
    if (query.projectId)
        urlQuery.addQueryItem(QStringLiteral("project_id"), QString::number(*query.projectId));
    if (query.updatedAfter && query.updatedAfter->isValid())
        urlQuery.addQueryItem(QStringLiteral("updated_after"),
                              JsonWriter::timestamp(*query.updatedAfter));
    if (!query.sortBy.isEmpty())
        urlQuery.addQueryItem(QStringLiteral("sort_by"), query.sortBy);
    return deliver<QList<Activity>>(
        paged(ApiRequest::get(QStringLiteral("/activities"), urlQuery), priority), context,
        std::move(done), &ApiClient::parseList<Activity>);
}

ApiJob *ApiClient::fetchActivity(qint64 activityId, QObject *context, ApiCallback<Activity> done,
                                 Priority priority)
{
    return deliver<Activity>(single(ApiRequest::get(idPath("activities", activityId)), priority),
                             context, std::move(done), &ApiClient::parseObject<Activity>);
}

ApiJob *ApiClient::createActivity(const ActivityDraft &draft, QObject *context,
                                  ApiCallback<Activity> done, Priority priority)
{
    return deliver<Activity>(
        single(ApiRequest::post(QStringLiteral("/activities"), jsonBody(draft.toJson())), priority),
        context, std::move(done), &ApiClient::parseObject<Activity>);
}

ApiJob *ApiClient::updateActivity(qint64 activityId, const ActivityChanges &changes,
                                  QObject *context, ApiCallback<Activity> done, Priority priority)
{
    return deliver<Activity>(
        single(ApiRequest::put(idPath("activities", activityId), jsonBody(changes.toJson())),
               priority),
        context, std::move(done), &ApiClient::parseObject<Activity>);
}

ApiJob *ApiClient::deleteActivity(qint64 activityId, QObject *context, ApiCallback<ApiNothing> done,
                                  Priority priority)
{
    return deliver<ApiNothing>(single(ApiRequest::del(idPath("activities", activityId)), priority),
                               context, std::move(done), &ApiClient::parseNothing);
}

ApiJob *ApiClient::startTimer(qint64 activityId, QObject *context, ApiCallback<Activity> done,
                              Priority priority)
{
    return deliver<Activity>(
        single(ApiRequest::patch(idPath("activities", activityId, "/start_timer"), {}, false),
               priority),
        context, std::move(done), &ApiClient::parseObject<Activity>);
}

ApiJob *ApiClient::stopTimer(qint64 activityId, QObject *context, ApiCallback<Activity> done,
                             Priority priority)
{
    return deliver<Activity>(
        single(ApiRequest::patch(idPath("activities", activityId, "/stop_timer"), {}, false),
               priority),
        context, std::move(done), &ApiClient::parseObject<Activity>);
}

// --- Presences

ApiJob *ApiClient::fetchPresences(const PresenceQuery &query, QObject *context,
                                  ApiCallback<QList<Presence>> done, Priority priority)
{
    QUrlQuery urlQuery;
    if (query.from.isValid())
        urlQuery.addQueryItem(QStringLiteral("from"), JsonWriter::date(query.from));
    if (query.to.isValid())
        urlQuery.addQueryItem(QStringLiteral("to"), JsonWriter::date(query.to));
    if (query.userId)
        urlQuery.addQueryItem(QStringLiteral("user_id"), QString::number(*query.userId));
    return deliver<QList<Presence>>(
        paged(ApiRequest::get(QStringLiteral("/users/presences"), urlQuery), priority), context,
        std::move(done), &ApiClient::parseList<Presence>);
}

ApiJob *ApiClient::fetchPresence(qint64 presenceId, QObject *context, ApiCallback<Presence> done,
                                 Priority priority)
{
    return deliver<Presence>(
        single(ApiRequest::get(idPath("users/presences", presenceId)), priority), context,
        std::move(done), &ApiClient::parseObject<Presence>);
}

ApiJob *ApiClient::createPresence(const PresenceDraft &draft, QObject *context,
                                  ApiCallback<Presence> done, Priority priority)
{
    return deliver<Presence>(
        single(ApiRequest::post(QStringLiteral("/users/presences"), jsonBody(draft.toJson())),
               priority),
        context, std::move(done), &ApiClient::parseObject<Presence>);
}

ApiJob *ApiClient::updatePresence(qint64 presenceId, const PresenceChanges &changes,
                                  QObject *context, ApiCallback<Presence> done, Priority priority)
{
    return deliver<Presence>(
        single(ApiRequest::put(idPath("users/presences", presenceId), jsonBody(changes.toJson())),
               priority),
        context, std::move(done), &ApiClient::parseObject<Presence>);
}

ApiJob *ApiClient::deletePresence(qint64 presenceId, QObject *context, ApiCallback<ApiNothing> done,
                                  Priority priority)
{
    return deliver<ApiNothing>(
        single(ApiRequest::del(idPath("users/presences", presenceId)), priority), context,
        std::move(done), &ApiClient::parseNothing);
}

ApiJob *ApiClient::touchPresence(std::optional<bool> isHomeOffice, QObject *context,
                                 ApiCallback<Presence> done, Priority priority)
{
    QJsonObject body;
    JsonWriter::putBool(body, QStringLiteral("is_home_office"), isHomeOffice);
    return deliver<Presence>(
        single(ApiRequest::post(QStringLiteral("/users/presences/touch"), jsonBody(body)),
               priority),
        context, std::move(done), &ApiClient::parseObject<Presence>);
}
