// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/SearchText.h"

#include <algorithm>

QString SearchText::fold(const QString &text)
{
    // Most names are plain ASCII: lower-casing is all they need, and it is
    // far cheaper than a Unicode decomposition.
    if (std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; }))
        return text.toLower();
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        switch (c.unicode()) {
        case 0x00DF: // ß
        case 0x1E9E: // ẞ
            folded += QLatin1String("ss");
            break;
        case 0x00D8: // Ø
        case 0x00F8:
            folded += QLatin1Char('o');
            break;
        case 0x00C6: // Æ
        case 0x00E6:
            folded += QLatin1String("ae");
            break;
        case 0x0152: // Œ
        case 0x0153:
            folded += QLatin1String("oe");
            break;
        case 0x0141: // Ł
        case 0x0142:
            folded += QLatin1Char('l');
            break;
        case 0x0110: // Đ
        case 0x0111:
            folded += QLatin1Char('d');
            break;
        default:
            folded += c.toCaseFolded();
        }
    }
    return folded;
}

QString SearchText::haystack(const QString &text)
{
    const QString folded = fold(text);
    static const QString umlauts = QStringLiteral("äöüÄÖÜ");
    if (!std::any_of(text.cbegin(), text.cend(), [](QChar c) { return umlauts.contains(c); }))
        return folded;
    QString spelled = text;
    spelled.replace(QStringLiteral("ä"), QStringLiteral("ae"))
        .replace(QStringLiteral("ö"), QStringLiteral("oe"))
        .replace(QStringLiteral("ü"), QStringLiteral("ue"))
        .replace(QStringLiteral("Ä"), QStringLiteral("Ae"))
        .replace(QStringLiteral("Ö"), QStringLiteral("Oe"))
        .replace(QStringLiteral("Ü"), QStringLiteral("Ue"));
    // A separator no typed word contains, so no match spans both spellings.
    return folded + QChar(0x1F) + fold(spelled);
}

QStringList SearchText::needles(const QString &typed)
{
    return fold(typed).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QStringList SearchText::words(const QString &text)
{
    QStringList words;
    const QString folded = haystack(text);
    const auto add = [&words](QStringView word) {
        if (!word.isEmpty() && !words.contains(word))
            words.append(word.toString());
    };
    for (const QStringView token : QStringView(folded).split(QChar(0x1F))) {
        for (const QStringView spaced : token.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            add(spaced);
            qsizetype start = 0;
            for (qsizetype i = 0; i <= spaced.size(); ++i) {
                if (i < spaced.size() && spaced.at(i).isLetterOrNumber())
                    continue;
                if (start > 0 || i < spaced.size())
                    add(spaced.sliced(start, i - start));
                start = i + 1;
            }
        }
    }
    return words;
}

bool SearchText::matches(const QString &haystack, const QStringList &needles)
{
    for (const QString &needle : needles) {
        if (!haystack.contains(needle))
            return false;
    }
    return true;
}
