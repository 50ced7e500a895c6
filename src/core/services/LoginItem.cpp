// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/LoginItem.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

namespace {
const QString runKey =
    QStringLiteral("HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run");

// Desktop Entry Specification, "The Exec key": an argument with reserved
// characters is quoted, and inside quotes ", `, $ and \ get a backslash.
// The value is a string too, so every backslash is then doubled once more,
// and % (field codes) is written %%.
QString execArgument(const QString &argument)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9/._+=:,@-]+$"));
    QString quoted = argument;
    if (!plain.match(argument).hasMatch()) {
        quoted.clear();
        for (const QChar c : argument) {
            if (c == QLatin1Char('"') || c == QLatin1Char('`') || c == QLatin1Char('$') ||
                c == QLatin1Char('\\'))
                quoted += QLatin1Char('\\');
            quoted += c;
        }
        quoted = QLatin1Char('"') + quoted + QLatin1Char('"');
    }
    quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    quoted.replace(QLatin1Char('%'), QStringLiteral("%%"));
    return quoted;
}

// Key=value strings of a desktop file cannot hold line breaks.
QString desktopString(const QString &value)
{
    QString text = value;
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    text.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    return text;
}

QString xmlEscaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// CommandLineToArgvW rules: quote when needed; backslashes are literal
// except before a quote.
QString windowsArgument(const QString &argument)
{
    if (!argument.isEmpty() && !argument.contains(QRegularExpression(QStringLiteral("[\\s\"]"))))
        return argument;
    QString quoted = QStringLiteral("\"");
    int backslashes = 0;
    for (const QChar c : argument) {
        if (c == QLatin1Char('\\')) {
            ++backslashes;
            continue;
        }
        if (c == QLatin1Char('"'))
            backslashes = backslashes * 2 + 1;
        quoted += QString(backslashes, QLatin1Char('\\'));
        backslashes = 0;
        quoted += c;
    }
    quoted += QString(backslashes * 2, QLatin1Char('\\'));
    quoted += QLatin1Char('"');
    return quoted;
}
} // namespace

LoginItem::Kind LoginItem::platformKind()
{
#if defined(Q_OS_WIN)
    return Kind::WindowsRunKey;
#elif defined(Q_OS_MACOS)
    return Kind::LaunchAgent;
#else
    return Kind::XdgAutostart;
#endif
}

LoginItem::LoginItem(const QString &appId, const QString &appName, const QString &program,
                     const QStringList &arguments, Kind kind)
    : m_appId(appId)
    , m_appName(appName)
    , m_program(program)
    , m_arguments(arguments)
    , m_kind(kind)
{}

bool LoginItem::isEnabled() const
{
    if (m_kind == Kind::WindowsRunKey)
        return QSettings(runKey, QSettings::NativeFormat).contains(m_appName);
    QFile file(filePath());
    if (!file.open(QIODevice::ReadOnly))
        return false;
    if (m_kind == Kind::LaunchAgent)
        return true;
    // Desktops switch an entry off without deleting it.
    const QString text = QString::fromUtf8(file.readAll());
    static const QRegularExpression off(
        QStringLiteral("^\\s*(Hidden\\s*=\\s*true|X-GNOME-Autostart-enabled\\s*=\\s*false)\\s*$"),
        QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption);
    return !off.match(text).hasMatch();
}

bool LoginItem::setEnabled(bool enabled)
{
    switch (m_kind) {
    case Kind::WindowsRunKey: {
        QSettings run(runKey, QSettings::NativeFormat);
        if (enabled)
            run.setValue(m_appName,
                         windowsCommandLine(QDir::toNativeSeparators(m_program), m_arguments));
        else
            run.remove(m_appName);
        run.sync();
        return run.status() == QSettings::NoError && isEnabled() == enabled;
    }
    case Kind::LaunchAgent:
        return enabled ? writeFile(launchAgentPlist(m_appId, m_program, m_arguments))
                       : removeFile();
    case Kind::XdgAutostart:
        return enabled ? writeFile(desktopEntry(m_appName, m_program, m_arguments)) : removeFile();
    }
    return false;
}

QString LoginItem::location() const
{
    if (m_kind == Kind::WindowsRunKey)
        return runKey + QLatin1Char('\\') + m_appName;
    return filePath();
}

QString LoginItem::filePath() const
{
    if (m_kind == Kind::LaunchAgent)
        return QDir::homePath() + QStringLiteral("/Library/LaunchAgents/") + m_appId +
               QStringLiteral(".plist");
    // $XDG_CONFIG_HOME (~/.config); in test mode Qt's test folder.
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/autostart/") + m_appId + QStringLiteral(".desktop");
}

bool LoginItem::writeFile(const QString &text) const
{
    const QString path = filePath();
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(text.toUtf8());
    return file.commit();
}

bool LoginItem::removeFile() const
{
    QFile file(filePath());
    return !file.exists() || file.remove();
}

QString LoginItem::desktopEntry(const QString &appName, const QString &program,
                                const QStringList &arguments)
{
    QStringList exec{execArgument(program)};
    for (const QString &argument : arguments)
        exec << execArgument(argument);
    return QStringLiteral("[Desktop Entry]\n"
                          "Type=Application\n"
                          "Name=%1\n"
                          "Exec=%2\n"
                          "Terminal=false\n"
                          "X-GNOME-Autostart-enabled=true\n")
        .arg(desktopString(appName), exec.join(QLatin1Char(' ')));
}

QString LoginItem::launchAgentPlist(const QString &label, const QString &program,
                                    const QStringList &arguments)
{
    QString programArguments;
    for (const QString &argument : QStringList{program} + arguments)
        programArguments +=
            QStringLiteral("        <string>%1</string>\n").arg(xmlEscaped(argument));
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                          "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
                          "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
                          "<plist version=\"1.0\">\n"
                          "<dict>\n"
                          "    <key>Label</key>\n"
                          "    <string>%1</string>\n"
                          "    <key>ProgramArguments</key>\n"
                          "    <array>\n"
                          "%2"
                          "    </array>\n"
                          "    <key>RunAtLoad</key>\n"
                          "    <true/>\n"
                          "    <key>ProcessType</key>\n"
                          "    <string>Interactive</string>\n"
                          "</dict>\n"
                          "</plist>\n")
        .arg(xmlEscaped(label), programArguments);
}

QString LoginItem::windowsCommandLine(const QString &program, const QStringList &arguments)
{
    // The program path is always quoted: "C:\Program Files\…" has spaces,
    // and a path cannot contain quotes on Windows.
    QStringList parts{QLatin1Char('"') + program + QLatin1Char('"')};
    for (const QString &argument : arguments)
        parts << windowsArgument(argument);
    return parts.join(QLatin1Char(' '));
}
