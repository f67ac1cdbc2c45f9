// Entry point of the dealgraph command: parses the command line and runs one subcommand.
#include <cstdio>

#include "cli/commands.h"

int main(int argc, char** argv) {
  CLI::App app{"dealgraph: a ledger of technology and AI deals, extracted from news"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "dealgraph 0.1.0");
  dealgraph::cli::ExitCode exit;
  dealgraph::cli::AddExtractCommands(app, exit);
  dealgraph::cli::AddLedgerCommands(app, exit);
  dealgraph::cli::AddQueryCommands(app, exit);
  dealgraph::cli::AddTrainTaggerCommand(app, exit);
  dealgraph::cli::AddServeCommand(app, exit);
  dealgraph::cli::AddWatchCommand(app, exit);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;
  }
  std::fflush(stdout);
  return exit.value;
}
