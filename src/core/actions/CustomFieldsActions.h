// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/actions/CustomFieldsEdit.h"
#include "core/api/ApiError.h"
#include "core/domain/Project.h"

#include <QObject>

#include <functional>
#include <optional>

class ApiClient;
class LocalChanges;
class LocalStore;

// What the project and customer details windows do with custom fields,
// without a window: which definitions to show (none, with one line of
// explanation, when the user may not read them), the values to start from
// (the cache at once, MOCO's as soon as they arrive), and saving.
//
// Saving re-reads the record just before it stores anything, so a field
// the user did not touch keeps the value a colleague gave it meanwhile, and
// a field changed on both sides comes back as a conflict for the user to
// settle (CustomFieldsEdit). The change then goes through the outbox like
// every other write: offline it waits, and it arrives once.
class CustomFieldsActions : public QObject
{
    Q_OBJECT

public:
    enum class Owner { Project, Customer };

    struct Loaded
    {
        std::optional<CustomFieldValues> values; // nullopt: not readable (see message)
        QString message;                         // translated; why not, or a note
    };

    struct Saved
    {
        enum class Status { Stored, Conflicts, Invalid, NotStored };
        Status status = Status::Stored;
        QString message; // translated: a note (e.g. waiting for the network) or why not
    };

    CustomFieldsActions(LocalStore *store, LocalChanges *changes, ApiClient *api,
                        QObject *parent = nullptr);

    static QString entityName(Owner owner); // "Project", "Customer"

    // What the project details window shows besides the fields, from the
    // cache; and the project an activity is booked on (its row's menu).
    std::optional<Project> project(qint64 projectId) const;
    std::optional<qint64> projectOfActivity(qint64 activityLocalId) const;

    // The fields to show, in MOCO's order; empty with `hiddenReason` set when
    // there are none to show.
    QList<CustomFieldDefinition> definitions(Owner owner) const;
    QString hiddenReason(Owner owner) const;

    // The values in the cache; nullopt when the record was never read.
    std::optional<CustomFieldValues> cachedValues(Owner owner, qint64 id) const;
    // Reads the record from MOCO into the cache. `done` runs in `context`,
    // never after it is gone (the window that asked).
    void load(Owner owner, qint64 id, QObject *context, std::function<void(const Loaded &)> done);

    // Checks, re-reads and stores `edit` (see the class comment). `done`
    // gets the edit as it is now: on Conflicts it holds them; resolve each
    // and save again.
    void save(Owner owner, qint64 id, const CustomFieldsEdit &edit, QObject *context,
              std::function<void(const Saved &, const CustomFieldsEdit &)> done);

private:
    void read(Owner owner, qint64 id, QObject *context,
              std::function<void(const ApiError &, const CustomFieldValues &)> done);
    Saved store(Owner owner, qint64 id, const CustomFieldsEdit &edit, const QString &note);
    CustomFieldValues withUnsent(Owner owner, qint64 id, const CustomFieldValues &server) const;

    LocalStore *m_store;
    LocalChanges *m_changes;
    ApiClient *m_api;
};
