#pragma once

#include "command.h"

#include <QList>

namespace linli {

class CsvTable;
struct ImportProblem;

// `linli import residents|services FILE [--skip-invalid] [--errors REPORT.csv]`
class ImportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments, CommandContext &context) override;

private:
    struct Request
    {
        QString path;
        QByteArray bytes;
        bool skipInvalid = false;
        QString reportPath;
    };
    template<typename Import> static bool readAndCheck(Import &import, const Request &request, CommandContext &context);
    int importResidents(const Request &request, Database &database, CommandContext &context);
    int importServices(const Request &request, Database &database, CommandContext &context);
    // Prints the first problems and writes them all to the report asked for; false when the
    // report cannot be written.
    static bool report(const QList<ImportProblem> &problems, const Request &request, CommandContext &context);
    // Its rows, encoding, and the columns left out.
    static void describeSheet(const Request &request, const CsvTable &table, const QList<bool> &mapped,
                              CommandContext &context);
};

} // namespace linli
