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

TEST(WordTableTest, ReserveKeepsEveryValue) {
  // A reserved table answers like a grown one, before and after more inserts.
  WordTable grown, reserved;
  reserved.Set("early", 9);
  reserved.Reserve(3000);
  grown.Set("early", 9);
  for (int k = 0; k < 5000; ++k) {
    grown.Set("key" + std::to_string(k), static_cast<uint32_t>(k * 3));
    reserved.Set("key" + std::to_string(k), static_cast<uint32_t>(k * 3));
  }
  reserved.Reserve(10);  // never shrinks
  ASSERT_EQ(reserved.size(), grown.size());
  EXPECT_EQ(reserved.Find("early"), 9u);
  for (int k = 0; k < 5100; ++k) {
    std::string key = "key" + std::to_string(k);
    EXPECT_EQ(reserved.Find(key), grown.Find(key)) << key;
    EXPECT_EQ(reserved.MayContain(key), grown.MayContain(key)) << key;
  }
  WordTable empty;
  empty.Reserve(100);
  EXPECT_EQ(empty.Find("x"), WordTable::kMissing);
  EXPECT_EQ(empty.size(), 0u);
}

TEST(WordTableTest, OneTextUnderSeveralHashes) {
  // Keys set with a hash of the caller's are found by that hash only; the
  // same text under other hashes is another key, kept through growth.
  WordTable t;
  for (uint32_t b = 0; b < 500; ++b) {
    for (int k = 0; k < 4; ++k) {
      std::string key = "second" + std::to_string(k);
      t.Set(key, HashWord(key) ^ (uint64_t{b} + 1) * 0x9E3779B97F4A7C15ull, b * 4 + k);
    }
  }
  EXPECT_EQ(t.size(), 2000u);
  for (uint32_t b = 0; b < 500; ++b) {
    for (int k = 0; k < 4; ++k) {
      std::string key = "second" + std::to_string(k);
      EXPECT_EQ(t.Find(key, HashWord(key) ^ (uint64_t{b} + 1) * 0x9E3779B97F4A7C15ull), b * 4 + k);
    }
  }
  EXPECT_EQ(t.Find("second0"), WordTable::kMissing);  // its plain hash was never set
  EXPECT_EQ(t.Find("second9", HashWord("second9") ^ 0x9E3779B97F4A7C15ull), WordTable::kMissing);
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
