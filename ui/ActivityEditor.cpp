// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActivityEditor.h"
#include "ui_ActivityEditor.h"

#include "ErrorPalette.h"
#include "ProjectTaskPicker.h"
#include "core/models/ItemDataRole.h"
#include "core/models/ProjectTaskListModel.h"
#include "core/models/ProjectTaskRanking.h"
#include "core/models/ProjectsModel.h"

#include <QLineEdit>
#include <QSignalBlocker>

#include <algorithm>

namespace {

// Data of the task combo's items.
enum TaskRole : int { TaskIdRole = Qt::UserRole, TaskBillableRole };

} // namespace

ActivityEditor::ActivityEditor(ProjectsModel *projects, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ActivityEditor>())
    , m_projects(projects)
{
    m_ui->setupUi(this);

    ProjectTaskPicker *picker = m_ui->projectPicker;
    // The field and the line edit in it both carry the name: screen readers announce the line
    // edit, scripts and tests look for either by "Project".
    picker->lineEdit()->setAccessibleName(tr("Project"));
    picker->setMinimumWidth(picker->fontMetrics().averageCharWidth() * 40);
    picker->setProjectsModel(m_projects);
    m_ui->taskCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_ui->taskCombo->setMinimumContentsLength(24);

    m_ui->dateEdit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_ui->descriptionEdit->setMaximumHeight(m_ui->descriptionEdit->fontMetrics().lineSpacing() * 4 +
                                            2 * m_ui->descriptionEdit->frameWidth() + 8);
    m_ui->remoteToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    for (QLabel *label :
         {m_ui->dateError, m_ui->projectError, m_ui->taskError, m_ui->descriptionError,
          m_ui->tagError, m_ui->remoteError, m_ui->generalError}) {
        ErrorPalette::applyTo(label);
        showError(label, {});
    }
    setNotice({});
    onRemoteToggled(false);

    if (m_projects)
        connect(m_projects, &QAbstractItemModel::modelReset, this,
                &ActivityEditor::onProjectsReset);

    connect(m_ui->saveButton, &QPushButton::clicked, this, &ActivityEditor::onSaveClicked);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_ui->deleteButton, &QPushButton::clicked, this,
            [this] { emit deleteRequested(m_localId); });
    connect(picker, &ProjectTaskPicker::picked, this, &ActivityEditor::onPicked);
    connect(picker, &ProjectTaskPicker::favoriteToggled, this, &ActivityEditor::favoriteToggled);
    connect(m_ui->taskCombo, &QComboBox::currentIndexChanged, this, [this] {
        showPickInPicker();
        onTaskChosen();
    });
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
    select(key);
    onTaskChosen(); // billable from the task
    (key.projectId == 0 ? static_cast<QWidget *>(m_ui->projectPicker)
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
    select({activity.project.id, activity.task.id}, activity.project, activity.task);
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
    if (const qint64 projectId = selectedProjectId(); projectId != activity.project.id) {
        // Only a bookable project can be picked instead of the activity's own one.
        const QModelIndex project =
            m_projects ? m_projects->indexOfProject(projectId) : QModelIndex();
        activity.project.id = projectId;
        activity.project.name = project.data(ItemDataRole::ProjectName).toString();
        activity.project.identifier = project.data(ItemDataRole::ProjectIdentifier).toString();
        activity.project.billable = project.data(ItemDataRole::IsBillable).toBool();
        activity.customer = CustomerRef{project.data(ItemDataRole::CustomerId).toLongLong(),
                                        project.data(ItemDataRole::CustomerName).toString()};
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
        problem(m_ui->projectPicker);
    } else if (selectedTaskId() == 0) {
        showError(m_ui->taskError, tr("Choose a task of this project."));
        problem(m_ui->taskCombo);
    }
    DurationEdit *duration = m_ui->durationEdit;
    // Whether 0:00 may be saved is ActivityActions' rule; its refusal comes
    // back through setFieldErrors().
    if (!duration->validate())
        problem(duration);
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
    m_ui->projectPicker->setEnabled(!readOnly);
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

void ActivityEditor::onProjectsReset()
{
    // A sync replaced the projects while the dialog is open: keep what is chosen.
    const ProjectTaskKey key = currentKey();
    ProjectRef projectFallback = m_projectFallback;
    if (key.projectId == m_original.project.id)
        projectFallback = m_original.project;
    select(key, projectFallback, key.taskId == m_original.task.id ? m_original.task : TaskRef{});
}

void ActivityEditor::select(const ProjectTaskKey &key, const ProjectRef &projectFallback,
                            const TaskRef &taskFallback)
{
    const bool bookable =
        key.projectId != 0 && m_projects && m_projects->indexOfProject(key.projectId).isValid();
    // Not bookable any more (archived, contract ended): still shown, so an edit keeps it.
    m_projectFallback = !bookable && key.projectId != 0 && projectFallback.id == key.projectId
                            ? projectFallback
                            : ProjectRef{};
    const qint64 projectId = bookable || m_projectFallback.id != 0 ? key.projectId : 0;
    m_ui->projectPicker->setCurrent({projectId, 0}); // selectedProjectId() from here on
    fillTasks(projectId);
    if (projectId != 0 && key.taskId != 0)
        selectTask(key.taskId, taskFallback);
    showPickInPicker();
}

void ActivityEditor::showPickInPicker()
{
    const ProjectTaskKey key = currentKey();
    if (key.projectId == 0) {
        m_ui->projectPicker->clear();
        return;
    }
    // What the picker shows when the pair is not among the bookable ones it offers.
    const QModelIndex project =
        m_projects ? m_projects->indexOfProject(key.projectId) : QModelIndex();
    const QString projectName = project.isValid()
                                    ? project.data(ItemDataRole::ProjectName).toString()
                                    : m_projectFallback.name;
    const QString fallback =
        key.taskId == 0
            ? projectName
            : ProjectTaskListModel::pickText(projectName, m_ui->taskCombo->currentText());
    m_ui->projectPicker->setCurrent(key, fallback);
}

void ActivityEditor::fillTasks(qint64 projectId)
{
    QComboBox *combo = m_ui->taskCombo;
    const QSignalBlocker blocker(combo);
    combo->clear();
    if (projectId == 0 || !m_projects)
        return;
    const QModelIndex project = m_projects->indexOfProject(projectId);
    // One task, or the one the picker would rank first (a favourite or recent one):
    // preselected; otherwise the user chooses.
    const ProjectTaskRanking ranking;
    int preselected = m_projects->rowCount(project) == 1 ? 0 : -1;
    ProjectTaskRanking::Entry best;
    for (int t = 0; t < m_projects->rowCount(project); ++t) {
        const QModelIndex task = m_projects->index(t, 0, project);
        combo->addItem(task.data().toString());
        combo->setItemData(t, task.data(ItemDataRole::TaskId), TaskIdRole);
        combo->setItemData(t, task.data(ItemDataRole::IsBillable), TaskBillableRole);
        ProjectTaskRanking::Entry entry;
        entry.favorite = task.data(ItemDataRole::IsFavorite).toBool();
        entry.recentIndex = task.data(ItemDataRole::RecentIndex).toInt();
        if (ranking.groupOf(entry) != ProjectTaskRanking::Group::Other &&
            (preselected < 0 || ranking.before(entry, best))) {
            preselected = t;
            best = entry;
        }
    }
    combo->setCurrentIndex(preselected);
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
    // Typed text that was not turned into a pick does not count: the picker keeps its pick.
    return m_ui->projectPicker->current().projectId;
}

qint64 ActivityEditor::selectedTaskId() const
{
    if (selectedProjectId() == 0)
        return 0;
    return m_ui->taskCombo->currentData(TaskIdRole).toLongLong();
}

void ActivityEditor::onPicked(const ProjectTaskKey &key)
{
    showError(m_ui->projectError, {});
    showError(m_ui->taskError, {});
    m_projectFallback = {};
    fillTasks(key.projectId);
    selectTask(key.taskId);
    showPickInPicker();
    onTaskChosen();
    // The pick named the task too: the duration is what is left to fill in.
    m_ui->durationEdit->setFocus();
}

void ActivityEditor::onTaskChosen()
{
    showError(m_ui->taskError, {});
    // A new activity is billable as its task is; an edit keeps what was decided.
    if (isNew() && m_ui->taskCombo->currentIndex() >= 0)
        m_ui->billableCheck->setChecked(m_ui->taskCombo->currentData(TaskBillableRole).toBool());
}
