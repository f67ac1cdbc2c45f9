// GET /api/orgs/{name}: an organization's profile (totals, counterparties, timeline) from ProfileOrg.
#include "dealgraph/query.h"
#include "query/query_json.h"
#include "server/api.h"

namespace dealgraph::server {

ApiResponse HandleOrg(Ledger& ledger, std::string_view name, const Params& params) {
  if (Status s = params.Check({}); !s.ok()) return StatusResponse(s);
  if (name.size() > 200) return ErrorResponse(400, "an organization name is at most 200 bytes");
  auto profile = ProfileOrg(ledger, name);
  if (!profile.ok()) return StatusResponse(profile.status());
  return JsonResponse(ToJson(*profile));
}

}  // namespace dealgraph::server
