// Names of entity types.
#include "entities/entity.h"

namespace dealgraph {

const char* EntityTypeName(EntityType t) {
  switch (t) {
    case EntityType::kOrganization: return "organization";
    case EntityType::kMoney: return "money";
    case EntityType::kDate: return "date";
    case EntityType::kOutlet: return "outlet";
  }
  return "organization";
}

}  // namespace dealgraph
