// Tests of WordFlagsAt, NameShapes and TokenFlagsScope against a plain
// WordFlags look-up and a plain NameShaped.
#include "entities/token_flags.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

namespace dealgraph {
namespace {

// Words with and without flags, in several capitalizations, and marks.
const char* const kWords[] = {"Inc",     "Inc.",    "Corp",   "China",  "china",     "Texas", "said",
                              "says",    "The",     "the",    "Monday", "October",   "Oct",   "CEO",
                              "Chinese", "Capital", "Bank",   "Power",  "Italia",    "AI",    "Generative",
                              "Acme",    "Larkspur", "grid",  "raised", "Technologies", ",",  ".",
                              "(",       ")",       "$",      "5",      "million",   "'s",    "-",
                              "inContact", "eBay",  "xAI",    "iPhone", "a",         "I",     "aB",
                              "x",       "ab",      "abC",    "US$",    "\u00c9cole",  "\u00e9tat", "1X"};

std::string RandomText(std::mt19937* rng, int words) {
  std::uniform_int_distribution<size_t> pick(0, std::size(kWords) - 1);
  std::string text;
  for (int k = 0; k < words; ++k) {
    if (!text.empty()) text += ' ';
    text += kWords[pick(*rng)];
  }
  return text;
}

void ExpectPlain(std::string_view text, const std::vector<Token>& tokens, std::mt19937* rng) {
  // Every token twice, in a random order: the second read comes from the store.
  std::vector<size_t> order;
  for (size_t k = 0; k < tokens.size(); ++k) order.insert(order.end(), {k, k});
  std::shuffle(order.begin(), order.end(), *rng);
  for (size_t k : order) {
    ASSERT_EQ(WordFlagsAt(text, tokens, k), WordFlags(TokenText(text, tokens[k])))
        << "token " << k << " '" << std::string_view(TokenText(text, tokens[k])) << "' of: " << text;
  }
}

TEST(TokenFlagsTest, AgreesWithWordFlagsInAndOutOfAScope) {
  std::mt19937 rng(7);
  for (int doc = 0; doc < 300; ++doc) {
    std::string text = RandomText(&rng, 1 + doc % 60);
    Segmentation seg = Segment(text);
    ExpectPlain(text, seg.tokens, &rng);  // no scope: looked up
    {
      TokenFlagsScope scope(text, seg.tokens);
      ExpectPlain(text, seg.tokens, &rng);
      // Another vector of the same tokens, and another text: looked up, the store untouched.
      std::vector<Token> copy = seg.tokens;
      ExpectPlain(text, copy, &rng);
      std::string other = text;
      ExpectPlain(other, seg.tokens, &rng);
      ExpectPlain(text, seg.tokens, &rng);
    }
    ExpectPlain(text, seg.tokens, &rng);
  }
}

// A scope opened inside one that holds the same document (the recognizer's
// inside the extractor's) uses its store and leaves it open when it closes:
// the flags looked up inside stay kept for the outer scope's other readers.
TEST(TokenFlagsTest, AnInnerScopeOfTheSameDocumentKeepsTheOuterOpen) {
  std::mt19937 rng(11);
  for (int doc = 0; doc < 100; ++doc) {
    std::string text = RandomText(&rng, 1 + doc % 40);
    Segmentation seg = Segment(text);
    {
      TokenFlagsScope outer(text, seg.tokens);
      uint32_t* store = KeptFlags(text, seg.tokens);
      ASSERT_NE(store, nullptr);
      {
        TokenFlagsScope inner(text, seg.tokens);
        EXPECT_EQ(KeptFlags(text, seg.tokens), store);
        ExpectPlain(text, seg.tokens, &rng);
      }
      EXPECT_EQ(KeptFlags(text, seg.tokens), store);
      EXPECT_NE(NameShapes(text, seg.tokens), nullptr);
      for (size_t k = 0; k < seg.tokens.size(); ++k) {
        ASSERT_EQ(store[k], WordFlags(TokenText(text, seg.tokens[k]))) << "token " << k << " of: " << text;
      }
      ExpectPlain(text, seg.tokens, &rng);
    }
    EXPECT_EQ(KeptFlags(text, seg.tokens), nullptr);  // the outer scope closed the store
  }
}

// NameShaped by its definition: a word, capitalized or in capitals, or an
// ASCII capital at its second or third byte.
bool PlainNameShaped(std::string_view text, const Token& t) {
  if (t.kind != TokenKind::kWord) return false;
  std::string_view w = TokenText(text, t);
  bool inner = false;
  for (size_t b = 1; b < w.size() && b < 3; ++b) inner = inner || (w[b] >= 'A' && w[b] <= 'Z');
  return t.capitalized || t.all_caps || inner;
}

TEST(TokenFlagsTest, NameShapesAgreeWithThePlainTestInAScopeOnly) {
  std::mt19937 rng(5);
  for (int doc = 0; doc < 300; ++doc) {
    std::string text = RandomText(&rng, 1 + doc % 60);
    Segmentation seg = Segment(text);
    EXPECT_EQ(NameShapes(text, seg.tokens), nullptr);
    for (const Token& t : seg.tokens) ASSERT_EQ(NameShaped(text, t), PlainNameShaped(text, t)) << text;
    TokenFlagsScope scope(text, seg.tokens);
    const uint8_t* shapes = NameShapes(text, seg.tokens);
    ASSERT_NE(shapes, nullptr);
    for (size_t k = 0; k < seg.tokens.size(); ++k) {
      ASSERT_EQ(shapes[k] != 0, PlainNameShaped(text, seg.tokens[k])) << "token " << k << " of: " << text;
    }
    std::vector<Token> copy = seg.tokens;
    std::string other = text;
    EXPECT_EQ(NameShapes(text, copy), nullptr);  // another vector or text: not this scope's
    EXPECT_EQ(NameShapes(other, seg.tokens), nullptr);
  }
}

TEST(TokenFlagsTest, ANewScopeForgetsTheDocumentBefore) {
  // One vector and one text buffer reused for two documents, as per-thread
  // scratch is: the second scope must not read the first one's flags.
  std::mt19937 rng(11);
  std::string text;
  std::vector<Token> tokens;
  text.reserve(4096);
  for (int doc = 0; doc < 200; ++doc) {
    text = RandomText(&rng, 30);
    tokens = Segment(text).tokens;
    TokenFlagsScope scope(text, tokens);
    ExpectPlain(text, tokens, &rng);
    const uint8_t* shapes = NameShapes(text, tokens);
    for (size_t k = 0; k < tokens.size(); ++k) ASSERT_EQ(shapes[k] != 0, PlainNameShaped(text, tokens[k])) << text;
  }
}

}  // namespace
}  // namespace dealgraph
