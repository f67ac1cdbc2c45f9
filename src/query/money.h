// Per-currency money sums shared by the organization profile and flows.
#ifndef DEALGRAPH_QUERY_MONEY_H_
#define DEALGRAPH_QUERY_MONEY_H_

#include <vector>

#include "dealgraph/ledger.h"
#include "dealgraph/query.h"

namespace dealgraph {

// Adds one merged deal to the sum of its currency (created when missing; kept sorted by currency).
void AddToSums(const MergedDeal& deal, std::vector<MoneySum>* sums);

// Adds one deal of `currency` with its amounts to `sums`.
void AddAmount(std::string_view currency, int deals, double amount_min, double amount_max,
               std::vector<MoneySum>* sums);

}  // namespace dealgraph

#endif  // DEALGRAPH_QUERY_MONEY_H_
