// Tests of WordList: the first-byte and length filter never hides a word.
#include "segment/word_list.h"

#include <gtest/gtest.h>

#include <string>

namespace dealgraph {
namespace {

constexpr WordList<7> kList(std::array<std::string_view, 7>{
    "a", "and", "the", "they", "\u2019s", "abcdefghijklmnopqrstuvwxyz-abcdefgh", "abcdefghijklmnopqrstuvwxyz-abcde"});

TEST(WordListTest, EveryWordIsFound) {
  for (std::string_view w : kList.words()) EXPECT_TRUE(kList.Contains(w)) << w;
}

TEST(WordListTest, OthersAreNot) {
  for (std::string_view w : {"", "b", "an", "And", "then", "thee", "th", "\u2019", "abcdefghijklmnopqrstuvwxyz-abcdefg",
                             "abcdefghijklmnopqrstuvwxyz-abcdefghi", "abcdefghijklmnopqrstuvwxyz-abcdeX"}) {
    EXPECT_FALSE(kList.Contains(w)) << w;
  }
  // Lengths of 31 and more share one filter bit: the list still decides.
  std::string long_word(40, 'a');
  EXPECT_FALSE(kList.Contains(long_word));
}

TEST(WordListTest, AgainstAWalkOfTheList) {
  // Every string of up to three bytes over a small alphabet.
  const std::string alphabet = "adehnsty\xE2";
  auto walk = [](std::string_view s) {
    for (std::string_view w : kList.words()) {
      if (w == s) return true;
    }
    return false;
  };
  int found = 0;
  for (size_t a = 0; a <= alphabet.size(); ++a) {
    for (size_t b = 0; b <= alphabet.size(); ++b) {
      for (size_t c = 0; c <= alphabet.size(); ++c) {
        std::string s;
        for (size_t i : {a, b, c}) {
          if (i < alphabet.size()) s += alphabet[i];
        }
        EXPECT_EQ(kList.Contains(s), walk(s)) << s;
        found += walk(s);
      }
    }
  }
  EXPECT_GT(found, 0);
}

TEST(WordListTest, TheEmptyWordOnlyWhenListed) {
  // The empty word is answered without a walk: found in a list that holds
  // it (anywhere), not in one that does not.
  constexpr WordList<3> with_empty(std::array<std::string_view, 3>{"a", "", "b"});
  constexpr WordList<2> without(std::array<std::string_view, 2>{"a", "b"});
  EXPECT_TRUE(with_empty.Contains(""));
  EXPECT_TRUE(with_empty.Contains("a"));
  EXPECT_FALSE(with_empty.Contains("c"));
  EXPECT_FALSE(without.Contains(""));
  EXPECT_FALSE(kList.Contains(""));
}

}  // namespace
}  // namespace dealgraph
