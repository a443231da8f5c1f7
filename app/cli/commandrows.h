#pragma once

#include "commandtable.h"

namespace wharf::cli {

// The pieces of the one command table (commandtable.cpp puts them together, in this order).
extern const OptionSpec kTokenStdin; // shared by every command that talks to a server
QList<CommandSpec> contaxyCommands(); // contaxyFileCommands() then contaxyDataCommands()
QList<CommandSpec> contaxyFileCommands();
QList<CommandSpec> contaxyDataCommands();
QList<CommandSpec> projectwCommands();

} // namespace wharf::cli
