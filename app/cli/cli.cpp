#include "cli.h"

#include <QTextStream>

namespace wharf::cli {

Cli::Cli(QStringList arguments)
    : m_args(std::move(arguments))
{ }

int Cli::exec()
{
    QTextStream out(stdout);
    out << "Usage: wharf-cli COMMAND [--json]\n";
    return m_args.size() > 1 ? ExitUsage : ExitOk;
}

} // namespace wharf::cli
