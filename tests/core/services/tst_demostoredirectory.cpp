// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/DemoStoreDirectory.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <cstdio>

using namespace std::chrono_literals;

namespace {
// Set in the child copy of this test program: it opens a demo folder below
// this path, prints the folder, and waits to be killed.
const char *childVariable = "MOCOTRACK_DEMO_STORE_CHILD_PARENT";
} // namespace

class TestDemoStoreDirectory : public QObject
{
    Q_OBJECT

private slots:
    void folderLivesAsLongAsTheSession()
    {
        QTemporaryDir parent;
        QString path;
        {
            DemoStoreDirectory directory(parent.path());
            QVERIFY(directory.isValid());
            path = directory.path();
            QVERIFY(QFileInfo(path).isDir());
            QCOMPARE(QFileInfo(path).dir().absolutePath(), QDir(parent.path()).absolutePath());
        }
        QVERIFY(!QFileInfo::exists(path));
    }

    void folderOfARunningSessionIsKept()
    {
        QTemporaryDir parent;
        DemoStoreDirectory running(parent.path());
        QCOMPARE(DemoStoreDirectory::removeAbandoned(parent.path(), 0s), 0);
        QVERIFY(QFileInfo(running.path()).isDir());
    }

    void folderLeftWithoutALockIsRemoved()
    {
        QTemporaryDir parent;
        QVERIFY(QDir(parent.path()).mkdir(QStringLiteral("mocotrack-demo-abandoned")));
        QVERIFY(QDir(parent.path()).mkdir(QStringLiteral("unrelated")));
        QCOMPARE(DemoStoreDirectory::removeAbandoned(parent.path(), 0s), 1);
        QVERIFY(!QFileInfo::exists(parent.filePath(QStringLiteral("mocotrack-demo-abandoned"))));
        QVERIFY(QFileInfo::exists(parent.filePath(QStringLiteral("unrelated"))));
    }

    void youngFoldersAreLeftAlone()
    {
        // Another demo may have created its folder a moment ago and not locked it yet.
        QTemporaryDir parent;
        QVERIFY(QDir(parent.path()).mkdir(QStringLiteral("mocotrack-demo-new")));
        QCOMPARE(DemoStoreDirectory::removeAbandoned(parent.path()), 0);
    }

    void folderOfACrashedSessionIsRemovedByTheNextOne()
    {
        QTemporaryDir parent;
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QString::fromLatin1(childVariable), parent.path());
        child.setProcessEnvironment(environment);
        child.start(QCoreApplication::applicationFilePath());
        QVERIFY(child.waitForStarted());
        QVERIFY(child.waitForReadyRead(10000));
        const QString orphan = QString::fromLocal8Bit(child.readLine()).trimmed();
        QVERIFY(QFileInfo(orphan).isDir());
        QCOMPARE(DemoStoreDirectory::removeAbandoned(parent.path(), 0s), 0); // still alive

        child.kill(); // a crash: no destructor runs
        QVERIFY(child.waitForFinished());
        QVERIFY(QFileInfo(orphan).isDir());
        QCOMPARE(DemoStoreDirectory::removeAbandoned(parent.path(), 0s), 1);
        QVERIFY(!QFileInfo::exists(orphan));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(childVariable)) {
        DemoStoreDirectory directory(qEnvironmentVariable(childVariable));
        std::printf("%s\n", qPrintable(directory.path()));
        std::fflush(stdout);
        QThread::sleep(60);
        return 0;
    }
    TestDemoStoreDirectory test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_demostoredirectory.moc"
