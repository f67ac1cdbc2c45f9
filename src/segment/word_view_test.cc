// Tests of WordView: its inline comparison with literals agrees with
// std::string_view's, and it mixes with string_view as one.
#include "segment/word_view.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "segment/segmenter.h"

namespace dealgraph {
namespace {

TEST(WordViewTest, LiteralCompareMatchesStringView) {
  const std::vector<std::string> words = {"", "a", "an", "and", "And", "andx", "xand", "an\0d", "'s", "\u2019s",
                                          "acquired", "acquire", "acquires", "billion", "billions"};
  for (const std::string& s : words) {
    WordView w(s);
    std::string_view v(s);
    EXPECT_EQ(w == "", v == "") << s;
    EXPECT_EQ(w == "a", v == "a") << s;
    EXPECT_EQ(w == "and", v == "and") << s;
    EXPECT_EQ(w != "and", v != "and") << s;
    EXPECT_EQ("and" == w, "and" == v) << s;
    EXPECT_EQ(w == "\u2019s", v == "\u2019s") << s;
    EXPECT_EQ(w == "acquired", v == "acquired") << s;
    EXPECT_EQ(w == "billion", v == "billion") << s;
    // Against other views and strings: string_view's own comparisons.
    EXPECT_EQ(w == std::string_view("and"), v == "and") << s;
    EXPECT_EQ(w == std::string("and"), v == "and") << s;
    EXPECT_EQ(w == WordView("acquire"), v == "acquire") << s;
  }
  // A literal with a NUL inside is compared whole (string_view would stop at the NUL).
  std::string with_nul("an\0d", 4);
  EXPECT_TRUE(WordView(with_nul) == "an\0d");
  EXPECT_FALSE(WordView(std::string_view("an")) == "an\0d");
}

TEST(WordViewTest, TokenTextIsAWordView) {
  std::string text = "Acme and Beta, Inc.";
  Segmentation seg = Segment(text);
  ASSERT_GE(seg.tokens.size(), 4u);
  WordView second = TokenText(text, seg.tokens[1]);
  EXPECT_TRUE(second == "and");
  std::string_view as_view = second;
  EXPECT_EQ(as_view, "and");
  std::string_view either = seg.tokens.size() > 100 ? std::string_view("x") : TokenText(text, seg.tokens[2]);
  EXPECT_EQ(either, "Beta");
  EXPECT_EQ(std::string(TokenText(text, seg.tokens[0])), "Acme");
}

}  // namespace
}  // namespace dealgraph
