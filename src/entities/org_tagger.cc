// OrgTagger: candidates, hashed features, greedy decoding and the model file.
#include "entities/org_tagger.h"

#include <sys/mman.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <new>
#include <sstream>

#include "entities/lexicon.h"
#include "entities/org_slots.h"
#include "entities/token_flags.h"
#include "entities/word_match.h"

namespace dealgraph {
namespace embedded {
extern const std::string_view org_tagger_bin;
}

namespace {

constexpr char kMagic[8] = {'D', 'G', 'O', 'R', 'G', 'T', 'A', 'G'};
constexpr uint32_t kVersion = 1;
constexpr uint64_t kFnvBasis = 0xcbf29ce484222325ull;
constexpr uint64_t kFnvPrime = 0x100000001b3ull;

// Feature templates; the numbers are part of the model format (changing one
// needs a new model).
enum Template : uint64_t {
  kBias = 1,
  kWord,
  kShape,
  kPrefix,
  kSuffix,
  kPrevWord,
  kNextWord,
  kPrev2Word,
  kNext2Word,
  kPrevShape,
  kNextShape,
  kPrevMask,
  kNextMask,
  kSentenceStart,
  kWordFlag,
  kNextFlag,
  kPrevFlag,
  kDealSlot,
  kPrevLabel,
  kPrevLabelShape,
  kBigram,
  kCapsLength,
  kRunPosition,
  kNextPossessive,
  kConnector,
  kNextSuffix,
  kPrevSuffix,
  kNextShapeWord,
  kStartShape,
  kPrev2Shape,
  kNext2Shape,
};

uint64_t Fnv(uint64_t h, unsigned char c) { return (h ^ c) * kFnvPrime; }

uint64_t LowerHash(std::string_view w, uint64_t h = kFnvBasis) {
  for (unsigned char c : w) h = Fnv(h, c >= 'A' && c <= 'Z' ? c + 32 : c);
  return h;
}

// "Google" -> "Xx", "IBM" -> "X", "inContact" -> "xXx", "U.S." -> "X.X.": runs of
// one class collapsed.
uint64_t ShapeHash(std::string_view w) {
  uint64_t h = kFnvBasis;
  unsigned char last = 0;
  for (unsigned char c : w) {
    unsigned char s = c >= 'A' && c <= 'Z' ? 'X' : c >= 'a' && c <= 'z' ? 'x' : c >= '0' && c <= '9' ? 'd' : c >= 0x80 ? 'u' : c;
    if (s != last) h = Fnv(h, s);
    last = s;
  }
  return h;
}

// Mixes a template id with a value into a feature id (all 64 bits used).
uint64_t Mix(uint64_t tmpl, uint64_t value) {
  uint64_t h = value ^ (tmpl * 0x9E3779B97F4A7C15ull);
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ull;
  h ^= h >> 33;
  return h;
}

uint64_t Combine(uint64_t a, uint64_t b) { return a * 0x100000001b3ull ^ (b + 0x9E3779B97F4A7C15ull + (a << 6) + (a >> 2)); }

constexpr uint64_t kOutside = 0x5eed5eed5eedull;  // the word before the sentence's first or after its last token

// Closed classes of words the tagger never labels: places, demonyms, months,
// titles, topic words, sentence function words.
constexpr uint32_t kNeverTagged = kMonthWord | kWeekdayWord | kFunctionWord | kTitleWord |
                                  kPlaceWord | kDemonymWord | kGenericWord | kSpeechVerb;

// Never-tagged classes that may still continue a name.
constexpr uint32_t kContinuing = kPlaceWord | kDemonymWord | kGenericWord;

bool IsConnectorWord(std::string_view w) { return w == "&" || w == "of" || w == "and"; }

// Word classes worth a feature each.
constexpr uint32_t kUsedFlags = kMonthWord | kWeekdayWord | kFunctionWord | kCueWord | kSuffixWord | kTitleWord |
                                kPlaceWord | kDemonymWord | kGenericWord | kSpeechVerb | kFirmCue;

void AddFlags(uint64_t tmpl, uint32_t flags, TagFeatures* out) {
  flags &= kUsedFlags;
  while (flags != 0) {
    uint32_t bit = flags & (~flags + 1);
    out->push_back(Mix(tmpl, bit));
    flags &= flags - 1;
  }
}

void PutU32(std::string* out, uint32_t v) {
  for (int i = 0; i < 4; ++i) out->push_back(static_cast<char>((v >> (8 * i)) & 0xff));
}
void PutU64(std::string* out, uint64_t v) {
  for (int i = 0; i < 8; ++i) out->push_back(static_cast<char>((v >> (8 * i)) & 0xff));
}
uint32_t GetU32(std::string_view b, size_t at) {
  uint32_t v = 0;
  for (int i = 0; i < 4; ++i) v |= static_cast<uint32_t>(static_cast<unsigned char>(b[at + i])) << (8 * i);
  return v;
}
uint64_t GetU64(std::string_view b, size_t at) {
  uint64_t v = 0;
  for (int i = 0; i < 8; ++i) v |= static_cast<uint64_t>(static_cast<unsigned char>(b[at + i])) << (8 * i);
  return v;
}
uint64_t Checksum(std::string_view b) {
  uint64_t h = kFnvBasis;
  for (unsigned char c : b) h = Fnv(h, c);
  return h;
}

}  // namespace

TagSentence::TagSentence(std::string_view text, const std::vector<Token>& tokens, size_t begin, size_t end,
                         const uint8_t* mask)
    : text_(text), toks_(tokens), begin_(begin), end_(end), mask_(mask) {
  if (end - begin <= kInline) {
    candidate_ = candidate_inline_;
    std::memset(candidate_, 0, end - begin);
  } else {
    candidate_heap_.assign(end - begin, 0);
    candidate_ = candidate_heap_.data();
  }
  // Each token's NameShaped, kept for the document (token_flags.h) or asked.
  const uint8_t* shaped = NameShapes(text, tokens);
  auto name_like = [&](size_t k) { return shaped != nullptr ? shaped[k] != 0 : NameShaped(text, tokens[k]); };
  uint32_t* kept = KeptFlags(text, tokens);  // (taken once: asked for many tokens)
  for (size_t k = begin; k < end; ++k) {
    if (name_like(k) && mask[k - begin] == static_cast<uint8_t>(TagMask::kFree) &&
        (KeptWordFlags(kept, text, tokens[k], k) & kNeverTagged) == 0) {
      candidate_[k - begin] = 1;
      any_ = true;
    }
  }
  if (!any_) return;
  // "Beazer East", "UPC Austria", "Intuitive Surgical Japan": a place, demonym
  // or topic word may go on a name, never start one.
  for (size_t k = begin + 1; k < end; ++k) {
    uint8_t before = candidate_[k - begin - 1];
    if (candidate_[k - begin] == 0 && (before == 1 || before == 3) &&
        mask[k - begin] == static_cast<uint8_t>(TagMask::kFree) && name_like(k)) {
      uint32_t f = KeptWordFlags(kept, text, tokens[k], k);
      if ((f & kContinuing) != 0 && (f & (kNeverTagged & ~kContinuing)) == 0) candidate_[k - begin] = 3;
    }
  }
  for (size_t k = begin + 1; k + 1 < end; ++k) {
    if (candidate_[k - begin - 1] == 1 && candidate_[k - begin + 1] == 1 && mask[k - begin] == 0 &&
        IsConnectorWord(TokenText(text, tokens[k]))) {
      candidate_[k - begin] = 2;
    }
  }
  info_.resize(end - begin);
  slot_.assign(end - begin, -1);
}

const TagSentence::Info& TagSentence::Fill(size_t k) const {
  Info& in = info_[k - begin_];
  std::string_view w = TokenText(text_, toks_[k]);
  // (The prefix's hash is the word's after its first three bytes: one pass
  // gives both; a word of three bytes or less is its own suffix.)
  const size_t head = w.size() < 3 ? w.size() : 3;
  in.prefix = LowerHash(w.substr(0, head));
  in.lower = LowerHash(w.substr(head), in.prefix);
  in.shape = ShapeHash(w);
  in.suffix = w.size() > 3 ? LowerHash(w.substr(w.size() - 3)) : in.lower;
  in.flags = toks_[k].kind == TokenKind::kWord ? WordFlagsAt(text_, toks_, k) : 0;
  in.ready = true;
  return in;
}

bool TagSentence::Letter(size_t k) const { return toks_[k].end == toks_[k].start + 1; }

bool TagSentence::ModelNumberAt(size_t k) const {
  return toks_[k].kind == TokenKind::kNumber && IsModelNumber(TokenText(text_, toks_[k]));
}

bool TagSentence::RunInSlot(size_t k) const {
  int8_t& s = slot_[k - begin_];
  if (s >= 0) return s != 0;
  size_t a = k, b = k + 1;
  while (a > begin_ && candidate_[a - 1 - begin_] != 0) --a;
  while (b < end_ && candidate_[b - begin_] != 0) ++b;
  bool in = InDealSlot(text_, toks_, begin_, end_, a, b);
  for (size_t j = a; j < b; ++j) slot_[j - begin_] = in ? 1 : 0;
  return in;
}

void TagSentence::Features(size_t k, TagLabel prev, TagFeatures* out) const {
  const Info& w = At(k);
  auto word = [&](size_t j, bool ok) { return ok ? At(j).lower : kOutside; };
  bool has_prev = k > begin_, has_prev2 = k > begin_ + 1, has_next = k + 1 < end_, has_next2 = k + 2 < end_;
  uint64_t prev_word = word(k - 1, has_prev);
  out->push_back(Mix(kBias, 0));
  out->push_back(Mix(kWord, w.lower));
  out->push_back(Mix(kShape, w.shape));
  out->push_back(Mix(kPrefix, w.prefix));
  out->push_back(Mix(kSuffix, w.suffix));
  out->push_back(Mix(kPrevWord, prev_word));
  out->push_back(Mix(kNextWord, word(k + 1, has_next)));
  out->push_back(Mix(kPrev2Word, word(k - 2, has_prev2)));
  out->push_back(Mix(kNext2Word, word(k + 2, has_next2)));
  out->push_back(Mix(kPrevShape, has_prev ? At(k - 1).shape : kOutside));
  out->push_back(Mix(kNextShape, has_next ? At(k + 1).shape : kOutside));
  out->push_back(Mix(kPrevMask, has_prev ? mask_[k - 1 - begin_] : 9));
  out->push_back(Mix(kNextMask, has_next ? mask_[k + 1 - begin_] : 9));
  // The first word of the sentence, or after opening quotes and brackets only.
  bool first = true;
  for (size_t j = begin_; j < k && first; ++j) first = toks_[j].kind == TokenKind::kPunct;
  if (first) out->push_back(Mix(kSentenceStart, 1));
  AddFlags(kWordFlag, w.flags, out);
  if (has_next) AddFlags(kNextFlag, At(k + 1).flags, out);
  if (has_prev) AddFlags(kPrevFlag, At(k - 1).flags, out);
  out->push_back(Mix(kDealSlot, RunInSlot(k) ? 1 : 0));
  out->push_back(Mix(kPrevLabel, prev));
  out->push_back(Mix(kPrevLabelShape, Combine(prev, w.shape)));
  out->push_back(Mix(kBigram, Combine(prev_word, w.lower)));
  if (toks_[k].all_caps) out->push_back(Mix(kCapsLength, std::min<uint32_t>(toks_[k].end - toks_[k].start, 6)));
  bool run_first = !has_prev || !Candidate(k - 1), run_last = !has_next || !Candidate(k + 1);
  out->push_back(Mix(kRunPosition, (run_first ? 1 : 0) + (run_last ? 2 : 0)));
  if (has_next && toks_[k + 1].kind == TokenKind::kPossessive) out->push_back(Mix(kNextPossessive, 1));
  if (Connector(k)) out->push_back(Mix(kConnector, 1));
  // The neighbours' endings ("provides", "manufactures": a verb after a subject).
  if (has_next) out->push_back(Mix(kNextSuffix, At(k + 1).suffix));
  if (has_prev) out->push_back(Mix(kPrevSuffix, At(k - 1).suffix));
  out->push_back(Mix(kNextShapeWord, Combine(has_next ? At(k + 1).shape : kOutside, w.lower)));
  if (first) out->push_back(Mix(kStartShape, Combine(w.shape, has_next ? At(k + 1).shape : kOutside)));
  out->push_back(Mix(kPrev2Shape, has_prev2 ? At(k - 2).shape : kOutside));
  out->push_back(Mix(kNext2Shape, has_next2 ? At(k + 2).shape : kOutside));
}

namespace {
constexpr size_t kMapAtLeast = size_t{1} << 18;  // smaller blocks: calloc
}  // namespace

void* ZeroedAlloc(size_t bytes) {
  if (bytes < kMapAtLeast) {
    void* p = std::calloc(bytes == 0 ? 1 : bytes, 1);
    if (p == nullptr) throw std::bad_alloc();
    return p;
  }
  void* p = mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED) throw std::bad_alloc();
  return p;
}

void ZeroedFree(void* p, size_t bytes) {
  if (p == nullptr) return;
  if (bytes < kMapAtLeast) {
    std::free(p);
  } else {
    munmap(p, bytes);
  }
}

OrgTagger::OrgTagger(int bits, const std::vector<float>& weights)
    : bits_(bits), weights_(weights.begin(), weights.end()) {
  size_t size = (size_t{1} << bits_) * kTagLabels;
  if (weights_.size() > size) weights_.resize(size);
  if (weights_.size() < size) weights_.insert(weights_.end(), size - weights_.size(), 0.0f);
}

OrgTagger::OrgTagger(int bits, TagWeights weights, Sized) : bits_(bits), weights_(std::move(weights)) {}

void OrgTagger::Score(const TagFeatures& features, float scores[kTagLabels]) const {
  for (int l = 0; l < kTagLabels; ++l) scores[l] = 0;
  for (uint64_t f : features) {
    const float* w = &weights_[Bucket(f) * kTagLabels];
    for (int l = 0; l < kTagLabels; ++l) scores[l] += w[l];
  }
}

std::vector<std::pair<uint32_t, uint32_t>> OrgTagger::Tag(const TagSentence& sentence, size_t begin,
                                                          size_t end) const {
  std::vector<std::pair<uint32_t, uint32_t>> spans;
  if (!sentence.AnyCandidate()) return spans;
  thread_local TagFeatures features;  // (this thread's: no allocation per sentence)
  features.reserve(64);                // a token has about 35 features: no growth step by step
  TagLabel prev = kTagO;
  size_t open = 0;  // first token of the span being built, when prev != O
  auto close = [&](size_t stop) {
    size_t a = open, b = stop;
    while (a < b && sentence.Connector(a)) ++a;
    while (b > a && sentence.Connector(b - 1)) --b;
    bool person = (b < end && (sentence.Flags(b) & kSpeechVerb)) || (a > begin && (sentence.Flags(a - 1) & kTitleWord));
    bool lone_cue = b == a + 1 && (sentence.Flags(a) & (kCueWord | kSuffixWord));  // "AI" alone
    bool model = b < end && sentence.ModelNumberAt(b);  // "Rule 144", "ASC 605"
    bool letter = b == a + 1 && sentence.Letter(a);     // "D" of "D/B/A"
    if (a < b && !person && !lone_cue && !model && !letter) spans.emplace_back(static_cast<uint32_t>(a), static_cast<uint32_t>(b));
  };
  for (size_t k = begin; k < end; ++k) {
    TagLabel label = kTagO;
    if (sentence.Candidate(k) && !(prev == kTagO && sentence.ContinuingOnly(k))) {
      features.clear();
      sentence.Features(k, prev, &features);
      float s[kTagLabels];
      Score(features, s);
      label = s[kTagB] > s[kTagO] ? kTagB : kTagO;
      if (prev != kTagO && s[kTagI] > s[label]) label = kTagI;
    }
    if (prev != kTagO && label != kTagI) close(k);
    if (label == kTagB) open = k;
    prev = label;
  }
  if (prev != kTagO) close(end);
  return spans;
}

std::string OrgTagger::Serialize() const {
  std::string out(kMagic, sizeof kMagic);
  PutU32(&out, kVersion);
  PutU32(&out, static_cast<uint32_t>(bits_));
  size_t buckets = size_t{1} << bits_;
  uint32_t count = 0;
  for (size_t b = 0; b < buckets; ++b) {
    const float* w = &weights_[b * kTagLabels];
    count += (w[0] != 0 || w[1] != 0 || w[2] != 0) ? 1 : 0;
  }
  PutU32(&out, count);
  for (size_t b = 0; b < buckets; ++b) {
    const float* w = &weights_[b * kTagLabels];
    if (w[0] == 0 && w[1] == 0 && w[2] == 0) continue;
    PutU32(&out, static_cast<uint32_t>(b));
    for (int l = 0; l < kTagLabels; ++l) {
      uint32_t bitsv;
      std::memcpy(&bitsv, &w[l], 4);
      PutU32(&out, bitsv);
    }
  }
  PutU64(&out, Checksum(out));
  return out;
}

Result<OrgTagger> OrgTagger::Parse(std::string_view bytes, std::string_view name) {
  std::string where(name);
  constexpr size_t kHeader = sizeof kMagic + 12, kEntry = 4 + 4 * kTagLabels;
  if (bytes.size() < kHeader + 8 || std::memcmp(bytes.data(), kMagic, sizeof kMagic) != 0) {
    return Status(ErrorCode::kParseError, "not an organization tagger model (bad magic or too short)", where);
  }
  uint32_t version = GetU32(bytes, 8);
  if (version != kVersion) {
    return Status(ErrorCode::kVersionMismatch, "tagger model version " + std::to_string(version) + ", expected " +
                                                   std::to_string(kVersion), where);
  }
  uint32_t bits = GetU32(bytes, 12), count = GetU32(bytes, 16);
  if (bits < 4 || bits > 24) return Status(ErrorCode::kParseError, "tagger model: bad bucket bits", where);
  if (bytes.size() != kHeader + size_t{count} * kEntry + 8) {
    return Status(ErrorCode::kParseError, "tagger model: truncated or wrong size", where);
  }
  if (GetU64(bytes, bytes.size() - 8) != Checksum(bytes.substr(0, bytes.size() - 8))) {
    return Status(ErrorCode::kParseError, "tagger model: checksum mismatch (corrupt file)", where);
  }
  TagWeights weights((size_t{1} << bits) * kTagLabels);  // zero (ZeroedAlloc)
  size_t at = kHeader;
  int64_t last = -1;
  for (uint32_t i = 0; i < count; ++i, at += kEntry) {
    uint32_t b = GetU32(bytes, at);
    if (b >= (uint32_t{1} << bits) || static_cast<int64_t>(b) <= last) {
      return Status(ErrorCode::kParseError, "tagger model: bad bucket " + std::to_string(b), where);
    }
    last = b;
    for (int l = 0; l < kTagLabels; ++l) {
      uint32_t v = GetU32(bytes, at + 4 + 4 * l);
      std::memcpy(&weights[size_t{b} * kTagLabels + l], &v, 4);
    }
  }
  return OrgTagger(static_cast<int>(bits), std::move(weights), Sized{});
}

void DropTaggedPersons(std::string_view text, const std::vector<Token>& tokens, const std::vector<uint32_t>& tagged,
                       std::vector<Entity>* entities) {
  std::vector<std::string_view> last;  // the last word of each tagged name
  for (const Entity& e : *entities) {
    if (e.type == EntityType::kOrganization && std::binary_search(tagged.begin(), tagged.end(), e.start)) {
      last.push_back(TokenText(text, tokens[e.end_token - 1]));
    }
  }
  std::vector<std::string_view> persons;
  // "Founded by Arthur Mensch, Guillaume Lample and Timothée Lacroix": people found companies.
  for (const Entity& e : *entities) {
    if (e.type != EntityType::kOrganization || !std::binary_search(tagged.begin(), tagged.end(), e.start)) continue;
    size_t p = e.first_token;
    while (p > 0 && tokens[p - 1].capitalized && tokens[p - 1].kind == TokenKind::kWord) --p;  // the whole name
    while (p >= 2) {
      std::string_view sep = TokenText(text, tokens[p - 1]);
      if (sep != "," && sep != "and") break;
      size_t q = p - 1;
      while (q > 0 && tokens[q - 1].capitalized && tokens[q - 1].kind == TokenKind::kWord) --q;
      if (q == p - 1) break;
      p = q;
    }
    if (p < 2 || TokenText(text, tokens[p - 1]) != "by") continue;
    // ("Founded in April 2023 by ...": a date may stand between.)
    for (size_t v = p - 1; v-- > 0 && v + 6 > p;) {
      if (EqualsLower(TokenText(text, tokens[v]), "founded") || EqualsLower(TokenText(text, tokens[v]), "co-founded") ||
          EqualsLower(TokenText(text, tokens[v]), "cofounded") || TokenText(text, tokens[v]) == "started" ||
          TokenText(text, tokens[v]) == "created") {
        persons.push_back(TokenText(text, tokens[e.end_token - 1]));
        break;
      }
    }
  }
  // "a raise by Elon Musk's xAI": one tagged word before a capitalized word
  // the tagger left out and its possessive is a first name.
  for (const Entity& e : *entities) {
    if (e.type != EntityType::kOrganization || e.end_token != e.first_token + 1 || e.end_token + 2 >= tokens.size() ||
        !std::binary_search(tagged.begin(), tagged.end(), e.start)) {
      continue;
    }
    const Token& surname = tokens[e.end_token];
    if (surname.kind == TokenKind::kWord && surname.capitalized && tokens[e.end_token + 1].kind == TokenKind::kPossessive &&
        surname.start == tokens[e.first_token].end + 1) {
      persons.push_back(TokenText(text, tokens[e.first_token]));
    }
  }
  for (size_t k = 0; k < tokens.size(); ++k) {
    if (!tokens[k].capitalized) continue;
    std::string_view w = TokenText(text, tokens[k]);
    if (std::find(last.begin(), last.end(), w) == last.end()) continue;
    bool speaks = k + 1 < tokens.size() && (WordFlagsAt(text, tokens, k + 1) & kSpeechVerb);
    bool titled = k > 0 && (WordFlagsAt(text, tokens, k - 1) & kTitleWord);
    if (speaks || titled) persons.push_back(w);
  }
  if (persons.empty()) return;
  std::erase_if(*entities, [&](const Entity& e) {
    return e.type == EntityType::kOrganization && std::binary_search(tagged.begin(), tagged.end(), e.start) &&
           std::find(persons.begin(), persons.end(), TokenText(text, tokens[e.end_token - 1])) != persons.end();
  });
}

Result<OrgTagger> OrgTagger::BuiltIn() { return Parse(embedded::org_tagger_bin, "org_tagger.bin"); }

Result<OrgTagger> OrgTagger::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status(ErrorCode::kNotFound, "cannot open tagger model file", path);
  std::ostringstream buf;
  buf << in.rdbuf();
  if (in.bad()) return Status(ErrorCode::kIoError, "cannot read tagger model file", path);
  return Parse(buf.str(), path);
}

}  // namespace dealgraph
