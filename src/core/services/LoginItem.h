// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// "Start MocoTrack when I log in", the way each platform does it:
// - Linux and other XDG desktops: <config>/autostart/<app id>.desktop
// - Windows: a value named after the app under
//   HKCU\Software\Microsoft\Windows\CurrentVersion\Run
// - macOS: ~/Library/LaunchAgents/<app id>.plist with RunAtLoad
// The entry itself is the setting (the user may remove it in the desktop's
// own settings too); nothing is stored elsewhere.
class LoginItem
{
public:
    enum class Kind { XdgAutostart, WindowsRunKey, LaunchAgent };

    static Kind platformKind();

    // program: absolute path of what to start (an AppImage's path rather
    // than the mounted binary); arguments are passed as they are.
    LoginItem(const QString &appId, const QString &appName, const QString &program,
              const QStringList &arguments = {}, Kind kind = platformKind());

    bool isEnabled() const;
    // False when the entry could not be written or removed.
    bool setEnabled(bool enabled);

    // The file, or the registry key and value name, that holds the entry.
    QString location() const;

    // The entry texts, exposed so every platform's format is testable anywhere.
    static QString desktopEntry(const QString &appName, const QString &program,
                                const QStringList &arguments);
    static QString launchAgentPlist(const QString &label, const QString &program,
                                    const QStringList &arguments);
    static QString windowsCommandLine(const QString &program, const QStringList &arguments);

private:
    QString filePath() const;
    bool writeFile(const QString &text) const;
    bool removeFile() const;

    QString m_appId;
    QString m_appName;
    QString m_program;
    QStringList m_arguments;
    Kind m_kind;
};
