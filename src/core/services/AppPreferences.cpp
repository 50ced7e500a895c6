// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/AppPreferences.h"

#include <QCoreApplication>
#include <QSettings>

#include <algorithm>

namespace {
const QString group = QStringLiteral("preferences");
const QString reminderKey = QStringLiteral("longTimerReminderHours");
const QString elapsedKey = QStringLiteral("showElapsedInTooltip");
const QString noticeKey = QStringLiteral("closedToTrayNoticeShown");
const QString clockOutKey = QStringLiteral("timerOnClockOut");
const QString clockOutStop = QStringLiteral("stop");
const QString clockOutKeep = QStringLiteral("keep");
constexpr int maxReminderHours = 24;
} // namespace

AppPreferences::AppPreferences(QObject *parent)
    : QObject(parent)
    // Same file as AccountSettings: <config>/MocoTrack/MocoTrack.conf (the
    // app sets no organisation name).
    , m_settings(std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::UserScope,
                                             QCoreApplication::applicationName(),
                                             QCoreApplication::applicationName()))
{}

AppPreferences::~AppPreferences() = default;

int AppPreferences::longTimerReminderHours() const
{
    bool ok = false;
    const int hours = value(reminderKey, defaultReminderHours).toInt(&ok);
    return ok ? std::clamp(hours, 0, maxReminderHours) : defaultReminderHours;
}

void AppPreferences::setLongTimerReminderHours(int hours)
{
    setValue(reminderKey, std::clamp(hours, 0, maxReminderHours));
}

bool AppPreferences::showElapsedInTooltip() const
{
    return value(elapsedKey, true).toBool();
}

void AppPreferences::setShowElapsedInTooltip(bool show)
{
    setValue(elapsedKey, show);
}

bool AppPreferences::closedToTrayNoticeShown() const
{
    return value(noticeKey, false).toBool();
}

void AppPreferences::setClosedToTrayNoticeShown(bool shown)
{
    setValue(noticeKey, shown);
}

QVariant AppPreferences::value(const QString &key, const QVariant &fallback) const
{
    return m_settings->value(group + QLatin1Char('/') + key, fallback);
}

void AppPreferences::setValue(const QString &key, const QVariant &value)
{
    const QString path = group + QLatin1Char('/') + key;
    if (m_settings->value(path) == value)
        return;
    m_settings->setValue(path, value);
    emit changed();
}

AppPreferences::TimerOnClockOut AppPreferences::timerOnClockOut() const
{
    // Stored as a word, so a hand-edited or future value means "ask".
    const QString choice = value(clockOutKey, QString()).toString();
    if (choice == clockOutStop)
        return TimerOnClockOut::Stop;
    if (choice == clockOutKeep)
        return TimerOnClockOut::Keep;
    return TimerOnClockOut::Ask;
}

void AppPreferences::setTimerOnClockOut(TimerOnClockOut choice)
{
    switch (choice) {
    case TimerOnClockOut::Stop:
        setValue(clockOutKey, clockOutStop);
        return;
    case TimerOnClockOut::Keep:
        setValue(clockOutKey, clockOutKeep);
        return;
    case TimerOnClockOut::Ask:
        setValue(clockOutKey, QStringLiteral("ask"));
        return;
    }
}
