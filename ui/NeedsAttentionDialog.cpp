// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "NeedsAttentionDialog.h"

#include "core/models/AttentionModel.h"
#include "core/storage/LocalChanges.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace {

QLabel *wrappingLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

QPushButton *actionButton(const QString &objectName, const QString &text,
                          const QString &accessibleName, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setAccessibleName(accessibleName);
    button->setAutoDefault(false);
    return button;
}

} // namespace

NeedsAttentionDialog::NeedsAttentionDialog(AttentionModel *model, LocalChanges *changes,
                                           QWidget *parent)
    : QDialog(parent)
    , m_model(model)
    , m_changes(changes)
    , m_pages(new QStackedWidget(this))
    , m_empty(new QLabel(tr("Nothing needs your attention."), this))
    , m_list(new QListView(this))
    , m_subject(wrappingLabel(QStringLiteral("subject"), this))
    , m_message(wrappingLabel(QStringLiteral("message"), this))
    , m_mineBox(new QGroupBox(this))
    , m_mine(wrappingLabel(QStringLiteral("mine"), this))
    , m_theirsBox(new QGroupBox(tr("Version in MOCO"), this))
    , m_theirs(wrappingLabel(QStringLiteral("theirs"), this))
    , m_fix(actionButton(QStringLiteral("fix"), tr("&Fix…"), tr("Fix"), this))
    , m_retry(actionButton(QStringLiteral("retry"), tr("T&ry again"), tr("Try again"), this))
    , m_discard(actionButton(QStringLiteral("discard"), tr("&Discard…"), tr("Discard"), this))
    , m_keepMine(actionButton(QStringLiteral("keepMine"), tr("&Keep mine"), tr("Keep mine"), this))
    , m_takeTheirs(
          actionButton(QStringLiteral("takeTheirs"), tr("Take &theirs"), tr("Take theirs"), this))
{
    setObjectName(QStringLiteral("needsAttentionDialog"));
    setModal(false);
    resize(760, 420);

    m_empty->setObjectName(QStringLiteral("empty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);

    m_list->setObjectName(QStringLiteral("attentionList"));
    m_list->setAccessibleName(tr("Needs attention"));
    m_list->setModel(m_model);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setWordWrap(true);
    m_list->setUniformItemSizes(false);
    m_list->setSpacing(3);
    m_list->setMinimumWidth(240);

    // The labels' texts change with the item: descriptions say what they are,
    // so screen readers still announce the texts themselves.
    m_subject->setAccessibleDescription(tr("Concerns"));
    QFont subjectFont = m_subject->font();
    subjectFont.setBold(true);
    m_subject->setFont(subjectFont);
    m_message->setAccessibleDescription(tr("Message from MOCO"));
    m_mine->setAccessibleDescription(tr("Your version"));
    m_theirs->setAccessibleDescription(tr("Version in MOCO"));
    m_mineBox->setObjectName(QStringLiteral("mineBox"));
    m_theirsBox->setObjectName(QStringLiteral("theirsBox"));
    (new QVBoxLayout(m_mineBox))->addWidget(m_mine);
    (new QVBoxLayout(m_theirsBox))->addWidget(m_theirs);

    auto *versions = new QHBoxLayout;
    versions->addWidget(m_mineBox, 1);
    versions->addWidget(m_theirsBox, 1);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_fix);
    actions->addWidget(m_retry);
    actions->addWidget(m_discard);
    actions->addWidget(m_keepMine);
    actions->addWidget(m_takeTheirs);
    actions->addStretch(1);

    auto *details = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->addWidget(m_subject);
    detailsLayout->addWidget(m_message);
    detailsLayout->addLayout(versions, 1);
    detailsLayout->addLayout(actions);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_list);
    splitter->addWidget(details);
    splitter->setStretchFactor(1, 1);

    m_pages->addWidget(m_empty);
    m_pages->addWidget(splitter);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(buttons);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &NeedsAttentionDialog::onCurrentChanged);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &NeedsAttentionDialog::onRowsChanged);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &NeedsAttentionDialog::onRowsChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &NeedsAttentionDialog::onRowsChanged);
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            &NeedsAttentionDialog::onCurrentChanged);
    connect(m_fix, &QPushButton::clicked, this, &NeedsAttentionDialog::onFix);
    connect(m_retry, &QPushButton::clicked, this, &NeedsAttentionDialog::onRetry);
    connect(m_discard, &QPushButton::clicked, this, &NeedsAttentionDialog::onDiscard);
    connect(m_keepMine, &QPushButton::clicked, this, &NeedsAttentionDialog::onKeepMine);
    connect(m_takeTheirs, &QPushButton::clicked, this, &NeedsAttentionDialog::onTakeTheirs);

    onRowsChanged();
}

QAbstractItemView *NeedsAttentionDialog::listView() const
{
    return m_list;
}

bool NeedsAttentionDialog::selectSeq(qint64 seq)
{
    const int row = m_model->rowOfSeq(seq);
    if (row < 0)
        return false;
    m_list->setCurrentIndex(m_model->index(row));
    return true;
}

qint64 NeedsAttentionDialog::currentSeq() const
{
    const int row = currentRow();
    return row < 0 ? 0 : m_model->entryAt(row).seq;
}

int NeedsAttentionDialog::currentRow() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void NeedsAttentionDialog::onRowsChanged()
{
    const bool empty = m_model->rowCount() == 0;
    m_pages->setCurrentWidget(empty ? static_cast<QWidget *>(m_empty) : m_pages->widget(1));
    // Keep something current, so the actions always have an item.
    if (!empty && !m_list->currentIndex().isValid())
        m_list->setCurrentIndex(m_model->index(0));
    updateTitle();
    onCurrentChanged();
}

void NeedsAttentionDialog::onCurrentChanged()
{
    showDetails(currentRow());
}

void NeedsAttentionDialog::showDetails(int row)
{
    const bool valid = row >= 0 && row < m_model->rowCount();
    const AttentionModel::Entry entry = valid ? m_model->entryAt(row) : AttentionModel::Entry();
    const bool conflict = valid && entry.kind == AttentionModel::Kind::Conflict;
    const bool failed = valid && entry.kind == AttentionModel::Kind::Failed;
    m_subject->setText(entry.subject);
    m_message->setText(entry.message);
    m_mineBox->setTitle(conflict ? tr("Your version") : tr("Your change"));
    m_mine->setText(entry.mine);
    m_mineBox->setVisible(valid && !entry.mine.isEmpty());
    m_theirs->setText(entry.theirs);
    m_theirsBox->setVisible(conflict);
    m_fix->setVisible(failed && entry.canFix);
    m_retry->setVisible(failed);
    m_discard->setVisible(failed);
    m_keepMine->setVisible(conflict);
    m_takeTheirs->setVisible(conflict);
}

void NeedsAttentionDialog::updateTitle()
{
    const int count = m_model->rowCount();
    setWindowTitle(count == 0 ? tr("Needs attention")
                              : tr("Needs attention (%1)").arg(QLocale().toString(count)));
}

void NeedsAttentionDialog::onFix()
{
    const int row = currentRow();
    if (row >= 0 && m_model->entryAt(row).canFix)
        emit fixRequested(m_model->entryAt(row).localId);
}

void NeedsAttentionDialog::onRetry()
{
    const qint64 seq = currentSeq();
    if (seq != 0 && m_changes->retry(seq))
        m_model->refresh();
}

void NeedsAttentionDialog::onDiscard()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const AttentionModel::Entry entry = m_model->entryAt(row);
    // Window-modal and asynchronous: no nested event loop, and the list keeps
    // following the store meanwhile. The seq is fixed now: the row may move.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Discard change?"),
                                tr("Discard this change?"), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("discardConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(entry.discardWarning);
    QPushButton *discard = box->addButton(tr("Discard"), QMessageBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("confirmDiscard"));
    discard->setAccessibleName(tr("Discard"));
    QPushButton *keep = box->addButton(tr("Keep it"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("cancelDiscard"));
    keep->setAccessibleName(tr("Keep it"));
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    const qint64 seq = entry.seq;
    connect(discard, &QPushButton::clicked, this, [this, seq] {
        if (m_changes->discard(seq))
            m_model->refresh();
    });
    box->open();
}

void NeedsAttentionDialog::onKeepMine()
{
    const int row = currentRow();
    if (row >= 0 && m_changes->keepMine(m_model->entryAt(row).localId))
        m_model->refresh();
}

void NeedsAttentionDialog::onTakeTheirs()
{
    const int row = currentRow();
    if (row >= 0 && m_changes->takeTheirs(m_model->entryAt(row).localId))
        m_model->refresh();
}
