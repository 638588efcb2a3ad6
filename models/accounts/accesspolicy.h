#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace linli {

// What a signed-in user is: a clerk at the front desk, the center's manager, or the administrator
// who looks after users, backups and settings. Each role may do all the one before it may.
enum class Role { Clerk, Manager, Admin };

// The things not every role may do. Everything else (registering residents, logging services,
// scheduling visits, taking cases a step) every role may.
enum class Permission {
    SeeFullIdentifiers, // one resident's whole ID number and phones, given a reason (IdentifierReveal)
    BulkExport,         // residents or services to a file
    ReportWithIdentifiers,
    EditCatalogue,
    DeleteResidents,
    MergeResidents,
    ApproveImports,
    ReadAuditLog,
    CorrectAnyRecord, // a service record of any day and desk; a clerk corrects their own of today
    ManageUsers,
    BackupAndRestore,
    ChangeSettings,
};

// Who may do what: the rule every store asks, so that a refused action is refused in the core,
// whatever the window shows.
class AccessPolicy
{
    Q_DECLARE_TR_FUNCTIONS(AccessPolicy)

public:
    static bool allows(Role role, Permission permission);
    static Role lowestAllowed(Permission permission);

    // "clerk", "manager", "admin": as stored.
    static QString key(Role role);
    static std::optional<Role> roleFromKey(const QString &key);
    // "BulkExport": a permission as the audit log stores it.
    static QString permissionKey(Permission permission);
    static std::optional<Permission> permissionFromKey(const QString &key);
    // The role as a person reads it, in their language.
    static QString roleName(Role role);
    // "export residents or services", for "You may not …" messages.
    static QString describe(Permission permission);
    // The message a refused action gets: what, and which role may.
    static QString refusal(Permission permission);
};

} // namespace linli
