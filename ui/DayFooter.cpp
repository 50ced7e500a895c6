// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DayFooter.h"

#include "core/models/DaySummary.h"

#include <QHBoxLayout>
#include <QLabel>

namespace {

QLabel *totalLabel(const QString &objectName, const QString &description, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setAccessibleDescription(description);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// Only when it changed: a screen reader announces a changed name.
void showTotal(QLabel *label, const QString &text)
{
    if (label->text() != text) {
        label->setText(text);
        label->setAccessibleName(text);
    }
    label->setVisible(!text.isEmpty());
}

} // namespace

DayFooter::DayFooter(QWidget *parent)
    : QWidget(parent)
    , m_present(totalLabel(QStringLiteral("presenceTotalLabel"), tr("Presence total"), this))
    , m_logged(totalLabel(QStringLiteral("dayTotalLabel"), tr("Booked total"), this))
    , m_difference(totalLabel(QStringLiteral("differenceLabel"), tr("Difference"), this))
    , m_firstSeparator(new QLabel(tr(" · "), this))
    , m_secondSeparator(new QLabel(tr(" · "), this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_present);
    layout->addWidget(m_firstSeparator);
    layout->addWidget(m_logged);
    layout->addWidget(m_secondSeparator);
    layout->addWidget(m_difference);
    layout->addStretch(1);
    m_present->hide();
    m_difference->hide();
    m_firstSeparator->hide();
    m_secondSeparator->hide();
}

void DayFooter::setSummary(const DaySummary &summary)
{
    showTotal(m_present, summary.presentText());
    showTotal(m_logged, summary.loggedText());
    showTotal(m_difference, summary.differenceText());
    m_firstSeparator->setVisible(!m_present->text().isEmpty());
    m_secondSeparator->setVisible(!m_difference->text().isEmpty());
    const QString span = summary.spanText();
    //: Tooltip of the footer's working time, e.g. "Working time 08:05–16:15"
    m_present->setToolTip(span.isEmpty() ? QString() : tr("Working time %1").arg(span));
    m_text = summary.text();
}

QString DayFooter::text() const
{
    return m_text;
}
