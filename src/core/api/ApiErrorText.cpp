// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/ApiErrorText.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace ApiErrorText {

namespace {

QString networkMessage(const ApiError &error)
{
    switch (error.detail) {
    case ApiError::Detail::HostNotFound:
        return QCoreApplication::translate(
            "ApiErrorText", "No MOCO account answers at this address. Check the account name "
                            "(the part before .mocoapp.com) and your internet connection.");
    case ApiError::Detail::ConnectionRefused:
        return QCoreApplication::translate(
            "ApiErrorText", "The server refused the connection. Check the address, or try "
                            "again later.");
    case ApiError::Detail::NoNetwork:
        return QCoreApplication::translate(
            "ApiErrorText", "You appear to be offline. Check your network connection.");
    case ApiError::Detail::Tls:
        return QCoreApplication::translate(
                   "ApiErrorText", "A secure connection to the server could not be established: "
                                   "%1. MocoTrack never sends data over a connection it cannot "
                                   "verify.")
            .arg(error.message);
    case ApiError::Detail::ConnectionLost:
        return QCoreApplication::translate(
            "ApiErrorText", "The connection to MOCO broke off. Try again in a moment.");
    default:
        break;
    }
    if (error.message.isEmpty())
        return QCoreApplication::translate("ApiErrorText", "MOCO could not be reached.");
    return QCoreApplication::translate("ApiErrorText", "MOCO could not be reached: %1")
        .arg(error.message);
}

QString validationMessage(const ApiError &error)
{
    if (error.fieldErrors.isEmpty()) {
        if (error.message.isEmpty())
            return QCoreApplication::translate("ApiErrorText", "MOCO did not accept the change.");
        return QCoreApplication::translate("ApiErrorText", "MOCO did not accept the change: %1")
            .arg(error.message);
    }
    return QCoreApplication::translate("ApiErrorText", "MOCO did not accept the change:\n%1")
        .arg(fieldErrorLines(error.fieldErrors));
}

} // namespace

QString fieldErrorLines(const QMap<QString, QStringList> &fieldErrors)
{
    QStringList lines;
    for (auto it = fieldErrors.cbegin(); it != fieldErrors.cend(); ++it) {
        const QString messages = it.value().join(QStringLiteral(", "));
        if (it.key() == QLatin1String("base"))
            lines.append(messages);
        else
            lines.append(QCoreApplication::translate("ApiErrorText", "%1: %2",
                                                     "field name: server's messages")
                             .arg(fieldLabel(it.key()), messages));
    }
    return lines.join(QLatin1Char('\n'));
}

QString message(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::None:
        return {};
    case ApiError::Kind::Network:
        return networkMessage(error);
    case ApiError::Kind::Timeout:
        return QCoreApplication::translate("ApiErrorText",
                                           "MOCO did not answer in time. Try again in a moment.");
    case ApiError::Kind::Unauthorized:
        if (error.detail == ApiError::Detail::UnknownAccount)
            return QCoreApplication::translate(
                "ApiErrorText",
                "This MOCO account does not exist. Check the account name (the part before "
                ".mocoapp.com).");
        return QCoreApplication::translate(
            "ApiErrorText", "MOCO did not accept the sign-in. Check the e-mail address and "
                            "password, or the API key.");
    case ApiError::Kind::Forbidden:
        return QCoreApplication::translate(
            "ApiErrorText", "Your MOCO user is not allowed to do this. Ask your MOCO "
                            "administrator for the permission.");
    case ApiError::Kind::NotFound:
        return QCoreApplication::translate(
            "ApiErrorText", "MOCO could not find this item. It may have been deleted.");
    case ApiError::Kind::Validation:
        return validationMessage(error);
    case ApiError::Kind::RateLimited:
        if (error.retryAfter && error.retryAfter->count() > 0)
            return QCoreApplication::translate(
                "ApiErrorText", "MOCO's request limit is reached. Try again in %n second(s).",
                nullptr,
                static_cast<int>(
                    std::min<qint64>(error.retryAfter->count(), std::numeric_limits<int>::max())));
        return QCoreApplication::translate(
            "ApiErrorText", "MOCO's request limit is reached. Try again in a moment.");
    case ApiError::Kind::Server:
        if (error.detail == ApiError::Detail::UnexpectedRedirect)
            return QCoreApplication::translate(
                       "ApiErrorText", "The server answered with a redirect (HTTP %1) instead of "
                                       "data. Check the MOCO address.")
                .arg(error.httpStatus);
        return QCoreApplication::translate(
                   "ApiErrorText", "MOCO reported an internal error (HTTP %1). Try again later; "
                                   "if it keeps happening, check the values you entered.")
            .arg(error.httpStatus);
    case ApiError::Kind::Parse:
        if (error.detail == ApiError::Detail::ResponseTooLarge)
            return QCoreApplication::translate(
                "ApiErrorText", "MOCO sent a far larger answer than expected. MocoTrack stopped "
                                "reading it. Try again later; if it keeps happening, check the "
                                "MOCO address.");
        return QCoreApplication::translate("ApiErrorText",
                                           "MOCO sent an answer MocoTrack cannot read (%1).")
            .arg(error.message);
    case ApiError::Kind::InsecureUrl:
        if (error.detail == ApiError::Detail::InvalidBaseUrl)
            return QCoreApplication::translate("ApiErrorText", "No valid MOCO address is set: %1")
                .arg(error.message);
        return QCoreApplication::translate(
                   "ApiErrorText", "MocoTrack will not send your API key over an unencrypted "
                                   "connection: %1")
            .arg(error.message);
    case ApiError::Kind::Cancelled:
        return QCoreApplication::translate("ApiErrorText", "The request was cancelled.");
    }
    return error.message;
}

QString fieldLabel(const QString &field)
{
    struct Label
    {
        const char *key;
        const char *text;
    };
    static constexpr Label labels[] = {
        {"date", QT_TRANSLATE_NOOP("ApiErrorText", "Date")},
        {"project_id", QT_TRANSLATE_NOOP("ApiErrorText", "Project")},
        {"project", QT_TRANSLATE_NOOP("ApiErrorText", "Project")},
        {"task_id", QT_TRANSLATE_NOOP("ApiErrorText", "Task")},
        {"task", QT_TRANSLATE_NOOP("ApiErrorText", "Task")},
        {"seconds", QT_TRANSLATE_NOOP("ApiErrorText", "Duration")},
        {"hours", QT_TRANSLATE_NOOP("ApiErrorText", "Duration")},
        {"description", QT_TRANSLATE_NOOP("ApiErrorText", "Description")},
        {"billable", QT_TRANSLATE_NOOP("ApiErrorText", "Billable")},
        {"tag", QT_TRANSLATE_NOOP("ApiErrorText", "Tag")},
        {"remote_id", QT_TRANSLATE_NOOP("ApiErrorText", "Ticket")},
        {"remote_url", QT_TRANSLATE_NOOP("ApiErrorText", "Ticket link")},
        {"from", QT_TRANSLATE_NOOP("ApiErrorText", "From")},
        {"to", QT_TRANSLATE_NOOP("ApiErrorText", "To")},
        {"is_home_office", QT_TRANSLATE_NOOP("ApiErrorText", "Home office")},
        {"custom_properties", QT_TRANSLATE_NOOP("ApiErrorText", "Custom fields")},
        {"email", QT_TRANSLATE_NOOP("ApiErrorText", "E-mail")},
        {"password", QT_TRANSLATE_NOOP("ApiErrorText", "Password")},
    };
    for (const Label &label : labels) {
        if (field == QLatin1String(label.key))
            return QCoreApplication::translate("ApiErrorText", label.text);
    }
    return field;
}

QString fieldMessages(const ApiError &error, const QString &field)
{
    return error.fieldErrors.value(field).join(QLatin1Char('\n'));
}

} // namespace ApiErrorText
