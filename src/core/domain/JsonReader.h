// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

#include <memory>
#include <optional>

// Reads the fields of one JSON object and remembers the first problem, named
// by its path ("activity.project.id: expected an integer, got a string").
// Every domain type parses itself through one of these, so the rules live in
// one place:
//  - null, "" and a missing key all mean "none" for optional values;
//  - a present value of the wrong type is an error, never a silent default;
//  - a missing required value is an error;
//  - integers may arrive as whole-number doubles (|x| <= 2^53), never as 3.5.
// After the first error the reader keeps going with defaults so the caller
// can finish quietly; only the first message is kept.
class JsonReader
{
public:
    // `path` names the value for messages: "activity", or "[3]" inside a list.
    JsonReader(const QJsonValue &value, const QString &path);

    // Parses a whole value as T (T::read(JsonReader &) does the fields).
    // On failure returns nullopt and, when `error` is given, the message.
    template<typename T>
    static std::optional<T> parse(const QJsonValue &json, const QString &rootName, QString *error);
    // Parses a JSON array of T; element paths are "[i]" (plus the prefix).
    template<typename T>
    static std::optional<QList<T>> parseList(const QJsonValue &json, QString *error,
                                             const QString &prefix = {});

    const QString &path() const { return m_path; }
    bool failed() const { return !m_state->error.isEmpty(); }
    QString error() const { return m_state->error; }
    // Records `problem` for `key` (or for this value when key is empty)
    // unless an earlier error is already recorded.
    void fail(const QString &key, const QString &problem);
    // Records a message that already starts with a path relative to this
    // value ("Tags[2]: expected a string, got an object").
    void failRelative(const QString &relativeMessage);

    // True when this value is a JSON object; records an error otherwise.
    bool expectObject();
    bool has(const QString &key) const;    // present and not null
    bool isNone(const QString &key) const; // missing, null or ""
    QJsonValue raw(const QString &key) const { return m_object.value(key); }
    const QJsonObject &object() const { return m_object; } // {} unless an object

    // Integers (ids, seconds). Required: missing/null is an error.
    qint64 integer(const QString &key);
    std::optional<qint64> optionalInteger(const QString &key);
    // Numbers that may be fractional (hours, rates, budgets).
    double number(const QString &key);
    std::optional<double> optionalNumber(const QString &key);
    bool boolean(const QString &key);
    std::optional<bool> optionalBoolean(const QString &key);
    bool booleanOr(const QString &key, bool fallback);
    // Required text: missing/null is an error, "" is accepted.
    QString requiredText(const QString &key);
    // Optional text: missing/null give "".
    QString text(const QString &key);
    QStringList stringList(const QString &key); // missing/null give {}
    QDate date(const QString &key);             // YYYY-MM-DD, required
    std::optional<QDate> optionalDate(const QString &key);
    // ISO 8601; "Z", an offset or none (read as UTC). Result is in UTC.
    std::optional<QDateTime> optionalTimestamp(const QString &key);
    QDateTime timestamp(const QString &key);               // optional; invalid when none
    std::optional<QTime> optionalTime(const QString &key); // HH:MM (or HH:MM:SS)

    // Nested objects and arrays of objects, read by T::read(JsonReader &).
    template<typename T>
    T object(const QString &key); // required
    template<typename T>
    std::optional<T> optionalObject(const QString &key);
    template<typename T>
    QList<T> list(const QString &key); // missing/null give {}

    // A reader for a nested value that shares this reader's error state.
    JsonReader child(const QString &key) const;
    JsonReader element(const QJsonValue &value, qsizetype index) const;

    // "a string", "an object", "3.5" … for messages.
    static QString describe(const QJsonValue &value);

private:
    struct State
    {
        QString error;
    };
    JsonReader(const QJsonValue &value, const QString &path, std::shared_ptr<State> state);
    QString childPath(const QString &key) const;
    std::optional<qint64> toInteger(const QString &key, const QJsonValue &value);

    QJsonValue m_value;
    QJsonObject m_object;
    QString m_path;
    std::shared_ptr<State> m_state;
};

template<typename T>
std::optional<T> JsonReader::parse(const QJsonValue &json, const QString &rootName, QString *error)
{
    JsonReader reader(json, rootName);
    std::optional<T> result;
    if (reader.expectObject())
        result = T::read(reader);
    if (reader.failed()) {
        if (error)
            *error = reader.error();
        return std::nullopt;
    }
    return result;
}

template<typename T>
std::optional<QList<T>> JsonReader::parseList(const QJsonValue &json, QString *error,
                                              const QString &prefix)
{
    JsonReader reader(json, prefix);
    if (!json.isArray()) {
        reader.fail({}, QStringLiteral("expected an array, got %1").arg(describe(json)));
        if (error)
            *error = reader.error();
        return std::nullopt;
    }
    const QJsonArray array = json.toArray();
    QList<T> result;
    result.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        JsonReader item = reader.element(array.at(i), i);
        if (item.expectObject())
            result.append(T::read(item));
        if (reader.failed())
            break;
    }
    if (reader.failed()) {
        if (error)
            *error = reader.error();
        return std::nullopt;
    }
    return result;
}

template<typename T>
T JsonReader::object(const QString &key)
{
    if (!has(key)) {
        fail(key, QStringLiteral("missing"));
        return T{};
    }
    JsonReader nested = child(key);
    if (!nested.expectObject())
        return T{};
    return T::read(nested);
}

template<typename T>
std::optional<T> JsonReader::optionalObject(const QString &key)
{
    if (isNone(key))
        return std::nullopt;
    JsonReader nested = child(key);
    if (!nested.expectObject())
        return std::nullopt;
    return T::read(nested);
}

template<typename T>
QList<T> JsonReader::list(const QString &key)
{
    if (!has(key))
        return {};
    const QJsonValue value = m_object.value(key);
    if (!value.isArray()) {
        fail(key, QStringLiteral("expected an array, got %1").arg(describe(value)));
        return {};
    }
    const QJsonArray array = value.toArray();
    const JsonReader holder = child(key);
    QList<T> result;
    result.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        JsonReader item = holder.element(array.at(i), i);
        if (item.expectObject())
            result.append(T::read(item));
    }
    return result;
}
