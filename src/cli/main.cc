// Entry point of the dealgraph command: parses the command line and runs one subcommand.
#include <cstdio>
#include <cstring>

#include "cli/commands.h"

#ifdef DEALGRAPH_HAVE_MIMALLOC
#include <mimalloc.h>
#endif

int main(int argc, char** argv) {
#ifdef DEALGRAPH_HAVE_MIMALLOC
  // The server gives freed pages back to the system at once: its threads
  // would otherwise each keep their peak (tests/server_abuse.py bounds the
  // resident memory). Batch commands keep mimalloc's defaults: returning
  // pages at once costs ingest thousands of madvise calls.
  const char* command = nullptr;
  for (int i = 1; i < argc && command == nullptr; ++i) {
    if (argv[i][0] != '-') command = argv[i];
  }
  if (command != nullptr && std::strcmp(command, "serve") == 0) {
    mi_option_set(mi_option_page_reset, 1);
    mi_option_set(mi_option_abandoned_page_decommit, 1);
    mi_option_set(mi_option_decommit_delay, 0);
    mi_option_set(mi_option_segment_decommit_delay, 0);
  }
#endif
  CLI::App app{"dealgraph: a ledger of technology and AI deals, extracted from news"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "dealgraph 0.1.0");
  dealgraph::cli::ExitCode exit;
  dealgraph::cli::AddExtractCommands(app, exit);
  dealgraph::cli::AddLedgerCommands(app, exit);
  dealgraph::cli::AddQueryCommands(app, exit);
  dealgraph::cli::AddTrainTaggerCommand(app, exit);
  dealgraph::cli::AddTrainPairsCommand(app, exit);
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
