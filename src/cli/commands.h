// Registration of the dealgraph subcommands; each group lives in its own file.
#ifndef DEALGRAPH_CLI_COMMANDS_H_
#define DEALGRAPH_CLI_COMMANDS_H_

#include <CLI/CLI.hpp>
#include <string>

#include "fetch/fetch_options.h"

namespace dealgraph::cli {

// Set by a subcommand's callback: 0 success, 1 some input failed, 2 usage or fatal error.
struct ExitCode {
  int value = 0;
};

void AddExtractCommands(CLI::App& app, ExitCode& exit);  // extract, entities (extract_command.cc)
void AddLedgerCommands(CLI::App& app, ExitCode& exit);   // ingest, reconcile, db (ledger_commands.cc)
void AddQueryCommands(CLI::App& app, ExitCode& exit);    // deals, org, flows, cycles, show, export (query_commands.cc)
void AddServeCommand(CLI::App& app, ExitCode& exit);     // serve (serve_command.cc)
void AddWatchCommand(CLI::App& app, ExitCode& exit);     // watch (watch_command.cc)
void AddTrainTaggerCommand(CLI::App& app, ExitCode& exit);  // train-tagger (train_tagger_command.cc)
void AddTrainPairsCommand(CLI::App& app, ExitCode& exit);   // train-pairs (train_pairs_command.cc)

// Options of the commands that fetch URLs (ingest, watch), in watch_command.cc.
struct FetchCliOptions {
  std::string timeout = "20s";
  std::string max_bytes = "20MB";
  int max_redirects = 5;
  std::string delay = "1s";
  std::string user_agent;
  bool follow_links = false;
};
void AddFetchOptions(CLI::App* cmd, FetchCliOptions* opt);
// The values as FetchOptions; false, after a message on stderr, for a bad one.
bool ParseFetchOptions(const FetchCliOptions& in, fetch::FetchOptions* out);

}  // namespace dealgraph::cli

#endif  // DEALGRAPH_CLI_COMMANDS_H_
