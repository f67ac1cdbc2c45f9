// Tests of the string helpers: ASCII lower-casing (eight bytes at a time and
// the tail), whitespace and file names.
#include "document/text_util.h"

#include <gtest/gtest.h>

#include <string>

namespace dealgraph {
namespace {

// The plain definition the fast version must match.
std::string SlowLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return out;
}

TEST(TextUtilTest, AsciiLowerKeepsOffsetsAndNonAsciiBytes) {
  EXPECT_EQ(AsciiLower("Nvidia AND OpenAI"), "nvidia and openai");
  EXPECT_EQ(AsciiLower(""), "");
  EXPECT_EQ(AsciiLower("@[`{ AZaz"), "@[`{ azaz");  // neighbours of the letter ranges stay
  std::string accented = "\u00C9COLE \u00C0 Z\u00DCRICH \u20AC5";
  EXPECT_EQ(AsciiLower(accented), "\u00C9cole \u00C0 z\u00DCrich \u20AC5");
  EXPECT_EQ(AsciiLower(accented).size(), accented.size());
}

TEST(TextUtilTest, AsciiLowerMatchesThePlainDefinitionForEveryByte) {
  std::string all;
  for (int c = 0; c < 256; ++c) all.push_back(static_cast<char>(c));
  for (size_t shift = 0; shift < 33; ++shift) {  // every alignment and tail length of the 8- and 16-byte steps
    std::string s = all.substr(shift) + all.substr(0, shift);
    EXPECT_EQ(AsciiLower(s), SlowLower(s)) << shift;
    EXPECT_EQ(AsciiLower(s.substr(0, shift)), SlowLower(s.substr(0, shift)));
  }
}

TEST(TextUtilTest, AsciiLowerIntoReusesTheBuffer) {
  std::string out = "a much longer previous content";
  AsciiLowerInto("ABC", &out);
  EXPECT_EQ(out, "abc");
}

TEST(TextUtilTest, WhitespaceAndNames) {
  EXPECT_EQ(document_internal::CollapseWhitespace("  a \t\n b  "), "a b");
  EXPECT_EQ(document_internal::FileStem("in/news-01.txt"), "news-01");
  EXPECT_EQ(document_internal::FileExtension("A/B.HTML"), ".html");
  EXPECT_TRUE(document_internal::ContainsIgnoreCase("Hello World", "WORLD"));
}

}  // namespace
}  // namespace dealgraph
