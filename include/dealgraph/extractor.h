// Extractor: the whole pipeline from a Document to the deals it states
// (segmentation, entities, references, deals), behind one small class.
#ifndef DEALGRAPH_EXTRACTOR_H_
#define DEALGRAPH_EXTRACTOR_H_

#include <memory>
#include <string>
#include <vector>

#include "dealgraph/deal.h"
#include "dealgraph/document.h"
#include "dealgraph/status.h"

namespace dealgraph {

struct ExtractorOptions {
  // Organization gazetteer (TSV, see data/gazetteer/README.md). Empty: the
  // gazetteer built into the binary.
  std::string gazetteer_path;
  // Organization tagger model (data/models/org_tagger.bin, made by
  // `dealgraph train-tagger`). Empty: the model built into the binary.
  std::string tagger_model_path;
  // False: organizations from the gazetteer and rules only, no tagger.
  bool use_tagger = true;
  // Deal pair model (data/models/deal_pairs.bin, made by `dealgraph
  // train-pairs`). Empty: the model built into the binary.
  std::string pair_model_path;
  // False: deals from the frame rules only, no pair model.
  bool use_pair_model = true;
};

class Extractor {
 public:
  // Loads the gazetteer, lexicons and tagger model. Fails with kNotFound/kParseError when a
  // given data file is missing or malformed.
  static Result<std::unique_ptr<Extractor>> Create(const ExtractorOptions& options = {});
  ~Extractor();
  Extractor(const Extractor&) = delete;
  Extractor& operator=(const Extractor&) = delete;

  // Every deal `doc` states, in order of evidence. Thread-safe: one Extractor
  // may serve many threads at once. Never fails: text without deals gives {}.
  std::vector<Deal> Extract(const Document& doc) const;

  // The entity stage's findings as one JSON Lines record (spec section 8).
  std::string EntitiesJson(const Document& doc) const;

  struct Impl;

 private:
  explicit Extractor(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace dealgraph

#endif  // DEALGRAPH_EXTRACTOR_H_
