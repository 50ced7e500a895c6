// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActAsDialog.h"
#include "Application.h"
#include "MainWindow.h"
#include "SignInDialog.h"
#include "UnsentChangesDialog.h"
#include "core/domain/ActivityDraft.h"
#include "core/services/AccountSettings.h"
#include "core/services/CredentialStore.h"
#include "core/storage/LocalChanges.h"
#include "core/storage/LocalStore.h"
#include "core/storage/Outbox.h"
#include "core/sync/AccountDataLayer.h"
#include "support/FakeServerProcess.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLoggingCategory>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>

// The whole app in this process against mocotrack-fakeserver and the real
// keychain: signing out and going back to oneself with changes MOCO has not
// got yet ask first, and nothing goes without the user's word.
class TestUnsentChangesFlow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();

    void signOutAsksAndCancelKeepsTheChange();
    void backToMyselfKeepsSendingAsTheColleague();

private:
    template<typename T>
    static T *topLevel()
    {
        for (QWidget *widget : QApplication::topLevelWidgets())
            if (auto *found = qobject_cast<T *>(widget); found && found->isVisible())
                return found;
        return nullptr;
    }
    static QPushButton *button(QWidget *dialog, const QString &text);
    MainWindow *signIn(Application &app, const char *email, const char *password);
    // MOCO refuses every create with a 500 until the faults are cleared.
    void refuseCreates();
    ActivityDraft draft(const QString &description) const;
    int onServer(const QString &description, qint64 userId);
    void removeKey(qint64 userId);

    FakeServerProcess m_server{{QStringLiteral("--rate"), QStringLiteral("off")}};
    CredentialStore m_store;
};

void TestUnsentChangesFlow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    AccountSettings::clear();
    QDir(QFileInfo(LocalStore::defaultPath(QStringLiteral("x"))).path()).removeRecursively();
    QVERIFY(m_server.start());
    // The sender waits only briefly between tries here.
    qputenv("MOCOTRACK_OUTBOX_SETTLE_MS", "500,1500");
}

void TestUnsentChangesFlow::cleanupTestCase()
{
    removeKey(FakeServerProcess::demoUserId);
    removeKey(FakeServerProcess::staffUserId);
    AccountSettings::clear();
}

void TestUnsentChangesFlow::removeKey(qint64 userId)
{
    bool done = false;
    m_store.remove(
        CredentialStore::accountKey(userId, QStringLiteral("127.0.0.1:%1").arg(m_server.port())),
        this, [&](const CredentialStore::Result &) { done = true; });
    QVERIFY(QTest::qWaitFor([&] { return done; }, 10000));
}

QPushButton *TestUnsentChangesFlow::button(QWidget *dialog, const QString &text)
{
    for (QPushButton *candidate : dialog->findChildren<QPushButton *>())
        if (candidate->accessibleName() == text)
            return candidate;
    return nullptr;
}

MainWindow *TestUnsentChangesFlow::signIn(Application &app, const char *email, const char *password)
{
    AccountSettings::clear();
    app.start({QStringLiteral("mocotrack")});
    if (!QTest::qWaitFor([] { return topLevel<SignInDialog>() != nullptr; }, 10000))
        return nullptr;
    SignInDialog *dialog = topLevel<SignInDialog>();
    dialog->findChild<QLineEdit *>("domainEdit")->setText(m_server.apiBaseUrl().toString());
    dialog->findChild<QLineEdit *>("emailEdit")->setText(QString::fromLatin1(email));
    dialog->findChild<QLineEdit *>("passwordEdit")->setText(QString::fromLatin1(password));
    QTest::mouseClick(dialog->findChild<QPushButton *>("signInButton"), Qt::LeftButton);
    if (!QTest::qWaitFor([] { return topLevel<MainWindow>() != nullptr; }, 20000))
        return nullptr;
    return topLevel<MainWindow>();
}

void TestUnsentChangesFlow::refuseCreates()
{
    QJsonArray queue;
    for (int i = 0; i < 100; ++i)
        queue.append(QJsonObject{{QStringLiteral("method"), QStringLiteral("POST")},
                                 {QStringLiteral("path"), QStringLiteral("/api/v1/activities")},
                                 {QStringLiteral("status"), 500}});
    m_server.control("POST", QStringLiteral("/faults"),
                     QJsonDocument(QJsonObject{{QStringLiteral("queue"), queue}}));
}

ActivityDraft TestUnsentChangesFlow::draft(const QString &description) const
{
    ActivityDraft d;
    d.date = QDate::currentDate().addDays(-1);
    d.projectId = 3100000101;
    d.taskId = 3200000001;
    d.seconds = 2700;
    d.description = description;
    return d;
}

int TestUnsentChangesFlow::onServer(const QString &description, qint64 userId)
{
    const QJsonArray all = m_server.state(QStringLiteral("activities"), userId);
    return static_cast<int>(std::count_if(all.begin(), all.end(), [&](const QJsonValue &value) {
        return value[QStringLiteral("description")].toString() == description;
    }));
}

void TestUnsentChangesFlow::signOutAsksAndCancelKeepsTheChange()
{
    m_server.control("POST", QStringLiteral("/reset"));
    Application app;
    MainWindow *window = signIn(app, FakeServerProcess::demoEmail, FakeServerProcess::demoPassword);
    QVERIFY(window);
    QVERIFY(app.dataLayer());
    refuseCreates();
    QVERIFY(app.dataLayer()->changes()->createActivity(draft(QStringLiteral("Not sent yet"))));

    auto *signOut = window->findChild<QAction *>("signOutAction");
    signOut->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(topLevel<UnsentChangesDialog>(), 5000);
    UnsentChangesDialog *dialog = topLevel<UnsentChangesDialog>();
    // (English plural forms come with the app's translations, which this
    // in-process test does not load.)
    const QString heading = dialog->findChild<QLabel *>()->text();
    QVERIFY2(heading.startsWith(QLatin1String("1 change")) &&
                 heading.contains(QLatin1String("reached MOCO yet.")),
             qPrintable(heading));
    auto *list = dialog->findChild<QListWidget *>();
    QCOMPARE(list->accessibleName(), QStringLiteral("Unsent changes"));
    QCOMPARE(list->count(), 1);
    QVERIFY2(list->item(0)->text().contains(QLatin1String("Not sent yet")),
             qPrintable(list->item(0)->text()));
    QVERIFY(button(dialog, QStringLiteral("Send them first")));
    QVERIFY(button(dialog, QStringLiteral("Sign out and discard them")));

    // Cancel: still signed in, the change still waits.
    QTest::mouseClick(button(dialog, QStringLiteral("Cancel")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!topLevel<UnsentChangesDialog>(), 5000);
    QVERIFY(topLevel<MainWindow>());
    QCOMPARE(Outbox(app.dataLayer()->store()).items().size(), 1);
    QVERIFY(AccountSettings::load());

    // "Send them first" while MOCO fails: the dialog says so and stays.
    signOut->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(topLevel<UnsentChangesDialog>(), 5000);
    dialog = topLevel<UnsentChangesDialog>();
    QTest::mouseClick(button(dialog, QStringLiteral("Send them first")), Qt::LeftButton);
    const auto status = [dialog] {
        for (QLabel *label : dialog->findChildren<QLabel *>())
            if (label->accessibleName() == QLatin1String("Sending status"))
                return label->text();
        return QString();
    };
    QTRY_VERIFY2_WITH_TIMEOUT(status().contains(QLatin1String("HTTP 500")), qPrintable(status()),
                              15000);
    QVERIFY(topLevel<MainWindow>());

    // The user's word: sign out and discard.
    QTest::mouseClick(button(dialog, QStringLiteral("Sign out and discard them")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(topLevel<SignInDialog>(), 10000);
    QVERIFY(!AccountSettings::load());
    QCOMPARE(onServer(QStringLiteral("Not sent yet"), FakeServerProcess::demoUserId), 0);
    m_server.control("POST", QStringLiteral("/faults/clear"));
}

void TestUnsentChangesFlow::backToMyselfKeepsSendingAsTheColleague()
{
    m_server.control("POST", QStringLiteral("/reset"));
    Application app;
    MainWindow *window =
        signIn(app, FakeServerProcess::staffEmail, FakeServerProcess::staffPassword);
    QVERIFY(window);
    auto *actAsAction = window->findChild<QAction *>("actAsAction");
    QTRY_VERIFY_WITH_TIMEOUT(actAsAction->isVisible(), 20000);
    actAsAction->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(topLevel<ActAsDialog>(), 5000);
    auto *chooser = topLevel<ActAsDialog>();
    auto *combo = chooser->findChild<QComboBox *>();
    combo->setCurrentIndex(combo->findText(QStringLiteral("Jörg Weiß")));
    chooser->accept();
    QTRY_COMPARE_WITH_TIMEOUT(window->windowTitle(),
                              QStringLiteral("MocoTrack — Acting as Jörg Weiß"), 5000);

    refuseCreates();
    QVERIFY(app.dataLayer()->changes()->createActivity(draft(QStringLiteral("Booked for Jörg"))));
    window->findChild<QAction *>("backToMyselfAction")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(topLevel<UnsentChangesDialog>(), 5000);
    UnsentChangesDialog *dialog = topLevel<UnsentChangesDialog>();
    const QString listed = dialog->findChild<QListWidget *>()->item(0)->text();
    QVERIFY2(listed.contains(QStringLiteral("Booked for Jörg")), qPrintable(listed));
    QVERIFY(button(dialog, QStringLiteral("Discard them")));
    QTest::mouseClick(button(dialog, QStringLiteral("Keep sending them in the background")),
                      Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(window->windowTitle(), QStringLiteral("MocoTrack — Sam Staff"), 5000);
    QCOMPARE(onServer(QStringLiteral("Booked for Jörg"), FakeServerProcess::colleagueUserId), 0);

    // MOCO takes creates again: the change arrives as Jörg's, once.
    m_server.control("POST", QStringLiteral("/faults/clear"));
    QTRY_COMPARE_WITH_TIMEOUT(
        onServer(QStringLiteral("Booked for Jörg"), FakeServerProcess::colleagueUserId), 1, 60000);
    QCOMPARE(onServer(QStringLiteral("Booked for Jörg"), FakeServerProcess::staffUserId), 0);
}

QTEST_MAIN(TestUnsentChangesFlow)
#include "tst_unsentchangesflow.moc"
