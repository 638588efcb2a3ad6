#include "pdffile.h"

#include "sqlitefilesinuse.h"

#include <QCoreApplication>
#include <QPdfWriter>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace linli::PdfFile {

bool write(const QString &path, const QString &title, const std::function<void(QPagedPaintDevice *)> &draw,
           QString *error)
{
    if (const QString refusal = SqliteFilesInUse::refusalFor(path); !refusal.isEmpty()) {
        if (error)
            *error = refusal;
        return false;
    }
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        {
            QPdfWriter writer(&file);
            writer.setTitle(title);
            writer.setCreator(u"Linli"_s);
            writer.setResolution(300);
            draw(&writer);
        }
        if (file.commit())
            return true;
    }
    if (error) {
        *error = QCoreApplication::translate("linli::PdfFile", "The PDF could not be written to %1: %2")
                         .arg(path, file.errorString());
    }
    return false;
}

} // namespace linli::PdfFile
