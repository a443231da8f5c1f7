#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Wharf"));
    QApplication::setOrganizationName(QStringLiteral("Wharf"));
    QApplication::setOrganizationDomain(QStringLiteral("wharf.org"));
    QApplication::setApplicationVersion(QStringLiteral(WHARF_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.wharf.Wharf"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Desktop client for Contaxy, Project-W and IVCAP"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandbox(QStringLiteral("sandbox"),
                                     QApplication::translate("main",
                                                             "Start against a local "
                                                             "sandbox with demo data."));
    const QCommandLineOption server(QStringLiteral("server"),
                                    QApplication::translate("main", "Open an account for URL."),
                                    QStringLiteral("URL"));
    parser.addOptions({sandbox, server});
    parser.process(app);

    wharf::ui::MainWindow window;
    window.show();
    return app.exec();
}
