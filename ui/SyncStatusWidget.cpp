// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncStatusWidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

SyncStatusWidget::SyncStatusWidget(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_show(new QToolButton(this))
{
    setObjectName(QStringLiteral("syncStatus"));
    m_icon->setObjectName(QStringLiteral("syncStatusIcon"));
    m_text->setObjectName(QStringLiteral("syncStatusText"));
    // The text changes all the time: a description says what it is, so screen
    // readers still announce the text itself.
    m_text->setAccessibleDescription(tr("Sync status"));
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    m_show->setText(tr("Show…"));
    m_show->setAccessibleName(tr("Show changes that need attention"));
    m_show->setAutoRaise(true);
    m_show->hide();
    layout->addWidget(m_show);
    connect(m_show, &QToolButton::clicked, this, &SyncStatusWidget::clicked);
}

void SyncStatusWidget::setClickable(bool clickable)
{
    m_show->setVisible(clickable);
}

void SyncStatusWidget::setStatus(Tone tone, const QString &text)
{
    m_tone = tone;
    m_text->setText(text);
    QStyle::StandardPixmap pixmap = QStyle::SP_DialogApplyButton;
    switch (tone) {
    case Tone::Ok:
        pixmap = QStyle::SP_DialogApplyButton;
        break;
    case Tone::Busy:
        pixmap = QStyle::SP_BrowserReload;
        break;
    case Tone::Waiting:
        pixmap = QStyle::SP_MediaPause;
        break;
    case Tone::Problem:
        pixmap = QStyle::SP_MessageBoxWarning;
        break;
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(pixmap, nullptr, this).pixmap(size, size));
}

QString SyncStatusWidget::text() const
{
    return m_text->text();
}
