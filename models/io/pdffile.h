#pragma once

#include <QString>

#include <functional>

class QPagedPaintDevice;

namespace linli {

// Writes a PDF through a paged device: beside the target first and renamed at the end, so a file
// printed before is never left half overwritten. 300 dpi; `title` goes into the file's properties.
namespace PdfFile {

// False with `error` set (path and reason) when the file cannot be written.
bool write(const QString &path, const QString &title, const std::function<void(QPagedPaintDevice *)> &draw,
           QString *error);

} // namespace PdfFile

} // namespace linli
