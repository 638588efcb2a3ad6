#include "caseworkflow.h"

#include "auditlog.h"
#include "casestatus.h"
#include "logging.h"
#include "writetransaction.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace linli {

namespace {

const auto timestampFormat = u"yyyy-MM-dd HH:mm:ss"_s;

} // namespace

QList<CaseWorkflow::Action> CaseWorkflow::actionsFrom(const QString &status)
{
    if (status == u"received"_s)
        return {Action::Assign, Action::Refer};
    if (status == u"assigned"_s)
        return {Action::Start, Action::Assign, Action::Refer};
    if (status == u"in_progress"_s)
        return {Action::Reply, Action::Assign, Action::Refer};
    if (status == u"replied"_s)
        return {Action::ReturnVisit};
    if (status == u"return_visit"_s)
        return {Action::Close};
    return {};
}

bool CaseWorkflow::allows(const QString &status, Action action)
{
    return actionsFrom(status).contains(action);
}

QString CaseWorkflow::statusAfter(Action action)
{
    switch (action) {
    case Action::Assign:
        return u"assigned"_s;
    case Action::Start:
        return u"in_progress"_s;
    case Action::Reply:
        return u"replied"_s;
    case Action::ReturnVisit:
        return u"return_visit"_s;
    case Action::Close:
        return u"closed"_s;
    case Action::Refer:
        return u"referred"_s;
    }
    return {};
}

QString CaseWorkflow::label(Action action)
{
    switch (action) {
    case Action::Assign:
        return tr("Assign");
    case Action::Start:
        return tr("Start work");
    case Action::Reply:
        return tr("Reply to resident");
    case Action::ReturnVisit:
        return tr("Record return visit");
    case Action::Close:
        return tr("Close the case");
    case Action::Refer:
        return tr("Refer elsewhere");
    }
    return {};
}

QString CaseWorkflow::satisfactionLabel(int satisfaction)
{
    switch (satisfaction) {
    case 5:
        return tr("Very satisfied");
    case 4:
        return tr("Satisfied");
    case 3:
        return tr("Basically satisfied");
    case 2:
        return tr("Dissatisfied");
    case 1:
        return tr("Very dissatisfied");
    }
    return {};
}

CaseWorkflow::CaseWorkflow(const QSqlDatabase &database)
    : m_database(database)
{}

QList<CaseEvent> CaseWorkflow::history(qint64 recordId) const
{
    QSqlQuery query(m_database);
    // The satisfaction is the case's, given once, at the step into the return visit.
    query.prepare(u"SELECT e.happened_at, coalesce(h.name, ''), coalesce(e.from_status, ''), e.to_status, e.note, "
                  "CASE WHEN e.to_status = 'return_visit' THEN coalesce(s.satisfaction, 0) ELSE 0 END "
                  "FROM case_events e JOIN service_records s ON s.id = e.service_record_id "
                  "LEFT JOIN staff h ON h.id = e.staff_id "
                  "WHERE e.service_record_id = ? ORDER BY e.happened_at, e.id"_s);
    query.addBindValue(recordId);
    QList<CaseEvent> events;
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return events;
    }
    while (query.next()) {
        events.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                       query.value(3).toString(), query.value(4).toString(), query.value(5).toInt()});
    }
    return events;
}

QString CaseWorkflow::refusal(const CaseStep &step) const
{
    switch (step.action) {
    case Action::Assign:
        if (step.handlerId <= 0)
            return tr("Choose the staff member who will handle the case.");
        break;
    case Action::Reply:
        if (step.note.trimmed().isEmpty())
            return tr("Write down what the resident was told.");
        break;
    case Action::ReturnVisit:
        if (step.satisfaction < 1 || step.satisfaction > 5)
            return tr("Choose how satisfied the resident was.");
        break;
    case Action::Refer:
        if (step.referredTo.trimmed().isEmpty())
            return tr("Enter where the case was referred to.");
        break;
    case Action::Start:
    case Action::Close:
        break;
    }
    return {};
}

Result<void> CaseWorkflow::take(qint64 recordId, const QString &expectedStatus, const CaseStep &step)
{
    if (!allows(expectedStatus, step.action))
        return Problem::invalid(tr("A case that is “%1” cannot be given the step “%2”.")
                                        .arg(CaseStatus::label(expectedStatus), label(step.action)));
    if (const QString refused = refusal(step); !refused.isEmpty())
        return Problem::invalid(refused);
    const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTime();
    const QDateTime at = step.at.isValid() ? step.at : now;
    if (at > now.addSecs(5 * 60))
        return Problem::invalid(tr("The step is dated in the future."));

    WriteTransaction transaction(m_database);
    transaction.announce(DataKind::Cases | DataKind::ServiceRecords);
    if (!transaction.isActive())
        return Problem::failed(tr("The database is busy; the case was not changed. Try again."));
    QSqlQuery query(m_database);
    query.prepare(u"SELECT coalesce(case_status, ''), served_at FROM service_records WHERE id = ?"_s);
    query.addBindValue(recordId);
    if (!query.exec() || !query.next())
        return Problem::conflict(tr("The case no longer exists."));
    const QString status = query.value(0).toString();
    if (status != expectedStatus)
        return Problem::conflict(tr("Someone else changed this case meanwhile: it is now “%1”. Nothing was changed; "
                                    "look at it again.")
                                         .arg(CaseStatus::label(status)));
    if (at.toString(timestampFormat) < query.value(1).toString())
        return Problem::invalid(tr("The step is dated before the case was received."));
    if (step.action == Action::Assign) {
        query.prepare(u"SELECT 1 FROM staff WHERE id = ? AND active = 1"_s);
        query.addBindValue(step.handlerId);
        if (!query.exec() || !query.next())
            return Problem::invalid(tr("The handler is not an active staff member."));
    }

    const QString next = statusAfter(step.action);
    QStringList assignments = {u"case_status = ?"_s, u"version = version + 1"_s};
    QVariantList values = {next};
    if (step.action == Action::Assign) {
        assignments.append(u"handler_id = ?"_s);
        values.append(step.handlerId);
    } else if (step.action == Action::ReturnVisit) {
        assignments.append(u"satisfaction = ?"_s);
        values.append(step.satisfaction);
    } else if (step.action == Action::Close) {
        assignments.append(u"resolved_date = ?"_s);
        values.append(at.date().toString(Qt::ISODate));
    } else if (step.action == Action::Refer) {
        // The day it left the center's hands.
        assignments.append(u"referred_to = ?"_s);
        assignments.append(u"resolved_date = ?"_s);
        values.append(step.referredTo.trimmed());
        values.append(at.date().toString(Qt::ISODate));
    }
    query.prepare(u"UPDATE service_records SET %1 WHERE id = ? AND case_status = ?"_s.arg(assignments.join(u", "_s)));
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    query.addBindValue(recordId);
    query.addBindValue(expectedStatus);
    const bool updated = query.exec() && query.numRowsAffected() == 1;
    if (updated) {
        query.prepare(
                u"INSERT INTO case_events (service_record_id, happened_at, staff_id, from_status, to_status, note) "
                "VALUES (?, ?, ?, ?, ?, ?)"_s);
        query.addBindValue(recordId);
        query.addBindValue(at.toString(timestampFormat));
        query.addBindValue(step.actorStaffId > 0 ? QVariant(step.actorStaffId) : QVariant());
        query.addBindValue(expectedStatus);
        query.addBindValue(next);
        query.addBindValue(step.note.isNull() ? u""_s : step.note.trimmed());
    }
    const QString changes = u"case_status: %1 → %2"_s.arg(expectedStatus, next);
    if (!updated || !query.exec()
        || !AuditLog(m_database).record({u"UPDATE"_s, u"service_record"_s, recordId, changes, u"ok"_s})) {
        qCWarning(lcDatabase) << "a case step failed:" << query.lastError().text();
        return Problem::failed(tr("The case could not be changed."), query.lastError().text());
    }
    if (!transaction.commit())
        return Problem::failed(tr("The case could not be changed: the database refused it."));
    return Result<void>::done();
}

} // namespace linli
