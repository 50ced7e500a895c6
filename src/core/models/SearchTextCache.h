// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

// Remembers SearchText::haystack() and fold() per distinct text while a model builds
// its rows: customer, project and task names (and many descriptions) repeat
// across thousands of activities, and folding is the expensive part.
// Short-lived: one per rebuild.
class SearchTextCache
{
public:
    const QString &haystack(const QString &text); // SearchText::haystack
    const QString &fold(const QString &text);     // SearchText::fold

private:
    QHash<QString, QString> m_haystacks;
    QHash<QString, QString> m_folds;
};
