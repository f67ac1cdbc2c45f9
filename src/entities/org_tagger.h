// OrgTagger: a small averaged-perceptron tagger that labels the name-like
// tokens the rules left free as the beginning (B), inside (I) or outside (O)
// of an organization name, from hashed features (word, shape, affixes,
// neighbours, word classes, deal slots, previous label). Trained by
// org_tagger_train.h from FIRE; the shipped model is data/models/org_tagger.bin.
#ifndef DEALGRAPH_ENTITIES_ORG_TAGGER_H_
#define DEALGRAPH_ENTITIES_ORG_TAGGER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dealgraph/status.h"
#include "entities/entity.h"
#include "segment/segmenter.h"

namespace dealgraph {

// What the rules left at a token, as the tagger sees it.
enum class TagMask : uint8_t {
  kFree = 0,   // no entity: a candidate when it looks like a name
  kValue = 1,  // money or a date
  kOrg = 2,    // an organization or outlet the rules found
};

enum TagLabel : uint8_t { kTagO = 0, kTagB = 1, kTagI = 2 };

// Gives zero-filled memory and leaves value-initialized elements as it
// came (zero bits): a large block is mapped fresh from the system
// (ZeroedAlloc), whose pages are zero, so the model's dense weights (3 MB)
// need no memset at start-up and the pages of buckets no feature uses are
// never touched. Only for arithmetic types whose zero is all zero bits, and
// only for vectors that never shrink and grow again (the tail would keep old
// values): the tagger's weights are sized once.
void* ZeroedAlloc(size_t bytes);             // throws std::bad_alloc
void ZeroedFree(void* p, size_t bytes);

template <class T>
struct ZeroedAllocator {
  using value_type = T;
  ZeroedAllocator() = default;
  template <class U>
  ZeroedAllocator(const ZeroedAllocator<U>&) {}
  T* allocate(size_t n) { return static_cast<T*>(ZeroedAlloc(n * sizeof(T))); }
  void deallocate(T* p, size_t n) { ZeroedFree(p, n * sizeof(T)); }
  template <class U>
  void construct(U*) {}  // already zero
  template <class U, class... Args>
  void construct(U* p, Args&&... args) {
    ::new (static_cast<void*>(p)) U(std::forward<Args>(args)...);
  }
  template <class U>
  bool operator==(const ZeroedAllocator<U>&) const {
    return true;
  }
};

using TagWeights = std::vector<float, ZeroedAllocator<float>>;  // bucket * kTagLabels + label
inline constexpr int kTagLabels = 3;

// Hashed feature ids of one token; the same for training and tagging.
using TagFeatures = std::vector<uint64_t>;

// One sentence [begin, end) seen by the tagger: which tokens are candidates
// and their features. Per-token facts are computed on first use. mask[k -
// begin] is token k's TagMask; text, tokens and mask must outlive the object.
class TagSentence {
 public:
  TagSentence(std::string_view text, const std::vector<Token>& tokens, size_t begin, size_t end,
              const uint8_t* mask);
  // (Not copied: the candidate table may point into the object.)
  TagSentence(const TagSentence&) = delete;
  TagSentence& operator=(const TagSentence&) = delete;

  // True for a token the tagger labels: a free word shaped like a name
  // ("Neste", "IDACORP", "inContact"), or "&", "of", "and" between two such
  // words. Every other token is O.
  bool Candidate(size_t k) const { return candidate_[k - begin_] != 0; }
  // True for "&", "of", "and" taken in as a candidate.
  bool Connector(size_t k) const { return candidate_[k - begin_] == 2; }
  // True for a place, demonym or topic word right after a name-like word
  // ("Beazer East"): a candidate that may continue a name (I), never begin one.
  bool ContinuingOnly(size_t k) const { return candidate_[k - begin_] == 3; }
  bool AnyCandidate() const { return any_; }
  // Word classes of token k (lexicon.h).
  uint32_t Flags(size_t k) const { return At(k).flags; }
  // True when token k is a number that makes the name before it a product or
  // a rule ("GE 400", "Rule 144"; IsModelNumber).
  bool ModelNumberAt(size_t k) const;
  // True when token k is a single letter (never a name alone: "D/B/A").
  bool Letter(size_t k) const;

  // Appends the features of candidate token k given the previous token's label.
  void Features(size_t k, TagLabel prev, TagFeatures* out) const;

 private:
  struct Info {
    uint64_t lower = 0, shape = 0, prefix = 0, suffix = 0;
    uint32_t flags = 0;
    bool ready = false;
  };
  // Token k's hashes and flags, computed on first use (Fill) and kept: the
  // kept case is inline, as the features ask each token several times.
  const Info& At(size_t k) const {
    const Info& in = info_[k - begin_];
    return in.ready ? in : Fill(k);
  }
  const Info& Fill(size_t k) const;
  bool RunInSlot(size_t k) const;

  std::string_view text_;
  const std::vector<Token>& toks_;
  size_t begin_, end_;
  const uint8_t* mask_;
  bool any_ = false;
  // Each token's candidate class: 0 no, 1 a name-like word, 2 a connector, 3
  // continuing only. In the object for a sentence of up to kInline tokens,
  // else in candidate_heap_: the recognizer makes one TagSentence per
  // sentence, most of them without a candidate, and allocating the table
  // cost more than filling it.
  static constexpr size_t kInline = 64;
  uint8_t candidate_inline_[kInline];
  std::vector<uint8_t> candidate_heap_;
  uint8_t* candidate_;
  mutable std::vector<Info> info_;
  mutable std::vector<int8_t> slot_;  // -1 unknown, else whether k's candidate run stands in a deal slot
};

class OrgTagger {
 public:
  // The model built into the binary (data/models/org_tagger.bin).
  static Result<OrgTagger> BuiltIn();
  // Parses model bytes; `name` is used in errors. Fails with kParseError
  // (bad magic, truncated, bad checksum) or kVersionMismatch.
  static Result<OrgTagger> Parse(std::string_view bytes, std::string_view name);
  // Reads and parses a model file (kNotFound when it cannot be opened).
  static Result<OrgTagger> Load(const std::string& path);

  // A model from dense weights: (1 << bits) buckets of kTagLabels floats.
  OrgTagger(int bits, const std::vector<float>& weights);

  // The model file's bytes: magic, version, bits, the non-zero buckets, checksum.
  std::string Serialize() const;

  // Label scores of one feature set.
  void Score(const TagFeatures& features, float scores[kTagLabels]) const;

  // Labels the sentence's tokens greedily from left to right (an I only after
  // a B or I) and returns the organization spans as [first, end) token pairs,
  // without connectors at their edges, and none that names a person (after a
  // title word, before a speech verb), is a single letter or stands before a
  // model number. Thread-safe.
  std::vector<std::pair<uint32_t, uint32_t>> Tag(const TagSentence& sentence, size_t begin, size_t end) const;

  int bits() const { return bits_; }
  size_t Bucket(uint64_t feature) const { return static_cast<size_t>(feature >> (64 - bits_)); }
  const TagWeights& weights() const { return weights_; }

 private:
  struct Sized {};
  OrgTagger(int bits, TagWeights weights, Sized);  // Parse's: (1 << bits) buckets

  int bits_;
  TagWeights weights_;  // bucket * kTagLabels + label
};

// Removes the tagger's organizations (those of `entities` starting at the
// sorted offsets `tagged`) whose last word the document uses as a person's
// name elsewhere: before a speech verb ("Halvorsen said") or after a title
// ("Mr Halvorsen").
void DropTaggedPersons(std::string_view text, const std::vector<Token>& tokens, const std::vector<uint32_t>& tagged,
                       std::vector<Entity>* entities);

}  // namespace dealgraph

#endif  // DEALGRAPH_ENTITIES_ORG_TAGGER_H_
