// The SQLite Store, writes: documents, claims, organizations, and the merged
// deals, parties, edges and flow sums of a group.
#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <map>
#include <tuple>
#include <string_view>
#include <unordered_map>

#include "ledger/schema.h"
#include "ledger/sqlite_rows.h"
#include "ledger/sqlite_store.h"

namespace dealgraph {

Status SqliteStore::Begin() {
  if (in_tx_) return Status();
  if (in_read_) return Status(ErrorCode::kInternal, "a write inside a read transaction");
  Status s = db_->Exec("BEGIN IMMEDIATE");
  if (!s.ok()) return s;
  in_tx_ = true;
  // The organization caches stay valid until another connection commits
  // (data_version changes only then); under the write lock none can now.
  auto version = db_->QueryInt("PRAGMA data_version");
  if (!version.ok()) {
    (void)Rollback();
    return version.status();
  }
  if (*version != data_version_) {
    org_ids_.clear();
    orgs_.clear();
    group_ids_.clear();
    data_version_ = *version;
  }
  return Status();
}

Status SqliteStore::Commit() {
  if (!in_tx_) return Status();
  Status written = WriteDealRows();
  if (written.ok()) written = ApplySums();
  if (Status s = written; !s.ok()) {
    (void)Rollback();
    return s;
  }
  in_tx_ = false;
  fresh_groups_.clear();
  return db_->Exec("COMMIT");
}

Status SqliteStore::Rollback() {
  if (!in_tx_) return Status();
  in_tx_ = false;
  org_ids_.clear();
  orgs_.clear();
  group_ids_.clear();
  fresh_groups_.clear();
  ClearDealRows();
  ClearSums();
  return db_->Exec("ROLLBACK");
}

Status SqliteStore::BeginRead() {
  if (in_tx_ || in_read_) return Status();
  // Deferred: the snapshot is taken by the first read and kept until EndRead.
  Status s = db_->Exec("BEGIN DEFERRED");
  if (s.ok()) in_read_ = true;
  return s;
}

Status SqliteStore::EndRead() {
  if (!in_read_) return Status();
  in_read_ = false;
  return db_->Exec("COMMIT");
}

namespace {

// WAL pages after which a commit copies the WAL into the database: 16 MB, and
// 256 MB during a bulk load, whose pages are then copied about once each
// instead of once per checkpoint that finds them changed again.
constexpr int kCheckpointPages = 4096;
constexpr int kBulkCheckpointPages = 65536;

Status SetCheckpointPages(SqliteDb* db, int pages) {
  return db->Exec("PRAGMA wal_autocheckpoint = " + std::to_string(pages));
}

}  // namespace

namespace {

// A claim as GroupClaims reads it back from its row (a NaN amount is stored
// as NULL, names go through JoinNames and SplitNames).
MergeClaim AsMergeClaim(int64_t id, const std::string& hash, int ordinal, const std::string& date, const Deal& d) {
  MergeClaim c;
  c.id = id;
  c.document = hash;
  c.uid = hash + ":" + std::to_string(ordinal);
  c.date = date;
  c.status = d.status;
  if (d.amount && !std::isnan(d.amount->value) && !d.aggregate) {
    c.low = d.amount->value;
    if (d.amount->max && !std::isnan(*d.amount->max)) c.high = *d.amount->max;
    c.currency = d.amount->currency;
  }
  c.from = SplitNames(JoinNames(d.from));
  c.to = SplitNames(JoinNames(d.to));
  return c;
}

}  // namespace

Result<bool> SqliteStore::DropQueryIndexesIfEmpty() {
  if (in_tx_ || in_read_) return Status(ErrorCode::kInternal, "a bulk load inside a transaction");
  auto dropped = dealgraph::DropQueryIndexesIfEmpty(db_.get());
  if (dropped.ok() && *dropped) {
    bulk_ = true;
    if (Status s = SetCheckpointPages(db_.get(), kBulkCheckpointPages); !s.ok()) return s;
  }
  return dropped;
}

Status SqliteStore::EnsureQueryIndexes() {
  if (in_tx_ || in_read_) return Status(ErrorCode::kInternal, "index upkeep inside a transaction");
  bulk_ = false;
  if (Status s = SetCheckpointPages(db_.get(), kCheckpointPages); !s.ok()) return s;
  if (Status s = dealgraph::EnsureQueryIndexes(db_.get()); !s.ok()) return s;
  // The bulk load's pages into the database now, not at the next commit: until
  // then every read looks them up in the (up to 256 MB) WAL.
  return db_->Exec("PRAGMA wal_checkpoint(PASSIVE)");
}

Result<bool> SqliteStore::HasDocument(std::string_view hash) {
  auto st = db_->Prepare("SELECT 1 FROM documents WHERE hash = ?");
  if (!st.ok()) return st.status();
  Stmt* s = *st;
  s->BindRef(1, hash);
  bool found = s->Step();
  Status err = s->status();
  s->Reset();
  if (!err.ok()) return err;
  return found;
}

Result<std::optional<SourceVersion>> SqliteStore::CurrentVersion(std::string_view source, std::string_view doc) {
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

Result<int64_t> SqliteStore::InsertDocument(const DocumentRow& row, int version) {
  auto src = db_->Prepare("INSERT INTO sources(path, doc) VALUES(?, ?) ON CONFLICT(path, doc) DO NOTHING");
  if (!src.ok()) return src.status();
  if (Status s = (*src)->BindRef(1, row.source).BindRef(2, row.doc).Run(); !s.ok()) return s;
  // A new source's id is the row just inserted (always so in a bulk load);
  // only a source read before (a new version of a document) is looked up.
  int64_t source_id = 0;
  if (db_->Changes() > 0) {
    source_id = db_->LastInsertId();
  } else {
    auto find = db_->Prepare("SELECT id FROM sources WHERE path = ? AND doc = ?");
    if (!find.ok()) return find.status();
    Stmt* f = *find;
    f->BindRef(1, row.source).BindRef(2, row.doc);
    if (f->Step()) source_id = f->Int(0);
    Status err = f->status();
    f->Reset();
    if (!err.ok()) return err;
    if (source_id == 0) return Status(ErrorCode::kDatabaseError, "source row missing after its insert: " + row.source);
  }
  auto ins = db_->Prepare(
      "INSERT INTO documents(hash, source_id, version, current, doc, title, url, outlet, published, "
      "published_from_file_time) VALUES(?, ?, ?, 1, ?, ?, ?, ?, ?, ?)");
  if (!ins.ok()) return ins.status();
  Stmt* s = *ins;
  s->BindRef(1, row.hash).Bind(2, source_id).Bind(3, version).BindRef(4, row.doc);
  s->BindRef(5, row.title).BindRef(6, row.url).BindRef(7, row.outlet).BindRef(8, row.published);
  s->Bind(9, row.published_from_file_time ? 1 : 0);
  if (Status e = s->Run(); !e.ok()) return e;
  int64_t id = db_->LastInsertId();
  auto text = db_->Prepare("INSERT INTO texts(document_id, text) VALUES(?, ?)");
  if (!text.ok()) return text.status();
  if (Status e = (*text)->Bind(1, id).BindRef(2, row.text).Run(); !e.ok()) return e;
  last_document_ = id;
  last_document_hash_ = row.hash;
  last_document_date_ = row.published_from_file_time ? std::string() : row.published;  // DEALGRAPH_REPORT_DATE
  return id;
}

Result<std::vector<std::string>> SqliteStore::Supersede(int64_t document) {
  for (auto& [id, claims] : fresh_groups_) claims.reset();  // its claims leave their groups
  auto up = db_->Prepare("UPDATE documents SET current = 0 WHERE id = ?");
  if (!up.ok()) return up.status();
  if (Status s = (*up)->Bind(1, document).Run(); !s.ok()) return s;
  auto st = db_->Prepare(
      "SELECT DISTINCT g.key FROM claims c JOIN groups g ON g.id = c.group_id WHERE c.document_id = ?");
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

Status SqliteStore::InsertClaim(int64_t document, int ordinal, std::string_view group_key, const Deal& d) {
  auto group = GroupId(group_key, true);
  if (!group.ok()) return group.status();
  auto st = db_->Prepare(
      "INSERT INTO claims(document_id, ordinal, group_id, type, asset, from_names, to_names, amount, "
      "amount_max, currency, qualifier, aggregate, status, attribution, evidence_start, evidence_end, "
      "evidence_text) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  if (!st.ok()) return st.status();
  Stmt* s = *st;
  const std::string from = JoinNames(d.from), to = JoinNames(d.to), attribution = JoinNames(d.attribution);
  s->Bind(1, document).Bind(2, ordinal).Bind(3, *group).BindRef(4, ToString(d.type)).BindRef(5, ToString(d.asset));
  s->BindRef(6, from).BindRef(7, to);
  if (d.amount) {
    s->Bind(8, d.amount->value).Bind(9, d.amount->max).BindRef(10, d.amount->currency);
    s->BindRef(11, ToString(d.amount->qualifier));
  }
  s->Bind(12, d.aggregate ? 1 : 0).BindRef(13, ToString(d.status)).BindRef(14, attribution);
  s->Bind(15, static_cast<int64_t>(d.evidence.start)).Bind(16, static_cast<int64_t>(d.evidence.end));
  s->BindRef(17, d.evidence.text);
  if (Status e = s->Run(); !e.ok()) return e;
  auto fresh = fresh_groups_.find(*group);
  if (fresh != fresh_groups_.end() && fresh->second) {
    if (document != last_document_) {
      fresh->second.reset();
    } else {
      fresh->second->push_back(AsMergeClaim(db_->LastInsertId(), last_document_hash_, ordinal,
                                            last_document_date_, d));
    }
  }
  return Status();
}

Status SqliteStore::UpsertOrg(std::string_view key, std::string_view name, std::string_view root_key) {
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
  s->BindRef(1, key).BindRef(2, name).BindRef(3, root_key);
  if (s->Step()) orgs_[k] = {s->Text(0), s->Text(1)};
  return s->Run();
}

Result<std::vector<MergeClaim>> SqliteStore::GroupClaims(std::string_view group_key) {
  auto group = GroupId(group_key, false);
  if (!group.ok()) return group.status();
  auto fresh = fresh_groups_.find(*group);
  if (fresh != fresh_groups_.end() && fresh->second) {
    std::vector<MergeClaim> out = std::move(*fresh->second);
    fresh->second.reset();  // handed out once
    return out;
  }
  auto st = db_->Prepare(
      "SELECT c.id, doc.hash, c.ordinal, " DEALGRAPH_REPORT_DATE ", c.status, c.amount, c.amount_max, c.currency, "
      "c.aggregate, c.from_names, c.to_names FROM claims c JOIN documents doc ON doc.id = c.document_id "
      "WHERE c.group_id = ? AND doc.current = 1");
  if (!st.ok()) return st.status();
  Stmt* s = *st;
  s->Bind(1, *group);
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
    c.from = SplitNames(s->Text(9));
    c.to = SplitNames(s->Text(10));
    out.push_back(std::move(c));
  }
  Status err = s->status();
  s->Reset();
  if (!err.ok()) return err;
  return out;
}

namespace {

// A merged deal of a group as stored, to compare with its recomputed form.
struct StoredDeal {
  int64_t id = 0;
  std::string uid;
  DealStatus status = DealStatus::kTalks;
  std::optional<double> amount_min, amount_max;
  std::string currency;
  bool amount_conflict = false, status_conflict = false;
  std::string first_date, last_date;
  int claims = 0;
  std::string from_names, to_names;
  std::vector<int64_t> linked;  // claims linked to it, sorted
  bool keep = false;
};

// True when the recomputed deal `row` is exactly the stored one: same fields
// and the same claims. Its rows (parties, edges, sums) can then stay.
bool SameDeal(const StoredDeal& old, const DealRow& row) {
  const MergedDeal& d = row.deal;
  if (old.uid != d.id || old.status != d.status || old.amount_min != d.amount_min || old.amount_max != d.amount_max ||
      old.currency != d.currency || old.amount_conflict != d.amount_conflict ||
      old.status_conflict != d.status_conflict || old.first_date != d.first_reported ||
      old.last_date != d.last_reported || old.claims != d.claims || old.linked.size() != row.claims.size()) {
    return false;
  }
  if (old.from_names != JoinNames(d.from) || old.to_names != JoinNames(d.to)) return false;
  std::vector<int64_t> claims(row.claims);
  std::sort(claims.begin(), claims.end());
  return claims == old.linked;
}

}  // namespace

Status SqliteStore::RemoveDeal(int64_t deal_id) {
  // Its edges out of the flow sums, its parties out of the organizations' sums.
  auto edges = db_->Prepare(
      "SELECT from_org, to_org, talks, currency, amount_min, amount_max FROM deal_edges WHERE deal_id = ?");
  if (!edges.ok()) return edges.status();
  struct Edge {
    int64_t from, to;
    bool talks;
    std::string currency;
    std::optional<double> lo, hi;
  };
  std::vector<Edge> old_edges;
  (*edges)->Bind(1, deal_id);
  while ((*edges)->Step()) {
    const Stmt& o = **edges;
    old_edges.push_back({o.Int(0), o.Int(1), o.Int(2) != 0, o.Text(3), o.OptDouble(4), o.OptDouble(5)});
  }
  if (Status s = (*edges)->status(); !s.ok()) return s;
  (*edges)->Reset();
  for (const Edge& e : old_edges) {
    if (Status s = AddFlow(e.from, e.to, e.currency, e.talks, -1, e.lo, e.hi); !s.ok()) return s;
  }
  auto parties = db_->Prepare(
      "SELECT org_id, side, type, status, currency, amount_min, amount_max FROM deal_parties WHERE deal_id = ?");
  if (!parties.ok()) return parties.status();
  std::vector<Party> old_parties;
  (*parties)->Bind(1, deal_id);
  while ((*parties)->Step()) {
    const Stmt& o = **parties;
    Party p;
    p.org = o.Int(0);
    p.side = static_cast<int>(o.Int(1));
    (void)ParseDealType(o.Text(2), &p.type);
    (void)ParseDealStatus(o.Text(3), &p.status);
    p.currency = o.Text(4);
    p.lo = o.OptDouble(5);
    p.hi = o.OptDouble(6);
    old_parties.push_back(std::move(p));
  }
  if (Status s = (*parties)->status(); !s.ok()) return s;
  (*parties)->Reset();
  if (Status s = AddOrgStats(old_parties, -1); !s.ok()) return s;
  static const char* const kDelete[] = {
      "DELETE FROM deal_edges WHERE deal_id = ?",
      "DELETE FROM deal_parties WHERE deal_id = ?",
      "DELETE FROM deals WHERE id = ?",
      "DELETE FROM deal_claims WHERE deal_id = ?",
  };
  for (const char* sql : kDelete) {
    auto st = db_->Prepare(sql);
    if (!st.ok()) return st.status();
    if (Status s = (*st)->Bind(1, deal_id).Run(); !s.ok()) return s;
  }
  return Status();
}

Status SqliteStore::ReplaceGroup(std::string_view group_key, const GroupParties& parties,
                                 const std::vector<DealRow>& deals) {
  // The group's stored deals. A new claim changes one deal of its group, or
  // starts one: the deals that come out the same keep their rows, so that a
  // group of many deals costs reads, not rewrites (a hub pair's group grows
  // with the ledger).
  auto group = GroupId(group_key, true);
  if (!group.ok()) return group.status();
  std::vector<StoredDeal> old;
  // Its rows must be stored to be read back (a group is recomputed once per
  // flush, so this happens only when it is recomputed twice before a commit).
  if (waiting_groups_.count(*group) != 0) {
    if (Status e = WriteDealRows(); !e.ok()) return e;
  }
  // A group created in this transaction has no stored deal before its first
  // ReplaceGroup.
  if (fresh_groups_.erase(*group) == 0) {
    auto st = db_->Prepare(
        "SELECT id, uid, status, amount_min, amount_max, currency, amount_conflict, status_conflict, first_date, "
        "last_date, claims, from_names, to_names FROM deals WHERE group_id = ?");
    if (!st.ok()) return st.status();
    Stmt* s = *st;
    s->Bind(1, *group);
    while (s->Step()) {
      StoredDeal o;
      o.id = s->Int(0);
      o.uid = s->Text(1);
      (void)ParseDealStatus(s->Text(2), &o.status);
      o.amount_min = s->OptDouble(3);
      o.amount_max = s->OptDouble(4);
      o.currency = s->Text(5);
      o.amount_conflict = s->Int(6) != 0;
      o.status_conflict = s->Int(7) != 0;
      o.first_date = s->Text(8);
      o.last_date = s->Text(9);
      o.claims = static_cast<int>(s->Int(10));
      o.from_names = s->Text(11);
      o.to_names = s->Text(12);
      old.push_back(std::move(o));
    }
    if (Status e = s->status(); !e.ok()) return e;
    s->Reset();
  }
  std::vector<bool> insert(deals.size(), true);
  if (!old.empty()) {
    std::unordered_map<int64_t, size_t> by_id;
    std::unordered_map<std::string_view, size_t> by_uid;
    for (size_t i = 0; i < old.size(); ++i) {
      by_id.emplace(old[i].id, i);
      by_uid.emplace(old[i].uid, i);
    }
    auto st = db_->Prepare(
        "SELECT c.deal_id, c.claim_id FROM deals d JOIN deal_claims c ON c.deal_id = d.id WHERE d.group_id = ?");
    if (!st.ok()) return st.status();
    Stmt* s = *st;
    s->Bind(1, *group);
    while (s->Step()) {
      auto it = by_id.find(s->Int(0));
      if (it != by_id.end()) old[it->second].linked.push_back(s->Int(1));
    }
    if (Status e = s->status(); !e.ok()) return e;
    s->Reset();
    for (StoredDeal& o : old) std::sort(o.linked.begin(), o.linked.end());
    for (size_t i = 0; i < deals.size(); ++i) {
      auto it = by_uid.find(deals[i].deal.id);
      if (it != by_uid.end() && SameDeal(old[it->second], deals[i])) {
        old[it->second].keep = true;
        insert[i] = false;
      }
    }
    for (const StoredDeal& o : old) {
      if (o.keep) continue;
      if (Status e = RemoveDeal(o.id); !e.ok()) return e;
    }
  }
  if (std::find(insert.begin(), insert.end(), true) == insert.end()) return Status();
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
      "INSERT INTO deals(uid, group_id, type, asset, status, amount_min, amount_max, currency, "
      "amount_conflict, status_conflict, first_date, last_date, claims, from_names, to_names) VALUES(?, ?, ?, ?, "
      "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  if (!ins.ok()) return ins.status();
  for (size_t i = 0; i < deals.size(); ++i) {
    if (!insert[i]) continue;
    const DealRow& row = deals[i];
    const MergedDeal& d = row.deal;
    Stmt* s = *ins;
    const std::string from = JoinNames(d.from), to = JoinNames(d.to);
    s->BindRef(1, d.id).Bind(2, *group).BindRef(3, ToString(parties.type)).BindRef(4, ToString(parties.asset));
    s->BindRef(5, ToString(d.status)).Bind(6, d.amount_min).Bind(7, d.amount_max).BindRef(8, d.currency);
    s->Bind(9, d.amount_conflict ? 1 : 0).Bind(10, d.status_conflict ? 1 : 0).BindRef(11, d.first_reported);
    s->BindRef(12, d.last_reported).Bind(13, d.claims).BindRef(14, from).BindRef(15, to);
    if (Status e = s->Run(); !e.ok()) return e;
    const int64_t deal_id = db_->LastInsertId();
    // Its parties, edges and claim links are written with those of other
    // deals (WriteDealRows).
    waiting_groups_.insert(*group);
    std::vector<Party> stats;
    for (int side = 0; side < 2; ++side) {
      for (int64_t org : side == 0 ? from_ids : to_ids) {
        stats.push_back({org, side, parties.type, d.status, d.currency, d.amount_min, d.amount_max});
        party_rows_.push_back({org, deal_id, side, parties.type, d.status, d.currency, d.amount_min, d.amount_max,
                               d.first_reported, d.last_reported});
      }
    }
    if (Status e = AddOrgStats(stats, 1); !e.ok()) return e;
    if (MovesMoney(parties.type) && d.status != DealStatus::kCancelled) {
      const size_t first_edge = edge_rows_.size();
      for (int64_t f : from_ids) {
        for (int64_t t : to_ids) {
          if (f == t) continue;
          // A pair named twice is one edge of the deal, counted once.
          if (std::any_of(edge_rows_.begin() + static_cast<std::ptrdiff_t>(first_edge), edge_rows_.end(),
                          [&](const EdgeRow& e) { return e.from == f && e.to == t; })) {
            continue;
          }
          edge_rows_.push_back({f, t, IsTalks(d.status), d.currency, deal_id, d.amount_min, d.amount_max});
          if (Status err = AddFlow(f, t, d.currency, IsTalks(d.status), 1, d.amount_min, d.amount_max); !err.ok()) {
            return err;
          }
        }
      }
    }
    for (int64_t claim : row.claims) link_rows_.emplace_back(deal_id, claim);
  }
  return Status();
}

Status SqliteStore::ClearDerived() {
  org_ids_.clear();
  orgs_.clear();
  group_ids_.clear();
  fresh_groups_.clear();
  ClearDealRows();
  ClearSums();
  // Claims keep their (now dangling) group ids until SetGroupKey re-keys each.
  return db_->Exec(
      "DELETE FROM flows; DELETE FROM org_sums; DELETE FROM org_pairs; DELETE FROM deal_edges; "
      "DELETE FROM deal_parties; DELETE FROM deal_claims; DELETE FROM deals; DELETE FROM groups; "
      "DELETE FROM organizations;");
}

Status SqliteStore::ForEachClaimParties(const std::function<Status(const ClaimParties&)>& fn) {
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
    c.from = SplitNames(s.Text(3));
    c.to = SplitNames(s.Text(4));
    out = fn(c);
  }
  if (out.ok()) out = s.status();
  sqlite3_finalize(raw);
  return out;
}

Status SqliteStore::SetGroupKey(int64_t claim, std::string_view group_key) {
  auto group = GroupId(group_key, true);
  if (!group.ok()) return group.status();
  auto fresh = fresh_groups_.find(*group);
  if (fresh != fresh_groups_.end()) fresh->second.reset();  // its claims are read back
  auto st = db_->Prepare("UPDATE claims SET group_id = ? WHERE id = ?");
  if (!st.ok()) return st.status();
  return (*st)->Bind(1, *group).Bind(2, claim).Run();
}

Result<std::vector<std::string>> SqliteStore::CurrentGroupKeys() {
  auto st = db_->Prepare(
      "SELECT DISTINCT g.key FROM claims c JOIN documents doc ON doc.id = c.document_id JOIN groups g ON g.id = "
      "c.group_id WHERE doc.current = 1 ORDER BY g.key");
  if (!st.ok()) return st.status();
  Stmt* s = *st;
  std::vector<std::string> keys;
  while (s->Step()) keys.push_back(s->Text(0));
  Status err = s->status();
  s->Reset();
  if (!err.ok()) return err;
  return keys;
}

Result<int64_t> SqliteStore::OrgId(const std::string& key) {
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

Result<int64_t> SqliteStore::GroupId(std::string_view key, bool create) {
  std::string k(key);
  auto it = group_ids_.find(k);
  if (it != group_ids_.end()) return it->second;
  auto insert = [&]() -> Result<int64_t> {  // the new row's id; 0 when the key is there
    auto ins = db_->Prepare("INSERT OR IGNORE INTO groups(key) VALUES(?)");
    if (!ins.ok()) return ins.status();
    if (Status e = (*ins)->BindRef(1, key).Run(); !e.ok()) return e;
    if (db_->Changes() == 0) return int64_t{0};
    const int64_t id = db_->LastInsertId();
    fresh_groups_.emplace(id, std::vector<MergeClaim>());
    return id;
  };
  auto find = [&]() -> Result<int64_t> {  // 0 when unknown
    auto st = db_->Prepare("SELECT id FROM groups WHERE key = ?");
    if (!st.ok()) return st.status();
    Stmt* s = *st;
    s->BindRef(1, key);
    const int64_t id = s->Step() ? s->Int(0) : 0;
    Status err = s->status();
    s->Reset();
    if (!err.ok()) return err;
    return id;
  };
  // In a bulk load a key missing from the cache is most often new: one
  // statement (the insert's uniqueness check is the look-up). Otherwise it is
  // most often stored already: look it up first.
  Result<int64_t> id = create && bulk_ ? insert() : find();
  if (id.ok() && *id == 0 && create) id = bulk_ ? find() : insert();
  if (!id.ok()) return id.status();
  if (*id == 0) {
    if (create) return Status(ErrorCode::kInternal, "group key neither stored nor found: " + k);
    return int64_t{0};
  }
  group_ids_.emplace(std::move(k), *id);
  return *id;
}

Result<std::unique_ptr<Store>> OpenSqliteStore(const std::string& path, bool create_if_missing) {
  auto db = SqliteDb::Open(path, create_if_missing);
  if (!db.ok()) return db.status();
  SqliteDb* d = db->get();
  if (path != ":memory:") {
    if (Status s = d->Exec("PRAGMA journal_mode = WAL"); !s.ok()) return s.At(path);
  }
  // Up to 1 GiB of page cache (a batch of a big ledger dirties pages all over its
  // indexes; a smaller cache spills them to the WAL mid-transaction and writes
  // them again), memory-mapped reads, checkpoints every 16 MB of WAL.
  if (Status s = d->Exec("PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = OFF; PRAGMA cache_size = -1048576; "
                         "PRAGMA mmap_size = 1073741824; PRAGMA temp_store = MEMORY;");
      !s.ok()) {
    return s.At(path);
  }
  if (Status s = SetCheckpointPages(d, kCheckpointPages); !s.ok()) {
    return s.At(path);
  }
  if (Status s = Migrate(d, SchemaMigrations()); !s.ok()) return s.At(path);
  // A bulk load killed before its end left the query indexes out.
  if (Status s = EnsureQueryIndexes(d); !s.ok()) return s.At(path);
  return std::unique_ptr<Store>(new SqliteStore(std::move(db).value()));
}

}  // namespace dealgraph
