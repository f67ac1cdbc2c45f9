// Circular flows (`dealgraph cycles`): money leaving an organization and
// coming back to it through a chain of deals, ranked by the smallest leg.
#include <algorithm>
#include <map>
#include <unordered_map>

#include "dealgraph/query.h"
#include "ledger/merge.h"
#include "query/cycle_finder.h"

namespace dealgraph {

Result<std::vector<Cycle>> FindCycles(Ledger& ledger, const CycleOptions& options) {
  if (options.max_length < 2 || options.max_length > 6) {
    return Status(ErrorCode::kInvalidArgument, "cycle length must be between 2 and 6");
  }
  // Edges arrive heaviest first; the finder stops once the top is settled.
  std::unordered_map<std::string, int> ids;
  std::vector<std::string> names;
  std::map<std::pair<int, int>, double> weights;
  auto id = [&](const std::string& name) {
    auto [it, inserted] = ids.try_emplace(name, static_cast<int>(names.size()));
    if (inserted) names.push_back(name);
    return it->second;
  };
  CycleFinder finder(options.max_length, options.limit);
  Status s = ledger.ForEachMoneyEdge(options.currency, options.include_talks,
                                     [&](const MoneyEdge& e, double weight) {
                                       int a = id(e.from), b = id(e.to);
                                       if (!finder.Add(a, b, weight)) return false;
                                       weights.try_emplace({a, b}, weight);
                                       return true;
                                     });
  if (!s.ok()) return s;

  // Rank: smallest leg, length, then the names; each cycle starts at its first name.
  struct Ranked {
    double bottleneck;
    std::vector<int> nodes;  // rotated to the alphabetically first name
    std::vector<std::string> key;
  };
  std::vector<Ranked> ranked;
  for (const GraphCycle& gc : finder.found()) {
    Ranked r{gc.bottleneck, gc.nodes, {}};
    auto first = std::min_element(r.nodes.begin(), r.nodes.end(),
                                  [&](int x, int y) { return names[x] < names[y]; });
    std::rotate(r.nodes.begin(), first, r.nodes.end());
    for (int n : r.nodes) r.key.push_back(names[n]);
    ranked.push_back(std::move(r));
  }
  std::sort(ranked.begin(), ranked.end(), [](const Ranked& a, const Ranked& b) {
    if (a.bottleneck != b.bottleneck) return a.bottleneck > b.bottleneck;
    if (a.key.size() != b.key.size()) return a.key.size() < b.key.size();
    return a.key < b.key;
  });
  if (options.limit > 0 && ranked.size() > static_cast<size_t>(options.limit)) ranked.resize(options.limit);

  std::vector<Cycle> out;
  for (const Ranked& r : ranked) {
    Cycle c;
    c.smallest_leg = r.bottleneck;
    for (size_t i = 0; i < r.nodes.size(); ++i) {
      int a = r.nodes[i], b = r.nodes[(i + 1) % r.nodes.size()];
      CycleLeg leg;
      leg.from = names[a];
      leg.to = names[b];
      leg.amount = weights[{a, b}];
      auto deals = ledger.DealsBetween(leg.from, leg.to);
      if (!deals.ok()) return deals.status();
      for (MergedDeal& d : *deals) {
        if (!options.include_talks && IsTalks(d.status)) continue;
        leg.deals.push_back(std::move(d));
      }
      c.legs.push_back(std::move(leg));
    }
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace dealgraph
