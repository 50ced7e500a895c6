// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClockOutPrompt.h"

#include <QCheckBox>
#include <QMessageBox>
#include <QPushButton>

void ClockOutPrompt::ask(QWidget *parent, const QString &timerName, Answered answered)
{
    auto *box = new QMessageBox(parent);
    box->setObjectName(QStringLiteral("clockOutPrompt"));
    box->setWindowTitle(tr("Clock out"));
    box->setIcon(QMessageBox::Question);
    box->setText(tr("The timer is still running."));
    //: %1 names what the timer runs on, e.g. "Website relaunch – Design"
    box->setInformativeText(
        tr("Clocking out ends your working time. Stop the timer on “%1” too?").arg(timerName));
    QPushButton *stop = box->addButton(tr("Stop timer too"), QMessageBox::AcceptRole);
    QPushButton *keep = box->addButton(tr("Keep timer running"), QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(stop);
    auto *remember = new QCheckBox(tr("Don't ask again"), box);
    remember->setToolTip(tr("You can change this in Settings."));
    box->setCheckBox(remember);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::buttonClicked, box, [=](QAbstractButton *button) {
        if (button != stop && button != keep)
            return;
        answered(button == stop ? ClockToggle::TimerChoice::StopTimer
                                : ClockToggle::TimerChoice::KeepTimer,
                 remember->isChecked());
    });
    box->open();
}
