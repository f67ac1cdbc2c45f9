// Tests of the fast JSON Lines scan against the full JSON parser (the slow,
// obviously correct reference): same fields whenever the scan accepts a line.
#include "document/jsonl_reader_scan.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace dealgraph::document_internal {
namespace {

std::string Get(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  return it == j.end() || it->is_null() ? "" : it->get<std::string>();
}

// Scans `line`; when accepted, checks every field against nlohmann::json.
bool ScanMatchesParser(const std::string& line) {
  ArticleFields f;
  if (!ScanArticleLine(line, &f)) return false;
  nlohmann::json j = nlohmann::json::parse(line);  // throws (fails the test) if the scan accepted bad JSON
  EXPECT_TRUE(j.is_object()) << line;
  EXPECT_EQ(f.id, Get(j, "id")) << line;
  EXPECT_EQ(f.text, Get(j, "text")) << line;
  EXPECT_EQ(f.html, Get(j, "html")) << line;
  EXPECT_EQ(f.title, Get(j, "title")) << line;
  EXPECT_EQ(f.url, Get(j, "url")) << line;
  EXPECT_EQ(f.published, Get(j, "published")) << line;
  EXPECT_EQ(f.outlet, Get(j, "outlet")) << line;
  EXPECT_EQ(f.has_text, j.contains("text") && !j["text"].is_null()) << line;
  EXPECT_EQ(f.has_html, j.contains("html") && !j["html"].is_null()) << line;
  EXPECT_EQ(f.has_id, j.contains("id") && !j["id"].is_null()) << line;
  return true;
}

TEST(JsonlScanTest, FlatArticlesAreScanned) {
  const std::vector<std::string> lines = {
      R"({"id":"a1","title":"T","published":"2024-01-02","outlet":"Wire","text":"Alpha bought Beta."})",
      R"(  { "id" : "a2" , "text" : "x" , "url" : null }  )",
      R"({})",
      R"({"text":"quotes \" and \\ and \/ and \b\f\n\r\t end"})",
      R"({"text":"\u00e9\u20AC \ud83d\ude00 \u0041"})",
      "{\"text\":\"caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D \xF0\x9F\x98\x80 and a long run of plain text past sixteen bytes\"}",
      R"({"other":"ignored \u0041","text":"t","html":"<p>h</p>"})",
      R"({"te\u0078t":"escaped key"})",
      R"({"id":"","text":"empty id"})",
      "{\"text\":\"t\"}\r",
  };
  for (const std::string& line : lines) EXPECT_TRUE(ScanMatchesParser(line)) << line;
}

TEST(JsonlScanTest, EverythingElseGoesToTheParser) {
  const std::vector<std::string> lines = {
      R"({"id":42,"text":"numbers are for the parser"})",
      R"({"text":"x","extra":[1,2]})",
      R"({"text":"x","flag":true})",
      R"({"text":"a","text":"b"})",        // a repeated key
      R"({"text":"cut off)",
      R"({"text":"x"} trailing)",
      R"({"text":"x",})",
      R"([1,2,3])",
      R"({"text":"bad \x escape"})",
      R"({"text":"lone \ud800 surrogate"})",
      R"({"text":"lone \udc00 low"})",
      R"({"text":"short \u12"})",
      "{\"text\":\"raw\ttab\"}",
      R"({"text":nul})",
      R"({"text":"x" "y":"z"})",
      R"(  )",
  };
  for (const std::string& line : lines) {
    ArticleFields f;
    EXPECT_FALSE(ScanArticleLine(line, &f)) << line;
  }
}

TEST(JsonlScanTest, RandomLinesAgreeWithTheParser) {
  // Strings built from pieces that stress the 16-byte runs and escapes.
  const std::vector<std::string> pieces = {"a", "Bcd efg", "\\\"", "\\\\", "\\n", "\\u00e9", "\xC3\xA9",
                                           "\\ud83d\\ude00", "0123456789abcdef", " ", "\\/", "\\t"};
  uint64_t state = 7;
  auto next = [&] {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<size_t>(state >> 33);
  };
  for (int n = 0; n < 500; ++n) {
    std::string text;
    size_t len = next() % 40;
    for (size_t i = 0; i < len; ++i) text += pieces[next() % pieces.size()];
    std::string line = "{\"id\":\"r" + std::to_string(n) + "\",\"text\":\"" + text + "\"}";
    EXPECT_TRUE(ScanMatchesParser(line)) << line;
  }
}

}  // namespace
}  // namespace dealgraph::document_internal
