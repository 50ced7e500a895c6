// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

class FakeDatabase;
struct PresenceRecord;

class PresenceJson
{
public:
    static QJsonObject toApi(const PresenceRecord &presence, const FakeDatabase &database);
};
