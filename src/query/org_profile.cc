// The profile of one organization (`dealgraph org`): money given and received
// by type and status, counterparties, largest deals, timeline, parent and units.
// Sums come from the store's per-organization aggregates, not from its deals
// one by one, so that a hub with many deals costs a few index ranges.
#include <algorithm>
#include <map>
#include <tuple>

#include "dealgraph/query.h"
#include "ledger/merge.h"
#include "query/money.h"

namespace dealgraph {

Result<OrgProfile> ProfileOrg(Ledger& ledger, std::string_view name) {
  auto org = ledger.FindOrg(name);
  if (!org.ok()) return org.status();
  OrgProfile p;
  p.asked = org->name;
  if (org->root != org->name) {
    p.parent = org->root;
    auto top = ledger.FindOrg(org->root);
    if (!top.ok()) return top.status();
    p.name = top->name;
    p.units = top->units;
  } else {
    p.name = org->name;
    p.units = org->units;
  }
  auto summary = ledger.SummarizeOrg(p.name);
  if (!summary.ok()) return summary.status();
  p.deals = summary->deals;

  std::map<std::tuple<std::string, DealType, DealStatus>, std::vector<MoneySum>> money;
  for (const OrgDealSum& s : summary->sums) {
    const bool partnership = !MovesMoney(s.type);
    const std::string direction = partnership ? "partner" : s.paying ? "given" : "received";
    AddAmount(s.currency, s.deals, s.amount_min, s.amount_max, &money[{direction, s.type, s.status}]);
    if (partnership || s.status == DealStatus::kCancelled) continue;
    const bool talks = IsTalks(s.status);
    std::vector<MoneySum>* total = s.paying ? (talks ? &p.given_talks : &p.given_agreed)
                                            : (talks ? &p.received_talks : &p.received_agreed);
    AddAmount(s.currency, s.deals, s.amount_min, s.amount_max, total);
  }
  for (auto& [k, sums] : money) {
    OrgMoney m;
    std::tie(m.direction, m.type, m.status) = k;
    m.sums = std::move(sums);
    p.money.push_back(std::move(m));
  }
  for (const OrgCounterparty& c : summary->counterparties) p.counterparties.push_back({c.name, c.deals, c.types});

  DealFilter filter;
  filter.org = p.name;
  filter.order = DealOrder::kLargest;
  filter.limit = 10;
  auto largest = ledger.FindDeals(filter);
  if (!largest.ok()) return largest.status();
  for (MergedDeal& d : *largest) {
    if (d.amount_max) p.largest.push_back(std::move(d));
  }
  filter.order = DealOrder::kRecent;
  filter.limit = kTimelineDeals;
  auto recent = ledger.FindDeals(filter);
  if (!recent.ok()) return recent.status();
  p.timeline = std::move(recent).value();
  std::sort(p.timeline.begin(), p.timeline.end(), [](const MergedDeal& a, const MergedDeal& b) {
    if (a.first_reported != b.first_reported) return a.first_reported < b.first_reported;
    return a.id < b.id;
  });
  return p;
}

}  // namespace dealgraph
