// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class FakeDatabase;

// --data-dir: the account's data is written to DIR/state.json after every
// change (atomically) and read back on the next start, so a restarted
// server resumes where it stopped.
class PersistentState : public QObject
{
    Q_OBJECT
public:
    PersistentState(FakeDatabase &database, const QString &directory, QObject *parent = nullptr);

    QString filePath() const;
    // True when a saved state was found and loaded.
    bool load(QString *error);
    bool save(QString *error = nullptr) const;
    // Saves after every FakeDatabase::changed().
    void watch();

private:
    void onChanged();

    FakeDatabase &m_database;
    QString m_directory;
};
