#include "demodatagenerator.h"

#include "bulkinserter.h"
#include "bulkwritesettings.h"
#include "careschedule.h"
#include "deferredindexes.h"
#include "idnumber.h"
#include "logging.h"
#include "namespellings.h"
#include "residentsearch.h"
#include "sqlselect.h"
#include "writetransaction.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <memory>
#include <tuple>

using namespace Qt::StringLiterals;

namespace linli {

namespace {

// Rows per write transaction: large enough to be fast, small enough to keep the WAL small.
constexpr qint64 rowsPerTransaction = 200000;
constexpr int firstOpeningMinute = 8 * 60 + 30;
constexpr int lastOpeningMinute = 17 * 60 + 30;

// Region codes of ID numbers: mostly the district itself, the rest from across the country.
const QStringList localRegions = {u"330106"_s, u"330106"_s, u"330106"_s, u"330105"_s, u"330102"_s, u"330108"_s};
const QStringList otherRegions = {u"330110"_s, u"330381"_s, u"340102"_s, u"360102"_s, u"410102"_s, u"420106"_s,
                                  u"430102"_s, u"510107"_s, u"320106"_s, u"370102"_s, u"110105"_s, u"310104"_s,
                                  u"440106"_s, u"500103"_s, u"610113"_s, u"650102"_s, u"540102"_s, u"150102"_s};
const char *const mobilePrefixes[]
        = {"130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "153",
           "155", "156", "157", "158", "159", "166", "170", "173", "176", "177", "178", "180", "181",
           "182", "183", "185", "186", "187", "188", "189", "191", "193", "195", "198", "199"};

// Monthly rhythm of the front desk: quiet at Spring Festival and National Day, busy in spring
// and autumn when allowances and insurance renewals fall due.
constexpr double monthWeights[12] = {1.0, 0.7, 1.15, 1.05, 1.0, 1.0, 0.9, 0.9, 1.1, 0.85, 1.05, 1.1};

const QStringList serviceOutcomes
        = {u""_s,           u""_s,         u"已办理"_s,    u"已告知办理流程"_s, u"材料齐全，当场办结"_s,
           u"已预约复查"_s, u"居民满意"_s, u"需补充材料"_s};
const QStringList cancelReasons = {u"居民外出"_s, u"居民住院"_s, u"家属陪同就医"_s, u"天气原因"_s};
const QStringList referralTargets = {u"街道司法所"_s, u"区人社局"_s, u"区民政局"_s, u"物业公司"_s, u"区法律援助中心"_s};
const QStringList relationsOfChildren = {u"儿子"_s, u"女儿"_s};

QString twoDigits(int value)
{
    return value < 10 ? u"0"_s + QString::number(value) : QString::number(value);
}

QDate randomDateInYear(QRandomGenerator &random, int year, QDate notAfter)
{
    const QDate first(year, 1, 1);
    QDate date = first.addDays(random.bounded(first.daysInYear()));
    return date > notAfter ? notAfter : date;
}

// Adds working days (Monday to Friday; public holidays are not modelled).
QDate addWorkingDays(QDate date, int days)
{
    while (days > 0) {
        date = date.addDays(1);
        if (date.dayOfWeek() <= 5)
            --days;
    }
    return date;
}

QString mobilePhone(QRandomGenerator &random)
{
    QString phone = QString::fromLatin1(mobilePrefixes[random.bounded(int(std::size(mobilePrefixes)))]);
    phone += u"%1"_s.arg(random.bounded(100000000), 8, 10, QChar(u'0'));
    return phone;
}

QString landline(QRandomGenerator &random)
{
    return u"0571-8%1"_s.arg(random.bounded(10000000), 7, 10, QChar(u'0'));
}

// Spreads total items over days in proportion to their weights, exactly.
QList<qint64> distribute(qint64 total, const QList<double> &weights)
{
    double sum = 0;
    for (const double w : weights)
        sum += w;
    QList<qint64> counts(weights.size());
    double cumulative = 0;
    qint64 assigned = 0;
    for (qsizetype i = 0; i < weights.size(); ++i) {
        cumulative += weights.at(i);
        const qint64 upTo = i + 1 == weights.size() ? total : qint64(double(total) * cumulative / sum + 0.5);
        counts[i] = upTo - assigned;
        assigned = upTo;
    }
    return counts;
}

} // namespace

struct DemoDataGenerator::Household
{
    qint64 id = 0;
    int gridId = 0;
    QString building;
    QString unit;
    QString room;
};

struct DemoDataGenerator::ResidentDraft
{
    DemoNames::Name name;
    bool male = false;
    QDate birthDate;
    QString relation;
};

DemoDataGenerator::DemoDataGenerator(const QSqlDatabase &database, const Options &options)
    : m_database(database)
    , m_options(options)
    , m_random(options.seed)
{}

QString DemoDataGenerator::stageName(Stage stage)
{
    switch (stage) {
    case Stage::Setup:
        return tr("grids and staff");
    case Stage::Residents:
        return tr("residents");
    case Stage::Services:
        return tr("service records");
    case Stage::Visits:
        return tr("visits");
    case Stage::Indexes:
        return tr("indexes");
    }
    return {};
}

bool DemoDataGenerator::fail(const QString &message, const QString &driverError)
{
    if (!driverError.isEmpty())
        qCWarning(lcDemo) << "demo data:" << driverError;
    m_errorString = message;
    return false;
}

void DemoDataGenerator::report(Stage stage, qint64 done, qint64 total)
{
    if (m_progress)
        m_progress(stage, done, total);
}

std::unique_ptr<WriteTransaction> DemoDataGenerator::beginBatch()
{
    return std::make_unique<WriteTransaction>(m_database);
}

bool DemoDataGenerator::shouldStop()
{
    if (m_cancel && m_cancel->load()) {
        m_cancelled = true;
        m_errorString = tr("Stopped. The demo data written so far was kept.");
        return true;
    }
    return false;
}

bool DemoDataGenerator::run()
{
    if (m_options.residents < 1 || m_options.services < 0 || m_options.visits < 0)
        return fail(tr("The demo needs at least one resident, and no negative counts."));
    if (!checkEmpty())
        return false;
    bool ok = false;
    {
        const BulkWriteSettings settings(m_database);
        ok = generate();
    }
    if (ok) {
        // Every resident's last contact and, for those in care, when they are due again.
        WriteTransaction transaction(m_database);
        transaction.announce(DataKind::Residents | DataKind::ServiceRecords | DataKind::Cases | DataKind::Visits);
        if (!transaction.isActive() || !CareSchedule(m_database).refreshAll() || !transaction.commit())
            return fail(tr("Computing the care schedule failed."), transaction.lastDriverError());
    }
    if (ok) {
        // Statistics for the query planner from a sample of each index: enough to choose well,
        // without reading ten million rows once more.
        QSqlQuery pragma(m_database);
        pragma.exec(u"PRAGMA analysis_limit = 1000"_s);
        pragma.exec(u"ANALYZE"_s);
        pragma.exec(u"PRAGMA analysis_limit = 0"_s);
    }
    return ok;
}

bool DemoDataGenerator::generate()
{
    QSqlQuery pragma(m_database);
    // The generator makes every reference itself, parents first; checking each one against its
    // parent costs a B-tree search per row. The tests check the result with foreign_key_check.
    pragma.exec(u"PRAGMA foreign_keys = OFF"_s);
    // Into an empty database the indexes are built once at the end, much faster than row by row.
    DeferredIndexes indexes(m_database);
    if (!indexes.suspend({u"residents"_s, u"households"_s, u"resident_tags"_s, u"service_records"_s, u"case_events"_s,
                          u"visits"_s, u"visit_series"_s}))
        return fail(tr("The database is busy; no demo data was written."), indexes.lastDriverError());
    bool ok = createGridsAndStaff() && createResidents() && createServices() && createVisits();
    report(Stage::Indexes, 0, 1);
    if (!indexes.restore()) {
        ok = false;
        fail(tr("Building the indexes failed; they will be built at the next start."), indexes.lastDriverError());
    }
    report(Stage::Indexes, 1, 1);
    pragma.exec(u"PRAGMA foreign_keys = ON"_s);
    return ok;
}

bool DemoDataGenerator::checkEmpty()
{
    QSqlQuery query(m_database);
    if (!query.exec(u"SELECT EXISTS (SELECT 1 FROM residents)"_s) || !query.next())
        return fail(tr("The database cannot be read."), query.lastError().text());
    if (query.value(0).toBool())
        return fail(tr("This database already holds residents. Demo data goes into a new, empty database: "
                       "choose another file with --db."));
    return true;
}

bool DemoDataGenerator::createGridsAndStaff()
{
    report(Stage::Setup, 0, 1);
    const auto batch = beginBatch();
    WriteTransaction &transaction = *batch;
    if (!transaction.isActive())
        return fail(tr("The database is busy; no demo data was written."), transaction.lastDriverError());

    // About 1,200 residents per grid, as in the sub-districts' own grid plans.
    m_gridCount = int(qMax<qint64>(1, (m_options.residents + 1199) / 1200));
    static const QStringList communities = {u"西溪"_s, u"文新"_s, u"古荡"_s, u"翠苑"_s, u"蒋村"_s,
                                            u"北山"_s, u"灵隐"_s, u"转塘"_s, u"留下"_s, u"三墩"_s};
    BulkInserter grids(m_database, u"grids"_s, {u"id"_s, u"code"_s, u"name"_s, u"worker_name"_s, u"worker_phone"_s});
    for (int i = 1; i <= m_gridCount; ++i) {
        const QString community = communities.at((i - 1) / 20 % communities.size());
        const int gridInCommunity = (i - 1) % 20 + 1;
        const bool male = m_random.bounded(2) == 0;
        grids.add(i);
        grids.add(u"G%1"_s.arg(i, 4, 10, QChar(u'0')));
        // Demo data is Chinese data, whatever the language of the screen.
        grids.add(u"%1社区第%2网格"_s.arg(community).arg(gridInCommunity));
        grids.add(m_names.generate(m_random, male, 1985).text);
        grids.add(mobilePhone(m_random));
        if (!grids.endRow())
            return fail(tr("Writing the grids failed."), grids.lastDriverError());
    }
    if (!grids.flush())
        return fail(tr("Writing the grids failed."), grids.lastDriverError());

    struct Duty
    {
        QString code;
        QList<qint64> *ids;
        int count;
    };
    const int scale = int(qMax<qint64>(1, m_options.residents / 25000));
    const Duty duties[] = {{u"clerk"_s, &m_clerkIds, 4 + 2 * scale},
                           {u"care"_s, &m_careIds, 3 + 2 * scale},
                           {u"rehab"_s, &m_rehabIds, 2 + scale},
                           {u"legal"_s, &m_clerkIds, 1 + scale / 4},
                           {u"doctor"_s, nullptr, 1 + scale / 2},
                           {u"grid"_s, nullptr, 1 + scale / 2},
                           {u"manager"_s, nullptr, 1}};
    BulkInserter staff(m_database, u"staff"_s, {u"id"_s, u"name"_s, u"duty"_s, u"phone"_s});
    qint64 staffId = 0;
    for (const Duty &duty : duties) {
        for (int i = 0; i < duty.count; ++i) {
            ++staffId;
            staff.add(staffId);
            staff.add(m_names.generate(m_random, m_random.bounded(3) == 0, 1970 + m_random.bounded(30)).text);
            staff.add(duty.code);
            staff.add(mobilePhone(m_random));
            if (!staff.endRow())
                return fail(tr("Writing the staff failed."), staff.lastDriverError());
            if (duty.ids)
                duty.ids->append(staffId);
        }
    }
    if (!staff.flush() || !transaction.commit())
        return fail(tr("Writing the staff failed."), staff.lastDriverError() + transaction.lastDriverError());
    m_rowsWritten += m_gridCount + staffId;
    report(Stage::Setup, 1, 1);
    return true;
}

bool DemoDataGenerator::createResidents()
{
    const QDate today = m_options.today;
    const int thisYear = today.year();
    const qint64 total = m_options.residents;
    const QStringList residentColumns = {u"id"_s,
                                         u"name"_s,
                                         u"name_pinyin"_s,
                                         u"name_initials"_s,
                                         u"gender"_s,
                                         u"birth_date"_s,
                                         u"id_number"_s,
                                         u"phone"_s,
                                         u"phone2"_s,
                                         u"id_number_reversed"_s,
                                         u"phone_reversed"_s,
                                         u"grid_id"_s,
                                         u"building"_s,
                                         u"unit"_s,
                                         u"room"_s,
                                         u"household_id"_s,
                                         u"relation_to_head"_s,
                                         u"emergency_contact"_s,
                                         u"emergency_phone"_s,
                                         u"status"_s,
                                         u"notes"_s,
                                         u"registered_at"_s,
                                         u"updated_at"_s,
                                         u"has_other_spellings"_s};
    auto transaction = beginBatch();
    BulkInserter residents(m_database, u"residents"_s, residentColumns);
    BulkInserter households(m_database, u"households"_s,
                            {u"id"_s, u"grid_id"_s, u"building"_s, u"unit"_s, u"room"_s, u"created_at"_s});
    BulkInserter tags(m_database, u"resident_tags"_s, {u"resident_id"_s, u"tag"_s}, 128);
    const std::unique_ptr<BulkInserter> spellings = NameSpellings::inserter(m_database);
    residents.setParent(&households);
    tags.setParent(&residents);
    spellings->setParent(&residents);
    QSet<quint64> usedIdBodies;
    usedIdBodies.reserve(total);

    qint64 residentId = 0;
    qint64 householdId = 0;
    qint64 rowsInTransaction = 0;
    const QDate enrolmentStart = today.addYears(-6);

    auto birthInYear = [&](int year) { return randomDateInYear(m_random, qMin(year, thisYear), today); };

    while (residentId < total) {
        if (!transaction->isActive())
            return fail(tr("The database is busy; demo data stopped."), transaction->lastDriverError());
        Household household;
        household.id = ++householdId;
        household.gridId = 1 + m_random.bounded(m_gridCount);
        household.building = QString::number(1 + m_random.bounded(36));
        household.unit = QString::number(1 + m_random.bounded(4));
        const int floor = 1 + m_random.bounded(18);
        household.room = QString::number(floor * 100 + 1 + m_random.bounded(4));

        // Household shape: singles (many of them elderly), couples, families of three generations.
        const int shape = m_random.bounded(100);
        const int size = shape < 25 ? 1 : shape < 55 ? 2 : shape < 80 ? 3 : shape < 92 ? 4 : 5;
        QList<ResidentDraft> members;
        const bool elderlyHome = size <= 2 && m_random.bounded(100) < 45;
        const int headYear = elderlyHome ? thisYear - 60 - m_random.bounded(36)
                                         : thisYear - 24 - m_random.bounded(size >= 3 ? 32 : 40);
        const bool headMale = m_random.bounded(100) < 55;
        const DemoNames::Name surname = m_names.surnameOf(m_random);
        members.append({m_names.generateWithSurname(m_random, surname, headMale, headYear), headMale,
                        birthInYear(headYear), u"head"_s});
        if (size >= 2) {
            const int spouseYear = headYear + m_random.bounded(7) - 3;
            members.append({m_names.generate(m_random, !headMale, spouseYear), !headMale, birthInYear(spouseYear),
                            u"spouse"_s});
        }
        for (int i = 2; i < size; ++i) {
            if (i == 4 || (i == 3 && m_random.bounded(3) == 0)) {
                const int parentYear = headYear - 24 - m_random.bounded(10);
                const bool male = m_random.bounded(2) == 0;
                members.append(
                        {m_names.generate(m_random, male, parentYear), male, birthInYear(parentYear), u"parent"_s});
            } else {
                const int childYear = qMin(thisYear, headYear + 22 + m_random.bounded(14));
                const bool male = m_random.bounded(2) == 0;
                members.append({m_names.generateWithSurname(m_random, surname, male, childYear), male,
                                birthInYear(childYear), u"child"_s});
            }
        }

        const bool enrolledEarly = m_random.bounded(100) < 70;
        const QDate registered = enrolledEarly ? enrolmentStart.addDays(m_random.bounded(365))
                                               : today.addDays(-m_random.bounded(5 * 365));
        const QString registeredAt = registered.toString(Qt::ISODate) + u" "_s + twoDigits(8 + m_random.bounded(9))
                + u":"_s + twoDigits(m_random.bounded(60)) + u":00"_s;

        households.add(household.id);
        households.add(household.gridId);
        households.add(household.building);
        households.add(household.unit);
        households.add(household.room);
        households.add(registeredAt);
        if (!households.endRow())
            return fail(tr("Writing the households failed."), households.lastDriverError());
        ++rowsInTransaction;

        for (const ResidentDraft &member : std::as_const(members)) {
            if (residentId >= total)
                break;
            ++residentId;
            const int age = member.birthDate.daysTo(today) / 365;

            QString idNumber;
            for (;;) {
                const QString region = m_random.bounded(100) < 72
                        ? localRegions.at(m_random.bounded(int(localRegions.size())))
                        : otherRegions.at(m_random.bounded(int(otherRegions.size())));
                int sequence = m_random.bounded(500) * 2 + (member.male ? 1 : 0);
                if (sequence == 0)
                    sequence = 2;
                idNumber = IdNumber::compose(region, member.birthDate, sequence);
                if (!usedIdBodies.contains(idNumber.left(17).toULongLong()))
                    break;
            }
            usedIdBodies.insert(idNumber.left(17).toULongLong());

            QString phone;
            QString phone2;
            if (age >= 80) {
                const int kind = m_random.bounded(10);
                phone = kind < 4 ? landline(m_random) : kind < 8 ? mobilePhone(m_random) : QString();
            } else if (age >= 12) {
                phone = mobilePhone(m_random);
                if (m_random.bounded(10) == 0)
                    phone2 = age >= 60 ? landline(m_random) : mobilePhone(m_random);
            }

            // Tags follow the age and household: who lives alone, who is disabled, who needs care.
            QStringList memberTags;
            const bool livingAlone = size == 1 && age >= 60 && m_random.bounded(100) < 85;
            if (livingAlone)
                memberTags.append(u"living_alone"_s);
            if (size == 2 && age >= 60 && members.at(0).birthDate.daysTo(today) / 365 >= 60
                && members.at(1).birthDate.daysTo(today) / 365 >= 60)
                memberTags.append(u"empty_nest"_s);
            if (m_random.bounded(1000) < (age >= 60 ? 60 : 18))
                memberTags.append(u"disabled"_s);
            if (m_random.bounded(1000) < 20)
                memberTags.append(u"low_income"_s);
            if (age >= 60 && m_random.bounded(1000) < 4)
                memberTags.append(u"extreme_poverty"_s);
            if (member.male && age >= 38 && age <= 95 && m_random.bounded(1000) < 25)
                memberTags.append(u"veteran"_s);
            if ((livingAlone && age >= 80) || m_random.bounded(1000) < 12)
                memberTags.append(u"key_care"_s);

            QString status = u"active"_s;
            const int fate = m_random.bounded(1000);
            if (age >= 70 && fate < 40)
                status = u"deceased"_s;
            else if (fate >= 970)
                status = u"moved_out"_s;

            QString emergencyContact;
            QString emergencyPhone;
            if (age >= 60 && size <= 2) {
                const bool son = m_random.bounded(2) == 0;
                emergencyContact
                        = m_names.generateWithSurname(m_random, surname, son, member.birthDate.year() + 28).text
                        + u"（"_s + relationsOfChildren.at(son ? 0 : 1) + u"）"_s;
                emergencyPhone = mobilePhone(m_random);
            }

            residents.add(residentId);
            residents.add(member.name.text);
            residents.add(member.name.pinyin);
            residents.add(member.name.initials);
            residents.add(member.male ? u"M"_s : u"F"_s);
            residents.add(member.birthDate.toString(Qt::ISODate));
            residents.add(idNumber);
            residents.add(phone.isNull() ? u""_s : phone);
            residents.add(phone2.isNull() ? u""_s : phone2);
            residents.add(ResidentSearch::reversed(idNumber));
            residents.add(ResidentSearch::reversed(phone));
            residents.add(household.gridId);
            residents.add(household.building);
            residents.add(household.unit);
            residents.add(household.room);
            residents.add(household.id);
            residents.add(member.relation);
            residents.add(emergencyContact.isNull() ? u""_s : emergencyContact);
            residents.add(emergencyPhone.isNull() ? u""_s : emergencyPhone);
            residents.add(status);
            residents.add(u""_s);
            // Nobody is registered before being born.
            const QString memberRegisteredAt = member.birthDate <= registered
                    ? registeredAt
                    : qMin(today, member.birthDate.addDays(7 + m_random.bounded(60))).toString(Qt::ISODate)
                            + registeredAt.mid(10);
            residents.add(memberRegisteredAt);
            residents.add(memberRegisteredAt);
            const QList<Pinyin::Spelling> otherSpellings = Pinyin::instance().spellingsOfName(member.name.text);
            residents.add(otherSpellings.size() > 1 ? 1 : 0);
            if (!residents.endRow())
                return fail(tr("Writing the residents failed."), residents.lastDriverError());
            ++rowsInTransaction;
            if (!NameSpellings::add(*spellings, residentId, otherSpellings))
                return fail(tr("Writing the residents failed."), spellings->lastDriverError());

            for (const QString &tag : std::as_const(memberTags)) {
                tags.add(residentId);
                tags.add(tag);
                if (!tags.endRow())
                    return fail(tr("Writing the resident tags failed."), tags.lastDriverError());
                ++rowsInTransaction;
            }
            if (status == u"active"_s) {
                if (age >= 60)
                    m_elderlyIds.append(residentId);
                if (!memberTags.isEmpty()
                    && (livingAlone || memberTags.contains(u"disabled"_s) || memberTags.contains(u"key_care"_s)))
                    m_caredForIds.append(residentId);
                if (memberTags.contains(u"disabled"_s) || (age >= 75 && m_random.bounded(10) == 0))
                    m_rehabPatientIds.append(residentId);
            }
        }

        if (rowsInTransaction >= rowsPerTransaction || residentId >= total) {
            if (!tags.flush() || !spellings->flush() || !residents.flush() || !households.flush())
                return fail(tr("Writing the residents failed."),
                            households.lastDriverError() + residents.lastDriverError() + tags.lastDriverError()
                                    + spellings->lastDriverError());
            if (!transaction->commit())
                return fail(tr("Saving the residents failed."), transaction->lastDriverError());
            m_rowsWritten += rowsInTransaction;
            rowsInTransaction = 0;
            report(Stage::Residents, residentId, total);
            if (residentId < total) {
                if (shouldStop())
                    return false;
                transaction = beginBatch();
            }
        }
    }
    if (m_elderlyIds.isEmpty())
        m_elderlyIds.append(1);
    if (m_caredForIds.isEmpty())
        m_caredForIds = m_elderlyIds;
    if (m_rehabPatientIds.isEmpty())
        m_rehabPatientIds = m_elderlyIds;
    return true;
}

bool DemoDataGenerator::createServices()
{
    const qint64 total = m_options.services;
    if (total == 0)
        return true;
    struct ServiceType
    {
        qint64 id;
        QString category;
        bool opensCase;
        int deadline;
    };
    QList<ServiceType> types;
    QList<int> cumulativeWeights;
    {
        // How busy each category's counter is, relative to the others.
        static const QHash<QString, int> categoryWeights
                = {{u"SS"_s, 10}, {u"EC"_s, 12}, {u"HE"_s, 10}, {u"CM"_s, 8}, {u"HR"_s, 8},
                   {u"CA"_s, 6},  {u"RH"_s, 6},  {u"GR"_s, 6},  {u"LG"_s, 4}, {u"EM"_s, 4},
                   {u"HP"_s, 4},  {u"VO"_s, 4},  {u"FC"_s, 3},  {u"DS"_s, 3}, {u"VT"_s, 2}};
        QSqlQuery query(m_database);
        if (!query.exec(u"SELECT t.id, c.code, t.opens_case, coalesce(t.deadline_workdays, 0) FROM service_types t "
                        "JOIN service_categories c ON c.id = t.category_id WHERE t.retired = 0 ORDER BY t.id"_s))
            return fail(tr("The service catalogue cannot be read."), query.lastError().text());
        QHash<QString, int> typesPerCategory;
        while (query.next()) {
            types.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toBool(),
                          query.value(3).toInt()});
            ++typesPerCategory[types.last().category];
        }
        if (types.isEmpty())
            return fail(tr("The service catalogue is empty."));
        // A category's share is split among its types; cases are rarer than plain services.
        int cumulative = 0;
        for (const ServiceType &type : std::as_const(types)) {
            const int weight = 120 * categoryWeights.value(type.category, 3) / typesPerCategory.value(type.category);
            cumulative += qMax(1, type.opensCase ? weight / 3 : weight);
            cumulativeWeights.append(cumulative);
        }
    }

    // Five years of opening days, busier as the center becomes known.
    const QDate today = m_options.today;
    const QDate first = today.addYears(-5).addDays(1);
    QList<QDate> days;
    QList<double> weights;
    for (QDate d = first; d <= today; d = d.addDays(1)) {
        const double weekday = d.dayOfWeek() <= 5 ? 1.0 : 0.2;
        const double growth = 1.0 + 0.08 * double(first.daysTo(d)) / 365.0;
        days.append(d);
        weights.append(monthWeights[d.month() - 1] * weekday * growth);
    }
    const QList<qint64> perDay = distribute(total, weights);
    QStringList timesOfDay;
    for (int minute = firstOpeningMinute; minute <= lastOpeningMinute; ++minute)
        timesOfDay.append(u" "_s + twoDigits(minute / 60) + u":"_s + twoDigits(minute % 60) + u":00"_s);

    const QStringList columns = {u"id"_s,         u"resident_id"_s,      u"service_type_id"_s, u"served_at"_s,
                                 u"handler_id"_s, u"duration_minutes"_s, u"outcome"_s,         u"case_status"_s,
                                 u"due_date"_s,   u"resolved_date"_s,    u"referred_to"_s,     u"satisfaction"_s,
                                 u"created_at"_s};
    auto transaction = beginBatch();
    BulkInserter records(m_database, u"service_records"_s, columns);
    BulkInserter events(m_database, u"case_events"_s,
                        {u"service_record_id"_s, u"happened_at"_s, u"from_status"_s, u"to_status"_s, u"note"_s});
    events.setParent(&records);
    static const QStringList lifecycle
            = {u"received"_s, u"assigned"_s, u"in_progress"_s, u"replied"_s, u"return_visit"_s, u"closed"_s};
    const qint64 residentCount = m_options.residents;
    qint64 recordId = 0;
    qint64 rowsInTransaction = 0;
    const QVariant null;

    for (qsizetype dayIndex = 0; dayIndex < days.size(); ++dayIndex) {
        const QDate day = days.at(dayIndex);
        const QString dayText = day.toString(Qt::ISODate);
        const qint64 ageInDays = day.daysTo(today);
        QList<int> minutes(perDay.at(dayIndex));
        for (int &minute : minutes)
            minute = m_random.bounded(int(timesOfDay.size()));
        std::sort(minutes.begin(), minutes.end());

        for (const int minute : std::as_const(minutes)) {
            if (!transaction->isActive())
                return fail(tr("The database is busy; demo data stopped."), transaction->lastDriverError());
            ++recordId;
            const int pick = m_random.bounded(cumulativeWeights.last());
            const ServiceType &type
                    = types.at(std::upper_bound(cumulativeWeights.cbegin(), cumulativeWeights.cend(), pick)
                               - cumulativeWeights.cbegin());
            const QString servedAt = dayText + timesOfDay.at(minute);

            std::tuple<int, bool, QDate> caseHistory;
            QVariant residentId;
            const bool forElderly = type.category == u"EC"_s || type.category == u"RH"_s || type.category == u"HE"_s
                    || type.category == u"DS"_s;
            if (!type.opensCase && m_random.bounded(100) < 4)
                residentId = null; // anonymous walk-in
            else if (forElderly && m_random.bounded(100) < 80)
                residentId = m_elderlyIds.at(m_random.bounded(int(m_elderlyIds.size())));
            else
                residentId = 1 + qint64(m_random.bounded(double(residentCount)));

            records.add(recordId);
            records.add(residentId);
            records.add(type.id);
            records.add(servedAt);
            records.add(m_clerkIds.at(m_random.bounded(int(m_clerkIds.size()))));
            records.add(5 + 5 * m_random.bounded(9));
            records.add(serviceOutcomes.at(m_random.bounded(int(serviceOutcomes.size()))));

            if (!type.opensCase) {
                records.add(null);
                records.add(null);
                records.add(null);
                records.add(u""_s);
                records.add(null);
            } else {
                const QDate due = addWorkingDays(day, type.deadline);
                // Older cases are settled but for a stubborn few; recent ones are spread over the workflow.
                int stage;
                const int roll = m_random.bounded(100);
                if (ageInDays > 60)
                    stage = roll < 93 ? 5 : roll < 99 || m_random.bounded(10) > 0 ? 6 : 1 + roll % 4;
                else if (ageInDays > 14)
                    stage = roll < 55 ? 5 : roll < 62 ? 6 : roll % 5;
                else
                    stage = roll < 20 ? 5 : roll < 25 ? 6 : roll % 5;
                const bool referred = stage == 6;
                const QString status = referred ? u"referred"_s : lifecycle.at(stage);
                QDate resolved;
                if (stage >= 5) {
                    // Most are settled within the deadline; a few run late.
                    const int span = qMax<int>(1, int(day.daysTo(due)));
                    resolved = day.addDays(m_random.bounded(100) < 93 ? m_random.bounded(span + 1)
                                                                      : span + 1 + m_random.bounded(span));
                    if (resolved > today)
                        resolved = today;
                }
                records.add(status);
                records.add(due.toString(Qt::ISODate));
                records.add(resolved.isValid() ? QVariant(resolved.toString(Qt::ISODate)) : null);
                records.add(referred ? referralTargets.at(m_random.bounded(int(referralTargets.size()))) : u""_s);
                if (stage == 5) {
                    const int s = m_random.bounded(100);
                    records.add(s < 62 ? 5 : s < 90 ? 4 : s < 97 ? 3 : s < 99 ? 2 : 1);
                } else {
                    records.add(null);
                }

                caseHistory = {stage, referred, resolved};
            }
            records.add(servedAt);
            if (!records.endRow())
                return fail(tr("Writing the service records failed."), records.lastDriverError());
            ++rowsInTransaction;

            if (type.opensCase) {
                const auto [stage, referred, resolved] = caseHistory;
                // The case's history: one event per step it went through.
                const int steps = referred ? 2 : stage + 1;
                const QDate last = resolved.isValid() ? resolved : qMin(today, day.addDays(qMin<qint64>(ageInDays, 5)));
                QString previous;
                for (int step = 0; step < steps; ++step) {
                    const QString to = referred && step == 1 ? u"referred"_s : lifecycle.at(step);
                    const QDate when = day.addDays(day.daysTo(last) * step / qMax(1, steps - 1));
                    events.add(recordId);
                    events.add(step == 0 ? servedAt : when.toString(Qt::ISODate) + u" 16:00:00"_s);
                    events.add(previous.isEmpty() ? null : QVariant(previous));
                    events.add(to);
                    events.add(u""_s);
                    if (!events.endRow())
                        return fail(tr("Writing the case history failed."), events.lastDriverError());
                    previous = to;
                    ++rowsInTransaction;
                }
            }

            if (rowsInTransaction >= rowsPerTransaction) {
                if (!events.flush() || !records.flush())
                    return fail(tr("Writing the service records failed."),
                                records.lastDriverError() + events.lastDriverError());
                if (!transaction->commit())
                    return fail(tr("Saving the service records failed."), transaction->lastDriverError());
                m_rowsWritten += rowsInTransaction;
                rowsInTransaction = 0;
                report(Stage::Services, recordId, total);
                if (shouldStop())
                    return false;
                transaction = beginBatch();
            }
        }
    }
    if (!events.flush() || !records.flush())
        return fail(tr("Writing the service records failed."), records.lastDriverError() + events.lastDriverError());
    if (!transaction->commit())
        return fail(tr("Saving the service records failed."), transaction->lastDriverError());
    m_rowsWritten += rowsInTransaction;
    report(Stage::Services, recordId, total);
    return true;
}

bool DemoDataGenerator::createVisits()
{
    const qint64 total = m_options.visits;
    if (total == 0)
        return true;
    const QDate today = m_options.today;
    // Two years back, eight weeks ahead.
    const QDate first = today.addYears(-2);
    const int span = int(first.daysTo(today.addDays(56)));

    auto transaction = beginBatch();
    BulkInserter visits(m_database, u"visits"_s,
                        {u"series_id"_s, u"resident_id"_s, u"staff_id"_s, u"kind"_s, u"starts_at"_s,
                         u"duration_minutes"_s, u"place"_s, u"status"_s, u"outcome"_s, u"cancel_reason"_s});
    QSqlQuery series(m_database);
    series.prepare(u"INSERT INTO visit_series (resident_id, staff_id, kind, frequency, interval_days, weekdays, "
                   "start_date, occurrence_count, start_time, duration_minutes, place, created_at) "
                   "VALUES (?, ?, ?, 'weekly', 1, ?, ?, 12, ?, 45, ?, ?) RETURNING id"_s);
    qint64 written = 0;
    qint64 rowsInTransaction = 0;

    auto addVisit = [&](const QVariant &seriesId, qint64 residentId, qint64 staffId, const QString &kind,
                        const QDateTime &start, int duration, const QString &place) {
        const bool past = start.date() < today;
        QString status = u"planned"_s;
        QString outcome = u""_s;
        QString reason = u""_s;
        if (past) {
            const int roll = m_random.bounded(100);
            if (roll < 85) {
                status = u"done"_s;
                outcome = kind == u"phone_check"_s ? u"电话联系正常"_s : u"身体状况良好，已做记录"_s;
            } else if (roll < 92) {
                status = u"missed"_s;
                outcome = u"家中无人，已联系家属"_s;
            } else {
                status = u"cancelled"_s;
                reason = cancelReasons.at(m_random.bounded(int(cancelReasons.size())));
            }
        }
        visits.add(seriesId);
        visits.add(residentId);
        visits.add(staffId);
        visits.add(kind);
        visits.add(start.toString(u"yyyy-MM-dd HH:mm:ss"_s));
        visits.add(duration);
        visits.add(place);
        visits.add(status);
        visits.add(outcome);
        visits.add(reason);
        ++written;
        ++rowsInTransaction;
        return visits.endRow();
    };

    // Most of those in care were seen or called in the past week, as a center keeps them; one in
    // twelve was not, so that the list of those not contacted in time has someone on it. At most
    // three in five visits go to this round, so that the history stays.
    const qsizetype recentRound = qMin<qsizetype>(m_caredForIds.size(), total * 3 / 5);
    qsizetype nextInRound = 0;
    QList<QDate> lastWorkingDays; // the five before today
    for (QDate day = today.addDays(-1); lastWorkingDays.size() < 5; day = day.addDays(-1)) {
        if (day.dayOfWeek() <= 5)
            lastWorkingDays.append(day);
    }
    while (written < total) {
        if (!transaction->isActive())
            return fail(tr("The database is busy; demo data stopped."), transaction->lastDriverError());
        QDate day = first.addDays(m_random.bounded(span));
        if (day.dayOfWeek() > 5)
            day = day.addDays(8 - day.dayOfWeek());
        qint64 roundResident = 0;
        if (nextInRound < recentRound) {
            const qsizetype index = nextInRound++;
            if (index % 12 != 11) {
                roundResident = m_caredForIds.at(index);
                day = lastWorkingDays.at(m_random.bounded(int(lastWorkingDays.size())));
            }
        }
        const QTime time(9 + m_random.bounded(8), m_random.bounded(2) * 30);
        if (roundResident == 0 && m_random.bounded(100) < 12 && total - written >= 12) {
            // A rehabilitation course: twelve weekly sessions at the center or at home.
            const qint64 patient = m_rehabPatientIds.at(m_random.bounded(int(m_rehabPatientIds.size())));
            const qint64 therapist = m_rehabIds.at(m_random.bounded(int(m_rehabIds.size())));
            const bool atHome = m_random.bounded(3) == 0;
            const QString kind = atHome ? u"rehab_home"_s : u"rehab_center"_s;
            const QString place = atHome ? u"居民家中"_s : u"社区康复中心"_s;
            series.addBindValue(patient);
            series.addBindValue(therapist);
            series.addBindValue(kind);
            series.addBindValue(1 << (day.dayOfWeek() - 1));
            series.addBindValue(day.toString(Qt::ISODate));
            series.addBindValue(time.toString(u"HH:mm"_s));
            series.addBindValue(place);
            series.addBindValue(day.addDays(-7).toString(Qt::ISODate) + u" 10:00:00"_s);
            if (!series.exec())
                return fail(tr("Writing the visit series failed."), series.lastError().text());
            const qint64 seriesId = returnedId(series);
            ++rowsInTransaction;
            for (int session = 0; session < 12; ++session) {
                if (!addVisit(seriesId, patient, therapist, kind, QDateTime(day.addDays(7 * session), time), 45, place))
                    return fail(tr("Writing the visits failed."), visits.lastDriverError());
            }
        } else {
            const qint64 resident
                    = roundResident > 0 ? roundResident : m_caredForIds.at(m_random.bounded(int(m_caredForIds.size())));
            const bool phone = m_random.bounded(100) < 30;
            const qint64 carer = m_careIds.at(m_random.bounded(int(m_careIds.size())));
            if (!addVisit(QVariant(), resident, carer, phone ? u"phone_check"_s : u"home_visit"_s, QDateTime(day, time),
                          phone ? 10 : 30, phone ? u""_s : u"居民家中"_s))
                return fail(tr("Writing the visits failed."), visits.lastDriverError());
        }
        if (rowsInTransaction >= rowsPerTransaction || written >= total) {
            if (!visits.flush())
                return fail(tr("Writing the visits failed."), visits.lastDriverError());
            if (!transaction->commit())
                return fail(tr("Saving the visits failed."), transaction->lastDriverError());
            m_rowsWritten += rowsInTransaction;
            rowsInTransaction = 0;
            report(Stage::Visits, written, total);
            if (written < total) {
                if (shouldStop())
                    return false;
                transaction = beginBatch();
            }
        }
    }
    return true;
}

} // namespace linli
