// The SQLite Store, reads: listings, one deal and its claims, organizations,
// flows, the edge stream for cycles, exports, and db check.
#include <sqlite3.h>

#include <algorithm>

#include "ledger/sqlite_rows.h"
#include "ledger/sqlite_store.h"

namespace dealgraph {

Result<LedgerCheck> SqliteStore::Check(bool full) {
  LedgerCheck c;
  auto v = db_->QueryInt("PRAGMA user_version");
  if (!v.ok()) return v.status();
  c.schema_version = static_cast<int>(*v);
  if (full) {
    auto st = db_->Prepare("PRAGMA integrity_check");
    if (!st.ok()) return st.status();
    Stmt* s = *st;
    std::vector<std::string> lines;
    while (s->Step()) lines.push_back(s->Text(0));
    Status err = s->status();
    s->Reset();
    if (!err.ok()) return err;
    c.integrity.clear();
    for (size_t i = 0; i < lines.size() && i < 10; ++i) c.integrity += (i ? "; " : "") + lines[i];
  }
  struct Count {
    const char* sql;
    int64_t* out;
  } counts[] = {
      {"SELECT count(*) FROM documents", &c.documents},
      {"SELECT count(*) FROM documents WHERE current = 1", &c.current_documents},
      {"SELECT count(*) FROM claims", &c.claims},
      {"SELECT count(*) FROM deals", &c.deals},
      {"SELECT count(*) FROM organizations", &c.organizations},
  };
  for (const Count& k : counts) {
    auto n = db_->QueryInt(k.sql);
    if (!n.ok()) return n.status();
    *k.out = *n;
  }
  if (!full) return c;
  struct Invariant {
    const char* sql;
    const char* problem;
  } invariants[] = {
      {"SELECT count(*) FROM claims c JOIN documents d ON d.id = c.document_id WHERE d.current = 1 AND "
       "c.id NOT IN (SELECT claim_id FROM deal_claims)",
       "current claims not linked to a merged deal"},
      {"SELECT count(*) FROM claims c JOIN documents d ON d.id = c.document_id WHERE d.current = 0 AND "
       "c.id IN (SELECT claim_id FROM deal_claims)",
       "claims of replaced versions still linked to a merged deal"},
      {"SELECT count(*) FROM (SELECT claim_id FROM deal_claims GROUP BY claim_id HAVING count(*) > 1)",
       "claims linked to more than one merged deal"},
      {"SELECT count(*) FROM deal_claims l WHERE NOT EXISTS (SELECT 1 FROM deals d WHERE d.id = l.deal_id) OR "
       "NOT EXISTS (SELECT 1 FROM claims c WHERE c.id = l.claim_id)",
       "claims linked to a missing merged deal, or missing claims linked"},
      {"SELECT count(*) FROM deals d WHERE d.claims <> (SELECT count(*) FROM deal_claims l WHERE l.deal_id = d.id)",
       "merged deals whose claim count is wrong"},
      {"SELECT count(*) FROM claims c WHERE NOT EXISTS (SELECT 1 FROM groups g WHERE g.id = c.group_id)",
       "claims of a missing group"},
      {"SELECT count(*) FROM deal_claims l JOIN claims c ON c.id = l.claim_id JOIN deals d ON d.id = l.deal_id "
       "WHERE d.group_id <> c.group_id",
       "claims linked to a merged deal of another group"},
      {"SELECT count(*) FROM claims c WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = c.document_id)",
       "claims of a missing document"},
      {"SELECT (SELECT count(*) FROM documents) - (SELECT count(*) FROM texts t JOIN documents d ON d.id = "
       "t.document_id)",
       "documents without their text"},
      {"SELECT count(*) FROM (SELECT source_id FROM documents WHERE current = 1 GROUP BY source_id "
       "HAVING count(*) > 1)",
       "sources with more than one current version"},
      {"SELECT count(*) FROM (SELECT * FROM (SELECT from_org, to_org, currency, total(talks = 0), "
       "total(CASE WHEN talks = 0 THEN round(coalesce(amount_min, 0)) END), "
       "total(CASE WHEN talks = 0 THEN round(coalesce(amount_max, 0)) END), total(talks), "
       "total(CASE WHEN talks THEN round(coalesce(amount_min, 0)) END), "
       "total(CASE WHEN talks THEN round(coalesce(amount_max, 0)) END) FROM deal_edges GROUP BY 1, 2, 3) "
       "EXCEPT SELECT from_org, to_org, currency, deals, amount_min, amount_max, talks_deals, talks_amount_min, "
       "talks_amount_max FROM flows UNION ALL SELECT * FROM (SELECT from_org, to_org, currency, deals, "
       "amount_min, amount_max, talks_deals, talks_amount_min, talks_amount_max FROM flows EXCEPT SELECT "
       "from_org, to_org, currency, total(talks = 0), total(CASE WHEN talks = 0 THEN round(coalesce(amount_min, "
       "0)) END), total(CASE WHEN talks = 0 THEN round(coalesce(amount_max, 0)) END), total(talks), total(CASE "
       "WHEN talks THEN round(coalesce(amount_min, 0)) END), total(CASE WHEN talks THEN round(coalesce("
       "amount_max, 0)) END) FROM deal_edges GROUP BY 1, 2, 3))",
       "flow sums that differ from their deals"},
      {"SELECT count(*) FROM (SELECT * FROM (SELECT org_id, side, type, status, currency, count(*), total(ro"
       "und(coalesce(amount_min, 0))), total(round(coalesce(amount_max, 0))) FROM deal_parties GROUP BY 1, 2"
       ", 3, 4, 5 EXCEPT SELECT org_id, side, type, status, currency, deals, amount_min, amount_max FROM org"
       "_sums) UNION ALL SELECT * FROM (SELECT org_id, side, type, status, currency, deals, amount_min, amou"
       "nt_max FROM org_sums EXCEPT SELECT org_id, side, type, status, currency, count(*), total(round(coale"
       "sce(amount_min, 0))), total(round(coalesce(amount_max, 0))) FROM deal_parties GROUP BY 1, 2, 3, 4, 5"
       "))",
       "organization sums that differ from their deals"},
      {"SELECT count(*) FROM (SELECT * FROM (SELECT p.org_id, q.org_id, count(DISTINCT p.deal_id), count(DIS"
       "TINCT CASE WHEN p.type = 'investment' THEN p.deal_id END), count(DISTINCT CASE WHEN p.type = 'acquis"
       "ition' THEN p.deal_id END), count(DISTINCT CASE WHEN p.type = 'purchase' THEN p.deal_id END), count("
       "DISTINCT CASE WHEN p.type = 'partnership' THEN p.deal_id END) FROM deal_parties p JOIN deal_parties "
       "q ON q.deal_id = p.deal_id AND q.org_id <> p.org_id GROUP BY 1, 2 EXCEPT SELECT org_id, other_id, de"
       "als, investments, acquisitions, purchases, partnerships FROM org_pairs) UNION ALL SELECT * FROM (SEL"
       "ECT org_id, other_id, deals, investments, acquisitions, purchases, partnerships FROM org_pairs EXCEP"
       "T SELECT p.org_id, q.org_id, count(DISTINCT p.deal_id), count(DISTINCT CASE WHEN p.type = 'investmen"
       "t' THEN p.deal_id END), count(DISTINCT CASE WHEN p.type = 'acquisition' THEN p.deal_id END), count(D"
       "ISTINCT CASE WHEN p.type = 'purchase' THEN p.deal_id END), count(DISTINCT CASE WHEN p.type = 'partne"
       "rship' THEN p.deal_id END) FROM deal_parties p JOIN deal_parties q ON q.deal_id = p.deal_id AND q.or"
       "g_id <> p.org_id GROUP BY 1, 2))",
       "counterparty counts that differ from the deals"},
      {"SELECT count(*) FROM (SELECT * FROM (SELECT id, deals FROM organizations WHERE deals > 0 EXCEPT SELE"
       "CT org_id, count(DISTINCT deal_id) FROM deal_parties GROUP BY 1) UNION ALL SELECT * FROM (SELECT org"
       "_id, count(DISTINCT deal_id) FROM deal_parties GROUP BY 1 EXCEPT SELECT id, deals FROM organizations"
       " WHERE deals > 0))",
       "organization deal counts that differ from the deals"},
      {"SELECT count(*) FROM deal_parties p WHERE NOT EXISTS (SELECT 1 FROM organizations o WHERE o.id = "
       "p.org_id) OR NOT EXISTS (SELECT 1 FROM deals d WHERE d.id = p.deal_id)",
       "deal parties pointing nowhere"},
  };
  for (const Invariant& k : invariants) {
    auto n = db_->QueryInt(k.sql);
    if (!n.ok()) return n.status();
    if (*n > 0) c.problems.push_back(std::to_string(*n) + " " + k.problem);
  }
  return c;
}

namespace {

// `column` mapped to its enum order ("investment" 0, "acquisition" 1, ...).
template <class Enum>
std::string EnumOrder(const std::string& column, int count) {
  std::string out = "CASE " + column;
  for (int i = 0; i + 1 < count; ++i) {
    out += " WHEN '" + std::string(ToString(static_cast<Enum>(i))) + "' THEN " + std::to_string(i);
  }
  return out + " ELSE " + std::to_string(count - 1) + " END";
}

// The ORDER BY of a listing. `c` prefixes the columns deal_parties copies
// (type, status, amounts, dates), `d` those only deals has (uid, names, claims).
std::string DealOrderBy(const DealFilter& f, const std::string& c, const std::string& d) {
  if (f.sort) {
    std::string key;
    switch (f.sort->key) {
      case DealSortKey::kAmount: key = c + "amount_max"; break;
      case DealSortKey::kFirstReported: key = c + "first_date"; break;
      case DealSortKey::kLastReported: key = c + "last_date"; break;
      case DealSortKey::kType: key = EnumOrder<DealType>(c + "type", 4); break;
      case DealSortKey::kStatus: key = EnumOrder<DealStatus>(c + "status", 5); break;
      case DealSortKey::kFrom: key = "replace(" + d + "from_names, char(31), ', ')"; break;
      case DealSortKey::kTo: key = "replace(" + d + "to_names, char(31), ', ')"; break;
      case DealSortKey::kClaims: key = d + "claims"; break;
    }
    return key + (f.sort->descending ? " DESC, " : ", ") + c + "last_date DESC, " + d + "uid";
  }
  switch (f.order) {
    case DealOrder::kLargest: return c + "amount_max DESC, " + d + "uid";
    case DealOrder::kOldest: return c + "first_date, " + d + "uid";
    case DealOrder::kRecent: break;
  }
  return c + "last_date DESC, " + d + "uid";
}

// The filter's conditions on the columns prefixed by `t`, " AND ..." each.
std::string DealConditions(const DealFilter& f, const std::string& t) {
  std::string sql;
  if (f.type) sql += " AND " + t + "type = :type";
  if (f.status) sql += " AND " + t + "status = :status";
  if (!f.since.empty()) sql += " AND " + t + "last_date >= :since";
  if (!f.until.empty()) sql += " AND " + t + "first_date <> '' AND " + t + "first_date < :until";
  if (f.min_amount) sql += " AND " + t + "amount_max >= :min";
  return sql;
}

// Binds what DealConditions, the organization and the page refer to.
void BindDealFilter(Stmt* s, const DealFilter& f, std::string_view org_root_key, const std::string& until) {
  auto bind = [&](const char* name, auto value) {
    int i = s->ParamIndex(name);
    if (i > 0) s->Bind(i, value);
  };
  bind(":org", org_root_key);
  if (f.type) bind(":type", ToString(*f.type));
  if (f.status) bind(":status", ToString(*f.status));
  bind(":since", std::string_view(f.since));
  bind(":until", std::string_view(until));
  if (f.min_amount) bind(":min", *f.min_amount);
  bind(":limit", static_cast<int64_t>(f.limit > 0 ? f.limit : -1));
  bind(":offset", static_cast<int64_t>(std::max(0, f.offset)));
}

// An organization's deals in deal_parties; a deal where it is on both sides
// counts once (its lowest side).
constexpr const char* kOrgParties =
    "p.org_id = (SELECT id FROM organizations WHERE key = :org) AND (p.side = 0 OR NOT EXISTS (SELECT 1 FROM "
    "deal_parties q WHERE q.org_id = p.org_id AND q.deal_id = p.deal_id AND q.side = 0))";

}  // namespace

Result<std::vector<MergedDeal>> SqliteStore::FindDeals(const DealFilter& f, std::string_view org_root_key) {
  // The filter, order and page pick ids with cheap columns only; party names
  // are then looked up for the picked deals alone. An organization's deals are
  // read from deal_parties (one index range, the deal's fields copied there).
  const bool by_org = !org_root_key.empty();
  const bool paged = f.limit > 0 || f.offset > 0;
  std::string until = f.until.empty() ? "" : f.until + "~";  // "2025-10" covers the whole month
  std::string sql;
  if (by_org) {
    // Unpaged, the order is left to the outer query; paged, ties are broken by
    // the deal's id as there, so that every page is a slice of one order.
    sql = paged ? "SELECT p.deal_id AS id FROM deal_parties p JOIN deals d ON d.id = p.deal_id WHERE "
                : "SELECT p.deal_id AS id FROM deal_parties p WHERE ";
    sql += kOrgParties + DealConditions(f, "p.");
    if (paged) sql += " ORDER BY " + DealOrderBy(f, "p.", "d.");
  } else {
    // Without statistics on values SQLite walks deals in the order asked for
    // whatever the filter: a range that matches few deals (an early --until,
    // a high --min-amount) is read through its own index instead. Worth it
    // below ~20 rows read per row returned.
    const char* index = nullptr;
    const int64_t wanted = f.limit > 0 ? int64_t{f.limit} + std::max(0, f.offset) : 0;
    const int64_t cap = wanted > 0 ? std::max<int64_t>(2000, 20 * wanted) : 100000;
    int64_t fewest = cap;
    if (!f.until.empty() && (f.sort || f.order != DealOrder::kOldest)) {
      auto n = CountUpTo("SELECT count(*) FROM (SELECT 1 FROM deals WHERE first_date <> '' AND first_date < ?1 "
                         "LIMIT ?2)",
                         until, cap);
      if (!n.ok()) return n.status();
      if (*n < fewest) {
        fewest = *n;
        index = "deals_first";
      }
    }
    if (f.min_amount && (f.sort || f.order != DealOrder::kLargest)) {
      auto n = CountUpTo("SELECT count(*) FROM (SELECT 1 FROM deals WHERE amount_max >= ?1 LIMIT ?2)",
                         *f.min_amount, cap);
      if (!n.ok()) return n.status();
      if (*n < fewest) index = "deals_amount";
    }
    sql = "SELECT d.id FROM deals d";
    if (index) {
      // Missing while a bulk load into a new ledger runs (Ledger::BeginBulkLoad).
      auto present = db_->Prepare("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = ?");
      if (!present.ok()) return present.status();
      Stmt* p = *present;
      p->Bind(1, std::string_view(index));
      const bool found = p->Step() && p->Int(0) > 0;
      Status err = p->status();
      p->Reset();
      if (!err.ok()) return err;
      if (found) sql += std::string(" INDEXED BY ") + index;
    }
    sql += " WHERE 1" + DealConditions(f, "d.") + " ORDER BY " + DealOrderBy(f, "d.", "d.");
  }
  if (paged) sql += " LIMIT :limit OFFSET :offset";
  sql = std::string("SELECT ") + kDealColumns + " FROM (" + sql + ") AS pick JOIN deals d ON d.id = pick.id " +
        "ORDER BY " + DealOrderBy(f, "d.", "d.");
  auto st = db_->Prepare(sql);
  if (!st.ok()) return st.status();
  Stmt* s = *st;
  BindDealFilter(s, f, org_root_key, until);
  std::vector<MergedDeal> out;
  while (s->Step()) out.push_back(ReadDeal(*s));
  Status err = s->status();
  s->Reset();
  if (!err.ok()) return err;
  return out;
}

Result<int64_t> SqliteStore::CountDeals(const DealFilter& f, std::string_view org_root_key) {
  std::string until = f.until.empty() ? "" : f.until + "~";
  const std::string conditions = DealConditions(f, org_root_key.empty() ? "d." : "p.");
  std::string sql;
  if (org_root_key.empty()) {
    sql = "SELECT count(*) FROM deals d WHERE 1" + conditions;
  } else if (conditions.empty()) {
    sql = "SELECT coalesce((SELECT deals FROM organizations WHERE key = :org), 0)";  // kept with the deals
  } else {
    sql = std::string("SELECT count(*) FROM deal_parties p WHERE ") + kOrgParties + conditions;
  }
  auto st = db_->Prepare(sql);
  if (!st.ok()) return st.status();
  Stmt* s = *st;
  BindDealFilter(s, f, org_root_key, until);
  int64_t n = s->Step() ? s->Int(0) : 0;
  Status err = s->status();
  s->Reset();
  if (!err.ok()) return err;
  return n;
}

Result<OrgSummary> SqliteStore::SummarizeOrg(std::string_view root_key) {
  // All from the per-organization sums kept with the deals: a few rows per
  // organization, however many deals it has.
  OrgSummary out;
  auto count = db_->Prepare("SELECT id, deals FROM organizations WHERE key = ?");
  if (!count.ok()) return count.status();
  (*count)->Bind(1, root_key);
  int64_t org = -1;
  if ((*count)->Step()) {
    org = (*count)->Int(0);
    out.deals = static_cast<int>((*count)->Int(1));
  }
  if (Status e = (*count)->status(); !e.ok()) return e;
  (*count)->Reset();
  if (org < 0) return out;

  auto sums = db_->Prepare(
      "SELECT side, type, status, currency, deals, amount_min, amount_max FROM org_sums WHERE org_id = ?");
  if (!sums.ok()) return sums.status();
  Stmt* s = *sums;
  s->Bind(1, org);
  while (s->Step()) {
    OrgDealSum sum;
    sum.paying = s->Int(0) == 0;
    (void)ParseDealType(s->Text(1), &sum.type);
    (void)ParseDealStatus(s->Text(2), &sum.status);
    sum.currency = s->Text(3);
    sum.deals = static_cast<int>(s->Int(4));
    sum.amount_min = s->Double(5);
    sum.amount_max = s->Double(6);
    out.sums.push_back(std::move(sum));
  }
  if (Status e = s->status(); !e.ok()) return e;
  s->Reset();

  auto others = db_->Prepare(
      "SELECT o.name, p.deals, p.investments, p.acquisitions, p.purchases, p.partnerships FROM (SELECT * FROM "
      "org_pairs WHERE org_id = ? ORDER BY deals DESC, other_id LIMIT 100) AS p JOIN organizations o ON o.id = "
      "p.other_id ORDER BY p.deals DESC, o.name");
  if (!others.ok()) return others.status();
  Stmt* c = *others;
  c->Bind(1, org);
  while (c->Step()) {
    OrgCounterparty cp;
    cp.name = c->Text(0);
    cp.deals = static_cast<int>(c->Int(1));
    for (int t = 0; t < 4; ++t) {
      if (c->Int(2 + t) > 0) cp.types.push_back(static_cast<DealType>(t));
    }
    out.counterparties.push_back(std::move(cp));
  }
  if (Status e = c->status(); !e.ok()) return e;
  c->Reset();
  return out;
}

Result<std::optional<MergedDeal>> SqliteStore::GetDeal(std::string_view id) {
  auto st = db_->Prepare(std::string("SELECT ") + kDealColumns + " FROM deals d WHERE d.uid = ?");
  if (!st.ok()) return st.status();
  Stmt* s = *st;
  s->Bind(1, id);
  std::optional<MergedDeal> out;
  if (s->Step()) out = ReadDeal(*s);
  Status err = s->status();
  s->Reset();
  if (!err.ok()) return err;
  return out;
}

Result<std::vector<Claim>> SqliteStore::ClaimsOf(std::string_view deal_id) {
  auto st = db_->Prepare(std::string("SELECT ") + kClaimColumns +
                         " FROM deal_claims l JOIN claims c ON c.id = l.claim_id JOIN documents doc ON doc.id = "
                         "c.document_id JOIN sources s ON s.id = doc.source_id WHERE l.deal_id = (SELECT id FROM "
                         "deals WHERE uid = ?) ORDER BY " +
                         kClaimOrder);
  if (!st.ok()) return st.status();
  Stmt* s = *st;
  s->Bind(1, deal_id);
  std::vector<Claim> out;
  while (s->Step()) out.push_back(ReadClaim(*s));
  Status err = s->status();
  s->Reset();
  if (!err.ok()) return err;
  return out;
}

Result<std::optional<OrgRecord>> SqliteStore::FindOrg(std::string_view key) {
  auto st = db_->Prepare(
      "SELECT o.name, coalesce(r.name, o.name), o.root_key FROM organizations o "
      "LEFT JOIN organizations r ON r.key = o.root_key WHERE o.key = ?");
  if (!st.ok()) return st.status();
  Stmt* s = *st;
  s->Bind(1, key);
  std::optional<OrgRecord> out;
  std::string root_key;
  if (s->Step()) {
    out = OrgRecord{s->Text(0), s->Text(1), {}};
    root_key = s->Text(2);
  }
  Status err = s->status();
  s->Reset();
  if (!err.ok()) return err;
  if (!out || root_key != key) return out;
  auto units = db_->Prepare("SELECT name FROM organizations WHERE root_key = ? AND key <> ? ORDER BY name");
  if (!units.ok()) return units.status();
  Stmt* u = *units;
  u->Bind(1, key).Bind(2, key);
  while (u->Step()) out->units.push_back(u->Text(0));
  err = u->status();
  u->Reset();
  if (!err.ok()) return err;
  return out;
}

Result<std::vector<MoneyEdge>> SqliteStore::MoneyEdges(std::string_view org_root_key, int limit) {
  std::string sql = std::string("SELECT ") + kFlowColumns + " FROM flows g " + kFlowJoins;
  if (!org_root_key.empty()) {
    sql += " WHERE g.from_org = (SELECT id FROM organizations WHERE key = :org) OR g.to_org = (SELECT id FROM "
           "organizations WHERE key = :org)";
  }
  sql += " ORDER BY g.amount_max + g.talks_amount_max DESC, f.name, t.name, g.currency";
  if (limit > 0) sql += " LIMIT :limit";
  auto st = db_->Prepare(sql);
  if (!st.ok()) return st.status();
  Stmt* s = *st;
  if (int i = s->ParamIndex(":org"); i > 0) s->Bind(i, org_root_key);
  if (int i = s->ParamIndex(":limit"); i > 0) s->Bind(i, limit);
  std::vector<MoneyEdge> out;
  while (s->Step()) out.push_back(ReadFlow(*s));
  Status err = s->status();
  s->Reset();
  if (!err.ok()) return err;
  return out;
}

Status SqliteStore::ForEachMoneyEdge(std::string_view currency, bool include_talks,
                                     const std::function<bool(const MoneyEdge&, double)>& fn) {
  // The edges in `currency` by weight (an index walk), then every other edge.
  const std::string weight = include_talks ? "g.amount_min + g.talks_amount_min" : "g.amount_min";
  const std::string agreed = include_talks ? "" : " AND g.deals > 0";
  const std::string queries[2] = {
      std::string("SELECT ") + kFlowColumns + ", " + weight + " FROM flows g " + kFlowJoins +
          " WHERE g.currency = :currency" + agreed + " ORDER BY " + weight + " DESC, g.from_org, g.to_org",
      std::string("SELECT ") + kFlowColumns + ", 0 FROM flows g " + kFlowJoins + " WHERE g.currency <> :currency" +
          agreed + " ORDER BY g.from_org, g.to_org"};
  for (const std::string& sql : queries) {
    sqlite3_stmt* raw = nullptr;
    if (sqlite3_prepare_v2(db_->handle(), sql.c_str(), -1, &raw, nullptr) != SQLITE_OK) return db_->Error("prepare");
    Stmt s(db_.get(), raw);
    s.Bind(s.ParamIndex(":currency"), currency);
    bool more = true;
    while (more && s.Step()) more = fn(ReadFlow(s), s.Double(kFlowColumnCount));
    Status err = s.status();
    sqlite3_finalize(raw);
    if (!err.ok()) return err;
    if (!more) break;
  }
  return Status();
}

Result<std::vector<MergedDeal>> SqliteStore::DealsBetween(std::string_view from_key, std::string_view to_key) {
  auto st = db_->Prepare(std::string("SELECT ") + kDealColumns +
                         " FROM deals d WHERE d.id IN (SELECT e.deal_id FROM deal_edges e WHERE e.from_org = "
                         "(SELECT id FROM organizations WHERE key = ?) AND e.to_org = (SELECT id FROM "
                         "organizations WHERE key = ?)) ORDER BY d.amount_min DESC, d.uid");
  if (!st.ok()) return st.status();
  Stmt* s = *st;
  s->Bind(1, from_key).Bind(2, to_key);
  std::vector<MergedDeal> out;
  while (s->Step()) out.push_back(ReadDeal(*s));
  Status err = s->status();
  s->Reset();
  if (!err.ok()) return err;
  return out;
}

Status SqliteStore::ForEachDeal(const std::function<Status(const MergedDeal&, const std::vector<Claim>&)>& fn) {
  // Two cursors in the same order, walked together: no query per deal.
  std::string deal_sql = std::string("SELECT d.id, ") + kDealColumns + " FROM deals d ORDER BY d.first_date, d.uid";
  std::string claim_sql = std::string("SELECT l.deal_id, ") + kClaimColumns +
                          " FROM deals d JOIN deal_claims l ON l.deal_id = d.id JOIN claims c ON c.id = l.claim_id "
                          "JOIN documents doc ON doc.id = c.document_id JOIN sources s ON s.id = doc.source_id "
                          "ORDER BY d.first_date, d.uid, " +
                          kClaimOrder;
  sqlite3_stmt* raw_deals = nullptr;
  sqlite3_stmt* raw_claims = nullptr;
  if (sqlite3_prepare_v2(db_->handle(), deal_sql.c_str(), -1, &raw_deals, nullptr) != SQLITE_OK ||
      sqlite3_prepare_v2(db_->handle(), claim_sql.c_str(), -1, &raw_claims, nullptr) != SQLITE_OK) {
    Status e = db_->Error("prepare");
    sqlite3_finalize(raw_deals);
    sqlite3_finalize(raw_claims);
    return e;
  }
  Stmt deals(db_.get(), raw_deals);
  Stmt claims(db_.get(), raw_claims);
  Status out;
  bool have_claim = claims.Step();
  std::vector<Claim> batch;
  while (out.ok() && deals.Step()) {
    int64_t id = deals.Int(0);
    MergedDeal d = ReadDeal(deals, 1);
    batch.clear();
    while (have_claim && claims.Int(0) == id) {
      batch.push_back(ReadClaim(claims, 1));
      have_claim = claims.Step();
    }
    out = fn(d, batch);
  }
  if (out.ok()) out = deals.status();
  if (out.ok()) out = claims.status();
  sqlite3_finalize(raw_deals);
  sqlite3_finalize(raw_claims);
  return out;
}

}  // namespace dealgraph
