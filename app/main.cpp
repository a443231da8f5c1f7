#include "appicon.h"
#include "application.h"
#include "i18n/languagemanager.h"
#include "logging/logfile.h"
#include "settings/appsettings.h"
#include "websso/embeddedbrowser.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    wharf::Application::prepareEnvironment(argc, argv);
    wharf::ui::prepareEmbeddedBrowser();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Wharf"));
    QApplication::setOrganizationName(QStringLiteral("Wharf"));
    QApplication::setOrganizationDomain(QStringLiteral("wharf.org"));
    QApplication::setApplicationVersion(QStringLiteral(WHARF_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.wharf.Wharf"));
    QApplication::setWindowIcon(wharf::appIcon());
    // A rotating, redacted log in the app's data folder (the sandbox has its own).
    wharf::logging::LogFile log;
    log.install();
    // Before parsing, so that --help speaks the user's language too.
    wharf::LanguageManager languages;
    languages.setLanguage(wharf::AppSettings().language());

    QCommandLineParser parser;
    const auto options = wharf::Application::parse(parser);
    wharf::Application wharfApp(options, &languages);
    return wharfApp.start();
}
