// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/data/PersistentState.h"

#include "fakeserver/data/FakeDatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

#include <cstdio>

PersistentState::PersistentState(FakeDatabase &database, const QString &directory, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_directory(directory)
{}

QString PersistentState::filePath() const
{
    return QDir(m_directory).filePath(QStringLiteral("state.json"));
}

bool PersistentState::load(QString *error)
{
    QFile file(filePath());
    if (!file.exists())
        return false;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error =
            QStringLiteral("%1 is not valid JSON: %2").arg(filePath(), parseError.errorString());
        return false;
    }
    return m_database.fromStorage(document.object(), error);
}

bool PersistentState::save(QString *error) const
{
    if (!QDir().mkpath(m_directory)) {
        if (error)
            *error = QStringLiteral("cannot create %1").arg(m_directory);
        return false;
    }
    QSaveFile file(filePath());
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.write(QJsonDocument(m_database.toStorage()).toJson(QJsonDocument::Compact));
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void PersistentState::watch()
{
    connect(&m_database, &FakeDatabase::changed, this, &PersistentState::onChanged);
}

void PersistentState::onChanged()
{
    QString error;
    if (!save(&error))
        std::fprintf(stderr, "mocotrack-fakeserver: cannot save state: %s\n", qPrintable(error));
}
