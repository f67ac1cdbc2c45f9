// `dealgraph serve`: the ledger over HTTP, a JSON API and an interactive page (src/server).
#include <cstdio>
#include <memory>
#include <string>

#include "cli/cli_support.h"
#include "cli/commands.h"
#include "dealgraph/ledger.h"
#ifdef DEALGRAPH_HAVE_SERVER
#include "server/server.h"
#endif

namespace dealgraph::cli {
namespace {

struct ServeOptions {
  std::string db = "dealgraph.db";
  std::string bind = "127.0.0.1";
  int port = 8080;
  std::string token;
  std::string gazetteer;
  bool log = false;
};

int RunServe(const ServeOptions& opt) {
#ifndef DEALGRAPH_HAVE_SERVER
  (void)opt;
  std::fprintf(stderr,
               "dealgraph: this build has no server: run `npm ci` at the top of the source tree, "
               "then configure and build again\n");
  return 2;
#else
  auto options = LedgerOptionsFor(opt.gazetteer);  // the same roll-up of units as the other commands
  if (!options.ok()) {
    std::fprintf(stderr, "dealgraph: %s\n", options.status().ToString().c_str());
    return 2;
  }
  LedgerOptions lo = std::move(options).value();
  lo.create_if_missing = !opt.token.empty();  // a read-only server of an empty ledger is of no use
  auto ledger = Ledger::Open(opt.db, lo);
  if (!ledger.ok()) {
    std::fprintf(stderr, "dealgraph: %s\n", ledger.status().ToString().c_str());
    if (ledger.status().code() == ErrorCode::kNotFound) {
      std::fprintf(stderr, "dealgraph: build one with `dealgraph ingest --db %s FILES...` (or start with --token)\n",
                   opt.db.c_str());
    }
    return 2;
  }
  if (!server::IsLoopback(opt.bind)) {
    std::fprintf(stderr, "dealgraph: warning: listening on %s, reachable from other machines%s\n", opt.bind.c_str(),
                 opt.token.empty() ? "" : " (ingest is enabled; the token travels unencrypted)");
  }
  server::ServerOptions so;
  so.bind = opt.bind;
  so.port = opt.port;
  so.token = opt.token;
  so.gazetteer_path = opt.gazetteer;
  so.log_requests = opt.log;
  so.on_listening = [&](const std::string& bind, int port) {
    std::string host = bind.find(':') != std::string::npos ? "[" + bind + "]" : bind;
    std::printf("dealgraph: serving %s on http://%s:%d/ (%s; Ctrl-C stops)\n", opt.db.c_str(), host.c_str(), port,
                opt.token.empty() ? "read-only" : "ingest enabled");
    std::fflush(stdout);
  };
  Status s = server::Serve(**ledger, so);
  if (!s.ok()) {
    std::fprintf(stderr, "dealgraph: %s\n", s.ToString().c_str());
    return 2;
  }
  return 0;
#endif
}

}  // namespace

void AddServeCommand(CLI::App& app, ExitCode& exit) {
  auto opt = std::make_shared<ServeOptions>();
  CLI::App* cmd = app.add_subcommand("serve", "Serve the ledger: JSON API under /api and an interactive page at /");
  cmd->add_option("--db", opt->db, "Ledger database")->capture_default_str();
  cmd->add_option("--port", opt->port, "TCP port (0: any free port, printed at start)")
      ->capture_default_str()
      ->check(CLI::Range(0, 65535));
  cmd->add_option("--bind", opt->bind, "Address to listen on (127.0.0.1: this machine only)")->capture_default_str();
  cmd->add_option("--token", opt->token,
                  "Enable POST /api/ingest for requests with 'Authorization: Bearer TOKEN' (else read-only)")
      ->envname("DEALGRAPH_TOKEN");
  cmd->add_option("--gazetteer", opt->gazetteer, "Organization gazetteer TSV for ingest (default: built in)");
  cmd->add_flag("--log", opt->log, "Print one line per request on standard error");
  cmd->callback([opt, &exit] { exit.value = RunServe(*opt); });
}

}  // namespace dealgraph::cli
