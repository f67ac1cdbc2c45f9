// The SQLite Store: the class behind OpenSqliteStore. Writes live in
// sqlite_store.cc, the rows and sums kept for a commit in sqlite_deal_rows.cc,
// reads and checks in sqlite_reads.cc; row helpers in sqlite_rows.h.
// Internal to src/ledger.
#ifndef DEALGRAPH_LEDGER_SQLITE_STORE_H_
#define DEALGRAPH_LEDGER_SQLITE_STORE_H_

#include <array>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "ledger/sqlite_db.h"
#include "ledger/store.h"

namespace dealgraph {

class SqliteStore : public Store {
 public:
  explicit SqliteStore(std::unique_ptr<SqliteDb> db) : db_(std::move(db)) {}
  ~SqliteStore() override {
    if (in_tx_) (void)Rollback();
    (void)EndRead();
    (void)db_->Exec(kCloseSql);
  }

  // Run at close: keeps the planner's statistics current. ANALYZE of a table
  // optimize picks reads about kAnalysisLimit entries of each index instead of
  // all (the full analysis of a new 12,000-article ledger was 6 % of its load);
  // the plans of the query benchmarks on a 1M-deal ledger stay the same.
  static constexpr int kAnalysisLimit = 1000;
  static constexpr const char* kCloseSql = "PRAGMA analysis_limit = 1000; PRAGMA optimize";

  Status Begin() override;
  Status Commit() override;
  Status Rollback() override;
  bool InTransaction() const override { return in_tx_; }
  Status BeginRead() override;
  Status EndRead() override;

  Result<bool> DropQueryIndexesIfEmpty() override;
  Status EnsureQueryIndexes() override;

  // Writes (sqlite_store.cc).
  Result<bool> HasDocument(std::string_view hash) override;
  Result<std::optional<SourceVersion>> CurrentVersion(std::string_view source, std::string_view doc) override;
  Result<int64_t> InsertDocument(const DocumentRow& row, int version) override;
  Result<std::vector<std::string>> Supersede(int64_t document) override;
  Status InsertClaim(int64_t document, int ordinal, std::string_view group_key, const Deal& d) override;
  Status UpsertOrg(std::string_view key, std::string_view name, std::string_view root_key) override;
  Result<std::vector<MergeClaim>> GroupClaims(std::string_view group_key) override;
  Status ReplaceGroup(std::string_view group_key, const GroupParties& parties,
                      const std::vector<DealRow>& deals) override;
  Status ClearDerived() override;
  Status ForEachClaimParties(const std::function<Status(const ClaimParties&)>& fn) override;
  Status SetGroupKey(int64_t claim, std::string_view group_key) override;
  Result<std::vector<std::string>> CurrentGroupKeys() override;
  // Source state (sqlite_source_state.cc).
  Result<std::optional<SourceState>> GetSourceState(std::string_view source) override;
  Status PutSourceState(const SourceState& state) override;

  // Reads (sqlite_reads.cc).
  Result<LedgerCheck> Check(bool full) override;
  Result<std::vector<MergedDeal>> FindDeals(const DealFilter& f, std::string_view org_root_key) override;
  Result<int64_t> CountDeals(const DealFilter& f, std::string_view org_root_key) override;
  Result<OrgSummary> SummarizeOrg(std::string_view root_key) override;
  Result<std::optional<MergedDeal>> GetDeal(std::string_view id) override;
  Result<std::vector<Claim>> ClaimsOf(std::string_view deal_id) override;
  Result<std::optional<OrgRecord>> FindOrg(std::string_view key) override;
  Result<std::vector<MoneyEdge>> MoneyEdges(std::string_view org_root_key, int limit) override;
  Status ForEachMoneyEdge(std::string_view currency, bool include_talks,
                          const std::function<bool(const MoneyEdge&, double)>& fn) override;
  Result<std::vector<MergedDeal>> DealsBetween(std::string_view from_key, std::string_view to_key) override;
  Status ForEachDeal(const std::function<Status(const MergedDeal&, const std::vector<Claim>&)>& fn) override;

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

  // Adds `sign` times one deal's amounts to the flow of a pair and currency
  // (pending until ApplySums).
  Status AddFlow(int64_t from, int64_t to, const std::string& currency, bool talks, int sign,
                 const std::optional<double>& lo, const std::optional<double>& hi);

  Result<int64_t> OrgId(const std::string& key);
  // The id of a group key; 0 when unknown and !create, else a new row.
  Result<int64_t> GroupId(std::string_view key, bool create);

  // One deal's party as the per-organization sums see it.
  struct Party {
    int64_t org = 0;
    int side = 0;
    DealType type = DealType::kInvestment;
    DealStatus status = DealStatus::kTalks;
    std::string currency;
    std::optional<double> lo, hi;
  };
  // Adds (sign 1) or removes (-1) one deal's parties in org_sums, org_pairs
  // and organizations.deals (pending until ApplySums).
  Status AddOrgStats(const std::vector<Party>& parties, int sign);
  // Writes the pending sums, one row update per key, before a commit: a hub
  // in many deals of a batch costs one update, not one per deal. Rows left
  // with no deal are removed.
  Status ApplySums();
  void ClearSums();
  // Deletes one merged deal with its parties and edges, takes it out of the
  // sums and unlinks its claims.
  Status RemoveDeal(int64_t deal_id);
  // Writes the parties, edges and claim links of the merged deals inserted
  // since the last call, a few dozen rows per statement (MultiRowInsert).
  // Called at commit, and before a group whose rows wait is read again.
  Status WriteDealRows();
  void ClearDealRows();

  std::unique_ptr<SqliteDb> db_;
  bool in_tx_ = false;
  bool in_read_ = false;  // inside BeginRead/EndRead
  bool bulk_ = false;     // between DropQueryIndexesIfEmpty (true) and EnsureQueryIndexes
  // Caches of organization key -> id, and -> the stored (name, root key), so
  // that unchanged organizations are not rewritten; valid while no other
  // connection commits (PRAGMA data_version stays `data_version_`).
  std::unordered_map<std::string, int64_t> org_ids_;
  std::unordered_map<std::string, std::pair<std::string, std::string>> orgs_;
  std::unordered_map<std::string, int64_t> group_ids_;  // group key -> groups.id, same validity
  // Groups created in this transaction: none has a merged deal yet, and the
  // claims of each are kept as GroupClaims would read them back (nullopt once
  // that is not known here: a claim re-keyed, a document replaced), so that a
  // new group's claims are not read back from SQLite.
  std::unordered_map<int64_t, std::optional<std::vector<MergeClaim>>> fresh_groups_;
  // The document InsertDocument wrote last: handle, hash and report date.
  int64_t last_document_ = 0;
  std::string last_document_hash_, last_document_date_;
  int64_t data_version_ = -1;
  // Rows of new merged deals not yet written (WriteDealRows): the deal's
  // fields a party row copies, its edges, its claim links.
  struct PartyRow {
    int64_t org = 0, deal = 0;
    int side = 0;
    DealType type = DealType::kInvestment;
    DealStatus status = DealStatus::kTalks;
    std::string currency;
    std::optional<double> lo, hi;
    std::string first_date, last_date;
  };
  struct EdgeRow {
    int64_t from = 0, to = 0;
    bool talks = false;
    std::string currency;
    int64_t deal = 0;
    std::optional<double> lo, hi;
  };
  std::unordered_set<int64_t> waiting_groups_;  // groups whose deals have rows waiting
  std::vector<PartyRow> party_rows_;
  std::vector<EdgeRow> edge_rows_;
  std::vector<std::pair<int64_t, int64_t>> link_rows_;  // (deal, claim)
  // Pending changes of the sums tables in this transaction.
  std::map<std::tuple<int64_t, int, std::string, std::string, std::string>, std::array<int64_t, 3>> sum_delta_;
  std::map<int64_t, int64_t> count_delta_;
  std::map<std::pair<int64_t, int64_t>, std::array<int64_t, 5>> pair_delta_;  // deals, then per type
  std::map<std::tuple<int64_t, int64_t, std::string>, std::array<int64_t, 6>> flow_delta_;  // agreed, talks
};

}  // namespace dealgraph

#endif  // DEALGRAPH_LEDGER_SQLITE_STORE_H_
