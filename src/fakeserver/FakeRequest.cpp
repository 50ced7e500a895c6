// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/FakeRequest.h"

QByteArray FakeRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool FakeRequest::hasJsonBody() const
{
    // Like Rails: without a JSON content type the body is not read as
    // parameters, so a client that forgets the header gets "can't be blank".
    return !body.trimmed().isEmpty() && header("Content-Type").toLower().contains("json");
}
