// Word tables of money amounts: scales, number words and qualifier phrases.
#include "entities/amount_words.h"

#include <algorithm>
#include <iterator>

#include "entities/word_match.h"
#include "entities/word_table.h"

namespace dealgraph {
namespace {

struct Scale {
  std::string_view word;
  double factor;
  bool glued_only;  // single letters count only when glued to the number: "$1.5B"
};

constexpr Scale kScales[] = {
    {"thousand", 1e3, false}, {"k", 1e3, true},      {"K", 1e3, false},       {"million", 1e6, false},
    {"mn", 1e6, false},       {"mln", 1e6, false},   {"m", 1e6, false},       {"M", 1e6, false},
    {"MM", 1e6, false},       {"billion", 1e9, false}, {"bn", 1e9, false},    {"bln", 1e9, false},
    {"b", 1e9, true},         {"B", 1e9, false},     {"trillion", 1e12, false}, {"tn", 1e12, false},
    {"trn", 1e12, false},     {"T", 1e12, true},     {"crore", 1e7, false},   {"crores", 1e7, false},
    {"lakh", 1e5, false},     {"lakhs", 1e5, false}, {"Million", 1e6, false}, {"Billion", 1e9, false},
    {"Trillion", 1e12, false}, {"MILLION", 1e6, false}, {"BILLION", 1e9, false}, {"TRILLION", 1e12, false},
    {"Bn", 1e9, false},       {"BN", 1e9, false},    {"Mn", 1e6, false},      {"Thousand", 1e3, false}};

// Number words usable before a scale and a currency word: "a billion dollars".
struct NumberWord {
  std::string_view word;
  double value;
};
constexpr NumberWord kNumberWords[] = {
    {"a", 1},      {"one", 1},     {"two", 2},     {"three", 3},  {"four", 4},      {"five", 5},
    {"six", 6},    {"seven", 7},   {"eight", 8},   {"nine", 9},   {"ten", 10},      {"twelve", 12},
    {"fifteen", 15}, {"twenty", 20}, {"thirty", 30}, {"fifty", 50}, {"hundred", 100}, {"A", 1},
    {"One", 1},    {"Two", 2},     {"Ten", 10},    {"eleven", 11}, {"thirteen", 13}, {"fourteen", 14},
    {"sixteen", 16}, {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19}, {"forty", 40}, {"sixty", 60},
    {"seventy", 70}, {"eighty", 80}, {"ninety", 90}, {"Three", 3}, {"Four", 4}, {"Five", 5}, {"Twenty", 20},
    {"Fifty", 50}};

struct QualifierPhrase {
  std::string_view words;  // space-separated, lower case
  Qualifier qualifier;
};

constexpr QualifierPhrase kQualifiers[] = {
    {"may exceed", Qualifier::kOver},        {"could exceed", Qualifier::kOver},
    {"might exceed", Qualifier::kOver},      {"will exceed", Qualifier::kOver},
    {"to exceed", Qualifier::kOver},         {"exceed", Qualifier::kOver},
    {"exceeds", Qualifier::kOver},           {"exceeding", Qualifier::kOver},
    {"exceeded", Qualifier::kOver},          {"over", Qualifier::kOver},
    {"more than", Qualifier::kOver},         {"above", Qualifier::kOver},
    {"upwards of", Qualifier::kOver},        {"upward of", Qualifier::kOver},
    {"north of", Qualifier::kOver},          {"in excess of", Qualifier::kOver},
    {"at least", Qualifier::kAtLeast},       {"a minimum of", Qualifier::kAtLeast},
    {"minimum of", Qualifier::kAtLeast},     {"no less than", Qualifier::kAtLeast},
    {"not less than", Qualifier::kAtLeast},  {"up to", Qualifier::kUpTo},
    {"as much as", Qualifier::kUpTo},        {"as many as", Qualifier::kUpTo},
    {"a maximum of", Qualifier::kUpTo},      {"maximum of", Qualifier::kUpTo},
    {"at most", Qualifier::kUpTo},           {"no more than", Qualifier::kUpTo},
    {"not more than", Qualifier::kUpTo},     {"about", Qualifier::kAbout},
    {"around", Qualifier::kAbout},           {"roughly", Qualifier::kAbout},
    {"approximately", Qualifier::kAbout},    {"approx .", Qualifier::kAbout},
    {"nearly", Qualifier::kAbout},           {"almost", Qualifier::kAbout},
    {"some", Qualifier::kAbout},             {"an estimated", Qualifier::kAbout},
    {"estimated", Qualifier::kAbout},        {"close to", Qualifier::kAbout},
    {"circa", Qualifier::kAbout},            {"under", Qualifier::kUnder},
    {"less than", Qualifier::kUnder},        {"below", Qualifier::kUnder},
    {"fewer than", Qualifier::kUnder},       {"just under", Qualifier::kUnder},
    {"just below", Qualifier::kUnder},       {"in the region of", Qualifier::kAbout},
    {"in the neighbourhood of", Qualifier::kAbout}, {"in the neighborhood of", Qualifier::kAbout},
    {"shy of", Qualifier::kUnder},           {"could top", Qualifier::kOver},
    {"may top", Qualifier::kOver},           {"might top", Qualifier::kOver},
    {"will top", Qualifier::kOver},          {"to top", Qualifier::kOver},
    {"tops", Qualifier::kOver},              {"topping", Qualifier::kOver},
    {"topped", Qualifier::kOver}};

constexpr uint32_t kScaleBit = 1u << 30;  // marks an index into kScales (else into kNumberWords)

const WordTable& MoneyWords() {
  static const WordTable* table = [] {
    auto* t = new WordTable();
    for (uint32_t k = 0; k < std::size(kScales); ++k) t->Set(kScales[k].word, kScaleBit | k);
    for (uint32_t k = 0; k < std::size(kNumberWords); ++k) t->Set(kNumberWords[k].word, k);
    return t;
  }();
  return *table;
}

}  // namespace

const std::vector<QualifierWords>& QualifierTable() {
  static const std::vector<QualifierWords>* table = [] {
    auto* t = new std::vector<QualifierWords>();
    for (const QualifierPhrase& p : kQualifiers) {
      QualifierWords w{{}, p.qualifier};
      size_t start = 0;
      while (start <= p.words.size()) {
        size_t sp = p.words.find(' ', start);
        if (sp == std::string_view::npos) sp = p.words.size();
        w.words.push_back(p.words.substr(start, sp - start));
        start = sp + 1;
      }
      t->push_back(std::move(w));
    }
    return t;
  }();
  return *table;
}

const std::vector<const QualifierWords*>& QualifiersEndingWith(std::string_view token) {
  struct Index {
    WordTable last_word;  // lower-case last word -> index into lists
    std::vector<std::vector<const QualifierWords*>> lists;
    size_t longest = 0;
  };
  static const Index* index = [] {
    auto* x = new Index();
    x->lists.emplace_back();  // 0: no phrase
    for (const QualifierWords& q : QualifierTable()) {
      std::string_view last = q.words.back();
      x->longest = std::max(x->longest, last.size());
      uint32_t i = x->last_word.Find(last);
      if (i == WordTable::kMissing) {
        i = static_cast<uint32_t>(x->lists.size());
        x->lists.emplace_back();
        x->last_word.Set(last, i);
      }
      x->lists[i].push_back(&q);
    }
    return x;
  }();
  if (token.size() > index->longest) return index->lists[0];
  char buf[64];
  for (size_t k = 0; k < token.size(); ++k) buf[k] = LowerAscii(token[k]);
  uint32_t i = index->last_word.Find(std::string_view(buf, token.size()));
  return index->lists[i == WordTable::kMissing ? 0 : i];
}

bool ScaleWord(std::string_view word, double* factor, bool* glued_only) {
  uint32_t idx = MoneyWords().Find(word);
  if (idx == WordTable::kMissing || !(idx & kScaleBit)) return false;
  const Scale& s = kScales[idx & ~kScaleBit];
  *factor = s.factor;
  *glued_only = s.glued_only;
  return true;
}

bool NumberWord(std::string_view word, double* value) {
  uint32_t idx = MoneyWords().Find(word);
  if (idx == WordTable::kMissing || (idx & kScaleBit)) return false;
  *value = kNumberWords[idx].value;
  return true;
}

}  // namespace dealgraph
