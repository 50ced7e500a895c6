// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/OneShotBody.h"

#include <cstring>

OneShotBody::OneShotBody(QByteArray data, QObject *parent)
    : QIODevice(parent)
    , m_data(std::move(data))
{
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

bool OneShotBody::seek(qint64 pos)
{
    if (pos < m_handedOut || pos > m_data.size())
        return false;
    m_offset = pos;
    return QIODevice::seek(pos);
}

qint64 OneShotBody::readData(char *data, qint64 maxSize)
{
    const qint64 count = std::min(maxSize, m_data.size() - m_offset);
    if (count <= 0)
        return m_offset >= m_data.size() ? -1 : 0;
    std::memcpy(data, m_data.constData() + m_offset, static_cast<size_t>(count));
    m_offset += count;
    m_handedOut = std::max(m_handedOut, m_offset);
    return count;
}

qint64 OneShotBody::writeData(const char *, qint64)
{
    return -1;
}
