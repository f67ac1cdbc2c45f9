// The SQLite Store: rows, indexes and the SQL of every ledger read and write.
#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_map>

#include "ledger/schema.h"
#include "ledger/sqlite_db.h"
#include "ledger/store.h"

namespace dealgraph {
namespace {

constexpr char kSep = '\x1f';

std::string Join(const std::vector<std::string>& v) {
  std::string out;
  for (size_t i = 0; i < v.size(); ++i) {
    if (i) out.push_back(kSep);
    out += v[i];
  }
  return out;
}

std::vector<std::string> Split(const std::string& s) {
  std::vector<std::string> out;
  if (s.empty()) return out;
  size_t start = 0;
  for (;;) {
    size_t sep = s.find(kSep, start);
    out.push_back(s.substr(start, sep == std::string::npos ? std::string::npos : sep - start));
    if (sep == std::string::npos) break;
    start = sep + 1;
  }
  return out;
}

// Columns of a merged deal; names joined by char(31), top parties sorted.
constexpr const char* kDealColumns =
    "d.uid, d.type, d.asset, d.status, d.amount_min, d.amount_max, d.currency, d.amount_conflict, "
    "d.status_conflict, d.first_date, d.last_date, d.claims, d.from_names, d.to_names, "
    "(SELECT group_concat(name, char(31)) FROM (SELECT o.name FROM deal_parties p JOIN organizations o "
    "ON o.id = p.org_id WHERE p.deal_id = d.id AND p.side = 0 ORDER BY o.name)), "
    "(SELECT group_concat(name, char(31)) FROM (SELECT o.name FROM deal_parties p JOIN organizations o "
    "ON o.id = p.org_id WHERE p.deal_id = d.id AND p.side = 1 ORDER BY o.name))";

MergedDeal ReadDeal(const Stmt& s, int c = 0) {
  MergedDeal d;
  d.id = s.Text(c);
  (void)ParseDealType(s.Text(c + 1), &d.type);
  (void)ParseAsset(s.Text(c + 2), &d.asset);
  (void)ParseDealStatus(s.Text(c + 3), &d.status);
  d.amount_min = s.OptDouble(c + 4);
  d.amount_max = s.OptDouble(c + 5);
  d.currency = s.Text(c + 6);
  d.amount_conflict = s.Int(c + 7) != 0;
  d.status_conflict = s.Int(c + 8) != 0;
  d.first_reported = s.Text(c + 9);
  d.last_reported = s.Text(c + 10);
  d.claims = static_cast<int>(s.Int(c + 11));
  d.from = Split(s.Text(c + 12));
  d.to = Split(s.Text(c + 13));
  d.from_top = Split(s.Text(c + 14));
  d.to_top = Split(s.Text(c + 15));
  return d;
}

// Columns of a claim with its document.
constexpr const char* kClaimColumns =
    "c.ordinal, c.type, c.asset, c.from_names, c.to_names, c.amount, c.amount_max, c.currency, c.qualifier, "
    "c.aggregate, c.status, c.attribution, c.evidence_start, c.evidence_end, c.evidence_text, "
    "doc.doc, s.path, doc.version, doc.current, doc.hash, doc.title, doc.url, doc.outlet, doc.published, "
    "doc.published_from_file_time";
// The date a claim was reported: a file's modification time is not one.
#define DEALGRAPH_REPORT_DATE "CASE WHEN doc.published_from_file_time THEN '' ELSE doc.published END"
// Report order, as merge.h's SortByReport (unknown dates first).
constexpr const char* kClaimOrder = DEALGRAPH_REPORT_DATE ", doc.hash, c.ordinal";

Claim ReadClaim(const Stmt& s, int c = 0) {
  Claim out;
  out.ordinal = static_cast<int>(s.Int(c));
  Deal& d = out.deal;
  (void)ParseDealType(s.Text(c + 1), &d.type);
  (void)ParseAsset(s.Text(c + 2), &d.asset);
  d.from = Split(s.Text(c + 3));
  d.to = Split(s.Text(c + 4));
  if (!s.IsNull(c + 5)) {
    Amount a;
    a.value = s.Double(c + 5);
    a.max = s.OptDouble(c + 6);
    a.currency = s.Text(c + 7);
    (void)ParseQualifier(s.Text(c + 8), &a.qualifier);
    d.amount = a;
  }
  d.aggregate = s.Int(c + 9) != 0;
  (void)ParseDealStatus(s.Text(c + 10), &d.status);
  d.attribution = Split(s.Text(c + 11));
  d.evidence.start = static_cast<size_t>(s.Int(c + 12));
  d.evidence.end = static_cast<size_t>(s.Int(c + 13));
  d.evidence.text = s.Text(c + 14);
  out.doc = s.Text(c + 15);
  out.source = s.Text(c + 16);
  out.version = static_cast<int>(s.Int(c + 17));
  out.current = s.Int(c + 18) != 0;
  out.document_hash = s.Text(c + 19);
  out.title = s.Text(c + 20);
  out.url = s.Text(c + 21);
  out.outlet = s.Text(c + 22);
  out.published = s.Text(c + 23);
  out.published_from_file_time = s.Int(c + 24) != 0;
  return out;
}

// Columns of a money edge (flows g joined with the organizations f and t).
constexpr const char* kFlowColumns =
    "f.name, t.name, g.currency, g.deals, g.amount_min, g.amount_max, g.talks_deals, g.talks_amount_min, "
    "g.talks_amount_max";
constexpr int kFlowColumnCount = 9;
constexpr const char* kFlowJoins =
    "JOIN organizations f ON f.id = g.from_org JOIN organizations t ON t.id = g.to_org";

MoneyEdge ReadFlow(const Stmt& s) {
  MoneyEdge e;
  e.from = s.Text(0);
  e.to = s.Text(1);
  e.currency = s.Text(2);
  e.deals = static_cast<int>(s.Int(3));
  e.amount_min = s.Double(4);
  e.amount_max = s.Double(5);
  e.talks_deals = static_cast<int>(s.Int(6));
  e.talks_amount_min = s.Double(7);
  e.talks_amount_max = s.Double(8);
  return e;
}

// An amount in whole currency units, as flow sums keep it (exact to add and subtract).
int64_t Whole(const std::optional<double>& v) { return v ? std::llround(*v) : 0; }

class SqliteStore : public Store {
 public:
  explicit SqliteStore(std::unique_ptr<SqliteDb> db) : db_(std::move(db)) {}
  ~SqliteStore() override {
    if (in_tx_) (void)Rollback();
    (void)db_->Exec("PRAGMA optimize");  // keeps the planner's statistics current
  }

  Status Begin() override {
    if (in_tx_) return Status();
    // Another process may have written since our last transaction.
    org_ids_.clear();
    orgs_.clear();
    Status s = db_->Exec("BEGIN IMMEDIATE");
    if (s.ok()) in_tx_ = true;
    return s;
  }
  Status Commit() override {
    if (!in_tx_) return Status();
    in_tx_ = false;
    return db_->Exec("COMMIT");
  }
  Status Rollback() override {
    if (!in_tx_) return Status();
    in_tx_ = false;
    org_ids_.clear();
    orgs_.clear();
    return db_->Exec("ROLLBACK");
  }
  bool InTransaction() const override { return in_tx_; }

  Result<bool> HasDocument(std::string_view hash) override {
    auto st = db_->Prepare("SELECT 1 FROM documents WHERE hash = ?");
    if (!st.ok()) return st.status();
    Stmt* s = *st;
    s->Bind(1, hash);
    bool found = s->Step();
    Status err = s->status();
    s->Reset();
    if (!err.ok()) return err;
    return found;
  }

  Result<std::optional<SourceVersion>> CurrentVersion(std::string_view source, std::string_view doc) override {
    auto st = db_->Prepare(
        "SELECT d.id, d.version FROM sources s JOIN documents d ON d.source_id = s.id "
        "WHERE s.path = ? AND s.doc = ? ORDER BY d.version DESC LIMIT 1");
    if (!st.ok()) return st.status();
    Stmt* s = *st;
    s->Bind(1, source).Bind(2, doc);
    std::optional<SourceVersion> out;
    if (s->Step()) out = SourceVersion{s->Int(0), static_cast<int>(s->Int(1))};
    Status err = s->status();
    s->Reset();
    if (!err.ok()) return err;
    return out;
  }

  Result<int64_t> InsertDocument(const DocumentRow& row, int version) override {
    auto src = db_->Prepare("INSERT INTO sources(path, doc) VALUES(?, ?) ON CONFLICT(path, doc) DO NOTHING");
    if (!src.ok()) return src.status();
    if (Status s = (*src)->Bind(1, row.source).Bind(2, row.doc).Run(); !s.ok()) return s;
    auto ins = db_->Prepare(
        "INSERT INTO documents(hash, source_id, version, current, doc, title, url, outlet, published, "
        "published_from_file_time) VALUES(?, (SELECT id FROM sources WHERE path = ? AND doc = ?), ?, 1, "
        "?, ?, ?, ?, ?, ?)");
    if (!ins.ok()) return ins.status();
    Stmt* s = *ins;
    s->Bind(1, row.hash).Bind(2, row.source).Bind(3, row.doc).Bind(4, version).Bind(5, row.doc);
    s->Bind(6, row.title).Bind(7, row.url).Bind(8, row.outlet).Bind(9, row.published);
    s->Bind(10, row.published_from_file_time ? 1 : 0);
    if (Status e = s->Run(); !e.ok()) return e;
    int64_t id = db_->LastInsertId();
    auto text = db_->Prepare("INSERT INTO texts(document_id, text) VALUES(?, ?)");
    if (!text.ok()) return text.status();
    if (Status e = (*text)->Bind(1, id).Bind(2, row.text).Run(); !e.ok()) return e;
    return id;
  }

  Result<std::vector<std::string>> Supersede(int64_t document) override {
    auto up = db_->Prepare("UPDATE documents SET current = 0 WHERE id = ?");
    if (!up.ok()) return up.status();
    if (Status s = (*up)->Bind(1, document).Run(); !s.ok()) return s;
    auto st = db_->Prepare("SELECT DISTINCT group_key FROM claims WHERE document_id = ?");
    if (!st.ok()) return st.status();
    Stmt* s = *st;
    s->Bind(1, document);
    std::vector<std::string> keys;
    while (s->Step()) keys.push_back(s->Text(0));
    Status err = s->status();
    s->Reset();
    if (!err.ok()) return err;
    return keys;
  }

  Status InsertClaim(int64_t document, int ordinal, std::string_view group_key, const Deal& d) override {
    auto st = db_->Prepare(
        "INSERT INTO claims(document_id, ordinal, group_key, type, asset, from_names, to_names, amount, "
        "amount_max, currency, qualifier, aggregate, status, attribution, evidence_start, evidence_end, "
        "evidence_text) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!st.ok()) return st.status();
    Stmt* s = *st;
    s->Bind(1, document).Bind(2, ordinal).Bind(3, group_key).Bind(4, ToString(d.type)).Bind(5, ToString(d.asset));
    s->Bind(6, Join(d.from)).Bind(7, Join(d.to));
    if (d.amount) {
      s->Bind(8, d.amount->value).Bind(9, d.amount->max).Bind(10, d.amount->currency);
      s->Bind(11, ToString(d.amount->qualifier));
    }
    s->Bind(12, d.aggregate ? 1 : 0).Bind(13, ToString(d.status)).Bind(14, Join(d.attribution));
    s->Bind(15, static_cast<int64_t>(d.evidence.start)).Bind(16, static_cast<int64_t>(d.evidence.end));
    s->Bind(17, d.evidence.text);
    return s->Run();
  }

  Status UpsertOrg(std::string_view key, std::string_view name, std::string_view root_key) override {
    // Display name: the smallest variant seen; root: a real parent beats none,
    // between two parents the smaller key. Both independent of ingest order.
    std::string k(key);
    auto seen = orgs_.find(k);
    if (seen != orgs_.end()) {
      const auto& [stored_name, stored_root] = seen->second;
      std::string_view root = stored_root == key    ? root_key
                              : root_key == key     ? std::string_view(stored_root)
                                                    : std::min(std::string_view(stored_root), root_key);
      if (name >= stored_name && root == stored_root) return Status();  // the row would not change
    }
    auto st = db_->Prepare(
        "INSERT INTO organizations(key, name, root_key) VALUES(?1, ?2, ?3) ON CONFLICT(key) DO UPDATE SET "
        "name = min(name, excluded.name), root_key = CASE WHEN root_key = key THEN excluded.root_key "
        "WHEN excluded.root_key = key THEN root_key ELSE min(root_key, excluded.root_key) END "
        "RETURNING name, root_key");
    if (!st.ok()) return st.status();
    Stmt* s = *st;
    s->Bind(1, key).Bind(2, name).Bind(3, root_key);
    if (s->Step()) orgs_[k] = {s->Text(0), s->Text(1)};
    return s->Run();
  }

  Result<std::vector<MergeClaim>> GroupClaims(std::string_view group_key) override {
    auto st = db_->Prepare(
        "SELECT c.id, doc.hash, c.ordinal, " DEALGRAPH_REPORT_DATE ", c.status, c.amount, c.amount_max, c.currency, "
        "c.aggregate, c.from_names, c.to_names FROM claims c JOIN documents doc ON doc.id = c.document_id "
        "WHERE c.group_key = ? AND doc.current = 1");
    if (!st.ok()) return st.status();
    Stmt* s = *st;
    s->Bind(1, group_key);
    std::vector<MergeClaim> out;
    while (s->Step()) {
      MergeClaim c;
      c.id = s->Int(0);
      c.document = s->Text(1);
      c.uid = c.document + ":" + std::to_string(s->Int(2));
      c.date = s->Text(3);
      (void)ParseDealStatus(s->Text(4), &c.status);
      if (!s->IsNull(5) && s->Int(8) == 0) {
        c.low = s->Double(5);
        c.high = s->OptDouble(6);
        c.currency = s->Text(7);
      }
      c.from = Split(s->Text(9));
      c.to = Split(s->Text(10));
      out.push_back(std::move(c));
    }
    Status err = s->status();
    s->Reset();
    if (!err.ok()) return err;
    return out;
  }

  Status ReplaceGroup(std::string_view group_key, const GroupParties& parties,
                      const std::vector<DealRow>& deals) override {
    static const char* const kClear[] = {
        "DELETE FROM deal_edges WHERE deal_id IN (SELECT id FROM deals WHERE group_key = ?)",
        "DELETE FROM deal_parties WHERE deal_id IN (SELECT id FROM deals WHERE group_key = ?)",
        "DELETE FROM deals WHERE group_key = ?",
        "UPDATE claims SET deal_id = NULL WHERE group_key = ? AND deal_id IS NOT NULL",
    };
    // A group seen for the first time has nothing to clear (the common case).
    auto had = db_->Prepare("SELECT EXISTS(SELECT 1 FROM deals WHERE group_key = ?)");
    if (!had.ok()) return had.status();
    (*had)->Bind(1, group_key);
    bool existed = (*had)->Step() && (*had)->Int(0) != 0;
    if (Status s = (*had)->status(); !s.ok()) return s;
    (*had)->Reset();
    if (existed) {
      // Take the group's old edges out of the flow sums first.
      auto old = db_->Prepare(
          "SELECT from_org, to_org, talks, currency, amount_min, amount_max FROM deal_edges WHERE deal_id IN "
          "(SELECT id FROM deals WHERE group_key = ?)");
      if (!old.ok()) return old.status();
      struct Edge {
        int64_t from, to;
        bool talks;
        std::string currency;
        std::optional<double> lo, hi;
      };
      std::vector<Edge> edges;
      (*old)->Bind(1, group_key);
      while ((*old)->Step()) {
        const Stmt& o = **old;
        edges.push_back({o.Int(0), o.Int(1), o.Int(2) != 0, o.Text(3), o.OptDouble(4), o.OptDouble(5)});
      }
      if (Status s = (*old)->status(); !s.ok()) return s;
      (*old)->Reset();
      for (const Edge& e : edges) {
        if (Status s = AddFlow(e.from, e.to, e.currency, e.talks, -1, e.lo, e.hi); !s.ok()) return s;
      }
    }
    for (const char* sql : kClear) {
      if (!existed) break;
      auto st = db_->Prepare(sql);
      if (!st.ok()) return st.status();
      if (Status s = (*st)->Bind(1, group_key).Run(); !s.ok()) return s;
    }
    if (deals.empty()) return Status();
    std::vector<int64_t> from_ids, to_ids;
    for (const std::string& k : parties.from) {
      auto id = OrgId(k);
      if (!id.ok()) return id.status();
      from_ids.push_back(*id);
    }
    for (const std::string& k : parties.to) {
      auto id = OrgId(k);
      if (!id.ok()) return id.status();
      to_ids.push_back(*id);
    }
    auto ins = db_->Prepare(
        "INSERT INTO deals(uid, group_key, type, asset, status, amount_min, amount_max, currency, "
        "amount_conflict, status_conflict, first_date, last_date, claims, from_names, to_names) VALUES(?, ?, ?, ?, "
        "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    auto party = db_->Prepare(
        "INSERT OR IGNORE INTO deal_parties(org_id, deal_id, side, type, status, currency, amount_min, amount_max, "
        "first_date, last_date) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    auto edge = db_->Prepare(
        "INSERT OR IGNORE INTO deal_edges(from_org, to_org, talks, currency, deal_id, amount_min, amount_max) "
        "VALUES(?, ?, ?, ?, ?, ?, ?)");
    auto link = db_->Prepare("UPDATE claims SET deal_id = ? WHERE id = ?");
    if (!ins.ok()) return ins.status();
    if (!party.ok()) return party.status();
    if (!edge.ok()) return edge.status();
    if (!link.ok()) return link.status();
    for (const DealRow& row : deals) {
      const MergedDeal& d = row.deal;
      Stmt* s = *ins;
      s->Bind(1, d.id).Bind(2, group_key).Bind(3, ToString(parties.type)).Bind(4, ToString(parties.asset));
      s->Bind(5, ToString(d.status)).Bind(6, d.amount_min).Bind(7, d.amount_max).Bind(8, d.currency);
      s->Bind(9, d.amount_conflict ? 1 : 0).Bind(10, d.status_conflict ? 1 : 0).Bind(11, d.first_reported);
      s->Bind(12, d.last_reported).Bind(13, d.claims).Bind(14, Join(d.from)).Bind(15, Join(d.to));
      if (Status e = s->Run(); !e.ok()) return e;
      int64_t deal_id = db_->LastInsertId();
      for (int side = 0; side < 2; ++side) {
        for (int64_t org : side == 0 ? from_ids : to_ids) {
          Stmt* ps = *party;
          ps->Bind(1, org).Bind(2, deal_id).Bind(3, side).Bind(4, ToString(parties.type));
          ps->Bind(5, ToString(d.status)).Bind(6, d.currency).Bind(7, d.amount_min).Bind(8, d.amount_max);
          ps->Bind(9, d.first_reported).Bind(10, d.last_reported);
          if (Status e = ps->Run(); !e.ok()) return e;
        }
      }
      if (MovesMoney(parties.type) && d.status != DealStatus::kCancelled) {
        for (int64_t f : from_ids) {
          for (int64_t t : to_ids) {
            if (f == t) continue;
            Stmt* e = *edge;
            e->Bind(1, f).Bind(2, t).Bind(3, IsTalks(d.status) ? 1 : 0).Bind(4, d.currency).Bind(5, deal_id);
            e->Bind(6, d.amount_min).Bind(7, d.amount_max);
            if (Status err = e->Run(); !err.ok()) return err;
            if (db_->Changes() == 0) continue;  // the pair was counted for this deal already
            if (Status err = AddFlow(f, t, d.currency, IsTalks(d.status), 1, d.amount_min, d.amount_max); !err.ok()) {
              return err;
            }
          }
        }
      }
      for (int64_t claim : row.claims) {
        if (Status e = (*link)->Bind(1, deal_id).Bind(2, claim).Run(); !e.ok()) return e;
      }
    }
    return Status();
  }

  Status ClearDerived() override {
    org_ids_.clear();
    orgs_.clear();
    return db_->Exec(
        "DELETE FROM flows; DELETE FROM deal_edges; DELETE FROM deal_parties; DELETE FROM deals; "
        "DELETE FROM organizations; "
        "UPDATE claims SET deal_id = NULL;");
  }

  Status ForEachClaimParties(const std::function<Status(const ClaimParties&)>& fn) override {
    // A private statement: `fn` may write through the cached ones.
    sqlite3_stmt* raw = nullptr;
    const char* sql = "SELECT id, type, asset, from_names, to_names FROM claims ORDER BY id";
    if (sqlite3_prepare_v2(db_->handle(), sql, -1, &raw, nullptr) != SQLITE_OK) return db_->Error("prepare");
    Stmt s(db_.get(), raw);
    Status out;
    while (out.ok() && s.Step()) {
      ClaimParties c;
      c.id = s.Int(0);
      (void)ParseDealType(s.Text(1), &c.type);
      (void)ParseAsset(s.Text(2), &c.asset);
      c.from = Split(s.Text(3));
      c.to = Split(s.Text(4));
      out = fn(c);
    }
    if (out.ok()) out = s.status();
    sqlite3_finalize(raw);
    return out;
  }

  Status SetGroupKey(int64_t claim, std::string_view group_key) override {
    auto st = db_->Prepare("UPDATE claims SET group_key = ? WHERE id = ?");
    if (!st.ok()) return st.status();
    return (*st)->Bind(1, group_key).Bind(2, claim).Run();
  }

  Result<std::vector<std::string>> CurrentGroupKeys() override {
    auto st = db_->Prepare(
        "SELECT DISTINCT c.group_key FROM claims c JOIN documents doc ON doc.id = c.document_id "
        "WHERE doc.current = 1 ORDER BY c.group_key");
    if (!st.ok()) return st.status();
    Stmt* s = *st;
    std::vector<std::string> keys;
    while (s->Step()) keys.push_back(s->Text(0));
    Status err = s->status();
    s->Reset();
    if (!err.ok()) return err;
    return keys;
  }

  Result<LedgerCheck> Check() override {
    LedgerCheck c;
    auto v = db_->QueryInt("PRAGMA user_version");
    if (!v.ok()) return v.status();
    c.schema_version = static_cast<int>(*v);
    {
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
    struct Invariant {
      const char* sql;
      const char* problem;
    } invariants[] = {
        {"SELECT count(*) FROM claims c JOIN documents d ON d.id = c.document_id WHERE d.current = 1 AND "
         "c.deal_id IS NULL",
         "current claims not linked to a merged deal"},
        {"SELECT count(*) FROM claims c JOIN documents d ON d.id = c.document_id WHERE d.current = 0 AND "
         "c.deal_id IS NOT NULL",
         "claims of replaced versions still linked to a merged deal"},
        {"SELECT count(*) FROM claims c WHERE c.deal_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM deals d "
         "WHERE d.id = c.deal_id)",
         "claims linked to a missing merged deal"},
        {"SELECT count(*) FROM deals d WHERE d.claims <> (SELECT count(*) FROM claims c WHERE c.deal_id = d.id)",
         "merged deals whose claim count is wrong"},
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

  Result<std::vector<MergedDeal>> FindDeals(const DealFilter& f, std::string_view org_root_key) override {
    // The filter picks ids with cheap columns only; party names are then looked
    // up for the picked deals alone. An organization's deals are read from
    // deal_parties (one index range, the deal's fields copied there).
    const bool by_org = !org_root_key.empty();
    const char* t = by_org ? "p." : "d.";
    std::string order;
    switch (f.order) {
      case DealOrder::kRecent: order = std::string(t) + "last_date DESC, d.uid"; break;
      case DealOrder::kLargest: order = std::string(t) + "amount_max DESC, d.uid"; break;
      case DealOrder::kOldest: order = std::string(t) + "first_date, d.uid"; break;
    }
    std::string until = f.until + "~";  // "2025-10" covers the whole month
    std::string sql;
    if (by_org) {
      // A deal where the organization is on both sides counts once (its lowest side).
      sql = "SELECT p.deal_id AS id FROM deal_parties p JOIN deals d ON d.id = p.deal_id WHERE p.org_id = "
            "(SELECT id FROM organizations WHERE key = :org) AND p.side = (SELECT min(q.side) FROM deal_parties q "
            "WHERE q.org_id = p.org_id AND q.deal_id = p.deal_id)";
    } else {
      // Without statistics on values SQLite walks deals in the order asked for
      // whatever the filter: a range that matches few deals (an early --until,
      // a high --min-amount) is read through its own index instead. Worth it
      // below ~20 rows read per row returned.
      const char* index = nullptr;
      const int64_t cap = f.limit > 0 ? std::max<int64_t>(2000, 20 * int64_t{f.limit}) : 100000;
      int64_t fewest = cap;
      if (!f.until.empty() && f.order != DealOrder::kOldest) {
        auto n = CountUpTo("SELECT count(*) FROM (SELECT 1 FROM deals WHERE first_date <> '' AND first_date < ?1 "
                           "LIMIT ?2)",
                           until, cap);
        if (!n.ok()) return n.status();
        if (*n < fewest) {
          fewest = *n;
          index = "deals_first";
        }
      }
      if (f.min_amount && f.order != DealOrder::kLargest) {
        auto n = CountUpTo("SELECT count(*) FROM (SELECT 1 FROM deals WHERE amount_max >= ?1 LIMIT ?2)",
                           *f.min_amount, cap);
        if (!n.ok()) return n.status();
        if (*n < fewest) index = "deals_amount";
      }
      sql = "SELECT d.id FROM deals d";
      if (index) sql += std::string(" INDEXED BY ") + index;
      sql += " WHERE 1";
    }
    if (f.type) sql += std::string(" AND ") + t + "type = :type";
    if (f.status) sql += std::string(" AND ") + t + "status = :status";
    if (!f.since.empty()) sql += std::string(" AND ") + t + "last_date >= :since";
    if (!f.until.empty()) sql += std::string(" AND ") + t + "first_date <> '' AND " + t + "first_date < :until";
    if (f.min_amount) sql += std::string(" AND ") + t + "amount_max >= :min";
    sql += " ORDER BY " + order;
    if (f.limit > 0) sql += " LIMIT :limit";
    std::string outer_order = order.substr(2);  // without the alias
    sql = std::string("SELECT ") + kDealColumns + " FROM (" + sql + ") AS pick JOIN deals d ON d.id = pick.id " +
          "ORDER BY d." + outer_order;
    auto st = db_->Prepare(sql);
    if (!st.ok()) return st.status();
    Stmt* s = *st;
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
    bind(":limit", static_cast<int64_t>(f.limit));
    std::vector<MergedDeal> out;
    while (s->Step()) out.push_back(ReadDeal(*s));
    Status err = s->status();
    s->Reset();
    if (!err.ok()) return err;
    return out;
  }

  Result<OrgSummary> SummarizeOrg(std::string_view root_key) override {
    OrgSummary out;
    auto count = db_->Prepare(
        "SELECT count(DISTINCT deal_id) FROM deal_parties WHERE org_id = (SELECT id FROM organizations WHERE key = ?)");
    if (!count.ok()) return count.status();
    (*count)->Bind(1, root_key);
    if ((*count)->Step()) out.deals = static_cast<int>((*count)->Int(0));
    if (Status e = (*count)->status(); !e.ok()) return e;
    (*count)->Reset();

    auto sums = db_->Prepare(
        "SELECT side, type, status, currency, count(*), total(amount_min), total(amount_max) FROM deal_parties "
        "WHERE org_id = (SELECT id FROM organizations WHERE key = ?) GROUP BY side, type, status, currency");
    if (!sums.ok()) return sums.status();
    Stmt* s = *sums;
    s->Bind(1, root_key);
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
        "SELECT o.name, count(DISTINCT q.deal_id), group_concat(DISTINCT p.type) FROM deal_parties p "
        "JOIN deal_parties q ON q.deal_id = p.deal_id AND q.org_id <> p.org_id JOIN organizations o ON o.id = "
        "q.org_id WHERE p.org_id = (SELECT id FROM organizations WHERE key = ?) GROUP BY q.org_id "
        "ORDER BY 2 DESC, o.name LIMIT 100");
    if (!others.ok()) return others.status();
    Stmt* c = *others;
    c->Bind(1, root_key);
    while (c->Step()) {
      OrgCounterparty cp;
      cp.name = c->Text(0);
      cp.deals = static_cast<int>(c->Int(1));
      std::string types = c->Text(2);
      for (int t = 0; t < 4; ++t) {
        std::string_view name = ToString(static_cast<DealType>(t));
        for (size_t pos = 0; (pos = types.find(name, pos)) != std::string::npos; pos += name.size()) {
          bool whole = (pos == 0 || types[pos - 1] == ',') &&
                       (pos + name.size() == types.size() || types[pos + name.size()] == ',');
          if (whole) {
            cp.types.push_back(static_cast<DealType>(t));
            break;
          }
        }
      }
      out.counterparties.push_back(std::move(cp));
    }
    if (Status e = c->status(); !e.ok()) return e;
    c->Reset();
    return out;
  }

  Result<std::optional<MergedDeal>> GetDeal(std::string_view id) override {
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

  Result<std::vector<Claim>> ClaimsOf(std::string_view deal_id) override {
    auto st = db_->Prepare(std::string("SELECT ") + kClaimColumns +
                           " FROM claims c JOIN documents doc ON doc.id = c.document_id JOIN sources s ON s.id = "
                           "doc.source_id WHERE c.deal_id = (SELECT id FROM deals WHERE uid = ?) ORDER BY " +
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

  Result<std::optional<OrgRecord>> FindOrg(std::string_view key) override {
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

  Result<std::vector<MoneyEdge>> MoneyEdges(std::string_view org_root_key, int limit) override {
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

  Status ForEachMoneyEdge(std::string_view currency, bool include_talks,
                          const std::function<bool(const MoneyEdge&, double)>& fn) override {
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

  Result<std::vector<MergedDeal>> DealsBetween(std::string_view from_key, std::string_view to_key) override {
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

  Status ForEachDeal(const std::function<Status(const MergedDeal&, const std::vector<Claim>&)>& fn) override {
    // Two cursors in the same order, walked together: no query per deal.
    std::string deal_sql = std::string("SELECT d.id, ") + kDealColumns + " FROM deals d ORDER BY d.first_date, d.uid";
    std::string claim_sql = std::string("SELECT c.deal_id, ") + kClaimColumns +
                            " FROM claims c JOIN deals d ON d.id = c.deal_id JOIN documents doc ON doc.id = "
                            "c.document_id JOIN sources s ON s.id = doc.source_id ORDER BY d.first_date, d.uid, " +
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

 private:
  // The count a count(*) query with a value and a cap gives.
  template <class T>
  Result<int64_t> CountUpTo(const char* sql, const T& value, int64_t cap) {
    auto st = db_->Prepare(sql);
    if (!st.ok()) return st.status();
    Stmt* s = *st;
    s->Bind(1, value).Bind(2, cap);
    int64_t n = s->Step() ? s->Int(0) : 0;
    Status err = s->status();
    s->Reset();
    if (!err.ok()) return err;
    return n;
  }

  // Adds `sign` times one deal's amounts to the flow of a pair and currency;
  // a flow left with no deal is removed.
  Status AddFlow(int64_t from, int64_t to, const std::string& currency, bool talks, int sign,
                 const std::optional<double>& lo, const std::optional<double>& hi) {
    auto up = db_->Prepare(
        "INSERT INTO flows(from_org, to_org, currency, deals, amount_min, amount_max, talks_deals, "
        "talks_amount_min, talks_amount_max) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) "
        "ON CONFLICT(from_org, to_org, currency) DO UPDATE SET deals = deals + excluded.deals, "
        "amount_min = amount_min + excluded.amount_min, amount_max = amount_max + excluded.amount_max, "
        "talks_deals = talks_deals + excluded.talks_deals, "
        "talks_amount_min = talks_amount_min + excluded.talks_amount_min, "
        "talks_amount_max = talks_amount_max + excluded.talks_amount_max");
    if (!up.ok()) return up.status();
    Stmt* s = *up;
    const int64_t n = sign, min = sign * Whole(lo), max = sign * Whole(hi);
    s->Bind(1, from).Bind(2, to).Bind(3, currency);
    s->Bind(4, talks ? int64_t{0} : n).Bind(5, talks ? int64_t{0} : min).Bind(6, talks ? int64_t{0} : max);
    s->Bind(7, talks ? n : int64_t{0}).Bind(8, talks ? min : int64_t{0}).Bind(9, talks ? max : int64_t{0});
    if (Status e = s->Run(); !e.ok()) return e;
    if (sign > 0) return Status();
    auto del = db_->Prepare(
        "DELETE FROM flows WHERE from_org = ? AND to_org = ? AND currency = ? AND deals = 0 AND talks_deals = 0");
    if (!del.ok()) return del.status();
    return (*del)->Bind(1, from).Bind(2, to).Bind(3, currency).Run();
  }

  Result<int64_t> OrgId(const std::string& key) {
    auto it = org_ids_.find(key);
    if (it != org_ids_.end()) return it->second;
    auto st = db_->Prepare("SELECT id FROM organizations WHERE key = ?");
    if (!st.ok()) return st.status();
    Stmt* s = *st;
    s->Bind(1, key);
    std::optional<int64_t> id;
    if (s->Step()) id = s->Int(0);
    Status err = s->status();
    s->Reset();
    if (!err.ok()) return err;
    if (!id) return Status(ErrorCode::kInternal, "organization not recorded: " + key);
    org_ids_.emplace(key, *id);
    return *id;
  }

  std::unique_ptr<SqliteDb> db_;
  bool in_tx_ = false;
  // Caches valid inside one transaction: organization key -> id, and -> the
  // stored (name, root key), so that unchanged organizations are not rewritten.
  std::unordered_map<std::string, int64_t> org_ids_;
  std::unordered_map<std::string, std::pair<std::string, std::string>> orgs_;
};

}  // namespace

Result<std::unique_ptr<Store>> OpenSqliteStore(const std::string& path, bool create_if_missing) {
  auto db = SqliteDb::Open(path, create_if_missing);
  if (!db.ok()) return db.status();
  SqliteDb* d = db->get();
  if (path != ":memory:") {
    if (Status s = d->Exec("PRAGMA journal_mode = WAL"); !s.ok()) return s.At(path);
  }
  // 128 MB of page cache and memory-mapped reads; checkpoints every 16 MB of WAL.
  if (Status s = d->Exec("PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = OFF; PRAGMA cache_size = -131072; "
                         "PRAGMA mmap_size = 1073741824; PRAGMA temp_store = MEMORY; "
                         "PRAGMA wal_autocheckpoint = 4096;");
      !s.ok()) {
    return s.At(path);
  }
  if (Status s = Migrate(d, SchemaMigrations()); !s.ok()) return s.At(path);
  return std::unique_ptr<Store>(new SqliteStore(std::move(db).value()));
}

}  // namespace dealgraph
