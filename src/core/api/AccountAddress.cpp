// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/AccountAddress.h"

#include "core/api/ApiErrorText.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

namespace {

const QString apiPath = QStringLiteral("/api/v1");
const QString mocoDomain = QStringLiteral(".mocoapp.com");

bool isHostLabel(const QString &label)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(label).hasMatch();
}

bool isHostName(const QString &host)
{
    if (host.isEmpty() || host.size() > 253)
        return false;
    const QStringList labels = host.split(QLatin1Char('.'));
    return std::all_of(labels.begin(), labels.end(),
                       [](const QString &label) { return isHostLabel(label); });
}

bool isUsableHost(const QUrl &url)
{
    const QString host = url.host(QUrl::FullyEncoded); // IDN as ACE (xn--…)
    return isHostName(host) || !QHostAddress(url.host()).isNull();
}

QString withApiPath(const QUrl &url)
{
    if (url.host().endsWith(mocoDomain, Qt::CaseInsensitive))
        return apiPath; // a pasted browser address (…/activities) still means the account
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (path.endsWith(apiPath))
        return path;
    return path + apiPath;
}

} // namespace

AccountAddress::AccountAddress(Problem problem, QString detail)
    : m_problem(problem)
    , m_detail(std::move(detail))
{}

bool AccountAddress::isLoopbackHost(const QString &host)
{
    QString name = host.toLower();
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    if (name == QLatin1String("localhost"))
        return true;
    const QHostAddress address(name);
    return !address.isNull() && address.isLoopback();
}

AccountAddress AccountAddress::fromUserInput(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return AccountAddress(Problem::Empty);
    if (std::any_of(text.begin(), text.end(), [](QChar c) { return c.isSpace(); }))
        return AccountAddress(Problem::Malformed, text);

    QUrl url;
    if (text.contains(QLatin1String("://"))) {
        url = QUrl(text, QUrl::StrictMode);
    } else if (isHostLabel(text)) {
        url = QUrl(QStringLiteral("https://") + text.toLower() + mocoDomain, QUrl::StrictMode);
    } else {
        url = QUrl(QStringLiteral("https://") + text, QUrl::StrictMode);
    }
    if (!url.isValid())
        return AccountAddress(Problem::Malformed, text);
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return AccountAddress(Problem::UnsupportedScheme, url.scheme());
    if (url.host().isEmpty())
        return AccountAddress(Problem::Malformed, text);
    if (!url.userInfo().isEmpty() || !isUsableHost(url))
        return AccountAddress(Problem::Malformed, text);
    if (scheme == QLatin1String("http") && !isLoopbackHost(url.host()))
        return AccountAddress(Problem::Insecure, url.host());

    QUrl base;
    base.setScheme(scheme);
    base.setHost(url.host());
    base.setPort(url.port());
    base.setPath(withApiPath(url));
    AccountAddress result(Problem::None);
    result.m_baseUrl = base;
    return result;
}

ApiError AccountAddress::checkBaseUrl(const QUrl &baseUrl)
{
    const QString scheme = baseUrl.scheme().toLower();
    if (!baseUrl.isValid() || baseUrl.host().isEmpty() ||
        (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
        return ApiError::make(ApiError::Kind::InsecureUrl, ApiError::Detail::InvalidBaseUrl,
                              baseUrl.isEmpty() ? QStringLiteral("no server address set")
                                                : baseUrl.toDisplayString());
    if (scheme == QLatin1String("http") && !isLoopbackHost(baseUrl.host()))
        return AccountAddress(Problem::Insecure, baseUrl.host()).toError();
    return {};
}

ApiError AccountAddress::toError() const
{
    switch (m_problem) {
    case Problem::None:
        return {};
    case Problem::Insecure:
        return ApiError::make(
            ApiError::Kind::InsecureUrl,
            QCoreApplication::translate("AccountAddress",
                                        "plain http:// is only allowed for this computer "
                                        "(localhost), not for %1; use https://")
                .arg(m_detail));
    case Problem::Empty:
    case Problem::Malformed:
    case Problem::UnsupportedScheme:
        break;
    }
    return ApiError::make(ApiError::Kind::InsecureUrl, ApiError::Detail::InvalidBaseUrl,
                          errorText());
}

QString AccountAddress::errorText() const
{
    switch (m_problem) {
    case Problem::None:
        return {};
    case Problem::Empty:
        return QCoreApplication::translate("AccountAddress",
                                           "Enter your MOCO account name, e.g. \"acme\" for "
                                           "acme.mocoapp.com.");
    case Problem::Malformed:
        return QCoreApplication::translate("AccountAddress",
                                           "\"%1\" is not a MOCO account name or web address. "
                                           "Use letters, digits and hyphens, e.g. \"acme\" or "
                                           "\"acme.mocoapp.com\".")
            .arg(m_detail);
    case Problem::UnsupportedScheme:
        return QCoreApplication::translate("AccountAddress",
                                           "\"%1://\" addresses are not supported; use https://.")
            .arg(m_detail);
    case Problem::Insecure:
        return ApiErrorText::message(toError());
    }
    return {};
}
