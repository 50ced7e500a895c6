// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/AccountSettings.h"

#include "core/services/CredentialStore.h"

#include <QCoreApplication>
#include <QSettings>

#include <memory>

namespace {
const QString group = QStringLiteral("account");

// The app sets no organisation name (so its data lives under .../MocoTrack),
// and a plain QSettings() would then write to "Unknown Organization/": name
// the file explicitly, <config>/MocoTrack/MocoTrack.conf.
std::unique_ptr<QSettings> openSettings()
{
    const QString name = QCoreApplication::applicationName();
    return std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::UserScope, name, name);
}

// The host, with the port when the address names one: two servers on one
// machine (a local MOCO-compatible server beside another) are two accounts
// even with the same user id. MOCO's own addresses carry no port, so their
// keys stay as they were.
QString serverKey(const QUrl &baseUrl)
{
    const QString host = baseUrl.host().toLower();
    return baseUrl.port() == -1 ? host : host + QLatin1Char(':') + QString::number(baseUrl.port());
}
} // namespace

QString AccountSettings::credentialKey() const
{
    return CredentialStore::accountKey(userId, serverKey(baseUrl));
}

QString AccountSettings::storeKey() const
{
    return serverKey(baseUrl) + QLatin1Char('/') + QString::number(userId);
}

QString AccountSettings::colleagueStoreKey(qint64 colleagueId) const
{
    return storeKey() + QStringLiteral("/as/") + QString::number(colleagueId);
}

QString AccountSettings::domain() const
{
    const QString host = baseUrl.host();
    if (baseUrl.scheme() == QLatin1String("https") && host.endsWith(QLatin1String(".mocoapp.com")))
        return host;
    return baseUrl.toString();
}

std::optional<AccountSettings> AccountSettings::load()
{
    const auto settings = openSettings();
    settings->beginGroup(group);
    AccountSettings account;
    account.baseUrl = QUrl(settings->value(QStringLiteral("baseUrl")).toString());
    account.userId = settings->value(QStringLiteral("userId")).toLongLong();
    account.name = settings->value(QStringLiteral("name")).toString();
    account.email = settings->value(QStringLiteral("email")).toString();
    if (!account.isValid())
        return std::nullopt;
    return account;
}

void AccountSettings::save() const
{
    const auto settings = openSettings();
    settings->beginGroup(group);
    settings->setValue(QStringLiteral("baseUrl"), baseUrl.toString());
    settings->setValue(QStringLiteral("userId"), userId);
    settings->setValue(QStringLiteral("name"), name);
    settings->setValue(QStringLiteral("email"), email);
}

void AccountSettings::clear()
{
    openSettings()->remove(group);
}
