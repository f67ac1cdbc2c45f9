// GET /api/deals (filtered, sorted, paged merged deals) and GET /api/deals/{id} (claims, evidence, history).
#include <fmt/format.h>

#include <algorithm>
#include <functional>

#include "dealgraph/query.h"
#include "query/query_json.h"
#include "server/api.h"

namespace dealgraph::server {
namespace {

constexpr int kDefaultLimit = 100;
constexpr int kMaxLimit = 10000;

std::string Names(const std::vector<std::string>& names) {
  std::string out;
  for (const std::string& n : names) out += (out.empty() ? "" : ", ") + n;
  return out;
}

// Orders `deals` by `key` ("amount", "-amount", ...); false for an unknown key.
// The ledger's order (latest report first) breaks ties.
bool SortDeals(std::string_view key, std::vector<MergedDeal>* deals) {
  if (key.empty() || key == "reported") return true;
  bool descending = key[0] == '-';
  if (descending) key.remove_prefix(1);
  using Less = std::function<bool(const MergedDeal&, const MergedDeal&)>;
  Less less;
  if (key == "amount") {
    less = [](const MergedDeal& a, const MergedDeal& b) { return a.amount_max.value_or(-1) < b.amount_max.value_or(-1); };
  } else if (key == "first_reported") {
    less = [](const MergedDeal& a, const MergedDeal& b) { return a.first_reported < b.first_reported; };
  } else if (key == "last_reported") {
    less = [](const MergedDeal& a, const MergedDeal& b) { return a.last_reported < b.last_reported; };
  } else if (key == "type") {
    less = [](const MergedDeal& a, const MergedDeal& b) { return a.type < b.type; };
  } else if (key == "status") {
    less = [](const MergedDeal& a, const MergedDeal& b) { return a.status < b.status; };
  } else if (key == "from") {
    less = [](const MergedDeal& a, const MergedDeal& b) { return Names(a.from) < Names(b.from); };
  } else if (key == "to") {
    less = [](const MergedDeal& a, const MergedDeal& b) { return Names(a.to) < Names(b.to); };
  } else if (key == "claims") {
    less = [](const MergedDeal& a, const MergedDeal& b) { return a.claims < b.claims; };
  } else {
    return false;
  }
  if (descending) {
    std::stable_sort(deals->begin(), deals->end(), [&](const MergedDeal& a, const MergedDeal& b) { return less(b, a); });
  } else {
    std::stable_sort(deals->begin(), deals->end(), less);
  }
  return true;
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

  auto deals = ListDeals(ledger, *filter);
  if (!deals.ok()) return StatusResponse(deals.status());
  if (!SortDeals(*sort, &deals.value())) {
    return ErrorResponse(400, "parameter 'sort' must be one of reported, amount, first_reported, last_reported, type, "
                              "status, from, to, claims (a leading '-' sorts descending)");
  }
  size_t begin = std::min(deals->size(), static_cast<size_t>(*offset));
  size_t end = std::min(deals->size(), begin + static_cast<size_t>(*limit));
  Json page = Json::array();
  for (size_t i = begin; i < end; ++i) page.push_back(ToJson((*deals)[i]));
  Json out;
  out["total"] = deals->size();
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
