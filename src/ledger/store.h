// Store: the storage backend behind a Ledger. SQLite (sqlite_store.cc) is the
// only one today; a PostgreSQL store would implement the same calls and run
// the same ledger_test suite.
//
// The Ledger owns the logic (content keys, versions, merging); a Store only
// keeps rows and answers indexed lookups. Writes happen between Begin() and
// Commit(); reads see the caller's own uncommitted writes.
#ifndef DEALGRAPH_LEDGER_STORE_H_
#define DEALGRAPH_LEDGER_STORE_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dealgraph/ledger.h"
#include "ledger/merge.h"

namespace dealgraph {

// A document row as written.
struct DocumentRow {
  std::string hash;
  std::string source;
  std::string doc;
  std::string title;
  std::string url;
  std::string outlet;
  std::string published;
  bool published_from_file_time = false;
  std::string text;
};

// The current version of a source.
struct SourceVersion {
  int64_t document = 0;  // row handle of its current document
  int version = 0;
};

// A merged deal as written: its summary, top parties (root keys) and claims.
struct DealRow {
  MergedDeal deal;  // from/to ignored: the parties come from the group key
  std::vector<int64_t> claims;
};

// A claim's parties and kind, enough to recompute its group (Reconcile).
struct ClaimParties {
  int64_t id = 0;
  DealType type = DealType::kInvestment;
  Asset asset = Asset::kNone;
  std::vector<std::string> from;  // names as reported
  std::vector<std::string> to;
};

class Store {
 public:
  virtual ~Store() = default;

  virtual Status Begin() = 0;
  virtual Status Commit() = 0;
  virtual Status Rollback() = 0;
  virtual bool InTransaction() const = 0;
  // A read transaction: the reads until EndRead() see one committed state,
  // whatever other connections commit meanwhile. No-ops inside a write
  // transaction (whose reads already see one state) and by default.
  virtual Status BeginRead() { return Status(); }
  virtual Status EndRead() { return Status(); }

  // Bulk load (outside a transaction): drops the indexes only queries read
  // when no document is stored yet (returns whether it did); the other call
  // creates any that are missing.
  virtual Result<bool> DropQueryIndexesIfEmpty() { return false; }
  virtual Status EnsureQueryIndexes() { return Status(); }

  // --- Writes (inside a transaction).
  virtual Result<bool> HasDocument(std::string_view hash) = 0;
  virtual Result<std::optional<SourceVersion>> CurrentVersion(std::string_view source, std::string_view doc) = 0;
  // Stores a document as version `version` of its source; returns its handle.
  virtual Result<int64_t> InsertDocument(const DocumentRow& row, int version) = 0;
  // Marks a document as replaced by a newer version; returns its claims' group keys.
  virtual Result<std::vector<std::string>> Supersede(int64_t document) = 0;
  virtual Status InsertClaim(int64_t document, int ordinal, std::string_view group_key, const Deal& deal) = 0;
  // Records an organization (key -> display name and root key). Display names
  // and roots are chosen order-independently (see docs/ledger.md).
  virtual Status UpsertOrg(std::string_view key, std::string_view name, std::string_view root_key) = 0;
  // The current claims of a group (in no particular order).
  virtual Result<std::vector<MergeClaim>> GroupClaims(std::string_view group_key) = 0;
  // Replaces every merged deal of a group.
  virtual Status ReplaceGroup(std::string_view group_key, const GroupParties& parties,
                              const std::vector<DealRow>& deals) = 0;
  // Reconcile: drops organizations and merged deals, then visits every claim
  // (current or not) so that the caller can re-key it with SetGroupKey.
  virtual Status ClearDerived() = 0;
  virtual Status ForEachClaimParties(const std::function<Status(const ClaimParties&)>& fn) = 0;
  virtual Status SetGroupKey(int64_t claim, std::string_view group_key) = 0;
  // Group keys of every current claim, each once.
  virtual Result<std::vector<std::string>> CurrentGroupKeys() = 0;
  // What ingest and watch last saw of a URL (empty when unknown), and its upkeep.
  virtual Result<std::optional<SourceState>> GetSourceState(std::string_view source) = 0;
  virtual Status PutSourceState(const SourceState& state) = 0;

  // --- Reads.
  // Counts; with `full` also SQLite's integrity check and the ledger's invariants.
  virtual Result<LedgerCheck> Check(bool full) = 0;
  virtual Result<std::vector<MergedDeal>> FindDeals(const DealFilter& filter, std::string_view org_root_key) = 0;
  virtual Result<int64_t> CountDeals(const DealFilter& filter, std::string_view org_root_key) = 0;
  virtual Result<std::optional<MergedDeal>> GetDeal(std::string_view id) = 0;
  virtual Result<std::vector<Claim>> ClaimsOf(std::string_view deal_id) = 0;
  virtual Result<OrgSummary> SummarizeOrg(std::string_view root_key) = 0;
  // By key; empty when unknown.
  virtual Result<std::optional<OrgRecord>> FindOrg(std::string_view key) = 0;
  virtual Result<std::vector<MoneyEdge>> MoneyEdges(std::string_view org_root_key, int limit) = 0;
  virtual Status ForEachMoneyEdge(std::string_view currency, bool include_talks,
                                  const std::function<bool(const MoneyEdge&, double)>& fn) = 0;
  virtual Result<std::vector<MergedDeal>> DealsBetween(std::string_view from_key, std::string_view to_key) = 0;
  virtual Status ForEachDeal(const std::function<Status(const MergedDeal&, const std::vector<Claim>&)>& fn) = 0;
};

// Opens or creates an SQLite database (":memory:" for a private one), in WAL
// mode with synchronous=NORMAL, and migrates its schema to Ledger::kSchemaVersion.
Result<std::unique_ptr<Store>> OpenSqliteStore(const std::string& path, bool create_if_missing);

}  // namespace dealgraph

#endif  // DEALGRAPH_LEDGER_STORE_H_
