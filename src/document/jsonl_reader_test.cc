// Tests of the JSON Lines reader: good lines delivered, bad lines reported with their line number.
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

TEST(JsonlReaderTest, GoodLinesDeliveredBadLinesReported) {
  const std::string path = Fixture("mixed.jsonl");
  Collected c = ReadFile(path);
  ASSERT_TRUE(c.status.ok()) << c.status.ToString();
  ASSERT_EQ(c.docs.size(), 4u);
  EXPECT_EQ(c.docs[0].id, "a1");
  EXPECT_EQ(c.docs[0].text, "Alpha bought Beta.");
  EXPECT_EQ(c.docs[0].title, "T1");
  EXPECT_EQ(c.docs[0].url, "https://x.example/a1");
  EXPECT_EQ(c.docs[0].published, "2024-01-02");
  EXPECT_EQ(c.docs[0].outlet, "Wire");
  EXPECT_FALSE(c.docs[0].published_from_file_time);
  EXPECT_EQ(c.docs[1].id, "42");
  EXPECT_EQ(c.docs[1].text, "Line two\nsecond line");
  EXPECT_EQ(c.docs[2].id, "mixed-4");  // no id: "<stem>-<line>"
  EXPECT_EQ(c.docs[3].id, "h1");
  EXPECT_EQ(c.docs[3].text, "Head\nBody text.");

  ASSERT_EQ(c.errors.size(), 4u);
  EXPECT_EQ(c.errors[0].code(), ErrorCode::kParseError);
  EXPECT_EQ(c.errors[0].where(), path + ":5");
  EXPECT_THAT(c.errors[0].message(), HasSubstr("line 5: invalid JSON"));
  EXPECT_EQ(c.errors[1].code(), ErrorCode::kSchemaError);
  EXPECT_EQ(c.errors[1].where(), path + ":6");
  EXPECT_EQ(c.errors[1].message(), "line 6: field \"text\" is missing");
  EXPECT_EQ(c.errors[2].where(), path + ":7");
  EXPECT_THAT(c.errors[2].message(), HasSubstr("field \"text\" must be a string"));
  EXPECT_EQ(c.errors[3].where(), path + ":8");
  EXPECT_THAT(c.errors[3].message(), HasSubstr("expected a JSON object"));
}

TEST(JsonlReaderTest, WrongTypesAreSchemaErrors) {
  Collected c = ReadBuffer("{\"id\": [1], \"text\": \"x\"}\n{\"id\": \"ok\", \"text\": \"x\", \"url\": 5}\n"
                           "{\"id\": \"n\", \"text\": \"x\", \"title\": null}\n",
                           "t.jsonl");
  ASSERT_EQ(c.errors.size(), 2u);
  EXPECT_EQ(c.errors[0].code(), ErrorCode::kSchemaError);
  EXPECT_EQ(c.errors[0].where(), "t.jsonl:1");
  EXPECT_THAT(c.errors[0].message(), HasSubstr("field \"id\""));
  EXPECT_THAT(c.errors[1].message(), HasSubstr("field \"url\""));
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].id, "n");
}

TEST(JsonlReaderTest, LongLineIsTooLargeOnlyForThatLine) {
  ReadLimits limits;
  limits.max_document_bytes = 64;
  std::string big = "{\"id\": \"big\", \"text\": \"" + std::string(100, 'x') + "\"}";
  Collected c = ReadBuffer("{\"text\": \"small\"}\n" + big + "\n{\"text\": \"after\"}\n", "l.jsonl",
                           InputFormat::kJsonl, limits);
  ASSERT_TRUE(c.status.ok());
  ASSERT_EQ(c.docs.size(), 2u);
  EXPECT_EQ(c.docs[1].text, "after");
  EXPECT_EQ(c.docs[1].id, "l-3");
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_EQ(c.errors[0].code(), ErrorCode::kTooLarge);
  EXPECT_EQ(c.errors[0].where(), "l.jsonl:2");
}

TEST(JsonlReaderTest, EmptyTextAndCrLfLines) {
  Collected c = ReadBuffer("{\"text\": \"  \"}\r\n{\"text\": \"ok\"}\r\n", "c.ndjson");
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].text, "ok");
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_EQ(c.errors[0].code(), ErrorCode::kEmptyInput);
  EXPECT_EQ(c.errors[0].where(), "c.ndjson:1");
}

TEST(JsonlReaderTest, WholeFileChecksStillApply) {
  Collected c = ReadBuffer("{\"text\": \"ok\"}\n{\"text\": \"caf\xE9\"}\n", "bad.jsonl");
  EXPECT_EQ(c.status.code(), ErrorCode::kInvalidUtf8);
  EXPECT_TRUE(c.docs.empty());
}

}  // namespace
}  // namespace dealgraph
