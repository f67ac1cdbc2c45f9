// GET /api/search (organizations and deals matching a text) and GET /api/stats (ledger totals).
#include <algorithm>
#include <map>
#include <set>

#include "dealgraph/query.h"
#include "document/text_util.h"
#include "query/query_json.h"
#include "server/api.h"

namespace dealgraph::server {
namespace {

bool Contains(std::string_view text, const std::string& lower_needle) {
  return AsciiLower(text).find(lower_needle) != std::string::npos;
}

struct OrgHit {
  std::string parent;  // "" for a top organization
  std::set<std::string> deals;
};

}  // namespace

ApiResponse HandleSearch(Ledger& ledger, const Params& params) {
  if (Status s = params.Check({"q", "limit"}); !s.ok()) return StatusResponse(s);
  auto q = params.String("q", 100);
  if (!q.ok()) return StatusResponse(q.status());
  if (q->find_first_not_of(" \t") == std::string::npos) return ErrorResponse(400, "parameter 'q' is required");
  auto limit = params.Int("limit", 20, 1, 200);
  if (!limit.ok()) return StatusResponse(limit.status());
  const std::string needle = AsciiLower(*q);

  std::map<std::string, OrgHit> orgs;  // every name a claim or merged deal uses
  Json deals = Json::array();
  int total_deals = 0;
  Status s = ledger.ForEachDeal([&](const MergedDeal& d, const std::vector<Claim>& claims) -> Status {
    bool hit = false;
    for (const auto* side : {&d.from, &d.to}) {
      for (const std::string& n : *side) {
        orgs[n].deals.insert(d.id);
        hit = hit || Contains(n, needle);
      }
    }
    for (const Claim& c : claims) {
      for (const auto* side : {&c.deal.from, &c.deal.to}) {
        for (const std::string& n : *side) {
          orgs[n].deals.insert(d.id);
          hit = hit || Contains(n, needle);
        }
      }
      hit = hit || Contains(c.title, needle) || Contains(c.deal.evidence.text, needle);
    }
    if (hit && total_deals++ < *limit) deals.push_back(ToJson(d));
    return Status::Ok();
  });
  if (!s.ok()) return StatusResponse(s);

  struct Found {
    std::string name;
    bool prefix;
    size_t deals;
  };
  std::vector<Found> found;
  for (const auto& [name, hit] : orgs) {
    std::string lower = AsciiLower(name);
    size_t at = lower.find(needle);
    if (at != std::string::npos) found.push_back({name, at == 0, hit.deals.size()});
  }
  std::sort(found.begin(), found.end(), [](const Found& a, const Found& b) {
    if (a.prefix != b.prefix) return a.prefix;
    if (a.deals != b.deals) return a.deals > b.deals;
    return a.name < b.name;
  });
  Json org_list = Json::array();
  for (size_t i = 0; i < found.size() && i < static_cast<size_t>(*limit); ++i) {
    auto org = ledger.FindOrg(found[i].name);
    std::string root = org.ok() ? org->root : found[i].name;
    org_list.push_back({{"name", found[i].name},
                        {"parent", root == found[i].name ? Json(nullptr) : Json(root)},
                        {"deals", found[i].deals}});
  }
  Json out;
  out["query"] = *q;
  out["organizations"] = std::move(org_list);
  out["total_deals"] = total_deals;
  out["deals"] = std::move(deals);
  return JsonResponse(out);
}

ApiResponse HandleStats(Ledger& ledger, const Params& params) {
  if (Status s = params.Check({}); !s.ok()) return StatusResponse(s);
  auto check = ledger.Counts();
  if (!check.ok()) return StatusResponse(check.status());
  auto deals = ListDeals(ledger, DealFilter{});
  if (!deals.ok()) return StatusResponse(deals.status());
  std::map<std::string, int> by_type, by_status;
  std::map<std::string, std::pair<double, double>> agreed;  // currency -> sums of amount_min, amount_max
  std::string first, last;
  for (const MergedDeal& d : *deals) {
    ++by_type[std::string(ToString(d.type))];
    ++by_status[std::string(ToString(d.status))];
    bool is_agreed = d.status == DealStatus::kAnnounced || d.status == DealStatus::kCompleted;
    if (is_agreed && d.amount_min) {
      auto& sum = agreed[d.currency];
      sum.first += *d.amount_min;
      sum.second += d.amount_max.value_or(*d.amount_min);
    }
    if (!d.first_reported.empty() && (first.empty() || d.first_reported < first)) first = d.first_reported;
    if (d.last_reported > last) last = d.last_reported;
  }
  Json amounts = Json::array();
  for (const auto& [currency, sum] : agreed) {
    amounts.push_back({{"currency", currency}, {"amount_min", Number(sum.first)}, {"amount_max", Number(sum.second)}});
  }
  Json out;
  out["documents"] = check->current_documents;
  out["claims"] = check->claims;
  out["deals"] = check->deals;
  out["organizations"] = check->organizations;
  out["schema_version"] = check->schema_version;
  out["by_type"] = by_type;
  out["by_status"] = by_status;
  out["agreed_amounts"] = std::move(amounts);
  out["first_reported"] = first;
  out["last_reported"] = last;
  return JsonResponse(out);
}

}  // namespace dealgraph::server
