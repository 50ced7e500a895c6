// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DateNavigator.h"

#include <QButtonGroup>
#include <QCalendarWidget>
#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QRegularExpression>
#include <QScreen>
#include <QStyle>
#include <QTextCharFormat>
#include <QToolButton>

namespace {
QString shortcutText(const QKeySequence &sequence)
{
    return sequence.toString(QKeySequence::NativeText);
}

// The locale's long date without the weekday: "d MMMM yyyy", "MMMM d, yyyy",
// "d. MMMM yyyy", "d 'de' MMMM 'de' yyyy" — the parts a date range is built of.
QString longDateFormatWithoutWeekday(const QLocale &locale)
{
    static const QRegularExpression weekday(QStringLiteral("\\s*,?\\s*d{3,4}[,.]?\\s*"));
    QString format = locale.dateFormat(QLocale::LongFormat);
    format.remove(weekday);
    return format.trimmed();
}

// The format with a trailing year (and a quoted word before it, as in
// Spanish "… 'de' yyyy") removed; empty when the year is not at the end, in
// which case both ends of a range keep their year.
QString withoutTrailingYear(const QString &format)
{
    static const QRegularExpression year(QStringLiteral("[\\s,]*('[^']*'\\s*)?y+\\.?\\s*$"));
    QString shortened = format;
    shortened.remove(year);
    if (shortened == format || !shortened.contains(QLatin1Char('d')))
        return {};
    return shortened.trimmed();
}
} // namespace

DateNavigator::DateNavigator(QWidget *parent)
    : QWidget(parent)
    , m_previous(addButton(QStringLiteral("previousButton")))
    , m_todayButton(addButton(QStringLiteral("todayButton")))
    , m_next(addButton(QStringLiteral("nextButton")))
    , m_label(new QLabel(this))
    , m_pick(addButton(QStringLiteral("datePickerButton")))
    , m_dayView(addButton(QStringLiteral("dayViewButton")))
    , m_weekView(addButton(QStringLiteral("weekViewButton")))
    , m_refresh(addButton(QStringLiteral("refreshButton")))
    , m_modes(new QButtonGroup(this))
    , m_calendar(new QCalendarWidget(this))
{
    setObjectName(QStringLiteral("dateNavigator"));
    m_previous->setArrowType(Qt::LeftArrow);
    m_next->setArrowType(Qt::RightArrow);
    m_refresh->setIcon(style()->standardIcon(QStyle::SP_BrowserReload, nullptr, this));
    m_refresh->setToolButtonStyle(Qt::ToolButtonIconOnly);
    const QIcon calendarIcon = QIcon::fromTheme(QStringLiteral("x-office-calendar"));
    if (calendarIcon.isNull())
        m_pick->setArrowType(Qt::DownArrow);
    else
        m_pick->setIcon(calendarIcon);

    m_label->setObjectName(QStringLiteral("dateLabel"));
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont font = m_label->font();
    font.setBold(true);
    m_label->setFont(font);

    m_dayView->setCheckable(true);
    m_weekView->setCheckable(true);
    m_dayView->setChecked(true);
    m_modes->setExclusive(true);
    m_modes->addButton(m_dayView, static_cast<int>(Mode::Day));
    m_modes->addButton(m_weekView, static_cast<int>(Mode::Week));

    // A popup of its own rather than a QMenu: QToolButton shows menus with a
    // nested event loop.
    m_calendar->setObjectName(QStringLiteral("datePicker"));
    m_calendar->setWindowFlags(Qt::Popup);
    m_calendar->setVerticalHeaderFormat(QCalendarWidget::ISOWeekNumbers);
    m_calendar->hide();

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_previous);
    layout->addWidget(m_todayButton);
    layout->addWidget(m_next);
    layout->addSpacing(style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing, nullptr, this));
    layout->addWidget(m_label);
    layout->addWidget(m_pick);
    layout->addStretch(1);
    layout->addWidget(m_dayView);
    layout->addWidget(m_weekView);
    layout->addSpacing(style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing, nullptr, this));
    layout->addWidget(m_refresh);

    connect(m_previous, &QToolButton::clicked, this, &DateNavigator::previousRequested);
    connect(m_todayButton, &QToolButton::clicked, this, &DateNavigator::todayRequested);
    connect(m_next, &QToolButton::clicked, this, &DateNavigator::nextRequested);
    connect(m_refresh, &QToolButton::clicked, this, &DateNavigator::refreshRequested);
    connect(m_pick, &QToolButton::clicked, this, &DateNavigator::openDatePicker);
    connect(m_modes, &QButtonGroup::idClicked, this, &DateNavigator::onModeClicked);
    connect(m_calendar, &QCalendarWidget::activated, this, &DateNavigator::onCalendarPicked);
    connect(m_calendar, &QCalendarWidget::clicked, this, &DateNavigator::onCalendarPicked);

    retranslate();
    updateLabel();
}

QToolButton *DateNavigator::addButton(const QString &objectName)
{
    auto *button = new QToolButton(this);
    button->setObjectName(objectName);
    button->setAutoRaise(true);
    return button;
}

void DateNavigator::setDate(const QDate &date, Mode mode, const QDate &today)
{
    if (m_today.isValid() && m_today != today)
        m_calendar->setDateTextFormat(m_today, {});
    m_date = date;
    m_mode = mode;
    m_today = today;
    if (m_today.isValid()) {
        QTextCharFormat todayFormat;
        todayFormat.setFontWeight(QFont::Bold);
        todayFormat.setFontUnderline(true);
        m_calendar->setDateTextFormat(m_today, todayFormat);
    }
    (mode == Mode::Day ? m_dayView : m_weekView)->setChecked(true);
    retranslate();
    updateLabel();
}

QString DateNavigator::labelText() const
{
    return m_label->text();
}

QString DateNavigator::weekText(const QDate &date)
{
    const QLocale locale;
    const QDate monday = date.addDays(1 - date.dayOfWeek());
    const QDate sunday = monday.addDays(6);
    const QString full = longDateFormatWithoutWeekday(locale);
    const QString noYear = withoutTrailingYear(full);
    QString startFormat = full;
    QString endFormat = full;
    if (monday.year() == sunday.year() && !noYear.isEmpty()) {
        startFormat = noYear;
        if (monday.month() == sunday.month()) {
            static const QRegularExpression dayFirst(QStringLiteral("^d{1,2}\\.?"));
            static const QRegularExpression monthFirst(QStringLiteral("^M{3,4}\\s+(?=d)"));
            const QRegularExpressionMatch day = dayFirst.match(full);
            const QRegularExpressionMatch month = monthFirst.match(full);
            if (day.hasMatch()) {
                startFormat = day.captured(); // "23–29 November 2026"
            } else if (month.hasMatch()) {
                endFormat = full.mid(month.capturedLength()); // "November 23–29, 2026"
            }
        }
    }
    int weekYear = 0;
    const int week = monday.weekNumber(&weekYear);
    //: The week view's date label: ISO week number, first and last day, e.g.
    //: "Week 48 · 23–29 November 2026" (the day parts follow the locale).
    return tr("Week %1 · %2–%3")
        .arg(locale.toString(week), locale.toString(monday, startFormat),
             locale.toString(sunday, endFormat));
}

void DateNavigator::openDatePicker()
{
    if (m_date.isValid())
        m_calendar->setSelectedDate(m_date);
    m_calendar->adjustSize();
    QPoint position = m_pick->mapToGlobal(QPoint(0, m_pick->height()));
    if (const QScreen *screen = m_pick->screen()) {
        const QRect available = screen->availableGeometry();
        position.setX(qBound(available.left(), position.x(),
                             qMax(available.left(), available.right() - m_calendar->width())));
        if (position.y() + m_calendar->height() > available.bottom())
            position.setY(m_pick->mapToGlobal(QPoint(0, 0)).y() - m_calendar->height());
    }
    m_calendar->move(position);
    m_calendar->show();
    m_calendar->setFocus(Qt::PopupFocusReason);
}

void DateNavigator::onCalendarPicked(const QDate &date)
{
    m_calendar->hide();
    if (date.isValid())
        emit dateChosen(date);
}

void DateNavigator::onModeClicked(int id)
{
    const auto mode = static_cast<Mode>(id);
    if (mode != m_mode)
        emit modeRequested(mode);
}

void DateNavigator::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange) {
        retranslate();
        updateLabel();
    }
    QWidget::changeEvent(event);
}

void DateNavigator::retranslate()
{
    const QString back = shortcutText(QKeySequence(Qt::ALT | Qt::Key_Left));
    const QString forward = shortcutText(QKeySequence(Qt::ALT | Qt::Key_Right));
    const bool week = m_mode == Mode::Week;

    m_previous->setText(tr("Previous"));
    m_previous->setAccessibleName(tr("Previous"));
    m_previous->setToolTip(week ? tr("Previous week (%1)").arg(back)
                                : tr("Previous day (%1)").arg(back));
    m_next->setText(tr("Next"));
    m_next->setAccessibleName(tr("Next"));
    m_next->setToolTip(week ? tr("Next week (%1)").arg(forward) : tr("Next day (%1)").arg(forward));
    m_todayButton->setText(tr("Today"));
    m_todayButton->setAccessibleName(tr("Today"));
    m_todayButton->setToolTip(
        tr("Go to today (%1)").arg(shortcutText(QKeySequence(Qt::CTRL | Qt::Key_T))));
    m_pick->setText(tr("Choose date"));
    m_pick->setAccessibleName(tr("Choose date"));
    m_pick->setToolTip(tr("Choose a date from a calendar"));
    m_dayView->setText(tr("Day"));
    m_dayView->setAccessibleName(tr("Day view"));
    m_dayView->setToolTip(
        tr("Day view (%1)").arg(shortcutText(QKeySequence(Qt::CTRL | Qt::Key_1))));
    m_weekView->setText(tr("Week"));
    m_weekView->setAccessibleName(tr("Week view"));
    m_weekView->setToolTip(
        tr("Week view (%1)").arg(shortcutText(QKeySequence(Qt::CTRL | Qt::Key_2))));
    m_refresh->setText(tr("Refresh"));
    m_refresh->setAccessibleName(tr("Refresh"));
    m_refresh->setToolTip(tr("Refresh from MOCO (%1)").arg(shortcutText(QKeySequence(Qt::Key_F5))));
    // The label's text is what a screen reader should read; the description
    // says what it is.
    m_label->setAccessibleDescription(tr("Shown date"));
    m_calendar->setAccessibleName(tr("Choose date"));
}

void DateNavigator::updateLabel()
{
    if (!m_date.isValid()) {
        m_label->clear();
        return;
    }
    m_label->setText(m_mode == Mode::Day ? QLocale().toString(m_date, QLocale::LongFormat)
                                         : weekText(m_date));
}
