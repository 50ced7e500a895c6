// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DayFooter.h"

#include "core/models/DaySummary.h"

#include <QHBoxLayout>
#include <QLabel>

DayFooter::DayFooter(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
{
    m_label->setObjectName(QStringLiteral("dayTotalLabel"));
    m_label->setAccessibleDescription(tr("Day total"));
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label, 1);
}

void DayFooter::setSummary(const DaySummary &summary)
{
    const QString text = summary.text();
    if (text != m_label->text())
        m_label->setText(text);
}

QString DayFooter::text() const
{
    return m_label->text();
}
