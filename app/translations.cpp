#include "translations.h"

#include "log.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace shelf {

void installTranslations(QCoreApplication& app)
{
    const QString override = qEnvironmentVariable("SHELF_LANG");
    QLocale locale = override.isEmpty() ? QLocale::system() : QLocale(override);
    // The POSIX "C" locale of servers and CI means English, which needs its plural forms.
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
    if (!override.isEmpty())
        QLocale::setDefault(locale);
    auto* own = new QTranslator(&app);
    // Compiled into the binary by qt_add_translations under :/i18n.
    if (own->load(locale, QStringLiteral("shelflabel"), QStringLiteral("_"),
                  QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    else if (locale.language() != QLocale::English && locale.language() != QLocale::C)
        moduleLogger("app")->info("no translation for {}", locale.name().toStdString());
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace shelf
