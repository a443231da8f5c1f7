#pragma once

#include <QStringList>

namespace wharf::cli {

// wharf-cli: the scriptable companion. Exit codes are part of its interface.
enum ExitCode { ExitOk = 0, ExitUsage = 1, ExitAuth = 2, ExitNetwork = 3, ExitServer = 4 };

class Cli
{
public:
    explicit Cli(QStringList arguments);
    int exec();

private:
    QStringList m_args;
};

} // namespace wharf::cli
