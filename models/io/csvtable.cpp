#include "csvtable.h"

#include "csvreader.h"

#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace linli {

namespace {

struct Decoded
{
    QString text;
    CsvTable::Encoding encoding = CsvTable::Encoding::Utf8;
    bool ok = false;
};

Decoded decode(const QByteArray &bytes)
{
    Decoded result;
    const auto decodeWith = [&bytes](QStringDecoder decoder, qsizetype skip, QString &text) {
        text = decoder(QByteArrayView(bytes).sliced(skip));
        // Qt's UTF-16 decoder lets a lone surrogate through; it is no character either.
        return !decoder.hasError() && text.isValidUtf16();
    };
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        result.encoding = CsvTable::Encoding::Utf8WithBom;
        result.ok = decodeWith(QStringDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless), 3, result.text);
    } else if (bytes.startsWith("\xFF\xFE")) {
        result.encoding = CsvTable::Encoding::Utf16;
        result.ok
                = decodeWith(QStringDecoder(QStringDecoder::Utf16LE, QStringDecoder::Flag::Stateless), 2, result.text);
    } else if (bytes.startsWith("\xFE\xFF")) {
        result.encoding = CsvTable::Encoding::Utf16;
        result.ok
                = decodeWith(QStringDecoder(QStringDecoder::Utf16BE, QStringDecoder::Flag::Stateless), 2, result.text);
    } else if (decodeWith(QStringDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless), 0, result.text)) {
        // Text in GB18030 is almost never valid UTF-8 as well, so valid UTF-8 is taken for UTF-8.
        result.encoding = CsvTable::Encoding::Utf8;
        result.ok = true;
    } else {
        result.encoding = CsvTable::Encoding::Gb18030;
        QStringDecoder gb18030("GB18030", QStringDecoder::Flag::Stateless);
        result.ok = gb18030.isValid() && decodeWith(std::move(gb18030), 0, result.text);
    }
    return result;
}

bool isBlank(const QStringList &fields)
{
    return std::all_of(fields.cbegin(), fields.cend(), [](const QString &field) { return field.trimmed().isEmpty(); });
}

} // namespace

CsvTable CsvTable::fromBytes(const QByteArray &bytes)
{
    CsvTable table;
    const Decoded decoded = decode(bytes);
    table.m_encoding = decoded.encoding;
    if (!decoded.ok) {
        table.m_errorString = tr("The file is not text in UTF-8, UTF-16 or GB18030; save it from Excel as "
                                 "\"CSV UTF-8\" and try again.");
        return table;
    }
    CsvReader reader(decoded.text);
    QStringList fields;
    int spreadsheetRow = 0;
    while (reader.readRecord(fields)) {
        ++spreadsheetRow;
        if (spreadsheetRow == 1) {
            for (QString &field : fields)
                field = field.trimmed();
            table.m_header = fields;
        } else if (!isBlank(fields)) {
            table.m_rows.append({spreadsheetRow, fields});
        }
    }
    if (reader.hasError()) {
        table.m_errorString = tr("Row %1 opens a quotation mark that is never closed; the file may be cut short.")
                                      .arg(spreadsheetRow + 1);
    } else if (table.m_header.isEmpty() || isBlank(table.m_header)) {
        table.m_errorString = tr("The file is empty: the first row should name the columns.");
    }
    return table;
}

QString CsvTable::encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return u"UTF-8"_s;
    case Encoding::Utf8WithBom:
        return tr("UTF-8 with BOM");
    case Encoding::Utf16:
        return u"UTF-16"_s;
    case Encoding::Gb18030:
        return u"GB18030 (GBK)"_s;
    }
    return {};
}

} // namespace linli
