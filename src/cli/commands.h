// Registration of the dealgraph subcommands; each group lives in its own file.
#ifndef DEALGRAPH_CLI_COMMANDS_H_
#define DEALGRAPH_CLI_COMMANDS_H_

#include <CLI/CLI.hpp>

namespace dealgraph::cli {

// Set by a subcommand's callback: 0 success, 1 some input failed, 2 usage or fatal error.
struct ExitCode {
  int value = 0;
};

void AddExtractCommands(CLI::App& app, ExitCode& exit);  // extract, entities (extract_command.cc)
void AddLedgerCommands(CLI::App& app, ExitCode& exit);   // ingest, reconcile, db (ledger_commands.cc)
void AddQueryCommands(CLI::App& app, ExitCode& exit);    // deals, org, flows, cycles, show, export (query_commands.cc)
void AddServeCommand(CLI::App& app, ExitCode& exit);     // serve (serve_command.cc)

}  // namespace dealgraph::cli

#endif  // DEALGRAPH_CLI_COMMANDS_H_
