// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <random>

// A deterministic random source. std::mt19937_64's output is fixed by the C++
// standard, but the std distributions are not, so the mapping to ranges is done
// here: the same seed gives the same data with every compiler.
class SeedRandom
{
public:
    explicit SeedRandom(quint64 seed);

    quint64 next();
    // Inclusive range.
    int between(int low, int high);
    // [0, 1)
    double unit();
    bool chance(double probability);

private:
    std::mt19937_64 m_engine;
};
