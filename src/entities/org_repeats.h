// Repeated names: an organization recognized by its shape or a deal slot in
// one place is the same organization wherever the same words recur in the
// document ("Moveworks" after "buy Moveworks", then "Moveworks last raised").
#ifndef DEALGRAPH_ENTITIES_ORG_REPEATS_H_
#define DEALGRAPH_ENTITIES_ORG_REPEATS_H_

#include <string_view>
#include <vector>

#include "entities/entity.h"
#include "segment/segmenter.h"

namespace dealgraph {

// Adds an organization entity for every other occurrence of an unknown
// organization's exact words (same tokens, capitalized, not inside another
// entity, not run on into a longer capitalized name). `entities` stays in
// text order.
void AddRepeatedNames(std::string_view text, const std::vector<Token>& tokens, std::vector<Entity>* entities);
// The same with a hash map from first word to names: the plain version that
// AddRepeatedNames (a walk of the few first words, a map past 32) is tested
// against.
void AddRepeatedNamesByMap(std::string_view text, const std::vector<Token>& tokens, std::vector<Entity>* entities);

}  // namespace dealgraph

#endif  // DEALGRAPH_ENTITIES_ORG_REPEATS_H_
