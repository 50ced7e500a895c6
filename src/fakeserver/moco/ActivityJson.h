// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

class FakeDatabase;
struct ActivityRecord;

// An activity as MOCO sends it (moco-api.md §4): nested project, task,
// customer and user; tag and remote_service "" when unset; remote_id and
// remote_url null; hours as a rounded copy of seconds.
class ActivityJson
{
public:
    static QJsonObject toApi(const ActivityRecord &activity, const FakeDatabase &database);
    static double hoursOf(qint64 seconds);
};
