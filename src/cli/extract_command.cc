// Placeholder until the extractor lands.
#include "cli/commands.h"

namespace dealgraph::cli {

void AddExtractCommands(CLI::App& /*app*/, ExitCode& /*exit*/) {}

}  // namespace dealgraph::cli
