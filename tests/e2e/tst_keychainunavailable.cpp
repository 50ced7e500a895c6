// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Application.h"
#include "MainWindow.h"
#include "SignInDialog.h"
#include "core/services/AccountSettings.h"
#include "support/FakeServerProcess.h"

#include <QApplication>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

// No keychain at all (CTest points D-Bus nowhere): signing in still works,
// the dialog explains what is missing and offers to stay signed in for this
// session only. The key never lands in a file instead.
class TestKeychainUnavailable : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void explainsAndOffersASessionOnlySignIn();

private:
    template<typename T>
    static T *topLevel()
    {
        for (QWidget *widget : QApplication::topLevelWidgets())
            if (auto *found = qobject_cast<T *>(widget); found && found->isVisible())
                return found;
        return nullptr;
    }

    FakeServerProcess m_server;
};

void TestKeychainUnavailable::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    AccountSettings::clear();
    QVERIFY(m_server.start());
}

void TestKeychainUnavailable::cleanupTestCase()
{
    AccountSettings::clear();
}

void TestKeychainUnavailable::explainsAndOffersASessionOnlySignIn()
{
    Application app;
    app.start({QStringLiteral("mocotrack")});
    QVERIFY(QTest::qWaitFor([] { return topLevel<SignInDialog>() != nullptr; }, 10000));
    SignInDialog *dialog = topLevel<SignInDialog>();
    dialog->findChild<QLineEdit *>("domainEdit")->setText(m_server.apiBaseUrl().toString());
    dialog->findChild<QLineEdit *>("emailEdit")
        ->setText(QString::fromLatin1(FakeServerProcess::demoEmail));
    dialog->findChild<QLineEdit *>("passwordEdit")
        ->setText(QString::fromLatin1(FakeServerProcess::demoPassword));
    QTest::mouseClick(dialog->findChild<QPushButton *>("signInButton"), Qt::LeftButton);

    auto *sessionOnly = dialog->findChild<QPushButton *>("sessionOnlyButton");
    // After one retry the dialog says what is missing, in plain words.
    QVERIFY(QTest::qWaitFor([sessionOnly] { return sessionOnly->isVisible(); }, 20000));
    QCOMPARE(sessionOnly->text(), QStringLiteral("Stay signed in for this session only"));
    QVERIFY2(dialog->errorText().contains(QStringLiteral("No keychain service is running")),
             qPrintable(dialog->errorText()));
    QVERIFY(!topLevel<MainWindow>());

    // "Try again" stores the key held in memory once more, without asking
    // for the password (which is gone) again.
    auto *tryAgain = dialog->findChild<QPushButton *>("signInButton");
    QCOMPARE(tryAgain->text(), QStringLiteral("Try &again"));
    QTest::mouseClick(tryAgain, Qt::LeftButton);
    QVERIFY(!sessionOnly->isVisible());
    QVERIFY(QTest::qWaitFor([sessionOnly] { return sessionOnly->isVisible(); }, 20000));
    QVERIFY2(dialog->errorText().contains(QStringLiteral("No keychain service is running")),
             qPrintable(dialog->errorText()));

    QTest::mouseClick(sessionOnly, Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([] { return topLevel<MainWindow>() != nullptr; }, 10000));
    QCOMPARE(topLevel<MainWindow>()->windowTitle(), QStringLiteral("MocoTrack — Anna Müller"));
    QVERIFY(QTest::qWaitFor(
        [] { return topLevel<MainWindow>()->statusText().contains(QStringLiteral("Synced")); },
        20000));

    // No plain-text fallback: the key is in no file.
    for (auto location :
         {QStandardPaths::GenericConfigLocation, QStandardPaths::GenericCacheLocation,
          QStandardPaths::GenericDataLocation}) {
        QDirIterator it(QStandardPaths::writableLocation(location), QDir::Files | QDir::Hidden,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly))
                QVERIFY2(!file.readAll().contains(FakeServerProcess::demoApiKey),
                         qPrintable(file.fileName()));
        }
    }
}

QTEST_MAIN(TestKeychainUnavailable)
#include "tst_keychainunavailable.moc"
