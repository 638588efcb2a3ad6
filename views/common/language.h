#pragma once

#include <QString>

class QCoreApplication;

namespace linli {

// Chooses the language of the user interface (Chinese when asked for or when the system speaks
// Chinese, English otherwise) and installs Linli's translations and Qt's own, so that standard
// dialogs and buttons speak the same language. Call once, after the application object exists.
class Language
{
public:
    // requested: "zh_CN", "en" or empty for the system's language. Returns the language used.
    static QString install(QCoreApplication &application, const QString &requested);
    static QString systemLanguage();
};

} // namespace linli
