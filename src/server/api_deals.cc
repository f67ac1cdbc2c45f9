// GET /api/deals (filtered, sorted, paged merged deals) and GET /api/deals/{id} (claims, evidence, history).
#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <utility>

#include "dealgraph/query.h"
#include "query/query_json.h"
#include "server/api.h"

namespace dealgraph::server {
namespace {

constexpr int kDefaultLimit = 100;
constexpr int kMaxLimit = 10000;

// The sort key of `sort=` ("amount", "-amount", ...); false for an unknown
// key. Empty and "reported" keep the ledger's order (latest report first).
bool ParseSort(std::string_view key, std::optional<DealSort>* out) {
  out->reset();
  if (key.empty() || key == "reported") return true;
  DealSort sort;
  sort.descending = key[0] == '-';
  if (sort.descending) key.remove_prefix(1);
  static constexpr std::pair<std::string_view, DealSortKey> kKeys[] = {
      {"amount", DealSortKey::kAmount}, {"first_reported", DealSortKey::kFirstReported},
      {"last_reported", DealSortKey::kLastReported}, {"type", DealSortKey::kType},
      {"status", DealSortKey::kStatus}, {"from", DealSortKey::kFrom},
      {"to", DealSortKey::kTo}, {"claims", DealSortKey::kClaims}};
  for (const auto& [name, k] : kKeys) {
    if (key == name) {
      sort.key = k;
      *out = sort;
      return true;
    }
  }
  return false;
}

bool IsDealId(std::string_view id) {
  if (id.empty() || id.size() > 64) return false;
  return std::all_of(id.begin(), id.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

}  // namespace

Result<DealFilter> DealFilterFrom(const Params& params) {
  DealFilter f;
  auto org = params.String("org");
  if (!org.ok()) return org.status();
  f.org = *org;
  auto type = params.DealTypeValue("type");
  if (!type.ok()) return type.status();
  f.type = *type;
  auto status = params.DealStatusValue("status");
  if (!status.ok()) return status.status();
  f.status = *status;
  auto since = params.Date("since");
  if (!since.ok()) return since.status();
  f.since = *since;
  auto until = params.Date("until");
  if (!until.ok()) return until.status();
  f.until = *until;
  if (!f.since.empty() && !f.until.empty() && f.until < f.since.substr(0, f.until.size())) {
    return Status(ErrorCode::kInvalidArgument, "parameter 'until' is before 'since'");
  }
  auto min_amount = params.Amount("min_amount");
  if (!min_amount.ok()) return min_amount.status();
  f.min_amount = *min_amount;
  return f;
}

ApiResponse HandleDeals(Ledger& ledger, const Params& params) {
  if (Status s = params.Check({"org", "type", "status", "since", "until", "min_amount", "limit", "offset", "sort"});
      !s.ok()) {
    return StatusResponse(s);
  }
  auto filter = DealFilterFrom(params);
  if (!filter.ok()) return StatusResponse(filter.status());
  auto limit = params.Int("limit", kDefaultLimit, 1, kMaxLimit);
  if (!limit.ok()) return StatusResponse(limit.status());
  auto offset = params.Int("offset", 0, 0, 1 << 30);
  if (!offset.ok()) return StatusResponse(offset.status());
  auto sort = params.String("sort", 40);
  if (!sort.ok()) return StatusResponse(sort.status());

  if (!ParseSort(*sort, &filter->sort)) {
    return ErrorResponse(400, "parameter 'sort' must be one of reported, amount, first_reported, last_reported, type, "
                              "status, from, to, claims (a leading '-' sorts descending)");
  }
  // The page is cut in SQL; the total is a count of its own.
  filter->limit = *limit;
  filter->offset = *offset;
  auto deals = ListDeals(ledger, *filter);
  if (!deals.ok()) return StatusResponse(deals.status());
  auto total = CountDeals(ledger, *filter);
  if (!total.ok()) return StatusResponse(total.status());
  Json page = Json::array();
  for (const MergedDeal& d : *deals) page.push_back(ToJson(d));
  Json out;
  out["total"] = *total;
  out["offset"] = *offset;
  out["limit"] = *limit;
  out["deals"] = std::move(page);
  return JsonResponse(out);
}

ApiResponse HandleDeal(Ledger& ledger, std::string_view id, const Params& params) {
  if (Status s = params.Check({}); !s.ok()) return StatusResponse(s);
  if (!IsDealId(id)) return ErrorResponse(400, "a deal id is up to 64 lower-case hex digits");
  auto detail = ShowDeal(ledger, id);
  if (!detail.ok()) return StatusResponse(detail.status());
  return JsonResponse(ToJson(*detail));
}

}  // namespace dealgraph::server
