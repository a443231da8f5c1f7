#include "cli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Wharf"));
    QCoreApplication::setOrganizationName(QStringLiteral("Wharf"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("wharf.org"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WHARF_VERSION));
    wharf::cli::Cli cli(app.arguments());
    return cli.exec();
}
