// Deal listing and the detail of one merged deal (`dealgraph deals`, `show`).
#include <algorithm>
#include <set>

#include "dealgraph/query.h"

namespace dealgraph {

Result<std::vector<MergedDeal>> ListDeals(Ledger& ledger, const DealFilter& filter) {
  return ledger.FindDeals(filter);
}

Result<int64_t> CountDeals(Ledger& ledger, const DealFilter& filter) { return ledger.CountDeals(filter); }

Result<DealDetail> ShowDeal(Ledger& ledger, std::string_view id) {
  auto deal = ledger.GetDeal(id);
  if (!deal.ok()) return deal.status();
  auto claims = ledger.ClaimsOf(id);
  if (!claims.ok()) return claims.status();
  DealDetail out;
  out.deal = std::move(deal).value();
  out.claims = std::move(claims).value();
  std::set<std::string> outlets;
  for (const Claim& c : out.claims) {
    out.history.push_back({c.published_from_file_time ? "" : c.published, c.deal.status, c.doc, c.outlet});
    if (!c.outlet.empty()) outlets.insert(c.outlet);
  }
  out.outlets.assign(outlets.begin(), outlets.end());
  return out;
}

}  // namespace dealgraph
