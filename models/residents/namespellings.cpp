#include "namespellings.h"

#include "bulkinserter.h"
#include "datachanges.h"
#include "pinyin.h"
#include "simplifiedchinese.h"
#include "sqlrows.h"
#include "writetransaction.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace linli {

namespace {

const auto versionKey = u"name_spellings"_s;

// The readings and the simplified forms the register's names are spelled and indexed with.
QString tablesVersion()
{
    return Pinyin::instance().version() + u'-' + SimplifiedChinese::version();
}

} // namespace

NameSpellings::NameSpellings(const QSqlDatabase &database)
    : m_database(database)
{}

std::unique_ptr<BulkInserter> NameSpellings::inserter(const QSqlDatabase &database)
{
    return std::make_unique<BulkInserter>(database, u"resident_spellings"_s,
                                          QStringList{u"resident_id"_s, u"spelling"_s, u"initials"_s, u"shown"_s,
                                                      u"shown_initials"_s, u"leads_elsewhere"_s});
}

bool NameSpellings::add(BulkInserter &rows, qint64 residentId, const QList<Pinyin::Spelling> &spellings)
{
    for (qsizetype i = 1; i < spellings.size(); ++i) {
        const Pinyin::Spelling &shown = spellings.constFirst();
        rows.add(residentId);
        rows.add(spellings.at(i).full);
        rows.add(spellings.at(i).initials);
        rows.add(shown.full);
        rows.add(shown.initials);
        rows.add(spellings.at(i).initials.left(1) != shown.initials.left(1) ? 1 : 0);
        if (!rows.endRow())
            return false;
    }
    return true;
}

bool NameSpellings::rewrite(qint64 residentId, const QList<Pinyin::Spelling> &spellings)
{
    QSqlQuery query(m_database);
    query.prepare(u"DELETE FROM resident_spellings WHERE resident_id = ?"_s);
    query.addBindValue(residentId);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    const std::unique_ptr<BulkInserter> rows = inserter(m_database);
    if (!add(*rows, residentId, spellings) || !rows->flush()) {
        m_lastError = rows->lastDriverError();
        return false;
    }
    return true;
}

bool NameSpellings::refreshIfStale()
{
    QSqlQuery query(m_database);
    query.prepare(u"SELECT value FROM settings WHERE key = ?"_s);
    query.addBindValue(versionKey);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    if (query.next() && query.value(0).toString() == tablesVersion())
        return true;
    query.finish();
    WriteTransaction transaction(m_database);
    transaction.announce(DataKind::Residents);
    if (!transaction.isActive()) {
        m_lastError = transaction.lastDriverError();
        return false;
    }
    QSqlQuery done(m_database);
    done.prepare(u"DELETE FROM settings WHERE key = ?"_s);
    done.addBindValue(versionKey);
    QSqlQuery version(m_database);
    version.prepare(u"INSERT INTO settings (key, value) VALUES (?, ?)"_s);
    version.addBindValue(versionKey);
    version.addBindValue(tablesVersion());
    if (!refreshAll() || !done.exec() || !version.exec() || !transaction.commit()) {
        if (m_lastError.isEmpty())
            m_lastError = done.lastError().text() + version.lastError().text() + transaction.lastDriverError();
        return false;
    }
    return true;
}

bool NameSpellings::refreshAll()
{
    struct Respelled
    {
        qint64 id;
        Pinyin::Spelling spelling;
        QString simplified; // empty: the name has no traditional character
        bool hasOthers;
    };
    QList<Respelled> changed;
    const std::unique_ptr<BulkInserter> rows = inserter(m_database);
    QSqlQuery clear(m_database);
    if (!clear.exec(u"DELETE FROM resident_spellings"_s)) {
        m_lastError = clear.lastError().text();
        return false;
    }
    // In batches, so that a district's register is never held whole (a server sends a result at
    // once); each batch is read to its end before its spellings are written (a server's connection
    // answers one statement at a time).
    constexpr int batch = 10000;
    qint64 after = 0;
    for (qsizetype read = batch; read == batch;) {
        QList<std::pair<qint64, QList<Pinyin::Spelling>>> names;
        Respelled spelled;
        {
            SqlRows residents(m_database,
                              u"SELECT id, name, name_pinyin, name_initials, coalesce(name_simplified, ''), "
                              "has_other_spellings FROM residents WHERE id > ? ORDER BY id LIMIT ?"_s,
                              {after, batch});
            while (residents.next()) {
                after = residents.integer(0);
                const QString name = residents.text(1);
                names.append({after, Pinyin::instance().spellingsOfName(name)});
                const QList<Pinyin::Spelling> &spellings = names.constLast().second;
                const QString simplified = SimplifiedChinese::of(name);
                spelled = {after, spellings.constFirst(), simplified != name ? simplified : QString(),
                           spellings.size() > 1};
                if (spelled.spelling.full != residents.text(2) || spelled.spelling.initials != residents.text(3)
                    || spelled.simplified != residents.text(4) || spelled.hasOthers != (residents.integer(5) != 0))
                    changed.append(spelled);
            }
            if (residents.failed()) {
                m_lastError = residents.error();
                return false;
            }
        }
        read = names.size();
        for (const auto &[id, spellings] : std::as_const(names)) {
            if (!add(*rows, id, spellings)) {
                m_lastError = rows->lastDriverError();
                return false;
            }
        }
    }
    if (!rows->flush()) {
        m_lastError = rows->lastDriverError();
        return false;
    }
    // The spelling shown moves to the likeliest one, the simplified form is written beside a
    // traditional name (the index of name characters follows both by trigger).
    QSqlQuery update(m_database);
    update.prepare(u"UPDATE residents SET name_pinyin = ?, name_initials = ?, name_simplified = ?, "
                   "has_other_spellings = ? WHERE id = ?"_s);
    for (const Respelled &each : std::as_const(changed)) {
        update.addBindValue(each.spelling.full);
        update.addBindValue(each.spelling.initials);
        update.addBindValue(each.simplified.isEmpty() ? QVariant() : QVariant(each.simplified));
        update.addBindValue(each.hasOthers ? 1 : 0);
        update.addBindValue(each.id);
        if (!update.exec()) {
            m_lastError = update.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace linli
