// Tests of the RSS and Atom reader: items, metadata, ids and broken XML.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

#include "document/test_util.h"

namespace dealgraph {
namespace {

using ::testing::HasSubstr;
using testing_util::Collected;
using testing_util::Fixture;
using testing_util::ReadBuffer;
using testing_util::ReadFile;

TEST(FeedReaderTest, Rss2Items) {
  Collected c = ReadFile(Fixture("feed.rss"));
  ASSERT_TRUE(c.status.ok()) << c.status.ToString();
  EXPECT_TRUE(c.errors.empty());
  ASSERT_EQ(c.docs.size(), 2u);
  const Document& a = c.docs[0];
  EXPECT_EQ(a.id, "dw-2024-0001");
  EXPECT_EQ(a.title, "Quartz AI raises $50M");
  EXPECT_EQ(a.text, "Quartz AI raised $50 million.\nInvestors include Delta Fund & others.");
  EXPECT_EQ(a.url, "https://dealwire.example/quartz");
  EXPECT_EQ(a.published, "2024-05-01");
  EXPECT_EQ(a.outlet, "Deal Wire");
  EXPECT_FALSE(a.published_from_file_time);
  const Document& b = c.docs[1];
  EXPECT_EQ(b.id, "feed-fa53df954d51c4de");  // the guid is longer than 64 bytes: its hash
  EXPECT_EQ(b.text, "Helix and Vireo agreed to merge. Terms were not disclosed.");
  EXPECT_EQ(b.published, "2024-05-02");
}

TEST(FeedReaderTest, AtomEntries) {
  Collected c = ReadFile(Fixture("feed.atom"));
  ASSERT_TRUE(c.status.ok()) << c.status.ToString();
  ASSERT_EQ(c.docs.size(), 2u);
  const Document& a = c.docs[0];
  EXPECT_EQ(a.id, "tag-chips.example-2024-1");
  EXPECT_EQ(a.title, "Acme licenses Zeta's GPU design");
  EXPECT_EQ(a.url, "https://chips.example/acme-zeta");
  EXPECT_EQ(a.published, "2024-06-09");
  EXPECT_EQ(a.outlet, "Chip Journal");
  EXPECT_EQ(a.text, "Acme licensed Zeta's GPU design.\nThe fee was $20 million.");
  const Document& b = c.docs[1];
  EXPECT_EQ(b.url, "https://chips.example/beta-gamma");
  EXPECT_EQ(b.published, "2024-06-08");
  EXPECT_EQ(b.text, "Beta Semi and Gamma signed a partnership.\nJoint lab");
}

TEST(FeedReaderTest, BrokenXmlNamesFileAndLine) {
  Collected c = ReadBuffer("<rss><channel>\n<item><title>x</title>\n<description>oops</item>\n</channel></rss>",
                           "broken.rss");
  EXPECT_EQ(c.status.code(), ErrorCode::kParseError);
  EXPECT_EQ(c.status.where(), "broken.rss:3");
  EXPECT_THAT(c.status.message(), HasSubstr("broken XML"));
  EXPECT_TRUE(c.docs.empty());
}

TEST(FeedReaderTest, ItemWithoutTextIsReportedAndOthersContinue) {
  Collected c = ReadBuffer(
      "<rss><channel><title>W</title>\n<item><guid>a b/c</guid><description>Has text</description></item>\n"
      "<item><title>empty</title></item>\n</channel></rss>",
      "w.xml");
  ASSERT_TRUE(c.status.ok());
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].id, "a-b-c");
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_EQ(c.errors[0].code(), ErrorCode::kEmptyInput);
  EXPECT_EQ(c.errors[0].where(), "w.xml:3");
}

TEST(FeedReaderTest, ExternalEntitiesAreNotLoaded) {
  Collected c = ReadBuffer(
      "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">"
      "<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>\n"
      "<rss><channel><item><description>safe &xxe; &b; text</description></item></channel></rss>",
      "xxe.rss");
  ASSERT_TRUE(c.status.ok()) << c.status.ToString();
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_THAT(c.docs[0].text, Not(HasSubstr("root:")));
  EXPECT_THAT(c.docs[0].text, Not(HasSubstr("aaaa")));
}

TEST(FeedReaderTest, ItemIdsStayWhenItemsAreAddedAbove) {
  // No guid: the id comes from the link (else the title), not the position,
  // so a feed read again after a new item was put on top keeps its ids.
  const std::string old_item =
      "<item><title>Old</title><link>https://w.example/old</link><description>Old text</description></item>\n"
      "<item><title>Only a title</title><description>Untitled text</description></item>\n";
  Collected before = ReadBuffer("<rss><channel><title>W</title>\n" + old_item + "</channel></rss>", "w.rss");
  Collected after = ReadBuffer(
      "<rss><channel><title>W</title>\n<item><title>New</title><link>https://w.example/new</link>"
      "<description>New text</description></item>\n" +
          old_item + "</channel></rss>",
      "w.rss");
  ASSERT_EQ(before.docs.size(), 2u);
  ASSERT_EQ(after.docs.size(), 3u);
  EXPECT_EQ(after.docs[1].id, before.docs[0].id);
  EXPECT_EQ(after.docs[2].id, before.docs[1].id);
  EXPECT_NE(after.docs[0].id, after.docs[1].id);
  EXPECT_THAT(before.docs[0].id, ::testing::StartsWith("w-"));
  EXPECT_EQ(before.docs[0].id.size(), 2u + 16u);
}

TEST(FeedReaderTest, FeedsAreRecognizedByContentWhateverTheName) {
  Collected rss = ReadBuffer(
      "\xEF\xBB\xBF<?xml version=\"1.0\"?>\n<!-- c -->\n<rss version=\"2.0\"><channel><title>Wire</title>"
      "<item><guid>g1</guid><title>T</title><pubDate>Tue, 04 Mar 2025 08:00:00 GMT</pubDate>"
      "<description>&lt;p&gt;Acme &lt;b&gt;bought&lt;/b&gt; Beta.&lt;/p&gt;</description></item></channel></rss>",
      "https://wire.example/latest?format=x");
  ASSERT_TRUE(rss.status.ok()) << rss.status.ToString();
  ASSERT_EQ(rss.docs.size(), 1u);
  EXPECT_EQ(rss.docs[0].text, "Acme bought Beta.");
  EXPECT_EQ(rss.docs[0].outlet, "Wire");
  EXPECT_EQ(rss.docs[0].published, "2025-03-04");
  EXPECT_EQ(SniffInputFormat("<feed xmlns=\"http://www.w3.org/2005/Atom\"></feed>", "news.txt"), InputFormat::kFeed);
  EXPECT_EQ(SniffInputFormat("\xEF\xBB\xBF<rss/>", "page"), InputFormat::kFeed);
  EXPECT_EQ(SniffInputFormat("<!DOCTYPE html><html><p>x</p></html>", "feed"), InputFormat::kHtml);
}

TEST(FeedReaderTest, NonFeedXmlIsUnsupported) {
  Collected c = ReadBuffer("<?xml version='1.0'?><catalog><book/></catalog>", "c.xml");
  EXPECT_EQ(c.status.code(), ErrorCode::kUnsupported);
  EXPECT_EQ(c.status.where(), "c.xml");
}

}  // namespace
}  // namespace dealgraph
