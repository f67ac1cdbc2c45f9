// The JSON Lines form of deals written straight into a buffer, byte for byte
// as nlohmann::json's dump writes it (deal.cc keeps that as the fallback).
#ifndef DEALGRAPH_COMMON_DEAL_JSON_FAST_H_
#define DEALGRAPH_COMMON_DEAL_JSON_FAST_H_

#include <string>
#include <string_view>
#include <vector>

#include "dealgraph/deal.h"

namespace dealgraph {

// Appends `s` as a JSON string (quotes included) escaped as nlohmann::json
// does without ensure_ascii. Returns false, with `*out` partly written, when
// `s` is not valid UTF-8.
bool AppendJsonString(std::string_view s, std::string* out);

// Appends {"doc":...,"deals":[...]} for `deals`. Returns false, with `*out`
// partly written, for what it does not write (an amount that is not a whole
// number below 9e15, strings that are not valid UTF-8): the caller then
// truncates `*out` and uses the JSON library.
bool AppendDocumentDealsJsonFast(std::string_view doc_id, const std::vector<Deal>& deals, std::string* out);

}  // namespace dealgraph

#endif  // DEALGRAPH_COMMON_DEAL_JSON_FAST_H_
