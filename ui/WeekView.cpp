// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WeekView.h"

#include "WeekCellDelegate.h"
#include "WeekPresenceBand.h"
#include "core/models/ItemDataRole.h"
#include "core/models/PresencesModel.h"
#include "core/models/WeekGridModel.h"

#include <QAccessible>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPoint>
#include <QTableView>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>

#include <utility>

using namespace std::chrono_literals;

WeekView::WeekView(WeekGridModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(new QTableView(this))
    , m_delegate(new WeekCellDelegate(this))
    , m_emptyState(new QLabel(this))
    , m_message(new QLabel(this))
    , m_band(new WeekPresenceBand(m_view, model, this))
    , m_tick(new QTimer(this))
{
    Q_ASSERT(m_model);
    setObjectName(QStringLiteral("weekView"));

    m_view->setObjectName(QStringLiteral("weekGrid"));
    m_view->setAccessibleName(tr("Week"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(m_delegate);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    // Tab leaves the grid like any other control; arrows move between cells.
    m_view->setTabKeyNavigation(false);
    m_view->setWordWrap(false);
    // "Project · Task · Description": the middle goes, so both the project
    // and the end of the description stay readable (the tooltip has all).
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->verticalHeader()->hide();
    // One line of text per row, as in the day view, so a week fits.
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    QHeaderView *header = m_view->horizontalHeader();
    header->setMinimumSectionSize(0);
    // The label column takes the room left by the days (fitColumns()).
    header->setSectionResizeMode(QHeaderView::Fixed);
    header->setSectionResizeMode(WeekGridModel::LabelColumn, QHeaderView::Stretch);
    header->setToolTip(tr("Double-click a day to open it in the day view."));

    m_emptyState->setObjectName(QStringLiteral("weekEmptyState"));
    m_emptyState->setWordWrap(true);
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setAccessibleDescription(tr("Week hint"));
    m_emptyState->setText(tr("No activities this week. Add one in the day view; then you can type "
                             "the time of other days into this grid."));

    m_message->setObjectName(QStringLiteral("weekMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Its text is what a screen reader must read; the description says what it is.
    m_message->setAccessibleDescription(tr("Why the last entry was not saved"));
    m_message->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_emptyState);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_band);
    layout->addWidget(m_message);

    m_tick->setInterval(1s);
    connect(m_tick, &QTimer::timeout, this, &WeekView::onTick);
    connect(m_view, &QTableView::activated, this, &WeekView::onActivated);
    connect(header, &QHeaderView::sectionDoubleClicked, this, &WeekView::onHeaderDoubleClicked);
    connect(m_delegate, &WeekCellDelegate::inputRejected, this, &WeekView::onInputRejected);
    connect(m_delegate, &WeekCellDelegate::inputAccepted, this, &WeekView::clearMessage);
    connect(m_model, &WeekGridModel::cellChangeRefused, this, &WeekView::onChangeRefused);
    // A marked difference is wider than the cells above it; the column widens.
    connect(m_band, &WeekPresenceBand::widthHintGrew, this, &WeekView::fitColumns,
            Qt::QueuedConnection);
    connect(m_model, &WeekGridModel::modelReset, this, &WeekView::onModelReset);
    // A re-feed of the same week changes rows and cells in place (the
    // current cell and the selection stay); the view follows it here.
    connect(m_model, &WeekGridModel::rowsInserted, this, &WeekView::onRowsChanged);
    connect(m_model, &WeekGridModel::rowsRemoved, this, &WeekView::onRowsChanged);
    connect(m_model, &WeekGridModel::layoutChanged, this, &WeekView::onRowsChanged);
    connect(m_model, &WeekGridModel::dataChanged, this, &WeekView::onDataChanged);
    onModelReset();
}

WeekView::~WeekView()
{
    // ~QWidget would close the open editor after this destructor has run:
    // its focus-out would commit into a view that is half gone (Qt aborts on
    // that). Save it here, while the view is whole, and close it.
    commitOpenEditor();
    disconnect(m_delegate, nullptr, this, nullptr);
    disconnect(m_model, nullptr, this, nullptr);
    if (m_presences)
        disconnect(m_presences, nullptr, this, nullptr);
}

void WeekView::commitOpenEditor()
{
    const QList<QWidget *> editors =
        m_view->viewport()->findChildren<QWidget *>(Qt::FindDirectChildrenOnly);
    for (QWidget *editor : editors) {
        if (!m_delegate->isOpenEditor(editor))
            continue;
        // The same path as leaving the cell: the delegate reads the entry and
        // hands it to the model, which plans the change; an unreadable entry
        // is refused there and cannot be kept.
        emit m_delegate->commitData(editor);
        emit m_delegate->closeEditor(editor, QAbstractItemDelegate::NoHint);
    }
}

void WeekView::setPresences(PresencesModel *weekPresences, const Clock *clock)
{
    if (m_presences)
        disconnect(m_presences, nullptr, this, nullptr);
    m_presences = weekPresences;
    m_band->setPresences(weekPresences, clock);
    if (m_presences) {
        // Clocking in or out starts or stops the tick.
        connect(m_presences, &PresencesModel::totalChanged, this, &WeekView::updateTick);
        connect(m_presences, &PresencesModel::modelReset, this, &WeekView::updateTick);
    }
    updateTick();
}

void WeekView::setToday(const QDate &today)
{
    if (m_delegate->today() == today)
        return;
    m_delegate->setToday(today);
    m_view->viewport()->update();
}

QAbstractItemView *WeekView::gridView() const
{
    return m_view;
}

QString WeekView::messageText() const
{
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

bool WeekView::isShowingEmptyState() const
{
    return m_emptyState->isVisibleTo(this);
}

void WeekView::onActivated(const QModelIndex &index)
{
    if (index.flags() & Qt::ItemIsEditable) {
        // Enter on a day of a row edits it, as F2 does.
        m_view->edit(index);
        return;
    }
    if (!m_model->isTotalsRow(index.row()))
        return;
    const QDate date = index.data(ItemDataRole::CellDate).toDate();
    if (date.isValid())
        emit dayActivated(date);
}

void WeekView::onHeaderDoubleClicked(int section)
{
    const QDate date =
        m_model->headerData(section, Qt::Horizontal, ItemDataRole::CellDate).toDate();
    if (date.isValid())
        emit dayActivated(date);
}

void WeekView::onInputRejected(const QModelIndex &index, const QString &text, const QString &error)
{
    Q_UNUSED(text) // the editor stays open with it, or the parser's message quotes it
    showMessage(index, error);
}

void WeekView::onChangeRefused(const QModelIndex &index, const QString &reason)
{
    showMessage(index, reason);
    if (m_view->isVisible()) {
        const QRect cell = m_view->visualRect(index);
        QToolTip::showText(m_view->viewport()->mapToGlobal(cell.bottomLeft()), reason,
                           m_view->viewport(), cell);
    }
}

void WeekView::showMessage(const QModelIndex &index, const QString &message)
{
    const QDate date = index.data(ItemDataRole::CellDate).toDate();
    //: Under the week grid: the day and why its entry was not saved
    const QString text =
        date.isValid() ? tr("%1: %2").arg(QLocale().toString(date, QLocale::LongFormat), message)
                       : message;
    m_message->setText(text);
    m_message->show();
    m_messageWeek = m_model->monday();
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QAccessibleAnnouncementEvent announcement(m_message, text);
    QAccessible::updateAccessibility(&announcement);
#endif
}

void WeekView::clearMessage()
{
    m_message->clear();
    m_message->hide();
}

void WeekView::onModelReset()
{
    // Another week. The message goes with the week it speaks of; a sync
    // re-feeding the same week changes it in place and keeps the message.
    if (m_model->monday() != m_messageWeek)
        clearMessage();
    onRowsChanged();
}

void WeekView::onRowsChanged()
{
    // Only the totals row: nothing to type into yet.
    m_emptyState->setVisible(m_model->rowCount() <= 1);
    fitColumns();
    updateTick();
}

void WeekView::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    // A timer started or stopped in a row that stays.
    updateTick();
    // A longer time may need a wider column. Measuring every column is
    // costly (every row's cells), so the changed cells are looked at once
    // after a whole re-feed, which announces them one by one.
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        for (int column = topLeft.column(); column <= bottomRight.column(); ++column)
            m_changedCells.append(QPoint(column, row));
    }
    if (m_fitPending)
        return;
    m_fitPending = true;
    QMetaObject::invokeMethod(this, &WeekView::fitChangedCells, Qt::QueuedConnection);
}

void WeekView::fitChangedCells()
{
    m_fitPending = false;
    const QList<QPoint> cells = std::exchange(m_changedCells, {});
    // A shorter time leaves its column as it is: no jitter while a timer
    // runs; the next week or resize fits it again.
    const auto *view = static_cast<const QAbstractItemView *>(m_view);
    const QHeaderView *header = m_view->horizontalHeader();
    const int grid = m_view->showGrid() ? 1 : 0; // as QTableView::sizeHintForColumn counts
    for (const QPoint &cell : cells) {
        const QModelIndex index = m_model->index(cell.y(), cell.x());
        if (!index.isValid() || index.column() == WeekGridModel::LabelColumn)
            continue; // rows went meanwhile; the label column stretches
        if (view->sizeHintForIndex(index).width() + grid > header->sectionSize(index.column())) {
            fitColumns();
            return;
        }
    }
}

void WeekView::fitColumns()
{
    // Day and total columns as wide as their header ("Mon 23 Nov 2026") when
    // there is room; in a narrow window they give way down to their cells'
    // width and the header elides (its tooltip keeps the full date), so the
    // project · task · description column always stays readable.
    QHeaderView *header = m_view->horizontalHeader();
    const auto *view = static_cast<const QAbstractItemView *>(m_view);
    const int labelMinimum = fontMetrics().averageCharWidth() * 24;
    const int spare = m_view->viewport()->width() - labelMinimum;
    const int columns = WeekGridModel::ColumnCount - WeekGridModel::MondayColumn;
    QList<int> wanted;
    QList<int> needed;
    int sumWanted = 0;
    for (int column = WeekGridModel::MondayColumn; column < WeekGridModel::ColumnCount; ++column) {
        // The presence band under the grid shares the columns.
        const int cells = qMax(view->sizeHintForColumn(column),
                               m_band->widthHint(column - WeekGridModel::MondayColumn));
        needed.append(cells);
        wanted.append(qMax(cells, header->sectionSizeHint(column)));
        sumWanted += wanted.last();
    }
    const int share = spare / columns;
    for (int i = 0; i < columns; ++i) {
        const int width =
            sumWanted <= spare ? wanted.at(i) : qMax(needed.at(i), qMin(wanted.at(i), share));
        header->resizeSection(WeekGridModel::MondayColumn + i, width);
    }
}

void WeekView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitColumns();
}

bool WeekView::hasRunningTimer() const
{
    const int totals = m_model->rowCount() - 1;
    return m_model->index(totals, WeekGridModel::TotalColumn)
        .data(ItemDataRole::IsRunning)
        .toBool();
}

bool WeekView::isClockedInToday() const
{
    return m_presences && m_presences->openRowToday() >= 0;
}

void WeekView::onTick()
{
    if (hasRunningTimer())
        m_model->refreshElapsed();
    if (isClockedInToday())
        m_presences->refreshElapsed();
}

void WeekView::updateTick()
{
    // Live totals only while someone can see them and a timer runs or an
    // open presence grows; the models compute them from timestamps, the
    // tick only asks for a repaint.
    if (isVisible() && (hasRunningTimer() || isClockedInToday())) {
        if (!m_tick->isActive()) // a restart would delay the next tick
            m_tick->start();
    } else {
        m_tick->stop();
    }
}

void WeekView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    fitColumns();
    m_model->refreshElapsed();
    if (m_presences)
        m_presences->refreshElapsed();
    updateTick();
}

void WeekView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_tick->stop();
}
