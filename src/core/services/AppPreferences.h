// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <memory>

class QSettings;

// The user's app-wide choices (group "preferences" of the app's QSettings
// file, next to AccountSettings). Nothing secret lives here.
//
// Start at login is deliberately not a preference: the platform's login item
// (LoginItem) is the one truth, because the user can also remove it in the
// desktop's own settings.
class AppPreferences : public QObject
{
    Q_OBJECT
public:
    static constexpr int defaultReminderHours = 8;

    explicit AppPreferences(QObject *parent = nullptr);
    ~AppPreferences() override;

    // "Still working on …?" after a timer ran this many hours; 0 = never.
    int longTimerReminderHours() const;
    void setLongTimerReminderHours(int hours);

    // The tray tooltip shows the running timer's elapsed h:mm.
    bool showElapsedInTooltip() const;
    void setShowElapsedInTooltip(bool show);

    // Clocking out while a timer runs: ask each time, or what the user
    // chose with "Don't ask again".
    enum class TimerOnClockOut { Ask, Stop, Keep };
    TimerOnClockOut timerOnClockOut() const;
    void setTimerOnClockOut(TimerOnClockOut choice);

    // The "MocoTrack keeps running in the tray" notice appears once ever.
    bool closedToTrayNoticeShown() const;
    void setClosedToTrayNoticeShown(bool shown);

signals:
    void changed();

private:
    QVariant value(const QString &key, const QVariant &fallback) const;
    void setValue(const QString &key, const QVariant &value);

    std::unique_ptr<QSettings> m_settings;
};
