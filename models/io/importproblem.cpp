#include "importproblem.h"

#include "csvwriter.h"
#include "sheetcell.h"

namespace linli {

bool ImportProblem::writeReport(const QList<ImportProblem> &problems, QIODevice *device)
{
    CsvWriter writer(device);
    writer.writeRecord({tr("Row"), tr("Column"), tr("Value"), tr("Problem")});
    for (const ImportProblem &problem : problems) {
        writer.writeRecord({problem.row > 0 ? QString::number(problem.row) : QString(),
                            SheetCell::exported(problem.column), SheetCell::exported(problem.value),
                            SheetCell::exported(problem.reason)});
    }
    return !writer.hasError();
}

} // namespace linli
