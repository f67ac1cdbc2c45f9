// PairModel: a small linear classifier (the mean of averaged perceptrons,
// pair_model_train.h) that reads a deal the
// frame rules missed. For a sentence that names two organizations, holds a
// word where a reading may start, and gave the rules nothing, it scores each
// ordered pair of the names (the first as the paying side) as no deal, an
// investment, an acquisition, a purchase or a partnership, from hashed
// features of the words around and between them (names masked as ORG,
// amounts as MONEY: no feature names a company or an amount). Trained by
// pair_model_train.h on the annotated corpus; the shipped model is
// data/models/deal_pairs.bin.
#ifndef DEALGRAPH_DEALS_PAIR_MODEL_H_
#define DEALGRAPH_DEALS_PAIR_MODEL_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dealgraph/deal.h"
#include "dealgraph/status.h"
#include "deals/context.h"

namespace dealgraph {

// The classes: 0 is no deal, then one per DealType (PairClassOf).
inline constexpr int kPairClasses = 5;
inline constexpr int PairClassOf(DealType t) { return 1 + static_cast<int>(t); }
inline constexpr DealType DealTypeOfPairClass(int c) { return static_cast<DealType>(c - 1); }

using PairFeatures = std::vector<uint64_t>;  // hashed feature ids
using PairScores = std::array<float, kPairClasses>;

// The organizations named in sentence s, one mention each (the first name
// mention of each organization, parent units rolled up), in text order.
std::vector<const Mention*> NamedInSentence(const DocContext& doc, uint32_t s);

// True when the model reads sentence s at all: a word where a reading may
// start (DocContext::Readings) and two organizations named.
bool PairSentence(const DocContext& doc, uint32_t s, const std::vector<const Mention*>& named);

// The features of the ordered pair (a pays, b receives) in sentence s;
// `named` is NamedInSentence(doc, s). The same for training and reading.
// None when a or b is not a word of its own in the sentence's walk.
void PairFeaturesOf(const DocContext& doc, uint32_t s, const Mention& a, const Mention& b,
                    const std::vector<const Mention*>& named, PairFeatures* out);

class PairModel {
 public:
  // The model built into the binary (data/models/deal_pairs.bin).
  static Result<PairModel> BuiltIn();
  // Parses model bytes; `name` is used in errors. Fails with kParseError.
  static Result<PairModel> Parse(std::string_view bytes, std::string_view name);
  static Result<PairModel> Load(const std::string& path);
  // The model's bytes: the same weights give the same bytes.
  std::string Serialize() const;

  PairScores Score(const PairFeatures& features) const;

  // How far a deal class must score above no deal before the finder takes it.
  static constexpr float kMargin = 5.0f;

  // The weights of one bucket; `bits` sets the buckets (2^bits). Buckets
  // must be added in increasing order.
  void Add(uint32_t bucket, const PairScores& w);
  int bits = 18;

 private:
  // The buckets with weights, sorted, and their weights (a flat table read
  // by binary search: loading is a copy, and only sentences the model reads
  // look anything up).
  std::vector<uint32_t> buckets_;
  std::vector<PairScores> weights_;
};

}  // namespace dealgraph

#endif  // DEALGRAPH_DEALS_PAIR_MODEL_H_
