#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class QIODevice;

namespace linli {

// What is wrong with one row of an imported sheet (or with the file, row 0), in plain words.
struct ImportProblem
{
    Q_DECLARE_TR_FUNCTIONS(ImportProblem)

public:
    int row = 0;    // as the spreadsheet numbers it; 0 for the file as a whole
    QString column; // the header as the file has it
    QString value;
    QString reason;

    // The problems as a CSV for Excel (UTF-8 with BOM): row, column, value, reason.
    static bool writeReport(const QList<ImportProblem> &problems, QIODevice *device);
};

} // namespace linli
