// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DayView.h"

#include "core/domain/TimerOffer.h"

#include "ActivityRowDelegate.h"
#include "DayFooter.h"
#include "QuickAddBar.h"
#include "core/models/ActivitiesModel.h"
#include "core/models/DaySummary.h"
#include "core/models/DayTreeModel.h"
#include "core/models/ItemDataRole.h"
#include "core/services/Clock.h"

#include <QAction>
#include <QBoxLayout>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QStackedWidget>
#include <QStyle>
#include <QToolButton>
#include <QTreeView>

DayView::DayView(ActivitiesModel *activities, ProjectsModel *projects, const Clock *clock,
                 QWidget *parent)
    : QWidget(parent)
    , m_activities(activities)
    , m_clock(clock)
    , m_model(new DayTreeModel(activities, this))
    , m_quickAdd(new QuickAddBar(this))
    , m_pages(new QStackedWidget(this))
    , m_tree(new QTreeView(m_pages))
    , m_empty(new QLabel(m_pages))
    , m_footer(new DayFooter(this))
    , m_rowMenu(new QMenu(this))
{
    m_quickAdd->setProjectsModel(projects);
    m_rowMenu->setObjectName(QStringLiteral("activityRowMenu"));

    m_tree->setObjectName(QStringLiteral("dayActivitiesView"));
    m_tree->setAccessibleName(tr("Activities"));
    m_tree->setModel(m_model);
    m_tree->setItemDelegate(new ActivityRowDelegate(m_tree));
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(false);
    m_tree->setItemsExpandable(false);
    m_tree->setExpandsOnDoubleClick(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    // Double-click and Enter open the editor; F2 edits in place (eventFilter).
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setTextElideMode(Qt::ElideMiddle);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    QHeaderView *header = m_tree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(DayTreeModel::ProjectTaskColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(DayTreeModel::DescriptionColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(DayTreeModel::DurationColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(DayTreeModel::ActionsColumn, QHeaderView::Fixed);
    m_tree->installEventFilter(this);

    m_empty->setObjectName(QStringLiteral("dayEmptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setAccessibleDescription(tr("Empty day"));
    m_pages->addWidget(m_tree);
    m_pages->addWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_quickAdd);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_footer);
    setFocusProxy(m_tree);

    // After setModel(): the tree has reset itself when these run.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &DayView::onAboutToReset);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DayView::onReset);
    // A store change inserts, removes and repaints rows: the rest of the
    // tree, its selection and scroll position stay as the user left them.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &DayView::onRowsInserted);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &DayView::updatePage);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &DayView::onDataChanged);
    connect(m_activities, &ActivitiesModel::totalChanged, this, &DayView::refreshFooter);
    connect(m_clock, &Clock::jumped, this, &DayView::refreshFooter);
    connect(m_tree, &QAbstractItemView::doubleClicked, this, &DayView::onDoubleClicked);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &DayView::onContextMenu);
    connect(m_quickAdd, &QuickAddBar::addRequested, this, &DayView::quickAddRequested);
    connect(m_quickAdd, &QuickAddBar::favoriteToggled, this, &DayView::favoriteToggled);

    onReset();
}

QDate DayView::date() const
{
    return m_activities->from().isValid() ? m_activities->from() : m_clock->today();
}

void DayView::setPresences(const QList<LocalPresence> &presencesOfTheDay)
{
    m_presences = presencesOfTheDay;
    refreshFooter();
}

void DayView::refreshFooter()
{
    const QDate day = date();
    m_footer->setSummary(
        DaySummary(day, m_activities->totalSecondsOn(day), m_presences, m_clock->utcNow()));
}

void DayView::setPresencesPanel(QWidget *panel)
{
    if (m_presencesPanel == panel)
        return;
    delete m_presencesPanel;
    m_presencesPanel = panel;
    if (!panel)
        return;
    auto *column = static_cast<QVBoxLayout *>(layout());
    column->insertWidget(column->indexOf(m_footer), panel);
}

QString DayView::footerText() const
{
    return m_footer->text();
}

qint64 DayView::localIdAt(const QModelIndex &index) const
{
    return index.isValid() ? index.data(ItemDataRole::LocalId).toLongLong() : 0;
}

bool DayView::isBilled(qint64 localId) const
{
    const int row = m_activities->rowOfLocalId(localId);
    return row >= 0 && m_activities->activityAt(row).activity.billed;
}

qint64 DayView::selectedLocalId() const
{
    const QModelIndexList rows = m_tree->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : localIdAt(rows.first());
}

void DayView::selectLocalId(qint64 localId)
{
    const QModelIndex index = m_model->indexOfLocalId(localId);
    if (!index.isValid())
        return;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
}

QAbstractItemView *DayView::activitiesView() const
{
    return m_tree;
}

void DayView::focusQuickAdd()
{
    m_quickAdd->focusFirstField();
}

void DayView::focusList()
{
    if (m_pages->currentWidget() != m_tree)
        return;
    if (selectedLocalId() == 0 && m_model->rowCount() > 0)
        m_tree->setCurrentIndex(m_model->index(0, 0, m_model->index(0, 0)));
    m_tree->setFocus(Qt::ShortcutFocusReason);
}

void DayView::setPlaceholder(const QString &text)
{
    m_placeholder = text;
    updatePage();
}

bool DayView::isShowingEmptyState() const
{
    return m_pages->currentWidget() == m_empty;
}

QString DayView::emptyStateText() const
{
    return m_empty->text();
}

void DayView::onAboutToReset()
{
    m_selectionToRestore = selectedLocalId();
}

void DayView::onReset()
{
    m_quickAdd->setDate(date());
    m_tree->expandAll();
    createRowButtons();
    if (m_selectionToRestore != 0)
        selectLocalId(m_selectionToRestore);
    m_selectionToRestore = 0;
    updatePage();
    refreshFooter();
}

void DayView::updatePage()
{
    if (m_model->rowCount() > 0) {
        m_pages->setCurrentWidget(m_tree);
        return;
    }
    QString text = m_placeholder;
    if (text.isEmpty()) {
        const QDate day = date();
        const QDate now = m_clock->today();
        if (day == now) {
            text = tr("No activities on this day yet. Add one above, press Ctrl+N for the full "
                      "editor, or start a timer.");
        } else if (day < now) {
            text = tr("No activities on this day. Add one above, or press Ctrl+N for the full "
                      "editor.");
        } else {
            text = tr("Nothing planned for this day yet. Add an activity above, or press Ctrl+N "
                      "for the full editor. Timers run on today only.");
        }
    }
    m_empty->setText(text);
    m_pages->setCurrentWidget(m_empty);
}

void DayView::onRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid()) {
        createRowButtons(parent, first, last, false);
    } else {
        // A customer new on this day, with its first activities.
        for (int group = first; group <= last; ++group) {
            const QModelIndex customer = m_model->index(group, 0);
            m_tree->expand(customer);
            createRowButtons(customer, 0, m_model->rowCount(customer) - 1, false);
        }
    }
    updatePage();
}

void DayView::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    // The buttons show the row's state (running, billed, which day): new ones
    // when that may have changed, not on the timer's once-a-second repaint.
    const QModelIndex parent = topLeft.parent();
    if (parent.isValid() && topLeft.column() <= DayTreeModel::ActionsColumn &&
        bottomRight.column() >= DayTreeModel::ActionsColumn)
        createRowButtons(parent, topLeft.row(), bottomRight.row(), false);
}

void DayView::createRowButtons()
{
    for (int group = 0; group < m_model->rowCount(); ++group) {
        const QModelIndex parent = m_model->index(group, 0);
        createRowButtons(parent, 0, m_model->rowCount(parent) - 1, group == 0);
    }
}

void DayView::createRowButtons(const QModelIndex &parent, int first, int last, bool fitFromScratch)
{
    int width = fitFromScratch ? 0 : m_tree->header()->sectionSize(DayTreeModel::ActionsColumn);
    for (int row = first; row <= last; ++row) {
        const QModelIndex index = m_model->index(row, DayTreeModel::ActionsColumn, parent);
        // setIndexWidget() deletes the old buttons later: safe from their own click.
        QWidget *buttons = rowButtons(index);
        width = qMax(width, buttons->sizeHint().width());
        m_tree->setIndexWidget(index, buttons);
    }
    if (width > 0)
        m_tree->header()->resizeSection(DayTreeModel::ActionsColumn, width);
}

QWidget *DayView::rowButtons(const QModelIndex &index)
{
    const qint64 localId = localIdAt(index);
    const bool running = index.data(ItemDataRole::IsRunning).toBool();
    const bool billed = index.data(ItemDataRole::IsBilled).toBool();
    const QDate day = index.data(ItemDataRole::ActivityDate).toDate();
    Activity dayAndBilled; // what the timer offer depends on
    dayAndBilled.date = day;
    dayAndBilled.billed = billed;
    const QString rowText =
        m_model->index(index.row(), DayTreeModel::ProjectTaskColumn, index.parent())
            .data()
            .toString();

    auto *buttons = new QWidget;
    auto *layout = new QHBoxLayout(buttons);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto *timer = new QToolButton(buttons);
    timer->setObjectName(QStringLiteral("rowTimerButton"));
    timer->setAutoRaise(true);
    timer->setFocusPolicy(Qt::NoFocus); // Keyboard: Ctrl+Shift+Space, the row menu.
    timer->setAccessibleDescription(rowText);
    QString name;
    if (running) {
        name = tr("Stop timer");
        timer->setIcon(style()->standardIcon(QStyle::SP_MediaStop));
        connect(timer, &QToolButton::clicked, this, &DayView::stopRequested);
    } else if (const TimerOffer::Kind offer =
                   TimerOffer::forActivity(dayAndBilled, m_clock->today());
               offer != TimerOffer::Kind::None) {
        name = offer == TimerOffer::Kind::Continue ? tr("Continue") : tr("Start timer");
        timer->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
        connect(timer, &QToolButton::clicked, this,
                [this, localId] { emit startRequested(localId); });
    }
    timer->setAccessibleName(name);
    timer->setToolTip(day < m_clock->today() && !running
                          ? tr("Continue: a new activity today with the same project, task and "
                               "description, timer running")
                          : name);
    if (name.isEmpty()) {
        // Billed today or a future day: no timer, but the ⋯ stay aligned.
        QSizePolicy policy = timer->sizePolicy();
        policy.setRetainSizeWhenHidden(true);
        timer->setSizePolicy(policy);
        timer->hide();
    }
    layout->addWidget(timer);

    auto *more = new QToolButton(buttons);
    more->setObjectName(QStringLiteral("rowMenuButton"));
    more->setAutoRaise(true);
    more->setFocusPolicy(Qt::NoFocus); // Keyboard: the context-menu key.
    more->setText(QStringLiteral("⋯"));
    more->setAccessibleName(tr("More actions"));
    more->setAccessibleDescription(rowText);
    more->setToolTip(tr("More actions"));
    connect(more, &QToolButton::clicked, this, [this, localId, more] {
        showRowMenu(localId, more->mapToGlobal(QPoint(0, more->height())));
    });
    layout->addWidget(more);
    return buttons;
}

void DayView::showRowMenu(qint64 localId, const QPoint &globalPosition)
{
    const int row = m_activities->rowOfLocalId(localId);
    if (row < 0)
        return;
    const Activity &activity = m_activities->activityAt(row).activity;
    const QDate now = m_clock->today();
    m_rowMenu->clear();
    if (activity.isRunning()) {
        m_rowMenu->addAction(tr("Stop timer"), this, &DayView::stopRequested);
    } else if (const TimerOffer::Kind offer = TimerOffer::forActivity(activity, now);
               offer != TimerOffer::Kind::None) {
        m_rowMenu->addAction(offer == TimerOffer::Kind::Continue ? tr("Continue")
                                                                 : tr("Start timer"),
                             this, [this, localId] { emit startRequested(localId); });
    }
    if (activity.billed) {
        // Billed: read-only in MOCO; the editor shows it without Save.
        m_rowMenu->addAction(tr("Show details…"), this,
                             [this, localId] { emit editRequested(localId); });
    } else {
        m_rowMenu->addAction(tr("Edit…"), this, [this, localId] { emit editRequested(localId); });
    }
    m_rowMenu->addAction(tr("Duplicate"), this,
                         [this, localId] { emit duplicateRequested(localId); });
    m_rowMenu->addAction(tr("Project Details…"), this,
                         [this, localId] { emit projectDetailsRequested(localId); });
    if (!activity.billed)
        m_rowMenu->addAction(tr("Delete"), this,
                             [this, localId] { emit deleteRequested(localId); });
    m_rowMenu->addSeparator();
    QAction *copy = m_rowMenu->addAction(tr("Copy description"), this,
                                         [this, localId] { copyDescription(localId); });
    copy->setEnabled(!activity.description.isEmpty());
    m_rowMenu->popup(globalPosition);
}

void DayView::copyDescription(qint64 localId)
{
    const int row = m_activities->rowOfLocalId(localId);
    if (row >= 0)
        QGuiApplication::clipboard()->setText(m_activities->activityAt(row).activity.description);
}

void DayView::onDoubleClicked(const QModelIndex &index)
{
    if (const qint64 localId = localIdAt(index))
        emit editRequested(localId);
}

void DayView::onContextMenu(const QPoint &position)
{
    QModelIndex index = m_tree->indexAt(position);
    QPoint at = position;
    if (!index.isValid()) {
        // The context-menu key: the current row.
        index = m_tree->currentIndex();
        at = m_tree->visualRect(index).bottomLeft();
    }
    if (const qint64 localId = localIdAt(index))
        showRowMenu(localId, m_tree->viewport()->mapToGlobal(at));
}

void DayView::editInPlace()
{
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid() || DayTreeModel::isCustomerRow(current))
        return;
    QModelIndex target = current;
    if (!(m_model->flags(target) & Qt::ItemIsEditable))
        target = current.siblingAtColumn(DayTreeModel::DurationColumn);
    if (!(m_model->flags(target) & Qt::ItemIsEditable))
        target = current.siblingAtColumn(DayTreeModel::DescriptionColumn);
    if (m_model->flags(target) & Qt::ItemIsEditable)
        m_tree->edit(target);
}

bool DayView::eventFilter(QObject *watched, QEvent *event)
{
    // An in-place editor has the focus; keys it leaves alone come up here.
    if (watched != m_tree || event->type() != QEvent::KeyPress || !m_tree->hasFocus())
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->modifiers() & ~Qt::KeypadModifier)
        return QWidget::eventFilter(watched, event);
    const qint64 localId = localIdAt(m_tree->currentIndex());
    switch (key->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (localId != 0)
            emit editRequested(localId);
        return true;
    case Qt::Key_Delete:
        if (localId != 0 && !isBilled(localId))
            emit deleteRequested(localId);
        return true;
    case Qt::Key_F2:
        editInPlace();
        return true;
    default:
        return QWidget::eventFilter(watched, event);
    }
}
