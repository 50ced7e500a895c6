// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/AppPreferences.h"

#include <QCoreApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

// The choices a user makes in Settings survive a restart, and a fresh
// install has sensible defaults.
class TestAppPreferences : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("MocoTrackPreferencesTest"));
    }

    void init()
    {
        const QString name = QCoreApplication::applicationName();
        QSettings(QSettings::NativeFormat, QSettings::UserScope, name, name).clear();
    }

    void freshInstallHasDefaults()
    {
        AppPreferences preferences;
        QCOMPARE(preferences.longTimerReminderHours(), 8);
        QVERIFY(preferences.showElapsedInTooltip());
        QVERIFY(!preferences.closedToTrayNoticeShown());
    }

    void choicesSurviveARestart()
    {
        {
            AppPreferences preferences;
            QSignalSpy changed(&preferences, &AppPreferences::changed);
            preferences.setLongTimerReminderHours(0);
            preferences.setShowElapsedInTooltip(false);
            preferences.setClosedToTrayNoticeShown(true);
            QCOMPARE(changed.count(), 3);
        }
        AppPreferences preferences;
        QCOMPARE(preferences.longTimerReminderHours(), 0);
        QVERIFY(!preferences.showElapsedInTooltip());
        QVERIFY(preferences.closedToTrayNoticeShown());
    }

    void settingTheSameValueIsNoChange()
    {
        AppPreferences preferences;
        preferences.setLongTimerReminderHours(5);
        QSignalSpy changed(&preferences, &AppPreferences::changed);
        preferences.setLongTimerReminderHours(5);
        QCOMPARE(changed.count(), 0);
    }

    void reminderHoursStayInRange_data()
    {
        QTest::addColumn<int>("given");
        QTest::addColumn<int>("stored");
        QTest::newRow("negative") << -3 << 0;
        QTest::newRow("a working day") << 10 << 10;
        QTest::newRow("more than a day") << 100 << 24;
    }

    void reminderHoursStayInRange()
    {
        QFETCH(int, given);
        QFETCH(int, stored);
        AppPreferences preferences;
        preferences.setLongTimerReminderHours(given);
        QCOMPARE(AppPreferences().longTimerReminderHours(), stored);
    }

    void aDamagedValueFallsBackToTheDefault()
    {
        const QString name = QCoreApplication::applicationName();
        QSettings(QSettings::NativeFormat, QSettings::UserScope, name, name)
            .setValue(QStringLiteral("preferences/longTimerReminderHours"), QStringLiteral("x"));
        QCOMPARE(AppPreferences().longTimerReminderHours(), 8);
    }
};

QTEST_GUILESS_MAIN(TestAppPreferences)
#include "tst_apppreferences.moc"
