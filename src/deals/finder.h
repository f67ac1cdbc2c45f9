// DealFinder: the document-level pass of the deal stage. Runs the frame rules
// on every sentence, then joins what spans sentences (an amount stated in the
// next sentence), drops weaker duplicates and builds spec-shaped Deals.
#ifndef DEALGRAPH_DEALS_FINDER_H_
#define DEALGRAPH_DEALS_FINDER_H_

#include <string_view>
#include <vector>

#include "dealgraph/deal.h"
#include "deals/lexicon.h"
#include "deals/pair_model.h"
#include "entities/entity.h"
#include "entities/gazetteer.h"
#include "reference/mention.h"
#include "segment/segmenter.h"

namespace dealgraph {

class DealFinder {
 public:
  // All must outlive the finder; `pairs` may be null (the frame rules only).
  DealFinder(const Lexicon* lexicon, const Gazetteer* gazetteer, const PairModel* pairs = nullptr)
      : lexicon_(lexicon), gazetteer_(gazetteer), pairs_(pairs) {}

  // Deals of one document in order of evidence. Thread-safe.
  std::vector<Deal> Find(std::string_view text, const Segmentation& seg, const std::vector<Entity>& entities,
                         const std::vector<Mention>& mentions) const;
  // The same with the lower-cased text given (AsciiLower(text)), as the
  // reference stage has it already.
  std::vector<Deal> Find(std::string_view text, std::string_view lower, const Segmentation& seg,
                         const std::vector<Entity>& entities, const std::vector<Mention>& mentions) const;

 private:
  const Lexicon* lexicon_;
  const Gazetteer* gazetteer_;
  const PairModel* pairs_;
};

}  // namespace dealgraph

#endif  // DEALGRAPH_DEALS_FINDER_H_
