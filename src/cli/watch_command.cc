// `dealgraph watch`: feeds, pages, files and folders read again on a schedule
// into the ledger; and the fetch options it shares with `ingest`.
//
// Each pass is an ingest: new and changed articles are added, the rest cost a
// conditional request (URLs) or a content-hash lookup (files). The state of
// each URL is saved in the ledger after its documents, so a crash or restart
// loses nothing and repeats nothing; a restarted watch also keeps the schedule
// of each URL (one checked less than --every ago waits for its turn).
#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "cli/cli_support.h"
#include "cli/commands.h"
#include "dealgraph/extractor.h"
#include "dealgraph/ledger.h"
#include "fetch/sources.h"
#include "fetch/url.h"
#include "ledger/ingest.h"

namespace dealgraph::cli {

void AddFetchOptions(CLI::App* cmd, FetchCliOptions* opt) {
  cmd->add_option("--timeout", opt->timeout, "Time allowed for one URL, redirects included (default 20s)");
  cmd->add_option("--max-bytes", opt->max_bytes, "Largest response accepted, e.g. 20MB (default), 512KB");
  cmd->add_option("--max-redirects", opt->max_redirects, "Redirects followed for one URL (default 5)")
      ->check(CLI::Range(0, 50));
  cmd->add_option("--delay", opt->delay, "Pause between two requests to one host (default 1s)");
  cmd->add_option("--user-agent", opt->user_agent, "User-Agent header (default: dealgraph/VERSION ...)");
  cmd->add_flag("--follow-links", opt->follow_links,
                "Fetch each feed item's link and use the page's main text instead of the feed's");
}

bool ParseFetchOptions(const FetchCliOptions& in, fetch::FetchOptions* out) {
  auto bad = [](const char* option, const std::string& value, const char* want) {
    std::fprintf(stderr, "dealgraph: %s '%s': %s\n", option, value.c_str(), want);
    return false;
  };
  if (!fetch::ParseDuration(in.timeout, &out->timeout) || out->timeout.count() <= 0) {
    return bad("--timeout", in.timeout, "want a duration such as 500ms, 20s or 2m");
  }
  if (!fetch::ParseByteSize(in.max_bytes, &out->max_bytes) || out->max_bytes == 0) {
    return bad("--max-bytes", in.max_bytes, "want a size such as 20MB, 512KB or 1048576");
  }
  if (!fetch::ParseDuration(in.delay, &out->host_delay)) {
    return bad("--delay", in.delay, "want a duration such as 0, 250ms or 1s");
  }
  out->max_redirects = in.max_redirects;
  out->user_agent = in.user_agent;
  return true;
}

namespace {

struct WatchOptions {
  std::string db = "dealgraph.db";
  std::string gazetteer;
  std::vector<std::string> sources;
  std::string every = "15m";
  bool once = false;
  bool quiet = false;
  int batch = 500;
  int threads = 0;
  FetchCliOptions fetch;
};

// Set by SIGINT or SIGTERM; the handler is then reset, so a second signal ends
// the process at once (which is safe: see the file comment).
std::atomic<bool> g_stop{false};

extern "C" void OnStopSignal(int) { g_stop.store(true); }

void InstallStopHandlers() {
  struct sigaction sa = {};
  sa.sa_handler = OnStopSignal;
  sa.sa_flags = SA_RESETHAND;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGINT, &sa, nullptr);
  sigaction(SIGTERM, &sa, nullptr);
}

int64_t Now() { return static_cast<int64_t>(std::time(nullptr)); }

std::string UtcStamp(int64_t t) {
  std::time_t tt = static_cast<std::time_t>(t);
  std::tm tm;
  gmtime_r(&tt, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

// Sleeps until `until` or a stop signal, whichever comes first.
void SleepUntil(std::chrono::steady_clock::time_point until) {
  while (!g_stop.load() && std::chrono::steady_clock::now() < until) {
    auto left = until - std::chrono::steady_clock::now();
    std::this_thread::sleep_for(std::min<std::chrono::steady_clock::duration>(left, std::chrono::milliseconds(100)));
  }
}

int RunWatch(const WatchOptions& opt) {
  std::chrono::milliseconds every;
  if (!fetch::ParseDuration(opt.every, &every) || every < std::chrono::seconds(1)) {
    std::fprintf(stderr, "dealgraph: --every '%s': want a duration of at least 1s, such as 30s, 15m or 1h\n",
                 opt.every.c_str());
    return 2;
  }
  fetch::FetchOptions fo;
  if (!ParseFetchOptions(opt.fetch, &fo)) return 2;
  for (const std::string& s : opt.sources) {
    if (s == "-") {
      std::fprintf(stderr, "dealgraph: watch reads URLs, files and folders, not standard input\n");
      return 2;
    }
  }
  std::unique_ptr<Extractor> extractor = CreateExtractorOrReport(opt.gazetteer);
  if (!extractor) return 2;
  auto options = LedgerOptionsFor(opt.gazetteer);
  if (!options.ok()) {
    PrintError(options.status());
    return 2;
  }
  LedgerOptions lo = std::move(options).value();
  lo.batch_documents = opt.batch;
  auto ledger = Ledger::Open(opt.db, lo);
  if (!ledger.ok()) {
    PrintError(ledger.status().where().empty() ? ledger.status().At(opt.db) : ledger.status());
    return 2;
  }
  if (!opt.once) InstallStopHandlers();
  fetch::Sources sources(fo, {opt.fetch.follow_links}, **ledger);
  IngestOptions io;
  io.threads = opt.threads;
  // Documents are stored (and committed every --batch) as the pass goes, not
  // only once a chunk of 256 is read: a slow source does not hold back the
  // articles read before it.
  io.chunk = std::min(io.chunk, opt.batch);
  const int64_t every_s = std::max<int64_t>(1, every.count() / 1000);
  // A URL checked less than this long ago is not due (the slack absorbs the
  // seconds a pass takes, so that a pass on time is not skipped).
  const int64_t due_after = every_s - std::max<int64_t>(1, every_s / 10);

  for (int pass = 1;; ++pass) {
    const auto pass_start = std::chrono::steady_clock::now();
    const int64_t started = Now();
    // The due sources: files and folders always, URLs when their turn has come.
    std::vector<std::string> due;
    int64_t next_due = started + every_s;
    for (const std::string& s : opt.sources) {
      if (!opt.once && fetch::IsHttpUrl(s)) {
        auto state = (*ledger)->GetSourceState(s);
        if (!state.ok()) {
          PrintError(state.status().At(opt.db));
          return 2;
        }
        if (*state && started - (*state)->checked_at < due_after) {
          next_due = std::min(next_due, (*state)->checked_at + every_s);
          continue;
        }
      }
      due.push_back(s);
    }
    IngestStats stats;
    auto on_error = [&](const Status& s) { PrintError(s); };
    fetch::UrlStats before = sources.url_stats();
    std::vector<IngestInput> inputs = sources.Inputs(due, [&](const Status& s) {
      ++stats.errors;
      on_error(s);
    });
    Status s = Ingest(inputs, io, *extractor, **ledger, [](const IngestStats&) {}, on_error, &stats);
    if (s.ok()) s = sources.SaveState();
    if (!s.ok()) {
      PrintError(s.where().empty() ? s.At(opt.db) : s);
      return 2;
    }
    if (!opt.quiet) {
      fetch::UrlStats now = sources.url_stats(), delta;
      delta.read = now.read - before.read;
      delta.not_modified = now.not_modified - before.not_modified;
      delta.unchanged = now.unchanged - before.unchanged;
      delta.failed = now.failed - before.failed;
      delta.links = now.links - before.links;
      double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - pass_start).count();
      std::fprintf(stderr,
                   "watch: pass %d at %s: %zu of %zu sources due; %lld documents (%lld new, %lld unchanged), "
                   "%lld claims, %lld errors; %s; %.1f s\n",
                   pass, UtcStamp(started).c_str(), due.size(), opt.sources.size(),
                   static_cast<long long>(stats.documents), static_cast<long long>(stats.added),
                   static_cast<long long>(stats.unchanged), static_cast<long long>(stats.claims),
                   static_cast<long long>(stats.errors), fetch::DescribeUrlStats(delta).c_str(), secs);
      std::fflush(stderr);
    }
    if (opt.once) return stats.errors > 0 ? 1 : 0;
    if (g_stop.load()) break;
    int64_t wait_s = std::max<int64_t>(1, next_due - Now());
    SleepUntil(std::chrono::steady_clock::now() + std::chrono::seconds(wait_s));
    if (g_stop.load()) break;
  }
  if (!opt.quiet) std::fprintf(stderr, "watch: stopped\n");
  return 0;
}

}  // namespace

void AddWatchCommand(CLI::App& app, ExitCode& exit) {
  auto opt = std::make_shared<WatchOptions>();
  CLI::App* watch = app.add_subcommand(
      "watch", "Read feeds, pages, files and folders into the ledger again and again; only new or changed articles are added");
  watch->add_option("sources", opt->sources, "http(s) URLs of feeds and pages, files and folders")->required();
  watch->add_option("--db", opt->db, "Ledger database file (default ./dealgraph.db)");
  watch->add_option("--every", opt->every, "Time between two checks of a source: 30s, 15m (default), 1h");
  watch->add_flag("--once", opt->once, "One pass over every source, then exit with the ingest's exit code (for cron)");
  watch->add_option("--gazetteer", opt->gazetteer, "Organization gazetteer TSV instead of the built-in one");
  watch->add_option("--batch", opt->batch, "Documents per transaction (default 500)")->check(CLI::Range(1, 1000000));
  watch->add_option("--threads", opt->threads, "Extraction threads (default: one per core)")->check(CLI::Range(0, 256));
  watch->add_flag("-q,--quiet", opt->quiet, "No line per pass (errors are still printed)");
  AddFetchOptions(watch, &opt->fetch);
  watch->callback([opt, &exit] { exit.value = RunWatch(*opt); });
}

}  // namespace dealgraph::cli
