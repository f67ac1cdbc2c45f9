// Tests of the option parsers (durations, sizes), the URL helpers and the pacer.
#include "fetch/fetch_options.h"

#include <gtest/gtest.h>

#include "fetch/host_pacer.h"
#include "fetch/url.h"

namespace dealgraph::fetch {
namespace {

using std::chrono::milliseconds;

TEST(FetchOptionsTest, Durations) {
  milliseconds d;
  ASSERT_TRUE(ParseDuration("30s", &d));
  EXPECT_EQ(d, milliseconds(30'000));
  ASSERT_TRUE(ParseDuration("15m", &d));
  EXPECT_EQ(d, milliseconds(900'000));
  ASSERT_TRUE(ParseDuration("1h", &d));
  EXPECT_EQ(d, milliseconds(3'600'000));
  ASSERT_TRUE(ParseDuration("250ms", &d));
  EXPECT_EQ(d, milliseconds(250));
  ASSERT_TRUE(ParseDuration("1.5", &d));
  EXPECT_EQ(d, milliseconds(1500));
  ASSERT_TRUE(ParseDuration("0", &d));
  EXPECT_EQ(d, milliseconds(0));
  for (const char* bad : {"", "s", "-1s", "10 parsecs", "1e9h", "1..2s", "abc"}) {
    EXPECT_FALSE(ParseDuration(bad, &d)) << bad;
  }
}

TEST(FetchOptionsTest, Sizes) {
  size_t n;
  ASSERT_TRUE(ParseByteSize("20MB", &n));
  EXPECT_EQ(n, size_t{20} << 20);
  ASSERT_TRUE(ParseByteSize("512k", &n));
  EXPECT_EQ(n, size_t{512} << 10);
  ASSERT_TRUE(ParseByteSize("1048576", &n));
  EXPECT_EQ(n, size_t{1} << 20);
  ASSERT_TRUE(ParseByteSize("1 GiB", &n));
  EXPECT_EQ(n, size_t{1} << 30);
  for (const char* bad : {"", "MB", "-5", "12 bananas"}) EXPECT_FALSE(ParseByteSize(bad, &n)) << bad;
}

TEST(FetchOptionsTest, UserAgentNamesDealgraph) {
  EXPECT_EQ(DefaultUserAgent().rfind("dealgraph/", 0), 0u);
}

TEST(UrlTest, HostsSchemesAndResolution) {
  EXPECT_TRUE(IsHttpUrl("http://a.test/x"));
  EXPECT_TRUE(IsHttpUrl("HTTPS://a.test/"));
  EXPECT_FALSE(IsHttpUrl("ftp://a.test/"));
  EXPECT_FALSE(IsHttpUrl("news/http.txt"));
  EXPECT_EQ(UrlHost("http://Feeds.Example.TEST:8080/a?b"), "feeds.example.test");
  EXPECT_EQ(UrlHost("not a url"), "");
  EXPECT_EQ(ResolveUrl("http://h.test/feeds/tech.rss", "/pages/a.html"), "http://h.test/pages/a.html");
  EXPECT_EQ(ResolveUrl("http://h.test/feeds/tech.rss", "b.html"), "http://h.test/feeds/b.html");
  EXPECT_EQ(ResolveUrl("http://h.test/x", " https://o.test/y \n"), "https://o.test/y");
  EXPECT_EQ(ResolveUrl("http://h.test/x", "mailto:a@b.test"), "");
}

TEST(UrlTest, DocIdsFromUrls) {
  EXPECT_EQ(UrlDocId("http://h.test/2025/03/openai-aws.html"), "openai-aws");
  EXPECT_EQ(UrlDocId("http://h.test/2025/03/openai-aws/"), "openai-aws");
  EXPECT_EQ(UrlDocId("http://h.test/"), "index");
  EXPECT_EQ(UrlDocId("http://h.test/story?id=7"), "story");
  EXPECT_EQ(UrlDocId("http://h.test/a%20b"), "a-20b");
  std::string long_id = UrlDocId("http://h.test/" + std::string(100, 'x'));
  EXPECT_EQ(long_id.size(), 64u);
  EXPECT_NE(long_id, UrlDocId("http://h.test/" + std::string(101, 'x')));
}

TEST(HostPacerTest, OnlyTheSameHostWaits) {
  HostPacer pacer(milliseconds(50));
  EXPECT_EQ(pacer.Wait("a.test"), milliseconds(0));  // never asked before
  pacer.Done("a.test");
  EXPECT_EQ(pacer.Wait("b.test"), milliseconds(0));  // another host
  EXPECT_GE(pacer.Wait("a.test"), milliseconds(40));
  HostPacer none(milliseconds(0));
  none.Done("a.test");
  EXPECT_EQ(none.Wait("a.test"), milliseconds(0));
}

}  // namespace
}  // namespace dealgraph::fetch
