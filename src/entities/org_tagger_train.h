// Training of the organization tagger (org_tagger.h): FIRE sentences turned
// into texts with gold organization spans, and an averaged perceptron over the
// name-like tokens the rules leave free. Deterministic: the same data and
// options give the same model bytes.
#ifndef DEALGRAPH_ENTITIES_ORG_TAGGER_TRAIN_H_
#define DEALGRAPH_ENTITIES_ORG_TAGGER_TRAIN_H_

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "dealgraph/status.h"
#include "entities/org_tagger.h"
#include "entities/recognizer.h"

namespace dealgraph {

// A text with its gold organization spans (byte offsets, end exclusive).
struct LabelledText {
  std::string text;
  std::vector<std::pair<uint32_t, uint32_t>> orgs;
};

// FIRE instances (a JSON array with "tokens" and "entities"; see the data's
// README) as texts: the tokens joined as prose the way the FIRE scorer joins
// them, with the Company spans. Fails with kParseError/kSchemaError naming `name`.
Result<std::vector<LabelledText>> ParseFire(std::string_view json, std::string_view name);
Result<std::vector<LabelledText>> LoadFire(const std::string& path);

struct TaggerTrainOptions {
  int epochs = 10;
  int bits = 18;          // 2^bits feature buckets
  uint64_t seed = 1;      // order of the sentences in each epoch (run r uses seed + r)
  int shuffles = 20;      // runs over different orders; the model averages them
};

// Token labels of one sentence for training: kTagO/B/I, or kTagIgnore for a
// token of a gold span the tagger cannot produce (a span with tokens that are
// not candidates, or not on token boundaries).
inline constexpr uint8_t kTagIgnore = 255;
std::vector<uint8_t> GoldTagLabels(const TagSentence& sentence, const std::vector<Token>& tokens, size_t begin,
                                   size_t end, const std::vector<std::pair<uint32_t, uint32_t>>& orgs);

// The tag mask of tokens [0, n) from the entities the rules found.
std::vector<uint8_t> TagMaskOf(const std::vector<Entity>& entities, size_t n);

// Trains on `data`; `rules` (a recognizer without a tagger) gives the mask.
OrgTagger TrainOrgTagger(const std::vector<LabelledText>& data, const EntityRecognizer& rules,
                         const TaggerTrainOptions& options);

}  // namespace dealgraph

#endif  // DEALGRAPH_ENTITIES_ORG_TAGGER_TRAIN_H_
