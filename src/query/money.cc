// Per-currency money sums.
#include "query/money.h"

#include <algorithm>

namespace dealgraph {

void AddAmount(std::string_view currency, int deals, double amount_min, double amount_max,
               std::vector<MoneySum>* sums) {
  auto it = std::lower_bound(sums->begin(), sums->end(), currency,
                             [](const MoneySum& s, std::string_view c) { return s.currency < c; });
  if (it == sums->end() || it->currency != currency) {
    MoneySum s;
    s.currency = std::string(currency);
    it = sums->insert(it, s);
  }
  it->deals += deals;
  it->amount_min += amount_min;
  it->amount_max += amount_max;
}

void AddToSums(const MergedDeal& deal, std::vector<MoneySum>* sums) {
  AddAmount(deal.amount_min ? deal.currency : std::string(), 1, deal.amount_min.value_or(0),
            deal.amount_max.value_or(0), sums);
}

}  // namespace dealgraph
