// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/seed/SeedRandom.h"

SeedRandom::SeedRandom(quint64 seed)
    : m_engine(seed)
{}

quint64 SeedRandom::next()
{
    return m_engine();
}

int SeedRandom::between(int low, int high)
{
    if (high <= low)
        return low;
    const quint64 span = quint64(high - low) + 1;
    return low + int(next() % span);
}

double SeedRandom::unit()
{
    return double(next() >> 11) * (1.0 / 9007199254740992.0);
}

bool SeedRandom::chance(double probability)
{
    return unit() < probability;
}
