// Attribution contexts: whether a news outlet's name is credited for a claim
// ("according to Reuters", "Bloomberg reported", "told the FT").
#ifndef DEALGRAPH_ENTITIES_ATTRIBUTION_H_
#define DEALGRAPH_ENTITIES_ATTRIBUTION_H_

#include <string_view>
#include <vector>

#include "segment/segmenter.h"

namespace dealgraph {

// True when the outlet names spanning tokens [first, end) of the sentence
// [begin, sentence_end) stand in an attribution context: "according to X",
// "X reported", "X said", "told X", "reported by X", "X, citing", "a report by X",
// "X's report". `first`..`end` may cover a list of outlets ("CNBC and The Information").
// True when tokens [first, end) open a dateline's parentheses: "NEW YORK,
// Oct 15 (Reuters) - ...", "SEOUL, Feb 17 (Meridian Wire) - ...".
bool InDateline(std::string_view text, const std::vector<Token>& tokens, size_t begin, size_t sentence_end,
                size_t first, size_t end);

bool IsAttribution(std::string_view text, const std::vector<Token>& tokens, size_t begin, size_t sentence_end,
                   size_t first, size_t end);

}  // namespace dealgraph

#endif  // DEALGRAPH_ENTITIES_ATTRIBUTION_H_
