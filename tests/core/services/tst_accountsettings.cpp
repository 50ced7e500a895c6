// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/AccountSettings.h"
#include "core/storage/LocalStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTest>

// Where an account's data lives and how the sign-in dialog shows its
// address; sign-out removes exactly that account's files.
class TestAccountSettings : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void domainIsWhatTheUserWouldType();
    void storeKeysKeepColleaguesApart();
    void twoServersOnOneHostAreTwoAccounts();
    void signOutRemovesOnlyThatAccountsFiles();
};

void TestAccountSettings::domainIsWhatTheUserWouldType()
{
    AccountSettings account;
    account.baseUrl = QUrl(QStringLiteral("https://acme.mocoapp.com/api/v1"));
    QCOMPARE(account.domain(), QStringLiteral("acme.mocoapp.com"));
    account.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080/api/v1"));
    QCOMPARE(account.domain(), QStringLiteral("http://127.0.0.1:8080/api/v1"));
}

void TestAccountSettings::storeKeysKeepColleaguesApart()
{
    AccountSettings account;
    account.baseUrl = QUrl(QStringLiteral("https://acme.mocoapp.com/api/v1"));
    account.userId = 42;
    QCOMPARE(account.storeKey(), QStringLiteral("acme.mocoapp.com/42"));
    QCOMPARE(account.colleagueStoreKey(7), QStringLiteral("acme.mocoapp.com/42/as/7"));
    QVERIFY(LocalStore::defaultPath(account.storeKey()) !=
            LocalStore::defaultPath(account.colleagueStoreKey(7)));
}

void TestAccountSettings::twoServersOnOneHostAreTwoAccounts()
{
    AccountSettings first;
    first.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080/api/v1"));
    first.userId = 42;
    AccountSettings second = first;
    second.baseUrl.setPort(8081);
    QVERIFY(first.storeKey() != second.storeKey());
    QVERIFY(LocalStore::defaultPath(first.storeKey()) !=
            LocalStore::defaultPath(second.storeKey()));
    QVERIFY(first.credentialKey() != second.credentialKey());
    QCOMPARE(first.credentialKey(), QStringLiteral("42@127.0.0.1:8080"));
    // MOCO's addresses have no port: their keys stay what they were.
    AccountSettings moco;
    moco.baseUrl = QUrl(QStringLiteral("https://acme.mocoapp.com/api/v1"));
    moco.userId = 42;
    QCOMPARE(moco.credentialKey(), QStringLiteral("42@acme.mocoapp.com"));
}

void TestAccountSettings::signOutRemovesOnlyThatAccountsFiles()
{
    AccountSettings account;
    account.baseUrl = QUrl(QStringLiteral("https://acme.mocoapp.com/api/v1"));
    account.userId = 42;
    AccountSettings other = account;
    other.userId = 420;
    const QStringList mine = {LocalStore::defaultPath(account.storeKey()),
                              LocalStore::defaultPath(account.storeKey()) + QStringLiteral("-wal"),
                              LocalStore::defaultPath(account.colleagueStoreKey(7))};
    const QString theirs = LocalStore::defaultPath(other.storeKey());
    QDir().mkpath(QFileInfo(theirs).absolutePath());
    for (const QString &path : mine + QStringList{theirs}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    LocalStore::removeAccountData(account.storeKey());
    for (const QString &path : mine)
        QVERIFY2(!QFile::exists(path), qPrintable(path));
    QVERIFY(QFile::exists(theirs));
    QFile::remove(theirs);
}

QTEST_GUILESS_MAIN(TestAccountSettings)
#include "tst_accountsettings.moc"
