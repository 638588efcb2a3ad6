#include "simplifiedchinese.h"

#include "logging.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHash>

using namespace Qt::StringLiterals;

namespace linli {

namespace {

struct Table
{
    QHash<char32_t, char32_t> simplified;
    QString version;

    Table()
    {
        QFile file(u":/pinyin/simplified.txt"_s);
        if (!file.open(QIODevice::ReadOnly)) {
            qCCritical(lcDatabase) << "the table of simplified characters is missing from this build";
            return;
        }
        const QByteArray data = file.readAll();
        version = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha1).toHex().left(16));
        for (const QByteArray &line : data.split('\n')) {
            const QList<QByteArray> fields = line.split(' ');
            bool traditionalOk = false;
            bool simplifiedOk = false;
            if (line.startsWith('#') || fields.size() != 2)
                continue;
            const char32_t traditional = fields.at(0).toUInt(&traditionalOk, 16);
            const char32_t simple = fields.at(1).toUInt(&simplifiedOk, 16);
            if (traditionalOk && simplifiedOk)
                simplified.insert(traditional, simple);
        }
    }
};

const Table &table()
{
    static const Table loaded;
    return loaded;
}

} // namespace

QString SimplifiedChinese::of(QStringView text)
{
    const QHash<char32_t, char32_t> &simplified = table().simplified;
    QList<uint> characters = text.toUcs4();
    for (uint &c : characters)
        c = simplified.value(char32_t(c), char32_t(c));
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(characters.constData()), characters.size());
}

QString SimplifiedChinese::version()
{
    return table().version;
}

} // namespace linli
