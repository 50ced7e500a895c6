// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Application.h"

#include "core/Version.h"

#include <QApplication>
#include <QIcon>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // No organisation name: data and settings live under .../MocoTrack.
    QApplication::setApplicationName(QStringLiteral(MOCOTRACK_APP_NAME));
    QApplication::setApplicationVersion(QStringLiteral(MOCOTRACK_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral(MOCOTRACK_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/mocotrack.svg")));

    Application application;
    application.start(QApplication::arguments());
    return QApplication::exec();
}
