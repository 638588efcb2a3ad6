#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace linli {

// One kind of service the center delivers (法律咨询, 独居老人上门探访…), with its category.
struct ServiceType
{
    qint64 id = 0;
    QString code; // "LG01"
    qint64 categoryId = 0;
    QString categoryCode;
    QString categoryZh;
    QString categoryEn;
    QString nameZh;
    QString nameEn;
    bool opensCase = false;
    int deadlineWorkdays = 0; // 0: none
    QString visitKind;        // "", "elderly", "rehab"
    int sortOrder = 0;
    bool retired = false;
};

// The catalogue of service types, as seeded from resources/catalogue and kept by the manager:
// read whole (about sixty rows), in category and catalogue order.
class ServiceCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(ServiceCatalogue)

public:
    explicit ServiceCatalogue(const QSqlDatabase &database);

    // Empty with lastError() on failure. Retired types are left out unless asked for: they stay in
    // history and reports but are not offered for new entries.
    QList<ServiceType> types(bool withRetired = false) const;
    // The type with this code if it is still offered.
    std::optional<ServiceType> offered(const QString &code) const;
    QString lastError() const { return m_lastError; }

private:
    QSqlDatabase m_database;
    mutable QString m_lastError;
};

} // namespace linli
