// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/User.h"

#include <QDialog>
#include <QList>

class QComboBox;

// "Act as…": a staff user picks the colleague whose hours to show and
// record. Offers the colleagues it is given, in that order; two with the
// same name stay two entries.
class ActAsDialog : public QDialog
{
    Q_OBJECT
public:
    ActAsDialog(QList<User> colleagues, QWidget *parent = nullptr);

signals:
    void chosen(const User &colleague);

private:
    void onAccepted();

    QList<User> m_colleagues;
    QComboBox *m_names;
};
