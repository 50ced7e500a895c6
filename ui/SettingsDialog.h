// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

class AppPreferences;
class LoginItem;

namespace Ui {
class SettingsDialog;
}

// Start at login, the long-timer reminder, the tray tooltip. OK applies (and
// stays open with the reason when the login item cannot be written), Cancel
// changes nothing.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    // loginItem may be nullptr where the platform has none (the option is
    // hidden then). Neither is owned.
    SettingsDialog(AppPreferences *preferences, LoginItem *loginItem, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    QString errorText() const;

    void accept() override;

private:
    std::unique_ptr<Ui::SettingsDialog> m_ui;
    AppPreferences *m_preferences;
    LoginItem *m_loginItem;
};
