// Entity: an organization, money amount, date or news outlet found in a
// document, with its byte span and token span.
#ifndef DEALGRAPH_ENTITIES_ENTITY_H_
#define DEALGRAPH_ENTITIES_ENTITY_H_

#include <cstdint>
#include <string>
#include <vector>

#include "dealgraph/deal.h"

namespace dealgraph {

enum class EntityType : uint8_t { kOrganization, kMoney, kDate, kOutlet };

struct Entity {
  EntityType type = EntityType::kOrganization;
  uint32_t start = 0;        // byte offset of the span (qualifier words excluded)
  uint32_t end = 0;          // exclusive
  uint32_t first_token = 0;  // token span, indices into Segmentation::tokens
  uint32_t end_token = 0;    // exclusive

  // Organizations and outlets.
  std::string canonical;    // "Amazon", "AWS", "OpenAI"; for unknown names, the name as written
  std::string parent;       // "Amazon" for "AWS"; empty when none
  bool possessive = false;  // followed by "'s" / "’s" ("Amazon's AI chips")
  bool known = false;       // found in the gazetteer (false: recognized by shape and cues)

  // Money: value, currency, qualifier (from words before the amount:
  // "more than", "up to", "may exceed"...), max for ranges.
  Amount money;
  uint32_t qualifier_start = 0;  // byte offset of the qualifier words, == start when none

  // Dates: the best ISO form found ("2025-10-28", "2025-10", "2025"); empty if relative.
  std::string iso;
};

const char* EntityTypeName(EntityType t);  // "organization", "money", "date", "outlet"

}  // namespace dealgraph

#endif  // DEALGRAPH_ENTITIES_ENTITY_H_
