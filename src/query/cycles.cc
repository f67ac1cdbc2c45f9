// Circular flows (`dealgraph cycles`): money leaving an organization and
// coming back to it through a chain of deals, ranked by the smallest leg.
#include <algorithm>
#include <map>

#include "dealgraph/query.h"
#include "ledger/merge.h"
#include "query/cycle_finder.h"

namespace dealgraph {

Result<std::vector<Cycle>> FindCycles(Ledger& ledger, const CycleOptions& options) {
  if (options.max_length < 2 || options.max_length > 6) {
    return Status(ErrorCode::kInvalidArgument, "cycle length must be between 2 and 6");
  }
  auto edges = ledger.MoneyEdges();
  if (!edges.ok()) return edges.status();
  // Node ids in alphabetical order, so that each cycle starts at its first name.
  std::map<std::string, int> ids;
  for (const MoneyEdge& e : *edges) {
    if (e.talks && !options.include_talks) continue;
    ids.emplace(e.from, 0);
    ids.emplace(e.to, 0);
  }
  std::vector<std::string> names;
  for (auto& [name, id] : ids) {
    id = static_cast<int>(names.size());
    names.push_back(name);
  }
  std::map<std::pair<int, int>, double> weights;
  for (const MoneyEdge& e : *edges) {
    if (e.talks && !options.include_talks) continue;
    double& w = weights[{ids[e.from], ids[e.to]}];
    if (e.currency == options.currency) w += e.amount_min;
  }
  std::vector<GraphEdge> graph;
  graph.reserve(weights.size());
  for (const auto& [k, w] : weights) graph.push_back({k.first, k.second, w});

  std::vector<Cycle> out;
  for (const GraphCycle& gc : TopCycles(static_cast<int>(names.size()), graph, options.max_length, options.limit)) {
    Cycle c;
    c.smallest_leg = gc.bottleneck;
    for (size_t i = 0; i < gc.nodes.size(); ++i) {
      int a = gc.nodes[i], b = gc.nodes[(i + 1) % gc.nodes.size()];
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
