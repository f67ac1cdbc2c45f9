// Tests of format names, kAuto sniffing and publication-date parsing.
#include <gtest/gtest.h>

#include "document/dates.h"
#include "document/readers.h"
#include "document/text_util.h"

namespace dealgraph {
namespace {

using document_internal::DetectFormat;
using document_internal::NormalizeDate;

TEST(FormatTest, ParseInputFormat) {
  InputFormat f = InputFormat::kText;
  EXPECT_TRUE(ParseInputFormat("auto", &f));
  EXPECT_EQ(f, InputFormat::kAuto);
  EXPECT_TRUE(ParseInputFormat("html", &f));
  EXPECT_EQ(f, InputFormat::kHtml);
  EXPECT_TRUE(ParseInputFormat("jsonl", &f));
  EXPECT_EQ(f, InputFormat::kJsonl);
  EXPECT_TRUE(ParseInputFormat("feed", &f));
  EXPECT_EQ(f, InputFormat::kFeed);
  EXPECT_TRUE(ParseInputFormat("text", &f));
  EXPECT_EQ(f, InputFormat::kText);
  EXPECT_FALSE(ParseInputFormat("HTML", &f));
  EXPECT_FALSE(ParseInputFormat("", &f));
  EXPECT_EQ(f, InputFormat::kText);  // unchanged on failure
}

TEST(FormatTest, FeedsAreSniffedBeforeExtensions) {
  EXPECT_EQ(DetectFormat("<?xml version=\"1.0\"?>\n<!-- c -->\n<rss version=\"2.0\">", "x.txt"), InputFormat::kFeed);
  EXPECT_EQ(DetectFormat("  <feed xmlns=\"http://www.w3.org/2005/Atom\">", "x.html"), InputFormat::kFeed);
  EXPECT_EQ(DetectFormat("<rdf:RDF xmlns:rdf=\"x\">", "x"), InputFormat::kFeed);
  EXPECT_EQ(DetectFormat("<feedback>", "x"), InputFormat::kText);
}

TEST(FormatTest, ExtensionsThenContent) {
  EXPECT_EQ(DetectFormat("plain", "a/page.HTML"), InputFormat::kHtml);
  EXPECT_EQ(DetectFormat("plain", "page.htm"), InputFormat::kHtml);
  EXPECT_EQ(DetectFormat("{}", "a.jsonl"), InputFormat::kJsonl);
  EXPECT_EQ(DetectFormat("{}", "a.ndjson"), InputFormat::kJsonl);
  EXPECT_EQ(DetectFormat("<x/>", "a.rss"), InputFormat::kFeed);
  EXPECT_EQ(DetectFormat("<x/>", "a.atom"), InputFormat::kFeed);
  EXPECT_EQ(DetectFormat("<x/>", "a.xml"), InputFormat::kFeed);
  EXPECT_EQ(DetectFormat("\n <!DOCTYPE html><HTML><body>", "a.txt"), InputFormat::kHtml);
  EXPECT_EQ(DetectFormat("Text mentioning <html> tags", "a.txt"), InputFormat::kText);
  EXPECT_EQ(DetectFormat("{\"text\": \"x\"}", "a.txt"), InputFormat::kText);
}

TEST(FormatTest, NormalizeDate) {
  EXPECT_EQ(NormalizeDate("2024-03-05T08:30:00+01:00"), "2024-03-05");
  EXPECT_EQ(NormalizeDate(" 2024/03/05 "), "2024-03-05");
  EXPECT_EQ(NormalizeDate("Wed, 01 May 2024 10:00:00 GMT"), "2024-05-01");
  EXPECT_EQ(NormalizeDate("2 May 24 09:15 +0200"), "2024-05-02");
  EXPECT_EQ(NormalizeDate("29 Feb 2023"), "");
  EXPECT_EQ(NormalizeDate("2024-13-01"), "");
  EXPECT_EQ(NormalizeDate("yesterday"), "");
  EXPECT_EQ(NormalizeDate(""), "");
}

TEST(FormatTest, TextHelpers) {
  using namespace document_internal;
  EXPECT_EQ(FileStem("/a/b/news-01-foo.txt"), "news-01-foo");
  EXPECT_EQ(FileStem(".profile"), ".profile");
  EXPECT_EQ(SafeId("https://x.example/a?b=1"), "https---x.example-a-b-1");
  EXPECT_EQ(CollapseWhitespace("  a \n\t b  "), "a b");
}

}  // namespace
}  // namespace dealgraph
