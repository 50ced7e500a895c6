// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/FavoriteProjects.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

// Starred project/task pairs survive a restart, per account, and the file
// holds nothing but ids.
class TestFavoriteProjects : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void toggleStarsAndUnstars();
    void favoritesSurviveARestart();
    void accountsKeepTheirOwnFavorites();
    void damagedEntriesAreIgnored();

private:
    const QString m_anna = QStringLiteral("4294968001@acme.mocoapp.com");
    const QString m_other = QStringLiteral("4294968003@other.mocoapp.com");
};

void TestFavoriteProjects::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestFavoriteProjects::init()
{
    QFile::remove(FavoriteProjects::filePath());
}

void TestFavoriteProjects::toggleStarsAndUnstars()
{
    FavoriteProjects favorites(m_anna);
    QVERIFY(favorites.favorites().isEmpty());
    QSignalSpy changed(&favorites, &FavoriteProjects::changed);
    favorites.toggle({3100000101, 3200000001});
    favorites.toggle({3100000102, 3200000101});
    QCOMPARE(changed.count(), 2);
    QCOMPARE(favorites.favorites(),
             (QSet<ProjectTaskKey>{{3100000101, 3200000001}, {3100000102, 3200000101}}));
    QVERIFY(favorites.isFavorite({3100000101, 3200000001}));
    favorites.toggle({3100000101, 3200000001});
    QVERIFY(!favorites.isFavorite({3100000101, 3200000001}));
    QCOMPARE(favorites.favorites().size(), 1);
    QCOMPARE(changed.count(), 3);
    // Nothing picked: nothing to star.
    favorites.toggle({0, 0});
    QCOMPARE(changed.count(), 3);
}

void TestFavoriteProjects::favoritesSurviveARestart()
{
    {
        FavoriteProjects favorites(m_anna);
        favorites.toggle({3100000101, 3200000001});
        favorites.toggle({3100000105, 3200000502});
    }
    QVERIFY(QFile::exists(FavoriteProjects::filePath()));
    FavoriteProjects again(m_anna);
    QCOMPARE(again.favorites(),
             (QSet<ProjectTaskKey>{{3100000101, 3200000001}, {3100000105, 3200000502}}));
    // Unstarring the last one also survives.
    again.toggle({3100000101, 3200000001});
    again.toggle({3100000105, 3200000502});
    QVERIFY(FavoriteProjects(m_anna).favorites().isEmpty());
}

void TestFavoriteProjects::accountsKeepTheirOwnFavorites()
{
    FavoriteProjects anna(m_anna);
    FavoriteProjects other(m_other);
    anna.toggle({3100000101, 3200000001});
    other.toggle({3100000102, 3200000101});
    QCOMPARE(FavoriteProjects(m_anna).favorites(),
             (QSet<ProjectTaskKey>{{3100000101, 3200000001}}));
    QCOMPARE(FavoriteProjects(m_other).favorites(),
             (QSet<ProjectTaskKey>{{3100000102, 3200000101}}));
}

void TestFavoriteProjects::damagedEntriesAreIgnored()
{
    {
        QSettings settings(FavoriteProjects::filePath(), QSettings::IniFormat);
        settings.beginGroup(m_anna);
        settings.setValue(QStringLiteral("favorites"),
                          QStringList{QStringLiteral("3100000101:3200000001"),
                                      QStringLiteral("garbage"), QStringLiteral("-1:5"),
                                      QStringLiteral("12:x")});
    }
    QCOMPARE(FavoriteProjects(m_anna).favorites(),
             (QSet<ProjectTaskKey>{{3100000101, 3200000001}}));
}

QTEST_GUILESS_MAIN(TestFavoriteProjects)
#include "tst_favoriteprojects.moc"
