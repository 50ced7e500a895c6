// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// What the user types as "MOCO account" becomes the API base URL — or a clear
// refusal, before anything is sent.

#include "core/api/AccountAddress.h"

#include <QtTest>

using Problem = AccountAddress::Problem;

class TestAccountAddress : public QObject
{
    Q_OBJECT
private slots:
    void fromUserInput_data();
    void fromUserInput();
    void errorTextIsSpecific();
    void checkBaseUrl_data();
    void checkBaseUrl();
};

void TestAccountAddress::fromUserInput_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("problem");
    QTest::addColumn<QString>("baseUrl");

    const QString acme = QStringLiteral("https://acme.mocoapp.com/api/v1");
    auto ok = [](const char *name, const QString &input, const QString &url) {
        QTest::newRow(name) << input << int(Problem::None) << url;
    };
    auto bad = [](const char *name, const QString &input, Problem problem) {
        QTest::newRow(name) << input << int(problem) << QString();
    };

    ok("subdomain", "acme", acme);
    ok("subdomain upper case", "ACME", acme);
    ok("subdomain with hyphen", "acme-gmbh", "https://acme-gmbh.mocoapp.com/api/v1");
    ok("surrounding spaces", "  acme \t", acme);
    ok("full host", "acme.mocoapp.com", acme);
    ok("full host trailing slash", "acme.mocoapp.com/", acme);
    ok("https URL", "https://acme.mocoapp.com", acme);
    ok("https URL with api path", "https://acme.mocoapp.com/api/v1", acme);
    ok("https URL with api path and slash", "https://acme.mocoapp.com/api/v1/", acme);
    ok("pasted browser address", "https://acme.mocoapp.com/activities?date=2026-11-27", acme);
    ok("other https host", "https://moco.example.com", "https://moco.example.com/api/v1");
    ok("other https host with prefix", "https://example.com/moco",
       "https://example.com/moco/api/v1");
    ok("https with port", "https://moco.example.com:8443/api/v1",
       "https://moco.example.com:8443/api/v1");
    ok("host without scheme", "moco.example.com", "https://moco.example.com/api/v1");
    ok("http loopback IPv4", "http://127.0.0.1:4711", "http://127.0.0.1:4711/api/v1");
    ok("http loopback 127/8", "http://127.8.9.10:4711/api/v1", "http://127.8.9.10:4711/api/v1");
    ok("http loopback IPv6", "http://[::1]:4711", "http://[::1]:4711/api/v1");
    ok("http localhost", "http://localhost:4711", "http://localhost:4711/api/v1");
    ok("http LOCALHOST", "HTTP://LOCALHOST:4711", "http://localhost:4711/api/v1");

    bad("empty", "", Problem::Empty);
    bad("only spaces", "   ", Problem::Empty);
    bad("space inside", "acme gmbh", Problem::Malformed);
    bad("underscore", "acme_gmbh", Problem::Malformed);
    bad("leading hyphen", "-acme", Problem::Malformed);
    bad("double dot", "acme..mocoapp.com", Problem::Malformed);
    bad("bad characters", "acme!?", Problem::Malformed);
    bad("no host", "https://", Problem::Malformed);
    bad("credentials in URL", "https://user:secret@acme.mocoapp.com", Problem::Malformed);
    bad("bad port", "acme.mocoapp.com:abc", Problem::Malformed);
    bad("ftp", "ftp://acme.mocoapp.com", Problem::UnsupportedScheme);
    bad("file", "file:///etc/passwd", Problem::UnsupportedScheme);
    bad("http to mocoapp", "http://acme.mocoapp.com", Problem::Insecure);
    bad("http to TEST-NET", "http://192.0.2.1", Problem::Insecure);
    bad("http to private LAN", "http://10.0.0.5:8080", Problem::Insecure);
    bad("http to 0.0.0.0", "http://0.0.0.0:8080", Problem::Insecure);
    bad("http to localhost look-alike", "http://localhost.evil.example", Problem::Insecure);
    bad("http to IPv6 non-loopback", "http://[2001:db8::1]", Problem::Insecure);
}

void TestAccountAddress::fromUserInput()
{
    QFETCH(QString, input);
    QFETCH(int, problem);
    QFETCH(QString, baseUrl);

    const AccountAddress address = AccountAddress::fromUserInput(input);
    QCOMPARE(int(address.problem()), problem);
    QCOMPARE(address.isValid(), problem == int(Problem::None));
    if (address.isValid()) {
        QCOMPARE(address.baseUrl().toString(), baseUrl);
        QVERIFY(address.errorText().isEmpty());
        QVERIFY(!address.toError().isError());
    } else {
        QVERIFY(!address.errorText().isEmpty());
        QCOMPARE(address.toError().kind, ApiError::Kind::InsecureUrl);
    }
}

void TestAccountAddress::errorTextIsSpecific()
{
    const QString insecure =
        AccountAddress::fromUserInput(QStringLiteral("http://192.0.2.1")).errorText();
    QVERIFY2(insecure.contains(QLatin1String("192.0.2.1")), qPrintable(insecure));
    QVERIFY2(insecure.contains(QLatin1String("https")), qPrintable(insecure));

    const QString malformed =
        AccountAddress::fromUserInput(QStringLiteral("acme gmbh")).errorText();
    QVERIFY2(malformed.contains(QLatin1String("acme gmbh")), qPrintable(malformed));

    const QString scheme = AccountAddress::fromUserInput(QStringLiteral("ftp://x.y")).errorText();
    QVERIFY2(scheme.contains(QLatin1String("ftp")), qPrintable(scheme));

    QVERIFY(AccountAddress::fromUserInput(QString()).errorText() != malformed);
}

void TestAccountAddress::checkBaseUrl_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<ApiError::Detail>("detail");
    QTest::newRow("https") << QUrl(QStringLiteral("https://acme.mocoapp.com/api/v1"))
                           << ApiError::Kind::None << ApiError::Detail::None;
    QTest::newRow("http loopback") << QUrl(QStringLiteral("http://127.0.0.1:1234/api/v1"))
                                   << ApiError::Kind::None << ApiError::Detail::None;
    QTest::newRow("http remote") << QUrl(QStringLiteral("http://192.0.2.1/api/v1"))
                                 << ApiError::Kind::InsecureUrl << ApiError::Detail::None;
    QTest::newRow("empty") << QUrl() << ApiError::Kind::InsecureUrl
                           << ApiError::Detail::InvalidBaseUrl;
    QTest::newRow("relative") << QUrl(QStringLiteral("/api/v1")) << ApiError::Kind::InsecureUrl
                              << ApiError::Detail::InvalidBaseUrl;
}

void TestAccountAddress::checkBaseUrl()
{
    QFETCH(QUrl, url);
    QFETCH(ApiError::Kind, kind);
    QFETCH(ApiError::Detail, detail);
    const ApiError error = AccountAddress::checkBaseUrl(url);
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.detail, detail);
}

QTEST_GUILESS_MAIN(TestAccountAddress)
#include "tst_accountaddress.moc"
