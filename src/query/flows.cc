// Money flows between top organizations (`dealgraph flows`), with and without
// the deals only talked about.
#include "dealgraph/query.h"

namespace dealgraph {

Result<std::vector<Flow>> Flows(Ledger& ledger, const FlowOptions& options) {
  auto edges = ledger.MoneyEdges(options.org, options.limit);
  if (!edges.ok()) return edges.status();
  std::vector<Flow> out;
  out.reserve(edges->size());
  for (const MoneyEdge& e : *edges) {
    Flow f;
    f.from = e.from;
    f.to = e.to;
    f.currency = e.currency;
    f.deals = e.deals;
    f.amount_min = e.amount_min;
    f.amount_max = e.amount_max;
    f.talks_deals = e.talks_deals;
    f.with_talks_amount_min = e.amount_min + e.talks_amount_min;
    f.with_talks_amount_max = e.amount_max + e.talks_amount_max;
    out.push_back(std::move(f));
  }
  return out;
}

}  // namespace dealgraph
