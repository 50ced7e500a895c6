// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "QuickAddBar.h"

#include "DurationEdit.h"
#include "ProjectTaskPicker.h"
#include "core/models/DurationParser.h"

#include <QBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

QuickAddBar::QuickAddBar(QWidget *parent)
    : QWidget(parent)
    , m_picker(new ProjectTaskPicker(this))
    , m_description(new QLineEdit(this))
    , m_duration(new DurationEdit(this))
    , m_add(new QPushButton(tr("Add"), this))
    , m_message(new QLabel(this))
{
    m_picker->setObjectName(QStringLiteral("quickAddPicker"));
    m_picker->lineEdit()->setPlaceholderText(tr("Project / task…"));
    m_picker->lineEdit()->setAccessibleName(tr("Quick add project and task"));
    m_description->setObjectName(QStringLiteral("quickAddDescription"));
    m_description->setPlaceholderText(tr("Description…"));
    m_description->setAccessibleName(tr("Quick add description"));
    m_duration->setObjectName(QStringLiteral("quickAddDuration"));
    m_duration->lineEdit()->setPlaceholderText(tr("Duration"));
    m_duration->lineEdit()->setAccessibleName(tr("Quick add duration"));
    m_add->setObjectName(QStringLiteral("quickAddButton"));
    m_add->setAccessibleName(tr("Add"));
    m_add->setAutoDefault(false);
    m_message->setObjectName(QStringLiteral("quickAddMessage"));
    m_message->setAccessibleDescription(tr("Quick add message"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_picker, 3);
    row->addWidget(m_description, 4);
    row->addWidget(m_duration, 1);
    row->addWidget(m_add);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(row);
    layout->addWidget(m_message);

    // In the picker, Enter first picks what was typed (the picker consumes
    // it); only an Enter it leaves alone reaches returnPressed and adds.
    connect(m_picker->lineEdit(), &QLineEdit::returnPressed, this, &QuickAddBar::submit);
    m_description->installEventFilter(this);
    m_duration->lineEdit()->installEventFilter(this);

    connect(m_add, &QPushButton::clicked, this, &QuickAddBar::submit);
    connect(m_picker, &ProjectTaskPicker::picked, this, &QuickAddBar::onPicked);
    connect(m_picker, &ProjectTaskPicker::favoriteToggled, this, &QuickAddBar::favoriteToggled);
    connect(m_description, &QLineEdit::textEdited, m_message, &QLabel::hide);
    connect(m_duration, &DurationEdit::secondsChanged, m_message, &QLabel::hide);
}

void QuickAddBar::setProjectsModel(ProjectsModel *model)
{
    m_picker->setProjectsModel(model);
}

void QuickAddBar::setDate(const QDate &date)
{
    m_date = date;
}

bool QuickAddBar::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (enter) {
            submit();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void QuickAddBar::onPicked()
{
    m_message->hide();
    m_description->setFocus(Qt::OtherFocusReason);
}

bool QuickAddBar::submit()
{
    const ProjectTaskKey key = m_picker->current();
    if (key.projectId == 0 || key.taskId == 0) {
        showMessage(tr("Pick a project and task first."));
        m_picker->lineEdit()->setFocus(Qt::OtherFocusReason);
        return false;
    }
    const QString durationText = m_duration->lineEdit()->text().trimmed();
    const DurationParser::Result parsed = DurationParser::parse(durationText);
    if (durationText.isEmpty() || !parsed.ok) {
        showMessage(durationText.isEmpty() ? tr("Enter how long you worked, for example 1:30.")
                                           : parsed.error);
        m_duration->lineEdit()->setFocus(Qt::OtherFocusReason);
        return false;
    }
    ActivityDraft draft;
    draft.date = m_date;
    draft.projectId = key.projectId;
    draft.taskId = key.taskId;
    draft.seconds = parsed.seconds;
    draft.description = m_description->text().trimmed();
    m_message->hide();
    // What was typed stays until finishAdd() says it is stored.
    emit addRequested(draft);
    return true;
}

void QuickAddBar::finishAdd(const ActionResult &result)
{
    if (!result.ok()) {
        showMessage(result.message);
        m_duration->lineEdit()->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_description->clear();
    m_duration->lineEdit()->clear();
    m_description->setFocus(Qt::OtherFocusReason);
}

void QuickAddBar::focusFirstField()
{
    const ProjectTaskKey key = m_picker->current();
    if (key.projectId == 0)
        m_picker->lineEdit()->setFocus(Qt::ShortcutFocusReason);
    else
        m_description->setFocus(Qt::ShortcutFocusReason);
}

QString QuickAddBar::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void QuickAddBar::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->show();
}
