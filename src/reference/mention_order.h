// Ordering of name mentions by their first token, as the resolver keeps them.
#ifndef DEALGRAPH_REFERENCE_MENTION_ORDER_H_
#define DEALGRAPH_REFERENCE_MENTION_ORDER_H_

#include <vector>

#include "reference/mention.h"

namespace dealgraph {

// Orders *names by first token with exactly the result of std::sort by first
// token, without moving every Mention (strings and all) on each call. When the
// first tokens are distinct the sorted order is unique, so the usual cases
// (already sorted; sorted but for one mention appended at the end) are settled
// by a scan and one rotate. Equal first tokens fall back to std::sort itself.
void SortByFirstToken(std::vector<Mention>* names);

}  // namespace dealgraph

#endif  // DEALGRAPH_REFERENCE_MENTION_ORDER_H_
