// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/TestData.h"

#include <QDir>
#include <QFile>
#include <QtTest>

namespace TestData {

QString path(const QString &relative)
{
    QString root = qEnvironmentVariable("MOCOTRACK_TEST_DATA");
    if (root.isEmpty())
        root = QStringLiteral(MOCOTRACK_SOURCE_DIR "/tests/data");
    return QDir(root).filePath(relative);
}

QByteArray read(const QString &relative)
{
    QFile file(path(relative));
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("missing test fixture %s", qPrintable(file.fileName()));
        return {};
    }
    return file.readAll();
}

} // namespace TestData
