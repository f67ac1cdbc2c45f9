// Merging reports: which claims describe the same real-world deal, and what
// the merged deal says (status history, amount range, conflicts).
//
// Backend-independent and pure: the store hands over the current claims of one
// group (same type, asset and top parties) and writes back the result, so
// incremental ingest and a full reconcile compute the same thing.
#ifndef DEALGRAPH_LEDGER_MERGE_H_
#define DEALGRAPH_LEDGER_MERGE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dealgraph/deal.h"
#include "dealgraph/ledger.h"

namespace dealgraph {

// Thresholds of the merge rules (docs/ledger.md, "Merging").
struct MergeRules {
  double amount_ratio = 1.5;      // amounts within this factor are the same deal's
  int max_gap_days = 548;         // reports further apart (18 months) are different deals
  int conflict_window_days = 90;  // within it, disagreeing reports stay one deal
};

// One current claim as the merger sees it.
struct MergeClaim {
  int64_t id = 0;    // the store's handle of the claim
  std::string uid;   // "<document hash>:<ordinal>": unique, orders ties, names deals
  std::string document;  // the reporting document (its hash); "" to use the uid
  std::string date;  // the document's date; "" when unknown or only a file's modification time
  DealStatus status = DealStatus::kAnnounced;
  std::optional<double> low;   // Amount::value; empty for no amount or an aggregate
  std::optional<double> high;  // Amount::max or value
  std::string currency;
  // Party names as reported, oriented like the group (partnership sides swapped when needed).
  std::vector<std::string> from;
  std::vector<std::string> to;
};

// The group of a claim: type, asset and the keys of its top parties, each side
// sorted and deduplicated; for a partnership the two sides in sorted order.
struct GroupParties {
  DealType type = DealType::kInvestment;
  Asset asset = Asset::kNone;
  std::vector<std::string> from;  // root keys (OrgKey of the top organization)
  std::vector<std::string> to;
};
GroupParties NormalizeGroup(DealType type, Asset asset, std::vector<std::string> from_keys,
                            std::vector<std::string> to_keys);
std::string GroupKey(const GroupParties& group);
// Inverse of GroupKey; false for a malformed key.
bool ParseGroupKey(std::string_view key, GroupParties* out);

// Day number (days since 1970-01-01) of "YYYY", "YYYY-MM", "YYYY-MM-DD..."; empty if not a date.
std::optional<int> DayNumber(std::string_view date);

// Sorts claims in report order: unknown dates first, then by day and date
// text; on one date, claims with an amount first (they decide between deals
// better), then by uid.
void SortByReport(std::vector<MergeClaim>* claims);

// Splits the claims of one group (already in report order) into deals: each
// claim joins a compatible deal, or starts a new one. Compatible: no claim of
// the same document in it (one article states each deal once), reported
// within max_gap_days of its latest report, amounts within amount_ratio
// (disagreeing amounts only when both dates are known and within
// conflict_window_days), and not talks long after a completion. Among
// compatible deals: one whose amounts agree with the claim's first, then the
// most recently reported, then the oldest. Returns, per deal, indices into
// `claims` in report order; deals ordered by their first claim. A pure
// function of the set of claims.
std::vector<std::vector<size_t>> ClusterClaims(const std::vector<MergeClaim>& claims, const MergeRules& rules = {});

// What a cluster of claims (in report order) says: status after the history,
// amount range in the most reported currency, conflicts, dates, the party
// names most claims give, and its id (ShortHash of the group key and the
// first claim's uid). Leaves type, asset, from_top and to_top for the caller.
MergedDeal SummarizeCluster(std::string_view group_key, const std::vector<const MergeClaim*>& cluster,
                            const MergeRules& rules = {});

// True for the statuses of deals nothing was agreed on (talks, planned).
inline bool IsTalks(DealStatus s) { return s == DealStatus::kTalks || s == DealStatus::kPlanned; }
// True for the types that move money (partnerships do not).
inline bool MovesMoney(DealType t) { return t != DealType::kPartnership; }

}  // namespace dealgraph

#endif  // DEALGRAPH_LEDGER_MERGE_H_
