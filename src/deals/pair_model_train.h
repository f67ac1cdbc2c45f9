// Training of the deal pair classifier (pair_model.h) on an annotated corpus:
// each NAME.txt with its NAME.gold.jsonl (spec format) gives one example per
// ordered pair of organizations named in a sentence the model reads, labelled
// with the gold deal whose evidence covers the sentence and whose sides are
// exactly those two organizations, or no deal. Deterministic: the same corpus
// and options give the same model bytes.
#ifndef DEALGRAPH_DEALS_PAIR_MODEL_TRAIN_H_
#define DEALGRAPH_DEALS_PAIR_MODEL_TRAIN_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "dealgraph/status.h"
#include "deals/pair_model.h"

namespace dealgraph {

// The stages before the deal finder (segmenter, recognizer with the tagger,
// resolver) with the built-in data, for reading a training text.
class DocPipeline {
 public:
  static Result<DocPipeline> BuiltIn();
  // Calls `f` with the deal stage's view of `text`.
  void Read(std::string_view text, const std::function<void(const DocContext&)>& f) const;

 private:
  struct Parts;
  explicit DocPipeline(std::shared_ptr<const Parts> parts) : parts_(std::move(parts)) {}
  std::shared_ptr<const Parts> parts_;
};

struct PairExample {
  PairFeatures features;
  uint8_t label = 0;  // 0 no deal, else PairClassOf(type)
};

// The gold deals of one document, as the trainer needs them.
struct GoldPairDeal {
  int label = 0;  // PairClassOf(type)
  std::vector<std::string> from, to;
  uint32_t start = 0, end = 0;  // evidence bytes
};

// Parses one gold line ({"doc": ..., "deals": [...]}). Fails with kParseError naming `name`.
Result<std::vector<GoldPairDeal>> ParseGoldDeals(std::string_view line, std::string_view name);

// The examples of every NAME.txt in `dir` that has a NAME.gold.jsonl beside
// it (other formats are skipped: their gold offsets are into extracted text),
// in file-name order. Files named in `exclude_from` and above (news-NNN
// numbering, 0: none excluded) are left out, for measuring on later batches.
Result<std::vector<PairExample>> PairExamplesFromCorpus(const std::string& dir, int exclude_from);

struct PairTrainOptions {
  int epochs = 8;
  uint64_t seed = 1;  // order of the examples in each epoch
  // Perceptrons trained, on seeds seed, seed + 1, ...; the model is the mean
  // of their averaged weights (one order's luck weighs less).
  int bags = 5;
};

PairModel TrainPairModel(std::vector<PairExample> examples, const PairTrainOptions& options);

}  // namespace dealgraph

#endif  // DEALGRAPH_DEALS_PAIR_MODEL_TRAIN_H_
