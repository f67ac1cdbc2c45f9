// Tests of the money word tables: the qualifier phrases indexed by their last word.
#include "entities/amount_words.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "entities/word_match.h"

namespace dealgraph {
namespace {

// The slow reference: every phrase of the table whose last word is `token`.
std::vector<const QualifierWords*> Walk(std::string_view token) {
  std::vector<const QualifierWords*> out;
  for (const QualifierWords& q : QualifierTable()) {
    if (EqualsLower(token, q.words.back())) out.push_back(&q);
  }
  return out;
}

std::string Upper(std::string_view w) {
  std::string s(w);
  for (char& c : s) c = c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c;
  return s;
}

TEST(AmountWordsTest, QualifiersEndingWithIsTheTableWalk) {
  std::vector<std::string> words = {"than", "of", "to", "exceed", "about", ".", "Than", "OF", "More", "billion",
                                    "", "t", "thanx", "approximately", "approximatelyy", "ABOUT", "under"};
  for (const QualifierWords& q : QualifierTable()) {
    for (std::string_view w : q.words) {
      words.emplace_back(w);
      words.push_back(Upper(w));
    }
  }
  for (const std::string& w : words) EXPECT_EQ(QualifiersEndingWith(w), Walk(w)) << w;
}

TEST(AmountWordsTest, QualifiersEndingWithKeepsTableOrder) {
  const std::vector<const QualifierWords*>& than = QualifiersEndingWith("Than");
  ASSERT_GE(than.size(), 4u);  // more than, no less than, no more than, less than, ...
  for (size_t i = 1; i < than.size(); ++i) EXPECT_LT(than[i - 1], than[i]);
  for (const QualifierWords* q : than) EXPECT_EQ(q->words.back(), "than");
  EXPECT_TRUE(QualifiersEndingWith("raised").empty());
  EXPECT_TRUE(QualifiersEndingWith(std::string(100, 'a')).empty());
}

}  // namespace
}  // namespace dealgraph
