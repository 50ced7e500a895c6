// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsDialog.h"

#include "core/services/AppPreferences.h"
#include "core/services/LoginItem.h"
#include "ui_SettingsDialog.h"

#include <QDir>
#include <QPushButton>

SettingsDialog::SettingsDialog(AppPreferences *preferences, LoginItem *loginItem, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_preferences(preferences)
    , m_loginItem(loginItem)
{
    m_ui->setupUi(this);
    m_ui->startAtLogin->setVisible(m_loginItem != nullptr);
    m_ui->startAtLogin->setChecked(m_loginItem && m_loginItem->isEnabled());
    m_ui->reminderHours->setValue(m_preferences->longTimerReminderHours());
    m_ui->showElapsed->setChecked(m_preferences->showElapsedInTooltip());
    // The combo's rows follow AppPreferences::TimerOnClockOut.
    m_ui->timerOnClockOut->setCurrentIndex(static_cast<int>(m_preferences->timerOnClockOut()));
    m_ui->errorLabel->hide();
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
}

SettingsDialog::~SettingsDialog() = default;

QString SettingsDialog::errorText() const
{
    return m_ui->errorLabel->isVisible() ? m_ui->errorLabel->text() : QString();
}

void SettingsDialog::accept()
{
    m_preferences->setLongTimerReminderHours(m_ui->reminderHours->value());
    m_preferences->setShowElapsedInTooltip(m_ui->showElapsed->isChecked());
    m_preferences->setTimerOnClockOut(
        static_cast<AppPreferences::TimerOnClockOut>(m_ui->timerOnClockOut->currentIndex()));
    const bool wanted = m_ui->startAtLogin->isChecked();
    if (m_loginItem && m_loginItem->isEnabled() != wanted && !m_loginItem->setEnabled(wanted)) {
        m_ui->errorLabel->setText(
            wanted ? tr("MocoTrack could not add itself to the programs started at login (%1).")
                         .arg(QDir::toNativeSeparators(m_loginItem->location()))
                   : tr("MocoTrack could not remove itself from the programs started at login "
                        "(%1).")
                         .arg(QDir::toNativeSeparators(m_loginItem->location())));
        m_ui->errorLabel->show();
        return;
    }
    QDialog::accept();
}
