// The CSV columns of a merged deal (see deal_csv.h).
#include "query/deal_csv.h"

#include "query/query_json.h"

namespace dealgraph {
std::string NumberText(const std::optional<double>& v) { return v ? Dump(Number(*v)) : ""; }

const std::vector<std::string>& DealCsvColumns() {
  static const std::vector<std::string> columns = {
      "id",       "type",           "asset",           "from",           "to",
      "status",   "amount_min",     "amount_max",      "currency",       "amount_conflict",
      "status_conflict", "first_reported", "last_reported", "claims"};
  return columns;
}

std::string CsvNames(const std::vector<std::string>& names) {
  std::string out;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i) out += "; ";
    out += names[i];
  }
  return out;
}

std::vector<std::string> DealCsvFields(const MergedDeal& d) {
  return {d.id,
          std::string(ToString(d.type)),
          d.type == DealType::kPurchase ? std::string(ToString(d.asset)) : "",
          CsvNames(d.from),
          CsvNames(d.to),
          std::string(ToString(d.status)),
          NumberText(d.amount_min),
          NumberText(d.amount_max),
          d.currency,
          d.amount_conflict ? "true" : "false",
          d.status_conflict ? "true" : "false",
          d.first_reported,
          d.last_reported,
          std::to_string(d.claims)};
}

}  // namespace dealgraph
