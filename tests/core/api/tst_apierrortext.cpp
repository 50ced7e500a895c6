// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Each kind of failure reads differently to the user, and what the server
// said (field messages, the insecure host, the wait) reaches them.

#include "core/api/ApiErrorText.h"

#include <QSet>
#include <QtTest>

#include <limits>

using namespace std::chrono_literals;
using K = ApiError::Kind;
using D = ApiError::Detail;

namespace {

ApiError error(K kind, D detail = D::None, const QString &message = {}, int status = 0)
{
    ApiError e = ApiError::make(kind, detail, message);
    e.httpStatus = status;
    return e;
}

} // namespace

class TestApiErrorText : public QObject
{
    Q_OBJECT
private slots:
    void everyKindHasItsOwnText();
    void unknownAccountDiffersFromWrongKey();
    void validationShowsFieldMessages();
    void rateLimitedNamesTheWait();
    void hugeRetryAfterReadsAsAWait();
    void insecureUrlNamesTheReason();
    void fieldMessagesForOneField();
    void noErrorNoText();
};

void TestApiErrorText::everyKindHasItsOwnText()
{
    const QList<ApiError> errors{
        error(K::Network),
        error(K::Network, D::HostNotFound),
        error(K::Network, D::ConnectionRefused),
        error(K::Network, D::NoNetwork),
        error(K::Network, D::Tls, QStringLiteral("certificate expired")),
        error(K::Network, D::ConnectionLost),
        error(K::Timeout),
        error(K::Unauthorized),
        error(K::Unauthorized, D::UnknownAccount),
        error(K::Forbidden),
        error(K::NotFound),
        error(K::Validation, D::None, QStringLiteral("Invalid payload")),
        error(K::RateLimited),
        error(K::Server, D::None, {}, 500),
        error(K::Server, D::UnexpectedRedirect, {}, 301),
        error(K::Parse, D::None, QStringLiteral("[3].date: expected a date")),
        error(K::Parse, D::ResponseTooLarge, QStringLiteral("larger than 33554432 bytes")),
        error(K::InsecureUrl, D::None, QStringLiteral("http to 192.0.2.1")),
        error(K::InsecureUrl, D::InvalidBaseUrl, QStringLiteral("empty")),
        error(K::Cancelled),
    };
    QSet<QString> texts;
    for (const ApiError &e : errors) {
        const QString text = ApiErrorText::message(e);
        QVERIFY2(!text.isEmpty(), QMetaEnum::fromType<K>().valueToKey(int(e.kind)));
        texts.insert(text);
    }
    QCOMPARE(texts.size(), errors.size());
    QVERIFY(ApiErrorText::message(error(K::Network, D::Tls, QStringLiteral("certificate expired")))
                .contains(QLatin1String("certificate expired")));
    QVERIFY(ApiErrorText::message(error(K::Parse, D::None, QStringLiteral("[3].date: expected")))
                .contains(QLatin1String("[3].date")));
    QVERIFY(
        ApiErrorText::message(error(K::Server, D::None, {}, 503)).contains(QLatin1String("503")));
}

void TestApiErrorText::unknownAccountDiffersFromWrongKey()
{
    // Both come back as 401; MOCO's message tells them apart.
    const QString unknown = ApiErrorText::message(
        error(K::Unauthorized, D::UnknownAccount, QStringLiteral("Subdomain does not exist.")));
    const QString wrongKey =
        ApiErrorText::message(error(K::Unauthorized, D::None, QStringLiteral("Invalid API key.")));
    QVERIFY(unknown != wrongKey);
    QVERIFY2(unknown.contains(QLatin1String("account")), qPrintable(unknown));
    // DNS failure on the account's host reads like an unknown account.
    QVERIFY2(ApiErrorText::message(error(K::Network, D::HostNotFound))
                 .contains(QLatin1String("account")),
             qPrintable(ApiErrorText::message(error(K::Network, D::HostNotFound))));
}

void TestApiErrorText::validationShowsFieldMessages()
{
    ApiError e = error(K::Validation, D::None, {}, 422);
    e.fieldErrors = {{QStringLiteral("task_id"), {QStringLiteral("ist nicht gültig")}},
                     {QStringLiteral("base"), {QStringLiteral("Activity is billed")}}};
    const QString text = ApiErrorText::message(e);
    QVERIFY2(text.contains(QStringLiteral("Task: ist nicht gültig")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Activity is billed")), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("base")), qPrintable(text));
}

void TestApiErrorText::rateLimitedNamesTheWait()
{
    ApiError e = error(K::RateLimited, D::None, {}, 429);
    e.retryAfter = 42s;
    QVERIFY2(ApiErrorText::message(e).contains(QLatin1String("42")),
             qPrintable(ApiErrorText::message(e)));
}

void TestApiErrorText::hugeRetryAfterReadsAsAWait()
{
    // Cut to int, 2^32 + 5 seconds would read "5 seconds".
    ApiError e = error(K::RateLimited, D::None, {}, 429);
    e.retryAfter = std::chrono::seconds((qint64(1) << 32) + 5);
    const QString text = ApiErrorText::message(e);
    QVERIFY2(text.contains(QString::number(std::numeric_limits<int>::max())), qPrintable(text));
}

void TestApiErrorText::insecureUrlNamesTheReason()
{
    const QString text = ApiErrorText::message(
        error(K::InsecureUrl, D::None, QStringLiteral("http:// is not allowed for 192.0.2.1")));
    QVERIFY2(text.contains(QLatin1String("192.0.2.1")), qPrintable(text));
}

void TestApiErrorText::fieldMessagesForOneField()
{
    ApiError e = error(K::Validation);
    e.fieldErrors = {
        {QStringLiteral("from"), {QStringLiteral("range overlaps"), QStringLiteral("x")}}};
    QCOMPARE(ApiErrorText::fieldMessages(e, QStringLiteral("from")),
             QStringLiteral("range overlaps\nx"));
    QVERIFY(ApiErrorText::fieldMessages(e, QStringLiteral("to")).isEmpty());
    QCOMPARE(ApiErrorText::fieldLabel(QStringLiteral("project_id")), QStringLiteral("Project"));
    QCOMPARE(ApiErrorText::fieldLabel(QStringLiteral("something_new")),
             QStringLiteral("something_new"));
}

void TestApiErrorText::noErrorNoText()
{
    QVERIFY(ApiErrorText::message(ApiError()).isEmpty());
}

QTEST_GUILESS_MAIN(TestApiErrorText)
#include "tst_apierrortext.moc"
