#pragma once

#include <QCoreApplication>
#include <QFileDialog>
#include <QString>

class QWidget;

namespace linli {

// The window's file dialogs. Qt's own dialog, told never to read the files it lists: by default it
// reads the start of every file in the folder shown to choose its icon, and in the database's
// folder that opens and closes the database's own files, which drops every lock SQLite holds on
// them in this program (see SqliteFilesInUse). A file of the database this program has open is
// refused with a plain sentence and the dialog stays open; an empty string when cancelled.
class FileChooser
{
    Q_DECLARE_TR_FUNCTIONS(FileChooser)

public:
    // `start`: a folder, or a file name (with or without a folder) to suggest.
    static QString openFile(QWidget *parent, const QString &caption, const QString &start, const QString &filter);
    static QString saveFile(QWidget *parent, const QString &caption, const QString &start, const QString &filter);
    static QString folder(QWidget *parent, const QString &caption, const QString &start);
    // A database file, new or existing: the database open now may be chosen, its log files not.
    static QString databaseFile(QWidget *parent, const QString &caption, const QString &start, const QString &filter);

    // The dialog every choice above shows, for a test to drive: `start` shown, no file read.
    static void prepare(QFileDialog &dialog, const QString &start);

private:
    enum class OpenDatabase { Refused, Allowed };
    static QString choose(QFileDialog &dialog, OpenDatabase openDatabase);
};

} // namespace linli
