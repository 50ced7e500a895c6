// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignInDialog.h"
#include "core/api/ApiClient.h"
#include "core/services/AccountSession.h"
#include "core/services/CredentialStore.h"
#include "core/services/SystemClock.h"
#include "support/FakeServerProcess.h"

#include <QAccessible>
#include <QApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

// The sign-in dialog, driven like a user would, against mocotrack-fakeserver.
class TestSignInDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void widgetsAreNamedForAssistiveTechnology();
    void showsTheResolvedApiAddress();
    void goodPasswordSignsIn();
    void wrongPasswordIsShownInlineAndOnlyThePasswordIsCleared();
    void apiKeySignsIn();
    void wrongApiKeyIsShownInline();
    void unknownDomainIsNamed();
    void plainHttpToAnotherHostIsRefusedBeforeSending();
    void malformedDomainIsExplained();
    void busyWhileRunningAndEscCancels();
    void rateLimitMakesItWaitNotFail();

private:
    QLineEdit *edit(const char *name) const { return m_dialog->findChild<QLineEdit *>(name); }
    QPushButton *button(const char *name) const { return m_dialog->findChild<QPushButton *>(name); }
    QLabel *label(const char *name) const { return m_dialog->findChild<QLabel *>(name); }
    QString apiUrl() const { return m_server.apiBaseUrl().toString(); }
    void fillPassword(const QString &email, const QString &password);

    FakeServerProcess m_server;
    // Signs in for the dialog; its key goes to a keychain entry of this test's own.
    void waitUntilSignedIn();

    SystemClock m_clock;
    CredentialStore m_credentials;
    AccountSession *m_session = nullptr;
    SignInDialog *m_dialog = nullptr;
};

void TestSignInDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_server.start());
    m_credentials.setService(QStringLiteral("MocoTrack-test-signindialog"));
}

void TestSignInDialog::init()
{
    m_server.control("POST", QStringLiteral("/faults/clear"));
    m_server.control("POST", QStringLiteral("/rate"), QJsonDocument(QJsonObject{{"off", true}}));
    m_session = new AccountSession(&m_clock, &m_credentials);
    m_dialog = new SignInDialog(m_session);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog));
}

void TestSignInDialog::cleanup()
{
    delete m_dialog;
    m_dialog = nullptr;
    // Nothing of a session stays: no key, no settings, no cache.
    if (m_session->isSignedIn())
        m_session->signOut();
    delete m_session;
    m_session = nullptr;
}

void TestSignInDialog::waitUntilSignedIn()
{
    QVERIFY(QTest::qWaitFor([this] { return m_session->isSignedIn(); }, 20000));
    QVERIFY(m_session->client()->hasApiKey());
}

void TestSignInDialog::fillPassword(const QString &email, const QString &password)
{
    edit("domainEdit")->setText(apiUrl());
    edit("emailEdit")->setText(email);
    edit("passwordEdit")->setText(password);
}

void TestSignInDialog::widgetsAreNamedForAssistiveTechnology()
{
    QCOMPARE(m_dialog->windowTitle(), QStringLiteral("Sign in to MOCO"));
    QCOMPARE(edit("domainEdit")->accessibleName(), QStringLiteral("MOCO domain"));
    QCOMPARE(edit("emailEdit")->accessibleName(), QStringLiteral("Email"));
    QCOMPARE(edit("passwordEdit")->accessibleName(), QStringLiteral("Password"));
    QCOMPARE(edit("apiKeyEdit")->accessibleName(), QStringLiteral("API key"));
    QCOMPARE(button("signInButton")->accessibleName(), QStringLiteral("Sign in"));
    QCOMPARE(button("modeButton")->accessibleName(), QStringLiteral("Use an API key instead"));
    QTest::mouseClick(button("modeButton"), Qt::LeftButton);
    QCOMPARE(button("modeButton")->accessibleName(),
             QStringLiteral("Use email and password instead"));
    QVERIFY(edit("apiKeyEdit")->isVisible());
    QVERIFY(!edit("passwordEdit")->isVisible());

    // The error label is read out by its text: no accessible name of its own.
    QLabel *error = label("errorLabel");
    QVERIFY(error->accessibleName().isEmpty());
    QCOMPARE(error->accessibleDescription(), QStringLiteral("Sign-in error"));
    QTest::mouseClick(button("signInButton"), Qt::LeftButton); // nothing filled in
    QVERIFY(error->isVisible());
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(error);
    QVERIFY(iface);
    QCOMPARE(iface->text(QAccessible::Name), error->text());
    QCOMPARE(iface->text(QAccessible::Description), QStringLiteral("Sign-in error"));
}

void TestSignInDialog::showsTheResolvedApiAddress()
{
    edit("domainEdit")->setText(QStringLiteral("acme"));
    QCOMPARE(label("addressLabel")->text(),
             QStringLiteral("API address: https://acme.mocoapp.com/api/v1"));
    edit("domainEdit")->setText(QStringLiteral("acme.mocoapp.com"));
    QCOMPARE(label("addressLabel")->text(),
             QStringLiteral("API address: https://acme.mocoapp.com/api/v1"));
}

void TestSignInDialog::goodPasswordSignsIn()
{
    QSignalSpy signedIn(m_session, &AccountSession::storingKey);
    fillPassword(QString::fromLatin1(FakeServerProcess::demoEmail),
                 QString::fromLatin1(FakeServerProcess::demoPassword));
    QTest::mouseClick(button("signInButton"), Qt::LeftButton);
    QVERIFY(signedIn.wait(20000));
    const auto account = signedIn.first().at(0).value<AccountSettings>();
    QCOMPARE(account.userId, FakeServerProcess::demoUserId);
    QCOMPARE(account.name, QStringLiteral("Anna Müller"));
    QCOMPARE(account.email, QString::fromLatin1(FakeServerProcess::demoEmail));
    QCOMPARE(account.baseUrl, m_server.apiBaseUrl());
    QVERIFY(edit("passwordEdit")->text().isEmpty());
    QVERIFY(m_dialog->errorText().isEmpty());
    waitUntilSignedIn();
    QCOMPARE(m_session->account().userId, FakeServerProcess::demoUserId);
}

void TestSignInDialog::wrongPasswordIsShownInlineAndOnlyThePasswordIsCleared()
{
    QSignalSpy signedIn(m_session, &AccountSession::storingKey);
    fillPassword(QString::fromLatin1(FakeServerProcess::demoEmail), QStringLiteral("wrong"));
    QTest::mouseClick(button("signInButton"), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([this] { return !m_dialog->errorText().isEmpty(); }, 20000));
    QVERIFY2(m_dialog->errorText().contains(QStringLiteral("Wrong email or password")),
             qPrintable(m_dialog->errorText()));
    QCOMPARE(signedIn.count(), 0);
    QVERIFY(edit("passwordEdit")->text().isEmpty());
    QCOMPARE(edit("emailEdit")->text(), QString::fromLatin1(FakeServerProcess::demoEmail));
    QCOMPARE(edit("domainEdit")->text(), apiUrl());
    QVERIFY(button("signInButton")->isEnabled());
}

void TestSignInDialog::apiKeySignsIn()
{
    QSignalSpy signedIn(m_session, &AccountSession::storingKey);
    QTest::mouseClick(button("modeButton"), Qt::LeftButton);
    edit("domainEdit")->setText(apiUrl());
    edit("apiKeyEdit")->setText(QString::fromLatin1(FakeServerProcess::staffApiKey));
    QTest::mouseClick(button("signInButton"), Qt::LeftButton);
    QVERIFY(signedIn.wait(20000));
    const auto account = signedIn.first().at(0).value<AccountSettings>();
    QCOMPARE(account.userId, FakeServerProcess::staffUserId);
    QCOMPARE(account.email, QString::fromLatin1(FakeServerProcess::staffEmail));
    waitUntilSignedIn();
    QCOMPARE(m_session->account().email, QString::fromLatin1(FakeServerProcess::staffEmail));
}

void TestSignInDialog::wrongApiKeyIsShownInline()
{
    QSignalSpy signedIn(m_session, &AccountSession::storingKey);
    m_dialog->setMode(SignInDialog::Mode::ApiKey);
    edit("domainEdit")->setText(apiUrl());
    edit("apiKeyEdit")->setText(QStringLiteral("0000000000000000"));
    QTest::mouseClick(button("signInButton"), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([this] { return !m_dialog->errorText().isEmpty(); }, 20000));
    QVERIFY2(m_dialog->errorText().contains(QStringLiteral("did not accept this API key")),
             qPrintable(m_dialog->errorText()));
    QCOMPARE(signedIn.count(), 0);
}

void TestSignInDialog::unknownDomainIsNamed()
{
    fillPassword(QString::fromLatin1(FakeServerProcess::demoEmail),
                 QString::fromLatin1(FakeServerProcess::demoPassword));
    QUrl unknown = m_server.rootUrl();
    unknown.setPath(QStringLiteral("/unknown-subdomain/api/v1"));
    edit("domainEdit")->setText(unknown.toString());
    QTest::mouseClick(button("signInButton"), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([this] { return !m_dialog->errorText().isEmpty(); }, 20000));
    QVERIFY2(m_dialog->errorText().contains(QStringLiteral("account does not exist")),
             qPrintable(m_dialog->errorText()));
    // Not a password problem: the password stays.
    QVERIFY(!edit("passwordEdit")->text().isEmpty());
}

void TestSignInDialog::plainHttpToAnotherHostIsRefusedBeforeSending()
{
    m_server.control("POST", QStringLiteral("/requests/clear"));
    fillPassword(QString::fromLatin1(FakeServerProcess::demoEmail),
                 QString::fromLatin1(FakeServerProcess::demoPassword));
    edit("domainEdit")->setText(QStringLiteral("http://moco.example.com"));
    QVERIFY(!label("addressLabel")->text().contains(QStringLiteral("API address")));
    QTest::mouseClick(button("signInButton"), Qt::LeftButton);
    QVERIFY(!m_dialog->errorText().isEmpty());
    QVERIFY2(m_dialog->errorText().contains(QStringLiteral("moco.example.com")),
             qPrintable(m_dialog->errorText()));
    QVERIFY(!m_dialog->isBusy());
    QCOMPARE(edit("passwordEdit")->text(), QString::fromLatin1(FakeServerProcess::demoPassword));
}

void TestSignInDialog::malformedDomainIsExplained()
{
    fillPassword(QString::fromLatin1(FakeServerProcess::demoEmail),
                 QString::fromLatin1(FakeServerProcess::demoPassword));
    edit("domainEdit")->setText(QStringLiteral("acme corp"));
    QTest::mouseClick(button("signInButton"), Qt::LeftButton);
    QVERIFY(!m_dialog->errorText().isEmpty());
    QVERIFY2(m_dialog->errorText().contains(QStringLiteral("acme corp")),
             qPrintable(m_dialog->errorText()));
    QCOMPARE(label("addressLabel")->text(), QStringLiteral("Not a usable MOCO address yet"));
    QVERIFY(!m_dialog->isBusy());
}

void TestSignInDialog::busyWhileRunningAndEscCancels()
{
    m_server.control(
        "POST", QStringLiteral("/faults"),
        QJsonDocument(QJsonObject{{"queue", QJsonArray{QJsonObject{{"hang", true}}}}}));
    QSignalSpy signedIn(m_session, &AccountSession::storingKey);
    fillPassword(QString::fromLatin1(FakeServerProcess::demoEmail),
                 QString::fromLatin1(FakeServerProcess::demoPassword));
    QTest::mouseClick(button("signInButton"), Qt::LeftButton);
    QVERIFY(m_dialog->isBusy());
    QVERIFY(!button("signInButton")->isEnabled());
    QVERIFY(m_dialog->findChild<QProgressBar *>("busyIndicator")->isVisible());
    QTest::keyClick(m_dialog, Qt::Key_Escape);
    QVERIFY(QTest::qWaitFor([this] { return !m_dialog->isBusy(); }, 5000));
    QVERIFY(m_dialog->isVisible()); // Esc stopped the request, not the dialog
    QVERIFY(button("signInButton")->isEnabled());
    QVERIFY(!m_dialog->findChild<QProgressBar *>("busyIndicator")->isVisible());
    QCOMPARE(signedIn.count(), 0);
    // Still all there for another try.
    QCOMPARE(edit("passwordEdit")->text(), QString::fromLatin1(FakeServerProcess::demoPassword));
}

void TestSignInDialog::rateLimitMakesItWaitNotFail()
{
    m_server.control("POST", QStringLiteral("/faults"),
                     QJsonDocument(QJsonObject{
                         {"queue", QJsonArray{QJsonObject{{"status", 429}, {"retryAfter", 1}}}}}));
    QSignalSpy signedIn(m_session, &AccountSession::storingKey);
    fillPassword(QString::fromLatin1(FakeServerProcess::demoEmail),
                 QString::fromLatin1(FakeServerProcess::demoPassword));
    QTest::mouseClick(button("signInButton"), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor(
        [this] {
            return label("busyLabel")->text() == QStringLiteral("Waiting for MOCO's rate limit…");
        },
        10000));
    QVERIFY(signedIn.wait(20000));
    QVERIFY(m_dialog->errorText().isEmpty());
}

QTEST_MAIN(TestSignInDialog)
#include "tst_signindialog.moc"
