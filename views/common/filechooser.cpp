#include "filechooser.h"

#include "sqlitefilesinuse.h"

#include <QDir>
#include <QFileIconProvider>
#include <QFileInfo>
#include <QMessageBox>
#include <QMimeDatabase>

using namespace Qt::StringLiterals;

namespace linli {

namespace {

// Icons and type names from the file's name alone: nothing is opened.
class NameOnlyIconProvider : public QFileIconProvider
{
public:
    QIcon icon(const QFileInfo &info) const override
    {
        if (info.isDir())
            return QFileIconProvider::icon(Folder);
        const QIcon fallback = QFileIconProvider::icon(File);
        const QString name = typeOf(info).iconName();
        return name.isEmpty() ? fallback : QIcon::fromTheme(name, fallback);
    }

    QString type(const QFileInfo &info) const override
    {
        return info.isDir() ? QFileIconProvider::type(info) : typeOf(info).comment();
    }

private:
    QMimeType typeOf(const QFileInfo &info) const
    {
        return m_types.mimeTypeForFile(info, QMimeDatabase::MatchExtension);
    }

    QMimeDatabase m_types;
};

NameOnlyIconProvider &nameOnlyIcons()
{
    static NameOnlyIconProvider provider;
    return provider;
}

} // namespace

void FileChooser::prepare(QFileDialog &dialog, const QString &start)
{
    // Before any folder is listed.
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setIconProvider(&nameOnlyIcons());
    const QFileInfo suggested(start);
    if (start.isEmpty())
        return;
    if (suggested.isDir()) {
        dialog.setDirectory(start);
        return;
    }
    if (start.contains(u'/') || start.contains(QDir::separator()))
        dialog.setDirectory(suggested.absolutePath());
    dialog.selectFile(suggested.fileName());
}

QString FileChooser::choose(QFileDialog &dialog, OpenDatabase openDatabase)
{
    while (dialog.exec() == QDialog::Accepted) {
        const QString chosen = dialog.selectedFiles().value(0);
        const SqliteFilesInUse::Held held = SqliteFilesInUse::held(chosen);
        if (held == SqliteFilesInUse::Held::No
            || (held == SqliteFilesInUse::Held::Database && openDatabase == OpenDatabase::Allowed))
            return chosen;
        QMessageBox::warning(&dialog, dialog.windowTitle(), SqliteFilesInUse::refusalFor(chosen));
    }
    return {};
}

QString FileChooser::openFile(QWidget *parent, const QString &caption, const QString &start, const QString &filter)
{
    QFileDialog dialog(parent, caption);
    prepare(dialog, start);
    dialog.setFileMode(QFileDialog::ExistingFile);
    dialog.setNameFilters(filter.split(u";;"_s, Qt::SkipEmptyParts));
    return choose(dialog, OpenDatabase::Refused);
}

QString FileChooser::saveFile(QWidget *parent, const QString &caption, const QString &start, const QString &filter)
{
    QFileDialog dialog(parent, caption);
    prepare(dialog, start);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setNameFilters(filter.split(u";;"_s, Qt::SkipEmptyParts));
    return choose(dialog, OpenDatabase::Refused);
}

QString FileChooser::folder(QWidget *parent, const QString &caption, const QString &start)
{
    QFileDialog dialog(parent, caption);
    prepare(dialog, start);
    dialog.setFileMode(QFileDialog::Directory);
    dialog.setOption(QFileDialog::ShowDirsOnly);
    return choose(dialog, OpenDatabase::Refused);
}

QString FileChooser::databaseFile(QWidget *parent, const QString &caption, const QString &start, const QString &filter)
{
    QFileDialog dialog(parent, caption);
    prepare(dialog, start);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setOption(QFileDialog::DontConfirmOverwrite);
    dialog.setNameFilters(filter.split(u";;"_s, Qt::SkipEmptyParts));
    return choose(dialog, OpenDatabase::Allowed);
}

} // namespace linli
