// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/CustomFieldValue.h"

#include "core/domain/JsonReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

namespace {

// Scalars the spec does not promise but an account may still hold are kept
// as text rather than rejected (see the class comment).
std::optional<QString> scalarText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (std::trunc(number) == number && std::fabs(number) < 9.0e15)
            return QString::number(static_cast<qint64>(number));
        return QString::number(number, 'g', 15);
    }
    default:
        return std::nullopt;
    }
}

} // namespace

CustomFieldValue::CustomFieldValue(const QString &text)
    : m_text(text)
{}

CustomFieldValue::CustomFieldValue(const QStringList &list)
    : m_isList(true)
    , m_list(list)
{}

CustomFieldValue CustomFieldValue::fromBool(bool value)
{
    return CustomFieldValue(value ? QStringLiteral("1") : QStringLiteral("0"));
}

CustomFieldValue CustomFieldValue::fromDate(const QDate &date)
{
    return CustomFieldValue(date.isValid() ? date.toString(Qt::ISODate) : QString());
}

bool CustomFieldValue::isEmpty() const
{
    return m_isList ? m_list.isEmpty() : m_text.isEmpty();
}

QString CustomFieldValue::text() const
{
    return m_isList ? m_list.join(QStringLiteral(", ")) : m_text;
}

QStringList CustomFieldValue::list() const
{
    if (m_isList)
        return m_list;
    return m_text.isEmpty() ? QStringList() : QStringList{m_text};
}

std::optional<bool> CustomFieldValue::toBool() const
{
    if (m_isList)
        return std::nullopt;
    const QString value = m_text.trimmed().toLower();
    if (value == QLatin1String("1") || value == QLatin1String("true"))
        return true;
    if (value == QLatin1String("0") || value == QLatin1String("false"))
        return false;
    return std::nullopt;
}

std::optional<QDate> CustomFieldValue::toDate() const
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (m_isList || !pattern.match(m_text).hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(m_text, Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

std::optional<CustomFieldValue>
CustomFieldValue::fromJson(const QJsonValue &json, QString * /*error*/, const QString & /*path*/)
{
    if (json.isUndefined())
        return CustomFieldValue();
    if (json.isString())
        return CustomFieldValue(json.toString());
    if (json.isArray()) {
        const QJsonArray array = json.toArray();
        QStringList list;
        list.reserve(array.size());
        bool allStrings = true;
        for (const QJsonValue &item : array) {
            allStrings = allStrings && item.isString();
            if (const std::optional<QString> text = scalarText(item))
                list.append(*text);
        }
        CustomFieldValue value(list);
        if (!allStrings)
            value.m_asRead = json;
        return value;
    }
    CustomFieldValue value;
    if (const std::optional<QString> text = scalarText(json))
        value.m_text = *text;
    else if (json.isObject())
        value.m_text =
            QString::fromUtf8(QJsonDocument(json.toObject()).toJson(QJsonDocument::Compact));
    value.m_asRead = json;
    return value;
}

QJsonValue CustomFieldValue::toJson() const
{
    if (!m_asRead.isUndefined())
        return m_asRead;
    if (m_isList)
        return QJsonArray::fromStringList(m_list);
    return m_text;
}
