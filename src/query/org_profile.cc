// The profile of one organization (`dealgraph org`): money given and received
// by type and status, counterparties, largest deals, timeline, parent and units.
#include <algorithm>
#include <map>
#include <tuple>

#include "dealgraph/query.h"
#include "ledger/merge.h"
#include "ledger/org_names.h"
#include "query/money.h"

namespace dealgraph {
namespace {

bool Contains(const std::vector<std::string>& names, std::string_view key) {
  for (const std::string& n : names) {
    if (OrgKey(n) == key) return true;
  }
  return false;
}

}  // namespace

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
  DealFilter filter;
  filter.org = p.name;
  auto deals = ledger.FindDeals(filter);
  if (!deals.ok()) return deals.status();
  const std::string key = OrgKey(p.name);
  p.deals = static_cast<int>(deals->size());

  std::map<std::tuple<std::string, DealType, DealStatus>, std::vector<MoneySum>> money;
  std::map<std::string, Counterparty> counterparties;
  for (const MergedDeal& d : *deals) {
    bool gives = Contains(d.from_top, key), receives = Contains(d.to_top, key);
    auto add = [&](const std::string& direction) {
      AddToSums(d, &money[{direction, d.type, d.status}]);
      if (d.status == DealStatus::kCancelled || direction == "partner") return;
      bool talks = IsTalks(d.status);
      std::vector<MoneySum>* total = direction == "given" ? (talks ? &p.given_talks : &p.given_agreed)
                                                          : (talks ? &p.received_talks : &p.received_agreed);
      AddToSums(d, total);
    };
    if (!MovesMoney(d.type)) {
      add("partner");
    } else {
      if (gives) add("given");
      if (receives) add("received");
    }
    for (const auto* side : {&d.from_top, &d.to_top}) {
      for (const std::string& other : *side) {
        if (OrgKey(other) == key) continue;
        Counterparty& c = counterparties[other];
        c.name = other;
        ++c.deals;
        if (std::find(c.types.begin(), c.types.end(), d.type) == c.types.end()) c.types.push_back(d.type);
      }
    }
  }
  for (auto& [k, sums] : money) {
    OrgMoney m;
    std::tie(m.direction, m.type, m.status) = k;
    m.sums = std::move(sums);
    p.money.push_back(std::move(m));
  }
  for (auto& [n, c] : counterparties) {
    std::sort(c.types.begin(), c.types.end());
    p.counterparties.push_back(std::move(c));
  }
  std::stable_sort(p.counterparties.begin(), p.counterparties.end(),
                   [](const Counterparty& a, const Counterparty& b) { return a.deals > b.deals; });

  std::vector<const MergedDeal*> priced;
  for (const MergedDeal& d : *deals) {
    if (d.amount_max) priced.push_back(&d);
  }
  std::sort(priced.begin(), priced.end(), [](const MergedDeal* a, const MergedDeal* b) {
    if (*a->amount_max != *b->amount_max) return *a->amount_max > *b->amount_max;
    return a->id < b->id;
  });
  for (size_t i = 0; i < priced.size() && i < 10; ++i) p.largest.push_back(*priced[i]);

  p.timeline = std::move(deals).value();
  std::sort(p.timeline.begin(), p.timeline.end(), [](const MergedDeal& a, const MergedDeal& b) {
    if (a.first_reported != b.first_reported) return a.first_reported < b.first_reported;
    return a.id < b.id;
  });
  return p;
}

}  // namespace dealgraph
