// GET /api/flows (money between organizations) and GET /api/cycles (circular flows), from the query layer.
#include <cctype>

#include "dealgraph/query.h"
#include "query/query_json.h"
#include "server/api.h"

namespace dealgraph::server {

ApiResponse HandleFlows(Ledger& ledger, const Params& params) {
  if (Status s = params.Check({"org", "limit"}); !s.ok()) return StatusResponse(s);
  FlowOptions options;
  auto org = params.String("org");
  if (!org.ok()) return StatusResponse(org.status());
  options.org = *org;
  auto limit = params.Int("limit", 0, 0, 100000);
  if (!limit.ok()) return StatusResponse(limit.status());
  options.limit = *limit;
  auto flows = Flows(ledger, options);
  if (!flows.ok()) return StatusResponse(flows.status());
  Json out;
  out["flows"] = ToJsonArray(*flows);
  return JsonResponse(out);
}

ApiResponse HandleCycles(Ledger& ledger, const Params& params) {
  if (Status s = params.Check({"max_length", "limit", "talks", "currency"}); !s.ok()) return StatusResponse(s);
  CycleOptions options;
  auto max_length = params.Int("max_length", options.max_length, 2, 6);
  if (!max_length.ok()) return StatusResponse(max_length.status());
  options.max_length = *max_length;
  auto limit = params.Int("limit", options.limit, 0, 1000);
  if (!limit.ok()) return StatusResponse(limit.status());
  options.limit = *limit;
  auto talks = params.String("talks", 5);
  if (!talks.ok()) return StatusResponse(talks.status());
  if (*talks == "false" || *talks == "0") {
    options.include_talks = false;
  } else if (!talks->empty() && *talks != "true" && *talks != "1") {
    return ErrorResponse(400, "parameter 'talks' must be true or false");
  }
  auto currency = params.String("currency", 3);
  if (!currency.ok()) return StatusResponse(currency.status());
  if (!currency->empty()) {
    bool iso = currency->size() == 3;
    for (char c : *currency) iso = iso && std::isupper(static_cast<unsigned char>(c));
    if (!iso) return ErrorResponse(400, "parameter 'currency' must be an ISO 4217 code such as USD");
    options.currency = *currency;
  }
  auto cycles = FindCycles(ledger, options);
  if (!cycles.ok()) return StatusResponse(cycles.status());
  Json out;
  out["currency"] = options.currency;
  out["cycles"] = ToJsonArray(*cycles);
  return JsonResponse(out);
}

}  // namespace dealgraph::server
