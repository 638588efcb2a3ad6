#include "sheetmapping.h"

namespace linli {

Problem SheetMappingWords::missing(const QString &label, const QString &header)
{
    return Problem::invalid(tr("The file has no column for %1 (a header such as \"%2\").").arg(label, header));
}

Problem SheetMappingWords::takenTwice(const QString &label)
{
    return Problem::invalid(tr("Two columns of the file are both taken as %1.").arg(label));
}

} // namespace linli
