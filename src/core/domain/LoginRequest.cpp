// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/LoginRequest.h"

QJsonObject LoginRequest::toJson() const
{
    return {{QStringLiteral("email"), email}, {QStringLiteral("password"), password}};
}
