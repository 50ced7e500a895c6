// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/moco/PresenceService.h"

#include "fakeserver/ServerClock.h"
#include "fakeserver/data/FakeDatabase.h"
#include "fakeserver/data/TimeFormat.h"
#include "fakeserver/http/QueryParams.h"
#include "fakeserver/moco/JsonInput.h"
#include "fakeserver/moco/Messages.h"

namespace {

// A time field in a body: absent, open/blank (null or ""), a valid HH:MM, or
// malformed (which the live service answers with a 500).
struct TimeField
{
    bool given = false;
    bool blank = false;
    bool malformed = false;
    QString value;
};

TimeField readTime(const QJsonObject &body, const QString &key)
{
    TimeField field;
    if (!body.contains(key))
        return field;
    field.given = true;
    const QJsonValue value = body.value(key);
    if (JsonInput::isBlank(value)) {
        field.blank = true;
        return field;
    }
    if (!value.isString() || !TimeFormat::isValidHhMm(value.toString())) {
        field.malformed = true;
        return field;
    }
    field.value = value.toString();
    return field;
}

} // namespace

PresenceService::PresenceService(FakeDatabase &database, const ServerClock &clock)
    : m_database(database)
    , m_clock(clock)
{}

bool PresenceService::visibleTo(const UserRecord &actor, const PresenceRecord &presence)
{
    return actor.staff || presence.userId == actor.id;
}

Outcome PresenceService::create(const UserRecord &actor, const QJsonObject &body, qint64 *createdId)
{
    const TimeField from = readTime(body, QStringLiteral("from"));
    const TimeField to = readTime(body, QStringLiteral("to"));
    if (from.malformed || to.malformed)
        return Outcome::failure(Outcome::Kind::ServerError);

    FieldErrors errors;
    const QJsonValue dateValue = body.value(QStringLiteral("date"));
    QDate date;
    if (JsonInput::isBlank(dateValue))
        errors.add(QStringLiteral("date"), Messages::blank());
    else if (date = TimeFormat::parseDate(dateValue.toString()); !date.isValid())
        errors.add(QStringLiteral("date"), Messages::invalidDate());
    if (!from.given || from.blank)
        errors.add(QStringLiteral("from"), Messages::blank());
    std::optional<bool> homeOffice;
    if (body.contains(QStringLiteral("is_home_office"))) {
        homeOffice = JsonInput::boolean(body.value(QStringLiteral("is_home_office")));
        if (!homeOffice)
            errors.add(QStringLiteral("is_home_office"), Messages::invalid());
    }
    if (!errors.isEmpty())
        return Outcome::invalid(errors);

    Range range{TimeFormat::minutesOfDay(from.value), std::nullopt};
    if (!to.value.isEmpty())
        range.to = TimeFormat::minutesOfDay(to.value);
    if (range.to && *range.to <= range.from)
        return Outcome::invalid(QStringLiteral("to"), Messages::endBeforeStart());
    if (overlaps(actor.id, date, range, 0))
        return Outcome::invalid(QStringLiteral("from"), Messages::rangeOverlaps());

    const QDateTime now = m_clock.nowUtc();
    PresenceRecord presence;
    presence.userId = actor.id;
    presence.date = date;
    presence.from = from.value;
    presence.to = to.value.isEmpty() ? QString() : to.value;
    presence.homeOffice = homeOffice.value_or(homeOfficeOfDay(actor.id, date, 0).value_or(false));
    presence.createdAt = now;
    presence.updatedAt = now;
    const qint64 id = m_database.presences().insert(presence);
    if (homeOffice)
        setHomeOffice(actor.id, date, *homeOffice);
    if (createdId)
        *createdId = id;
    m_database.notifyChanged();
    return Outcome::ok();
}

Outcome PresenceService::update(const UserRecord &actor, qint64 id, const QJsonObject &body)
{
    PresenceRecord *presence = nullptr;
    Outcome access = this->access(actor, id, &presence);
    if (!access.isOk())
        return access;
    const TimeField from = readTime(body, QStringLiteral("from"));
    const TimeField to = readTime(body, QStringLiteral("to"));
    if (from.malformed || to.malformed)
        return Outcome::failure(Outcome::Kind::ServerError);

    FieldErrors errors;
    QDate date = presence->date;
    if (body.contains(QStringLiteral("date"))) {
        date = TimeFormat::parseDate(body.value(QStringLiteral("date")).toString());
        if (!date.isValid())
            errors.add(QStringLiteral("date"), Messages::invalidDate());
    }
    if (from.given && from.blank)
        errors.add(QStringLiteral("from"), Messages::blank());
    std::optional<bool> homeOffice;
    if (body.contains(QStringLiteral("is_home_office"))) {
        homeOffice = JsonInput::boolean(body.value(QStringLiteral("is_home_office")));
        if (!homeOffice)
            errors.add(QStringLiteral("is_home_office"), Messages::invalid());
    }
    if (!errors.isEmpty())
        return Outcome::invalid(errors);

    const QString newFrom = from.given ? from.value : presence->from;
    const QString newTo = to.given ? (to.blank ? QString() : to.value) : presence->to;
    Range range{TimeFormat::minutesOfDay(newFrom), std::nullopt};
    if (!newTo.isNull())
        range.to = TimeFormat::minutesOfDay(newTo);
    if (range.to && *range.to <= range.from)
        return Outcome::invalid(QStringLiteral("to"), Messages::endBeforeStart());
    if (overlaps(presence->userId, date, range, presence->id))
        return Outcome::invalid(QStringLiteral("from"), Messages::rangeOverlaps());

    const bool moved = date != presence->date;
    presence->date = date;
    presence->from = newFrom;
    presence->to = newTo;
    const QDateTime now = m_clock.nowUtc();
    presence->updatedAt = now > presence->updatedAt ? now : presence->updatedAt.addSecs(1);
    if (homeOffice)
        setHomeOffice(presence->userId, date, *homeOffice);
    else if (moved)
        presence->homeOffice =
            homeOfficeOfDay(presence->userId, date, presence->id).value_or(presence->homeOffice);
    m_database.notifyChanged();
    return Outcome::ok();
}

Outcome PresenceService::remove(const UserRecord &actor, qint64 id, PresenceRecord *removed)
{
    PresenceRecord *presence = nullptr;
    Outcome access = this->access(actor, id, &presence);
    if (!access.isOk())
        return access;
    if (removed)
        *removed = *presence;
    m_database.presences().remove(id);
    m_database.notifyChanged();
    return Outcome::ok();
}

Outcome PresenceService::touch(const UserRecord &actor, const QJsonObject &body,
                               const QueryParams &query, PresenceRecord *result)
{
    QDate date = m_clock.today();
    int minute = m_clock.minutesOfDay();
    // The docs' form of `override`: "YYYY-MM-DD HH:MM". The boolean form seen
    // in the spec and live acts on "now", which is what happens here too.
    const QJsonValue override = body.value(QStringLiteral("override"));
    if (override.isString()) {
        const QStringList parts = override.toString().split(QLatin1Char(' '));
        if (parts.size() == 2 && TimeFormat::parseDate(parts[0]).isValid() &&
            TimeFormat::isValidHhMm(parts[1])) {
            date = TimeFormat::parseDate(parts[0]);
            minute = TimeFormat::minutesOfDay(parts[1]);
        }
    }
    std::optional<bool> homeOffice =
        JsonInput::boolean(body.value(QStringLiteral("is_home_office")));
    if (!homeOffice)
        homeOffice = query.boolean(QStringLiteral("is_home_office"));

    const QDateTime now = m_clock.nowUtc();
    for (PresenceRecord *open : m_database.presences().ofUserOnDate(actor.id, date)) {
        if (!open->isOpen())
            continue;
        const int from = TimeFormat::minutesOfDay(open->from);
        if (minute < from || overlaps(actor.id, date, {from, minute}, open->id))
            return Outcome::failure(Outcome::Kind::Locked);
        open->to = TimeFormat::hhmm(minute);
        open->updatedAt = now > open->updatedAt ? now : open->updatedAt.addSecs(1);
        if (homeOffice)
            setHomeOffice(actor.id, date, *homeOffice);
        *result = *open;
        // Clocked in and out within the same minute: nothing worth keeping.
        if (minute == from)
            m_database.presences().remove(open->id);
        m_database.notifyChanged();
        return Outcome::ok();
    }

    if (overlaps(actor.id, date, {minute, std::nullopt}, 0))
        return Outcome::failure(Outcome::Kind::Locked);
    PresenceRecord presence;
    presence.userId = actor.id;
    presence.date = date;
    presence.from = TimeFormat::hhmm(minute);
    presence.homeOffice = homeOffice.value_or(homeOfficeOfDay(actor.id, date, 0).value_or(false));
    presence.createdAt = now;
    presence.updatedAt = now;
    const qint64 id = m_database.presences().insert(presence);
    if (homeOffice)
        setHomeOffice(actor.id, date, *homeOffice);
    *result = *m_database.presences().find(id);
    m_database.notifyChanged();
    return Outcome::ok();
}

void PresenceService::openIfClockedOut(qint64 userId)
{
    const QDate today = m_clock.today();
    const Range range{m_clock.minutesOfDay(), std::nullopt};
    for (PresenceRecord *presence : m_database.presences().ofUserOnDate(userId, today)) {
        if (presence->isOpen())
            return;
    }
    if (overlaps(userId, today, range, 0))
        return;
    const QDateTime now = m_clock.nowUtc();
    PresenceRecord presence;
    presence.userId = userId;
    presence.date = today;
    presence.from = TimeFormat::hhmm(range.from);
    presence.homeOffice = homeOfficeOfDay(userId, today, 0).value_or(false);
    presence.createdAt = now;
    presence.updatedAt = now;
    m_database.presences().insert(presence);
}

bool PresenceService::overlaps(qint64 userId, QDate date, const Range &range, qint64 exceptId) const
{
    constexpr int endOfDay = 24 * 60;
    const int start = range.from;
    const int end = range.to.value_or(endOfDay + 1);
    for (const auto &[id, other] : m_database.presences().all()) {
        if (id == exceptId || other.userId != userId || other.date != date)
            continue;
        const int otherStart = TimeFormat::minutesOfDay(other.from);
        const int otherEnd = other.isOpen() ? endOfDay + 1 : TimeFormat::minutesOfDay(other.to);
        if (start < otherEnd && otherStart < end)
            return true;
    }
    return false;
}

void PresenceService::setHomeOffice(qint64 userId, QDate date, bool homeOffice)
{
    const QDateTime now = m_clock.nowUtc();
    for (PresenceRecord *presence : m_database.presences().ofUserOnDate(userId, date)) {
        if (presence->homeOffice == homeOffice)
            continue;
        presence->homeOffice = homeOffice;
        presence->updatedAt = now > presence->updatedAt ? now : presence->updatedAt.addSecs(1);
    }
}

std::optional<bool> PresenceService::homeOfficeOfDay(qint64 userId, QDate date,
                                                     qint64 exceptId) const
{
    for (const auto &[id, presence] : m_database.presences().all()) {
        if (id != exceptId && presence.userId == userId && presence.date == date)
            return presence.homeOffice;
    }
    return std::nullopt;
}

Outcome PresenceService::access(const UserRecord &actor, qint64 id, PresenceRecord **presence)
{
    *presence = m_database.presences().findMutable(id);
    if (!*presence || !visibleTo(actor, **presence))
        return Outcome::failure(Outcome::Kind::NotFound);
    return Outcome::ok();
}
