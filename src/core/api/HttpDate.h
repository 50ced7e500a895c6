// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QDateTime>

// HTTP dates (RFC 9110: IMF-fixdate, with the obsolete RFC 850 / asctime
// forms read as RFC 2822 where Qt can), as found in the Date and Retry-After
// headers. Always UTC.
namespace HttpDate {

// An invalid QDateTime when the text is not an HTTP date.
QDateTime parse(QByteArrayView text);

} // namespace HttpDate
