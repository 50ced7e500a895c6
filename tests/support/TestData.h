// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// Fixtures under tests/data (located through MOCOTRACK_TEST_DATA, set by CTest).
namespace TestData {
QString path(const QString &relative);
// The file's bytes; fails the current test when missing.
QByteArray read(const QString &relative);
} // namespace TestData
