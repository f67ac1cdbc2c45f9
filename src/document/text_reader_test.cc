// Tests of plain-text reading: ids, newlines, file dates and large inputs.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <utime.h>

#include <string>

#include "document/test_util.h"

namespace dealgraph {
namespace {

using testing_util::Collected;
using testing_util::Fixture;
using testing_util::ReadBuffer;
using testing_util::ReadFile;
using testing_util::TempFile;

TEST(TextReaderTest, WholeFileIsOneDocumentNamedByItsStem) {
  Collected c = ReadFile(Fixture("news-01-foo.txt"));
  ASSERT_TRUE(c.status.ok()) << c.status.ToString();
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].id, "news-01-foo");
  EXPECT_EQ(c.docs[0].text,
            "Nimbus Cloud raised $40 million in a Series B round led by Harbor Ventures.\n"
            "The company plans to hire 100 engineers.\n");
  EXPECT_EQ(c.docs[0].source, Fixture("news-01-foo.txt"));
}

TEST(TextReaderTest, IdDropsOnlyTheLastExtension) {
  EXPECT_EQ(ReadBuffer("x", "in/a.b.txt").docs.at(0).id, "a.b");
  EXPECT_EQ(ReadBuffer("x", "noext").docs.at(0).id, "noext");
  EXPECT_EQ(ReadBuffer("x", "-").docs.at(0).id, "stdin");
}

TEST(TextReaderTest, CrLfBecomesLf) {
  Collected c = ReadBuffer("one\r\ntwo\rthree", "crlf.txt");
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].text, "one\ntwo\nthree");
}

TEST(TextReaderTest, PublishedFallsBackToTheFileTimeInUtc) {
  TempFile file("dated.txt", "Some news.");
  struct utimbuf times = {1714600000, 1714600000};  // 2024-05-01T21:46:40Z
  ASSERT_EQ(utime(file.path().c_str(), &times), 0);
  Collected c = ReadFile(file.path());
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].published, "2024-05-01");
  EXPECT_TRUE(c.docs[0].published_from_file_time);
  // Buffers (and stdin) have no file time.
  Collected b = ReadBuffer("Some news.", "dated.txt");
  EXPECT_EQ(b.docs.at(0).published, "");
  EXPECT_FALSE(b.docs.at(0).published_from_file_time);
}

TEST(TextReaderTest, FiveMegabyteSingleLineWorks) {
  std::string line;
  line.reserve(5 << 20);
  while (line.size() < (size_t{5} << 20)) line += "Acme bought Widget Co for $5 million. ";
  TempFile file("long.txt", line);
  Collected c = ReadFile(file.path());
  ASSERT_TRUE(c.status.ok()) << c.status.ToString();
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].text, line);
}

TEST(TextReaderTest, DashReadsStandardInput) {
  TempFile file("piped.txt", "Piped news.\r\n");
  ASSERT_NE(std::freopen(file.path().c_str(), "rb", stdin), nullptr);
  Collected c = ReadFile("-");
  ASSERT_TRUE(c.status.ok()) << c.status.ToString();
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].id, "stdin");
  EXPECT_EQ(c.docs[0].text, "Piped news.\n");
  EXPECT_EQ(c.docs[0].published, "");  // no file time for stdin
  EXPECT_FALSE(c.docs[0].published_from_file_time);
}

TEST(TextReaderTest, AutoSniffsHtmlAndFeedsInsideTextFiles) {
  Collected html = ReadBuffer("  <!doctype html>\n<html><body><p>Para one.</p></body></html>", "page.txt");
  ASSERT_EQ(html.docs.size(), 1u);
  EXPECT_EQ(html.docs[0].text, "Para one.");
  Collected feed = ReadBuffer("<rss><channel><item><description>Item.</description></item></channel></rss>",
                              "feed.txt");
  ASSERT_EQ(feed.docs.size(), 1u);
  EXPECT_EQ(feed.docs[0].id, "feed-1");
  Collected forced = ReadBuffer("<html><p>x</p></html>", "page.html", InputFormat::kText);
  ASSERT_EQ(forced.docs.size(), 1u);
  EXPECT_EQ(forced.docs[0].text, "<html><p>x</p></html>");
}

TEST(TextReaderTest, DocumentLimitApplies) {
  ReadLimits limits;
  limits.max_document_bytes = 4;
  Collected c = ReadBuffer("too long", "t.txt", InputFormat::kText, limits);
  EXPECT_EQ(c.status.code(), ErrorCode::kTooLarge);
  EXPECT_EQ(c.status.where(), "t.txt");
}

}  // namespace
}  // namespace dealgraph
