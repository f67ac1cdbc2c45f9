// Schema migrations of the SQLite ledger (docs/ledger.md describes the tables).
#include "ledger/schema.h"

#include <string>

namespace dealgraph {

const std::vector<std::string_view>& SchemaMigrations() {
  static const std::vector<std::string_view> kMigrations = {
      // 0 -> 1: documents, claims, organizations, merged deals.
      R"sql(
CREATE TABLE sources(
  id INTEGER PRIMARY KEY,
  path TEXT NOT NULL,          -- path or URL it was read from
  doc TEXT NOT NULL,           -- Document::id
  UNIQUE(path, doc));
CREATE TABLE documents(
  id INTEGER PRIMARY KEY,
  hash TEXT NOT NULL UNIQUE,   -- ContentHash(text)
  source_id INTEGER NOT NULL REFERENCES sources(id),
  version INTEGER NOT NULL,    -- 1, 2, ... per source
  current INTEGER NOT NULL,    -- 0 once a newer version replaced it
  doc TEXT NOT NULL,
  title TEXT NOT NULL,
  url TEXT NOT NULL,
  outlet TEXT NOT NULL,
  published TEXT NOT NULL,
  published_from_file_time INTEGER NOT NULL,
  UNIQUE(source_id, version));
CREATE TABLE texts(            -- apart from documents, so that lookups of documents stay small
  document_id INTEGER PRIMARY KEY,
  text TEXT NOT NULL);
CREATE TABLE claims(
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id),
  ordinal INTEGER NOT NULL,
  group_key TEXT NOT NULL,     -- type, asset, top parties (ledger/merge.h)
  type TEXT NOT NULL,
  asset TEXT NOT NULL,
  from_names TEXT NOT NULL,    -- names as reported, joined by char(31)
  to_names TEXT NOT NULL,
  amount REAL,
  amount_max REAL,
  currency TEXT,
  qualifier TEXT,
  aggregate INTEGER NOT NULL,
  status TEXT NOT NULL,
  attribution TEXT NOT NULL,   -- joined by char(31)
  evidence_start INTEGER NOT NULL,
  evidence_end INTEGER NOT NULL,
  evidence_text TEXT NOT NULL,
  deal_id INTEGER,             -- merged deal; NULL for claims of replaced versions
  UNIQUE(document_id, ordinal));
CREATE INDEX claims_group ON claims(group_key);
CREATE INDEX claims_deal ON claims(deal_id);
CREATE TABLE organizations(
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,    -- OrgKey(name)
  name TEXT NOT NULL,
  root_key TEXT NOT NULL,      -- key of the top organization (itself for a top one)
  deals INTEGER NOT NULL DEFAULT 0);  -- merged deals it is a (top) party of
CREATE INDEX organizations_root ON organizations(root_key);
CREATE TABLE deals(
  id INTEGER PRIMARY KEY,
  uid TEXT NOT NULL UNIQUE,
  group_key TEXT NOT NULL,
  type TEXT NOT NULL,
  asset TEXT NOT NULL,
  status TEXT NOT NULL,
  amount_min REAL,
  amount_max REAL,
  currency TEXT NOT NULL,
  amount_conflict INTEGER NOT NULL,
  status_conflict INTEGER NOT NULL,
  first_date TEXT NOT NULL,
  last_date TEXT NOT NULL,
  claims INTEGER NOT NULL,
  from_names TEXT NOT NULL,    -- parties as most reports name them, joined by char(31)
  to_names TEXT NOT NULL);
CREATE INDEX deals_group ON deals(group_key);
CREATE INDEX deals_last ON deals(last_date, uid);
CREATE INDEX deals_first ON deals(first_date, uid);
CREATE INDEX deals_amount ON deals(amount_max);
CREATE TABLE deal_parties(     -- with copies of the deal's fields: an organization's deals in one range
  org_id INTEGER NOT NULL,     -- the top organization
  deal_id INTEGER NOT NULL,
  side INTEGER NOT NULL,       -- 0 from (paying side), 1 to
  type TEXT NOT NULL,
  status TEXT NOT NULL,
  currency TEXT NOT NULL,
  amount_min REAL,
  amount_max REAL,
  first_date TEXT NOT NULL,
  last_date TEXT NOT NULL,
  PRIMARY KEY(org_id, deal_id, side)) WITHOUT ROWID;
CREATE INDEX deal_parties_deal ON deal_parties(deal_id, side);
CREATE INDEX deal_parties_recent ON deal_parties(org_id, last_date);
CREATE INDEX deal_parties_largest ON deal_parties(org_id, amount_max);
CREATE TABLE deal_edges(       -- money-moving, not cancelled, between two different top organizations
  from_org INTEGER NOT NULL,
  to_org INTEGER NOT NULL,
  talks INTEGER NOT NULL,      -- status talks or planned
  currency TEXT NOT NULL,
  deal_id INTEGER NOT NULL,
  amount_min REAL,
  amount_max REAL,
  PRIMARY KEY(from_org, to_org, talks, currency, deal_id)) WITHOUT ROWID;
CREATE INDEX deal_edges_deal ON deal_edges(deal_id);
CREATE TABLE flows(            -- deal_edges summed per pair and currency, kept current with them
  from_org INTEGER NOT NULL,
  to_org INTEGER NOT NULL,
  currency TEXT NOT NULL,
  deals INTEGER NOT NULL,      -- agreed (announced, completed)
  amount_min INTEGER NOT NULL, -- whole currency units
  amount_max INTEGER NOT NULL,
  talks_deals INTEGER NOT NULL,  -- talks, planned
  talks_amount_min INTEGER NOT NULL,
  talks_amount_max INTEGER NOT NULL,
  PRIMARY KEY(from_org, to_org, currency)) WITHOUT ROWID;
CREATE INDEX flows_size ON flows(amount_max + talks_amount_max DESC);
CREATE INDEX flows_to ON flows(to_org);
CREATE INDEX flows_weight ON flows(currency, amount_min DESC) WHERE deals > 0;
CREATE INDEX flows_weight_talks ON flows(currency, amount_min + talks_amount_min DESC);
CREATE TABLE org_sums(         -- deal_parties summed per organization, side, type, status and currency
  org_id INTEGER NOT NULL,
  side INTEGER NOT NULL,
  type TEXT NOT NULL,
  status TEXT NOT NULL,
  currency TEXT NOT NULL,
  deals INTEGER NOT NULL,
  amount_min INTEGER NOT NULL, -- whole currency units
  amount_max INTEGER NOT NULL,
  PRIMARY KEY(org_id, side, type, status, currency)) WITHOUT ROWID;
CREATE TABLE org_pairs(        -- the deals two top organizations share, per type
  org_id INTEGER NOT NULL,
  other_id INTEGER NOT NULL,
  deals INTEGER NOT NULL,
  investments INTEGER NOT NULL,
  acquisitions INTEGER NOT NULL,
  purchases INTEGER NOT NULL,
  partnerships INTEGER NOT NULL,
  PRIMARY KEY(org_id, other_id)) WITHOUT ROWID;
CREATE INDEX org_pairs_top ON org_pairs(org_id, deals DESC);
)sql",
      // 1 -> 2: what ingest and watch last saw of each URL (docs/feeds.md).
      R"sql(
CREATE TABLE source_state(
  source TEXT PRIMARY KEY,     -- the URL as given
  etag TEXT NOT NULL,          -- validators for conditional requests ('' when the server gave none)
  last_modified TEXT NOT NULL,
  body_hash TEXT NOT NULL,     -- ContentHash of the bytes last read in full
  checked_at INTEGER NOT NULL, -- Unix seconds of the last successful check
  changed_at INTEGER NOT NULL) -- Unix seconds when the bytes last changed
  WITHOUT ROWID;
)sql",
      // 2 -> 3: deal_parties keyed by deal first, so that a new deal's rows
      // append instead of landing all over an index ordered by organization;
      // an organization's deals are read through deal_parties_recent and
      // deal_parties_largest, which start with it.
      R"sql(
CREATE TABLE deal_parties_by_deal(
  org_id INTEGER NOT NULL,     -- the top organization
  deal_id INTEGER NOT NULL,
  side INTEGER NOT NULL,       -- 0 from (paying side), 1 to
  type TEXT NOT NULL,
  status TEXT NOT NULL,
  currency TEXT NOT NULL,
  amount_min REAL,
  amount_max REAL,
  first_date TEXT NOT NULL,
  last_date TEXT NOT NULL,
  PRIMARY KEY(deal_id, side, org_id)) WITHOUT ROWID;
INSERT INTO deal_parties_by_deal SELECT org_id, deal_id, side, type, status, currency, amount_min, amount_max,
  first_date, last_date FROM deal_parties ORDER BY deal_id, side, org_id;
DROP TABLE deal_parties;
ALTER TABLE deal_parties_by_deal RENAME TO deal_parties;
CREATE INDEX deal_parties_recent ON deal_parties(org_id, last_date);
CREATE INDEX deal_parties_largest ON deal_parties(org_id, amount_max);
)sql",
      // 3 -> 4: groups by integer id (one text key per group instead of one per
      // claim and deal); claims linked to their merged deal in deal_claims, so
      // that a claim row is written once; deal_edges keyed by deal first, so
      // that a new deal's edges append (deal_edges_pair serves queries).
      R"sql(
CREATE TABLE groups(
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE);   -- type, asset, top parties (ledger/merge.h)
INSERT INTO groups(key) SELECT group_key FROM claims UNION SELECT group_key FROM deals;
CREATE TABLE claims_v4(
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id),
  ordinal INTEGER NOT NULL,
  group_id INTEGER NOT NULL,   -- groups(id)
  type TEXT NOT NULL,
  asset TEXT NOT NULL,
  from_names TEXT NOT NULL,    -- names as reported, joined by char(31)
  to_names TEXT NOT NULL,
  amount REAL,
  amount_max REAL,
  currency TEXT,
  qualifier TEXT,
  aggregate INTEGER NOT NULL,
  status TEXT NOT NULL,
  attribution TEXT NOT NULL,   -- joined by char(31)
  evidence_start INTEGER NOT NULL,
  evidence_end INTEGER NOT NULL,
  evidence_text TEXT NOT NULL,
  UNIQUE(document_id, ordinal));
INSERT INTO claims_v4 SELECT c.id, c.document_id, c.ordinal, g.id, c.type, c.asset, c.from_names, c.to_names,
  c.amount, c.amount_max, c.currency, c.qualifier, c.aggregate, c.status, c.attribution, c.evidence_start,
  c.evidence_end, c.evidence_text FROM claims c JOIN groups g ON g.key = c.group_key ORDER BY c.id;
CREATE TABLE deal_claims(      -- the current claims of each merged deal
  deal_id INTEGER NOT NULL,
  claim_id INTEGER NOT NULL,
  PRIMARY KEY(deal_id, claim_id)) WITHOUT ROWID;
INSERT INTO deal_claims SELECT deal_id, id FROM claims WHERE deal_id IS NOT NULL ORDER BY deal_id, id;
DROP TABLE claims;
ALTER TABLE claims_v4 RENAME TO claims;
CREATE INDEX claims_group ON claims(group_id);
CREATE TABLE deals_v4(
  id INTEGER PRIMARY KEY,
  uid TEXT NOT NULL UNIQUE,
  group_id INTEGER NOT NULL,   -- groups(id)
  type TEXT NOT NULL,
  asset TEXT NOT NULL,
  status TEXT NOT NULL,
  amount_min REAL,
  amount_max REAL,
  currency TEXT NOT NULL,
  amount_conflict INTEGER NOT NULL,
  status_conflict INTEGER NOT NULL,
  first_date TEXT NOT NULL,
  last_date TEXT NOT NULL,
  claims INTEGER NOT NULL,
  from_names TEXT NOT NULL,    -- parties as most reports name them, joined by char(31)
  to_names TEXT NOT NULL);
INSERT INTO deals_v4 SELECT d.id, d.uid, g.id, d.type, d.asset, d.status, d.amount_min, d.amount_max, d.currency,
  d.amount_conflict, d.status_conflict, d.first_date, d.last_date, d.claims, d.from_names, d.to_names
  FROM deals d JOIN groups g ON g.key = d.group_key ORDER BY d.id;
DROP TABLE deals;
ALTER TABLE deals_v4 RENAME TO deals;
CREATE INDEX deals_group ON deals(group_id);
CREATE INDEX deals_last ON deals(last_date, uid);
CREATE INDEX deals_first ON deals(first_date, uid);
CREATE INDEX deals_amount ON deals(amount_max);
CREATE TABLE deal_edges_v4(    -- money-moving, not cancelled, between two different top organizations
  deal_id INTEGER NOT NULL,
  from_org INTEGER NOT NULL,
  to_org INTEGER NOT NULL,
  talks INTEGER NOT NULL,      -- status talks or planned
  currency TEXT NOT NULL,
  amount_min REAL,
  amount_max REAL,
  PRIMARY KEY(deal_id, from_org, to_org, talks, currency)) WITHOUT ROWID;
INSERT INTO deal_edges_v4 SELECT deal_id, from_org, to_org, talks, currency, amount_min, amount_max FROM deal_edges
  ORDER BY deal_id, from_org, to_org, talks, currency;
DROP TABLE deal_edges;
ALTER TABLE deal_edges_v4 RENAME TO deal_edges;
CREATE INDEX deal_edges_pair ON deal_edges(from_org, to_org);
)sql",
  };
  return kMigrations;
}

const std::vector<QueryIndex>& QueryIndexes() {
  // The same definitions as in the migrations above (ledger_test checks that
  // sqlite_master holds exactly these after a bulk load).
  static const std::vector<QueryIndex> kIndexes = {
      {"deals_last", "deals_last ON deals(last_date, uid)"},
      {"deals_first", "deals_first ON deals(first_date, uid)"},
      {"deals_amount", "deals_amount ON deals(amount_max)"},
      {"deal_parties_recent", "deal_parties_recent ON deal_parties(org_id, last_date)"},
      {"deal_parties_largest", "deal_parties_largest ON deal_parties(org_id, amount_max)"},
      {"deal_edges_pair", "deal_edges_pair ON deal_edges(from_org, to_org)"},
      {"flows_size", "flows_size ON flows(amount_max + talks_amount_max DESC)"},
      {"flows_to", "flows_to ON flows(to_org)"},
      {"flows_weight", "flows_weight ON flows(currency, amount_min DESC) WHERE deals > 0"},
      {"flows_weight_talks", "flows_weight_talks ON flows(currency, amount_min + talks_amount_min DESC)"},
      {"org_pairs_top", "org_pairs_top ON org_pairs(org_id, deals DESC)"},
  };
  return kIndexes;
}

namespace {

Result<int64_t> PresentQueryIndexes(SqliteDb* db) {
  std::string sql = "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name IN (";
  for (size_t i = 0; i < QueryIndexes().size(); ++i) sql += (i ? ", '" : "'") + std::string(QueryIndexes()[i].name) + "'";
  return db->QueryInt(sql + ")");
}

}  // namespace

Status EnsureQueryIndexes(SqliteDb* db) {
  Result<int64_t> present = PresentQueryIndexes(db);
  if (!present.ok()) return present.status();
  if (*present == static_cast<int64_t>(QueryIndexes().size())) return Status();
  std::string sql = "BEGIN IMMEDIATE;";
  for (const QueryIndex& index : QueryIndexes()) sql += "CREATE INDEX IF NOT EXISTS " + std::string(index.definition) + ";";
  if (Status s = db->Exec(sql + "COMMIT;"); !s.ok()) {
    (void)db->Exec("ROLLBACK");
    return Status(ErrorCode::kDatabaseError, "creating the query indexes failed: " + s.message());
  }
  return Status();
}

Result<bool> DropQueryIndexesIfEmpty(SqliteDb* db) {
  if (Status s = db->Exec("BEGIN IMMEDIATE"); !s.ok()) return s;
  Result<int64_t> stored = db->QueryInt("SELECT EXISTS(SELECT 1 FROM documents)");
  Status s = stored.status();
  if (s.ok() && *stored == 0) {
    std::string sql;
    for (const QueryIndex& index : QueryIndexes()) sql += "DROP INDEX IF EXISTS " + std::string(index.name) + ";";
    s = db->Exec(sql);
  }
  if (s.ok()) s = db->Exec("COMMIT");
  if (!s.ok()) {
    (void)db->Exec("ROLLBACK");
    return s;
  }
  return *stored == 0;
}

Status Migrate(SqliteDb* db, const std::vector<std::string_view>& migrations) {
  Result<int64_t> version = db->QueryInt("PRAGMA user_version");
  if (!version.ok()) return version.status();
  const int64_t known = static_cast<int64_t>(migrations.size());
  if (*version > known) {
    return Status(ErrorCode::kVersionMismatch,
                  "database schema version " + std::to_string(*version) + " is newer than this dealgraph knows (" +
                      std::to_string(known) + "); use a newer dealgraph");
  }
  for (int64_t v = *version; v < known; ++v) {
    if (Status s = db->Exec("BEGIN IMMEDIATE"); !s.ok()) return s;
    // Re-read inside the lock: another process may have migrated meanwhile.
    Result<int64_t> now = db->QueryInt("PRAGMA user_version");
    if (!now.ok() || *now != v) {
      (void)db->Exec("ROLLBACK");
      if (!now.ok()) return now.status();
      return Migrate(db, migrations);
    }
    Status s = db->Exec(migrations[v]);
    if (s.ok()) s = db->Exec("PRAGMA user_version = " + std::to_string(v + 1));
    if (s.ok()) s = db->Exec("COMMIT");
    if (!s.ok()) {
      (void)db->Exec("ROLLBACK");
      return Status(ErrorCode::kDatabaseError,
                    "migration to schema version " + std::to_string(v + 1) + " failed: " + s.message());
    }
  }
  return Status();
}

}  // namespace dealgraph
