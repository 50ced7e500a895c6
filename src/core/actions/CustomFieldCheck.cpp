// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/actions/CustomFieldCheck.h"

#include <QJsonDocument>
#include <QUrl>

#include <algorithm>

using Kind = CustomFieldDefinition::Kind;

bool CustomFieldCheck::hasAllowedScheme(const QString &link)
{
    static const QStringList schemes{QStringLiteral("http"), QStringLiteral("https"),
                                     QStringLiteral("mailto"), QStringLiteral("tel")};
    const QUrl url(link.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || !schemes.contains(url.scheme().toLower()))
        return false;
    // "https:" alone names no place.
    return url.scheme().startsWith(QLatin1String("http")) ? !url.host().isEmpty()
                                                          : !url.path().isEmpty();
}

QString CustomFieldCheck::problem(const CustomFieldDefinition &definition,
                                  const CustomFieldValue &value)
{
    if (value.isEmpty() || !definition.isKnownKind())
        return {}; // an unknown kind is MOCO's to judge
    switch (definition.kind) {
    case Kind::Date:
        if (value.isList() || !value.toDate())
            //: A custom field of kind Date
            return tr("Enter a date such as 2026-12-31, or leave it empty.");
        return {};
    case Kind::Link:
        if (value.isList() || !hasAllowedScheme(value.text()))
            return tr("Enter a link that starts with https://, http://, mailto: or tel:.");
        return {};
    case Kind::Boolean:
        if (value.isList() ||
            (value.text() != QLatin1String("0") && value.text() != QLatin1String("1")))
            return tr("Choose yes or no.");
        return {};
    case Kind::Select:
        if (value.isList() || !definition.defaults.contains(value.text()))
            return tr("Choose one of the options; “%1” is not one of them.").arg(value.text());
        return {};
    case Kind::MultiSelect: {
        const QStringList chosen = value.list();
        const auto unknown = std::find_if(chosen.cbegin(), chosen.cend(), [&](const QString &item) {
            return !definition.defaults.contains(item);
        });
        if (unknown != chosen.cend())
            return tr("Choose among the options; “%1” is not one of them.").arg(*unknown);
        return {};
    }
    case Kind::String:
    case Kind::Textarea:
        return {};
    }
    return {};
}

QString CustomFieldCheck::sizeProblem(const CustomFieldValues &all)
{
    const qsizetype bytes = QJsonDocument(all.toJson()).toJson(QJsonDocument::Compact).size();
    if (bytes <= maxRecordBytes)
        return {};
    //: %1 and %2 are sizes in kilobytes, e.g. "12.4" and "12"
    return tr("All fields together are %1 kB; MOCO keeps at most %2 kB per record. Shorten a "
              "long text.")
        .arg(QString::number(double(bytes) / 1000.0, 'f', 1))
        .arg(maxRecordBytes / 1000);
}
