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
using testing_util::TempFile;

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

// Files are streamed in 1 MiB blocks: lines across block ends, a too-long
// line across blocks, a BOM and a last line without '\n' read as from a buffer.
TEST(JsonlReaderTest, StreamedFileReadsAsTheBuffer) {
  ReadLimits limits;
  limits.max_document_bytes = 300000;
  std::string body = "\xEF\xBB\xBF";
  for (int i = 0; body.size() < 3'500'000; ++i) {
    if (i % 97 == 5) {
      body += "{\"id\": \"long" + std::to_string(i) + "\", \"text\": \"" + std::string(400000, 'y') + "\"}\n";
    } else if (i % 89 == 3) {
      body += "{broken\n";
    } else {
      body += "{\"id\": " + std::to_string(i) + ", \"text\": \"caf\xC3\xA9 " + std::string(i % 5000, 'x') +
              " \\u00e9\"}\n";
    }
  }
  body += "{\"text\": \"no newline at the end\"}";
  TempFile file("s.jsonl", body);
  Collected streamed = ReadFile(file.path(), InputFormat::kAuto, limits);
  Collected buffered = ReadBuffer(body, file.path(), InputFormat::kJsonl, limits);
  ASSERT_TRUE(streamed.status.ok()) << streamed.status.ToString();
  ASSERT_EQ(streamed.docs.size(), buffered.docs.size());
  ASSERT_GT(streamed.docs.size(), 500u);
  for (size_t i = 0; i < streamed.docs.size(); ++i) {
    EXPECT_EQ(streamed.docs[i].id, buffered.docs[i].id);
    EXPECT_EQ(streamed.docs[i].text, buffered.docs[i].text);
  }
  ASSERT_EQ(streamed.errors.size(), buffered.errors.size());
  for (size_t i = 0; i < streamed.errors.size(); ++i) {
    EXPECT_EQ(streamed.errors[i].ToString(), buffered.errors[i].ToString());
  }
}

TEST(JsonlReaderTest, StreamedFileHasNoFileSizeLimit) {
  ReadLimits limits;
  limits.max_file_bytes = 10;
  TempFile file("n.jsonl", "{\"text\": \"more than ten bytes\"}\n");
  Collected c = ReadFile(file.path(), InputFormat::kAuto, limits);
  ASSERT_TRUE(c.status.ok()) << c.status.ToString();
  EXPECT_EQ(c.docs.size(), 1u);
}

TEST(JsonlReaderTest, StreamedFileIsCheckedBeforeAnyDocument) {
  const std::string body = std::string(2'000'000, ' ') + "\n{\"text\": \"ok\"}\n{\"text\": \"caf\xE9\"}\n";
  TempFile file("late.jsonl", body);
  Collected c = ReadFile(file.path());
  EXPECT_EQ(c.status.code(), ErrorCode::kInvalidUtf8);
  EXPECT_THAT(c.status.message(), HasSubstr("at byte " + std::to_string(body.find('\xE9')) + ";"));
  EXPECT_TRUE(c.docs.empty());
}

}  // namespace
}  // namespace dealgraph
