// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActivityEditor.h"
#include "ui_ActivityEditor.h"

#include "ProjectTaskPicker.h"
#include "core/models/ItemDataRole.h"
#include "core/models/ProjectFilterProxy.h"
#include "core/models/ProjectsModel.h"
#include "core/models/SearchText.h"

#include <QAbstractItemView>
#include <QAbstractProxyModel>
#include <QCompleter>
#include <QKeyEvent>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QStandardItemModel>
#include <QTimer>

#include <algorithm>

namespace {

// Data of the project combo's items.
enum ProjectRole : int {
    ProjectIdRole = Qt::UserRole,
    HaystackRole,
    CustomerIdRole,
    CustomerNameRole,
    IdentifierRole,
    NameRole,
    ProjectBillableRole,
};
// Data of the task combo's items.
enum TaskRole : int { TaskIdRole = Qt::UserRole, TaskBillableRole };

QString projectItemText(const QString &project, const QString &customer)
{
    //: A project in the editor's list: project (customer)
    return customer.isEmpty() ? project : ActivityEditor::tr("%1 (%2)").arg(project, customer);
}

QPalette errorPalette(const QPalette &base)
{
    // Qt's palette has no "negative" role: a red that stays readable on light and dark themes.
    QPalette palette = base;
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    palette.setColor(QPalette::WindowText,
                     dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xc0, 0x1c, 0x28));
    return palette;
}

} // namespace

ActivityEditor::ActivityEditor(ProjectsModel *projects, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ActivityEditor>())
    , m_projects(projects)
    , m_matches(new QStandardItemModel(this))
    , m_completer(new QCompleter(m_matches, this))
{
    m_ui->setupUi(this);

    QComboBox *project = m_ui->projectCombo;
    // An editable combo is announced by its text: the line edit needs the name as well.
    project->lineEdit()->setAccessibleName(tr("Project"));
    project->lineEdit()->setPlaceholderText(tr("Type to find a project…"));
    project->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    project->setMinimumContentsLength(32);
    m_ui->taskCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_ui->taskCombo->setMinimumContentsLength(24);
    // The combo's own completer matches prefixes with accents; ours matches every typed word
    // anywhere in customer, identifier and name, accents ignored (SearchText).
    project->setCompleter(nullptr);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(12);
    project->lineEdit()->setCompleter(m_completer);
    m_completer->popup()->installEventFilter(this);

    m_ui->dateEdit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_ui->descriptionEdit->setMaximumHeight(m_ui->descriptionEdit->fontMetrics().lineSpacing() * 4 +
                                            2 * m_ui->descriptionEdit->frameWidth() + 8);
    m_ui->remoteToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    for (QLabel *label :
         {m_ui->dateError, m_ui->projectError, m_ui->taskError, m_ui->descriptionError,
          m_ui->tagError, m_ui->remoteError, m_ui->generalError}) {
        label->setPalette(errorPalette(label->palette()));
        showError(label, {});
    }
    setNotice({});
    onRemoteToggled(false);

    if (m_projects) {
        m_ordered = new ProjectFilterProxy(m_projects, this);
        connect(m_projects, &QAbstractItemModel::modelReset, this,
                &ActivityEditor::onProjectsReset);
    }
    fillProjects();

    connect(m_ui->saveButton, &QPushButton::clicked, this, &ActivityEditor::onSaveClicked);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_ui->deleteButton, &QPushButton::clicked, this,
            [this] { emit deleteRequested(m_localId); });
    connect(project, &QComboBox::currentIndexChanged, this, &ActivityEditor::onProjectChosen);
    connect(m_ui->taskCombo, &QComboBox::currentIndexChanged, this, &ActivityEditor::onTaskChosen);
    connect(project->lineEdit(), &QLineEdit::textEdited, this,
            &ActivityEditor::onProjectTextEdited);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            &ActivityEditor::onProjectCompletionActivated);
    connect(m_ui->remoteToggle, &QToolButton::toggled, this, &ActivityEditor::onRemoteToggled);
    // A message stays until the field it is about is changed.
    connect(m_ui->dateEdit, &QDateEdit::dateChanged, this,
            [this] { showError(m_ui->dateError, {}); });
    connect(m_ui->descriptionEdit, &QPlainTextEdit::textChanged, this,
            [this] { showError(m_ui->descriptionError, {}); });
    connect(m_ui->tagEdit, &QLineEdit::textEdited, this, [this] { showError(m_ui->tagError, {}); });
    connect(m_ui->remoteIdEdit, &QLineEdit::textEdited, this,
            [this] { showError(m_ui->remoteError, {}); });
    connect(m_ui->remoteUrlEdit, &QLineEdit::textEdited, this,
            [this] { showError(m_ui->remoteError, {}); });

    setNewActivity({}); // the owner passes the date: today comes from its Clock
    resize(std::max(480, sizeHint().width()), sizeHint().height());
}

ActivityEditor::~ActivityEditor() = default;

void ActivityEditor::setNewActivity(const QDate &date, const ProjectTaskKey &key)
{
    m_localId = 0;
    m_original = Activity{};
    setWindowTitle(tr("New activity"));
    setReadOnly(false);
    setNotice({});
    clearErrors();
    if (date.isValid())
        m_ui->dateEdit->setDate(date);
    m_ui->durationEdit->setAllowEmpty(false);
    m_ui->durationEdit->lineEdit()->clear();
    m_ui->descriptionEdit->clear();
    m_ui->tagEdit->clear();
    m_ui->remoteIdEdit->clear();
    m_ui->remoteUrlEdit->clear();
    m_ui->remoteToggle->setChecked(false);
    m_ui->billableCheck->setChecked(true);
    m_ui->deleteButton->hide();
    selectProject(key.projectId);
    if (key.taskId != 0)
        selectTask(key.taskId);
    onTaskChosen(); // billable from the task
    (key.projectId == 0 ? static_cast<QWidget *>(m_ui->projectCombo)
                        : static_cast<QWidget *>(m_ui->durationEdit))
        ->setFocus();
}

void ActivityEditor::setActivity(const LocalActivity &record)
{
    const Activity &activity = record.activity;
    m_localId = record.localId;
    m_original = activity;
    setWindowTitle(tr("Edit activity"));
    clearErrors();
    m_ui->dateEdit->setDate(activity.date);
    selectProject(activity.project.id, activity.project);
    selectTask(activity.task.id, activity.task);
    m_ui->durationEdit->setAllowEmpty(false);
    m_ui->durationEdit->setSeconds(activity.seconds);
    m_ui->descriptionEdit->setPlainText(activity.description);
    m_ui->billableCheck->setChecked(activity.billable);
    m_ui->tagEdit->setText(activity.tag);
    m_ui->remoteIdEdit->setText(activity.remoteId);
    m_ui->remoteUrlEdit->setText(activity.remoteUrl);
    m_ui->remoteToggle->setChecked(!activity.remoteId.isEmpty() || !activity.remoteUrl.isEmpty());
    m_ui->deleteButton->setVisible(!activity.billed);
    setReadOnly(activity.billed);
    if (activity.billed) {
        setNotice(tr("Billed: this activity can no longer be changed."));
    } else if (activity.isRunning()) {
        // MOCO refuses a changed duration or date while the timer runs.
        m_ui->durationEdit->setReadOnly(true);
        m_ui->dateEdit->setReadOnly(true);
        setNotice(tr("A timer is running on this activity. Stop it to change the date or the "
                     "duration."));
    } else {
        setNotice({});
    }

    if (!record.fieldErrors.isEmpty())
        setFieldErrors(record.fieldErrors);
    else if (!record.errorMessage.isEmpty())
        showError(m_ui->generalError, record.errorMessage);
    m_ui->descriptionEdit->setFocus();
}

void ActivityEditor::setFieldErrors(const QMap<QString, QStringList> &errors)
{
    clearErrors();
    QStringList general;
    for (auto it = errors.cbegin(); it != errors.cend(); ++it) {
        const QString text = it.value().join(QLatin1Char('\n'));
        const QString &field = it.key();
        if (field == QLatin1String("seconds") || field == QLatin1String("hours")) {
            m_ui->durationEdit->setErrorText(text);
        } else if (QLabel *label = errorLabelFor(field); label != m_ui->generalError) {
            showError(label, label->text().isEmpty() ? text : label->text() + u'\n' + text);
        } else if (field == QLatin1String("base") || field.isEmpty()) {
            general << text;
        } else {
            //: A server message about a field the editor does not show: "field: message"
            general << tr("%1: %2").arg(field, text);
        }
    }
    showError(m_ui->generalError, general.join(QLatin1Char('\n')));
}

QLabel *ActivityEditor::errorLabelFor(const QString &field) const
{
    if (field == QLatin1String("date"))
        return m_ui->dateError;
    if (field == QLatin1String("project") || field == QLatin1String("project_id"))
        return m_ui->projectError;
    if (field == QLatin1String("task") || field == QLatin1String("task_id"))
        return m_ui->taskError;
    if (field == QLatin1String("description"))
        return m_ui->descriptionError;
    if (field == QLatin1String("tag"))
        return m_ui->tagError;
    if (field == QLatin1String("remote") || field == QLatin1String("remote_id") ||
        field == QLatin1String("remote_url") || field == QLatin1String("remote_service"))
        return m_ui->remoteError;
    return m_ui->generalError;
}

QString ActivityEditor::errorText(const QString &field) const
{
    if (field == QLatin1String("duration"))
        return m_ui->durationEdit->errorText();
    const QLabel *label =
        field == QLatin1String("general") ? m_ui->generalError : errorLabelFor(field);
    return label->isHidden() ? QString() : label->text();
}

ProjectTaskKey ActivityEditor::currentKey() const
{
    return {selectedProjectId(), selectedTaskId()};
}

ActivityDraft ActivityEditor::draft() const
{
    ActivityDraft draft;
    draft.date = m_ui->dateEdit->date();
    draft.projectId = selectedProjectId();
    draft.taskId = selectedTaskId();
    draft.seconds = m_ui->durationEdit->seconds().value_or(0);
    draft.description = m_ui->descriptionEdit->toPlainText().trimmed();
    draft.billable = m_ui->billableCheck->isChecked();
    draft.tag = m_ui->tagEdit->text().trimmed();
    draft.remoteId = m_ui->remoteIdEdit->text().trimmed();
    draft.remoteUrl = m_ui->remoteUrlEdit->text().trimmed();
    return draft;
}

Activity ActivityEditor::edited() const
{
    Activity activity = m_original;
    activity.date = m_ui->dateEdit->date();
    const QComboBox *project = m_ui->projectCombo;
    if (const qint64 projectId = selectedProjectId(); projectId != activity.project.id) {
        const int row = project->currentIndex();
        activity.project.id = projectId;
        activity.project.name = project->itemData(row, NameRole).toString();
        activity.project.identifier = project->itemData(row, IdentifierRole).toString();
        activity.project.billable = project->itemData(row, ProjectBillableRole).toBool();
        activity.customer = CustomerRef{project->itemData(row, CustomerIdRole).toLongLong(),
                                        project->itemData(row, CustomerNameRole).toString()};
    }
    if (const qint64 taskId = selectedTaskId(); taskId != activity.task.id) {
        activity.task.id = taskId;
        activity.task.name = m_ui->taskCombo->currentText();
        activity.task.billable = m_ui->taskCombo->currentData(TaskBillableRole).toBool();
    }
    activity.seconds = m_ui->durationEdit->seconds().value_or(activity.seconds);
    activity.hours.reset(); // seconds are authoritative; the decimal copy would be stale
    activity.description = m_ui->descriptionEdit->toPlainText().trimmed();
    activity.billable = m_ui->billableCheck->isChecked();
    activity.tag = m_ui->tagEdit->text().trimmed();
    activity.remoteId = m_ui->remoteIdEdit->text().trimmed();
    activity.remoteUrl = m_ui->remoteUrlEdit->text().trimmed();
    return activity;
}

void ActivityEditor::onSaveClicked()
{
    if (m_readOnly)
        return;
    if (validate())
        emit saveRequested();
}

bool ActivityEditor::validate()
{
    clearErrors();
    QWidget *firstProblem = nullptr;
    const auto problem = [&firstProblem](QWidget *field) {
        if (!firstProblem)
            firstProblem = field;
    };
    if (selectedProjectId() == 0) {
        showError(m_ui->projectError, tr("Choose a project from the list."));
        problem(m_ui->projectCombo);
    } else if (selectedTaskId() == 0) {
        showError(m_ui->taskError, tr("Choose a task of this project."));
        problem(m_ui->taskCombo);
    }
    DurationEdit *duration = m_ui->durationEdit;
    if (!duration->validate()) {
        problem(duration);
    } else if (isNew() && duration->seconds().value_or(0) == 0) {
        // MOCO would start a timer for a new 0:00 activity of today.
        duration->setErrorText(tr("Enter the time spent, more than 0 minutes."));
        problem(duration);
    }
    if (firstProblem)
        firstProblem->setFocus();
    return !firstProblem;
}

void ActivityEditor::clearErrors()
{
    for (QLabel *label :
         {m_ui->dateError, m_ui->projectError, m_ui->taskError, m_ui->descriptionError,
          m_ui->tagError, m_ui->remoteError, m_ui->generalError})
        showError(label, {});
    m_ui->durationEdit->setErrorText({});
}

void ActivityEditor::showError(QLabel *label, const QString &text)
{
    label->setText(text);
    if (label == m_ui->generalError)
        label->setVisible(!text.isEmpty());
    else
        m_ui->formLayout->setRowVisible(label, !text.isEmpty());
}

void ActivityEditor::setNotice(const QString &text)
{
    m_ui->noticeLabel->setText(text);
    m_ui->noticeLabel->setVisible(!text.isEmpty());
}

void ActivityEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_ui->dateEdit->setReadOnly(readOnly);
    m_ui->projectCombo->setEnabled(!readOnly);
    m_ui->taskCombo->setEnabled(!readOnly);
    m_ui->durationEdit->setReadOnly(readOnly);
    m_ui->descriptionEdit->setReadOnly(readOnly);
    m_ui->billableCheck->setEnabled(!readOnly);
    m_ui->tagEdit->setReadOnly(readOnly);
    m_ui->remoteIdEdit->setReadOnly(readOnly);
    m_ui->remoteUrlEdit->setReadOnly(readOnly);
    m_ui->saveButton->setVisible(!readOnly);
    m_ui->saveButton->setDefault(!readOnly);
    m_ui->cancelButton->setText(readOnly ? tr("Close") : tr("Cancel"));
    // The name stays "Cancel": scripts and screen-reader users find the way out by it.
}

void ActivityEditor::onRemoteToggled(bool expanded)
{
    m_ui->remoteToggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_ui->formLayout->setRowVisible(m_ui->remoteIdEdit, expanded);
    m_ui->formLayout->setRowVisible(m_ui->remoteUrlEdit, expanded);
    if (!expanded)
        m_ui->formLayout->setRowVisible(m_ui->remoteError, false);
}

void ActivityEditor::fillProjects()
{
    QComboBox *combo = m_ui->projectCombo;
    const QSignalBlocker blocker(combo);
    combo->clear();
    if (!m_ordered)
        return;
    for (int c = 0; c < m_ordered->rowCount(); ++c) {
        const QModelIndex customer = m_ordered->index(c, 0);
        const QString customerName = customer.data().toString();
        for (int p = 0; p < m_ordered->rowCount(customer); ++p) {
            const QModelIndex project = m_ordered->index(p, 0, customer);
            const int row = combo->count();
            combo->addItem(projectItemText(project.data().toString(), customerName));
            combo->setItemData(row, project.data(ItemDataRole::ProjectId), ProjectIdRole);
            combo->setItemData(row, m_projects->haystack(m_ordered->mapToSource(project)),
                               HaystackRole);
            combo->setItemData(row, customer.data(ItemDataRole::CustomerId), CustomerIdRole);
            combo->setItemData(row, customerName, CustomerNameRole);
            combo->setItemData(row, project.data(ItemDataRole::ProjectIdentifier), IdentifierRole);
            combo->setItemData(row, ProjectTaskPicker::projectName(project), NameRole);
            combo->setItemData(row, project.data(ItemDataRole::IsBillable), ProjectBillableRole);
            combo->setItemData(row, project.data(Qt::ToolTipRole), Qt::ToolTipRole);
        }
    }
    combo->setCurrentIndex(-1);
}

void ActivityEditor::onProjectsReset()
{
    // A sync replaced the projects while the dialog is open: keep what is chosen.
    const ProjectTaskKey key = currentKey();
    const ProjectRef projectFallback{key.projectId, m_original.project.identifier,
                                     m_original.project.name, m_original.project.billable};
    fillProjects();
    selectProject(key.projectId,
                  key.projectId == m_original.project.id ? projectFallback : ProjectRef{});
    selectTask(key.taskId, key.taskId == m_original.task.id ? m_original.task : TaskRef{});
}

void ActivityEditor::selectProject(qint64 projectId, const ProjectRef &fallback)
{
    QComboBox *combo = m_ui->projectCombo;
    const QSignalBlocker blocker(combo);
    int row = projectId == 0 ? -1 : combo->findData(projectId, ProjectIdRole);
    if (row < 0 && projectId != 0 && fallback.id == projectId) {
        // Not bookable any more (archived, contract ended): still shown, so an edit keeps it.
        const QString name = fallback.identifier.isEmpty()
                                 ? fallback.name
                                 : QCoreApplication::translate("ProjectsModel", "%1 – %2")
                                       .arg(fallback.identifier, fallback.name);
        row = combo->count();
        combo->addItem(name);
        combo->setItemData(row, projectId, ProjectIdRole);
        combo->setItemData(row, SearchText::haystack(name), HaystackRole);
        combo->setItemData(row, fallback.name, NameRole);
        combo->setItemData(row, fallback.identifier, IdentifierRole);
        combo->setItemData(row, fallback.billable.value_or(false), ProjectBillableRole);
        if (m_original.customer) {
            combo->setItemData(row, m_original.customer->id, CustomerIdRole);
            combo->setItemData(row, m_original.customer->name, CustomerNameRole);
        }
    }
    combo->setCurrentIndex(row);
    if (row >= 0)
        combo->setEditText(combo->itemText(row));
    else
        combo->clearEditText();
    fillTasks(projectId == 0 || row < 0 ? 0 : projectId);
}

void ActivityEditor::fillTasks(qint64 projectId)
{
    QComboBox *combo = m_ui->taskCombo;
    const QSignalBlocker blocker(combo);
    combo->clear();
    if (projectId == 0 || !m_ordered)
        return;
    QModelIndex projectRow;
    for (int c = 0; c < m_ordered->rowCount() && !projectRow.isValid(); ++c) {
        const QModelIndex customer = m_ordered->index(c, 0);
        for (int p = 0; p < m_ordered->rowCount(customer); ++p) {
            const QModelIndex candidate = m_ordered->index(p, 0, customer);
            if (candidate.data(ItemDataRole::ProjectId).toLongLong() == projectId) {
                projectRow = candidate;
                break;
            }
        }
    }
    for (int t = 0; t < m_ordered->rowCount(projectRow); ++t) {
        const QModelIndex task = m_ordered->index(t, 0, projectRow);
        const int row = combo->count();
        combo->addItem(task.data().toString());
        combo->setItemData(row, task.data(ItemDataRole::TaskId), TaskIdRole);
        combo->setItemData(row, task.data(ItemDataRole::IsBillable), TaskBillableRole);
    }
    // One task, or a favourite/recent one on top: preselected; otherwise the user chooses.
    const bool obvious =
        combo->count() == 1 ||
        (combo->count() > 0 &&
         m_ordered->index(0, 0, projectRow).data(ItemDataRole::PickRank).toInt() > 0);
    combo->setCurrentIndex(obvious ? 0 : -1);
}

void ActivityEditor::selectTask(qint64 taskId, const TaskRef &fallback)
{
    QComboBox *combo = m_ui->taskCombo;
    const QSignalBlocker blocker(combo);
    int row = taskId == 0 ? -1 : combo->findData(taskId, TaskIdRole);
    if (row < 0 && taskId != 0 && fallback.id == taskId && selectedProjectId() != 0) {
        row = combo->count();
        combo->addItem(fallback.name);
        combo->setItemData(row, taskId, TaskIdRole);
        combo->setItemData(row, fallback.billable.value_or(false), TaskBillableRole);
    }
    combo->setCurrentIndex(row);
}

qint64 ActivityEditor::selectedProjectId() const
{
    const QComboBox *combo = m_ui->projectCombo;
    const int row = combo->currentIndex();
    // Typed text that was not turned into a choice does not count.
    if (row < 0 || combo->currentText() != combo->itemText(row))
        return 0;
    return combo->itemData(row, ProjectIdRole).toLongLong();
}

qint64 ActivityEditor::selectedTaskId() const
{
    if (selectedProjectId() == 0)
        return 0;
    return m_ui->taskCombo->currentData(TaskIdRole).toLongLong();
}

void ActivityEditor::onProjectChosen()
{
    showError(m_ui->projectError, {});
    showError(m_ui->taskError, {});
    fillTasks(selectedProjectId());
    onTaskChosen();
}

void ActivityEditor::onTaskChosen()
{
    showError(m_ui->taskError, {});
    // A new activity is billable as its task is; an edit keeps what was decided.
    if (isNew() && m_ui->taskCombo->currentIndex() >= 0)
        m_ui->billableCheck->setChecked(m_ui->taskCombo->currentData(TaskBillableRole).toBool());
}

void ActivityEditor::onProjectTextEdited(const QString &text)
{
    m_matches->clear();
    const QStringList needles = SearchText::needles(text);
    if (needles.isEmpty())
        return;
    const QComboBox *combo = m_ui->projectCombo;
    for (int row = 0; row < combo->count(); ++row) {
        if (!SearchText::matches(combo->itemData(row, HaystackRole).toString(), needles))
            continue;
        auto *item = new QStandardItem(combo->itemText(row));
        item->setData(combo->itemData(row, ProjectIdRole), ProjectIdRole);
        item->setEditable(false);
        m_matches->appendRow(item);
    }
    if (m_matches->rowCount() == 0)
        return;
    m_completer->setCompletionPrefix(text);
    m_completer->complete();
}

bool ActivityEditor::eventFilter(QObject *watched, QEvent *event)
{
    // Enter in the project popup takes the best match without an arrow key first. (Selecting
    // it up front would put its text into the line edit while the user is still typing.)
    if (watched == m_completer->popup() && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) &&
            !m_completer->popup()->currentIndex().isValid() && m_matches->rowCount() > 0) {
            m_completer->popup()->hide();
            onProjectCompletionActivated(m_matches->index(0, 0));
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ActivityEditor::onProjectCompletionActivated(const QModelIndex &index)
{
    QModelIndex match = index;
    if (match.model() != m_matches) {
        if (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(match.model()))
            match = proxy->mapToSource(match);
    }
    const qint64 projectId = match.data(ProjectIdRole).toLongLong();
    QComboBox *combo = m_ui->projectCombo;
    const int row = combo->findData(projectId, ProjectIdRole);
    if (row < 0)
        return;
    const bool same = row == combo->currentIndex();
    combo->setCurrentIndex(row);
    combo->setEditText(combo->itemText(row));
    if (same)
        onProjectChosen();
    m_ui->taskCombo->setFocus();
}
