// Tests of ToUtf8 and DeclaredCharset: UTF-8 kept, legacy charsets converted,
// the XML declaration rewritten, unknown charsets refused.
#include "fetch/charset.h"

#include <gtest/gtest.h>

#include <string>

namespace dealgraph::fetch {
namespace {

TEST(CharsetTest, Utf8IsKeptWhateverItDeclares) {
  std::string feed = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss>Soci\xC3\xA9t\xC3\xA9</rss>";
  auto out = ToUtf8(feed, "application/rss+xml; charset=iso-8859-1");
  ASSERT_TRUE(out.ok());
  EXPECT_EQ(*out, feed);
}

TEST(CharsetTest, Latin1FeedIsConvertedAndItsDeclarationRewritten) {
  std::string feed = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<rss><title>Soci\xE9t\xE9 G\xE9n\xE9rale</title></rss>";
  EXPECT_EQ(DeclaredCharset(feed, "application/xml"), "iso-8859-1");
  auto out = ToUtf8(feed, "application/xml");
  ASSERT_TRUE(out.ok()) << out.status().ToString();
  EXPECT_EQ(*out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss><title>Soci\xC3\xA9t\xC3\xA9 G\xC3\xA9n\xC3\xA9rale</title></rss>");
}

TEST(CharsetTest, TheMediaTypeAndMetaTagsDeclareToo) {
  EXPECT_EQ(DeclaredCharset("<html>", "text/html; charset=\"Shift_JIS\""), "shift_jis");
  EXPECT_EQ(DeclaredCharset("<html><head><meta charset=\"windows-1251\"></head>", "text/html"), "windows-1251");
  EXPECT_EQ(DeclaredCharset("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\">", ""), "koi8-r");
  EXPECT_EQ(DeclaredCharset("\xFF\xFE<\0r\0", ""), "utf-16");
  EXPECT_EQ(DeclaredCharset("<p>nothing</p>", "text/html"), "");
  // windows-1251 Cyrillic: "Мир".
  auto out = ToUtf8("<html><meta charset=windows-1251><p>\xCC\xE8\xF0</p>", "text/html");
  ASSERT_TRUE(out.ok());
  EXPECT_EQ(*out, "<html><meta charset=windows-1251><p>\xD0\x9C\xD0\xB8\xD1\x80</p>");
}

TEST(CharsetTest, UndeclaredBytesAreWindows1252) {
  auto out = ToUtf8("\x93Quoted\x94 \x80 5", "text/plain");
  ASSERT_TRUE(out.ok());
  EXPECT_EQ(*out, "\xE2\x80\x9CQuoted\xE2\x80\x9D \xE2\x82\xAC 5");
}

TEST(CharsetTest, Utf16WithAByteOrderMarkIsConverted) {
  std::string body("\xFF\xFE<\0r\0s\0s\0/\0>\0", 14);
  auto out = ToUtf8(body, "application/xml");
  ASSERT_TRUE(out.ok()) << out.status().ToString();
  EXPECT_EQ(*out, "<rss/>");
}

TEST(CharsetTest, UnknownCharsetsAreRefused) {
  auto out = ToUtf8("caf\xE9", "text/html; charset=no-such-charset");
  ASSERT_FALSE(out.ok());
  EXPECT_EQ(out.status().code(), ErrorCode::kInvalidUtf8);
  EXPECT_NE(out.status().message().find("no-such-charset"), std::string::npos);
}

}  // namespace
}  // namespace dealgraph::fetch
