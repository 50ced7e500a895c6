// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProjectTaskPicker.h"

#include "core/models/ItemDataRole.h"
#include "core/models/ProjectFilterProxy.h"
#include "core/models/ProjectTaskListModel.h"
#include "core/models/ProjectsModel.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QMouseEvent>
#include <QPainter>
#include <QScreen>
#include <QStyledItemDelegate>

#include <algorithm>

namespace {

constexpr int MaxVisibleRows = 12;
constexpr int PageSteps = 8;

// The click target of the star: a square at the right end of a row.
QRect starRect(const QRect &row)
{
    return QRect(row.right() - row.height() + 1, row.top(), row.height(), row.height());
}

// Where a pair belongs, shown after it in a quieter colour: "P-1042 · Müller & Söhne GmbH".
QString placeOf(const QModelIndex &index)
{
    const QString customer = index.data(ItemDataRole::CustomerName).toString();
    const QString identifier = index.data(ItemDataRole::ProjectIdentifier).toString();
    if (identifier.isEmpty())
        return customer;
    //: In the picker's list, after "Project · Task": the project's identifier and the customer
    return ProjectTaskPicker::tr("%1 · %2", "identifier and customer").arg(identifier, customer);
}

// "Project · Task" on the left, identifier and customer on the right, then a star: filled for
// favourites, outlined on the highlighted row so the toggle can be found.
class PickerRowDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        // Long project names are common; cutting in the middle keeps the task readable.
        option->textElideMode = Qt::ElideMiddle;
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        const QRect star = starRect(option.rect);
        QStyleOptionViewItem text(option);
        text.rect.setRight(star.left() - 1);
        QStyledItemDelegate::paint(painter, text, index);

        const bool selected = option.state & QStyle::State_Selected;
        painter->save();
        if (selected)
            painter->fillRect(star, option.palette.brush(QPalette::Highlight));
        const QFontMetrics metrics(option.font);
        const QString pair = index.data().toString();
        const int padding = metrics.averageCharWidth();
        // The place gets what the pair's text leaves, at most half the row.
        QRect place = text.rect.adjusted(padding, 0, -padding, 0);
        const int pairWidth = metrics.horizontalAdvance(pair) + 3 * padding;
        place.setLeft(std::max(place.left() + pairWidth, place.center().x()));
        if (place.width() > 2 * padding) {
            painter->setFont(option.font);
            painter->setPen(option.palette.color(selected ? QPalette::HighlightedText
                                                          : QPalette::PlaceholderText));
            painter->drawText(place, Qt::AlignRight | Qt::AlignVCenter,
                              metrics.elidedText(placeOf(index), Qt::ElideRight, place.width()));
        }
        const bool favorite = index.data(ItemDataRole::IsFavorite).toBool();
        if (favorite || selected || (option.state & QStyle::State_MouseOver)) {
            painter->setPen(option.palette.color(selected   ? QPalette::HighlightedText
                                                 : favorite ? QPalette::WindowText
                                                            : QPalette::PlaceholderText));
            painter->drawText(star, Qt::AlignCenter,
                              favorite ? QStringLiteral("\u2605") : QStringLiteral("\u2606"));
        }
        painter->restore();
    }
};

} // namespace

ProjectTaskPicker::ProjectTaskPicker(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_popup(new QListView(this))
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
    m_popup->setUniformItemSizes(true);
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

void ProjectTaskPicker::setCurrent(const ProjectTaskKey &key, const QString &fallbackText)
{
    m_current = key;
    m_fallbackText = fallbackText;
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

QString ProjectTaskPicker::textOf(const ProjectTaskKey &key) const
{
    if (key == ProjectTaskKey{})
        return {};
    if (m_proxy) {
        const ProjectTaskListModel *pairs = m_proxy->pairs();
        if (const int row = pairs->rowOf(key); row >= 0)
            return pairs->index(row).data().toString();
    }
    return key == m_current ? m_fallbackText : QString();
}

void ProjectTaskPicker::onModelReset()
{
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
    const int rows = std::min(m_proxy->rowCount(), MaxVisibleRows);
    const int rowHeight = std::max(m_popup->sizeHintForRow(0), fontMetrics().height());
    const int frame = 2 * m_popup->frameWidth();
    const QSize size(std::max(m_edit->width(), 440), rows * rowHeight + frame);

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

void ProjectTaskPicker::moveHighlight(int steps)
{
    const int count = m_proxy ? m_proxy->rowCount() : 0;
    if (count == 0)
        return;
    const int at = m_popup->currentIndex().isValid() ? m_popup->currentIndex().row() : -1;
    const int target = at < 0 ? (steps > 0 ? 0 : count - 1) : std::clamp(at + steps, 0, count - 1);
    const QModelIndex index = m_proxy->index(target, 0);
    m_popup->setCurrentIndex(index);
    m_popup->scrollTo(index);
}

void ProjectTaskPicker::pick(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid())
        return;
    m_current = m_proxy->keyOf(proxyIndex);
    m_fallbackText.clear();
    m_typing = false;
    m_edit->setText(proxyIndex.data().toString());
    hidePopup();
    emit picked(m_current);
}

void ProjectTaskPicker::toggleFavorite(const QModelIndex &proxyIndex)
{
    if (proxyIndex.isValid())
        emit favoriteToggled(m_proxy->keyOf(proxyIndex));
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
        pick(current.isValid() ? current : m_proxy->firstTask());
        return true;
    }
    case Qt::Key_Escape:
        hidePopup();
        restoreText();
        return true;
    case Qt::Key_Tab:
    case Qt::Key_Backtab:
        // Tab accepts the highlighted row, then moves on as usual.
        if (m_popup->currentIndex().isValid())
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
        if (!m_typing)
            start = m_proxy->indexOf(m_current);
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
    if (starRect(m_popup->visualRect(index)).contains(pos)) {
        m_popup->setCurrentIndex(index);
        toggleFavorite(index);
        return true;
    }
    pick(index);
    return true;
}
