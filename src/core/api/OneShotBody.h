// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QIODevice>

// The body of a non-idempotent request (a POST), handed to QNetworkAccessManager
// as a device that cannot be rewound once read. QNAM silently re-sends a
// request whose connection closed before the answer came, even a POST that the
// server may already have stored; with this body the re-send fails
// (ContentReSendError) and the scheduler's rule applies instead: a POST that
// may have arrived is never sent again.
class OneShotBody : public QIODevice
{
    Q_OBJECT
public:
    explicit OneShotBody(QByteArray data, QObject *parent = nullptr);

    bool isSequential() const override { return false; }
    qint64 size() const override { return m_data.size(); }
    bool seek(qint64 pos) override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    QByteArray m_data;
    qint64 m_offset = 0;
    qint64 m_handedOut = 0; // bytes read so far: never handed out twice
};
