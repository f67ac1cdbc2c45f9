// The CSV columns of a merged deal, shared by `dealgraph deals --format csv`
// and `dealgraph export --format csv` (which adds its own columns around them).
#ifndef DEALGRAPH_QUERY_DEAL_CSV_H_
#define DEALGRAPH_QUERY_DEAL_CSV_H_

#include <optional>
#include <string>
#include <vector>

#include "dealgraph/ledger.h"

namespace dealgraph {

// id, type, asset, from, to, status, amount_min, amount_max, currency,
// amount_conflict, status_conflict, first_reported, last_reported, claims.
const std::vector<std::string>& DealCsvColumns();
// The values of those columns: names joined by "; ", empty cells for none.
std::vector<std::string> DealCsvFields(const MergedDeal& d);
// A number as the JSON output writes it; empty when there is none.
std::string NumberText(const std::optional<double>& v);
// Names joined by "; " (empty when none).
std::string CsvNames(const std::vector<std::string>& names);

}  // namespace dealgraph

#endif  // DEALGRAPH_QUERY_DEAL_CSV_H_
