// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/CredentialStore.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

// Round trips through the real keychain (on Linux the Secret Service of the
// private D-Bus session that .ci/headless-session starts). Without one the
// test skips, unless MOCOTRACK_REQUIRE_KEYCHAIN=1 (CI) makes that a failure.
class TestCredentialStore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();

    void accountKeyIsUserIdAtHost();
    void writeReadOverwriteRemove();
    void secretIsUnderTheMocoTrackServiceAndAccountKey();
    void readingAMissingKeyIsNotFound();
    void nothingIsWrittenToFiles();

private:
    CredentialStore::Result runRead(const QString &key);
    CredentialStore::Result runWrite(const QString &key, const QString &secret);
    CredentialStore::Result runRemove(const QString &key);
    CredentialStore::Result wait(const std::function<void(CredentialStore::Callback)> &start);

    CredentialStore m_store;
    QString m_key;
    QString m_secret;
};

void TestCredentialStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_store.setRetryDelay(std::chrono::milliseconds{100});
    // A unique key per run, so parallel runs and leftovers never collide.
    m_key = CredentialStore::accountKey(
        4294968001LL,
        QStringLiteral("t%1.example.test").arg(QUuid::createUuid().toString(QUuid::Id128)));
    m_secret = QUuid::createUuid().toString(QUuid::Id128);

    const CredentialStore::Result probe = runWrite(m_key, m_secret);
    if (probe.status == CredentialStore::Status::Unavailable ||
        probe.status == CredentialStore::Status::NoAnswer ||
        probe.status == CredentialStore::Status::Failed) {
        if (qEnvironmentVariableIntValue("MOCOTRACK_REQUIRE_KEYCHAIN") == 1)
            QFAIL(qPrintable(QStringLiteral("No keychain: %1").arg(probe.detail)));
        QSKIP("No keychain service (run inside .ci/headless-session)");
    }
    QVERIFY2(probe.ok(), qPrintable(probe.detail));
}

void TestCredentialStore::cleanup()
{
    if (QTest::currentTestFunction() == QLatin1String("nothingIsWrittenToFiles"))
        runRemove(m_key);
}

void TestCredentialStore::accountKeyIsUserIdAtHost()
{
    QCOMPARE(CredentialStore::accountKey(4294968001LL, QStringLiteral("Acme.MocoApp.com")),
             QStringLiteral("4294968001@acme.mocoapp.com"));
}

void TestCredentialStore::writeReadOverwriteRemove()
{
    CredentialStore::Result read = runRead(m_key);
    QVERIFY2(read.ok(), qPrintable(read.detail));
    QVERIFY(read.secret == m_secret); // QCOMPARE would print the secret on failure

    const QString other = QUuid::createUuid().toString(QUuid::Id128);
    QVERIFY(runWrite(m_key, other).ok());
    read = runRead(m_key);
    QVERIFY(read.ok());
    QVERIFY(read.secret == other);

    QVERIFY(runRemove(m_key).ok());
    QCOMPARE(runRead(m_key).status, CredentialStore::Status::NotFound);
    // Removing again is not an error: the key is gone either way.
    QVERIFY(runRemove(m_key).ok());

    QVERIFY(runWrite(m_key, m_secret).ok());
}

void TestCredentialStore::secretIsUnderTheMocoTrackServiceAndAccountKey()
{
    QCOMPARE(m_store.service(), QStringLiteral("MocoTrack"));
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
    if (tool.isEmpty())
        QSKIP("secret-tool is not installed");
    QProcess process;
    process.start(tool, {QStringLiteral("lookup"), QStringLiteral("server"),
                         QStringLiteral("MocoTrack"), QStringLiteral("user"), m_key});
    QVERIFY(process.waitForFinished(20000));
    QVERIFY2(process.readAllStandardOutput().trimmed() == m_secret.toUtf8(),
             "secret-tool does not find the key under service MocoTrack");
}

void TestCredentialStore::readingAMissingKeyIsNotFound()
{
    const CredentialStore::Result read =
        runRead(CredentialStore::accountKey(1, QStringLiteral("nobody.example.test")));
    QCOMPARE(read.status, CredentialStore::Status::NotFound);
    QVERIFY(read.secret.isEmpty());
}

void TestCredentialStore::nothingIsWrittenToFiles()
{
    // QtKeychain can fall back to a settings file; it must never have done so.
    const QStringList roots = {
        QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
        QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation),
        QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)};
    for (const QString &root : roots) {
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(m_secret.toUtf8()),
                     qPrintable(QStringLiteral("secret found in %1").arg(file.fileName())));
        }
    }
}

CredentialStore::Result
TestCredentialStore::wait(const std::function<void(CredentialStore::Callback)> &start)
{
    CredentialStore::Result result;
    bool done = false;
    start([&](const CredentialStore::Result &r) {
        result = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 30000))
        result = {CredentialStore::Status::Failed, {}, QStringLiteral("timed out")};
    return result;
}

CredentialStore::Result TestCredentialStore::runRead(const QString &key)
{
    return wait([&](CredentialStore::Callback done) { m_store.read(key, this, done); });
}

CredentialStore::Result TestCredentialStore::runWrite(const QString &key, const QString &secret)
{
    return wait([&](CredentialStore::Callback done) { m_store.write(key, secret, this, done); });
}

CredentialStore::Result TestCredentialStore::runRemove(const QString &key)
{
    return wait([&](CredentialStore::Callback done) { m_store.remove(key, this, done); });
}

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
