#include "importjournal.h"

#include "actor.h"
#include "logging.h"
#include "writetransaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace linli {

namespace {

const auto markKey = u"import_in_progress"_s;

bool removeMark(const QSqlDatabase &database)
{
    QSqlQuery query(database);
    query.prepare(u"DELETE FROM settings WHERE key = ?"_s);
    query.addBindValue(markKey);
    return query.exec();
}

} // namespace

ImportJournal::Mark::Mark(const QSqlDatabase &database, const QString &what, const QString &source, qint64 rows)
    : m_database(database)
{
    const QJsonObject mark{{u"what"_s, what},
                           {u"source"_s, source},
                           {u"login"_s, Actor::of(database).login},
                           {u"started_at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                           {u"rows"_s, rows}};
    WriteTransaction transaction(m_database);
    QSqlQuery query(m_database);
    query.prepare(u"INSERT INTO settings (key, value) VALUES (?, ?) "
                  "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    query.addBindValue(markKey);
    query.addBindValue(QString::fromUtf8(QJsonDocument(mark).toJson(QJsonDocument::Compact)));
    m_begun = transaction.isActive() && query.exec() && transaction.commit();
    if (!m_begun)
        qCWarning(lcDatabase) << "the import could not be marked as running";
}

ImportJournal::Mark::~Mark()
{
    // Still there: the import failed, was cancelled, or its commit was refused.
    if (!m_begun || !ImportJournal(m_database).unfinished())
        return;
    WriteTransaction transaction(m_database);
    if (!transaction.isActive() || !removeMark(m_database) || !transaction.commit())
        qCWarning(lcDatabase) << "the mark of a failed import could not be removed";
}

bool ImportJournal::Mark::endWithin()
{
    return !m_begun || removeMark(m_database);
}

ImportJournal::ImportJournal(const QSqlDatabase &database)
    : m_database(database)
{}

std::optional<ImportJournal::Unfinished> ImportJournal::unfinished() const
{
    QSqlQuery query(m_database);
    query.prepare(u"SELECT value FROM settings WHERE key = ?"_s);
    query.addBindValue(markKey);
    if (!query.exec() || !query.next())
        return std::nullopt;
    const QJsonObject mark = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
    Unfinished import;
    import.what = mark.value(u"what"_s).toString();
    import.source = mark.value(u"source"_s).toString();
    import.login = mark.value(u"login"_s).toString();
    import.startedAt = QDateTime::fromString(mark.value(u"started_at"_s).toString(), Qt::ISODate);
    import.rows = mark.value(u"rows"_s).toInteger();
    return import;
}

void ImportJournal::dismiss()
{
    WriteTransaction transaction(m_database);
    if (!transaction.isActive() || !removeMark(m_database) || !transaction.commit())
        qCWarning(lcDatabase) << "the mark of an unfinished import could not be removed";
}

QString ImportJournal::describe(const Unfinished &import)
{
    const QString what = import.what == u"services"_s ? tr("services") : tr("residents");
    const QString from = import.source.isEmpty() ? QString() : tr(" from %1").arg(import.source);
    return tr("The last import of %1%2 (%L3 rows, started by %4 at %5) did not finish: the program was stopped "
              "before it was written. Nothing of it is in the database. Import the file again.")
            .arg(what, from)
            .arg(import.rows)
            .arg(import.login, QLocale().toString(import.startedAt.toLocalTime(), QLocale::ShortFormat));
}

} // namespace linli
