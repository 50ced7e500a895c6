// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/seed/SeedCatalog.h"

#include "fakeserver/data/CustomFieldStore.h"
#include "fakeserver/data/ProjectStore.h"
#include "fakeserver/data/UserStore.h"
#include "fakeserver/seed/SeedData.h"

#include <QJsonArray>

#include <array>
#include <set>

namespace {

struct UserSeed
{
    qint64 id;
    const char *firstname;
    const char *lastname;
    const char *email;
    const char *apiKey;
    bool staff;
    bool active;
    const char *unit;
    qint64 unitId;
};

const std::array<UserSeed, 6> userSeeds{{
    {SeedData::demoUserId, "Anna", "Müller", SeedData::demoEmail, SeedData::demoApiKey, false, true,
     "Entwicklung", 901},
    {SeedData::staffUserId, "Sam", "Staff", SeedData::staffEmail, SeedData::staffApiKey, true, true,
     "Geschäftsführung", 900},
    {4294968003, "Jörg", "Weiß", "joerg.weiss@example.com", "c0ffee00c0ffee00c0ffee00c0ffee03",
     false, true, "Entwicklung", 901},
    {4294968004, "Zoë", "Dubois-Lefèvre", "zoe.dubois@example.com",
     "c0ffee00c0ffee00c0ffee00c0ffee04", false, true, "Design", 902},
    {4294968005, "Ömer", "Yıldız", "oemer.yildiz@example.com", "c0ffee00c0ffee00c0ffee00c0ffee05",
     false, true, "Beratung", 903},
    {4294968006, "Max", "Ehemalig", "max.ehemalig@example.com", "", false, false, "Entwicklung",
     901},
}};

struct ProjectSeed
{
    int customer;
    const char *name;
    bool active;
};

const std::array<const char *, 10> customerNames{{
    "Müller & Söhne Maschinenbau GmbH",
    "Café Crème SARL",
    "Zürcher Straßenbahn AG",
    "🚀 Rocket Science Ltd",
    "Łódź Software Sp. z o.o.",
    "Østergaard Æbleplantage ApS",
    "東京デザイン株式会社",
    "Ñandú Producciones S.L.",
    "Internationale Gesellschaft für außergewöhnlich lange Firmennamen, Beratung, Entwicklung "
    "und Betrieb von Softwaresystemen aller Art mbH & Co. KG (Niederlassung Süd)",
    "MocoTrack Demo GmbH (intern)",
}};
constexpr int internalCustomer = 9;

const std::array<ProjectSeed, 30> projectSeeds{{
    {0, "Website-Relaunch 2026", true},
    {0, "ERP-Anbindung SAP", true},
    {0, "Wartung & Support", true},
    {1, "Kassensystem « Crème »", true},
    {1, "Menükarte digital", true},
    {1, "Café-App (eingestellt)", false},
    {2, "Fahrplan-App „Tram 2.0“", true},
    {2, "Störungsmelder", true},
    {2, "Datenmigration Depotverwaltung", true},
    {3, "Launch Control Dashboard 🚀", true},
    {3, "Telemetry Pipeline", true},
    {4, "Übersetzungsportal (PL/DE)", true},
    {4, "Code-Review Łódź", true},
    {5, "Ernteplanung", true},
    {5, "Webshop Æbler", false},
    {6, "ブランドガイド Relaunch", true},
    {6, "Designsystem Tokio", true},
    {7, "Streaming-Plattform Ñ", true},
    {7, "Untertitel-Workflow", true},
    {8,
     "Konzeption, Entwicklung und Einführung einer mandantenfähigen Plattform für die "
     "Verwaltung außergewöhnlich langer Projektnamen in verteilten Teams (Phase II)",
     true},
    {8, "Rahmenvertrag Beratung", true},
    {8, "Altsystem-Ablösung", false},
    {9, "Interne Meetings", true},
    {9, "Weiterbildung & Konferenzen", true},
    {9, "Akquise / Angebote", true},
    {9, "MocoTrack Entwicklung", true},
    {0, "Schulung Mitarbeitende", true},
    {3, "Security Audit", true},
    {2, "Barrierefreiheit (WCAG 2.2)", true},
    {5, "Sensor-Netzwerk Obstgarten", true},
}};

const std::array<const char *, 10> taskNames{{
    "Konzeption",
    "Entwicklung",
    "Projektmanagement",
    "Design & UX",
    "Qualitätssicherung",
    "Meeting",
    "Support",
    "Dokumentation",
    "Reisezeit",
    "Fehleranalyse",
}};
constexpr int travelTask = 8;

// Which project indices each colleague is assigned to; the demo user gets all
// but a few, the staff user all.
const std::set<int> demoUnassigned{12, 17, 27, 29};
constexpr int demoInactiveContract = 18;

bool colleagueAssigned(qint64 userId, int project)
{
    switch (userId) {
    case 4294968003:
        return project <= 10 || (project >= 22 && project <= 25);
    case 4294968004:
        return (project >= 9 && project <= 20) || (project >= 22 && project <= 24);
    case 4294968005:
        return project >= 20;
    case 4294968006:
        return project <= 3;
    default:
        return false;
    }
}

QJsonObject projectCustomValues(int index, const QDateTime &nowUtc)
{
    QJsonObject values;
    if (index % 2 == 0)
        values.insert(QStringLiteral("Bestellnummer"),
                      QStringLiteral("PO-2026-%1").arg(index + 1, 3, 10, QLatin1Char('0')));
    if (index % 3 == 0)
        values.insert(QStringLiteral("Projektnotizen"),
                      QStringLiteral("Ansprechpartnerin: Frau Groß\nAbrechnung monatlich – "
                                     "bitte Stundenzettel beilegen ✓"));
    if (index % 2 == 1)
        values.insert(QStringLiteral("Ticket-System"),
                      QStringLiteral("https://tickets.example.com/projects/%1").arg(index + 1));
    if (index % 4 < 2)
        values.insert(QStringLiteral("Reisekosten abrechenbar"),
                      index % 4 == 0 ? QStringLiteral("1") : QStringLiteral("0"));
    static const std::array<const char *, 4> priorities{{"", "Hoch", "Mittel", "Niedrig"}};
    values.insert(QStringLiteral("Priorität"), QString::fromUtf8(priorities[index % 4]));
    static const std::array<const char *, 5> teams{{"Backend", "Frontend", "Design", "QA", "Ops"}};
    QJsonArray chosen;
    for (int team = 0; team < 5; ++team) {
        if ((index + team) % 3 == 0)
            chosen.append(QString::fromUtf8(teams[team]));
    }
    values.insert(QStringLiteral("Teams"), chosen);
    if (index % 5 == 0)
        values.insert(QStringLiteral("Abnahmedatum"),
                      nowUtc.date().addDays(30 + index).toString(Qt::ISODate));
    values.insert(QStringLiteral("Budgetwährung"),
                  index % 2 == 0 ? QStringLiteral("EUR") : QStringLiteral("CHF"));
    if (index % 6 == 0)
        values.insert(QStringLiteral("Interne Referenz"),
                      QStringLiteral("INT-%1").arg(4711 + index));
    return values;
}

// Customer 0 has a value of every kind; the others vary, and one (index 6)
// has none at all.
QJsonObject customerCustomValues(int index, const QDateTime &nowUtc)
{
    QJsonObject values;
    if (index == 6)
        return values;
    values.insert(QStringLiteral("Kundennummer"), QStringLiteral("K-%1").arg(10001 + index));
    if (index % 2 == 0)
        values.insert(QStringLiteral("Kundennotizen"),
                      QStringLiteral("Rechnungen bitte per E-Mail – Zahlungsziel 30 Tage.\n"
                                     "Ansprechpartner: Herr Öztürk ✓"));
    if (index % 3 == 0)
        values.insert(QStringLiteral("Kundenportal"),
                      QStringLiteral("https://portal.example.com/kunden/%1").arg(index + 1));
    if (index % 4 < 3)
        values.insert(QStringLiteral("Rahmenvertrag"),
                      index % 4 == 0 ? QStringLiteral("1") : QStringLiteral("0"));
    static const std::array<const char *, 4> states{{"Bestandskunde", "Neukunde", "", "Ruhend"}};
    values.insert(QStringLiteral("Kundenstatus"), QString::fromUtf8(states[index % 4]));
    static const std::array<const char *, 5> industries{
        {"Industrie", "Handel", "Gastronomie", "Öffentlich", "Software"}};
    QJsonArray chosen;
    for (int industry = 0; industry < 5; ++industry) {
        if ((index + industry) % 4 == 0)
            chosen.append(QString::fromUtf8(industries[industry]));
    }
    values.insert(QStringLiteral("Branchen"), chosen);
    if (index % 3 != 2)
        values.insert(QStringLiteral("Kunde seit"),
                      nowUtc.date().addYears(-3).addDays(index * 17).toString(Qt::ISODate));
    values.insert(QStringLiteral("Rechnungswährung"),
                  index == 2 ? QStringLiteral("CHF") : QStringLiteral("EUR"));
    if (index % 5 == 0)
        values.insert(QStringLiteral("Debitorenkonto"), QStringLiteral("D-%1").arg(14000 + index));
    return values;
}

CustomerRecord seededCustomer(int index, const QDateTime &nowUtc)
{
    CustomerRecord customer;
    customer.id = 2200000101 + index;
    customer.name = QString::fromUtf8(customerNames[index]);
    customer.identifier = QString::number(101 + index);
    customer.intern = index == internalCustomer;
    customer.currency = index == 2 ? QStringLiteral("CHF") : QStringLiteral("EUR");
    customer.website = QStringLiteral("https://kunde%1.example.com").arg(index + 1);
    customer.email = QStringLiteral("buchhaltung@kunde%1.example.com").arg(index + 1);
    customer.phone = QStringLiteral("+49 30 1234 %1").arg(5600 + index);
    customer.address =
        customer.name + QStringLiteral("\nBeispielstraße %1\n10115 Berlin").arg(index + 1);
    customer.info = index % 3 == 0 ? QStringLiteral("Kunde seit der ersten Stunde.")
                                   : QString(QLatin1String(""));
    customer.tags = index % 2 == 0 ? QStringList{QStringLiteral("Stammkunde")} : QStringList{};
    customer.userId = index % 2 == 0 ? SeedData::staffUserId : 0;
    customer.billingTax = customer.intern ? 0.0 : 19.0;
    customer.customProperties = customerCustomValues(index, nowUtc);
    customer.createdAt = nowUtc.addYears(-2).addDays(index);
    customer.updatedAt = customer.createdAt.addDays(60);
    return customer;
}

} // namespace

void SeedCatalog::addUsers(UserStore &users, const QDateTime &nowUtc)
{
    const QDateTime created = nowUtc.addYears(-3);
    for (const UserSeed &seed : userSeeds) {
        UserRecord user;
        user.id = seed.id;
        user.firstname = QString::fromUtf8(seed.firstname);
        user.lastname = QString::fromUtf8(seed.lastname);
        user.email = QString::fromUtf8(seed.email);
        user.password = QString::fromUtf8(SeedData::password);
        user.apiKey = QString::fromUtf8(seed.apiKey);
        user.uuid = QStringLiteral("8c1a7e3e-5f2b-4d6a-9c1e-%1")
                        .arg(QString::number(seed.id, 16), 12, QLatin1Char('0'));
        user.staff = seed.staff;
        user.active = seed.active;
        user.unitId = seed.unitId;
        user.unitName = QString::fromUtf8(seed.unit);
        user.roleId = seed.staff ? 1 : 2;
        user.roleName = seed.staff ? QStringLiteral("Administration") : QStringLiteral("Mitarbeit");
        user.tags = seed.staff ? QStringList{QStringLiteral("Leitung")} : QStringList{};
        user.customProperties.insert(QStringLiteral("Personalnummer"),
                                     QStringLiteral("PN-%1").arg(seed.id % 10000));
        user.createdAt = created;
        user.updatedAt = created.addDays(30);
        users.add(user);
    }
}

void SeedCatalog::addCustomFields(CustomFieldStore &fields, const QDateTime &nowUtc)
{
    struct FieldSeed
    {
        const char *name;
        const char *nameAlt;
        const char *entity;
        const char *kind;
        QStringList defaults;
        bool apiOnly;
    };
    const std::array<FieldSeed, 20> seeds{{
        {"Bestellnummer", "Purchase order number", "Project", "String", {}, false},
        {"Projektnotizen", "Project notes", "Project", "Textarea", {}, false},
        {"Ticket-System", "Ticket system", "Project", "Link", {}, false},
        {"Reisekosten abrechenbar", "Travel expenses billable", "Project", "Boolean", {}, false},
        {"Priorität",
         "Priority",
         "Project",
         "Select",
         {QString(), QStringLiteral("Hoch"), QStringLiteral("Mittel"), QStringLiteral("Niedrig")},
         false},
        {"Teams",
         "Teams",
         "Project",
         "MultiSelect",
         {QStringLiteral("Backend"), QStringLiteral("Frontend"), QStringLiteral("Design"),
          QStringLiteral("QA"), QStringLiteral("Ops")},
         false},
        {"Abnahmedatum", "Acceptance date", "Project", "Date", {}, false},
        // A kind this client has never heard of: clients must read it as text.
        {"Budgetwährung", "Budget currency", "Project", "Currency", {}, false},
        {"Interne Referenz", "Internal reference", "Project", "String", {}, true},
        {"Kundennummer", "Customer number", "Customer", "String", {}, false},
        {"Personalnummer", "Staff number", "User", "String", {}, false},
        {"Lead-Quelle",
         "Lead source",
         "Deal",
         "Select",
         {QStringLiteral("Messe"), QStringLiteral("Website"), QStringLiteral("Empfehlung")},
         false},
        // Appended so the ids above stay: the Customer entity gets every kind
        // the Project entity has.
        {"Kundennotizen", "Customer notes", "Customer", "Textarea", {}, false},
        {"Kundenportal", "Customer portal", "Customer", "Link", {}, false},
        {"Rahmenvertrag", "Framework agreement", "Customer", "Boolean", {}, false},
        {"Kundenstatus",
         "Customer status",
         "Customer",
         "Select",
         {QString(), QStringLiteral("Bestandskunde"), QStringLiteral("Neukunde"),
          QStringLiteral("Ruhend")},
         false},
        {"Branchen",
         "Industries",
         "Customer",
         "MultiSelect",
         {QStringLiteral("Industrie"), QStringLiteral("Handel"), QStringLiteral("Gastronomie"),
          QStringLiteral("Öffentlich"), QStringLiteral("Software")},
         false},
        {"Kunde seit", "Customer since", "Customer", "Date", {}, false},
        {"Rechnungswährung", "Invoice currency", "Customer", "Currency", {}, false},
        {"Debitorenkonto", "Debtor account", "Customer", "String", {}, true},
    }};
    const QDateTime created = nowUtc.addYears(-2);
    qint64 id = 8601;
    for (const FieldSeed &seed : seeds) {
        CustomFieldDefinition field;
        field.id = id++;
        field.name = QString::fromUtf8(seed.name);
        field.nameAlt = QString::fromUtf8(seed.nameAlt);
        field.entity = QString::fromUtf8(seed.entity);
        field.kind = QString::fromUtf8(seed.kind);
        field.placeholder = field.kind == QLatin1String("Date") ? QStringLiteral("TT.MM.JJJJ")
                                                                : QString(QLatin1String(""));
        field.placeholderAlt = QStringLiteral("");
        field.printOnInvoice = field.name == QLatin1String("Bestellnummer");
        field.printOnTimesheet = field.entity == QLatin1String("Project") && !seed.apiOnly;
        field.apiOnly = seed.apiOnly;
        field.defaults = seed.defaults;
        field.createdAt = created;
        field.updatedAt = created.addDays(int(id % 40));
        fields.add(field);
    }
}

void SeedCatalog::addProjects(ProjectStore &projects, const QDateTime &nowUtc)
{
    for (int index = 0; index < int(customerNames.size()); ++index)
        projects.addCustomer(seededCustomer(index, nowUtc));

    const QDateTime created = nowUtc.addYears(-1).addDays(-30);
    for (int index = 0; index < int(projectSeeds.size()); ++index) {
        const ProjectSeed &seed = projectSeeds[index];
        const bool internal = seed.customer == internalCustomer;
        ProjectRecord project;
        project.id = 3100000101 + index;
        // One project without identifier: the field is nullable.
        project.identifier = index == 25
                                 ? QString()
                                 : QStringLiteral("P26%1").arg(index + 1, 3, 10, QLatin1Char('0'));
        project.name = QString::fromUtf8(seed.name);
        project.active = seed.active;
        project.billable = !internal;
        project.fixedPrice = index % 7 == 3;
        project.retainer = index == 20;
        project.customerId = 2200000101 + seed.customer;
        project.leaderId = index == 25 ? SeedData::demoUserId : SeedData::staffUserId;
        static const std::array<const char *, 6> colors{
            {"#2f80ed", "#27ae60", "#eb5757", "#f2994a", "#9b51e0", "#56ccf2"}};
        project.color = QString::fromUtf8(colors[index % 6]);
        project.currency = index % 11 == 2 ? QStringLiteral("CHF") : QStringLiteral("EUR");
        project.billingVariant = index % 3 == 0   ? QStringLiteral("project")
                                 : index % 3 == 1 ? QStringLiteral("task")
                                                  : QStringLiteral("user");
        project.info = index % 4 == 0 ? QStringLiteral("Bitte Tätigkeiten präzise beschreiben.")
                                      : QString(QLatin1String(""));
        if (!internal)
            project.budget = 5000.0 * (1 + index % 6);
        project.hourlyRate = internal ? 0.0 : 95.0 + 5.0 * (index % 12);
        project.startDate = created.date().addDays(index * 3);
        if (!seed.active)
            project.finishDate = nowUtc.date().addDays(-130);
        project.tags = index % 2 == 0 ? QStringList{QStringLiteral("Kunde")}
                                      : QStringList{QStringLiteral("Wartung")};
        project.customProperties = projectCustomValues(index, nowUtc);
        project.createdAt = created.addDays(index);
        project.updatedAt = created.addDays(index + 40);

        const int taskCount = 3 + (index * 7) % 4;
        for (int t = 0; t < taskCount; ++t) {
            const int nameIndex = (index + t * 3) % int(taskNames.size());
            TaskRecord task;
            task.id = 3200000000 + qint64(index) * 100 + t + 1;
            task.name = QString::fromUtf8(taskNames[nameIndex]);
            task.active = !(t == 3 && index % 3 == 0);
            task.billable = project.billable && nameIndex != travelTask;
            task.hourlyRate = project.hourlyRate;
            task.description = t == 0 ? QStringLiteral("Hauptleistung") : QString();
            task.createdAt = project.createdAt;
            task.updatedAt = project.createdAt;
            project.tasks.append(task);
        }

        const auto addContract = [&](qint64 userId, bool active) {
            ContractRecord contract;
            contract.id = 3300000000 + qint64(index) * 10 + (userId - SeedData::demoUserId);
            contract.userId = userId;
            contract.active = active;
            contract.billable = project.billable;
            contract.hourlyRate = project.hourlyRate;
            project.contracts.append(contract);
        };
        if (!demoUnassigned.count(index))
            addContract(SeedData::demoUserId, index != demoInactiveContract);
        addContract(SeedData::staffUserId, true);
        for (qint64 colleague = 4294968003; colleague <= 4294968006; ++colleague) {
            if (colleagueAssigned(colleague, index))
                addContract(colleague, true);
        }
        projects.addProject(project);
    }
}
