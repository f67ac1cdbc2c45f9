// Tests of WordTable and HashWord: insert, update, growth, misses, images.
#include "entities/word_table.h"

#include "entities/image_io.h"

#include <gtest/gtest.h>

#include <map>
#include <random>
#include <string>
#include <vector>

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

TEST(WordTableTest, AgreesWithAMapOnKeysThatDifferInOneByte) {
  // Keys of 0 to 40 bytes compare by their two words up to 16 bytes and by
  // their bytes beyond: every key that differs from a listed one in one byte
  // (any byte, any position), or in its length, is absent.
  std::mt19937 rng(11);
  WordTable t;
  std::map<std::string, uint32_t> plain;
  std::vector<std::string> keys;
  for (size_t n = 0; n <= 40; ++n) {
    for (int copy = 0; copy < 6; ++copy) {
      std::string key;
      for (size_t k = 0; k < n; ++k) key += static_cast<char>(copy < 3 ? 'a' + rng() % 3 : rng() % 256);
      uint32_t value = static_cast<uint32_t>(keys.size());
      t.Set(key, value);
      plain[key] = value;
      keys.push_back(key);
    }
  }
  ASSERT_EQ(t.size(), plain.size());
  for (const std::string& key : keys) {
    EXPECT_EQ(t.Find(key), plain[key]);
    for (int round = 0; round < 60; ++round) {
      std::string other = key;
      if (round % 10 == 0) {
        other += static_cast<char>(rng() % 256);
      } else if (round % 10 == 1) {
        if (other.empty()) continue;
        other.pop_back();
      } else {
        if (other.empty()) continue;
        other[rng() % other.size()] = static_cast<char>(rng() % 256);
      }
      auto it = plain.find(other);
      EXPECT_EQ(t.Find(other), it == plain.end() ? WordTable::kMissing : it->second);
    }
  }
}

TEST(WordTableTest, OneByteKeysLikeAnyOther) {
  // One-byte keys sit in a table of their own: set, updated, OR-ed, counted
  // and filtered like the others, and never confused with longer keys.
  WordTable t;
  for (int b = 0; b < 256; b += 3) t.Set(std::string(1, static_cast<char>(b)), static_cast<uint32_t>(b) + 1);
  t.Set("ab", 7);
  t.Or(",", 4);
  t.Or(",", 8);
  t.Set("x", 9);  // 'x' (120) is listed already: updates, not new keys
  t.Set("x", 10);
  EXPECT_EQ(t.size(), 86u + 2);  // every third byte, "ab" and ","
  for (int b = 0; b < 256; ++b) {
    std::string key(1, static_cast<char>(b));
    uint32_t want = key == "," ? 12u : key == "x" ? 10u : b % 3 == 0 ? static_cast<uint32_t>(b) + 1 : WordTable::kMissing;
    EXPECT_EQ(t.Find(key), want) << b;
    if (want != WordTable::kMissing) {
      EXPECT_TRUE(t.MayContain(key)) << b;
    }
  }
  EXPECT_EQ(t.Find("ab"), 7u);
  EXPECT_EQ(t.Find("a"), WordTable::kMissing);
  EXPECT_EQ(t.Find(""), WordTable::kMissing);
  WordTable copy = t;
  EXPECT_EQ(copy.Find("x"), 10u);
}

TEST(WordTableTest, ImageGivesTheSameTable) {
  // A table read from its image finds every key (one byte, short, longer
  // than 16 bytes) with its value, misses what the table misses, filters
  // alike, and writes the same image again.
  WordTable t;
  std::vector<std::string> keys = {",", "a", "x", "ab", "Microsoft", "a key longer than sixteen bytes"};
  for (int k = 0; k < 300; ++k) keys.push_back("word" + std::to_string(k * 7));
  for (size_t k = 0; k < keys.size(); ++k) t.Set(keys[k], static_cast<uint32_t>(k * 3));
  std::string image;
  ImageWriter writer(&image);
  t.WriteImage(&writer);
  WordTable empty_table;
  empty_table.WriteImage(&writer);
  ImageReader reader(image);
  WordTable back, empty_back;
  ASSERT_TRUE(back.ReadImage(&reader));
  ASSERT_TRUE(empty_back.ReadImage(&reader));
  EXPECT_TRUE(reader.AtEnd());
  EXPECT_EQ(back.size(), t.size());
  EXPECT_EQ(empty_back.size(), 0u);
  EXPECT_EQ(empty_back.Find("a"), WordTable::kMissing);
  std::vector<std::string> probes = keys;
  for (const std::string& k : keys) probes.push_back(k + "!");
  for (int b = 0; b < 256; ++b) probes.emplace_back(1, static_cast<char>(b));
  for (const std::string& key : probes) {
    EXPECT_EQ(back.Find(key), t.Find(key)) << key;
    EXPECT_EQ(back.MayContain(key), t.MayContain(key)) << key;
  }
  std::string again;
  ImageWriter rewriter(&again);
  back.WriteImage(&rewriter);
  empty_back.WriteImage(&rewriter);
  EXPECT_EQ(again, image);
  // Every cut of the image fails (a table that fails is left empty), and so
  // does reading into a table with keys.
  for (size_t cut = 0; cut < image.size(); ++cut) {
    ImageReader short_reader(std::string_view(image).substr(0, cut));
    WordTable u, v;
    const bool first = u.ReadImage(&short_reader);
    EXPECT_FALSE(first && v.ReadImage(&short_reader)) << cut;
    if (!first) {
      EXPECT_EQ(u.Find("ab"), WordTable::kMissing) << cut;
    }
  }
  ImageReader again_reader(image);
  EXPECT_FALSE(back.ReadImage(&again_reader));
  EXPECT_EQ(back.Find("ab"), t.Find("ab"));  // left as it was
  std::string empty_image;
  ImageWriter empty_writer(&empty_image);
  WordTable().WriteImage(&empty_writer);
  EXPECT_EQ(empty_image.size(), WordTable::kMinImageBytes);
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
