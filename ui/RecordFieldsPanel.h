// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/actions/CustomFieldsActions.h"

#include <QWidget>

class CustomFieldsForm;
class QLabel;
class QPushButton;

// The custom fields section of a details window (project or customer): the
// form, "Save" and "Revert", and one line that says what happened. It shows
// the cached values at once and MOCO's as soon as they arrive (unless the
// user has started typing), and saves through CustomFieldsActions.
class RecordFieldsPanel : public QWidget
{
    Q_OBJECT

public:
    RecordFieldsPanel(CustomFieldsActions *actions, CustomFieldsActions::Owner owner, qint64 id,
                      QWidget *parent = nullptr);

    bool hasUnsavedChanges() const { return m_edit.hasChanges(); }
    CustomFieldsForm *form() const { return m_form; }

public slots:
    void save();
    void revert();

private:
    void showEdit(const CustomFieldValues &values);
    void updateButtons();
    void setStatus(const QString &text, bool problem);

    CustomFieldsActions *m_actions;
    CustomFieldsActions::Owner m_owner;
    qint64 m_id;
    CustomFieldsEdit m_edit;
    CustomFieldsForm *m_form;
    QPushButton *m_save;
    QPushButton *m_revert;
    QLabel *m_status;
    bool m_saving = false;
    bool m_built = false; // the form has its rows
};
