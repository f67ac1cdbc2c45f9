// Tests of the embedded assets: each is found by its path, its gzip form
// inflates to the same bytes, its ETag is stable, and the header parsing of
// Accept-Encoding and If-None-Match.
#include "server/assets.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include <string>

namespace dealgraph::server {
namespace {

std::string Gunzip(const std::string& data) {
  z_stream z{};
  EXPECT_EQ(inflateInit2(&z, 15 + 16), Z_OK);
  std::string out;
  char buffer[65536];
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  int rc = Z_OK;
  while (rc == Z_OK) {
    z.next_out = reinterpret_cast<Bytef*>(buffer);
    z.avail_out = sizeof buffer;
    rc = inflate(&z, Z_NO_FLUSH);
    out.append(buffer, sizeof buffer - z.avail_out);
  }
  EXPECT_EQ(rc, Z_STREAM_END);
  inflateEnd(&z);
  return out;
}

TEST(AssetsTest, EveryAssetIsFoundAndItsGzipFormInflatesToIt) {
  ASSERT_FALSE(EmbeddedFiles().empty());
  for (const EmbeddedFile& f : EmbeddedFiles()) {
    const Asset* a = FindAsset(f.path);
    ASSERT_NE(a, nullptr) << f.path;
    EXPECT_EQ(a->content, f.content);
    EXPECT_EQ(a->etag.size(), 18u) << a->etag;
    EXPECT_EQ(a->etag.front(), '"');
    if (!a->gzip.empty()) {
      EXPECT_LT(a->gzip.size(), a->content.size()) << f.path;
      EXPECT_EQ(Gunzip(a->gzip), std::string(a->content)) << f.path;
    }
  }
  const Asset* cytoscape = FindAsset("/vendor/cytoscape.min.js");
  ASSERT_NE(cytoscape, nullptr);
  EXPECT_FALSE(cytoscape->gzip.empty());
  EXPECT_LT(cytoscape->gzip.size(), cytoscape->content.size() / 2);
  EXPECT_EQ(FindAsset("/"), FindAsset("/index.html"));
  EXPECT_NE(FindAsset("/app.js")->etag, FindAsset("/graph.js")->etag);
  EXPECT_EQ(FindAsset("/nope.js"), nullptr);
}

TEST(AssetsTest, AcceptsGzip) {
  EXPECT_TRUE(AcceptsGzip("gzip"));
  EXPECT_TRUE(AcceptsGzip("gzip, deflate, br, zstd"));
  EXPECT_TRUE(AcceptsGzip("br;q=1.0, GZIP;q=0.5"));
  EXPECT_TRUE(AcceptsGzip(" deflate ,gzip "));
  EXPECT_FALSE(AcceptsGzip(""));
  EXPECT_FALSE(AcceptsGzip("identity"));
  EXPECT_FALSE(AcceptsGzip("br, deflate"));
  EXPECT_FALSE(AcceptsGzip("gzip;q=0"));
  EXPECT_FALSE(AcceptsGzip("gzip; q=0.000, br"));
  EXPECT_FALSE(AcceptsGzip("x-gzip2"));
}

TEST(AssetsTest, EtagMatches) {
  EXPECT_TRUE(EtagMatches("\"abc\"", "\"abc\""));
  EXPECT_TRUE(EtagMatches("\"x\", W/\"abc\"", "\"abc\""));
  EXPECT_TRUE(EtagMatches("*", "\"abc\""));
  EXPECT_FALSE(EtagMatches("", "\"abc\""));
  EXPECT_FALSE(EtagMatches("\"abcd\"", "\"abc\""));
  EXPECT_FALSE(EtagMatches("abc", "\"abc\""));
}

}  // namespace
}  // namespace dealgraph::server
