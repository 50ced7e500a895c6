// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

// The status bar's one element: a small icon and a line of text that says
// what is going on between MocoTrack and MOCO.
class SyncStatusWidget : public QWidget
{
    Q_OBJECT
public:
    enum class Tone { Ok, Busy, Waiting, Problem };
    Q_ENUM(Tone)

    explicit SyncStatusWidget(QWidget *parent = nullptr);

    void setStatus(Tone tone, const QString &text);
    QString text() const;
    Tone tone() const { return m_tone; }
    // Offers a "Show…" button (e.g. the changes that need attention).
    void setClickable(bool clickable);

signals:
    void clicked();

private:
    QLabel *m_icon;
    QLabel *m_text;
    QToolButton *m_show;
    Tone m_tone = Tone::Busy;
};
