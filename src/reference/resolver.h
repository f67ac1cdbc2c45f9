// Reference resolution: turns organization entities into mentions and resolves
// pronouns and descriptions ("it", "the company", "the ChatGPT maker") to the
// organization they most likely mean, by salience and gazetteer descriptions.
#ifndef DEALGRAPH_REFERENCE_RESOLVER_H_
#define DEALGRAPH_REFERENCE_RESOLVER_H_

#include <string_view>
#include <vector>

#include "entities/entity.h"
#include "entities/gazetteer.h"
#include "reference/mention.h"
#include "segment/segmenter.h"

namespace dealgraph {

class ReferenceResolver {
 public:
  // `gazetteer` must outlive the resolver.
  explicit ReferenceResolver(const Gazetteer* gazetteer) : gazetteer_(gazetteer) {}

  // All organization mentions of the document in text order: every
  // organization entity, plus each pronoun or description that could be
  // resolved. `lower` is the text with ASCII letters lower-cased (same offsets).
  // Thread-safe.
  std::vector<Mention> Resolve(std::string_view text, std::string_view lower, const Segmentation& seg,
                               const std::vector<Entity>& entities) const;

 private:
  const Gazetteer* gazetteer_;
};

}  // namespace dealgraph

#endif  // DEALGRAPH_REFERENCE_RESOLVER_H_
