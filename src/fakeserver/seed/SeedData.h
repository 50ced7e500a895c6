// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

class FakeDatabase;

// The fake account's initial content. Users, customers, projects and custom
// fields are fixed; the history (activities, presences) comes from the seed
// and ends today, so "today" always has data.
//
// The demo credentials are mirrored in tests/support/FakeServerProcess.h.
class SeedData
{
public:
    static constexpr quint64 defaultSeed = 20260214;

    static constexpr qint64 demoUserId = 4294968001;
    static constexpr const char *demoEmail = "anna.mueller@example.com";
    static constexpr const char *demoApiKey = "a1b2c3d4e5f60718293a4b5c6d7e8f90";
    static constexpr qint64 staffUserId = 4294968002;
    static constexpr const char *staffEmail = "staff@example.com";
    static constexpr const char *staffApiKey = "0f1e2d3c4b5a69788796a5b4c3d2e1f0";
    // Every seeded user signs in with this password.
    static constexpr const char *password = "demo";

    static void populate(FakeDatabase &database, quint64 seed, const QDateTime &nowUtc);
};
