// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Every HTTP status and error body shape of moco-api.md §10 becomes the right
// ApiError, with per-field messages the UI can put under the fields.

#include "core/api/ResponseClassifier.h"

#include <QtTest>

using namespace std::chrono_literals;
using FieldErrors = QMap<QString, QStringList>;

namespace {
const QDateTime now(QDate(2026, 11, 27), QTime(9, 0), QTimeZone::utc());
}

class TestResponseClassifier : public QObject
{
    Q_OBJECT
private slots:
    void statusToKind_data();
    void statusToKind();
    void validationBodies_data();
    void validationBodies();
    void unauthorizedMessages();
    void retryAfter_data();
    void retryAfter();
};

void TestResponseClassifier::statusToKind_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<QString>("message");

    using K = ApiError::Kind;
    QTest::newRow("200") << 200 << QByteArray("{}") << K::None << QString();
    QTest::newRow("201") << 201 << QByteArray("{}") << K::None << QString();
    QTest::newRow("204 empty") << 204 << QByteArray() << K::None << QString();
    QTest::newRow("401") << 401 << QByteArray(R"({"message":"Invalid API key."})")
                         << K::Unauthorized << "Invalid API key.";
    QTest::newRow("403 empty (observed)") << 403 << QByteArray() << K::Forbidden << "HTTP 403 Why";
    QTest::newRow("403 errors array (spec)")
        << 403 << QByteArray(R"({"errors":["Access denied"]})") << K::Forbidden << "Access denied";
    QTest::newRow("404 empty") << 404 << QByteArray() << K::NotFound << "HTTP 404 Why";
    QTest::newRow("400 invalid date range")
        << 400 << QByteArray(R"({"message":"Invalid date range"})") << K::Validation
        << "Invalid date range";
    QTest::newRow("422") << 422 << QByteArray(R"({"from":["range overlaps"]})") << K::Validation
                         << "from: range overlaps";
    QTest::newRow("423 locked") << 423 << QByteArray() << K::Validation << "HTTP 423 Why";
    QTest::newRow("429") << 429 << QByteArray(R"({"message":"Too many requests"})")
                         << K::RateLimited << "Too many requests";
    QTest::newRow("500 empty") << 500 << QByteArray() << K::Server << "HTTP 500 Why";
    QTest::newRow("500 html") << 500 << QByteArray("<html>oops</html>") << K::Server
                              << "HTTP 500 Why";
    QTest::newRow("502") << 502 << QByteArray() << K::Server << "HTTP 502 Why";
    QTest::newRow("503") << 503 << QByteArray() << K::Server << "HTTP 503 Why";
    QTest::newRow("302 redirect") << 302 << QByteArray() << K::Server << "HTTP 302 Why";
}

void TestResponseClassifier::statusToKind()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(ApiError::Kind, kind);
    QFETCH(QString, message);
    const ApiError error = ResponseClassifier::classify(status, "Why", body, {}, now);
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.message, message);
    QCOMPARE(error.httpStatus, kind == ApiError::Kind::None ? 0 : status);
}

void TestResponseClassifier::validationBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<FieldErrors>("fields");
    QTest::addColumn<QString>("message");

    QTest::newRow("message string (spec)")
        << QByteArray(R"({"message":"Invalid payload"})")
        << FieldErrors{{"base", {"Invalid payload"}}} << "Invalid payload";
    QTest::newRow("errors array (spec)")
        << QByteArray(R"({"errors":["Name can't be blank","Date is invalid"]})")
        << FieldErrors{{"base", {"Name can't be blank", "Date is invalid"}}}
        << "Name can't be blank, Date is invalid";
    QTest::newRow("errors object (spec)")
        << QByteArray(R"({"errors":{"date":["is invalid"],"task_id":["can't be blank"]}})")
        << FieldErrors{{"date", {"is invalid"}}, {"task_id", {"can't be blank"}}}
        << "date: is invalid; task_id: can't be blank";
    QTest::newRow("top-level field map, German (observed)")
        << QByteArray(R"({"task_id":["ist nicht gültig"]})")
        << FieldErrors{{"task_id", {QStringLiteral("ist nicht gültig")}}}
        << QStringLiteral("task_id: ist nicht gültig");
    QTest::newRow("top-level base (observed)")
        << QByteArray(R"({"base":["Timer can only be started on the current day"]})")
        << FieldErrors{{"base", {"Timer can only be started on the current day"}}}
        << "Timer can only be started on the current day";
    QTest::newRow("top-level field and base")
        << QByteArray(R"({"base":["Locked"],"from":["range overlaps","too early"]})")
        << FieldErrors{{"base", {"Locked"}}, {"from", {"range overlaps", "too early"}}}
        << "Locked; from: range overlaps, too early";
    QTest::newRow("single string values")
        << QByteArray(R"({"seconds":"must be positive"})")
        << FieldErrors{{"seconds", {"must be positive"}}} << "seconds: must be positive";
    QTest::newRow("message wins over errors")
        << QByteArray(R"({"message":"Invalid payload","errors":["x"]})")
        << FieldErrors{{"base", {"Invalid payload"}}} << "Invalid payload";
    QTest::newRow("empty body") << QByteArray() << FieldErrors{} << "HTTP 422 Unprocessable Entity";
    QTest::newRow("not JSON") << QByteArray("Unprocessable") << FieldErrors{}
                              << "HTTP 422 Unprocessable Entity";
    QTest::newRow("JSON array") << QByteArray(R"(["x"])") << FieldErrors{}
                                << "HTTP 422 Unprocessable Entity";
    QTest::newRow("non-string values ignored")
        << QByteArray(R"({"id":5,"date":["is invalid"]})") << FieldErrors{{"date", {"is invalid"}}}
        << "date: is invalid";
}

void TestResponseClassifier::validationBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(FieldErrors, fields);
    QFETCH(QString, message);
    const ApiError error = ResponseClassifier::classify(422, "Unprocessable Entity", body, {}, now);
    QCOMPARE(error.kind, ApiError::Kind::Validation);
    QCOMPARE(error.httpStatus, 422);
    QCOMPARE(error.fieldErrors, fields);
    QCOMPARE(error.message, message);
}

void TestResponseClassifier::unauthorizedMessages()
{
    const ApiError unknownAccount = ResponseClassifier::classify(
        401, "Unauthorized", R"({"message":"Subdomain does not exist."})", {}, now);
    QCOMPARE(unknownAccount.kind, ApiError::Kind::Unauthorized);
    QCOMPARE(unknownAccount.detail, ApiError::Detail::UnknownAccount);

    const ApiError badKey = ResponseClassifier::classify(
        401, "Unauthorized", R"({"message":"Invalid API key."})", {}, now);
    QCOMPARE(badKey.kind, ApiError::Kind::Unauthorized);
    QCOMPARE(badKey.detail, ApiError::Detail::None);
}

void TestResponseClassifier::retryAfter_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("seconds"); // -1: none

    QTest::newRow("absent") << QByteArray() << -1;
    QTest::newRow("seconds") << QByteArray("7") << 7;
    QTest::newRow("seconds with spaces") << QByteArray(" 12 ") << 12;
    QTest::newRow("zero") << QByteArray("0") << 0;
    QTest::newRow("negative") << QByteArray("-3") << 0;
    QTest::newRow("HTTP date") << QByteArray("Fri, 27 Nov 2026 09:00:30 GMT") << 30;
    QTest::newRow("HTTP date in the past") << QByteArray("Fri, 27 Nov 2026 08:00:00 GMT") << 0;
    QTest::newRow("garbage") << QByteArray("soon") << -1;
    QTest::newRow("garbage with digits") << QByteArray("12s") << -1;
    // Far beyond anything sane: capped at an hour, never overflowing.
    QTest::newRow("an hour") << QByteArray("3600") << 3600;
    QTest::newRow("a day") << QByteArray("86400") << 3600;
    QTest::newRow("16 digits") << QByteArray("9999999999999999") << 3600;
    QTest::newRow("20 digits") << QByteArray("99999999999999999999") << 3600;
    QTest::newRow("negative 20 digits") << QByteArray("-99999999999999999999") << 0;
    QTest::newRow("HTTP date in the year 9999")
        << QByteArray("Fri, 31 Dec 9999 23:59:59 GMT") << 3600;
}

void TestResponseClassifier::retryAfter()
{
    QFETCH(QByteArray, header);
    QFETCH(int, seconds);
    const auto parsed = ResponseClassifier::parseRetryAfter(header, now);
    if (seconds < 0) {
        QVERIFY(!parsed);
    } else {
        QVERIFY(parsed);
        QCOMPARE(parsed->count(), seconds);
    }
    const ApiError error = ResponseClassifier::classify(429, "Too Many Requests", {}, header, now);
    QCOMPARE(error.kind, ApiError::Kind::RateLimited);
    QCOMPARE(error.retryAfter.has_value(), seconds >= 0);
}

QTEST_GUILESS_MAIN(TestResponseClassifier)
#include "tst_responseclassifier.moc"
