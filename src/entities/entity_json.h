// The `dealgraph entities` output line (spec section 8) for one document.
#ifndef DEALGRAPH_ENTITIES_ENTITY_JSON_H_
#define DEALGRAPH_ENTITIES_ENTITY_JSON_H_

#include <string>
#include <string_view>
#include <vector>

#include "entities/entity.h"

namespace dealgraph {

// {"doc": ..., "entities": [{"type": ..., "start": B, "end": B, "text": ..., ...}]}
// on one line, no trailing newline. Organizations and outlets carry "canonical"
// and "parent" (null when none); money "value", "currency", "qualifier" and,
// for ranges, "max", and a money span starts at its bound words ("over $38
// billion"; not at approximations: "about"); dates "iso" (null when relative). `text` is the document
// the byte offsets refer to. Invalid UTF-8 in a span is replaced, never thrown.
std::string EntitiesToJson(std::string_view doc_id, std::string_view text, const std::vector<Entity>& entities);

}  // namespace dealgraph

#endif  // DEALGRAPH_ENTITIES_ENTITY_JSON_H_
