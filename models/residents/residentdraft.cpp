#include "residentdraft.h"

#include "householdrelation.h"
#include "idnumbervalidator.h"
#include "personname.h"
#include "phonenumber.h"
#include "residentstatus.h"
#include "residenttag.h"

using namespace Qt::StringLiterals;

namespace linli {

QMap<ResidentDraft::Field, QString> ResidentDraft::check(QDate today)
{
    QMap<Field, QString> problems;

    const PersonName::Result checkedName = PersonName::check(name);
    if (checkedName.isValid())
        name = checkedName.normalized;
    else
        problems.insert(Field::Name, checkedName.message);

    if (!idNumber.trimmed().isEmpty()) {
        const IdNumberValidator::Result id = IdNumberValidator::check(idNumber, today);
        if (!id.isValid()) {
            problems.insert(Field::IdNumber, id.message);
        } else {
            idNumber = id.normalized;
            const QString idGender = id.male ? u"M"_s : u"F"_s;
            if (gender.isEmpty())
                gender = idGender;
            else if (gender != idGender)
                problems.insert(Field::Gender,
                                tr("The ID number is a %1's; check the gender or the number.")
                                        .arg(id.male ? tr("man") : tr("woman")));
            if (!birthDate.isValid())
                birthDate = id.birthDate;
            else if (birthDate != id.birthDate)
                problems.insert(
                        Field::BirthDate,
                        tr("The ID number gives %1 as the date of birth.").arg(id.birthDate.toString(Qt::ISODate)));
        }
    } else {
        idNumber.clear();
    }

    // A wrong ID number is the one problem to fix when it was meant to give gender and birth date.
    const bool idWouldGiveThem = problems.contains(Field::IdNumber);
    if (gender != u"M"_s && gender != u"F"_s && !problems.contains(Field::Gender) && !idWouldGiveThem)
        problems.insert(Field::Gender, tr("Choose the gender."));
    if (!birthDate.isValid()) {
        if (!problems.contains(Field::BirthDate) && !idWouldGiveThem)
            problems.insert(Field::BirthDate, tr("Enter the date of birth."));
    } else if (birthDate > today) {
        problems.insert(Field::BirthDate, tr("The date of birth is in the future."));
    }

    const auto checkPhone = [&problems](QString &value, Field field) {
        if (value.trimmed().isEmpty()) {
            value.clear();
            return;
        }
        const PhoneNumber::Result phone = PhoneNumber::check(value);
        if (phone.isValid())
            value = phone.normalized;
        else
            problems.insert(field, phone.message);
    };
    checkPhone(phone, Field::Phone);
    checkPhone(phone2, Field::Phone2);
    checkPhone(emergencyPhone, Field::EmergencyPhone);

    newGridName = newGridName.simplified();
    if (gridId > 0)
        newGridName.clear();
    else if (newGridName.isEmpty())
        problems.insert(Field::Grid, tr("Choose the grid the resident lives in."));
    if (!ResidentStatus::all().contains(status))
        problems.insert(Field::Status, tr("Choose a status."));
    building = building.trimmed();
    unit = unit.trimmed();
    room = room.trimmed();
    emergencyContact = emergencyContact.simplified();
    QStringList knownTags;
    for (const QString &tag : std::as_const(tags)) {
        if (ResidentTag::all().contains(tag) && !knownTags.contains(tag))
            knownTags.append(tag);
    }
    tags = knownTags;

    if (startsHousehold) {
        householdId = 0;
        relationToHead = HouseholdRelation::head();
    } else if (householdId <= 0) {
        householdId = 0;
        relationToHead.clear();
    } else if (!HouseholdRelation::all().contains(relationToHead)) {
        problems.insert(Field::Household, tr("Choose the relation to the head of the household."));
    }
    return problems;
}

} // namespace linli
