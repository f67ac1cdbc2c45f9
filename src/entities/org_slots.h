// Deal phrase slots: whether a capitalized name stands where a deal puts a
// party ("acquired X", "X raised", "invested in X", "X, a Paris-based startup").
#ifndef DEALGRAPH_ENTITIES_ORG_SLOTS_H_
#define DEALGRAPH_ENTITIES_ORG_SLOTS_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "segment/segmenter.h"

namespace dealgraph {

// True when tokens [s, e) of the sentence [begin, end) stand in a party slot:
// after "acquire(d)", "buy", "startup", "invest(ed) in", "stake in", "led by",
// "merger with", "CEO of"...; before "raised", "agreed", "has acquired", a role
// ("CEO"), "'s acquisition", "(NYSE:"; or before ", a ... startup/company/maker".
bool InDealSlot(std::string_view text, const std::vector<Token>& tokens, size_t begin, size_t end, size_t s,
                size_t e);

}  // namespace dealgraph

#endif  // DEALGRAPH_ENTITIES_ORG_SLOTS_H_
