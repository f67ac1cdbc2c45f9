// The SQLite Store, writes kept for a batch: the parties, edges and claim
// links of new merged deals, and the per-organization, pair and flow sums,
// written many rows per statement (MultiRowInsert) before a commit.
#include <algorithm>
#include <string>
#include <type_traits>
#include <vector>

#include "ledger/multi_row_insert.h"
#include "ledger/sqlite_rows.h"
#include "ledger/sqlite_store.h"

namespace dealgraph {

Status SqliteStore::WriteDealRows() {
  static const MultiRowInsert kParties(
      "INSERT OR IGNORE INTO deal_parties(org_id, deal_id, side, type, status, currency, amount_min, amount_max, "
      "first_date, last_date) VALUES",
      10, "");
  static const MultiRowInsert kEdges(
      "INSERT INTO deal_edges(from_org, to_org, talks, currency, deal_id, amount_min, amount_max) VALUES", 7, "");
  static const MultiRowInsert kLinks("INSERT INTO deal_claims(deal_id, claim_id) VALUES", 2, "");
  Status s = kParties.Write(db_.get(), party_rows_.size(), [&](Stmt* st, int p, size_t i) {
    const PartyRow& r = party_rows_[i];
    st->Bind(p, r.org).Bind(p + 1, r.deal).Bind(p + 2, r.side).BindRef(p + 3, ToString(r.type));
    st->BindRef(p + 4, ToString(r.status)).BindRef(p + 5, r.currency).Bind(p + 6, r.lo).Bind(p + 7, r.hi);
    st->BindRef(p + 8, r.first_date).BindRef(p + 9, r.last_date);
  });
  if (s.ok()) {
    s = kEdges.Write(db_.get(), edge_rows_.size(), [&](Stmt* st, int p, size_t i) {
      const EdgeRow& r = edge_rows_[i];
      st->Bind(p, r.from).Bind(p + 1, r.to).Bind(p + 2, r.talks ? 1 : 0).BindRef(p + 3, r.currency);
      st->Bind(p + 4, r.deal).Bind(p + 5, r.lo).Bind(p + 6, r.hi);
    });
  }
  if (s.ok()) {
    s = kLinks.Write(db_.get(), link_rows_.size(), [&](Stmt* st, int p, size_t i) {
      st->Bind(p, link_rows_[i].first).Bind(p + 1, link_rows_[i].second);
    });
  }
  ClearDealRows();
  return s;
}

void SqliteStore::ClearDealRows() {
  waiting_groups_.clear();
  party_rows_.clear();
  edge_rows_.clear();
  link_rows_.clear();
}

// Adds `sign` times one deal's parties to the pending per-organization sums.
Status SqliteStore::AddOrgStats(const std::vector<Party>& parties, int sign) {
  std::vector<int64_t> orgs;
  for (const Party& p : parties) {
    auto& d = sum_delta_[{p.org, p.side, std::string(ToString(p.type)), std::string(ToString(p.status)), p.currency}];
    d[0] += sign;
    d[1] += sign * Whole(p.lo);
    d[2] += sign * Whole(p.hi);
    if (std::find(orgs.begin(), orgs.end(), p.org) == orgs.end()) orgs.push_back(p.org);
  }
  const DealType type = parties.empty() ? DealType::kInvestment : parties[0].type;
  for (int64_t a : orgs) {
    count_delta_[a] += sign;
    for (int64_t b : orgs) {
      if (a == b) continue;
      auto& d = pair_delta_[{a, b}];
      d[0] += sign;
      d[1 + static_cast<int>(type)] += sign;
    }
  }
  return Status();
}

// Adds `sign` times one deal's amounts to the pending flow of a pair and currency.
Status SqliteStore::AddFlow(int64_t from, int64_t to, const std::string& currency, bool talks, int sign,
                            const std::optional<double>& lo, const std::optional<double>& hi) {
  auto& d = flow_delta_[{from, to, currency}];
  const int base = talks ? 3 : 0;
  d[base] += sign;
  d[base + 1] += sign * Whole(lo);
  d[base + 2] += sign * Whole(hi);
  return Status();
}

Status SqliteStore::ApplySums() {
  // Each row once per transaction, many rows per statement; then the rows
  // left with no deal go.
  static const MultiRowInsert kSums(
      "INSERT INTO org_sums(org_id, side, type, status, currency, deals, amount_min, amount_max) VALUES", 8,
      " ON CONFLICT(org_id, side, type, status, currency) DO UPDATE SET deals = deals + excluded.deals, "
      "amount_min = amount_min + excluded.amount_min, amount_max = amount_max + excluded.amount_max");
  static const MultiRowInsert kPairs(
      "INSERT INTO org_pairs(org_id, other_id, deals, investments, acquisitions, purchases, partnerships) VALUES", 7,
      " ON CONFLICT(org_id, other_id) DO UPDATE SET deals = deals + excluded.deals, investments = investments + "
      "excluded.investments, acquisitions = acquisitions + excluded.acquisitions, purchases = purchases + "
      "excluded.purchases, partnerships = partnerships + excluded.partnerships");
  static const MultiRowInsert kFlows(
      "INSERT INTO flows(from_org, to_org, currency, deals, amount_min, amount_max, talks_deals, talks_amount_min, "
      "talks_amount_max) VALUES",
      9,
      " ON CONFLICT(from_org, to_org, currency) DO UPDATE SET deals = deals + excluded.deals, "
      "amount_min = amount_min + excluded.amount_min, amount_max = amount_max + excluded.amount_max, "
      "talks_deals = talks_deals + excluded.talks_deals, "
      "talks_amount_min = talks_amount_min + excluded.talks_amount_min, "
      "talks_amount_max = talks_amount_max + excluded.talks_amount_max");
  // The entries of a map of deltas that change something.
  auto changed = [](const auto& deltas) {
    std::vector<const typename std::decay_t<decltype(deltas)>::value_type*> out;
    out.reserve(deltas.size());
    for (const auto& e : deltas) {
      if (std::any_of(e.second.begin(), e.second.end(), [](int64_t x) { return x != 0; })) out.push_back(&e);
    }
    return out;
  };
  const auto sums = changed(sum_delta_);
  Status s = kSums.Write(db_.get(), sums.size(), [&](Stmt* st, int p, size_t i) {
    const auto& [org, side, type, status, currency] = sums[i]->first;
    const auto& d = sums[i]->second;
    st->Bind(p, org).Bind(p + 1, side).BindRef(p + 2, type).BindRef(p + 3, status).BindRef(p + 4, currency);
    st->Bind(p + 5, d[0]).Bind(p + 6, d[1]).Bind(p + 7, d[2]);
  });
  if (!s.ok()) return s;
  const auto pairs = changed(pair_delta_);
  s = kPairs.Write(db_.get(), pairs.size(), [&](Stmt* st, int p, size_t i) {
    st->Bind(p, pairs[i]->first.first).Bind(p + 1, pairs[i]->first.second);
    for (int c = 0; c < 5; ++c) st->Bind(p + 2 + c, pairs[i]->second[c]);
  });
  if (!s.ok()) return s;
  const auto flows = changed(flow_delta_);
  s = kFlows.Write(db_.get(), flows.size(), [&](Stmt* st, int p, size_t i) {
    const auto& [from, to, currency] = flows[i]->first;
    st->Bind(p, from).Bind(p + 1, to).BindRef(p + 2, currency);
    for (int c = 0; c < 6; ++c) st->Bind(p + 3 + c, flows[i]->second[c]);
  });
  if (!s.ok()) return s;
  auto drop_sum = db_->Prepare(
      "DELETE FROM org_sums WHERE org_id = ? AND side = ? AND type = ? AND status = ? AND currency = ? AND "
      "deals = 0");
  auto count = db_->Prepare("UPDATE organizations SET deals = deals + ? WHERE id = ?");
  auto drop_pair = db_->Prepare("DELETE FROM org_pairs WHERE org_id = ? AND other_id = ? AND deals = 0");
  auto drop_flow = db_->Prepare(
      "DELETE FROM flows WHERE from_org = ? AND to_org = ? AND currency = ? AND deals = 0 AND talks_deals = 0");
  for (auto* st : {&drop_sum, &count, &drop_pair, &drop_flow}) {
    if (!st->ok()) return st->status();
  }
  for (const auto* e : sums) {
    if (e->second[0] >= 0) continue;
    const auto& [org, side, type, status, currency] = e->first;
    Stmt* x = *drop_sum;
    x->Bind(1, org).Bind(2, side).BindRef(3, type).BindRef(4, status).BindRef(5, currency);
    if (Status err = x->Run(); !err.ok()) return err;
  }
  for (const auto& [org, n] : count_delta_) {
    if (n == 0) continue;
    if (Status err = (*count)->Bind(1, n).Bind(2, org).Run(); !err.ok()) return err;
  }
  for (const auto* e : pairs) {
    if (e->second[0] >= 0) continue;
    if (Status err = (*drop_pair)->Bind(1, e->first.first).Bind(2, e->first.second).Run(); !err.ok()) return err;
  }
  for (const auto* e : flows) {
    if (e->second[0] >= 0 && e->second[3] >= 0) continue;
    const auto& [from, to, currency] = e->first;
    if (Status err = (*drop_flow)->Bind(1, from).Bind(2, to).BindRef(3, currency).Run(); !err.ok()) return err;
  }
  ClearSums();
  return Status();
}

void SqliteStore::ClearSums() {
  sum_delta_.clear();
  count_delta_.clear();
  pair_delta_.clear();
  flow_delta_.clear();
}

}  // namespace dealgraph
