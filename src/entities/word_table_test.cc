// Tests of WordTable and HashWord: insert, update, growth, misses.
#include "entities/word_table.h"

#include <gtest/gtest.h>

#include <string>

namespace dealgraph {
namespace {

TEST(WordTableTest, SetFindOrAndGrowth) {
  WordTable t;
  EXPECT_EQ(t.Find("absent"), WordTable::kMissing);
  for (int k = 0; k < 1000; ++k) t.Set("word" + std::to_string(k), static_cast<uint32_t>(k));
  EXPECT_EQ(t.size(), 1000u);
  for (int k = 0; k < 1000; ++k) EXPECT_EQ(t.Find("word" + std::to_string(k)), static_cast<uint32_t>(k));
  EXPECT_EQ(t.Find("word1000"), WordTable::kMissing);
  t.Set("word7", 70);
  EXPECT_EQ(t.Find("word7"), 70u);
  t.Or("flags", 1);
  t.Or("flags", 4);
  EXPECT_EQ(t.Find("flags"), 5u);
  t.Set("", 3);  // the empty string is a key like any other
  EXPECT_EQ(t.Find(""), 3u);
}

TEST(WordTableTest, HashDependsOnEveryByteAndLength) {
  EXPECT_NE(HashWord("Microsoft"), HashWord("Microsofu"));
  EXPECT_NE(HashWord("abc"), HashWord("abd"));
  EXPECT_NE(HashWord("a"), HashWord("aa"));
  EXPECT_NE(HashWord("a long word beyond sixteen bytes 1"), HashWord("a long word beyond sixteen bytes 2"));
  EXPECT_NE(HashWord("Xa long word beyond sixteen bytes"), HashWord("Ya long word beyond sixteen bytes"));
  EXPECT_EQ(HashWord(std::string("Nvidia")), HashWord("Nvidia"));
}

}  // namespace
}  // namespace dealgraph
