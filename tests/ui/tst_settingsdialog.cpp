// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsDialog.h"
#include "core/services/AppPreferences.h"
#include "core/services/LoginItem.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

namespace {
const QString appId = QStringLiteral("io.github.mocotrack.MocoTrackSettingsTest");

QCheckBox *checkBox(QWidget *dialog, const QString &accessibleName)
{
    const QList<QCheckBox *> boxes = dialog->findChildren<QCheckBox *>();
    for (QCheckBox *box : boxes)
        if (box->accessibleName() == accessibleName)
            return box;
    return nullptr;
}
} // namespace

// Settings: what the user ticks is what happens — the autostart entry
// appears, the reminder and tooltip choices stick; Cancel changes nothing.
class TestSettingsDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("MocoTrackSettingsTest"));
    }

    void init()
    {
        const QString name = QCoreApplication::applicationName();
        QSettings(QSettings::NativeFormat, QSettings::UserScope, name, name).clear();
        m_loginItem.setEnabled(false);
    }

    void okAppliesEverything()
    {
        AppPreferences preferences;
        SettingsDialog dialog(&preferences, &m_loginItem);
        QCheckBox *startAtLogin = checkBox(&dialog, QStringLiteral("Start at login"));
        QCheckBox *elapsed =
            checkBox(&dialog, QStringLiteral("Show elapsed time in the tray tooltip"));
        auto *hours = dialog.findChild<QSpinBox *>();
        QVERIFY(startAtLogin && elapsed && hours);
        QCOMPARE(hours->accessibleName(), QStringLiteral("Long-timer reminder (hours)"));
        QVERIFY(!startAtLogin->isChecked());
        QVERIFY(elapsed->isChecked());
        QCOMPARE(hours->value(), 8);

        startAtLogin->setChecked(true);
        elapsed->setChecked(false);
        hours->setValue(0);
        QCOMPARE(hours->text(), QStringLiteral("Never"));
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();

        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(m_loginItem.isEnabled());
        QVERIFY(QFile::exists(m_loginItem.location()));
        QCOMPARE(preferences.longTimerReminderHours(), 0);
        QVERIFY(!preferences.showElapsedInTooltip());

        // Opened again, it shows what is in effect; unticking removes the entry.
        SettingsDialog again(&preferences, &m_loginItem);
        QCheckBox *startAgain = checkBox(&again, QStringLiteral("Start at login"));
        QVERIFY(startAgain->isChecked());
        startAgain->setChecked(false);
        again.accept();
        QVERIFY(!QFile::exists(m_loginItem.location()));
    }

    void theRememberedClockOutAnswerCanBeChangedBack()
    {
        AppPreferences preferences;
        preferences.setTimerOnClockOut(AppPreferences::TimerOnClockOut::Keep);
        SettingsDialog dialog(&preferences, &m_loginItem);
        QComboBox *choice = nullptr;
        for (QComboBox *combo : dialog.findChildren<QComboBox *>()) {
            if (combo->accessibleName() == QStringLiteral("Timer on clock-out"))
                choice = combo;
        }
        QVERIFY(choice);
        QCOMPARE(choice->currentText(), QStringLiteral("Keep the timer running"));
        choice->setCurrentIndex(choice->findText(QStringLiteral("Ask me")));
        dialog.accept();
        QCOMPARE(preferences.timerOnClockOut(), AppPreferences::TimerOnClockOut::Ask);
    }

    void cancelChangesNothing()
    {
        AppPreferences preferences;
        SettingsDialog dialog(&preferences, &m_loginItem);
        checkBox(&dialog, QStringLiteral("Start at login"))->setChecked(true);
        dialog.findChild<QSpinBox *>()->setValue(3);
        dialog.reject();
        QVERIFY(!m_loginItem.isEnabled());
        QCOMPARE(preferences.longTimerReminderHours(), 8);
    }

    void withoutALoginItemTheOptionIsHidden()
    {
        AppPreferences preferences;
        SettingsDialog dialog(&preferences, nullptr);
        QVERIFY(checkBox(&dialog, QStringLiteral("Start at login"))->isHidden());
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

private:
    LoginItem m_loginItem{appId,
                          QStringLiteral("MocoTrack"),
                          QStringLiteral("/usr/bin/mocotrack"),
                          {},
                          LoginItem::Kind::XdgAutostart};
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
