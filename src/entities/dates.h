// Dates in tokens: "October 28, 2025", "Oct. 28", "28 October 2025",
// "2025-10-28", "March 2024", "in 2023", and relative ones ("last month", "Monday").
#ifndef DEALGRAPH_ENTITIES_DATES_H_
#define DEALGRAPH_ENTITIES_DATES_H_

#include <string_view>
#include <vector>

#include "entities/entity.h"
#include "segment/segmenter.h"

namespace dealgraph {

// Appends to `out`, in text order, the dates in tokens [begin, end) (one
// sentence). iso is "YYYY-MM-DD", "YYYY-MM", "YYYY", "--MM-DD" (day and month
// without a year), or empty for relative dates. Prepositions ("in", "on") are
// not part of the span. Pure; thread-safe.
void FindDates(std::string_view text, const std::vector<Token>& tokens, size_t begin, size_t end,
               std::vector<Entity>* out);

}  // namespace dealgraph

#endif  // DEALGRAPH_ENTITIES_DATES_H_
