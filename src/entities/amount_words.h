// Words of money amounts: scale words ("billion", "bn", "crore"), number words
// before a scale ("a billion dollars") and qualifier phrases ("more than").
#ifndef DEALGRAPH_ENTITIES_AMOUNT_WORDS_H_
#define DEALGRAPH_ENTITIES_AMOUNT_WORDS_H_

#include <string_view>
#include <vector>

#include "dealgraph/deal.h"

namespace dealgraph {

// A scale word: its factor, and whether it counts only glued to the number
// (single letters: "$1.5B", "5k"). Exact case. Thread-safe.
bool ScaleWord(std::string_view word, double* factor, bool* glued_only);

// A number word usable before a scale ("a", "one", "ten"). Exact case. Thread-safe.
bool NumberWord(std::string_view word, double* value);

// A qualifier phrase before an amount, split into lower-case words.
struct QualifierWords {
  std::vector<std::string_view> words;  // "more", "than"
  Qualifier qualifier;
};

// Every qualifier phrase of spec section 4 and a few close variants. Thread-safe.
const std::vector<QualifierWords>& QualifierTable();

// The phrases of QualifierTable() whose last word is `token` ignoring ASCII
// case, in table order; empty for most words (one hash lookup instead of a
// walk over the table). Thread-safe.
const std::vector<const QualifierWords*>& QualifiersEndingWith(std::string_view token);

}  // namespace dealgraph

#endif  // DEALGRAPH_ENTITIES_AMOUNT_WORDS_H_
