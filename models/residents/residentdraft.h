#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QMap>
#include <QString>
#include <QStringList>

namespace linli {

// What a clerk entered for a resident, before it is saved. check() normalises it the way it will
// be stored (ID number, phones, name) and says, field by field and in plain words, what is wrong.
struct ResidentDraft
{
    Q_DECLARE_TR_FUNCTIONS(ResidentDraft)

public:
    enum class Field { Name, Gender, BirthDate, IdNumber, Phone, Phone2, Grid, EmergencyPhone, Status, Household };

    QString name;
    QString gender;  // "M" or "F"; may be left empty when an ID number gives it
    QDate birthDate; // may be left invalid when an ID number gives it
    QString idNumber;
    QString phone;
    QString phone2;
    qint64 gridId = 0;
    QString newGridName; // a grid not known yet, created with the resident, when gridId is 0
    QString building;
    QString unit;
    QString room;
    QString emergencyContact;
    QString emergencyPhone;
    qint64 householdId = 0;       // the household joined; 0: none
    bool startsHousehold = false; // a new household at this address, with the resident as its head
    QString relationToHead;       // HouseholdRelation; "head" when starting a household
    QStringList tags;
    int contactIntervalDays = 0; // days between contacts for someone in care; 0: as their tags say
    QString notes;
    QString status = QStringLiteral("active");
    QString entryKey; // the form's own name for this edit: saved once however often it is handed over

    // Problems by field; empty when the draft can be saved. Fills in gender and birth date from the
    // ID number when they were left empty, and refuses them when they disagree with it.
    QMap<Field, QString> check(QDate today = QDate::currentDate());
};

} // namespace linli
