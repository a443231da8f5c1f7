#pragma once

#include <QString>

#include <optional>

namespace wharf::cli {

// Reads one line from the terminal with echo switched off (or from stdin when it is not a
// terminal, for scripts). nullopt on end of input.
std::optional<QString> readSecret(const QString &prompt);
// Reads one line with echo, prompting on stderr when stdin is a terminal.
std::optional<QString> readLine(const QString &prompt);
// Reads all of stdin (for --token-stdin), trimmed.
QString readAllStdin();

} // namespace wharf::cli
