// The pair classifier's features, scoring and model bytes (pair_model.h).
#include "deals/pair_model.h"

#include <algorithm>
#include <cstring>
#include <fstream>
#include <sstream>

#include "deals/name_set.h"

namespace dealgraph {

namespace embedded {
extern const std::string_view deal_pairs_bin;
}

namespace {

constexpr uint64_t kFnvOffset = 1469598103934665603ull;
constexpr uint64_t kFnvPrime = 1099511628211ull;

uint64_t Mix(uint64_t h, std::string_view s) {
  for (unsigned char c : s) h = (h ^ c) * kFnvPrime;
  return h;
}

// Feature id of `tag` with one or two words.
uint64_t Feature(std::string_view tag, std::string_view w, std::string_view w2 = {}) {
  uint64_t h = Mix(kFnvOffset, tag);
  h = Mix((h ^ 0x1f) * kFnvPrime, w);
  if (!w2.empty()) h = Mix((h ^ 0x1e) * kFnvPrime, w2);
  return h;
}

// Punctuation the features skip: one byte that is neither a letter, a digit
// nor one of ";:,()$".
bool Skipped(std::string_view w) {
  if (w.size() != 1) return false;
  const char c = w[0];
  if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) return false;
  return std::strchr(";:,()$", c) == nullptr;
}

constexpr std::string_view kOrg = "ORG";
constexpr std::string_view kMoney = "MONEY";
constexpr char kMagic[] = "DGPAIRS1";

}  // namespace

std::vector<const Mention*> NamedInSentence(const DocContext& doc, uint32_t s) {
  std::vector<const Mention*> out;
  NameSet seen;
  const Sentence& sent = doc.seg().sentences[s];
  for (uint32_t k = sent.first_token; k < sent.end_token; ++k) {
    const Mention* m = doc.MentionAt(k);
    if (!m || m->first_token != k || m->kind != MentionKind::kName) continue;
    if (seen.insert(doc.gazetteer().RootView(m->canonical))) out.push_back(m);
  }
  return out;
}

bool PairSentence(const DocContext& doc, uint32_t s, const std::vector<const Mention*>& named) {
  if (named.size() < 2 || doc.Readings(s).empty()) return false;
  // (The role nouns and moving verbs that open a rule's reading, "signed X
  // as a customer", "moved its systems to Y", do not open the model's: alone
  // they say no deal more often than not.)
  bool reading = false;
  for (uint32_t r : doc.Readings(s)) reading = reading || !RuleOnlyReading(doc.W(r));
  if (!reading) return false;
  // A negation near a reading word ("did not buy", "agreed not to proceed") leaves the
  // sentence to the rules: the corpus holds too few for the model to learn
  // what negation does. ("The terms were not disclosed" negates no reading word.)
  const Sentence& sent = doc.seg().sentences[s];
  for (uint32_t r : doc.Readings(s)) {
    const uint32_t end = std::min(r + 4, sent.end_token);
    for (uint32_t k = r > sent.first_token + 3 ? r - 3 : sent.first_token; k < end; ++k) {
      WordView w = doc.W(k);
      if (NegationAt(doc, k) || w == "no" || w == "nor" || w == "neither") return false;
    }
  }
  return true;
}

void PairFeaturesOf(const DocContext& doc, uint32_t s, const Mention& a, const Mention& b,
                    const std::vector<const Mention*>& named, PairFeatures* out) {
  out->clear();
  const Sentence& sent = doc.seg().sentences[s];
  // The sentence's words, names as ORG and amounts as MONEY; ia and ib are
  // the places of a and b.
  std::vector<std::string_view> words;
  size_t ia = 0, ib = 0;
  bool found_a = false, found_b = false;
  bool money = false;
  for (uint32_t k = sent.first_token; k < sent.end_token;) {
    if (const Mention* m = doc.MentionAt(k); m && m->end_token > k) {
      if (m == &a) ia = words.size(), found_a = true;
      if (m == &b) ib = words.size(), found_b = true;
      words.push_back(kOrg);
      k = std::min(m->end_token, sent.end_token);
      continue;
    }
    if (const Entity* e = doc.MoneyAt(k); e && e->end_token > k) {
      words.push_back(kMoney);
      money = true;
      k = std::min(e->end_token, sent.end_token);
      continue;
    }
    WordView w = doc.W(k);
    if (!Skipped(w)) words.push_back(w);
    ++k;
  }
  // (A name the walk above does not reach as its own word, one covered by
  // another mention or begun in the sentence before, has no place: no
  // features, so the model reads no deal for the pair.)
  if (!found_a || !found_b || ia == ib) return;
  const bool ab = ia < ib;
  const size_t first = ab ? ia : ib, second = ab ? ib : ia;
  const std::string_view order = ab ? "ab" : "ba";
  auto add = [&](std::string_view tag, std::string_view w, std::string_view w2 = {}) {
    out->push_back(Mix(Feature(tag, w, w2), order));
  };
  out->push_back(Feature("order", order));
  const size_t nmid = second - first - 1;
  static constexpr std::string_view kCounts[] = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "many"};
  out->push_back(Feature("nmid", kCounts[std::min<size_t>(nmid, 9)]));
  for (size_t i = first + 1; i < second && i <= first + 12; ++i) add("mid", words[i]);
  for (size_t i = first + 1; i < second && i <= first + 3; ++i) add("midbeg", words[i]);
  for (size_t i = second > first + 3 ? second - 3 : first + 1; i < second; ++i) add("midend", words[i]);
  if (nmid > 0) {
    add("mid1", words[first + 1]);
    add("midlast", words[second - 1]);
  }
  for (size_t i = first + 1; i + 1 < second && i < first + 10; ++i) add("mbi", words[i], words[i + 1]);
  for (size_t i = first > 3 ? first - 3 : 0; i < first; ++i) add("pre", words[i]);
  if (first > 0) {
    add("pre1", words[first - 1]);
  } else {
    add("atstart", "");
  }
  for (size_t i = second + 1; i < words.size() && i <= second + 4; ++i) add("post", words[i]);
  if (second + 1 < words.size()) add("post1", words[second + 1]);
  for (std::string_view w : words) out->push_back(Feature("sent", w));
  out->push_back(Feature("money", money ? "1" : "0"));
  out->push_back(Feature("norgs", kCounts[std::min<size_t>(named.size(), 4)]));
  // (The sentence's words repeat: each feature once.)
  std::sort(out->begin(), out->end());
  out->erase(std::unique(out->begin(), out->end()), out->end());
}

void PairModel::Add(uint32_t bucket, const PairScores& w) {
  buckets_.push_back(bucket);
  weights_.push_back(w);
}

PairScores PairModel::Score(const PairFeatures& features) const {
  PairScores sc{};
  const uint64_t mask = (uint64_t{1} << bits) - 1;
  for (uint64_t f : features) {
    const auto it = std::lower_bound(buckets_.begin(), buckets_.end(), static_cast<uint32_t>(f & mask));
    if (it == buckets_.end() || *it != (f & mask)) continue;
    const PairScores& w = weights_[static_cast<size_t>(it - buckets_.begin())];
    for (int c = 0; c < kPairClasses; ++c) sc[c] += w[c];
  }
  return sc;
}

std::string PairModel::Serialize() const {
  std::string out(kMagic, sizeof(kMagic) - 1);
  auto put = [&](const void* p, size_t n) { out.append(static_cast<const char*>(p), n); };
  const uint32_t b32 = static_cast<uint32_t>(bits), n32 = static_cast<uint32_t>(buckets_.size());
  put(&b32, 4);
  put(&n32, 4);
  for (size_t i = 0; i < buckets_.size(); ++i) {
    put(&buckets_[i], 4);
    put(weights_[i].data(), sizeof(float) * kPairClasses);
  }
  return out;
}

Result<PairModel> PairModel::Parse(std::string_view bytes, std::string_view name) {
  const size_t head = sizeof(kMagic) - 1;
  if (bytes.size() < head + 8 || bytes.substr(0, head) != std::string_view(kMagic, head)) {
    return Status(ErrorCode::kParseError, "not a deal pair model (bad header)", std::string(name));
  }
  uint32_t b32 = 0, n32 = 0;
  std::memcpy(&b32, bytes.data() + head, 4);
  std::memcpy(&n32, bytes.data() + head + 4, 4);
  const size_t entry = 4 + sizeof(float) * kPairClasses;
  if (b32 < 8 || b32 > 24 || bytes.size() != head + 8 + size_t{n32} * entry) {
    return Status(ErrorCode::kParseError, "deal pair model is truncated or has a bad size", std::string(name));
  }
  PairModel m;
  m.bits = static_cast<int>(b32);
  m.buckets_.resize(n32);
  m.weights_.resize(n32);
  const char* p = bytes.data() + head + 8;
  for (uint32_t i = 0; i < n32; ++i, p += entry) {
    std::memcpy(&m.buckets_[i], p, 4);
    std::memcpy(m.weights_[i].data(), p + 4, sizeof(float) * kPairClasses);
    if (m.buckets_[i] >> b32 || (i > 0 && m.buckets_[i] <= m.buckets_[i - 1])) {
      return Status(ErrorCode::kParseError, "deal pair model has buckets out of order", std::string(name));
    }
  }
  return m;
}

Result<PairModel> PairModel::BuiltIn() { return Parse(embedded::deal_pairs_bin, "deal_pairs.bin"); }

Result<PairModel> PairModel::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status(ErrorCode::kNotFound, "cannot open deal pair model file", path);
  std::ostringstream buf;
  buf << in.rdbuf();
  if (in.bad()) return Status(ErrorCode::kIoError, "cannot read deal pair model file", path);
  return Parse(buf.str(), path);
}

}  // namespace dealgraph
