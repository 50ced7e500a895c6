// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonFixture.h"

#include "support/TestData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QStringList>

namespace JsonFixture {

QJsonValue parse(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError) {
        qWarning("invalid JSON: %s", qPrintable(error.errorString()));
        return {};
    }
    if (document.isArray())
        return document.array();
    return document.object();
}

QJsonValue load(const QString &name)
{
    return parse(TestData::read(name));
}

QJsonObject loadObject(const QString &name)
{
    return load(name).toObject();
}

namespace {

QJsonObject setPath(QJsonObject object, QStringList keys, const QJsonValue &value)
{
    const QString key = keys.takeFirst();
    if (keys.isEmpty()) {
        if (value.isUndefined())
            object.remove(key);
        else
            object.insert(key, value);
        return object;
    }
    object.insert(key, setPath(object.value(key).toObject(), keys, value));
    return object;
}

} // namespace

QJsonObject withField(QJsonObject object, const QString &path, const QJsonValue &value)
{
    return setPath(std::move(object), path.split(QLatin1Char('.')), value);
}

} // namespace JsonFixture
