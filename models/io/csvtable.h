#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace linli {

// A whole CSV file as offices exchange it, decoded and split into a header and rows. Recognises
// UTF-8 (with or without BOM), UTF-16 with BOM, and otherwise GB18030 (which includes GBK and
// GB2312), the encoding Chinese Excel and WPS save "CSV" in. Rows whose fields are all empty
// (Excel leaves them at the end of a sheet) are dropped; each row keeps its spreadsheet row number.
class CsvTable
{
    Q_DECLARE_TR_FUNCTIONS(CsvTable)

public:
    enum class Encoding { Utf8, Utf8WithBom, Utf16, Gb18030 };

    struct Row
    {
        int number = 0; // as a spreadsheet numbers it: the header is row 1
        QStringList fields;
    };

    static CsvTable fromBytes(const QByteArray &bytes);

    bool isValid() const { return m_errorString.isEmpty(); }
    QString errorString() const { return m_errorString; }
    Encoding encoding() const { return m_encoding; }
    static QString encodingName(Encoding encoding);
    QStringList header() const { return m_header; }
    const QList<Row> &rows() const { return m_rows; }

private:
    QString m_errorString;
    Encoding m_encoding = Encoding::Utf8;
    QStringList m_header;
    QList<Row> m_rows;
};

} // namespace linli
