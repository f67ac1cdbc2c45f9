// GET /api/graph: the filtered merged deals as a graph for the page: organizations
// (units with their parent) as nodes, one edge per pair of parties of a deal.
#include <map>
#include <set>

#include "dealgraph/query.h"
#include "query/query_json.h"
#include "server/api.h"

namespace dealgraph::server {
namespace {

// Top organization of a name as the ledger rolls it up, memoized per request.
class RootCache {
 public:
  explicit RootCache(Ledger& ledger) : ledger_(ledger) {}
  std::string Root(const std::string& name) {
    auto it = roots_.find(name);
    if (it != roots_.end()) return it->second;
    auto org = ledger_.FindOrg(name);
    return roots_[name] = org.ok() ? org->root : name;
  }

 private:
  Ledger& ledger_;
  std::map<std::string, std::string> roots_;
};

// For each top party of one side, the name the claims use most for it (a unit
// such as "AWS" when the reports name the unit), else the top name itself.
std::vector<std::pair<std::string, std::string>> SideNames(const std::vector<std::string>& tops,
                                                           const std::vector<Claim>& claims, bool from_side,
                                                           RootCache& roots) {
  std::vector<std::pair<std::string, std::string>> out;  // (name, top)
  for (const std::string& name : tops) {
    const std::string top = roots.Root(name);  // the deal's party as the organization table rolls it up
    std::map<std::string, int> votes;
    for (const Claim& c : claims) {
      for (const std::string& n : from_side ? c.deal.from : c.deal.to) {
        const std::string& root = roots.Root(n);
        if (root == top) ++votes[root == n ? top : n];
      }
    }
    std::string best = top;
    int most = 0;
    for (const auto& [candidate, count] : votes) {
      if (count > most) best = candidate, most = count;
    }
    out.emplace_back(best, top);
  }
  return out;
}

}  // namespace

ApiResponse HandleGraph(Ledger& ledger, const Params& params) {
  if (Status s = params.Check({"org", "type", "status", "since", "until", "min_amount"}); !s.ok()) {
    return StatusResponse(s);
  }
  auto filter = DealFilterFrom(params);
  if (!filter.ok()) return StatusResponse(filter.status());
  auto deals = ListDeals(ledger, *filter);
  if (!deals.ok()) return StatusResponse(deals.status());

  RootCache roots(ledger);
  std::map<std::string, std::string> nodes;  // name -> parent ("" for a top organization)
  Json edges = Json::array();
  Json deal_list = Json::array();
  for (const MergedDeal& d : *deals) {
    auto claims = ledger.ClaimsOf(d.id);
    if (!claims.ok()) return StatusResponse(claims.status());
    auto from = SideNames(d.from, *claims, true, roots);
    auto to = SideNames(d.to, *claims, false, roots);
    for (const auto& side : {from, to}) {
      for (const auto& [name, top] : side) {
        nodes.emplace(top, "");
        if (name != top) nodes[name] = top;
      }
    }
    int n = 0;
    for (const auto& [source, source_top] : from) {
      for (const auto& [target, target_top] : to) {
        if (source_top == target_top) continue;
        edges.push_back({{"id", d.id + "-" + std::to_string(n++)},
                         {"deal", d.id},
                         {"source", source},
                         {"target", target},
                         {"source_top", source_top},
                         {"target_top", target_top}});
      }
    }
    deal_list.push_back(ToJson(d));
  }
  Json node_list = Json::array();
  for (const auto& [name, parent] : nodes) {
    node_list.push_back({{"id", name}, {"parent", parent.empty() ? Json(nullptr) : Json(parent)}});
  }
  Json out;
  out["nodes"] = std::move(node_list);
  out["edges"] = std::move(edges);
  out["deals"] = std::move(deal_list);
  return JsonResponse(out);
}

}  // namespace dealgraph::server
