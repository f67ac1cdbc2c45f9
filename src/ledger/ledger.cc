// Ledger: content-keyed documents, versions per source, claims, and the
// incremental upkeep of merged deals over a Store.
#include "dealgraph/ledger.h"

#include <set>
#include <unordered_map>
#include <utility>

#include "ledger/content_hash.h"
#include "ledger/merge.h"
#include "ledger/org_names.h"
#include "ledger/store.h"

namespace dealgraph {

struct Ledger::Pending {
  std::set<std::string> groups;  // group keys touched since the last flush
  int documents = 0;
  bool bulk = false;  // inside BeginBulkLoad/EndBulkLoad
  // ResolveOrg by reported name (pure for the ledger's root function; the same
  // organizations recur in most claims). Kept across flushes, dropped when big.
  std::unordered_map<std::string, OrgName> resolved;
  // After a commit or a rollback.
  void Clear() {
    groups.clear();
    documents = 0;
  }
};

namespace {

// ResolveOrg through a cache of earlier answers.
const OrgName& Resolve(const std::string& name, const RootFunction& root,
                       std::unordered_map<std::string, OrgName>* cache) {
  auto it = cache->find(name);
  if (it != cache->end()) return it->second;
  if (cache->size() >= 1000000) cache->clear();
  return cache->emplace(name, ResolveOrg(name, root)).first->second;
}

// Resolves one side's names, records the organizations, returns root keys.
Result<std::vector<std::string>> RecordSide(Store* store, const std::vector<std::string>& names,
                                            const RootFunction& root,
                                            std::unordered_map<std::string, OrgName>* cache) {
  std::vector<std::string> keys;
  keys.reserve(names.size());
  for (const std::string& n : names) {
    const OrgName& o = Resolve(n, root, cache);
    if (o.key.empty()) continue;
    if (Status s = store->UpsertOrg(o.root_key, o.root_name, o.root_key); !s.ok()) return s;
    if (o.key != o.root_key) {
      if (Status s = store->UpsertOrg(o.key, o.name, o.root_key); !s.ok()) return s;
    }
    keys.push_back(o.root_key);
  }
  return keys;
}

Result<std::string> RecordGroup(Store* store, DealType type, Asset asset, const std::vector<std::string>& from,
                                const std::vector<std::string>& to, const RootFunction& root,
                                std::unordered_map<std::string, OrgName>* cache) {
  auto f = RecordSide(store, from, root, cache);
  if (!f.ok()) return f.status();
  auto t = RecordSide(store, to, root, cache);
  if (!t.ok()) return t.status();
  return GroupKey(NormalizeGroup(type, asset, std::move(f).value(), std::move(t).value()));
}

Status RecomputeGroup(Store* store, const std::string& key, const RootFunction& root,
                      std::unordered_map<std::string, OrgName>* cache) {
  GroupParties parties;
  if (!ParseGroupKey(key, &parties)) return Status(ErrorCode::kInternal, "malformed group key");
  auto claims = store->GroupClaims(key);
  if (!claims.ok()) return claims.status();
  if (parties.type == DealType::kPartnership) {
    // Partnership sides are stored in key order: turn the reported names alike.
    for (MergeClaim& c : *claims) {
      std::vector<std::string> keys;
      for (const std::string& n : c.from) keys.push_back(Resolve(n, root, cache).root_key);
      if (NormalizeGroup(DealType::kInvestment, Asset::kNone, keys, {}).from != parties.from) std::swap(c.from, c.to);
    }
  }
  SortByReport(&claims.value());
  std::vector<DealRow> rows;
  for (const std::vector<size_t>& cluster : ClusterClaims(*claims)) {
    std::vector<const MergeClaim*> members;
    DealRow row;
    for (size_t i : cluster) {
      members.push_back(&(*claims)[i]);
      row.claims.push_back((*claims)[i].id);
    }
    row.deal = SummarizeCluster(key, members);
    rows.push_back(std::move(row));
  }
  return store->ReplaceGroup(key, parties, rows);
}

}  // namespace

Ledger::Ledger(std::unique_ptr<Store> store, const LedgerOptions& options)
    : store_(std::move(store)), options_(options), pending_(std::make_unique<Pending>()) {
  if (options_.batch_documents < 1) options_.batch_documents = 1;
}

Ledger::~Ledger() { (void)Flush(); }

Result<std::unique_ptr<Ledger>> Ledger::Open(const std::string& path, const LedgerOptions& options) {
  auto store = OpenSqliteStore(path, options.create_if_missing);
  if (!store.ok()) return store.status();
  return std::unique_ptr<Ledger>(new Ledger(std::move(store).value(), options));
}

Result<AddResult> Ledger::Add(const Document& doc, const std::vector<Deal>& claims, std::string_view content_key) {
  auto fail = [this](const Status& s) -> Status {
    (void)store_->Rollback();
    pending_->Clear();
    return s;
  };
  if (Status s = store_->Begin(); !s.ok()) return fail(s);
  AddResult result;
  const std::string hash = content_key.empty() ? ContentHash(doc.text) : std::string(content_key);
  auto known = store_->HasDocument(hash);
  if (!known.ok()) return fail(known.status());
  if (*known) return result;

  DocumentRow row;
  row.hash = hash;
  row.source = !doc.source.empty() ? doc.source : doc.url;
  row.doc = doc.id;
  row.title = doc.title;
  row.url = doc.url;
  row.outlet = doc.outlet;
  row.published = doc.published;
  row.published_from_file_time = doc.published_from_file_time;
  row.text = doc.text;
  auto current = store_->CurrentVersion(row.source, row.doc);
  if (!current.ok()) return fail(current.status());
  result.version = *current ? (*current)->version + 1 : 1;
  if (*current) {
    auto groups = store_->Supersede((*current)->document);
    if (!groups.ok()) return fail(groups.status());
    pending_->groups.insert(groups->begin(), groups->end());
  }
  auto id = store_->InsertDocument(row, result.version);
  if (!id.ok()) return fail(id.status());
  for (size_t i = 0; i < claims.size(); ++i) {
    const Deal& d = claims[i];
    auto key = RecordGroup(store_.get(), d.type, d.asset, d.from, d.to, options_.root, &pending_->resolved);
    if (!key.ok()) return fail(key.status());
    if (Status s = store_->InsertClaim(*id, static_cast<int>(i), *key, d); !s.ok()) return fail(s);
    pending_->groups.insert(*key);
  }
  result.added = true;
  result.claims = static_cast<int>(claims.size());
  const int batch = pending_->bulk && options_.bulk_batch_documents > 0 ? options_.bulk_batch_documents
                                                                        : options_.batch_documents;
  if (++pending_->documents >= batch) {
    if (Status s = Flush(); !s.ok()) return s;
  }
  return result;
}

Result<bool> Ledger::Contains(std::string_view text, std::string* content_key) {
  std::string key = ContentHash(text);
  auto known = store_->HasDocument(key);
  if (content_key) *content_key = std::move(key);
  return known;
}

Status Ledger::Flush() {
  if (!store_->InTransaction()) return Status();
  for (const std::string& key : pending_->groups) {
    if (Status s = RecomputeGroup(store_.get(), key, options_.root, &pending_->resolved); !s.ok()) {
      (void)store_->Rollback();
      pending_->Clear();
      return s;
    }
  }
  pending_->Clear();
  return store_->Commit();
}

Result<bool> Ledger::BeginBulkLoad() {
  if (Status s = Flush(); !s.ok()) return s;
  auto bulk = store_->DropQueryIndexesIfEmpty();
  if (bulk.ok()) pending_->bulk = *bulk;
  return bulk;
}

Status Ledger::EndBulkLoad() {
  if (Status s = Flush(); !s.ok()) return s;
  pending_->bulk = false;
  return store_->EnsureQueryIndexes();
}

Status Ledger::Reconcile() {
  if (Status s = Flush(); !s.ok()) return s;
  if (Status s = store_->Begin(); !s.ok()) return s;
  auto fail = [this](const Status& s) {
    (void)store_->Rollback();
    return s;
  };
  if (Status s = store_->ClearDerived(); !s.ok()) return fail(s);
  std::vector<ClaimParties> all;
  Status s = store_->ForEachClaimParties([&](const ClaimParties& c) {
    all.push_back(c);
    return Status();
  });
  if (!s.ok()) return fail(s);
  for (const ClaimParties& c : all) {
    auto key = RecordGroup(store_.get(), c.type, c.asset, c.from, c.to, options_.root, &pending_->resolved);
    if (!key.ok()) return fail(key.status());
    if (Status e = store_->SetGroupKey(c.id, *key); !e.ok()) return fail(e);
  }
  auto keys = store_->CurrentGroupKeys();
  if (!keys.ok()) return fail(keys.status());
  for (const std::string& key : *keys) {
    if (Status e = RecomputeGroup(store_.get(), key, options_.root, &pending_->resolved); !e.ok()) return fail(e);
  }
  return store_->Commit();
}

Result<std::optional<SourceState>> Ledger::GetSourceState(std::string_view source) {
  return store_->GetSourceState(source);
}

Status Ledger::PutSourceState(const SourceState& state) {
  if (Status s = store_->Begin(); !s.ok()) return s;
  if (Status s = store_->PutSourceState(state); !s.ok()) {
    (void)store_->Rollback();
    pending_->Clear();
    return s;
  }
  return Status();
}

Status Ledger::BeginRead() { return store_->BeginRead(); }
Status Ledger::EndRead() { return store_->EndRead(); }

Result<LedgerCheck> Ledger::Check() {
  if (Status s = Flush(); !s.ok()) return s;
  return store_->Check(/*full=*/true);
}

Result<LedgerCheck> Ledger::Counts() {
  if (Status s = Flush(); !s.ok()) return s;
  return store_->Check(/*full=*/false);
}

Result<std::vector<MergedDeal>> Ledger::FindDeals(const DealFilter& filter) {
  std::string root_key;
  if (!filter.org.empty()) {
    auto org = FindOrg(filter.org);
    if (!org.ok()) {
      if (org.status().code() == ErrorCode::kNotFound) return std::vector<MergedDeal>{};
      return org.status();
    }
    root_key = OrgKey(org->root);
  }
  return store_->FindDeals(filter, root_key);
}

Result<int64_t> Ledger::CountDeals(const DealFilter& filter) {
  std::string root_key;
  if (!filter.org.empty()) {
    auto org = FindOrg(filter.org);
    if (!org.ok()) {
      if (org.status().code() == ErrorCode::kNotFound) return int64_t{0};
      return org.status();
    }
    root_key = OrgKey(org->root);
  }
  return store_->CountDeals(filter, root_key);
}

Result<OrgSummary> Ledger::SummarizeOrg(std::string_view name) {
  auto org = FindOrg(name);
  if (!org.ok()) return org.status();
  return store_->SummarizeOrg(OrgKey(org->root));
}

Result<MergedDeal> Ledger::GetDeal(std::string_view id) {
  auto d = store_->GetDeal(id);
  if (!d.ok()) return d.status();
  if (!*d) return Status(ErrorCode::kNotFound, "no merged deal with id " + std::string(id));
  return std::move(**d);
}

Result<std::vector<Claim>> Ledger::ClaimsOf(std::string_view deal_id) { return store_->ClaimsOf(deal_id); }

Result<OrgRecord> Ledger::FindOrg(std::string_view name) {
  auto org = store_->FindOrg(OrgKey(name));
  if (!org.ok()) return org.status();
  if (*org) return std::move(**org);
  // A unit no claim names directly ("Amazon Web Services") still finds its parent.
  OrgName resolved = ResolveOrg(name, options_.root);
  if (resolved.root_key != resolved.key) {
    auto parent = store_->FindOrg(resolved.root_key);
    if (!parent.ok()) return parent.status();
    if (*parent) return std::move(**parent);
  }
  return Status(ErrorCode::kNotFound, "no organization named " + std::string(name));
}

Result<std::vector<MoneyEdge>> Ledger::MoneyEdges(std::string_view org, int limit) {
  std::string root_key;
  if (!org.empty()) {
    auto found = FindOrg(org);
    if (!found.ok()) {
      if (found.status().code() == ErrorCode::kNotFound) return std::vector<MoneyEdge>{};
      return found.status();
    }
    root_key = OrgKey(found->root);
  }
  return store_->MoneyEdges(root_key, limit);
}

Status Ledger::ForEachMoneyEdge(std::string_view currency, bool include_talks,
                                const std::function<bool(const MoneyEdge&, double)>& fn) {
  return store_->ForEachMoneyEdge(currency, include_talks, fn);
}

Result<std::vector<MergedDeal>> Ledger::DealsBetween(std::string_view from, std::string_view to) {
  return store_->DealsBetween(OrgKey(from), OrgKey(to));
}

Status Ledger::ForEachDeal(const std::function<Status(const MergedDeal&, const std::vector<Claim>&)>& fn) {
  return store_->ForEachDeal(fn);
}

}  // namespace dealgraph
