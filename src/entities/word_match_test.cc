// FoldedWordList against a walk of its word array with EqualsLower.
#include "entities/word_match.h"

#include <random>
#include <string>

#include <gtest/gtest.h>

namespace dealgraph {
namespace {

constexpr std::string_view kWords[] = {"raised", "raises", "co-led", "led", "a", "shareholders", "stake",
                                       "ceo", "has", "is", "x", "supplies", "supply", "abcdefghijklmnopqrstuvwxyz0123456789"};
constexpr FoldedWordList kList(kWords);

bool Walk(std::string_view token) {
  for (std::string_view w : kWords) {
    if (EqualsLower(token, w)) return true;
  }
  return false;
}

TEST(FoldedWordListTest, ListedWordsInAnyCase) {
  for (std::string_view w : kWords) {
    std::string upper(w), first(w);
    for (char& c : upper) c = c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c;
    first[0] = upper[0];
    EXPECT_TRUE(OneOf(w, kList)) << w;
    EXPECT_TRUE(OneOf(upper, kList)) << upper;
    EXPECT_TRUE(OneOf(first, kList)) << first;
    EXPECT_EQ(OneOf(std::string(w) + "s", kList), Walk(std::string(w) + "s")) << w;
  }
  EXPECT_FALSE(OneOf("", kList));
  EXPECT_FALSE(OneOf("raise", kList));
  EXPECT_FALSE(OneOf("Stakes", kList));
  EXPECT_FALSE(OneOf("b", kList));
}

TEST(FoldedWordListTest, AgreesWithAWalkOfTheWords) {
  std::mt19937 rng(7);
  const std::string alphabet = "aAsSeEdDlLcCoO-xXhH\xC3\x89z";
  int matched = 0;
  for (int i = 0; i < 200000; ++i) {
    std::string token;
    if (i % 3 == 0) {
      // A listed word with some letters changed or its case flipped.
      token = std::string(kWords[rng() % std::size(kWords)]);
      for (char& c : token) {
        if (rng() % 4 == 0) c = alphabet[rng() % alphabet.size()];
        if (rng() % 3 == 0 && c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
      }
    } else {
      size_t len = rng() % 8;
      for (size_t k = 0; k < len; ++k) token += alphabet[rng() % alphabet.size()];
    }
    bool want = Walk(token);
    matched += want;
    ASSERT_EQ(OneOf(token, kList), want) << token;
  }
  EXPECT_GT(matched, 1000);
}

TEST(FoldedWordListTest, TheEmptyWordAndWordsOfOneFirstByte) {
  // Words that share a first byte, one that starts with a UTF-8 lead byte,
  // and the empty word: each found, in any case, and nothing else.
  constexpr std::string_view kMixed[] = {"bn", "", "b", "\xC3\xA9tat", "billion", "bln", "k"};
  constexpr FoldedWordList kMixedList(kMixed);
  for (std::string_view w : kMixed) EXPECT_TRUE(OneOf(w, kMixedList)) << w;
  for (std::string_view w : {"BN", "Billion", "B", "K", "\xC3\xA9TAT"}) EXPECT_TRUE(OneOf(w, kMixedList)) << w;
  for (std::string_view w : {"bm", "bi", "billions", "c", "\xC3\x89tat", "mn"}) EXPECT_FALSE(OneOf(w, kMixedList)) << w;
  constexpr std::string_view kNoEmpty[] = {"a", "b"};
  EXPECT_FALSE(OneOf("", FoldedWordList(kNoEmpty)));
}

}  // namespace
}  // namespace dealgraph
