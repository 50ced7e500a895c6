// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/SearchTextCache.h"

#include "core/models/SearchText.h"

const QString &SearchTextCache::haystack(const QString &text)
{
    auto found = m_haystacks.find(text);
    if (found == m_haystacks.end())
        found = m_haystacks.insert(text, SearchText::haystack(text));
    return found.value();
}

const QString &SearchTextCache::fold(const QString &text)
{
    auto found = m_folds.find(text);
    if (found == m_folds.end())
        found = m_folds.insert(text, SearchText::fold(text));
    return found.value();
}
