// Ledger benchmarks: ingest of extracted documents into a SQLite ledger file
// (documents/s, text stored) and the query functions of query.h (deal
// filters, organization profile, flows, cycles) on a generated ledger.
//
// Inputs (environment):
//   DEALGRAPH_BENCH_INGEST_DOCS  documents per ingest iteration (default 2000),
//                                generated articles run through the Extractor once
//   DEALGRAPH_BENCH_DEALS        documents (one claim each) in the query ledger
//                                (default 20000); a few percent of them merge, so
//                                1040000 gives about 1,000,000 merged deals
//   DEALGRAPH_BENCH_ORGS         organizations the parties are drawn from
//                                (default a tenth of the documents, at least 2000)
//   DEALGRAPH_BENCH_BATCH        documents per transaction while building it (5000)
//   DEALGRAPH_BENCH_TMPDIR       where the SQLite files go (default $TMPDIR or /tmp)
//   DEALGRAPH_BENCH_DB           keep the query ledger in this file: built when it
//                                has no deals yet, reused as it is otherwise, never
//                                deleted (so that a big ledger is built once and
//                                can also be queried with `dealgraph` itself)
// The query ledger is built once per run as a bulk load through Ledger::Add, one
// synthetic document per claim, as a busy news feed would fill it; its build
// time is printed and reported as context.
#include <benchmark/benchmark.h>
#include <sqlite3.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "corpus_gen.h"
#include "dealgraph/document.h"
#include "dealgraph/extractor.h"
#include "dealgraph/ledger.h"
#include "dealgraph/query.h"

namespace dealgraph {
namespace {

namespace fs = std::filesystem;

uint64_t EnvInt(const char* name, uint64_t fallback) {
  const char* v = std::getenv(name);
  return v && *v ? std::strtoull(v, nullptr, 10) : fallback;
}

fs::path TempDir() {
  const char* v = std::getenv("DEALGRAPH_BENCH_TMPDIR");
  if (!v || !*v) v = std::getenv("TMPDIR");
  fs::path base = v && *v ? v : "/tmp";
  fs::path dir = base / ("dealgraph-bench-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  return dir;
}

void RemoveDb(const fs::path& db) {
  std::error_code ec;
  for (const char* suffix : {"", "-wal", "-shm", "-journal"}) fs::remove(db.string() + suffix, ec);
}

// Rows of a table, read on a connection of its own (Ledger::Check would also
// run the integrity check, minutes on a big ledger).
size_t CountRows(const fs::path& db, const char* table) {
  sqlite3* c = nullptr;
  size_t n = 0;
  if (sqlite3_open_v2(db.c_str(), &c, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
    sqlite3_stmt* st = nullptr;
    std::string sql = std::string("SELECT count(*) FROM ") + table;
    if (sqlite3_prepare_v2(c, sql.c_str(), -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW) {
      n = static_cast<size_t>(sqlite3_column_int64(st, 0));
    }
    sqlite3_finalize(st);
  }
  sqlite3_close(c);
  return n;
}

// Generated articles and the deals the extractor finds in them.
struct IngestInput {
  std::vector<Document> docs;
  std::vector<std::vector<Deal>> deals;
  uint64_t text_bytes = 0;
  size_t claims = 0;
};

const IngestInput& GetIngestInput() {
  static const IngestInput* input = [] {
    auto* in = new IngestInput;
    auto extractor = Extractor::Create().value();
    bench::CorpusGenerator gen(2);
    uint64_t n = EnvInt("DEALGRAPH_BENCH_INGEST_DOCS", 2000);
    for (uint64_t i = 0; i < n; ++i) {
      bench::GeneratedArticle a = gen.Next();
      Document d;
      d.id = a.id;
      d.text = a.text;
      d.title = a.title;
      d.published = a.published;
      d.outlet = a.outlet;
      d.source = "gen.jsonl";
      in->text_bytes += d.text.size();
      in->deals.push_back(extractor->Extract(d));
      in->claims += in->deals.back().size();
      in->docs.push_back(std::move(d));
    }
    std::fprintf(stderr, "ledger_bench: ingest input: %zu documents, %llu text bytes, %zu claims\n", in->docs.size(),
                 static_cast<unsigned long long>(in->text_bytes), in->claims);
    return in;
  }();
  return *input;
}

// Ledger::Add of every document into a new database file as a bulk load (as
// `dealgraph ingest` does), then EndBulkLoad.
void BM_LedgerIngest(benchmark::State& state) {
  const IngestInput& in = GetIngestInput();
  fs::path dir = TempDir();
  fs::path db = dir / "ingest.db";
  for (auto _ : state) {
    state.PauseTiming();
    RemoveDb(db);
    state.ResumeTiming();
    {
      auto ledger = Ledger::Open(db.string());
      if (!ledger.ok()) {
        state.SkipWithError(ledger.status().ToString().c_str());
        break;
      }
      auto bulk = (*ledger)->BeginBulkLoad();  // as `dealgraph ingest` into a new file
      if (!bulk.ok()) {
        state.SkipWithError(bulk.status().ToString().c_str());
        break;
      }
      for (size_t i = 0; i < in.docs.size(); ++i) {
        auto r = (*ledger)->Add(in.docs[i], in.deals[i]);
        if (!r.ok()) {
          state.SkipWithError(r.status().ToString().c_str());
          break;
        }
      }
      if (Status s = (*ledger)->EndBulkLoad(); !s.ok()) state.SkipWithError(s.ToString().c_str());
    }  // closing the ledger (checkpoint) is part of an ingest run
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * in.docs.size()));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * in.text_bytes));
  state.counters["claims"] = static_cast<double>(in.claims);
  fs::remove_all(dir);
}

// A ledger of synthetic deals among the generator's organizations: a few hub
// organizations take part in many deals (as the big tech companies do), the
// rest in a handful each.
struct QueryLedger {
  fs::path dir;
  std::unique_ptr<Ledger> ledger;
  std::vector<std::string> orgs;
  std::vector<std::string> hubs;
  std::vector<std::string> deal_ids;
  size_t deals = 0;
};

QueryLedger& GetQueryLedger() {
  static QueryLedger* q = [] {
    auto* q = new QueryLedger;
    q->dir = TempDir();
    const char* kept = std::getenv("DEALGRAPH_BENCH_DB");
    const bool keep = kept && *kept;
    fs::path db = keep ? fs::path(kept) : q->dir / "query.db";
    if (!keep) RemoveDb(db);
    const bool reuse = keep && fs::exists(db) && CountRows(db, "deals") > 0;
    LedgerOptions lo;
    lo.batch_documents = static_cast<int>(EnvInt("DEALGRAPH_BENCH_BATCH", 5000));
    q->ledger = std::move(Ledger::Open(db.string(), lo).value());
    bench::CorpusGenerator gen(3);
    q->hubs = {"Microsoft", "OpenAI", "Amazon", "Google", "NVIDIA", "Oracle", "SoftBank", "Meta", "AMD", "Anthropic"};
    uint64_t n = EnvInt("DEALGRAPH_BENCH_DEALS", 20000);
    // The generator's names, then the same names numbered ("Aetherra 2") up to
    // the organization count.
    const std::vector<std::string>& names = gen.organizations();
    const size_t org_count = EnvInt("DEALGRAPH_BENCH_ORGS", std::max<uint64_t>(2000, n / 10));
    for (size_t i = 0; i < org_count; ++i) {
      q->orgs.push_back(i < names.size() ? names[i]
                                         : names[i % names.size()] + " " + std::to_string(1 + i / names.size()));
    }
    uint64_t x = 0x243F6A8885A308D3ull;
    auto next = [&x](uint64_t bound) {  // xorshift64, enough for picking
      x ^= x << 13;
      x ^= x >> 7;
      x ^= x << 17;
      return x % bound;
    };
    auto pick = [&]() -> const std::string& {
      return next(10) < 2 ? q->hubs[next(q->hubs.size())] : q->orgs[next(q->orgs.size())];
    };
    auto t0 = std::chrono::steady_clock::now();
    const std::clock_t c0 = std::clock();
    if (!reuse) {
      if (auto bulk = q->ledger->BeginBulkLoad(); !bulk.ok()) {
        std::fprintf(stderr, "ledger_bench: %s\n", bulk.status().ToString().c_str());
        std::exit(1);
      }
    }
    for (uint64_t i = 0; i < (reuse ? 0 : n); ++i) {
      Deal d;
      d.type = static_cast<DealType>(next(4));
      if (d.type == DealType::kPurchase) d.asset = next(2) ? Asset::kCloud : Asset::kChips;
      d.from = {pick()};
      d.to = {pick()};
      if (d.to == d.from) d.to = {q->orgs[i % q->orgs.size()]};
      if (next(5)) d.amount = Amount{static_cast<double>(1 + next(500)) * 1e8, next(10) ? "USD" : "EUR",
                                     Qualifier::kExact, std::nullopt};
      d.status = static_cast<DealStatus>(next(5));
      Document doc;
      doc.id = "q" + std::to_string(i);
      doc.source = "synthetic";
      doc.outlet = "Reuters";
      char date[16];
      std::snprintf(date, sizeof date, "%04d-%02d-%02d", 2019 + static_cast<int>(next(7)),
                    1 + static_cast<int>(next(12)), 1 + static_cast<int>(next(28)));
      doc.published = date;
      doc.text = d.from[0] + " and " + d.to[0] + " agreed a deal (report " + std::to_string(i) + ").";
      d.evidence = {0, static_cast<size_t>(doc.text.size()), doc.text};
      auto r = q->ledger->Add(doc, {d});
      if (!r.ok()) {
        std::fprintf(stderr, "ledger_bench: %s\n", r.status().ToString().c_str());
        std::exit(1);
      }
    }
    if (Status s = q->ledger->EndBulkLoad(); !s.ok()) {
      std::fprintf(stderr, "ledger_bench: %s\n", s.ToString().c_str());
      std::exit(1);
    }
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    double cpu = static_cast<double>(std::clock() - c0) / CLOCKS_PER_SEC;
    q->deals = CountRows(db, "deals");
    const size_t orgs_stored = CountRows(db, "organizations");
    DealFilter all;
    all.limit = 1000;
    auto listed = q->ledger->FindDeals(all);
    if (listed.ok()) {
      for (const MergedDeal& m : *listed) q->deal_ids.push_back(m.id);
    }
    std::fprintf(stderr,
                 "ledger_bench: query ledger: %llu documents/claims, %zu merged deals, %zu organizations, built in "
                 "%.1f s, %.1f s CPU (%.0f documents/s)%s\n",
                 static_cast<unsigned long long>(n), q->deals, orgs_stored, secs, cpu, static_cast<double>(n) / secs,
                 reuse ? " (reused: not built)" : "");
    benchmark::AddCustomContext("query_ledger_merged_deals", std::to_string(q->deals));
    benchmark::AddCustomContext("query_ledger_organizations", std::to_string(orgs_stored));
    benchmark::AddCustomContext("query_ledger_build_seconds", std::to_string(secs));
    benchmark::AddCustomContext("query_ledger_build_cpu_seconds", std::to_string(cpu));
    // Close the ledger and delete its files when the program ends.
    std::atexit([] {
      QueryLedger& ql = GetQueryLedger();
      ql.ledger.reset();
      std::error_code ec;
      fs::remove_all(ql.dir, ec);
    });
    return q;
  }();
  return *q;
}

// Deals of one organization (a hub or an ordinary one, alternating).
void BM_ListDealsByOrg(benchmark::State& state) {
  QueryLedger& q = GetQueryLedger();
  size_t i = 0, rows = 0;
  for (auto _ : state) {
    DealFilter f;
    f.org = (i % 2) ? q.hubs[i % q.hubs.size()] : q.orgs[(i * 7919) % q.orgs.size()];
    ++i;
    auto r = ListDeals(*q.ledger, f);
    rows += r.ok() ? r->size() : 0;
  }
  state.counters["rows/query"] = static_cast<double>(rows) / static_cast<double>(state.iterations());
}

// Type, amount and date filter over the whole ledger, first 100.
void BM_ListDealsFiltered(benchmark::State& state) {
  QueryLedger& q = GetQueryLedger();
  size_t rows = 0;
  for (auto _ : state) {
    DealFilter f;
    f.type = DealType::kInvestment;
    f.min_amount = 1e10;
    f.since = "2022-01-01";
    f.limit = 100;
    auto r = ListDeals(*q.ledger, f);
    rows += r.ok() ? r->size() : 0;
  }
  state.counters["rows/query"] = static_cast<double>(rows) / static_cast<double>(state.iterations());
}

// `dealgraph show` for one deal.
void BM_ShowDeal(benchmark::State& state) {
  QueryLedger& q = GetQueryLedger();
  size_t i = 0;
  for (auto _ : state) {
    auto r = ShowDeal(*q.ledger, q.deal_ids[i++ % q.deal_ids.size()]);
    benchmark::DoNotOptimize(r.ok());
  }
}

// `dealgraph org` for a hub organization (hundreds of deals).
void BM_ProfileHub(benchmark::State& state) {
  QueryLedger& q = GetQueryLedger();
  size_t i = 0;
  for (auto _ : state) {
    auto r = ProfileOrg(*q.ledger, q.hubs[i++ % q.hubs.size()]);
    benchmark::DoNotOptimize(r.ok());
  }
}

// `dealgraph org` for an ordinary organization (a few deals).
void BM_ProfileSmallOrg(benchmark::State& state) {
  QueryLedger& q = GetQueryLedger();
  size_t i = 0;
  for (auto _ : state) {
    auto r = ProfileOrg(*q.ledger, q.orgs[(i++ * 7919) % q.orgs.size()]);
    benchmark::DoNotOptimize(r.ok());
  }
}

// Every money flow of the ledger, top 100.
void BM_FlowsAll(benchmark::State& state) {
  QueryLedger& q = GetQueryLedger();
  for (auto _ : state) {
    FlowOptions o;
    o.limit = 100;
    auto r = Flows(*q.ledger, o);
    benchmark::DoNotOptimize(r.ok());
  }
}

// Flows into and out of one hub.
void BM_FlowsOfHub(benchmark::State& state) {
  QueryLedger& q = GetQueryLedger();
  size_t i = 0;
  for (auto _ : state) {
    FlowOptions o;
    o.org = q.hubs[i++ % q.hubs.size()];
    auto r = Flows(*q.ledger, o);
    benchmark::DoNotOptimize(r.ok());
  }
}

// Circular flows of length up to state.range(0), top 20.
void BM_Cycles(benchmark::State& state) {
  QueryLedger& q = GetQueryLedger();
  size_t found = 0;
  for (auto _ : state) {
    CycleOptions o;
    o.max_length = static_cast<int>(state.range(0));
    auto r = FindCycles(*q.ledger, o);
    found = r.ok() ? r->size() : 0;
  }
  state.counters["cycles"] = static_cast<double>(found);
}

// Real time: SQLite waits on fsync, which CPU time does not see.
BENCHMARK(BM_LedgerIngest)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_ListDealsByOrg)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_ListDealsFiltered)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_ShowDeal)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_ProfileHub)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ProfileSmallOrg)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_FlowsAll)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_FlowsOfHub)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Cycles)->Arg(3)->Arg(4)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace dealgraph

BENCHMARK_MAIN();
