// Ordering of name mentions by their first token (see mention_order.h).
#include "reference/mention_order.h"

#include <algorithm>

namespace dealgraph {

void SortByFirstToken(std::vector<Mention>* mentions) {
  std::vector<Mention>& names = *mentions;
  auto before = [](const Mention& a, const Mention& b) { return a.first_token < b.first_token; };
  const size_t n = names.size();
  size_t sorted = 1;  // names[0, sorted) have strictly increasing first tokens
  while (sorted < n && names[sorted - 1].first_token < names[sorted].first_token) ++sorted;
  if (sorted >= n) return;
  if (sorted == n - 1) {
    auto at = std::lower_bound(names.begin(), names.end() - 1, names.back(), before);
    if (at->first_token != names.back().first_token) {
      std::rotate(at, names.end() - 1, names.end());
      return;
    }
  }
  std::sort(names.begin(), names.end(), before);
}

}  // namespace dealgraph
