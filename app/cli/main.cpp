#include "cli.h"
#include "i18n/languagemanager.h"
#include "settings/appsettings.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Wharf"));
    QCoreApplication::setOrganizationName(QStringLiteral("Wharf"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("wharf.org"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WHARF_VERSION));
    wharf::LanguageManager languages;
    languages.setLanguage(wharf::AppSettings().language());
    wharf::cli::Cli cli(app.arguments());
    return cli.exec();
}
