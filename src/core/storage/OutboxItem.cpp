// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/OutboxItem.h"

#include "core/api/ApiErrorText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <array>
#include <utility>

namespace {

// Stored in the database: never rename an entry.
constexpr std::array kindNames = {
    std::pair{OutboxItem::Kind::CreateActivity, "create_activity"},
    std::pair{OutboxItem::Kind::UpdateActivity, "update_activity"},
    std::pair{OutboxItem::Kind::DeleteActivity, "delete_activity"},
    std::pair{OutboxItem::Kind::StartTimer, "start_timer"},
    std::pair{OutboxItem::Kind::StopTimer, "stop_timer"},
    std::pair{OutboxItem::Kind::CreatePresence, "create_presence"},
    std::pair{OutboxItem::Kind::UpdatePresence, "update_presence"},
    std::pair{OutboxItem::Kind::DeletePresence, "delete_presence"},
    std::pair{OutboxItem::Kind::UpdateProjectFields, "update_project_fields"},
    std::pair{OutboxItem::Kind::UpdateCustomerFields, "update_customer_fields"},
};

constexpr std::array stateNames = {
    std::pair{OutboxItem::State::Pending, "pending"},
    std::pair{OutboxItem::State::Sending, "sending"},
    std::pair{OutboxItem::State::Uncertain, "uncertain"},
    std::pair{OutboxItem::State::Failed, "failed"},
    std::pair{OutboxItem::State::Conflict, "conflict"},
};

} // namespace

QString OutboxItem::entityOf(Kind kind)
{
    switch (kind) {
    case Kind::CreatePresence:
    case Kind::UpdatePresence:
    case Kind::DeletePresence:
        return QStringLiteral("presence");
    case Kind::UpdateProjectFields:
        return QStringLiteral("project");
    case Kind::UpdateCustomerFields:
        return QStringLiteral("customer");
    default:
        return QStringLiteral("activity");
    }
}

QString OutboxItem::kindName(Kind kind)
{
    for (const auto &[k, name] : kindNames) {
        if (k == kind)
            return QString::fromLatin1(name);
    }
    return {};
}

OutboxItem::Kind OutboxItem::kindFromName(const QString &name)
{
    for (const auto &[k, n] : kindNames) {
        if (name == QLatin1String(n))
            return k;
    }
    return Kind::CreateActivity;
}

QString OutboxItem::stateName(State state)
{
    for (const auto &[s, name] : stateNames) {
        if (s == state)
            return QString::fromLatin1(name);
    }
    return {};
}

OutboxItem::State OutboxItem::stateFromName(const QString &name)
{
    for (const auto &[s, n] : stateNames) {
        if (name == QLatin1String(n))
            return s;
    }
    return State::Pending;
}

QString OutboxItem::readableError() const
{
    return fieldErrors.isEmpty() ? errorMessage : ApiErrorText::fieldErrorLines(fieldErrors);
}

QString OutboxItem::fieldErrorsToText(const QMap<QString, QStringList> &errors)
{
    if (errors.isEmpty())
        return {};
    QJsonObject object;
    for (auto it = errors.cbegin(); it != errors.cend(); ++it)
        object.insert(it.key(), QJsonArray::fromStringList(it.value()));
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QMap<QString, QStringList> OutboxItem::fieldErrorsFromText(const QString &text)
{
    QMap<QString, QStringList> errors;
    if (text.isEmpty())
        return errors;
    const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        QStringList messages;
        for (const QJsonValue &message : it.value().toArray())
            messages.append(message.toString());
        errors.insert(it.key(), messages);
    }
    return errors;
}
