// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DurationEdit.h"

#include "ErrorPalette.h"
#include "core/models/DurationParser.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>

#include <algorithm>

DurationEdit::DurationEdit(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_hint(new QLabel(this))
    , m_error(new QLabel(this))
{
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 0, 0);
    layout->addWidget(m_hint, 0, 1);
    layout->addWidget(m_error, 1, 0, 1, 2);
    layout->setColumnStretch(1, 1);
    setFocusProxy(m_edit);

    m_edit->setAccessibleName(tr("Duration"));
    //: Placeholder of a duration field
    m_edit->setPlaceholderText(tr("e.g. 1:30"));
    m_edit->setMaximumWidth(m_edit->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 14);

    // Both labels are read out by their text; the description says what they are.
    m_hint->setAccessibleDescription(tr("Parsed duration"));
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_error->setAccessibleDescription(tr("Duration error"));
    m_error->setWordWrap(true);
    ErrorPalette::applyTo(m_error);
    m_error->hide();

    connect(m_edit, &QLineEdit::textChanged, this, &DurationEdit::onTextChanged);
    connect(m_edit, &QLineEdit::textEdited, this, &DurationEdit::secondsChanged);
}

std::optional<qint64> DurationEdit::seconds() const
{
    if (m_exactSeconds && m_edit->text() == m_exactText)
        return m_exactSeconds;
    const DurationParser::Result result = DurationParser::parse(m_edit->text());
    return result.ok ? std::optional<qint64>(result.seconds) : std::nullopt;
}

bool DurationEdit::isValid() const
{
    if (m_edit->text().trimmed().isEmpty())
        return m_allowEmpty;
    return seconds().has_value();
}

void DurationEdit::setAllowEmpty(bool allow)
{
    m_allowEmpty = allow;
}

void DurationEdit::setSeconds(qint64 seconds)
{
    const qint64 minutes = (std::max<qint64>(seconds, 0) + 30) / 60;
    m_exactText =
        QStringLiteral("%1:%2").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
    m_exactSeconds = seconds;
    m_edit->setText(m_exactText);
}

void DurationEdit::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
}

bool DurationEdit::validate()
{
    if (isValid()) {
        showError({});
        return true;
    }
    showError(DurationParser::parse(m_edit->text()).error);
    return false;
}

void DurationEdit::setErrorText(const QString &text)
{
    showError(text);
}

QString DurationEdit::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString DurationEdit::hintText() const
{
    return m_hint->text();
}

void DurationEdit::onTextChanged()
{
    const QString text = m_edit->text();
    if (text.trimmed().isEmpty()) {
        m_hint->clear();
        showError({});
        return;
    }
    if (m_exactSeconds && text == m_exactText) {
        //: The parsed duration next to the field, e.g. "= 1 h 30 min"
        m_hint->setText(DurationParser::tr("= %1").arg(DurationParser::describe(*m_exactSeconds)));
        showError({});
        return;
    }
    const DurationParser::Result result = DurationParser::parse(text);
    m_hint->setText(result.ok ? result.hint : QString());
    showError(result.ok ? QString() : result.error);
}

void DurationEdit::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}
