// Money amounts in tokens: "$10 billion", "€2.5bn", "1 trillion yen", ranges
// ("$10-15 billion") and the qualifier words before them ("more than", "up to").
#ifndef DEALGRAPH_ENTITIES_MONEY_H_
#define DEALGRAPH_ENTITIES_MONEY_H_

#include <string_view>
#include <vector>

#include "dealgraph/deal.h"
#include "entities/entity.h"
#include "segment/segmenter.h"

namespace dealgraph {

// Amounts above this many currency units are not money (a typo or an attack).
inline constexpr double kMaxMoneyValue = 1e16;

// Appends to `out`, in text order, the money amounts found in tokens [begin, end)
// (one sentence) of `text`. Each entity spans the amount only (currency sign or
// word through scale word or currency word, or both ends of a range, and the
// unit of a unit price: "$0.33 per share");
// qualifier_start marks where qualifier words begin. Pure; thread-safe.
void FindMoney(std::string_view text, const std::vector<Token>& tokens, size_t begin, size_t end,
               std::vector<Entity>* out);

// FindMoney with the looser test it used before each amount (a scale's
// initial or shape in the next word): the same amounts, found with more
// look-ups. For tests of FindMoney's filter.
void FindMoneyWideFilter(std::string_view text, const std::vector<Token>& tokens, size_t begin, size_t end,
                         std::vector<Entity>* out);

// Parses "13", "1.4", "13,000", "2,5" (a comma not followed by three digits is a
// decimal comma). False for anything else or for more than 24 characters.
bool ParseAmountNumber(std::string_view s, double* value);

}  // namespace dealgraph

#endif  // DEALGRAPH_ENTITIES_MONEY_H_
