// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UnsentChangesDialog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

UnsentChangesDialog::UnsentChangesDialog(UnsentChangesGate::Leaving leaving, QWidget *parent)
    : QDialog(parent)
    , m_heading(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_progress(new QLabel(this))
    , m_buttons(new QWidget(this))
{
    using Leaving = UnsentChangesGate::Leaving;
    using Disposition = UnsentChangesGate::Disposition;
    setWindowTitle(tr("Unsent changes"));
    m_heading->setWordWrap(true);
    m_list->setAccessibleName(tr("Unsent changes"));
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setWordWrap(true);
    m_progress->setWordWrap(true);
    m_progress->setAccessibleName(tr("Sending status"));
    m_progress->hide();
    new QHBoxLayout(m_buttons);
    m_buttons->layout()->setContentsMargins({});

    m_sendFirst = addButton(tr("Send them first"));
    m_sendFirst->setDefault(true);
    connect(m_sendFirst, &QPushButton::clicked, this, &UnsentChangesDialog::sendFirstRequested);
    switch (leaving) {
    case Leaving::SignOut:
        connect(addButton(tr("Sign out and discard them")), &QPushButton::clicked, this,
                [this] { emit leaveRequested(Disposition::Discard); });
        break;
    case Leaving::BackToMyself:
        connect(addButton(tr("Keep sending them in the background")), &QPushButton::clicked, this,
                [this] { emit leaveRequested(Disposition::Keep); });
        connect(addButton(tr("Discard them")), &QPushButton::clicked, this,
                [this] { emit leaveRequested(Disposition::Discard); });
        break;
    case Leaving::Quit:
        connect(addButton(tr("Quit and send them next time")), &QPushButton::clicked, this,
                [this] { emit leaveRequested(Disposition::Keep); });
        break;
    }
    connect(addButton(tr("Cancel")), &QPushButton::clicked, this, &UnsentChangesDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);
    resize(560, 320);
}

QPushButton *UnsentChangesDialog::addButton(const QString &text, const QString &accessibleName)
{
    auto *button = new QPushButton(text, m_buttons);
    button->setAccessibleName(accessibleName.isEmpty() ? text : accessibleName);
    button->setAutoDefault(false);
    m_buttons->layout()->addWidget(button);
    return button;
}

void UnsentChangesDialog::setChanges(const QList<UnsentChange> &changes)
{
    const int count = static_cast<int>(changes.size());
    m_heading->setText(tr("%n change(s) haven't reached MOCO yet.", nullptr, count));
    m_list->clear();
    for (const UnsentChange &change : changes) {
        QString text = change.subject;
        if (!change.actingAs.isEmpty())
            //: An unsent change made while acting as a colleague; %1 the change, %2 the name.
            text = tr("%1 (as %2)").arg(text, change.actingAs);
        if (change.needsAttention)
            //: An unsent change MOCO refused; %1 the change.
            text = tr("%1 — not accepted by MOCO").arg(text);
        m_list->addItem(text);
    }
}

void UnsentChangesDialog::setProgress(bool sending, const QString &text)
{
    m_sendFirst->setEnabled(!sending);
    m_sendFirst->setText(sending ? tr("Sending…") : tr("Send them first"));
    m_progress->setText(text);
    m_progress->setVisible(!text.isEmpty());
}

void UnsentChangesDialog::reject()
{
    emit cancelRequested();
    QDialog::reject();
}
