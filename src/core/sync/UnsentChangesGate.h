// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sync/UnsentChanges.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class AccountDataLayer;
class BackgroundOutboxes;
class Clock;

// Nothing the user did is discarded without their word. Signing out, going
// back to oneself after acting as a colleague, and quitting pass this gate:
// with no unsent changes they go at once (mayLeave); otherwise the user is
// asked (askUser) and answers with sendFirst(), leave() or cancel().
//
// Which changes a way out concerns:
// - SignOut: the shown user's and every colleague's (all are removed);
// - BackToMyself: the colleague's being shown (Keep = delivered in the
//   background, Discard = removed);
// - Quit: the shown user's and every colleague's (Keep = sent at the next
//   start; quitting never discards).
class UnsentChangesGate : public QObject
{
    Q_OBJECT
public:
    enum class Leaving { SignOut, BackToMyself, Quit };
    Q_ENUM(Leaving)
    enum class Disposition { Keep, Discard };
    Q_ENUM(Disposition)

    UnsentChangesGate(Clock *clock, QObject *parent = nullptr);

    // The data layer on screen (nullptr: none) and, when acting as a
    // colleague, their name.
    void setShown(AccountDataLayer *layer, const QString &actingAs = {});
    void setBackground(BackgroundOutboxes *background);

    // The user wants to leave this way.
    void request(Leaving leaving);
    // The user's answers while asked.
    void sendFirst();
    void leave(Disposition disposition);
    void cancel();

    bool isAsking() const { return m_asking; }
    Leaving leaving() const { return m_leaving; }
    // Sending first was asked for and is under way.
    bool isSending() const { return m_sending; }
    // What the chosen way out concerns, oldest first per store.
    QList<UnsentChange> concerned() const;
    // While sending first: what holds it up (translated); empty otherwise.
    QString progressText() const;

signals:
    void askUser();
    // concerned() or progressText() changed while asking.
    void progressChanged();
    void mayLeave(UnsentChangesGate::Leaving leaving, UnsentChangesGate::Disposition disposition);
    // No longer asking: the user left, cancelled or everything arrived.
    void askingEnded();

private:
    void refresh();
    void finish();
    bool concernsBackground() const;
    int deliverable() const;

    Clock *m_clock;
    QPointer<AccountDataLayer> m_shown;
    QString m_actingAs;
    QPointer<BackgroundOutboxes> m_background;
    Leaving m_leaving = Leaving::Quit;
    bool m_asking = false;
    bool m_sending = false;
};
