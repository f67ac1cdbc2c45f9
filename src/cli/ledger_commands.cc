// Placeholder registration for commands not yet built.
#include "cli/commands.h"

namespace dealgraph::cli {

void AddLedgerCommands(CLI::App& /*app*/, ExitCode& /*exit*/) {}

}  // namespace dealgraph::cli
