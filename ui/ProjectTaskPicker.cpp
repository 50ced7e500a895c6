// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProjectTaskPicker.h"

#include "core/models/ItemDataRole.h"
#include "core/models/ProjectFilterProxy.h"
#include "core/models/ProjectsModel.h"

#include <QApplication>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPainter>
#include <QScreen>
#include <QStyledItemDelegate>
#include <QTreeView>

#include <algorithm>

namespace {

constexpr int MaxVisibleRows = 12;
constexpr int PageSteps = 8;

bool isTask(const QModelIndex &index)
{
    return index.isValid() && index.data(ItemDataRole::TaskId).toLongLong() != 0;
}

ProjectTaskKey keyOf(const QModelIndex &index)
{
    return {index.data(ItemDataRole::ProjectId).toLongLong(),
            index.data(ItemDataRole::TaskId).toLongLong()};
}

// The click target of the star: a square at the right end of a task row.
QRect starRect(const QRect &row)
{
    return QRect(row.right() - row.height() + 1, row.top(), row.height(), row.height());
}

// Customer rows bold (group headings), task rows with a star at the right:
// filled for favourites, outlined on the highlighted row so the toggle can be found.
class PickerRowDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(ItemDataRole::NodeKind).toInt() ==
            static_cast<int>(ProjectsModel::Kind::Customer))
            option->font.setBold(true);
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        if (!isTask(index)) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        const QRect star = starRect(option.rect);
        QStyleOptionViewItem text(option);
        text.rect.setRight(star.left() - 1);
        QStyledItemDelegate::paint(painter, text, index);

        const bool selected = option.state & QStyle::State_Selected;
        if (selected)
            painter->fillRect(star, option.palette.brush(QPalette::Highlight));
        const bool favorite = index.data(ItemDataRole::IsFavorite).toBool();
        if (!favorite && !selected && !(option.state & QStyle::State_MouseOver))
            return;
        painter->save();
        painter->setPen(option.palette.color(selected   ? QPalette::HighlightedText
                                             : favorite ? QPalette::WindowText
                                                        : QPalette::PlaceholderText));
        painter->drawText(star, Qt::AlignCenter,
                          favorite ? QStringLiteral("\u2605") : QStringLiteral("\u2606"));
        painter->restore();
    }
};

// The hierarchy shows by indentation and the bold customer rows; every row is expanded, so
// expand/collapse arrows would only be noise.
class PickerTree : public QTreeView
{
public:
    using QTreeView::QTreeView;

protected:
    void drawBranches(QPainter *, const QRect &, const QModelIndex &) const override {}
};

} // namespace

ProjectTaskPicker::ProjectTaskPicker(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_popup(new PickerTree(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    setFocusProxy(m_edit);
    setSizePolicy(m_edit->sizePolicy());

    m_edit->setPlaceholderText(tr("Project / task…"));
    m_edit->setAccessibleName(tr("Project / task"));
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);

    m_popup->setWindowFlags(Qt::Popup);
    m_popup->setAccessibleName(tr("Matching projects and tasks"));
    m_popup->setHeaderHidden(true);
    m_popup->setRootIsDecorated(false);
    m_popup->setItemsExpandable(false);
    m_popup->setUniformRowHeights(true);
    m_popup->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_popup->setSelectionMode(QAbstractItemView::SingleSelection);
    m_popup->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_popup->setMouseTracking(true);
    m_popup->setFocusPolicy(Qt::NoFocus);
    // Keys typed while the popup is open still belong to the line edit.
    m_popup->setFocusProxy(m_edit);
    m_popup->setItemDelegate(new PickerRowDelegate(m_popup));
    m_popup->installEventFilter(this);
    m_popup->viewport()->installEventFilter(this);
    m_popup->hide();

    connect(m_edit, &QLineEdit::textEdited, this, &ProjectTaskPicker::onTextEdited);
}

void ProjectTaskPicker::setProjectsModel(ProjectsModel *model)
{
    if (m_model == model)
        return;
    hidePopup();
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_popup->setModel(nullptr);
    delete m_proxy;
    m_proxy = nullptr;
    m_model = model;
    if (model) {
        m_proxy = new ProjectFilterProxy(model, this);
        m_popup->setModel(m_proxy);
        connect(model, &QAbstractItemModel::modelReset, this, &ProjectTaskPicker::onModelReset);
    }
    if (!m_typing)
        m_edit->setText(textOf(m_current));
}

void ProjectTaskPicker::setCurrent(const ProjectTaskKey &key)
{
    m_current = key;
    m_typing = false;
    hidePopup();
    m_edit->setText(textOf(key));
}

void ProjectTaskPicker::clear()
{
    setCurrent({});
}

bool ProjectTaskPicker::isPopupVisible() const
{
    return m_popup->isVisible();
}

QString ProjectTaskPicker::projectName(const QModelIndex &projectRow)
{
    const QString display = projectRow.data(Qt::DisplayRole).toString();
    const QString identifier = projectRow.data(ItemDataRole::ProjectIdentifier).toString();
    if (identifier.isEmpty())
        return display;
    // ProjectsModel shows "identifier – name" through a translatable pattern: take the same
    // pattern apart instead of guessing the separator.
    const QString marker(QChar(0x1));
    const QString shaped =
        QCoreApplication::translate("ProjectsModel", "%1 – %2").arg(identifier, marker);
    const qsizetype at = shaped.indexOf(marker);
    const QString prefix = shaped.left(at);
    const QString suffix = shaped.mid(at + 1);
    if (at < 0 || !display.startsWith(prefix) || !display.endsWith(suffix) ||
        display.size() < prefix.size() + suffix.size())
        return display;
    return display.mid(prefix.size(), display.size() - prefix.size() - suffix.size());
}

QString ProjectTaskPicker::pickText(const QModelIndex &taskRow)
{
    if (!isTask(taskRow))
        return {};
    //: The picked project and task in the picker's line, e.g. "Website Relaunch · Design"
    return tr("%1 · %2").arg(projectName(taskRow.parent()), taskRow.data().toString());
}

QString ProjectTaskPicker::textOf(const ProjectTaskKey &key) const
{
    if (!m_model || key == ProjectTaskKey{})
        return {};
    return pickText(m_model->indexOf(key));
}

void ProjectTaskPicker::onModelReset()
{
    if (m_popup->isVisible())
        m_popup->expandAll();
    // A sync replaced the projects: the pick keeps its key; its text may have changed.
    if (!m_typing) {
        if (const QString text = textOf(m_current); !text.isEmpty())
            m_edit->setText(text);
    }
}

void ProjectTaskPicker::onTextEdited(const QString &text)
{
    m_typing = true;
    if (!m_proxy)
        return;
    m_proxy->setFilterText(text);
    const QModelIndex first = m_proxy->firstTask();
    if (text.trimmed().isEmpty() || !first.isValid()) {
        hidePopup();
        return;
    }
    showPopup();
    m_popup->setCurrentIndex(first);
    m_popup->scrollTo(first);
}

void ProjectTaskPicker::showPopup()
{
    if (!m_proxy || m_proxy->rowCount() == 0) {
        hidePopup();
        return;
    }
    m_popup->expandAll();
    int rows = 0;
    for (QModelIndex index = m_proxy->index(0, 0); index.isValid() && rows < MaxVisibleRows;
         index = m_popup->indexBelow(index))
        ++rows;
    const int rowHeight = std::max(m_popup->sizeHintForRow(0), fontMetrics().height());
    const int frame = 2 * m_popup->frameWidth();
    const QSize size(std::max(m_edit->width(), 360), rows * rowHeight + frame);

    QPoint below = m_edit->mapToGlobal(QPoint(0, m_edit->height()));
    if (const QScreen *screen = m_edit->screen()) {
        const QRect available = screen->availableGeometry();
        if (below.y() + size.height() > available.bottom())
            below.setY(m_edit->mapToGlobal(QPoint(0, 0)).y() - size.height());
        below.setX(std::clamp(below.x(), available.left(),
                              std::max(available.left(), available.right() - size.width())));
    }
    m_popup->setGeometry(QRect(below, size));
    if (!m_popup->isVisible())
        m_popup->show();
}

void ProjectTaskPicker::hidePopup()
{
    if (m_popup->isVisible())
        m_popup->hide();
}

QModelIndexList ProjectTaskPicker::visibleTasks() const
{
    QModelIndexList tasks;
    if (!m_proxy)
        return tasks;
    for (QModelIndex index = m_proxy->index(0, 0); index.isValid();
         index = m_popup->indexBelow(index)) {
        if (isTask(index))
            tasks.append(index);
    }
    return tasks;
}

void ProjectTaskPicker::moveHighlight(int steps)
{
    const QModelIndexList tasks = visibleTasks();
    if (tasks.isEmpty())
        return;
    const qsizetype at = tasks.indexOf(m_popup->currentIndex());
    const qsizetype target = at < 0 ? (steps > 0 ? 0 : tasks.size() - 1)
                                    : std::clamp<qsizetype>(at + steps, 0, tasks.size() - 1);
    m_popup->setCurrentIndex(tasks.at(target));
    m_popup->scrollTo(tasks.at(target));
}

void ProjectTaskPicker::pick(const QModelIndex &proxyIndex)
{
    if (!isTask(proxyIndex))
        return;
    m_current = keyOf(proxyIndex);
    m_typing = false;
    m_edit->setText(pickText(proxyIndex));
    hidePopup();
    emit picked(m_current);
}

void ProjectTaskPicker::toggleFavorite(const QModelIndex &proxyIndex)
{
    if (isTask(proxyIndex))
        emit favoriteToggled(keyOf(proxyIndex));
}

void ProjectTaskPicker::restoreText()
{
    m_typing = false;
    m_edit->setText(textOf(m_current));
}

bool ProjectTaskPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_popup) {
        if (event->type() == QEvent::ShortcutOverride) {
            // Ctrl+S stars the row here; no window shortcut may take it first.
            auto *key = static_cast<QKeyEvent *>(event);
            if (key->key() == Qt::Key_S && key->modifiers() == Qt::ControlModifier) {
                event->accept();
                return true;
            }
        }
        if (event->type() == QEvent::KeyPress)
            return handlePopupKey(static_cast<QKeyEvent *>(event));
        return false;
    }
    if (watched == m_popup->viewport() && event->type() == QEvent::MouseButtonPress)
        return handlePopupClick(static_cast<QMouseEvent *>(event));
    if (watched == m_edit) {
        if (event->type() == QEvent::KeyPress)
            return handleEditKey(static_cast<QKeyEvent *>(event));
        if (event->type() == QEvent::FocusOut) {
            const auto reason = static_cast<QFocusEvent *>(event)->reason();
            // Leaving with a half-typed filter: show the pick again, not a stale filter.
            if (reason != Qt::PopupFocusReason && !m_popup->isVisible() && m_typing)
                restoreText();
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool ProjectTaskPicker::handlePopupKey(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Up:
        moveHighlight(-1);
        return true;
    case Qt::Key_Down:
        moveHighlight(1);
        return true;
    case Qt::Key_PageUp:
        moveHighlight(-PageSteps);
        return true;
    case Qt::Key_PageDown:
        moveHighlight(PageSteps);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter: {
        const QModelIndex current = m_popup->currentIndex();
        pick(isTask(current) ? current : m_proxy->firstTask());
        return true;
    }
    case Qt::Key_Escape:
        hidePopup();
        restoreText();
        return true;
    case Qt::Key_Tab:
    case Qt::Key_Backtab:
        // Tab accepts the highlighted row, then moves on as usual.
        if (isTask(m_popup->currentIndex()))
            pick(m_popup->currentIndex());
        hidePopup();
        QCoreApplication::sendEvent(m_edit, event);
        return true;
    default:
        break;
    }
    if (event->key() == Qt::Key_S && event->modifiers() == Qt::ControlModifier) {
        toggleFavorite(m_popup->currentIndex());
        return true;
    }
    QCoreApplication::sendEvent(m_edit, event);
    return true;
}

bool ProjectTaskPicker::handleEditKey(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Down:
    case Qt::Key_Up: {
        if (!m_proxy || event->modifiers() != Qt::NoModifier)
            return false;
        m_proxy->setFilterText(m_typing ? m_edit->text() : QString());
        showPopup();
        QModelIndex start;
        if (!m_typing && m_model) {
            start = m_proxy->mapFromSource(m_model->indexOf(m_current));
        }
        if (!start.isValid())
            start = m_proxy->firstTask();
        m_popup->setCurrentIndex(start);
        m_popup->scrollTo(start);
        return true;
    }
    case Qt::Key_Return:
    case Qt::Key_Enter:
        // The popup was closed by a click elsewhere; Enter still picks what the text finds.
        if (m_typing && m_proxy && !m_edit->text().trimmed().isEmpty()) {
            m_proxy->setFilterText(m_edit->text());
            if (const QModelIndex first = m_proxy->firstTask(); first.isValid()) {
                pick(first);
                return true;
            }
        }
        return false;
    case Qt::Key_Escape:
        if (m_typing) {
            restoreText();
            return true;
        }
        return false;
    default:
        return false;
    }
}

bool ProjectTaskPicker::handlePopupClick(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return false;
    const QPoint pos = event->position().toPoint();
    const QModelIndex index = m_popup->indexAt(pos);
    if (!index.isValid())
        return true;
    if (!isTask(index)) {
        // A customer or project heading: go to its first task.
        for (QModelIndex below = m_popup->indexBelow(index); below.isValid();
             below = m_popup->indexBelow(below)) {
            if (isTask(below)) {
                m_popup->setCurrentIndex(below);
                break;
            }
        }
        return true;
    }
    if (starRect(m_popup->visualRect(index)).contains(pos)) {
        m_popup->setCurrentIndex(index);
        toggleFavorite(index);
        return true;
    }
    pick(index);
    return true;
}
