// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/moco/ProjectJson.h"

#include "fakeserver/data/FakeDatabase.h"
#include "fakeserver/data/StorageJson.h"
#include "fakeserver/moco/UserJson.h"

#include <QJsonArray>

namespace {

QJsonObject customerOf(const ProjectRecord &project, const FakeDatabase &database)
{
    const CustomerRecord *customer = database.projects().findCustomer(project.customerId);
    return QJsonObject{{QStringLiteral("id"), project.customerId},
                       {QStringLiteral("name"), customer ? customer->name : QString()}};
}

} // namespace

QJsonObject ProjectJson::assigned(const ProjectRecord &project, qint64 userId,
                                  const FakeDatabase &database)
{
    QJsonArray tasks;
    for (const TaskRecord &task : project.tasks) {
        tasks.append(QJsonObject{{QStringLiteral("id"), task.id},
                                 {QStringLiteral("name"), task.name},
                                 {QStringLiteral("active"), task.active},
                                 {QStringLiteral("billable"), task.billable}});
    }
    QJsonObject object{
        {QStringLiteral("id"), project.id},
        {QStringLiteral("identifier"), StorageJson::nullableString(project.identifier)},
        {QStringLiteral("name"), project.name},
        {QStringLiteral("active"), project.active},
        {QStringLiteral("billable"), project.billable},
        {QStringLiteral("customer"), customerOf(project, database)},
        {QStringLiteral("tasks"), tasks},
    };
    if (const ContractRecord *contract = project.contractOf(userId)) {
        object.insert(QStringLiteral("contract"),
                      QJsonObject{{QStringLiteral("user_id"), contract->userId},
                                  {QStringLiteral("active"), contract->active}});
    }
    return object;
}

QJsonObject ProjectJson::full(const ProjectRecord &project, const FakeDatabase &database)
{
    QJsonArray tasks;
    for (const TaskRecord &task : project.tasks) {
        tasks.append(QJsonObject{
            {QStringLiteral("id"), task.id},
            {QStringLiteral("name"), task.name},
            {QStringLiteral("billable"), task.billable},
            {QStringLiteral("active"), task.active},
            {QStringLiteral("budget"), StorageJson::optionalNumber(task.budget)},
            {QStringLiteral("hourly_rate"), task.hourlyRate},
            {QStringLiteral("description"), StorageJson::nullableString(task.description)},
        });
    }
    QJsonArray contracts;
    for (const ContractRecord &contract : project.contracts) {
        const UserRecord *user = database.users().find(contract.userId);
        contracts.append(QJsonObject{
            {QStringLiteral("id"), contract.id},
            {QStringLiteral("user_id"), contract.userId},
            {QStringLiteral("firstname"), user ? user->firstname : QString()},
            {QStringLiteral("lastname"), user ? user->lastname : QString()},
            {QStringLiteral("billable"), contract.billable},
            {QStringLiteral("active"), contract.active},
            {QStringLiteral("budget"), StorageJson::optionalNumber(contract.budget)},
            {QStringLiteral("hourly_rate"), contract.hourlyRate},
        });
    }
    const QJsonValue null(QJsonValue::Null);
    return QJsonObject{
        {QStringLiteral("id"), project.id},
        {QStringLiteral("identifier"), StorageJson::nullableString(project.identifier)},
        {QStringLiteral("name"), project.name},
        {QStringLiteral("active"), project.active},
        {QStringLiteral("billable"), project.billable},
        {QStringLiteral("fixed_price"), project.fixedPrice},
        {QStringLiteral("retainer"), project.retainer},
        {QStringLiteral("start_date"), StorageJson::date(project.startDate)},
        {QStringLiteral("finish_date"), StorageJson::date(project.finishDate)},
        {QStringLiteral("color"), project.color},
        {QStringLiteral("currency"), project.currency},
        {QStringLiteral("billing_variant"), project.billingVariant},
        {QStringLiteral("billing_address"), QStringLiteral("")},
        {QStringLiteral("billing_email_to"), null},
        {QStringLiteral("billing_email_cc"), null},
        {QStringLiteral("billing_notes"), QStringLiteral("")},
        {QStringLiteral("setting_include_time_report"), true},
        {QStringLiteral("budget"), StorageJson::optionalNumber(project.budget)},
        {QStringLiteral("budget_monthly"), null},
        {QStringLiteral("budget_expenses"), null},
        {QStringLiteral("hourly_rate"), project.hourlyRate},
        {QStringLiteral("info"), project.info},
        {QStringLiteral("tags"), StorageJson::stringArray(project.tags)},
        {QStringLiteral("labels"), StorageJson::stringArray(project.tags)},
        {QStringLiteral("customer_report_url"),
         QStringLiteral("https://demo.mocoapp.com/projects/%1/report").arg(project.id)},
        {QStringLiteral("custom_properties"), project.customProperties},
        {QStringLiteral("leader"), UserJson::reference(project.leaderId, database)},
        {QStringLiteral("co_leader"), null},
        {QStringLiteral("customer"), customerOf(project, database)},
        {QStringLiteral("deal"), null},
        {QStringLiteral("project_group"), null},
        {QStringLiteral("billing_contact"), null},
        {QStringLiteral("contact"), null},
        {QStringLiteral("secondary_contact"), null},
        {QStringLiteral("tasks"), tasks},
        {QStringLiteral("contracts"), contracts},
        {QStringLiteral("created_at"), StorageJson::timestamp(project.createdAt)},
        {QStringLiteral("updated_at"), StorageJson::timestamp(project.updatedAt)},
    };
}
