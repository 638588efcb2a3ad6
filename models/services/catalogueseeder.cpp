#include "catalogueseeder.h"

#include "csvreader.h"
#include "logging.h"
#include "sqldialect.h"
#include "sqlselect.h"
#include "writetransaction.h"

#include <QFile>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace linli {

namespace {

const auto countTypes = u"SELECT count(*) FROM service_types"_s;
const auto insertCategory = u"INSERT INTO service_categories (code, name_zh, name_en, sort_order) "
                            "VALUES (:code, :name_zh, :name_en, :sort_order) RETURNING id"_s;
const auto insertType = u"INSERT INTO service_types (code, category_id, name_zh, name_en, opens_case, "
                        "deadline_workdays, visit_kind, sort_order) VALUES (:code, :category_id, :name_zh, "
                        ":name_en, :opens_case, :deadline, :visit_kind, :sort_order)"_s;

const QStringList expectedHeader
        = {u"code"_s,    u"category_code"_s, u"category_zh"_s,       u"category_en"_s, u"name_zh"_s,
           u"name_en"_s, u"opens_case"_s,    u"deadline_workdays"_s, u"visit_kind"_s};

} // namespace

CatalogueSeeder::CatalogueSeeder(const QSqlDatabase &database, const QString &csvPath)
    : m_database(database)
    , m_csvPath(csvPath)
{}

Result<void> CatalogueSeeder::seedIfEmpty()
{
    {
        QSqlQuery count(m_database);
        if (!count.exec(countTypes) || !count.next()) {
            qCWarning(lcDatabase) << "cannot count service types:" << count.lastError().text();
            return Problem::failed(tr("The service catalogue cannot be read."));
        }
        if (count.value(0).toInt() > 0)
            return Result<void>::done();
    }

    QFile file(m_csvPath);
    if (!file.open(QIODevice::ReadOnly)) {
        return Problem::failed(tr("This copy of Linli is incomplete: the service catalogue is missing."));
    }
    const QString text = QString::fromUtf8(file.readAll());
    CsvReader reader(text);
    QStringList fields;
    if (!reader.readRecord(fields) || fields != expectedHeader) {
        return Problem::failed(tr("This copy of Linli is damaged: the service catalogue has an unexpected layout."));
    }

    WriteTransaction transaction(m_database);
    transaction.announce(DataKind::Catalogue);
    if (!transaction.isActive()) {
        return Problem::failed(tr("The database is busy; the service catalogue was not created."));
    }
    {
        // Another client may have seeded it meanwhile: looked at again once no other can (SQLite's
        // write transaction excludes other writers already; a server's tables are locked for it).
        QSqlQuery recount(m_database);
        if ((SqlDialect::isServer(m_database)
             && !recount.exec(u"LOCK TABLE service_categories, service_types IN EXCLUSIVE MODE"_s))
            || !recount.exec(countTypes) || !recount.next()) {
            qCWarning(lcDatabase) << "cannot count service types:" << recount.lastError().text();
            return Problem::failed(tr("The service catalogue cannot be read."));
        }
        if (recount.value(0).toInt() > 0)
            return transaction.commit() ? Result<void>::done()
                                        : Problem::failed(tr("The service catalogue could not be saved."));
    }
    QHash<QString, qint64> categoryIds;
    QSqlQuery category(m_database);
    category.prepare(insertCategory);
    QSqlQuery type(m_database);
    type.prepare(insertType);
    int typeOrder = 0;
    while (reader.readRecord(fields)) {
        if (fields.size() == 1 && fields.first().isEmpty())
            continue;
        if (fields.size() != expectedHeader.size()) {
            return Problem::failed(tr("This copy of Linli is damaged: line %1 of the service catalogue is malformed.")
                                           .arg(reader.recordLine()));
        }
        const QString categoryCode = fields.at(1);
        if (!categoryIds.contains(categoryCode)) {
            category.bindValue(u":code"_s, categoryCode);
            category.bindValue(u":name_zh"_s, fields.at(2));
            category.bindValue(u":name_en"_s, fields.at(3));
            category.bindValue(u":sort_order"_s, int(categoryIds.size()) + 1);
            const qint64 categoryId = category.exec() ? returnedId(category) : 0;
            if (categoryId == 0) {
                qCWarning(lcDatabase) << "seeding category failed:" << category.lastError().text();
                return Problem::failed(tr("The service catalogue could not be created."));
            }
            categoryIds.insert(categoryCode, categoryId);
        }
        const QString deadline = fields.at(7).trimmed();
        type.bindValue(u":code"_s, fields.at(0));
        type.bindValue(u":category_id"_s, categoryIds.value(categoryCode));
        type.bindValue(u":name_zh"_s, fields.at(4));
        type.bindValue(u":name_en"_s, fields.at(5));
        type.bindValue(u":opens_case"_s, fields.at(6) == u"1"_s ? 1 : 0);
        type.bindValue(u":deadline"_s, deadline.isEmpty() ? QVariant() : QVariant(deadline.toInt()));
        type.bindValue(u":visit_kind"_s, fields.at(8));
        type.bindValue(u":sort_order"_s, ++typeOrder);
        if (!type.exec()) {
            qCWarning(lcDatabase) << "seeding type" << fields.at(0) << "failed:" << type.lastError().text();
            return Problem::failed(tr("The service catalogue could not be created."));
        }
    }
    if (reader.hasError()) {
        return Problem::failed(tr("This copy of Linli is damaged: the service catalogue is malformed near line %1.")
                                       .arg(reader.errorLine()));
    }
    category.finish();
    type.finish();
    if (!transaction.commit()) {
        return Problem::failed(tr("The service catalogue could not be saved."));
    }
    qCInfo(lcDatabase) << "seeded" << typeOrder << "service types in" << categoryIds.size() << "categories";
    return Result<void>::done();
}

} // namespace linli
