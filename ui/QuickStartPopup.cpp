// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "QuickStartPopup.h"

#include "ProjectTaskPicker.h"
#include "core/actions/ActivityActions.h"
#include "core/sync/TimerService.h"

#include <QFrame>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

#include <algorithm>

namespace {
constexpr int gap = 6;
constexpr int preferredWidth = 380;
} // namespace

QuickStartPopup::QuickStartPopup(ActivityActions *actions, ProjectsModel *projects, QWidget *parent)
    // Qt::Popup: closes on a click elsewhere and takes the keyboard even when
    // the app is not the active one (it was opened from the tray menu).
    : QWidget(parent, Qt::Popup | Qt::FramelessWindowHint)
    , m_actions(actions)
    , m_picker(new ProjectTaskPicker(this))
    , m_description(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_start(new QPushButton(tr("Start timer"), this))
{
    setObjectName(QStringLiteral("quickStartPopup"));
    setWindowTitle(tr("Start timer"));
    setAccessibleName(tr("Start timer"));
    setAttribute(Qt::WA_DeleteOnClose, false);

    auto *frame = new QFrame(this);
    frame->setFrameShape(QFrame::StyledPanel);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(frame);
    auto *layout = new QVBoxLayout(frame);

    m_picker->setProjectsModel(projects);
    m_picker->lineEdit()->setPlaceholderText(tr("Project / task…"));
    m_picker->lineEdit()->setAccessibleName(tr("Project / task"));
    m_description->setObjectName(QStringLiteral("quickStartDescription"));
    m_description->setPlaceholderText(tr("What are you working on?"));
    m_description->setAccessibleName(tr("Timer description"));
    m_error->setObjectName(QStringLiteral("quickStartError"));
    m_error->setAccessibleDescription(tr("Error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #B91C1C;"));
    m_error->hide();
    m_start->setObjectName(QStringLiteral("quickStartButton"));
    m_start->setAccessibleName(tr("Start timer"));
    m_start->setDefault(true);

    layout->addWidget(m_picker);
    layout->addWidget(m_description);
    layout->addWidget(m_error);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_start);
    layout->addLayout(buttons);
    setMinimumWidth(preferredWidth);

    connect(m_start, &QPushButton::clicked, this, &QuickStartPopup::startTimer);
    // A pick moves on to the description, as in the timer bar.
    connect(m_picker, &ProjectTaskPicker::picked, this, [this] {
        m_error->hide();
        m_description->setFocus(Qt::OtherFocusReason);
    });
}

void QuickStartPopup::popup(const QRect &anchor)
{
    m_picker->clear();
    m_description->clear();
    m_error->hide();
    adjustSize();
    QScreen *screen = nullptr;
    if (anchor.isValid())
        screen = QGuiApplication::screenAt(anchor.center());
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    const QRect available = screen ? screen->availableGeometry() : QRect(0, 0, 1024, 768);
    setGeometry(placement(anchor, size(), available));
    show();
    raise();
    activateWindow();
    m_picker->lineEdit()->setFocus(Qt::PopupFocusReason);
}

QString QuickStartPopup::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

QRect QuickStartPopup::placement(const QRect &anchor, const QSize &size, const QRect &available)
{
    QRect rect(QPoint(), size);
    if (!anchor.isValid()) {
        // Unknown tray position: where trays usually are (Windows: bottom
        // right; elsewhere the top bar's right end).
#ifdef Q_OS_WIN
        rect.moveBottomRight(available.bottomRight() - QPoint(gap, gap));
#else
        rect.moveTopRight(available.topRight() + QPoint(-gap, gap));
#endif
        return rect;
    }
    // The icon sits on a panel, outside the available area: open on the
    // panel's inner side, aligned with the icon, then keep it on screen.
    if (anchor.right() < available.left()) {
        rect.moveTopLeft(QPoint(anchor.right() + 1 + gap, anchor.top()));
    } else if (anchor.left() > available.right()) {
        rect.moveTopRight(QPoint(anchor.left() - 1 - gap, anchor.top()));
    } else {
        if (anchor.center().y() < available.center().y())
            rect.moveTop(anchor.bottom() + 1 + gap);
        else
            rect.moveBottom(anchor.top() - 1 - gap);
        rect.moveRight(anchor.right());
    }
    rect.moveLeft(std::clamp(rect.left(), available.left(),
                             std::max(available.left(), available.right() - rect.width() + 1)));
    rect.moveTop(std::clamp(rect.top(), available.top(),
                            std::max(available.top(), available.bottom() - rect.height() + 1)));
    return rect;
}

// Enter reaches this through the line edits, which pass it on; starting from
// returnPressed() as well would start twice.
void QuickStartPopup::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        close();
        return;
    }
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        startTimer();
        return;
    }
    QWidget::keyPressEvent(event);
}

void QuickStartPopup::startTimer()
{
    const ProjectTaskKey key = m_picker->current();
    if (key.projectId == 0 || key.taskId == 0) {
        showError(tr("Choose a project and task first."));
        m_picker->lineEdit()->setFocus(Qt::OtherFocusReason);
        return;
    }
    const qint64 localId = m_actions->startNewTimer(key, m_description->text().trimmed()).localId;
    if (localId == 0) {
        showError(tr("The timer could not be started. Try again from the main window."));
        return;
    }
    close();
    emit started(localId);
}

void QuickStartPopup::showError(const QString &text)
{
    m_error->setText(text);
    m_error->show();
    adjustSize();
}
