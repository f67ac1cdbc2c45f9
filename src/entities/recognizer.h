// EntityRecognizer: finds organizations, money, dates and outlets in segmented text.
#ifndef DEALGRAPH_ENTITIES_RECOGNIZER_H_
#define DEALGRAPH_ENTITIES_RECOGNIZER_H_

#include <memory>
#include <string_view>
#include <vector>

#include "dealgraph/status.h"
#include "entities/entity.h"
#include "entities/gazetteer.h"
#include "entities/org_tagger.h"
#include "segment/segmenter.h"

namespace dealgraph {

class EntityRecognizer {
 public:
  // `gazetteer` and `tagger` (may be null: rules only) must outlive the recognizer.
  explicit EntityRecognizer(const Gazetteer* gazetteer, const OrgTagger* tagger = nullptr);

  // All entities of `text`, sorted by start, not overlapping. Thread-safe.
  std::vector<Entity> Find(std::string_view text, const Segmentation& seg) const;

 private:
  const Gazetteer* gazetteer_;
  const OrgTagger* tagger_;
};

}  // namespace dealgraph

#endif  // DEALGRAPH_ENTITIES_RECOGNIZER_H_
