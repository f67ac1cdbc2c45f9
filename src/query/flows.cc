// Money flows between top organizations (`dealgraph flows`), with and without
// the deals only talked about.
#include <algorithm>
#include <map>
#include <tuple>

#include "dealgraph/query.h"
#include "ledger/org_names.h"

namespace dealgraph {

Result<std::vector<Flow>> Flows(Ledger& ledger, const FlowOptions& options) {
  auto edges = ledger.MoneyEdges();
  if (!edges.ok()) return edges.status();
  std::string org_key;
  if (!options.org.empty()) {
    auto org = ledger.FindOrg(options.org);
    if (!org.ok()) return org.status();
    org_key = OrgKey(org->root);
  }
  std::map<std::tuple<std::string, std::string, std::string>, Flow> by_pair;
  for (const MoneyEdge& e : *edges) {
    if (!org_key.empty() && OrgKey(e.from) != org_key && OrgKey(e.to) != org_key) continue;
    Flow& f = by_pair[{e.from, e.to, e.currency}];
    f.from = e.from;
    f.to = e.to;
    f.currency = e.currency;
    if (e.talks) {
      f.talks_deals += e.deals;
    } else {
      f.deals += e.deals;
      f.amount_min += e.amount_min;
      f.amount_max += e.amount_max;
    }
    f.with_talks_amount_min += e.amount_min;
    f.with_talks_amount_max += e.amount_max;
  }
  std::vector<Flow> out;
  out.reserve(by_pair.size());
  for (auto& [k, f] : by_pair) out.push_back(std::move(f));
  std::stable_sort(out.begin(), out.end(), [](const Flow& a, const Flow& b) {
    return a.with_talks_amount_max > b.with_talks_amount_max;
  });
  if (options.limit > 0 && out.size() > static_cast<size_t>(options.limit)) out.resize(options.limit);
  return out;
}

}  // namespace dealgraph
