// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PresencesPanel.h"

#include "ErrorPalette.h"
#include "PresenceTimeDelegate.h"
#include "core/actions/PresenceActions.h"
#include "core/models/ItemDataRole.h"
#include "core/models/PresencesModel.h"
#include "core/services/Clock.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace {
// Beyond this many intervals the table scrolls instead of pushing the
// activities up.
constexpr int visibleRows = 5;

QLineEdit *timeEdit(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setPlaceholderText(PresencesPanel::tr("HH:MM"));
    edit->setMaxLength(5);
    // Wide enough for "00:00" and the placeholder, no wider.
    edit->setMaximumWidth(edit->fontMetrics().horizontalAdvance(QStringLiteral("00:00__")) +
                          edit->fontMetrics().averageCharWidth() * 3);
    return edit;
}
} // namespace

PresencesPanel::PresencesPanel(PresenceActions *actions, PresencesModel *dayPresences,
                               const Clock *clock, QWidget *parent)
    : QWidget(parent)
    , m_actions(actions)
    , m_model(dayPresences)
    , m_clock(clock)
    , m_table(new QTableView(this))
    , m_empty(new QLabel(this))
    , m_from(timeEdit(QStringLiteral("presenceFromEdit"), tr("From"), this))
    , m_to(timeEdit(QStringLiteral("presenceToEdit"), tr("To"), this))
    , m_add(new QPushButton(tr("Add presence"), this))
    , m_delete(new QPushButton(tr("Delete presence"), this))
    , m_message(new QLabel(this))
    , m_tick(new QTimer(this))
{
    Q_ASSERT(m_actions && m_model && m_clock);
    setObjectName(QStringLiteral("presencesPanel"));

    auto *title = new QLabel(tr("Presences"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    title->setToolTip(tr("Your working time on this day (clocking in and out)"));

    m_table->setObjectName(QStringLiteral("presencesTable"));
    m_table->setAccessibleName(tr("Presences"));
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(PresencesModel::FromColumn,
                                      new PresenceTimeDelegate(m_table));
    m_table->setItemDelegateForColumn(PresencesModel::ToColumn, new PresenceTimeDelegate(m_table));
    m_table->setColumnHidden(PresencesModel::DateColumn, true); // the day is shown above
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the note column stretches
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(PresencesModel::NoteColumn, QHeaderView::Stretch);
    m_table->installEventFilter(this);

    m_empty->setObjectName(QStringLiteral("presencesEmptyLabel"));
    m_empty->setText(tr("No working time on this day. Clock in, or add it below."));
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    auto *fromLabel = new QLabel(tr("From"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("To"), this);
    toLabel->setBuddy(m_to);
    m_add->setObjectName(QStringLiteral("addPresenceButton"));
    m_add->setAccessibleName(tr("Add presence"));
    m_add->setToolTip(tr("Add this interval to the shown day. Leave “To” empty to stay clocked "
                         "in (today only)."));
    m_delete->setObjectName(QStringLiteral("deletePresenceButton"));
    m_delete->setAccessibleName(tr("Delete presence"));
    m_delete->setToolTip(tr("Delete the selected interval (Del)"));

    m_message->setObjectName(QStringLiteral("presencesMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setAccessibleDescription(tr("Why the working time was not saved"));
    ErrorPalette::applyTo(m_message);
    m_message->hide();

    auto *addRow = new QHBoxLayout;
    addRow->addWidget(fromLabel);
    addRow->addWidget(m_from);
    addRow->addWidget(toLabel);
    addRow->addWidget(m_to);
    addRow->addWidget(m_add);
    addRow->addStretch(1);
    addRow->addWidget(m_delete);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_table);
    layout->addWidget(m_empty);
    layout->addLayout(addRow);
    layout->addWidget(m_message);

    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, m_model, &PresencesModel::refreshElapsed);
    connect(m_add, &QPushButton::clicked, this, &PresencesPanel::addPresence);
    connect(m_from, &QLineEdit::returnPressed, this, &PresencesPanel::addPresence);
    connect(m_to, &QLineEdit::returnPressed, this, &PresencesPanel::addPresence);
    connect(m_delete, &QPushButton::clicked, this, &PresencesPanel::deleteSelected);
    connect(m_model, &PresencesModel::timesEditRequested, this,
            &PresencesPanel::onTimesEditRequested);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PresencesPanel::updateState);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &PresencesPanel::updateState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &PresencesPanel::updateState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &PresencesPanel::updateState);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &PresencesPanel::updateTick);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PresencesPanel::updateState);
    updateState();
}

QString PresencesPanel::messageText() const
{
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

bool PresencesPanel::isTicking() const
{
    return m_tick->isActive();
}

void PresencesPanel::addPresence()
{
    const QDate day = m_model->from().isValid() ? m_model->from() : m_clock->today();
    const ActionResult result = m_actions->add(day, m_from->text(), m_to->text());
    if (!report(result)) {
        (result.field == QLatin1String("to") ? m_to : m_from)->setFocus();
        return;
    }
    m_from->clear();
    m_to->clear();
    selectLocalId(result.localId);
}

void PresencesPanel::deleteSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const int row = rows.first().row();
    report(m_actions->remove(rows.first().data(ItemDataRole::LocalId).toLongLong()));
    // The next interval (or the one before) takes the selection, for Del, Del.
    if (m_model->rowCount() > 0)
        m_table->selectRow(qMin(row, m_model->rowCount() - 1));
}

void PresencesPanel::onTimesEditRequested(qint64 localId, const QString &from, const QString &to)
{
    report(m_actions->edit(localId, from, to));
}

bool PresencesPanel::report(const ActionResult &result)
{
    m_message->setText(result.ok() ? QString() : result.message);
    m_message->setVisible(!result.ok());
    return result.ok();
}

void PresencesPanel::selectLocalId(qint64 localId)
{
    const int row = m_model->rowOfLocalId(localId);
    if (row >= 0)
        m_table->selectRow(row);
}

void PresencesPanel::updateState()
{
    const int rows = m_model->rowCount();
    m_table->setVisible(rows > 0);
    m_empty->setVisible(rows == 0);
    if (rows > 0) {
        const int rowHeight = m_table->verticalHeader()->defaultSectionSize();
        const int frame = 2 * m_table->frameWidth();
        // As tall as its intervals (up to visibleRows), so the activities
        // keep the room.
        m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height() +
                                qMin(rows, visibleRows) * rowHeight + frame);
    }
    m_delete->setEnabled(m_table->selectionModel()->hasSelection());
    updateTick();
}

void PresencesPanel::updateTick()
{
    // Only while an open interval of today grows on screen.
    const bool ticking = isVisible() && m_model->openRowToday() >= 0;
    if (ticking && !m_tick->isActive())
        m_tick->start();
    else if (!ticking)
        m_tick->stop();
}

bool PresencesPanel::eventFilter(QObject *watched, QEvent *event)
{
    // While a cell is edited its editor has the keys: Del there edits text.
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Delete) {
            deleteSelected();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PresencesPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateTick();
}

void PresencesPanel::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_tick->stop();
}
