// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimerBar.h"

#include "ProjectTaskPicker.h"
#include "core/actions/ActivityActions.h"
#include "core/models/DisplayFormat.h"
#include "core/services/Clock.h"
#include "core/sync/TimerService.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QTimer>

using namespace std::chrono_literals;

namespace {
QString startStopShortcut()
{
    return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Space).toString(QKeySequence::NativeText);
}
} // namespace

TimerBar::TimerBar(ActivityActions *actions, ProjectsModel *projects, const Clock *clock,
                   QWidget *parent)
    : QWidget(parent)
    , m_actions(actions)
    , m_timer(actions->timer())
    , m_clock(clock)
    , m_pages(new QStackedWidget(this))
    , m_tick(new QTimer(this))
{
    Q_ASSERT(m_timer);
    Q_ASSERT(m_clock);
    setObjectName(QStringLiteral("timerBar"));
    m_pages->addWidget(createIdlePage());
    m_pages->addWidget(createRunningPage());
    if (projects)
        m_picker->setProjectsModel(projects);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    m_tick->setInterval(1s);
    connect(m_tick, &QTimer::timeout, this, &TimerBar::updateElapsed);
    // A fake clock in tests, a resume from sleep in real life.
    connect(m_clock, &Clock::jumped, this, &TimerBar::updateElapsed);
    connect(m_timer, &TimerService::runningChanged, this, &TimerBar::onRunningChanged);
    connect(m_stop, &QPushButton::clicked, this, &TimerBar::stopTimer);
    connect(m_start, &QPushButton::clicked, this, &TimerBar::startTimer);
    connect(m_descriptionEdit, &QLineEdit::returnPressed, this, &TimerBar::startTimer);
    connect(m_picker, &ProjectTaskPicker::picked, this, &TimerBar::onPicked);

    retranslate();
    onRunningChanged();
}

QWidget *TimerBar::createRunningPage()
{
    auto *page = new QWidget(m_pages);
    m_dot = new QLabel(QStringLiteral("●"), page);
    m_dot->setObjectName(QStringLiteral("timerDot"));
    // A recording red that reads on light and dark backgrounds alike.
    QPalette dotPalette = m_dot->palette();
    dotPalette.setColor(QPalette::WindowText, QColor(0xd9, 0x3f, 0x3f));
    m_dot->setPalette(dotPalette);

    m_title = new QLabel(page);
    m_title->setObjectName(QStringLiteral("timerTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_description = new QLabel(page);
    m_description->setObjectName(QStringLiteral("timerDescriptionLabel"));
    m_description->setTextFormat(Qt::PlainText);
    m_title->setTextFormat(Qt::PlainText);
    m_description->setMinimumWidth(0);
    m_description->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    m_elapsed = new QLabel(page);
    m_elapsed->setObjectName(QStringLiteral("timerElapsed"));
    m_elapsed->setFont(bold);
    m_elapsed->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    // Room for "88:88:88": the bar does not jump as the digits change.
    m_elapsed->setMinimumWidth(QFontMetrics(bold).horizontalAdvance(QStringLiteral("88:88:88")) +
                               4);

    m_stop = new QPushButton(page);
    m_stop->setObjectName(QStringLiteral("stopTimerButton"));
    m_stop->setIcon(style()->standardIcon(QStyle::SP_MediaStop, nullptr, this));

    auto *layout = new QHBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_dot);
    layout->addWidget(m_title);
    layout->addWidget(m_description, 1);
    layout->addWidget(m_elapsed);
    layout->addWidget(m_stop);
    return page;
}

QWidget *TimerBar::createIdlePage()
{
    auto *page = new QWidget(m_pages);
    m_picker = new ProjectTaskPicker(page);
    m_picker->setObjectName(QStringLiteral("timerPicker"));
    m_descriptionEdit = new QLineEdit(page);
    m_descriptionEdit->setObjectName(QStringLiteral("timerDescription"));
    m_descriptionEdit->setClearButtonEnabled(true);
    m_start = new QPushButton(page);
    m_start->setObjectName(QStringLiteral("startTimerButton"));
    m_start->setIcon(style()->standardIcon(QStyle::SP_MediaPlay, nullptr, this));

    auto *layout = new QHBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_picker, 2);
    layout->addWidget(m_descriptionEdit, 3);
    layout->addWidget(m_start);
    return page;
}

QString TimerBar::elapsedText() const
{
    return isShowingRunning() ? m_elapsed->text() : QString();
}

bool TimerBar::isShowingRunning() const
{
    return m_pages->currentIndex() == 1;
}

void TimerBar::startTimer()
{
    const ProjectTaskKey key = m_picker->current();
    if (key.projectId == 0 || key.taskId == 0) {
        emit errorOccurred(tr("Choose a project and task to start a timer."));
        m_picker->lineEdit()->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (!m_actions->startNewTimer(key, m_descriptionEdit->text().trimmed()).ok()) {
        emit errorOccurred(tr("The timer could not be started."));
        return;
    }
    // The next start begins from a clean bar.
    m_picker->clear();
    m_descriptionEdit->clear();
}

void TimerBar::stopTimer()
{
    m_actions->stopTimer();
}

void TimerBar::onPicked()
{
    // Type-ahead, Enter, then straight on to the description.
    m_descriptionEdit->setFocus(Qt::OtherFocusReason);
}

void TimerBar::onRunningChanged()
{
    const QWidget *focus = QApplication::focusWidget();
    const bool hadFocus = focus && isAncestorOf(focus);
    const std::optional<LocalActivity> running = m_timer->running();
    if (running) {
        const Activity &activity = running->activity;
        //: The running timer: project and task, e.g. "Website relaunch · Design"
        m_title->setText(tr("%1 · %2").arg(activity.project.name, activity.task.name));
        m_title->setToolTip(activity.customer ? activity.customer->name : QString());
        m_description->setText(activity.description);
        m_description->setToolTip(activity.description);
        m_description->setVisible(!activity.description.isEmpty());
        m_pages->setCurrentIndex(1);
        setFocusProxy(m_stop);
    } else {
        m_pages->setCurrentIndex(0);
        setFocusProxy(m_picker->lineEdit());
    }
    updateElapsed();
    updateTick();
    // Keyboard users stay in the bar when it turns over under them.
    if (hadFocus)
        focusProxy()->setFocus(Qt::OtherFocusReason);
}

void TimerBar::updateElapsed()
{
    if (!m_timer->running()) {
        m_elapsed->clear();
        return;
    }
    m_elapsed->setText(DisplayFormat::hoursMinutesSeconds(m_timer->elapsedSeconds()));
}

void TimerBar::updateTick()
{
    if (isVisible() && m_timer->running())
        m_tick->start();
    else
        m_tick->stop();
}

void TimerBar::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateElapsed();
    updateTick();
}

void TimerBar::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_tick->stop();
}

void TimerBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TimerBar::retranslate()
{
    setAccessibleName(tr("Timer"));
    m_dot->setAccessibleName(tr("Timer running"));
    m_title->setAccessibleDescription(tr("Running timer"));
    m_description->setAccessibleDescription(tr("Timer description"));
    m_elapsed->setAccessibleDescription(tr("Elapsed time"));
    m_stop->setText(tr("Stop"));
    m_stop->setAccessibleName(tr("Stop timer"));
    m_stop->setToolTip(tr("Stop timer (%1)").arg(startStopShortcut()));
    m_descriptionEdit->setPlaceholderText(tr("What are you working on?"));
    m_descriptionEdit->setAccessibleName(tr("Timer description"));
    m_start->setText(tr("Start"));
    m_start->setAccessibleName(tr("Start timer"));
    m_start->setToolTip(tr("Start timer (%1)").arg(startStopShortcut()));
}
