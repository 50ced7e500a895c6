// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProjectTaskPicker.h"
#include "QuickStartPopup.h"
#include "core/actions/ActivityActions.h"
#include "core/models/ProjectsModel.h"
#include "core/storage/LocalChanges.h"
#include "core/storage/LocalStore.h"
#include "core/sync/TimerService.h"
#include "support/FakeClock.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {
constexpr qint64 projectId = 3100000101;
constexpr qint64 taskId = 3200000001;
} // namespace

// The tray's quick start: pick, describe, Enter — a timer runs; Esc leaves
// nothing behind. Works offline (the timer is queued in the outbox).
class TestQuickStartPopup : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_root = std::make_unique<QObject>();
        m_clock = new FakeClock(QDateTime::currentDateTimeUtc(), m_root.get());
        m_store = new LocalStore(m_dir.filePath(QStringLiteral("popup-%1.sqlite").arg(++m_run)),
                                 m_root.get());
        QVERIFY(m_store->open());
        auto *changes = new LocalChanges(m_store, m_clock, m_root.get());
        m_timer = new TimerService(m_store, changes, m_clock, m_root.get());
        m_projects = new ProjectsModel(m_root.get());
        auto *actions = new ActivityActions(m_store, changes, m_timer, m_clock, m_root.get());
        m_popup = std::make_unique<QuickStartPopup>(actions, m_projects);
    }

    void cleanup()
    {
        m_popup.reset();
        m_root.reset();
    }

    void fieldsHaveAccessibleNames()
    {
        QCOMPARE(m_popup->picker()->lineEdit()->accessibleName(), QStringLiteral("Project / task"));
        QCOMPARE(m_popup->descriptionEdit()->accessibleName(), QStringLiteral("Timer description"));
        QCOMPARE(m_popup->startButton()->accessibleName(), QStringLiteral("Start timer"));
    }

    void enterStartsTheTimer()
    {
        QSignalSpy started(m_popup.get(), &QuickStartPopup::started);
        m_popup->popup(QRect());
        QVERIFY(m_popup->isVisible());
        m_popup->picker()->setCurrent({projectId, taskId});
        QTest::keyClicks(m_popup->descriptionEdit(), QStringLiteral("Kassensturz Bug #412"));
        QTest::keyClick(m_popup->descriptionEdit(), Qt::Key_Return);

        QVERIFY(!m_popup->isVisible());
        QCOMPARE(started.count(), 1);
        const std::optional<LocalActivity> running = m_timer->running();
        QVERIFY(running);
        QCOMPARE(running->localId, started.first().first().toLongLong());
        QCOMPARE(running->activity.project.id, projectId);
        QCOMPARE(running->activity.task.id, taskId);
        QCOMPARE(running->activity.description, QStringLiteral("Kassensturz Bug #412"));
        QCOMPARE(running->activity.date, m_timer->today());
    }

    void enterWithoutAPickSaysWhatIsMissing()
    {
        m_popup->popup(QRect());
        QTest::keyClicks(m_popup->descriptionEdit(), QStringLiteral("no task"));
        QTest::keyClick(m_popup->descriptionEdit(), Qt::Key_Return);
        QVERIFY(m_popup->isVisible());
        QVERIFY(!m_timer->running());
        QCOMPARE(m_popup->errorText(), QStringLiteral("Choose a project and task first."));
        // Opening it again starts clean.
        m_popup->close();
        m_popup->popup(QRect());
        QVERIFY(m_popup->errorText().isEmpty());
        QVERIFY(m_popup->descriptionEdit()->text().isEmpty());
    }

    void escapeClosesWithoutStarting()
    {
        m_popup->popup(QRect());
        m_popup->picker()->setCurrent({projectId, taskId});
        QTest::keyClick(m_popup->descriptionEdit(), Qt::Key_Escape);
        QVERIFY(!m_popup->isVisible());
        QVERIFY(!m_timer->running());
    }

    void clickOnStartStarts()
    {
        m_popup->popup(QRect());
        m_popup->picker()->setCurrent({projectId, taskId});
        QTest::mouseClick(m_popup->startButton(), Qt::LeftButton);
        QVERIFY(m_timer->running());
        QVERIFY(!m_popup->isVisible());
    }

    void opensNextToTheTrayIcon_data()
    {
        QTest::addColumn<QRect>("available");
        QTest::addColumn<QRect>("anchor");
        QTest::addColumn<QRect>("expected");
        const QSize size(380, 150);
        // Screen 1280×800 with a 28 px panel on top, at the bottom, left or right.
        const QRect belowTopPanel(0, 28, 1280, 772);
        QTest::newRow("top panel, right")
            << belowTopPanel << QRect(1240, 2, 22, 24) << QRect(QPoint(1262 - 380, 32), size);
        QTest::newRow("top panel, near the left edge")
            << belowTopPanel << QRect(10, 2, 22, 24) << QRect(QPoint(0, 32), size);
        QTest::newRow("bottom panel, right (Windows)")
            << QRect(0, 0, 1280, 772) << QRect(1200, 774, 24, 24)
            << QRect(QPoint(1224 - 380, 774 - 6 - 150), size);
        QTest::newRow("left panel") << QRect(28, 0, 1252, 800) << QRect(2, 400, 24, 24)
                                    << QRect(QPoint(2 + 24 + 6, 400), size);
        QTest::newRow("right panel, low") << QRect(0, 0, 1252, 800) << QRect(1254, 780, 24, 24)
                                          << QRect(QPoint(1254 - 6 - 380, 800 - 150), size);
        QTest::newRow("unknown position")
#ifdef Q_OS_WIN
            << belowTopPanel << QRect() << QRect(QPoint(1280 - 6 - 380, 800 - 6 - 150), size);
#else
            << belowTopPanel << QRect() << QRect(QPoint(1280 - 6 - 380, 28 + 6), size);
#endif
    }

    void opensNextToTheTrayIcon()
    {
        QFETCH(QRect, available);
        QFETCH(QRect, anchor);
        QFETCH(QRect, expected);
        const QRect placed = QuickStartPopup::placement(anchor, QSize(380, 150), available);
        QCOMPARE(placed, expected);
        QVERIFY(available.contains(placed));
    }

private:
    QTemporaryDir m_dir;
    int m_run = 0;
    std::unique_ptr<QObject> m_root;
    FakeClock *m_clock = nullptr;
    LocalStore *m_store = nullptr;
    TimerService *m_timer = nullptr;
    ProjectsModel *m_projects = nullptr;
    std::unique_ptr<QuickStartPopup> m_popup;
};

QTEST_MAIN(TestQuickStartPopup)
#include "tst_quickstartpopup.moc"
