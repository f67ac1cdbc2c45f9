// Tests of the merge rules, and of the ledger's incremental merging against a
// slow, obviously correct reference reconciler on random claims.
#include "ledger/merge.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <map>
#include <random>
#include <set>

#include "dealgraph/ledger.h"
#include "ledger/ledger_test_util.h"

namespace dealgraph {
namespace {

MergeClaim C(std::string uid, std::string date, DealStatus status, std::optional<double> amount = std::nullopt) {
  MergeClaim c;
  c.uid = std::move(uid);
  c.date = std::move(date);
  c.status = status;
  c.low = amount;
  c.high = amount;
  if (amount) c.currency = "USD";
  return c;
}

std::vector<std::vector<std::string>> Clusters(std::vector<MergeClaim> claims) {
  SortByReport(&claims);
  std::vector<std::vector<std::string>> out;
  for (const auto& cluster : ClusterClaims(claims)) {
    out.emplace_back();
    for (size_t i : cluster) out.back().push_back(claims[i].uid);
  }
  return out;
}

using Groups = std::vector<std::vector<std::string>>;

TEST(MergeTest, DaysAndGroupKeys) {
  EXPECT_EQ(DayNumber("1970-01-01"), 0);
  EXPECT_EQ(DayNumber("2000-03-01"), 11017);
  EXPECT_EQ(DayNumber("2025-10"), (DayNumber("2025-10-01")));
  EXPECT_EQ(DayNumber("2025-10-28T12:00:00Z"), (DayNumber("2025-10-28")));
  EXPECT_FALSE(DayNumber(""));
  EXPECT_FALSE(DayNumber("yesterday"));
  GroupParties g = NormalizeGroup(DealType::kPartnership, Asset::kCloud, {"zeta", "alpha", "zeta"}, {"beta"});
  EXPECT_EQ(g.asset, Asset::kNone);
  EXPECT_EQ(g.from, (std::vector<std::string>{"alpha", "zeta"}));
  GroupParties swapped = NormalizeGroup(DealType::kPartnership, Asset::kNone, {"beta"}, {"alpha", "zeta"});
  EXPECT_EQ(GroupKey(g), GroupKey(swapped));
  GroupParties parsed;
  ASSERT_TRUE(ParseGroupKey(GroupKey(g), &parsed));
  EXPECT_EQ(parsed.from, g.from);
  EXPECT_EQ(parsed.to, g.to);
  GroupParties empty = NormalizeGroup(DealType::kPurchase, Asset::kNone, {"x"}, {});
  EXPECT_EQ(empty.asset, Asset::kOther);
  ASSERT_TRUE(ParseGroupKey(GroupKey(empty), &parsed));
  EXPECT_TRUE(parsed.to.empty());
}

TEST(MergeTest, ProgressionOverTimeIsOneDeal) {
  EXPECT_EQ(Clusters({C("c", "2025-06-01", DealStatus::kCompleted, 4e9), C("a", "2025-01-01", DealStatus::kTalks),
                      C("b", "2025-03-01", DealStatus::kAnnounced, 4.5e9)}),
            (Groups{{"a", "b", "c"}}));
}

TEST(MergeTest, FarApartInTimeIsTwoDeals) {
  EXPECT_EQ(Clusters({C("a", "2019-07-01", DealStatus::kCompleted, 1e9),
                      C("b", "2023-01-01", DealStatus::kCompleted, 1e9)}),
            (Groups{{"a"}, {"b"}}));
}

TEST(MergeTest, DisagreeingAmountsCloseInTimeStayTogether) {
  EXPECT_EQ(Clusters({C("a", "2025-01-01", DealStatus::kAnnounced, 1e10),
                      C("b", "2025-01-20", DealStatus::kAnnounced, 5e10)}),
            (Groups{{"a", "b"}}));
}

TEST(MergeTest, ALaterExpansionIsANewDeal) {
  EXPECT_EQ(Clusters({C("a", "2025-01-01", DealStatus::kAnnounced, 1e10),
                      C("b", "2025-08-01", DealStatus::kAnnounced, 3e10),
                      C("c", "2025-08-05", DealStatus::kTalks)}),
            (Groups{{"a"}, {"b", "c"}}));  // the amount-less report joins the latest deal
}

TEST(MergeTest, TalksAfterACompletedDealStartANewOne) {
  EXPECT_EQ(Clusters({C("a", "2024-01-01", DealStatus::kCompleted), C("b", "2024-09-01", DealStatus::kTalks)}),
            (Groups{{"a"}, {"b"}}));
  EXPECT_EQ(Clusters({C("a", "2024-01-01", DealStatus::kCompleted), C("b", "2024-01-10", DealStatus::kTalks)}),
            (Groups{{"a", "b"}}));
}

TEST(MergeTest, SummaryKeepsHistoryAndConflicts) {
  std::vector<MergeClaim> claims = {C("a", "2025-01-01", DealStatus::kTalks, 1e10),
                                    C("b", "2025-02-01", DealStatus::kAnnounced, 1.2e10),
                                    C("c", "2025-02-10", DealStatus::kTalks, 3e10)};
  std::vector<const MergeClaim*> members;
  for (const auto& c : claims) members.push_back(&c);
  MergedDeal d = SummarizeCluster("k", members);
  EXPECT_EQ(d.status, DealStatus::kAnnounced);  // a later "talks" does not undo an agreement
  EXPECT_EQ(d.amount_min, 1e10);
  EXPECT_EQ(d.amount_max, 3e10);
  EXPECT_TRUE(d.amount_conflict);
  EXPECT_FALSE(d.status_conflict);
  EXPECT_EQ(d.first_reported, "2025-01-01");
  EXPECT_EQ(d.last_reported, "2025-02-10");
  EXPECT_EQ(d.claims, 3);
  EXPECT_EQ(d.id.size(), 16u);

  std::vector<MergeClaim> revived = {C("a", "2025-01-01", DealStatus::kAnnounced),
                                     C("b", "2025-02-01", DealStatus::kCancelled),
                                     C("c", "2025-03-01", DealStatus::kAnnounced)};
  members.clear();
  for (const auto& c : revived) members.push_back(&c);
  d = SummarizeCluster("k", members);
  EXPECT_EQ(d.status, DealStatus::kAnnounced);
  EXPECT_TRUE(d.status_conflict);
  members.pop_back();
  EXPECT_EQ(SummarizeCluster("k", members).status, DealStatus::kCancelled);
}

// ---------------------------------------------------------------------------
// The reference reconciler: every claim against every deal built so far, with
// its own date arithmetic and no grouping, indexes or incremental state.

struct RefClaim {
  std::string doc;
  int ordinal = 0;
  std::string uid;  // for ordering: hash order is not known here, so the ledger's uid is passed in
  DealType type;
  Asset asset;
  std::set<std::string> from, to;
  std::string date;
  DealStatus status;
  std::optional<double> amount;
};

std::optional<long> RefDay(const std::string& date) {
  if (date.size() < 10) return std::nullopt;
  std::chrono::year_month_day ymd{std::chrono::year(std::stoi(date.substr(0, 4))),
                                  std::chrono::month(static_cast<unsigned>(std::stoi(date.substr(5, 2)))),
                                  std::chrono::day(static_cast<unsigned>(std::stoi(date.substr(8, 2))))};
  return std::chrono::sys_days(ymd).time_since_epoch().count();
}

bool SameParties(const RefClaim& a, const RefClaim& b) {
  if (a.type != b.type || a.asset != b.asset) return false;
  if (a.from == b.from && a.to == b.to) return true;
  return a.type == DealType::kPartnership && a.from == b.to && a.to == b.from;
}

std::vector<std::vector<const RefClaim*>> ReferenceReconcile(std::vector<RefClaim> claims,
                                                            std::vector<RefClaim>* storage) {
  *storage = std::move(claims);
  std::vector<const RefClaim*> order;
  for (const RefClaim& c : *storage) order.push_back(&c);
  std::sort(order.begin(), order.end(), [](const RefClaim* a, const RefClaim* b) {
    auto da = RefDay(a->date), db = RefDay(b->date);
    if (da.has_value() != db.has_value()) return !da.has_value();
    if (da != db) return *da < *db;
    if (a->amount.has_value() != b->amount.has_value()) return a->amount.has_value();
    return a->uid < b->uid;
  });
  std::vector<std::vector<const RefClaim*>> deals;
  for (const RefClaim* c : order) {
    int best = -1;
    std::optional<long> best_last;
    bool best_priced = false;
    for (size_t k = 0; k < deals.size(); ++k) {
      const auto& deal = deals[k];
      if (!SameParties(*deal[0], *c)) continue;
      bool same_doc = false;
      for (const RefClaim* m : deal) same_doc = same_doc || m->doc == c->doc;
      if (same_doc) continue;
      std::optional<long> last;
      std::optional<double> lo, hi;
      bool completed = false;
      for (const RefClaim* m : deal) {
        if (RefDay(m->date)) last = RefDay(m->date);
        if (m->amount) {
          lo = lo ? std::min(*lo, *m->amount) : *m->amount;
          hi = hi ? std::max(*hi, *m->amount) : *m->amount;
        }
        completed = completed || m->status == DealStatus::kCompleted;
      }
      bool both_dated = last && RefDay(c->date);
      long gap = both_dated ? *RefDay(c->date) - *last : 0;
      if (gap > 548) continue;
      bool amounts_agree = !c->amount || !lo || (*c->amount * 1.5 >= *lo && *c->amount <= *hi * 1.5);
      if (!amounts_agree && !(both_dated && gap <= 90)) continue;
      bool talks = c->status == DealStatus::kTalks || c->status == DealStatus::kPlanned;
      if (completed && talks && gap > 90) continue;
      bool priced = c->amount && lo && amounts_agree;
      if (best < 0 || (priced && !best_priced) || (priced == best_priced && last > best_last)) {
        best = static_cast<int>(k);
        best_last = last;
        best_priced = priced;
      }
    }
    if (best < 0) {
      deals.push_back({c});
    } else {
      deals[best].push_back(c);
    }
  }
  return deals;
}

// Names, and the root key each one must roll up to.
const std::map<std::string, std::string> kNames = {
    {"Amazon", "amazon"},    {"amazon inc", "amazon"},   {"AWS", "amazon"},       {"Microsoft", "microsoft"},
    {"Azure", "microsoft"},  {"OpenAI", "openai"},       {"Oracle Corp", "oracle"}, {"NVIDIA", "nvidia"},
    {"Nvidia", "nvidia"},    {"Anthropic", "anthropic"},
};

TEST(ReferenceReconcilerTest, LedgerMatchesTheReferenceOnRandomClaims) {
  std::vector<std::string> names;
  for (const auto& [n, root] : kNames) names.push_back(n);
  const std::optional<double> amounts[] = {std::nullopt, 1e9, 1.2e9, 2e9, 5e9, 1e10};
  int merged = 0, split = 0;  // deals of several claims; groups of several deals
  for (int seed = 1; seed <= 40; ++seed) {
    std::mt19937 rng(seed);
    auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); };
    // An add sequence: (document, claims); later texts of a source replace earlier ones.
    struct Add {
      Document doc;
      std::vector<Deal> claims;
    };
    std::vector<Add> adds;
    int sources = 10 + pick(20);
    for (int i = 0; i < sources * 13 / 10; ++i) {
      int source = i < sources ? i : pick(sources);
      std::string date;
      if (pick(8)) {
        char buf[16];
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", 2022 + pick(4), 1 + pick(12), 1 + pick(28));
        date = buf;
      }
      Document doc = testing::MakeDoc("s" + std::to_string(source), date,
                                      "seed " + std::to_string(seed) + " add " + std::to_string(i));
      std::vector<Deal> claims;
      for (int k = pick(4); k > 0; --k) {
        DealType t = static_cast<DealType>(pick(3) == 0 ? pick(4) : 0);
        std::vector<std::string> from = {names[pick(5)]}, to = {names[5 + pick(5)]};
        if (pick(2)) std::swap(from, to);
        if (pick(6) == 0) from.push_back(names[pick(static_cast<int>(names.size()))]);
        Asset a = t == DealType::kPurchase ? static_cast<Asset>(1 + pick(2)) : Asset::kNone;
        claims.push_back(testing::MakeDeal(t, from, to, amounts[pick(6)], static_cast<DealStatus>(pick(5)), a));
      }
      adds.push_back({doc, claims});
    }

    // The ledger, fed in small random batches.
    LedgerOptions options;
    options.batch_documents = 1 + pick(7);
    auto ledger = Ledger::Open(":memory:", options);
    ASSERT_TRUE(ledger.ok());
    std::map<std::string, const Add*> current;
    for (const Add& a : adds) {
      ASSERT_TRUE((*ledger)->Add(a.doc, a.claims).ok());
      current[a.doc.id] = &a;
    }
    ASSERT_TRUE((*ledger)->Flush().ok());

    // The reference sees only the last text of each source.
    std::vector<RefClaim> ref;
    for (const auto& [id, a] : current) {
      for (size_t k = 0; k < a->claims.size(); ++k) {
        const Deal& d = a->claims[k];
        RefClaim r;
        r.doc = id;
        r.ordinal = static_cast<int>(k);
        r.uid = a->doc.text;  // replaced by the stored hash below
        r.type = d.type;
        r.asset = d.asset;
        for (const auto& n : d.from) r.from.insert(kNames.at(n));
        for (const auto& n : d.to) r.to.insert(kNames.at(n));
        r.date = a->doc.published;
        r.status = d.status;
        if (d.amount) r.amount = d.amount->value;
        ref.push_back(std::move(r));
      }
    }
    // Ties within a day are ordered by the claim uid (document hash); read it back.
    std::map<std::string, std::string> hash_of;
    ASSERT_TRUE((*ledger)
                    ->ForEachDeal([&](const MergedDeal&, const std::vector<Claim>& claims) {
                      for (const Claim& c : claims) hash_of[c.doc] = c.document_hash;
                      return Status();
                    })
                    .ok());
    for (RefClaim& r : ref) r.uid = hash_of[r.doc] + ":" + std::to_string(r.ordinal);

    std::vector<RefClaim> storage;
    std::set<std::vector<std::string>> expected;
    std::map<std::vector<std::string>, DealStatus> expected_status;
    std::map<std::string, int> per_group;
    for (const auto& deal : ReferenceReconcile(ref, &storage)) {
      std::string group = std::string(ToString(deal[0]->type)) + std::string(ToString(deal[0]->asset));
      for (const auto& f : deal[0]->from) group += "," + f;
      group += ">";
      for (const auto& t : deal[0]->to) group += "," + t;
      if (++per_group[group] == 2) ++split;
      if (deal.size() > 1) ++merged;
      std::vector<std::string> ids;
      for (const RefClaim* c : deal) ids.push_back(c->doc + "#" + std::to_string(c->ordinal));
      std::sort(ids.begin(), ids.end());
      expected.insert(ids);
    }
    std::set<std::vector<std::string>> got;
    ASSERT_TRUE((*ledger)
                    ->ForEachDeal([&](const MergedDeal& d, const std::vector<Claim>& claims) {
                      std::vector<std::string> ids;
                      for (const Claim& c : claims) {
                        EXPECT_TRUE(c.current);
                        ids.push_back(c.doc + "#" + std::to_string(c.ordinal));
                      }
                      std::sort(ids.begin(), ids.end());
                      got.insert(ids);
                      EXPECT_EQ(d.claims, static_cast<int>(claims.size()));
                      return Status();
                    })
                    .ok());
    EXPECT_EQ(got, expected) << "seed " << seed;

    auto edges_text = [&] {
      std::string out;
      auto edges = (*ledger)->MoneyEdges();
      for (const MoneyEdge& e : *edges) {
        out += e.from + ">" + e.to + " " + e.currency + " " + std::to_string(e.deals) + " " +
               std::to_string(e.amount_min) + " " + std::to_string(e.talks_deals) + " " +
               std::to_string(e.talks_amount_max) + "\n";
      }
      return out;
    };
    auto incremental_check = (*ledger)->Check();
    ASSERT_TRUE(incremental_check.ok());
    EXPECT_TRUE(incremental_check->ok()) << "seed " << seed << ": "
                                         << (incremental_check->problems.empty() ? incremental_check->integrity
                                                                                 : incremental_check->problems[0]);
    std::string incremental = testing::Dump(**ledger);
    std::string incremental_edges = edges_text();
    ASSERT_TRUE((*ledger)->Reconcile().ok());
    EXPECT_EQ(testing::Dump(**ledger), incremental) << "seed " << seed;
    EXPECT_EQ(edges_text(), incremental_edges) << "seed " << seed;
    auto check = (*ledger)->Check();
    ASSERT_TRUE(check.ok());
    EXPECT_TRUE(check->ok()) << "seed " << seed << ": "
                             << (check->problems.empty() ? check->integrity : check->problems[0]);
  }
  EXPECT_GT(merged, 40);  // the random claims do exercise merging and splitting
  EXPECT_GT(split, 20);
  std::printf("reference reconciler: %d merged deals, %d split groups\n", merged, split);
}

}  // namespace
}  // namespace dealgraph
