// `dealgraph ingest`, `reconcile` and `db check`: filling and maintaining the
// ledger database.
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "cli/cli_support.h"
#include "cli/commands.h"
#include "dealgraph/extractor.h"
#include "dealgraph/ledger.h"
#include "fetch/sources.h"
#include "ledger/ingest.h"
#include "query/query_json.h"

namespace dealgraph::cli {
namespace {

using Clock = std::chrono::steady_clock;

struct LedgerCliOptions {
  std::string db = "dealgraph.db";
  std::string gazetteer;
  std::vector<std::string> paths;
  std::string input_format = "auto";
  bool quiet = false;
  int batch = 0;  // 0: 2000, and 10000 into an empty ledger (a bulk load)
  std::string format = "table";
  std::vector<std::string> claims_files;
  int threads = 0;
  FetchCliOptions fetch;  // for URL sources
};

// Opens the ledger with the gazetteer's roll-up of units.
Result<std::unique_ptr<Ledger>> OpenLedger(const LedgerCliOptions& opt, bool create) {
  auto options = LedgerOptionsFor(opt.gazetteer);
  if (!options.ok()) return options.status();
  LedgerOptions lo = std::move(options).value();
  lo.batch_documents = opt.batch > 0 ? opt.batch : 2000;
  lo.bulk_batch_documents = opt.batch > 0 ? opt.batch : 10000;
  lo.create_if_missing = create;
  return Ledger::Open(opt.db, lo);
}

// The progress line on a terminal: documents, MB/s, claims, errors.
class Progress {
 public:
  explicit Progress(bool enabled) : enabled_(enabled), start_(Clock::now()), last_(start_) {}

  void Update(const IngestStats& s, bool force = false) {
    if (!enabled_) return;
    auto now = Clock::now();
    if (!force && now - last_ < std::chrono::milliseconds(100)) return;
    last_ = now;
    double secs = std::chrono::duration<double>(now - start_).count();
    double mbps = secs > 0 ? static_cast<double>(s.bytes) / 1e6 / secs : 0;
    std::fprintf(stderr, "\r\033[Kingest: %lld documents (%lld new)  %.1f MB/s  %lld claims  %lld errors",
                 static_cast<long long>(s.documents), static_cast<long long>(s.added), mbps,
                 static_cast<long long>(s.claims), static_cast<long long>(s.errors));
    std::fflush(stderr);
    shown_ = true;
  }
  // Clears the line before an error message or the summary.
  void Clear() {
    if (enabled_ && shown_) std::fprintf(stderr, "\r\033[K");
    shown_ = false;
  }
  double Seconds() const { return std::chrono::duration<double>(Clock::now() - start_).count(); }

 private:
  bool enabled_;
  bool shown_ = false;
  Clock::time_point start_, last_;
};

int RunIngest(const LedgerCliOptions& opt) {
  InputFormat format;
  if (!ParseInputFormat(opt.input_format, &format)) {
    std::fprintf(stderr, "dealgraph: unknown --input-format '%s'\n", opt.input_format.c_str());
    return 2;
  }
  std::unique_ptr<Extractor> extractor = CreateExtractorOrReport(opt.gazetteer);
  if (!extractor) return 2;
  fetch::FetchOptions fo;
  if (!ParseFetchOptions(opt.fetch, &fo)) return 2;
  auto ledger = OpenLedger(opt, true);
  if (!ledger.ok()) {
    PrintError(ledger.status());
    return 2;
  }
  Progress progress(!opt.quiet && isatty(STDERR_FILENO));
  IngestStats stats;
  auto on_error = [&](const Status& s) {
    progress.Clear();
    PrintError(s);
  };
  fetch::Sources sources(fo, {opt.fetch.follow_links}, **ledger);
  std::vector<IngestInput> inputs = sources.Inputs(opt.paths, [&](const Status& s) {
    ++stats.errors;
    on_error(s);
  });
  IngestOptions io;
  io.format = format;
  io.threads = opt.threads;
  ClaimsByDoc claims;
  for (const std::string& file : opt.claims_files) {
    if (Status s = ReadClaimsFile(file, &claims); !s.ok()) {
      PrintError(s);
      return 2;
    }
  }
  if (!opt.claims_files.empty()) io.claims = &claims;
  Status s = Ingest(
      inputs, io, *extractor, **ledger, [&](const IngestStats& st) { progress.Update(st); }, on_error, &stats);
  if (s.ok()) s = sources.SaveState();  // validators of the URLs, once their documents are stored
  progress.Clear();
  if (!s.ok()) {
    PrintError(s.where().empty() ? s.At(opt.db) : s);
    return 2;
  }
  if (!opt.quiet) {
    std::fprintf(stderr, "ingested %lld documents (%lld new, %lld unchanged), %lld claims, %lld errors in %.1f s\n",
                 static_cast<long long>(stats.documents), static_cast<long long>(stats.added),
                 static_cast<long long>(stats.unchanged), static_cast<long long>(stats.claims),
                 static_cast<long long>(stats.errors), progress.Seconds());
    if (sources.requests() > 0) std::fprintf(stderr, "%s\n", fetch::DescribeUrlStats(sources.url_stats()).c_str());
  }
  return stats.errors > 0 ? 1 : 0;
}

int RunReconcile(const LedgerCliOptions& opt) {
  auto ledger = OpenLedger(opt, false);
  if (!ledger.ok()) {
    PrintError(ledger.status());
    return 2;
  }
  auto start = Clock::now();
  if (Status s = (*ledger)->Reconcile(); !s.ok()) {
    PrintError(s.At(opt.db));
    return 2;
  }
  auto check = (*ledger)->Check();
  if (!check.ok()) {
    PrintError(check.status().At(opt.db));
    return 2;
  }
  if (!opt.quiet) {
    std::fprintf(stderr, "reconciled %lld claims into %lld deals in %.1f s\n", static_cast<long long>(check->claims),
                 static_cast<long long>(check->deals),
                 std::chrono::duration<double>(Clock::now() - start).count());
  }
  return 0;
}

int RunCheck(const LedgerCliOptions& opt) {
  auto ledger = OpenLedger(opt, false);
  if (!ledger.ok()) {
    PrintError(ledger.status());
    return 1;
  }
  auto check = (*ledger)->Check();
  if (!check.ok()) {
    PrintError(check.status().At(opt.db));
    return 1;
  }
  const LedgerCheck& c = *check;
  if (opt.format == "json") {
    std::printf("%s\n", Dump(ToJson(c), 2).c_str());
  } else {
    std::printf("database:       %s\n", opt.db.c_str());
    std::printf("schema version: %d\n", c.schema_version);
    std::printf("integrity:      %s\n", c.integrity.c_str());
    std::printf("documents:      %lld (%lld current)\n", static_cast<long long>(c.documents),
                static_cast<long long>(c.current_documents));
    std::printf("claims:         %lld\n", static_cast<long long>(c.claims));
    std::printf("deals:          %lld\n", static_cast<long long>(c.deals));
    std::printf("organizations:  %lld\n", static_cast<long long>(c.organizations));
    for (const std::string& p : c.problems) std::printf("problem:        %s\n", p.c_str());
    std::printf("%s\n", c.ok() ? "ok" : "PROBLEMS FOUND");
  }
  return c.ok() ? 0 : 1;
}

void AddDbOption(CLI::App* cmd, LedgerCliOptions* opt) {
  cmd->add_option("--db", opt->db, "Ledger database file (default ./dealgraph.db)");
}

}  // namespace

void AddLedgerCommands(CLI::App& app, ExitCode& exit) {
  auto opt = std::make_shared<LedgerCliOptions>();
  CLI::App* ingest = app.add_subcommand("ingest", "Read news files into the ledger: documents, claims, merged deals");
  ingest->add_option("paths", opt->paths,
                     "Files, folders (searched recursively), http(s) URLs of feeds and pages, or - for standard input")
      ->required();
  AddDbOption(ingest, opt.get());
  ingest->add_option("--input-format", opt->input_format, "auto (default), text, html, jsonl or feed");
  ingest->add_option("--gazetteer", opt->gazetteer, "Organization gazetteer TSV instead of the built-in one");
  ingest->add_option("--batch", opt->batch, "Documents per transaction (default 2000; 10000 into an empty ledger)")
      ->check(CLI::Range(1, 1000000));
  ingest->add_flag("-q,--quiet", opt->quiet, "No progress bar and no summary");
  ingest->add_option("--claims", opt->claims_files,
                     "Take the claims from this JSON Lines file (extract output or gold) instead of extracting; repeatable")
      ->allow_extra_args(false);
  ingest->add_option("--threads", opt->threads, "Extraction threads (default: one per core)")
      ->check(CLI::Range(0, 256));
  AddFetchOptions(ingest, &opt->fetch);
  ingest->callback([opt, &exit] { exit.value = RunIngest(*opt); });

  auto ropt = std::make_shared<LedgerCliOptions>();
  CLI::App* reconcile = app.add_subcommand("reconcile", "Rebuild every merged deal from the stored claims");
  AddDbOption(reconcile, ropt.get());
  reconcile->add_option("--gazetteer", ropt->gazetteer, "Organization gazetteer TSV instead of the built-in one");
  reconcile->add_flag("-q,--quiet", ropt->quiet, "No summary");
  reconcile->callback([ropt, &exit] { exit.value = RunReconcile(*ropt); });

  auto copt = std::make_shared<LedgerCliOptions>();
  CLI::App* db = app.add_subcommand("db", "Database maintenance");
  db->require_subcommand(1);
  CLI::App* check = db->add_subcommand("check", "Integrity check, counts and schema version; exit 1 on a problem");
  AddDbOption(check, copt.get());
  check->add_option("--format", copt->format, "table (default) or json")->check(CLI::IsMember({"table", "json"}));
  check->callback([copt, &exit] { exit.value = RunCheck(*copt); });
}

}  // namespace dealgraph::cli
