#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace linli {

QString Language::systemLanguage()
{
    return QLocale::system().language() == QLocale::Chinese ? u"zh_CN"_s : u"en"_s;
}

QString Language::install(QCoreApplication &application, const QString &requested)
{
    const QString language = requested.isEmpty() ? systemLanguage() : requested;
    if (language != u"zh_CN"_s) {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        return u"en"_s;
    }
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    auto *ours = new QTranslator(&application);
    if (ours->load(u":/i18n/linli_zh_CN.qm"_s))
        QCoreApplication::installTranslator(ours);
    auto *qt = new QTranslator(&application);
    if (qt->load(QLocale(QLocale::Chinese, QLocale::China), u"qtbase"_s, u"_"_s,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return language;
}

} // namespace linli
