// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

void Translations::install(QObject *owner)
{
    auto *qtTranslator = new QTranslator(owner);
    if (qtTranslator->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto *appTranslator = new QTranslator(owner);
    // A language without a catalogue (or the C locale) gets English, whose
    // catalogue holds the plural forms ("1 change", "2 changes").
    if (appTranslator->load(QLocale(), QStringLiteral("mocotrack"), QStringLiteral("_"),
                            QStringLiteral(":/i18n")) ||
        appTranslator->load(QStringLiteral("mocotrack_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(appTranslator);
}
