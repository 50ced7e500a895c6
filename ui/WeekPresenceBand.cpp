// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WeekPresenceBand.h"

#include "core/models/PresencesModel.h"
#include "core/models/WeekGridModel.h"

#include <QEvent>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QScrollBar>
#include <QStyle>
#include <QTableView>

namespace {
constexpr int topMargin = 3; // room for the line that sets the band off the grid

const char *const rowNames[] = {"present", "logged", "difference"};

QString dayName(const QDate &date)
{
    return QLocale().dayName(date.dayOfWeek(), QLocale::LongFormat);
}
} // namespace

WeekPresenceBand::WeekPresenceBand(QTableView *grid, WeekGridModel *model, QWidget *parent)
    : QWidget(parent)
    , m_grid(grid)
    , m_model(model)
{
    Q_ASSERT(m_grid && m_model);
    setObjectName(QStringLiteral("weekPresenceBand"));
    setAccessibleName(tr("Presence and logged time"));
    // The band reads as the grid's continuation: same background, same row
    // height, the values right-aligned under their day like the cells.
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);

    const QString titles[] = {tr("Present"), tr("Logged"), tr("Difference")};
    const QString titleTips[] = {
        tr("Working time from your presences (clocking in and out)"),
        tr("Time of your activities, as in the totals row above"),
        tr("Present minus logged. A day more than 15 minutes off is marked with %1.")
            .arg(standOutMarker())};
    for (int row = 0; row < RowCount; ++row) {
        auto *title = new QLabel(titles[row], this);
        title->setObjectName(QStringLiteral("%1Title").arg(QLatin1String(rowNames[row])));
        title->setForegroundRole(QPalette::Text);
        title->setToolTip(titleTips[row]);
        m_titles[row] = title;
        for (int column = 0; column <= WeekColumn; ++column) {
            auto *value = new QLabel(this);
            value->setObjectName(QStringLiteral("%1%2").arg(
                QLatin1String(rowNames[row]),
                column == WeekColumn ? QStringLiteral("Week") : QString::number(column)));
            value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            value->setForegroundRole(QPalette::Text);
            m_values[row][column] = value;
        }
    }
    // The week's three are the totals, found by these names.
    m_values[PresentRow][WeekColumn]->setAccessibleDescription(tr("Presence total"));
    m_values[LoggedRow][WeekColumn]->setAccessibleDescription(tr("Booked total"));
    m_values[DifferenceRow][WeekColumn]->setAccessibleDescription(tr("Difference"));

    QHeaderView *header = m_grid->horizontalHeader();
    connect(header, &QHeaderView::sectionResized, this, &WeekPresenceBand::placeLabels);
    connect(header, &QHeaderView::geometriesChanged, this, &WeekPresenceBand::placeLabels);
    connect(m_grid->horizontalScrollBar(), &QScrollBar::valueChanged, this,
            &WeekPresenceBand::placeLabels);
    // The logged time is the grid's totals row; other rows do not matter.
    connect(m_model, &WeekGridModel::dataChanged, this, &WeekPresenceBand::onGridDataChanged);
    connect(m_model, &WeekGridModel::modelReset, this, &WeekPresenceBand::refresh);
    connect(m_model, &WeekGridModel::rowsInserted, this, &WeekPresenceBand::refresh);
    connect(m_model, &WeekGridModel::rowsRemoved, this, &WeekPresenceBand::refresh);
    updateHeight();
    hide();
}

void WeekPresenceBand::setPresences(PresencesModel *presences, const Clock *clock)
{
    if (m_presences)
        disconnect(m_presences, nullptr, this, nullptr);
    m_presences = presences;
    m_clock = clock;
    if (m_presences) {
        const auto refresh = &WeekPresenceBand::refresh;
        connect(m_presences, &PresencesModel::totalChanged, this, refresh);
        connect(m_presences, &PresencesModel::modelReset, this, refresh);
        connect(m_presences, &PresencesModel::rowsInserted, this, refresh);
        connect(m_presences, &PresencesModel::rowsRemoved, this, refresh);
        connect(m_presences, &PresencesModel::layoutChanged, this, refresh);
        connect(m_presences, &PresencesModel::dataChanged, this, refresh);
    }
    refresh();
}

PresencesModel *WeekPresenceBand::presences() const
{
    return m_presences;
}

QString WeekPresenceBand::standOutMarker() const
{
    // A warning sign where the font has one; "!" reads the same everywhere.
    static constexpr char32_t warning = 0x26A0;
    return QFontMetrics(font()).inFontUcs4(warning) ? QString::fromUcs4(&warning, 1)
                                                    : QStringLiteral("!");
}

void WeekPresenceBand::onGridDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    Q_UNUSED(topLeft)
    if (bottomRight.row() >= m_model->rowCount() - 1)
        refresh();
}

void WeekPresenceBand::refresh()
{
    if (!m_presences || !m_clock) {
        m_balance.reset();
        hide();
        return;
    }
    m_balance = WeekBalance::of(*m_presences, *m_model, *m_clock);
    if (!m_balance->hasPresence()) {
        hide();
        return;
    }
    for (int index = 0; index < 7; ++index)
        showDay(index);
    showWeek();
    if (isHidden()) {
        show();
        placeLabels();
    }
    const QHeaderView *header = m_grid->horizontalHeader();
    for (int column = 0; column <= WeekColumn; ++column) {
        if (widthHint(column) > header->sectionSize(sectionOf(column))) {
            emit widthHintGrew();
            break;
        }
    }
}

void WeekPresenceBand::showDay(int index)
{
    using State = WeekBalance::DayState;
    const WeekBalance::Day &day = m_balance->day(index);
    const QString name = dayName(day.date);
    const QString note = m_balance->dayNote(index);
    const QString present = WeekBalance::durationText(day.presentSeconds);
    //: Accessible description of a day's present time, e.g. "Present on Monday"
    QString presentDescription = tr("Present on %1").arg(name);
    if (day.state == State::Open || day.state == State::EndUnknown)
        presentDescription += QStringLiteral(": ") + note;
    setValue(PresentRow, index,
             day.state == State::Open
                 //: Present time while clocked in, with the week grid's running marker
                 ? tr("● %1").arg(present)
                 : present,
             present, presentDescription, false, day.presentSeconds == 0);

    const QString logged = WeekBalance::durationText(day.loggedSeconds);
    //: Accessible description of a day's logged time, e.g. "Logged on Monday"
    setValue(LoggedRow, index, logged, logged, tr("Logged on %1").arg(name), false,
             day.loggedSeconds == 0);

    QString text;
    QString spoken;
    switch (day.state) {
    case State::NoPresence:
        //: Screen reader text of a day without presence in the difference row
        spoken = tr("none");
        break;
    case State::EndUnknown:
        text = QStringLiteral("?");
        //: Screen reader text of a difference that cannot be told (never clocked out)
        spoken = tr("unknown");
        break;
    case State::Closed:
    case State::Open:
        spoken = WeekBalance::differenceText(day.differenceSeconds);
        text = day.standsOut ? standOutMarker() + QLatin1Char(' ') + spoken : spoken;
        break;
    }
    //: Accessible description of a day's difference, e.g.
    //: "Difference on Monday: 0:35 not logged yet"
    const QString description = note.isEmpty() ? tr("Difference on %1").arg(name)
                                               : tr("Difference on %1: %2").arg(name, note);
    setValue(DifferenceRow, index, text, spoken, description, day.standsOut, false);
    m_values[DifferenceRow][index]->setToolTip(note.isEmpty() ? description : note);
}

void WeekPresenceBand::showWeek()
{
    const QString present = WeekBalance::durationText(m_balance->presentSeconds());
    setValue(PresentRow, WeekColumn, present, present, tr("Presence total"), false, false);
    m_values[PresentRow][WeekColumn]->setToolTip(tr("Present this week"));
    const QString logged = WeekBalance::durationText(m_balance->loggedSeconds());
    setValue(LoggedRow, WeekColumn, logged, logged, tr("Booked total"), false, false);
    m_values[LoggedRow][WeekColumn]->setToolTip(tr("Logged this week"));
    const QString difference = WeekBalance::differenceText(m_balance->differenceSeconds());
    const bool standsOut = m_balance->weekStandsOut();
    setValue(DifferenceRow, WeekColumn,
             standsOut ? standOutMarker() + QLatin1Char(' ') + difference : difference, difference,
             tr("Difference"), standsOut, false);
    m_values[DifferenceRow][WeekColumn]->setToolTip(m_balance->weekNote());
}

void WeekPresenceBand::setValue(Row row, int column, const QString &text,
                                const QString &accessibleName, const QString &description,
                                bool marked, bool muted)
{
    QLabel *label = m_values[row][column];
    // Only what changed: the band is refreshed every second while clocked
    // in, and every change is an accessibility event.
    if (label->text() != text)
        label->setText(text);
    if (label->accessibleName() != accessibleName)
        label->setAccessibleName(accessibleName);
    if (label->accessibleDescription() != description)
        label->setAccessibleDescription(description);
    if (label->toolTip() != description)
        label->setToolTip(description);
    if (label->font().bold() != marked) {
        QFont font = label->font();
        font.setBold(marked);
        label->setFont(font);
    }

    const QColor colour = palette().color(muted ? QPalette::PlaceholderText : QPalette::Text);
    if (label->palette().color(QPalette::Text) != colour) {
        QPalette palette = label->palette();
        palette.setColor(QPalette::Text, colour);
        label->setPalette(palette);
    }
}

int WeekPresenceBand::widthHint(int column) const
{
    if (isHidden())
        return 0;
    int widest = 0;
    for (int row = 0; row < RowCount; ++row) {
        const QLabel *label = m_values[row][column];
        // The text in the label's own (possibly bold) font, plus its margins.
        widest =
            qMax(widest, label->fontMetrics().horizontalAdvance(label->text()) + 2 * textMargin());
    }
    return widest;
}

int WeekPresenceBand::textMargin() const
{
    // The cells' own text margin, so the numbers line up with those above.
    return m_grid->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_grid) + 1;
}

int WeekPresenceBand::sectionOf(int column)
{
    return column == WeekColumn ? int(WeekGridModel::TotalColumn)
                                : WeekGridModel::MondayColumn + column;
}

int WeekPresenceBand::rowHeight() const
{
    return m_grid->verticalHeader()->defaultSectionSize();
}

void WeekPresenceBand::updateHeight()
{
    setFixedHeight(topMargin + RowCount * rowHeight() + topMargin);
}

void WeekPresenceBand::placeLabels()
{
    if (isHidden() || !window())
        return;
    const QHeaderView *header = m_grid->horizontalHeader();
    const QWidget *viewport = m_grid->viewport();
    const int margin = textMargin();
    const int height = rowHeight();
    auto place = [&](QLabel *label, int section, int row) {
        const QPoint origin(header->sectionViewportPosition(section), 0);
        const int x = mapFrom(window(), viewport->mapTo(window(), origin)).x();
        label->setContentsMargins(margin, 0, margin, 0);
        label->setGeometry(x, topMargin + row * height, header->sectionSize(section), height);
    };
    for (int row = 0; row < RowCount; ++row) {
        place(m_titles[row], WeekGridModel::LabelColumn, row);
        for (int column = 0; column <= WeekColumn; ++column) {
            place(m_values[row][column], sectionOf(column), row);
        }
    }
}

void WeekPresenceBand::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
        updateHeight();
        placeLabels();
        break;
    case QEvent::PaletteChange:
        refresh(); // the muted colour follows the palette
        break;
    default:
        break;
    }
}

void WeekPresenceBand::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeLabels();
}

void WeekPresenceBand::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    placeLabels();
}

void WeekPresenceBand::paintEvent(QPaintEvent *event)
{
    QWidget::paintEvent(event);
    QPainter painter(this);
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawLine(0, 0, width(), 0);
}
