// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UndoBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace std::chrono_literals;

UndoBar::UndoBar(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_undo(new QPushButton(tr("&Undo"), this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    m_text->setForegroundRole(QPalette::ToolTipText);
    m_text->setAccessibleDescription(tr("Undo message"));
    m_undo->setAccessibleName(tr("Undo"));
    m_undo->setToolTip(tr("Undo (Ctrl+Z)"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_undo);

    // Long enough to notice and reach the button, short enough not to
    // suggest that an old removal can still be taken back.
    m_hideTimer.setSingleShot(true);
    m_hideTimer.setInterval(10s);
    connect(&m_hideTimer, &QTimer::timeout, this, &QWidget::hide);
    connect(m_undo, &QPushButton::clicked, this, &UndoBar::onUndoClicked);
    hide();
}

void UndoBar::showMessage(const QString &text)
{
    m_text->setText(text);
    m_text->setAccessibleName(text);
    show();
    m_hideTimer.start();
}

QString UndoBar::text() const
{
    return isHidden() ? QString() : m_text->text();
}

void UndoBar::setTimeout(std::chrono::milliseconds timeout)
{
    m_hideTimer.setInterval(timeout);
}

void UndoBar::onUndoClicked()
{
    m_hideTimer.stop();
    hide();
    emit undoRequested();
}
