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

// Appends an amount's value as the deal JSON writes it, byte for byte as
// nlohmann::json dumps it: a whole number below 9e15 as an integer
// ("13000000000"), any other finite value as the library's double ("2.5",
// "1e+16"), NaN and infinities as null.
void AppendAmountNumber(double v, std::string* out);

// Appends {"doc":...,"deals":[...]} for `deals`. Returns false, with `*out`
// partly written, for what it does not write (strings that are not valid
// UTF-8): the caller then
// truncates `*out` and uses the JSON library.
bool AppendDocumentDealsJsonFast(std::string_view doc_id, const std::vector<Deal>& deals, std::string* out);

}  // namespace dealgraph

#endif  // DEALGRAPH_COMMON_DEAL_JSON_FAST_H_
