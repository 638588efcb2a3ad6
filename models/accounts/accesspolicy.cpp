#include "accesspolicy.h"

using namespace Qt::StringLiterals;

namespace linli {

Role AccessPolicy::lowestAllowed(Permission permission)
{
    switch (permission) {
    case Permission::SeeFullIdentifiers:
    case Permission::BulkExport:
    case Permission::ReportWithIdentifiers:
    case Permission::EditCatalogue:
    case Permission::DeleteResidents:
    case Permission::MergeResidents:
    case Permission::ApproveImports:
    case Permission::ReadAuditLog:
    case Permission::CorrectAnyRecord:
        return Role::Manager;
    case Permission::ManageUsers:
    case Permission::BackupAndRestore:
    case Permission::ChangeSettings:
        return Role::Admin;
    }
    return Role::Admin;
}

bool AccessPolicy::allows(Role role, Permission permission)
{
    return int(role) >= int(lowestAllowed(permission));
}

QString AccessPolicy::key(Role role)
{
    switch (role) {
    case Role::Clerk:
        return u"clerk"_s;
    case Role::Manager:
        return u"manager"_s;
    case Role::Admin:
        return u"admin"_s;
    }
    return {};
}

std::optional<Role> AccessPolicy::roleFromKey(const QString &key)
{
    for (const Role role : {Role::Clerk, Role::Manager, Role::Admin}) {
        if (AccessPolicy::key(role) == key)
            return role;
    }
    return std::nullopt;
}

namespace {

const QList<std::pair<Permission, QString>> &permissionKeys()
{
    static const QList<std::pair<Permission, QString>> keys
            = {{Permission::SeeFullIdentifiers, u"SeeFullIdentifiers"_s},
               {Permission::BulkExport, u"BulkExport"_s},
               {Permission::ReportWithIdentifiers, u"ReportWithIdentifiers"_s},
               {Permission::EditCatalogue, u"EditCatalogue"_s},
               {Permission::DeleteResidents, u"DeleteResidents"_s},
               {Permission::MergeResidents, u"MergeResidents"_s},
               {Permission::ApproveImports, u"ApproveImports"_s},
               {Permission::ReadAuditLog, u"ReadAuditLog"_s},
               {Permission::CorrectAnyRecord, u"CorrectAnyRecord"_s},
               {Permission::ManageUsers, u"ManageUsers"_s},
               {Permission::BackupAndRestore, u"BackupAndRestore"_s},
               {Permission::ChangeSettings, u"ChangeSettings"_s}};
    return keys;
}

} // namespace

QString AccessPolicy::permissionKey(Permission permission)
{
    for (const auto &[each, key] : permissionKeys()) {
        if (each == permission)
            return key;
    }
    return {};
}

std::optional<Permission> AccessPolicy::permissionFromKey(const QString &key)
{
    for (const auto &[each, eachKey] : permissionKeys()) {
        if (eachKey == key)
            return each;
    }
    return std::nullopt;
}

QString AccessPolicy::roleName(Role role)
{
    switch (role) {
    case Role::Clerk:
        return tr("Clerk");
    case Role::Manager:
        return tr("Manager");
    case Role::Admin:
        return tr("Administrator");
    }
    return {};
}

QString AccessPolicy::describe(Permission permission)
{
    switch (permission) {
    case Permission::SeeFullIdentifiers:
        return tr("see a resident's whole ID number and phones");
    case Permission::BulkExport:
        return tr("export residents or services to a file");
    case Permission::ReportWithIdentifiers:
        return tr("print sheets and reports with whole phone and ID numbers");
    case Permission::EditCatalogue:
        return tr("change the service catalogue");
    case Permission::DeleteResidents:
        return tr("delete residents");
    case Permission::MergeResidents:
        return tr("merge residents");
    case Permission::ApproveImports:
        return tr("import files");
    case Permission::ReadAuditLog:
        return tr("read the audit log");
    case Permission::CorrectAnyRecord:
        return tr("correct or void a service record someone else logged, or one of an earlier day");
    case Permission::ManageUsers:
        return tr("manage users");
    case Permission::BackupAndRestore:
        return tr("back up or restore the database");
    case Permission::ChangeSettings:
        return tr("change the center's settings");
    }
    return {};
}

QString AccessPolicy::refusal(Permission permission)
{
    return tr("You may not %1: that needs the role %2.").arg(describe(permission), roleName(lowestAllowed(permission)));
}

} // namespace linli
