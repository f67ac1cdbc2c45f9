// Query: the questions dealgraph answers over a Ledger (deals, one deal, an
// organization's profile, money flows, circular flows, exports), as plain
// structs. The command line and the HTTP server call these same functions and
// turn the results into JSON with the same code (src/query/query_json.h).
//
// Money direction: investment investor -> investee; purchase buyer ->
// supplier; acquisition acquirer -> target (the target stands for its
// sellers). Partnerships move no money; cancelled deals move none either.
// Amount sums are kept per currency and never mix currencies.
//
// Thread safety: as the Ledger passed in (one thread at a time per Ledger).
#ifndef DEALGRAPH_QUERY_H_
#define DEALGRAPH_QUERY_H_

#include <cstdint>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

#include "dealgraph/deal.h"
#include "dealgraph/ledger.h"
#include "dealgraph/status.h"

namespace dealgraph {

// Merged deals matching `filter`, most recently reported first (or in
// `filter.order` / `filter.sort`), `filter.limit` of them from `filter.offset`.
Result<std::vector<MergedDeal>> ListDeals(Ledger& ledger, const DealFilter& filter);
// How many merged deals match `filter` (the total of a paged listing).
Result<int64_t> CountDeals(Ledger& ledger, const DealFilter& filter);

// One status report in a deal's history.
struct StatusReport {
  std::string date;  // document date ("" when unknown)
  DealStatus status = DealStatus::kTalks;
  std::string doc;
  std::string outlet;
};

// `dealgraph show`: a merged deal with its claims and history.
struct DealDetail {
  MergedDeal deal;
  std::vector<Claim> claims;          // report order
  std::vector<StatusReport> history;  // report order, one entry per claim
  std::vector<std::string> outlets;   // distinct, sorted
};
// kNotFound for an unknown id.
Result<DealDetail> ShowDeal(Ledger& ledger, std::string_view id);

// Sums of merged deals' amounts in one currency.
struct MoneySum {
  std::string currency;   // "" for the deals without an amount
  int deals = 0;
  double amount_min = 0;  // sum of the deals' smallest reported amounts
  double amount_max = 0;  // sum of the largest
};

// One line of an organization's money: a direction, type and status.
struct OrgMoney {
  std::string direction;  // "given" (paying side), "received", or "partner" for partnerships
  DealType type = DealType::kInvestment;
  DealStatus status = DealStatus::kTalks;
  std::vector<MoneySum> sums;  // per currency
};

struct Counterparty {
  std::string name;
  int deals = 0;
  std::vector<DealType> types;  // distinct, in enum order
};

// `dealgraph org`: everything the ledger knows about one organization.
struct OrgProfile {
  std::string name;                // the top organization profiled
  std::string asked;               // the name asked for (a unit when it differs)
  std::string parent;              // parent of `asked` when it is a unit, else ""
  std::vector<std::string> units;  // units rolled up into `name`
  int deals = 0;
  std::vector<OrgMoney> money;  // by direction, type, status (talks and planned apart from agreed)
  // Totals: given/received x talks-only (talks, planned) / agreed (announced,
  // completed); cancelled deals are left out.
  std::vector<MoneySum> given_agreed, given_talks, received_agreed, received_talks;
  std::vector<Counterparty> counterparties;  // top organizations, most deals first (ties: name), at most 100
  std::vector<MergedDeal> largest;           // by amount_max, at most 10
  std::vector<MergedDeal> timeline;          // the kTimelineDeals last reported, by first report, oldest first
};
inline constexpr int kTimelineDeals = 100;
// kNotFound when no claim names the organization.
Result<OrgProfile> ProfileOrg(Ledger& ledger, std::string_view name);

// Money between two top organizations (units rolled up).
struct Flow {
  std::string from;
  std::string to;
  std::string currency;   // "" for deals without an amount
  int deals = 0;          // agreed deals (announced, completed)
  double amount_min = 0;  // sums over agreed deals
  double amount_max = 0;
  int talks_deals = 0;              // deals only talked about (talks, planned)
  double with_talks_amount_min = 0;  // sums over agreed and talks-only deals
  double with_talks_amount_max = 0;
};
struct FlowOptions {
  std::string org;  // only flows into or out of this organization; "" for all
  int limit = 0;    // 0: all
};
// Ordered by with_talks_amount_max, largest first (ties: from, to, currency).
Result<std::vector<Flow>> Flows(Ledger& ledger, const FlowOptions& options);

// One leg of a circular flow and the deals that make it.
struct CycleLeg {
  std::string from;
  std::string to;
  double amount = 0;  // sum of the deals' amount_min in CycleOptions::currency
  std::vector<MergedDeal> deals;
};
struct Cycle {
  std::vector<CycleLeg> legs;  // legs[i].to == legs[i + 1].from; the last returns to legs[0].from
  double smallest_leg = 0;
};
struct CycleOptions {
  int max_length = 4;          // legs per cycle, 2..6
  int limit = 20;              // cycles returned (0: all)
  bool include_talks = true;   // count talks-only deals as legs
  std::string currency = "USD";  // legs are ranked by amounts in this currency
};
// Circular flows ranked by their smallest leg, largest first; each cycle once,
// starting at its alphabetically first organization.
Result<std::vector<Cycle>> FindCycles(Ledger& ledger, const CycleOptions& options);

// Exports: every merged deal with its claims. schema_version is kExportSchemaVersion.
enum class ExportFormat {
  kJsonl,    // one merged deal per line with its claims
  kCsv,      // one row per merged deal, with a header
  kGraphml,  // organizations as nodes, merged deals as edges
  kDot,      // the same graph for Graphviz
};
inline constexpr int kExportSchemaVersion = 1;
// Parses "jsonl", "csv", "graphml", "dot"; false for another name.
bool ParseExportFormat(std::string_view name, ExportFormat* out);
Status Export(Ledger& ledger, ExportFormat format, std::ostream& out);

}  // namespace dealgraph

#endif  // DEALGRAPH_QUERY_H_
