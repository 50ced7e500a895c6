// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QObject;

namespace Translations {
// Installs Qt's own strings and MocoTrack's in the user's language (English
// plurals too), owned by `owner`.
void install(QObject *owner);
} // namespace Translations
