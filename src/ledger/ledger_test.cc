// Tests of the Ledger: content keys, versions, merging across documents,
// reconcile against incremental upkeep, schema versions and checks.
#include "dealgraph/ledger.h"

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <map>
#include <string>

#include "ledger/ledger_test_util.h"
#include "ledger/schema.h"
#include "ledger/sqlite_db.h"
#include "ledger/sqlite_store.h"

namespace dealgraph {
namespace {

using testing::Dump;
using testing::MakeDeal;
using testing::MakeDoc;

constexpr DealType kInv = DealType::kInvestment;
constexpr DealType kBuy = DealType::kPurchase;

std::unique_ptr<Ledger> OpenMemory(int batch = 500) {
  LedgerOptions options;
  options.batch_documents = batch;
  auto l = Ledger::Open(":memory:", options);
  EXPECT_TRUE(l.ok()) << l.status().ToString();
  return std::move(l).value();
}

// A temporary database file removed (with its WAL) at the end of a test.
class TempDb {
 public:
  TempDb() {
    path_ = (std::filesystem::temp_directory_path() /
             ("ledger_test_" + std::to_string(getpid()) + "_" + std::to_string(counter_++) + ".db"))
                .string();
  }
  ~TempDb() {
    for (const char* ext : {"", "-wal", "-shm"}) std::remove((path_ + ext).c_str());
  }
  const std::string& path() const { return path_; }

 private:
  static inline int counter_ = 0;
  std::string path_;
};

TEST(LedgerTest, SameTextTwiceIsStoredOnce) {
  auto ledger = OpenMemory();
  Document doc = MakeDoc("a", "2025-01-10", "Microsoft invests in OpenAI.");
  std::vector<Deal> claims = {MakeDeal(kInv, {"Microsoft"}, {"OpenAI"}, 1e10, DealStatus::kAnnounced)};
  auto first = ledger->Add(doc, claims);
  ASSERT_TRUE(first.ok());
  EXPECT_TRUE(first->added);
  EXPECT_EQ(first->version, 1);
  EXPECT_EQ(first->claims, 1);
  ASSERT_TRUE(ledger->Flush().ok());
  EXPECT_TRUE(*ledger->Contains(doc.text));
  EXPECT_FALSE(*ledger->Contains(doc.text + " "));
  std::string before = Dump(*ledger);
  auto again = ledger->Add(doc, claims);
  ASSERT_TRUE(again.ok());
  EXPECT_FALSE(again->added);
  // The same text from another path is the same document.
  doc.source = "/elsewhere/a.txt";
  auto copy = ledger->Add(doc, claims);
  ASSERT_TRUE(copy.ok());
  EXPECT_FALSE(copy->added);
  ASSERT_TRUE(ledger->Flush().ok());
  EXPECT_EQ(Dump(*ledger), before);
  auto check = ledger->Check();
  ASSERT_TRUE(check.ok());
  EXPECT_TRUE(check->ok()) << check->integrity;
  EXPECT_EQ(check->documents, 1);
  EXPECT_EQ(check->claims, 1);
  EXPECT_EQ(check->deals, 1);
  EXPECT_EQ(check->organizations, 2);
  EXPECT_EQ(check->schema_version, Ledger::kSchemaVersion);
  // The counts alone (the server's /api/stats) are the same, without the checks.
  auto counts = ledger->Counts();
  ASSERT_TRUE(counts.ok());
  EXPECT_EQ(counts->documents, check->documents);
  EXPECT_EQ(counts->current_documents, check->current_documents);
  EXPECT_EQ(counts->claims, check->claims);
  EXPECT_EQ(counts->deals, check->deals);
  EXPECT_EQ(counts->organizations, check->organizations);
  EXPECT_EQ(counts->schema_version, check->schema_version);
  EXPECT_TRUE(counts->integrity.empty());
  EXPECT_TRUE(counts->problems.empty());
}

TEST(LedgerTest, ChangedTextIsANewVersionThatReplacesTheOldClaims) {
  auto ledger = OpenMemory();
  Document v1 = MakeDoc("a", "2025-01-10", "Microsoft invests $10 billion in OpenAI.");
  ASSERT_TRUE(ledger->Add(v1, {MakeDeal(kInv, {"Microsoft"}, {"OpenAI"}, 1e10, DealStatus::kTalks)}).ok());
  Document v2 = v1;
  v2.text = "Microsoft invests $10 billion in OpenAI. Corrected.";
  auto added = ledger->Add(v2, {MakeDeal(kInv, {"Microsoft"}, {"OpenAI"}, 1e10, DealStatus::kAnnounced),
                                MakeDeal(kBuy, {"OpenAI"}, {"Azure"}, std::nullopt, DealStatus::kAnnounced,
                                         Asset::kCloud)});
  ASSERT_TRUE(added.ok());
  EXPECT_TRUE(added->added);
  EXPECT_EQ(added->version, 2);
  ASSERT_TRUE(ledger->Flush().ok());
  auto deals = ledger->FindDeals({});
  ASSERT_TRUE(deals.ok());
  ASSERT_EQ(deals->size(), 2u);
  for (const MergedDeal& d : *deals) {
    EXPECT_EQ(d.claims, 1);
    EXPECT_EQ(d.status, DealStatus::kAnnounced);
    auto claims = ledger->ClaimsOf(d.id);
    ASSERT_TRUE(claims.ok());
    ASSERT_EQ(claims->size(), 1u);
    EXPECT_EQ((*claims)[0].version, 2);
    EXPECT_TRUE((*claims)[0].current);
  }
  auto check = ledger->Check();
  ASSERT_TRUE(check.ok());
  EXPECT_TRUE(check->ok());
  EXPECT_EQ(check->documents, 2);
  EXPECT_EQ(check->current_documents, 1);
  EXPECT_EQ(check->claims, 3);
  // The old version's group is gone when the new version no longer reports it.
  Document v3 = v1;
  v3.text = "Nothing here any more.";
  ASSERT_TRUE(ledger->Add(v3, {}).ok());
  ASSERT_TRUE(ledger->Flush().ok());
  EXPECT_TRUE(ledger->FindDeals({})->empty());
  EXPECT_TRUE(ledger->Check()->ok());
}

TEST(LedgerTest, EachVersionKeepsItsSourceRow) {
  // A new source's id is taken from its insert, a known one is looked up:
  // versions of two documents, interleaved, each linked to its own source.
  TempDb db;
  {
    auto ledger = Ledger::Open(db.path(), {});
    ASSERT_TRUE(ledger.ok());
    for (int round = 1; round <= 3; ++round) {
      for (const char* id : {"a", "b"}) {
        Document d = MakeDoc(id, "2025-01-10", std::string(id) + " text, round " + std::to_string(round) + ".");
        auto added = (*ledger)->Add(d, {});
        ASSERT_TRUE(added.ok()) << added.status().ToString();
        EXPECT_TRUE(added->added);
        EXPECT_EQ(added->version, round);
      }
      if (round == 2) {
        ASSERT_TRUE((*ledger)->Flush().ok());  // a known source in a later transaction too
      }
    }
    // The same path with another document id is another source.
    Document c = MakeDoc("c", "2025-01-10", "c text.");
    c.source = "/news/a.txt";
    ASSERT_TRUE((*ledger)->Add(c, {}).ok());
    ASSERT_TRUE((*ledger)->Flush().ok());
    auto check = (*ledger)->Check();
    ASSERT_TRUE(check.ok());
    EXPECT_TRUE(check->ok());
  }
  auto raw = SqliteDb::Open(db.path(), false);
  ASSERT_TRUE(raw.ok());
  EXPECT_EQ(*(*raw)->QueryInt("SELECT count(*) FROM sources"), 3);
  EXPECT_EQ(*(*raw)->QueryInt("SELECT count(*) FROM documents"), 7);
  // Every document points at the source of its own path and id, versions 1..3 in order.
  EXPECT_EQ(*(*raw)->QueryInt("SELECT count(*) FROM documents d JOIN sources s ON s.id = d.source_id "
                              "WHERE s.doc = d.doc AND s.path = '/news/' || (CASE d.doc WHEN 'c' THEN 'a' "
                              "ELSE d.doc END) || '.txt'"),
            7);
  EXPECT_EQ(*(*raw)->QueryInt("SELECT count(*) FROM documents d WHERE d.version != "
                              "(SELECT count(*) FROM documents e WHERE e.source_id = d.source_id AND e.id <= d.id)"),
            0);
  EXPECT_EQ(*(*raw)->QueryInt("SELECT count(*) FROM documents WHERE current = 1"), 3);
}

TEST(LedgerTest, ReportsOfOneDealMergeWithStatusHistoryInOrder) {
  auto ledger = OpenMemory();
  // Added out of time order on purpose.
  ASSERT_TRUE(ledger->Add(MakeDoc("done", "2025-06-01", "closed", "Bloomberg"),
                          {MakeDeal(kInv, {"Amazon Inc."}, {"Anthropic"}, 4e9, DealStatus::kCompleted)})
                  .ok());
  ASSERT_TRUE(ledger->Add(MakeDoc("talks", "2025-01-05", "talks", "CNBC"),
                          {MakeDeal(kInv, {"AWS"}, {"anthropic"}, std::nullopt, DealStatus::kTalks)})
                  .ok());
  ASSERT_TRUE(ledger->Add(MakeDoc("signed", "2025-03-01", "signed", "Reuters"),
                          {MakeDeal(kInv, {"amazon"}, {"Anthropic"}, 4e9, DealStatus::kAnnounced)})
                  .ok());
  ASSERT_TRUE(ledger->Flush().ok());
  auto deals = ledger->FindDeals({});
  ASSERT_TRUE(deals.ok());
  ASSERT_EQ(deals->size(), 1u) << Dump(*ledger);
  const MergedDeal& d = (*deals)[0];
  EXPECT_EQ(d.status, DealStatus::kCompleted);
  EXPECT_EQ(d.from, std::vector<std::string>{"Amazon"});  // as most reports name it
  EXPECT_EQ(d.to, std::vector<std::string>{"Anthropic"});
  EXPECT_EQ(d.from_top, std::vector<std::string>{"Amazon"});
  EXPECT_EQ(d.first_reported, "2025-01-05");
  EXPECT_EQ(d.last_reported, "2025-06-01");
  EXPECT_EQ(d.claims, 3);
  EXPECT_FALSE(d.amount_conflict);
  auto claims = ledger->ClaimsOf(d.id);
  ASSERT_TRUE(claims.ok());
  ASSERT_EQ(claims->size(), 3u);
  EXPECT_EQ((*claims)[0].doc, "talks");
  EXPECT_EQ((*claims)[1].doc, "signed");
  EXPECT_EQ((*claims)[2].doc, "done");
  EXPECT_EQ((*claims)[0].deal.from, std::vector<std::string>{"AWS"});  // kept as reported
  EXPECT_EQ((*claims)[2].outlet, "Bloomberg");
  // The unit finds its parent's deals.
  DealFilter f;
  f.org = "Amazon Web Services";
  EXPECT_EQ(ledger->FindDeals(f)->size(), 1u);
  auto org = ledger->FindOrg("AWS");
  ASSERT_TRUE(org.ok());
  EXPECT_EQ(org->root, "Amazon");
  auto amazon = ledger->FindOrg("AMAZON corp");
  ASSERT_TRUE(amazon.ok());
  EXPECT_EQ(amazon->units, std::vector<std::string>{"AWS"});
}

TEST(LedgerTest, DifferentDealsBetweenTheSamePartiesStayApart) {
  auto ledger = OpenMemory();
  // An investment and a cloud contract; two rounds years apart; a later expansion.
  ASSERT_TRUE(ledger->Add(MakeDoc("inv", "2023-01-23", "x"),
                          {MakeDeal(kInv, {"Microsoft"}, {"OpenAI"}, 1e10, DealStatus::kAnnounced),
                           MakeDeal(kBuy, {"OpenAI"}, {"Microsoft"}, 2.5e11, DealStatus::kAnnounced, Asset::kCloud)})
                  .ok());
  ASSERT_TRUE(ledger->Add(MakeDoc("round-2019", "2019-07-22", "y"),
                          {MakeDeal(kInv, {"Microsoft"}, {"OpenAI"}, 1e9, DealStatus::kCompleted)})
                  .ok());
  ASSERT_TRUE(ledger->Add(MakeDoc("expansion", "2023-09-01", "z"),
                          {MakeDeal(kInv, {"Microsoft"}, {"OpenAI"}, 3e10, DealStatus::kAnnounced)})
                  .ok());
  ASSERT_TRUE(ledger->Flush().ok());
  auto deals = ledger->FindDeals({});
  ASSERT_TRUE(deals.ok());
  EXPECT_EQ(deals->size(), 4u) << Dump(*ledger);
  for (const MergedDeal& d : *deals) EXPECT_EQ(d.claims, 1) << Dump(*ledger);
}

TEST(LedgerTest, AFlushRewritesOnlyTheDealsThatChanged) {
  // Three rounds between one pair (one group); a new report of one of them
  // changes that deal only: the other two keep their stored rows.
  TempDb db;
  LedgerOptions options;
  options.batch_documents = 1;
  auto ledger = Ledger::Open(db.path(), options);
  ASSERT_TRUE(ledger.ok());
  const char* dates[] = {"2019-07-22", "2021-03-01", "2023-01-23"};
  for (int i = 0; i < 3; ++i) {
    ASSERT_TRUE((*ledger)
                    ->Add(MakeDoc("round-" + std::to_string(i), dates[i], "round " + std::to_string(i)),
                          {MakeDeal(kInv, {"Microsoft"}, {"OpenAI"}, 1e9 * (1 + 4 * i), DealStatus::kAnnounced)})
                    .ok());
  }
  auto rows = [&] {
    std::map<std::string, std::pair<int64_t, int64_t>> out;  // uid -> (row id, claims)
    sqlite3* raw = nullptr;
    EXPECT_EQ(sqlite3_open(db.path().c_str(), &raw), SQLITE_OK);
    sqlite3_stmt* st = nullptr;
    EXPECT_EQ(sqlite3_prepare_v2(raw, "SELECT uid, id, claims FROM deals", -1, &st, nullptr), SQLITE_OK);
    while (sqlite3_step(st) == SQLITE_ROW) {
      out[reinterpret_cast<const char*>(sqlite3_column_text(st, 0))] = {sqlite3_column_int64(st, 1),
                                                                          sqlite3_column_int64(st, 2)};
    }
    sqlite3_finalize(st);
    sqlite3_close(raw);
    return out;
  };
  auto before = rows();
  ASSERT_EQ(before.size(), 3u);
  ASSERT_TRUE((*ledger)
                  ->Add(MakeDoc("round-0-again", "2019-07-30", "round 0 completed"),
                        {MakeDeal(kInv, {"Microsoft"}, {"OpenAI"}, 1e9, DealStatus::kCompleted)})
                  .ok());
  ASSERT_TRUE((*ledger)->Flush().ok());
  auto after = rows();
  ASSERT_EQ(after.size(), 3u);
  int kept = 0, changed = 0;
  for (const auto& [uid, row] : after) {
    ASSERT_TRUE(before.count(uid)) << uid;  // ids stay: each deal's first claim is unchanged
    if (row.second == 2) {
      ++changed;
      EXPECT_NE(row.first, before[uid].first);
    } else {
      ++kept;
      EXPECT_EQ(row, before[uid]);
    }
  }
  EXPECT_EQ(kept, 2);
  EXPECT_EQ(changed, 1);
  auto check = (*ledger)->Check();
  ASSERT_TRUE(check.ok());
  EXPECT_TRUE(check->ok()) << (check->problems.empty() ? check->integrity : check->problems[0]);
}

TEST(LedgerTest, PartnershipSidesMatchEitherWayAndUnitsShowAsReported) {
  auto ledger = OpenMemory();
  ASSERT_TRUE(ledger->Add(MakeDoc("a", "2025-01-01", "a"),
                          {MakeDeal(DealType::kPartnership, {"OpenAI"}, {"Broadcom Inc."}, std::nullopt,
                                    DealStatus::kTalks),
                           MakeDeal(kBuy, {"OpenAI"}, {"AWS"}, 3.8e10, DealStatus::kAnnounced, Asset::kCloud)})
                  .ok());
  ASSERT_TRUE(ledger->Add(MakeDoc("b", "2025-02-01", "b"),
                          {MakeDeal(DealType::kPartnership, {"Broadcom"}, {"OpenAI"}, std::nullopt,
                                    DealStatus::kAnnounced),
                           MakeDeal(kBuy, {"OpenAI"}, {"AWS"}, 3.8e10, DealStatus::kAnnounced, Asset::kCloud)})
                  .ok());
  ASSERT_TRUE(ledger->Add(MakeDoc("c", "2025-03-01", "c"),
                          {MakeDeal(DealType::kPartnership, {"Broadcom"}, {"OpenAI"}, std::nullopt,
                                    DealStatus::kAnnounced)})
                  .ok());
  ASSERT_TRUE(ledger->Flush().ok());
  auto deals = ledger->FindDeals({});
  ASSERT_EQ(deals->size(), 2u) << Dump(*ledger);
  for (const MergedDeal& d : *deals) {
    if (d.type == DealType::kPartnership) {
      EXPECT_EQ(d.claims, 3);
      EXPECT_EQ(d.from, std::vector<std::string>{"Broadcom"});
      EXPECT_EQ(d.to, std::vector<std::string>{"OpenAI"});
      EXPECT_EQ(d.status, DealStatus::kAnnounced);
    } else {
      EXPECT_EQ(d.to, std::vector<std::string>{"AWS"});
      EXPECT_EQ(d.to_top, std::vector<std::string>{"Amazon"});
    }
  }
}

TEST(LedgerTest, FileTimesAreNotReportDates) {
  auto ledger = OpenMemory();
  Document a = MakeDoc("a", "2019-01-01", "a");
  Document b = MakeDoc("b", "2025-01-01", "b");
  a.published_from_file_time = b.published_from_file_time = true;
  ASSERT_TRUE(ledger->Add(a, {MakeDeal(kInv, {"Microsoft"}, {"OpenAI"}, 1e10, DealStatus::kAnnounced)}).ok());
  ASSERT_TRUE(ledger->Add(b, {MakeDeal(kInv, {"Microsoft"}, {"OpenAI"}, 1.3e10, DealStatus::kCompleted)}).ok());
  ASSERT_TRUE(ledger->Flush().ok());
  auto deals = ledger->FindDeals({});
  ASSERT_EQ(deals->size(), 1u) << Dump(*ledger);
  EXPECT_EQ((*deals)[0].first_reported, "");
  auto claims = ledger->ClaimsOf((*deals)[0].id);
  ASSERT_EQ(claims->size(), 2u);
  EXPECT_TRUE((*claims)[0].published_from_file_time);
}

TEST(LedgerTest, AmountConflictsAreKeptAndShown) {
  auto ledger = OpenMemory();
  ASSERT_TRUE(ledger->Add(MakeDoc("a", "2025-10-01", "a"),
                          {MakeDeal(kInv, {"NVIDIA"}, {"OpenAI"}, 1e11, DealStatus::kAnnounced)})
                  .ok());
  ASSERT_TRUE(ledger->Add(MakeDoc("b", "2025-10-03", "b"),
                          {MakeDeal(kInv, {"Nvidia Corp"}, {"OpenAI"}, 1e10, DealStatus::kAnnounced)})
                  .ok());
  ASSERT_TRUE(ledger->Add(MakeDoc("c", "2025-10-04", "c"),
                          {MakeDeal(kInv, {"Nvidia"}, {"OpenAI"}, std::nullopt, DealStatus::kCancelled)})
                  .ok());
  ASSERT_TRUE(ledger->Flush().ok());
  auto deals = ledger->FindDeals({});
  ASSERT_TRUE(deals.ok());
  ASSERT_EQ(deals->size(), 1u) << Dump(*ledger);
  const MergedDeal& d = (*deals)[0];
  EXPECT_TRUE(d.amount_conflict);
  EXPECT_TRUE(d.status_conflict);
  EXPECT_EQ(d.status, DealStatus::kCancelled);
  EXPECT_EQ(d.amount_min, 1e10);
  EXPECT_EQ(d.amount_max, 1e11);
  EXPECT_EQ(d.currency, "USD");
  EXPECT_EQ(d.from, std::vector<std::string>{"NVIDIA"});  // the smallest spelling, whatever the order
}

TEST(LedgerTest, NewGroupsMergeFromMemoryAsFromTheirStoredRows) {
  // The claims of a group created in a batch are merged from memory; reconcile
  // reads them back from their rows. Values a row changes: a NaN amount
  // (stored NULL), an aggregate, an empty name, a file time as the date.
  auto ledger = OpenMemory(1000);
  std::vector<Deal> claims;
  claims.push_back(MakeDeal(kInv, {"Microsoft"}, {"OpenAI"}, std::nan(""), DealStatus::kAnnounced));
  claims.push_back(MakeDeal(kInv, {"Microsoft"}, {"OpenAI"}, 2e9, DealStatus::kCompleted));
  claims.back().amount->max = std::nan("");
  claims.push_back(MakeDeal(kInv, {"Microsoft"}, {"OpenAI"}, 5e9, DealStatus::kCompleted));
  claims.back().aggregate = true;
  claims.push_back(MakeDeal(kBuy, {"Oracle", ""}, {"NVIDIA"}, 3e9, DealStatus::kTalks, Asset::kChips));
  claims.back().amount->max = 4e9;
  for (int i = 0; i < 4; ++i) {
    Document doc = MakeDoc("m" + std::to_string(i), "2025-0" + std::to_string(i + 1) + "-02", "memo " + std::to_string(i));
    doc.published_from_file_time = i % 2 == 1;
    ASSERT_TRUE(ledger->Add(doc, {claims[i], claims[(i + 1) % 4]}).ok());
  }
  ASSERT_TRUE(ledger->Flush().ok());
  const std::string from_memory = Dump(*ledger);
  EXPECT_NE(from_memory.find("n=2"), std::string::npos) << from_memory;
  ASSERT_TRUE(ledger->Reconcile().ok());
  EXPECT_EQ(Dump(*ledger), from_memory);
  auto check = ledger->Check();
  ASSERT_TRUE(check.ok());
  EXPECT_TRUE(check->ok());
}

TEST(LedgerTest, ReconcileGivesTheIncrementalResult) {
  auto ledger = OpenMemory(2);
  const char* orgs[] = {"Microsoft", "OpenAI", "AWS", "Amazon", "Oracle", "NVIDIA", "Nvidia Inc"};
  for (int i = 0; i < 60; ++i) {
    std::vector<Deal> claims;
    for (int k = 0; k < 3; ++k) {
      int a = (i * 7 + k * 3) % 7, b = (i * 5 + k + 1) % 7;
      DealType t = static_cast<DealType>((i + k) % 4);
      DealStatus s = static_cast<DealStatus>((i * 3 + k) % 5);
      std::optional<double> amount;
      if ((i + k) % 3) amount = 1e9 * (1 + (i * k) % 5);
      claims.push_back(MakeDeal(t, {orgs[a]}, {orgs[b]}, amount, s, t == kBuy ? Asset::kCloud : Asset::kNone));
    }
    std::string date = "202" + std::to_string(i % 5) + "-0" + std::to_string(1 + i % 9) + "-1" + std::to_string(i % 10);
    ASSERT_TRUE(ledger->Add(MakeDoc("d" + std::to_string(i), date, "text " + std::to_string(i)), claims).ok());
    if (i % 10 == 0) {  // a corrected version now and then
      ASSERT_TRUE(ledger->Add(MakeDoc("d" + std::to_string(i), date, "text v2 " + std::to_string(i)),
                              {claims[0], claims[1]})
                      .ok());
    }
  }
  ASSERT_TRUE(ledger->Flush().ok());
  std::string incremental = Dump(*ledger);
  ASSERT_TRUE(ledger->Reconcile().ok());
  EXPECT_EQ(Dump(*ledger), incremental);
  auto check = ledger->Check();
  ASSERT_TRUE(check.ok());
  EXPECT_TRUE(check->ok()) << (check->problems.empty() ? check->integrity : check->problems[0]);
}

TEST(LedgerTest, ABigBatchWritesTheRowsOneDocumentPerBatchWrites) {
  // One flush of many deals writes their parties, edges, links and sums many
  // rows per statement; a flush per document writes them one by one. Same
  // ledger either way, sums that agree with the rows, and a pair named twice
  // (Microsoft as itself and as its unit) counted once.
  std::vector<std::string> orgs = {"Microsoft", "OpenAI", "AWS", "Amazon", "Oracle", "NVIDIA", "Nvidia Inc", "CoreWeave"};
  for (int n = 0; n < 12; ++n) orgs.push_back("Startup " + std::string(1, static_cast<char>('A' + n)) + " Labs");
  auto fill = [&](Ledger& ledger) {
    for (int i = 0; i < 160; ++i) {
      std::vector<Deal> claims;
      for (int k = 0; k < 2; ++k) {
        int a = (i * 5 + k * 3) % 20, b = (i * 3 + k + 7) % 20;
        DealType t = static_cast<DealType>((i + k) % 4);
        DealStatus st = static_cast<DealStatus>((i * 3 + k) % 5);
        std::optional<double> amount;
        if ((i + k) % 4) amount = 1e8 * (1 + (i * 7 + k) % 9);
        std::vector<std::string> from = {orgs[a]};
        if (i % 9 == 0) from = {"Microsoft", "Microsoft Corp."};
        claims.push_back(MakeDeal(t, from, {orgs[b]}, amount, st, t == kBuy ? Asset::kCloud : Asset::kNone));
      }
      std::string date = "202" + std::to_string(i % 4) + "-0" + std::to_string(1 + i % 9) + "-2" + std::to_string(i % 8);
      ASSERT_TRUE(ledger.Add(MakeDoc("b" + std::to_string(i), date, "batch text " + std::to_string(i)), claims).ok());
    }
    ASSERT_TRUE(ledger.Flush().ok());
  };
  auto edges = [](Ledger& ledger) {
    std::string out;
    auto all = ledger.MoneyEdges("", 100000);
    EXPECT_TRUE(all.ok());
    for (const MoneyEdge& e : *all) {
      out += e.from + ">" + e.to + " " + e.currency + " " + std::to_string(e.deals) + " " +
             std::to_string(e.amount_min) + " " + std::to_string(e.amount_max) + " " + std::to_string(e.talks_deals) +
             " " + std::to_string(e.talks_amount_min) + " " + std::to_string(e.talks_amount_max) + "\n";
    }
    return out;
  };
  auto big = OpenMemory(1000), small = OpenMemory(1);
  fill(*big);
  fill(*small);
  EXPECT_EQ(Dump(*big), Dump(*small));
  EXPECT_EQ(edges(*big), edges(*small));
  EXPECT_NE(edges(*big), "");
  for (Ledger* l : {big.get(), small.get()}) {
    auto check = l->Check();
    ASSERT_TRUE(check.ok());
    EXPECT_TRUE(check->ok()) << (check->problems.empty() ? check->integrity : check->problems[0]);
    EXPECT_GT(check->deals, 2 * 32);  // enough for several many-row statements
  }
}

TEST(LedgerTest, FiltersSelectDeals) {
  auto ledger = OpenMemory();
  ASSERT_TRUE(ledger->Add(MakeDoc("a", "2024-05-01", "a"),
                          {MakeDeal(kInv, {"Microsoft"}, {"OpenAI"}, 1e10, DealStatus::kCompleted),
                           MakeDeal(kBuy, {"OpenAI"}, {"Oracle"}, 3e11, DealStatus::kAnnounced, Asset::kCloud),
                           MakeDeal(kInv, {"SoftBank"}, {"OpenAI"}, 4e10, DealStatus::kTalks)})
                  .ok());
  ASSERT_TRUE(ledger->Add(MakeDoc("b", "2025-09-10", "b"),
                          {MakeDeal(kBuy, {"OpenAI"}, {"AMD"}, std::nullopt, DealStatus::kAnnounced, Asset::kChips)})
                  .ok());
  ASSERT_TRUE(ledger->Flush().ok());
  auto count = [&](DealFilter f) { return ledger->FindDeals(f)->size(); };
  EXPECT_EQ(count({}), 4u);
  DealFilter f;
  f.org = "openai";
  EXPECT_EQ(count(f), 4u);
  f.org = "Microsoft";
  EXPECT_EQ(count(f), 1u);
  f = {};
  f.type = kBuy;
  EXPECT_EQ(count(f), 2u);
  f = {};
  f.status = DealStatus::kTalks;
  EXPECT_EQ(count(f), 1u);
  f = {};
  f.since = "2025";
  EXPECT_EQ(count(f), 1u);
  f = {};
  f.until = "2024-05";
  EXPECT_EQ(count(f), 3u);
  f.until = "2024-04-30";
  EXPECT_EQ(count(f), 0u);
  f = {};
  f.min_amount = 2e10;
  EXPECT_EQ(count(f), 2u);
  f = {};
  f.limit = 1;
  auto first = ledger->FindDeals(f);
  ASSERT_EQ(first->size(), 1u);
  EXPECT_EQ((*first)[0].to, std::vector<std::string>{"AMD"});  // most recent first
  f = {};
  f.order = DealOrder::kLargest;
  EXPECT_EQ(ledger->FindDeals(f)->front().to, std::vector<std::string>{"Oracle"});
  EXPECT_FALSE(ledger->FindDeals(f)->back().amount_max);  // no amount: last
  f.org = "OpenAI";
  f.limit = 2;
  auto largest = ledger->FindDeals(f);
  ASSERT_EQ(largest->size(), 2u);
  EXPECT_EQ((*largest)[1].from, std::vector<std::string>{"SoftBank"});
  f = {};
  f.order = DealOrder::kOldest;
  f.org = "openai";
  EXPECT_EQ(ledger->FindDeals(f)->back().to, std::vector<std::string>{"AMD"});
  f = {};
  f.org = "Nobody";
  EXPECT_EQ(count(f), 0u);
  EXPECT_EQ(ledger->GetDeal("0000000000000000").status().code(), ErrorCode::kNotFound);
}

// Pages cut in SQL are slices of the whole listing, and a sort key orders as
// a stable sort of the default order (latest report first, then id) would.
TEST(LedgerTest, PagesAreSlicesOfTheSortedListing) {
  auto ledger = OpenMemory();
  const std::vector<std::string> names = {"Microsoft", "OpenAI", "Oracle", "AMD", "SoftBank", "Alpha", "Beta"};
  uint64_t x = 88172645463325252ull;
  auto next = [&x](uint64_t bound) {
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    return x % bound;
  };
  for (int i = 0; i < 90; ++i) {
    std::string from = next(3) ? names[next(names.size())] : "Microsoft";  // a hub in many deals
    std::string to = names[next(names.size())];
    if (to == from) to = "Gamma " + std::to_string(i % 5);
    std::optional<double> amount;
    if (next(4)) amount = static_cast<double>(1 + next(6)) * 1e9;  // equal amounts: ties
    const DealType type = static_cast<DealType>(next(4));
    Deal d = MakeDeal(type, {from}, {to}, amount, static_cast<DealStatus>(next(5)),
                      type == kBuy ? Asset::kCloud : Asset::kNone);
    const std::string date = "2025-0" + std::to_string(1 + next(3)) + "-1" + std::to_string(next(3));  // ties
    ASSERT_TRUE(ledger->Add(MakeDoc("p" + std::to_string(i), next(10) ? date : "", "text " + std::to_string(i)), {d})
                    .ok());
  }
  ASSERT_TRUE(ledger->Flush().ok());
  auto names_of = [](const std::vector<std::string>& v) {
    std::string out;
    for (const std::string& n : v) out += (out.empty() ? "" : ", ") + n;
    return out;
  };
  std::vector<std::optional<DealSort>> sorts = {std::nullopt};
  for (int k = 0; k <= static_cast<int>(DealSortKey::kClaims); ++k) {
    for (bool desc : {false, true}) sorts.push_back(DealSort{static_cast<DealSortKey>(k), desc});
  }
  std::vector<DealFilter> filters(4);
  filters[1].org = "Microsoft";
  filters[2].org = "microsoft";
  filters[2].type = kInv;
  filters[3].min_amount = 3e9;
  filters[3].since = "2025-02";
  for (DealFilter base : filters) {
    auto plain = ledger->FindDeals(base);
    ASSERT_TRUE(plain.ok());
    auto count = ledger->CountDeals(base);
    ASSERT_TRUE(count.ok());
    EXPECT_EQ(*count, static_cast<int64_t>(plain->size())) << base.org;
    for (const auto& sort : sorts) {
      std::vector<MergedDeal> want = *plain;
      if (sort) {
        auto key = [&](const MergedDeal& d) -> std::string {
          char buf[32];
          switch (sort->key) {
            case DealSortKey::kAmount:
              std::snprintf(buf, sizeof buf, "%020.0f", d.amount_max.value_or(-1) + 1);
              return buf;
            case DealSortKey::kFirstReported: return d.first_reported;
            case DealSortKey::kLastReported: return d.last_reported;
            case DealSortKey::kType: return std::to_string(static_cast<int>(d.type));
            case DealSortKey::kStatus: return std::to_string(static_cast<int>(d.status));
            case DealSortKey::kFrom: return names_of(d.from);
            case DealSortKey::kTo: return names_of(d.to);
            case DealSortKey::kClaims: return std::to_string(1000 + d.claims);
          }
          return "";
        };
        std::stable_sort(want.begin(), want.end(), [&](const MergedDeal& a, const MergedDeal& b) {
          return sort->descending ? key(b) < key(a) : key(a) < key(b);
        });
      }
      DealFilter f = base;
      f.sort = sort;
      std::vector<std::string> got, expected;
      for (const MergedDeal& d : want) expected.push_back(d.id);
      for (int offset = 0; offset < static_cast<int>(want.size()) + 7; offset += 7) {
        f.limit = 7;
        f.offset = offset;
        auto page = ledger->FindDeals(f);
        ASSERT_TRUE(page.ok()) << page.status().ToString();
        EXPECT_LE(page->size(), 7u);
        for (const MergedDeal& d : *page) got.push_back(d.id);
      }
      EXPECT_EQ(got, expected) << "org '" << base.org << "' sort " << (sort ? static_cast<int>(sort->key) : -1)
                               << (sort && sort->descending ? " desc" : "");
    }
  }
}

TEST(LedgerTest, MoneyEdgesRollUpUnitsAndSkipPartnershipsAndCancelled) {
  auto ledger = OpenMemory();
  ASSERT_TRUE(ledger->Add(MakeDoc("a", "2025-01-01", "a"),
                          {MakeDeal(kInv, {"Microsoft"}, {"OpenAI"}, 1e10, DealStatus::kCompleted),
                           MakeDeal(kBuy, {"OpenAI"}, {"Azure"}, 2e9, DealStatus::kTalks, Asset::kCloud),
                           MakeDeal(DealType::kPartnership, {"OpenAI"}, {"Apple"}, std::nullopt,
                                    DealStatus::kAnnounced),
                           MakeDeal(kInv, {"Google"}, {"DeepMind"}, 5e8, DealStatus::kCompleted),
                           MakeDeal(kInv, {"Oracle"}, {"OpenAI"}, 1e9, DealStatus::kCancelled)})
                  .ok());
  ASSERT_TRUE(ledger->Flush().ok());
  auto edges = ledger->MoneyEdges();
  ASSERT_TRUE(edges.ok());
  ASSERT_EQ(edges->size(), 2u);
  std::map<std::string, MoneyEdge> by;
  for (const MoneyEdge& e : *edges) by[e.from + ">" + e.to] = e;
  EXPECT_EQ(by["Microsoft>OpenAI"].amount_min, 1e10);
  EXPECT_EQ(by["Microsoft>OpenAI"].deals, 1);
  EXPECT_EQ(by["Microsoft>OpenAI"].talks_deals, 0);
  EXPECT_EQ(by["OpenAI>Microsoft"].deals, 0);
  EXPECT_EQ(by["OpenAI>Microsoft"].talks_deals, 1);
  EXPECT_EQ(by["OpenAI>Microsoft"].talks_amount_max, 2e9);
  EXPECT_EQ((*edges)[0].from, "Microsoft");  // largest first
  EXPECT_EQ(ledger->MoneyEdges("Azure")->size(), 2u);
  EXPECT_EQ(ledger->MoneyEdges({}, 1)->size(), 1u);
  std::vector<double> weights;
  ASSERT_TRUE(ledger->ForEachMoneyEdge("USD", false, [&](const MoneyEdge&, double w) {
                      weights.push_back(w);
                      return true;
                    })
                  .ok());
  EXPECT_EQ(weights, std::vector<double>{1e10});  // the talks-only edge left out
  EXPECT_EQ(ledger->DealsBetween("openai", "MICROSOFT")->size(), 1u);
  // A deal inside one organization is listed once for it and moves no money.
  DealFilter f;
  f.org = "Alphabet";
  auto inside = ledger->FindDeals(f);
  ASSERT_EQ(inside->size(), 1u);
  EXPECT_EQ(inside->front().from_top, inside->front().to_top);
  auto summary = ledger->SummarizeOrg("Google");
  ASSERT_TRUE(summary.ok());
  EXPECT_EQ(summary->deals, 1);
  EXPECT_TRUE(summary->counterparties.empty());
  auto microsoft = ledger->SummarizeOrg("Microsoft");
  ASSERT_EQ(microsoft->counterparties.size(), 1u);
  EXPECT_EQ(microsoft->counterparties[0].name, "OpenAI");
  EXPECT_EQ(microsoft->counterparties[0].deals, 2);
  EXPECT_EQ(microsoft->counterparties[0].types, (std::vector<DealType>{kInv, kBuy}));
}

TEST(LedgerTest, PersistsAcrossOpensAndRefusesNewerSchemas) {
  TempDb db;
  {
    auto ledger = Ledger::Open(db.path());
    ASSERT_TRUE(ledger.ok());
    ASSERT_TRUE((*ledger)
                    ->Add(MakeDoc("a", "2025-01-01", "a"),
                          {MakeDeal(kInv, {"Microsoft"}, {"OpenAI"}, 1e10, DealStatus::kCompleted)})
                    .ok());
    // No explicit Flush: the destructor commits.
  }
  {
    LedgerOptions options;
    options.create_if_missing = false;
    auto ledger = Ledger::Open(db.path(), options);
    ASSERT_TRUE(ledger.ok());
    EXPECT_EQ((*ledger)->FindDeals({})->size(), 1u);
  }
  {
    auto raw = SqliteDb::Open(db.path(), false);
    ASSERT_TRUE(raw.ok());
    ASSERT_TRUE((*raw)->Exec("PRAGMA user_version = 99").ok());
  }
  auto refused = Ledger::Open(db.path());
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.status().code(), ErrorCode::kVersionMismatch);
  EXPECT_NE(refused.status().message().find("newer"), std::string::npos);

  LedgerOptions options;
  options.create_if_missing = false;
  auto missing = Ledger::Open(db.path() + ".missing", options);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), ErrorCode::kNotFound);
}

// The query indexes present, by name, with their SQL as sqlite_master keeps it.
std::map<std::string, std::string> QueryIndexSql(const std::string& path) {
  auto raw = SqliteDb::Open(path, false);
  std::map<std::string, std::string> out;
  if (!raw.ok()) return out;
  for (const QueryIndex& index : QueryIndexes()) {
    auto st = (*raw)->Prepare("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = '" +
                              std::string(index.name) + "'");
    if (st.ok() && (*st)->Step()) out[std::string(index.name)] = (*st)->Text(0);
    if (st.ok()) (*st)->Reset();
  }
  return out;
}

// Every row of the tables a bulk load computes at its end (and the edges they
// come from, without the deals' row ids), as text.
std::string SumTables(const std::string& path) {
  auto raw = SqliteDb::Open(path, false);
  if (!raw.ok()) return "cannot open";
  std::string out;
  const std::pair<const char*, int> queries[] = {{"SELECT * FROM org_sums ORDER BY 1, 2, 3, 4, 5", 8},
                                                 {"SELECT * FROM org_pairs ORDER BY 1, 2", 7},
                                                 {"SELECT * FROM flows ORDER BY 1, 2, 3", 9},
                                                 {"SELECT key, deals FROM organizations ORDER BY 1", 2},
                                                 {"SELECT from_org, to_org, talks, currency, amount_min, amount_max FROM deal_edges ORDER BY 1, 2, 3, 4, 5, 6", 6}};
  for (const auto& [sql, columns] : queries) {
    auto st = (*raw)->Prepare(std::string(sql));
    if (!st.ok()) return "bad query";
    while ((*st)->Step()) {
      for (int c = 0; c < columns; ++c) out += (*st)->Text(c) + "|";
      out += "\n";
    }
    (*st)->Reset();
    out += "--\n";
  }
  return out;
}

// Claims with repeated parties, amounts, statuses (some merge, some replace
// earlier deals of their group), several per document.
std::vector<std::pair<Document, std::vector<Deal>>> BulkInput() {
  std::vector<std::pair<Document, std::vector<Deal>>> input;
  for (int i = 0; i < 40; ++i) {
    const std::string day = "2025-0" + std::to_string(1 + i % 9) + "-1" + std::to_string(i % 10);
    std::vector<Deal> deals = {MakeDeal(i % 3 ? kInv : DealType::kPurchase, {i % 2 ? "Microsoft" : "Amazon"},
                                        {"Startup " + std::to_string(i % 7)}, 1e8 * (1 + i % 5) + 0.5,
                                        static_cast<DealStatus>(i % 5))};
    if (i % 4 == 0) {
      deals.push_back(MakeDeal(DealType::kPartnership, {"Startup " + std::to_string(i % 5)}, {"Oracle", "Meta"},
                               std::nullopt, DealStatus::kAnnounced));
    }
    input.push_back({MakeDoc("d" + std::to_string(i), day, "Report " + std::to_string(i)), deals});
  }
  return input;
}

TEST(LedgerTest, ABulkLoadBuildsTheQueryIndexesAtItsEnd) {
  // The same claims into a ledger written row by row and into a bulk load.
  const std::vector<std::pair<Document, std::vector<Deal>>> input = BulkInput();
  TempDb plain, bulk;
  std::string expected;
  {
    auto ledger = Ledger::Open(plain.path());
    ASSERT_TRUE(ledger.ok());
    for (const auto& [doc, deals] : input) ASSERT_TRUE((*ledger)->Add(doc, deals).ok());
    ASSERT_TRUE((*ledger)->Flush().ok());
    expected = Dump(**ledger);
  }
  const std::map<std::string, std::string> indexes = QueryIndexSql(plain.path());
  ASSERT_EQ(indexes.size(), QueryIndexes().size());
  for (const QueryIndex& index : QueryIndexes()) {
    EXPECT_EQ(indexes.at(std::string(index.name)), "CREATE INDEX " + std::string(index.definition));
  }
  DealFilter early;  // read through deals_first when that index is there
  early.until = "2025-02";
  early.limit = 5;
  DealFilter large;  // through deals_amount
  large.min_amount = 4e8;
  large.limit = 5;
  {
    LedgerOptions options;
    options.batch_documents = 7;
    auto ledger = Ledger::Open(bulk.path(), options);
    ASSERT_TRUE(ledger.ok());
    auto began = (*ledger)->BeginBulkLoad();
    ASSERT_TRUE(began.ok());
    EXPECT_TRUE(*began);
    EXPECT_TRUE(QueryIndexSql(bulk.path()).empty());
    for (const auto& [doc, deals] : input) ASSERT_TRUE((*ledger)->Add(doc, deals).ok());
    ASSERT_TRUE((*ledger)->Flush().ok());
    // Queries still answer without the indexes, the same as with them.
    auto plain_ledger = Ledger::Open(plain.path());
    ASSERT_TRUE(plain_ledger.ok());
    for (const DealFilter& f : {early, large}) {
      auto got = (*ledger)->FindDeals(f);
      auto want = (*plain_ledger)->FindDeals(f);
      ASSERT_TRUE(got.ok() && want.ok()) << got.status().ToString();
      ASSERT_EQ(got->size(), want->size());
      EXPECT_FALSE(got->empty());
      for (size_t i = 0; i < got->size(); ++i) EXPECT_EQ((*got)[i].id, (*want)[i].id);
    }
    ASSERT_TRUE((*ledger)->EndBulkLoad().ok());
    EXPECT_EQ(QueryIndexSql(bulk.path()), indexes);
    EXPECT_EQ(Dump(**ledger), expected);
    EXPECT_EQ(SumTables(bulk.path()), SumTables(plain.path()));
    EXPECT_NE(SumTables(plain.path()).find("\nmicrosoft|16|"), std::string::npos);
    auto check = (*ledger)->Check();
    ASSERT_TRUE(check.ok());
    EXPECT_TRUE(check->ok());
    // A ledger that holds documents is never bulk loaded.
    auto again = (*ledger)->BeginBulkLoad();
    ASSERT_TRUE(again.ok());
    EXPECT_FALSE(*again);
    EXPECT_EQ(QueryIndexSql(bulk.path()), indexes);
  }
}

TEST(LedgerTest, ABulkLoadFinishedByAnotherOpenKeepsItsSumsAfterwards) {
  // A second connection opening the ledger midway computes the sums and the
  // indexes; the loader then keeps the sums current row by row.
  const std::vector<std::pair<Document, std::vector<Deal>>> input = BulkInput();
  TempDb plain, bulk;
  {
    auto ledger = Ledger::Open(plain.path());
    ASSERT_TRUE(ledger.ok());
    for (const auto& [doc, deals] : input) ASSERT_TRUE((*ledger)->Add(doc, deals).ok());
  }
  LedgerOptions options;
  options.batch_documents = 5;
  auto ledger = Ledger::Open(bulk.path(), options);
  ASSERT_TRUE(ledger.ok());
  ASSERT_TRUE(*(*ledger)->BeginBulkLoad());
  for (size_t i = 0; i < input.size(); ++i) {
    ASSERT_TRUE((*ledger)->Add(input[i].first, input[i].second).ok());
    if (i == 17) {
      ASSERT_TRUE((*ledger)->Flush().ok());
      auto other = Ledger::Open(bulk.path());
      ASSERT_TRUE(other.ok());
      EXPECT_EQ(QueryIndexSql(bulk.path()).size(), QueryIndexes().size());
      auto check = (*other)->Check();
      ASSERT_TRUE(check.ok());
      EXPECT_TRUE(check->ok());
    }
  }
  ASSERT_TRUE((*ledger)->EndBulkLoad().ok());
  auto check = (*ledger)->Check();
  ASSERT_TRUE(check.ok());
  EXPECT_TRUE(check->ok()) << (check->problems.empty() ? "" : check->problems[0]);
  EXPECT_EQ(SumTables(bulk.path()), SumTables(plain.path()));
}

TEST(LedgerTest, ABulkLoadCutShortGetsItsIndexesOnTheNextOpen) {
  TempDb db;
  {
    auto ledger = Ledger::Open(db.path());
    ASSERT_TRUE(ledger.ok());
    ASSERT_TRUE(*(*ledger)->BeginBulkLoad());
    ASSERT_TRUE((*ledger)
                    ->Add(MakeDoc("a", "2025-01-01", "a"),
                          {MakeDeal(kInv, {"Microsoft"}, {"OpenAI"}, 1e10, DealStatus::kCompleted)})
                    .ok());
    ASSERT_TRUE((*ledger)->Flush().ok());
    EXPECT_TRUE(QueryIndexSql(db.path()).empty());
  }  // no EndBulkLoad, as when the run is killed
  auto reopened = Ledger::Open(db.path());
  ASSERT_TRUE(reopened.ok());
  EXPECT_EQ(QueryIndexSql(db.path()).size(), QueryIndexes().size());
  auto check = (*reopened)->Check();
  ASSERT_TRUE(check.ok());
  EXPECT_TRUE(check->ok());
  EXPECT_EQ((*reopened)->FindDeals({})->size(), 1u);
}

TEST(LedgerTest, ClosingAnalysesTheTablesWithinTheLimitAndAnswersStayTheSame) {
  // More deal_parties rows than the close's analysis reads: the statistics are
  // still written for the tables the load wrote, and the answers read with
  // them equal the answers read before there were any.
  ASSERT_NE(std::string(SqliteStore::kCloseSql).find("analysis_limit = " + std::to_string(SqliteStore::kAnalysisLimit)),
            std::string::npos);
  const int documents = SqliteStore::kAnalysisLimit + 200;
  TempDb db;
  DealFilter filter;
  filter.type = kInv;
  filter.min_amount = 2e8;
  filter.limit = 50;
  auto read = [&](Ledger& ledger) {
    std::string out;
    auto deals = ledger.FindDeals(filter);
    EXPECT_TRUE(deals.ok());
    if (deals.ok()) {
      for (const MergedDeal& d : *deals) out += d.id + " " + d.last_reported + "\n";
    }
    auto edges = ledger.MoneyEdges("Microsoft");
    EXPECT_TRUE(edges.ok());
    if (edges.ok()) {
      for (const MoneyEdge& e : *edges) out += e.from + ">" + e.to + " " + std::to_string(e.deals) + "\n";
    }
    return out;
  };
  const std::vector<std::string> orgs = {"Microsoft", "OpenAI", "Amazon", "Anthropic", "NVIDIA", "CoreWeave"};
  std::string before;
  {
    auto ledger = Ledger::Open(db.path());
    ASSERT_TRUE(ledger.ok());
    ASSERT_TRUE(*(*ledger)->BeginBulkLoad());
    for (int i = 0; i < documents; ++i) {
      const std::string from = orgs[i % orgs.size()] + (i % 7 ? "" : " Labs " + std::to_string(i));
      const std::string to = orgs[(i / orgs.size() + 1 + i) % orgs.size()] + " " + std::to_string(i % 97);
      const std::string date = "202" + std::to_string(i % 6) + "-0" + std::to_string(1 + i % 9) + "-1" + std::to_string(i % 10);
      ASSERT_TRUE((*ledger)
                      ->Add(MakeDoc("d" + std::to_string(i), date, "report " + std::to_string(i)),
                            {MakeDeal(i % 3 ? kInv : kBuy, {from}, {to}, 1e8 * (1 + i % 13), DealStatus::kAnnounced)})
                      .ok());
    }
    ASSERT_TRUE((*ledger)->EndBulkLoad().ok());
    before = read(**ledger);
  }
  sqlite3* raw = nullptr;
  ASSERT_EQ(sqlite3_open(db.path().c_str(), &raw), SQLITE_OK);
  sqlite3_stmt* st = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(raw, "SELECT DISTINCT tbl FROM sqlite_stat1 ORDER BY tbl", -1, &st, nullptr), SQLITE_OK);
  std::string analysed;
  while (sqlite3_step(st) == SQLITE_ROW) analysed += std::string(reinterpret_cast<const char*>(sqlite3_column_text(st, 0))) + " ";
  sqlite3_finalize(st);
  sqlite3_close(raw);
  for (const char* table : {"deal_parties", "deals"}) {
    EXPECT_NE(analysed.find(std::string(table) + " "), std::string::npos) << table << " in: " << analysed;
  }
  auto ledger = Ledger::Open(db.path());
  ASSERT_TRUE(ledger.ok());
  const std::string after = read(**ledger);
  EXPECT_FALSE(before.empty());
  EXPECT_EQ(after, before);
}

TEST(LedgerTest, AReadTransactionSeesOneCommittedState) {
  TempDb db;
  auto writer = Ledger::Open(db.path());
  ASSERT_TRUE(writer.ok()) << writer.status().ToString();
  ASSERT_TRUE((*writer)->Add(MakeDoc("a", "2025-01-10", "First."),
                             {MakeDeal(kInv, {"Microsoft"}, {"OpenAI"}, 1e10, DealStatus::kAnnounced)})
                  .ok());
  ASSERT_TRUE((*writer)->Flush().ok());
  auto reader = Ledger::Open(db.path());
  ASSERT_TRUE(reader.ok()) << reader.status().ToString();
  ASSERT_TRUE((*reader)->BeginRead().ok());
  ASSERT_EQ((*reader)->FindDeals({})->size(), 1u);
  ASSERT_TRUE((*writer)->Add(MakeDoc("b", "2025-02-10", "Second."),
                             {MakeDeal(kInv, {"Amazon"}, {"Anthropic"}, 4e9, DealStatus::kAnnounced)})
                  .ok());
  ASSERT_TRUE((*writer)->Flush().ok());  // committed while the reader holds its state
  EXPECT_EQ((*reader)->FindDeals({})->size(), 1u);
  EXPECT_EQ((*reader)->Check()->deals, 1);
  EXPECT_FALSE((*reader)->Add(MakeDoc("c", "2025-03-10", "Third."), {}).ok());  // no writes inside
  ASSERT_TRUE((*reader)->EndRead().ok());
  EXPECT_EQ((*reader)->FindDeals({})->size(), 2u);
}

TEST(SchemaTest, MigrationsRunInOrderOnce) {
  auto db = SqliteDb::Open(":memory:", true);
  ASSERT_TRUE(db.ok());
  std::vector<std::string_view> steps = {"CREATE TABLE a(x);", "INSERT INTO a VALUES(1);"};
  ASSERT_TRUE(Migrate(db->get(), steps).ok());
  EXPECT_EQ(*(*db)->QueryInt("PRAGMA user_version"), 2);
  steps.push_back("INSERT INTO a SELECT x + 1 FROM a;");
  ASSERT_TRUE(Migrate(db->get(), steps).ok());
  ASSERT_TRUE(Migrate(db->get(), steps).ok());  // nothing left to do
  EXPECT_EQ(*(*db)->QueryInt("PRAGMA user_version"), 3);
  EXPECT_EQ(*(*db)->QueryInt("SELECT sum(x) FROM a"), 3);
  // A failing step leaves the previous version in place.
  steps.push_back("INSERT INTO missing_table VALUES(1);");
  Status s = Migrate(db->get(), steps);
  EXPECT_EQ(s.code(), ErrorCode::kDatabaseError);
  EXPECT_EQ(*(*db)->QueryInt("PRAGMA user_version"), 3);
  steps.resize(1);
  EXPECT_EQ(Migrate(db->get(), steps).code(), ErrorCode::kVersionMismatch);
}

TEST(SchemaTest, VersionThreeKeysDealPartiesByDealAndKeepsTheRows) {
  TempDb db;
  {
    auto raw = SqliteDb::Open(db.path(), true);
    ASSERT_TRUE(raw.ok());
    std::vector<std::string_view> v2 = {SchemaMigrations()[0], SchemaMigrations()[1]};
    ASSERT_TRUE(Migrate(raw->get(), v2).ok());
    ASSERT_TRUE((*raw)
                    ->Exec("INSERT INTO deal_parties VALUES(7, 2, 0, 'investment', 'talks', 'USD', 1, 2, '2025-01-01', "
                           "'2025-02-01'), (3, 2, 1, 'investment', 'talks', 'USD', 1, 2, '2025-01-01', '2025-02-01'), "
                           "(3, 1, 0, 'purchase', 'completed', '', NULL, NULL, '', '')")
                    .ok());
  }
  auto ledger = Ledger::Open(db.path());
  ASSERT_TRUE(ledger.ok()) << ledger.status().ToString();
  auto raw = SqliteDb::Open(db.path(), false);
  ASSERT_TRUE(raw.ok());
  EXPECT_EQ(*(*raw)->QueryInt("PRAGMA user_version"), Ledger::kSchemaVersion);
  auto st = (*raw)->Prepare(std::string("SELECT deal_id, side, org_id, type, amount_max FROM deal_parties"));
  ASSERT_TRUE(st.ok());
  std::string rows;
  while ((*st)->Step()) {
    for (int c = 0; c < 5; ++c) rows += (*st)->Text(c) + (c < 4 ? "," : ";");
  }
  (*st)->Reset();
  EXPECT_EQ(rows, "1,0,3,purchase,;2,0,7,investment,2.0;2,1,3,investment,2.0;");  // in key order: by deal
  EXPECT_EQ(*(*raw)->QueryInt("SELECT count(*) FROM sqlite_master WHERE name = 'deal_parties_deal'"), 0);
  EXPECT_EQ(*(*raw)->QueryInt("SELECT count(*) FROM sqlite_master WHERE name IN ('deal_parties_recent', "
                              "'deal_parties_largest')"),
            2);
}

// Rows of a one-column-per-field query, "a,b;c,d;".
std::string Rows(SqliteDb* db, const std::string& sql, int columns) {
  auto st = db->Prepare(sql);
  if (!st.ok()) return "bad query: " + sql;
  std::string out;
  while ((*st)->Step()) {
    for (int c = 0; c < columns; ++c) out += (*st)->Text(c) + (c + 1 < columns ? "," : ";");
  }
  (*st)->Reset();
  return out;
}

TEST(SchemaTest, VersionFourKeepsGroupsLinksAndEdgesAndOlderBuildsRefuseIt) {
  TempDb db;
  {
    auto raw = SqliteDb::Open(db.path(), true);
    ASSERT_TRUE(raw.ok());
    std::vector<std::string_view> v3(SchemaMigrations().begin(), SchemaMigrations().begin() + 3);
    ASSERT_TRUE(Migrate(raw->get(), v3).ok());
    // Document 1 replaced document 2's text: claim 3 (of the old version) is linked to no deal.
    ASSERT_TRUE((*raw)
                    ->Exec("INSERT INTO sources VALUES(1, 'a.txt', 'a');"
                           "INSERT INTO documents VALUES(1, 'h1', 1, 2, 1, 'a', 'A', '', 'Wire', '2025-02-01', 0),"
                           "(2, 'h0', 1, 1, 0, 'a', 'A', '', 'Wire', '2025-01-01', 0);"
                           "INSERT INTO texts VALUES(1, 'new text'), (2, 'old text');"
                           "INSERT INTO claims VALUES(1, 1, 0, 'investment||m|o', 'investment', 'none', 'M', 'O', "
                           "1e9, NULL, 'USD', 'exact', 0, 'completed', '', 0, 5, 'M invests', 1),"
                           "(2, 1, 1, 'partnership||m|x', 'partnership', 'none', 'M', 'X', NULL, NULL, NULL, NULL, 0, "
                           "'announced', 'Reuters', 6, 9, 'M and X', 2),"
                           "(3, 2, 0, 'investment||m|o', 'investment', 'none', 'M', 'O', 2e9, NULL, 'USD', 'exact', 0, "
                           "'talks', '', 0, 5, 'M talks', NULL);"
                           "INSERT INTO deals VALUES(1, 'u1', 'investment||m|o', 'investment', 'none', 'completed', 1e9, "
                           "1e9, 'USD', 0, 0, '2025-02-01', '2025-02-01', 1, 'M', 'O'),"
                           "(2, 'u2', 'partnership||m|x', 'partnership', 'none', 'announced', NULL, NULL, '', 0, 0, "
                           "'2025-02-01', '2025-02-01', 1, 'M', 'X');"
                           "INSERT INTO deal_edges VALUES(5, 7, 0, 'USD', 1, 1e9, 1e9), (4, 7, 0, 'USD', 1, 1e9, 1e9);")
                    .ok());
  }
  {
    auto ledger = Ledger::Open(db.path());
    ASSERT_TRUE(ledger.ok()) << ledger.status().ToString();
    auto claims = (*ledger)->ClaimsOf("u1");
    ASSERT_TRUE(claims.ok());
    ASSERT_EQ(claims->size(), 1u);
    EXPECT_EQ((*claims)[0].deal.evidence.text, "M invests");
  }
  auto raw = SqliteDb::Open(db.path(), false);
  ASSERT_TRUE(raw.ok());
  SqliteDb* d = raw->get();
  EXPECT_EQ(*d->QueryInt("PRAGMA user_version"), 4);
  EXPECT_EQ(Rows(d, "SELECT c.id, g.key, c.status, c.evidence_text FROM claims c JOIN groups g ON g.id = c.group_id "
                    "ORDER BY c.id", 4),
            "1,investment||m|o,completed,M invests;2,partnership||m|x,announced,M and X;"
            "3,investment||m|o,talks,M talks;");
  EXPECT_EQ(Rows(d, "SELECT deal_id, claim_id FROM deal_claims", 2), "1,1;2,2;");
  EXPECT_EQ(Rows(d, "SELECT d.id, d.uid, g.key, d.claims FROM deals d JOIN groups g ON g.id = d.group_id", 4),
            "1,u1,investment||m|o,1;2,u2,partnership||m|x,1;");
  EXPECT_EQ(Rows(d, "SELECT deal_id, from_org, to_org, currency FROM deal_edges", 4), "1,4,7,USD;1,5,7,USD;");
  EXPECT_EQ(*d->QueryInt("SELECT count(*) FROM pragma_table_info('claims') WHERE name IN ('group_key', 'deal_id')"), 0);
  EXPECT_EQ(*d->QueryInt("SELECT count(*) FROM sqlite_master WHERE name IN ('claims_group', 'deals_group', "
                         "'deals_last', 'deals_first', 'deals_amount', 'deal_edges_pair')"),
            6);
  EXPECT_EQ(*d->QueryInt("SELECT count(*) FROM sqlite_master WHERE name IN ('claims_deal', 'deal_edges_deal')"), 0);
  // A build that knows only versions 0..3 refuses the file.
  std::vector<std::string_view> v3(SchemaMigrations().begin(), SchemaMigrations().begin() + 3);
  EXPECT_EQ(Migrate(d, v3).code(), ErrorCode::kVersionMismatch);
}

TEST(SchemaTest, TheShippedSchemaMatchesTheVersion) {
  EXPECT_EQ(SchemaMigrations().size(), static_cast<size_t>(Ledger::kSchemaVersion));
}

}  // namespace
}  // namespace dealgraph
