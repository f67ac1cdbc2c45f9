// Tests of the checks every input passes: empty, BOMs, binary data, UTF-8, size.
#include "document/input_check.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

#include "document/test_util.h"

namespace dealgraph {
namespace {

using ::testing::HasSubstr;
using testing_util::Collected;
using testing_util::ReadBuffer;
using testing_util::ReadFile;
using testing_util::TempFile;
using namespace std::string_literals;

// The code of a failed read of `bytes` from a file called `name`; checks the
// message names the file and that nothing was delivered.
ErrorCode FailCode(const std::string& bytes, const std::string& name = "in.txt") {
  TempFile file(name, bytes);
  Collected c = ReadFile(file.path());
  EXPECT_FALSE(c.status.ok());
  EXPECT_EQ(c.status.where(), file.path());
  EXPECT_THAT(c.status.ToString(), HasSubstr(file.path()));
  EXPECT_TRUE(c.docs.empty());
  return c.status.code();
}

TEST(InputCheckTest, EmptyFileIsEmptyInput) {
  EXPECT_EQ(FailCode(""), ErrorCode::kEmptyInput);
  EXPECT_EQ(FailCode("\xEF\xBB\xBF"), ErrorCode::kEmptyInput);
  EXPECT_EQ(FailCode(" \n\t\n"), ErrorCode::kEmptyInput);
}

TEST(InputCheckTest, Utf16AndUtf32ByteOrderMarksAreRejected) {
  for (const std::string& bytes : {"\xFF\xFEh\0i\0"s, "\xFE\xFF\0h\0i"s}) {
    Collected c = ReadBuffer(bytes, "u16.txt");
    EXPECT_EQ(c.status.code(), ErrorCode::kInvalidUtf8);
    EXPECT_THAT(c.status.message(), HasSubstr("UTF-16 text (BOM) is not supported; convert to UTF-8"));
    EXPECT_EQ(c.status.where(), "u16.txt");
  }
  Collected c = ReadBuffer("\xFF\xFE\0\0h\0\0\0"s, "u32.txt");
  EXPECT_EQ(c.status.code(), ErrorCode::kInvalidUtf8);
  EXPECT_THAT(c.status.message(), HasSubstr("UTF-32 text (BOM)"));
}

TEST(InputCheckTest, NulBytesAndControlCodesAreBinary) {
  EXPECT_EQ(FailCode("plain text\0 and more"s), ErrorCode::kBinaryInput);
  EXPECT_EQ(FailCode("\x01\x02\x03\x04 mostly control \x05\x06\x07\x08"), ErrorCode::kBinaryInput);
  std::string png = "\x89PNG\r\n\x1A\n"s + std::string(64, '\0');
  EXPECT_EQ(FailCode(png, "image.png"), ErrorCode::kBinaryInput);
  // Tabs, form feeds and a rare control byte in long text are fine.
  Collected ok = ReadBuffer("a\tb\fc " + std::string(200, 'x') + "\x1B", "ok.txt");
  EXPECT_TRUE(ok.status.ok()) << ok.status.ToString();
}

TEST(InputCheckTest, InvalidUtf8NamesTheByteOffset) {
  Collected c = ReadBuffer("caf\xC3\xA9 ok, then bad: \xC3\x28 end", "bad.txt");
  EXPECT_EQ(c.status.code(), ErrorCode::kInvalidUtf8);
  EXPECT_THAT(c.status.message(), HasSubstr("byte 20"));
  EXPECT_EQ(c.status.where(), "bad.txt");
  EXPECT_EQ(FailCode("Latin-1 caf\xE9"), ErrorCode::kInvalidUtf8);
}

TEST(InputCheckTest, FindInvalidUtf8RejectsOverlongsSurrogatesAndTruncation) {
  using document_internal::FindInvalidUtf8;
  EXPECT_EQ(FindInvalidUtf8("ascii \xE2\x82\xAC \xF0\x9F\x98\x80"), std::string_view::npos);
  EXPECT_EQ(FindInvalidUtf8("x\xC0\xAF"), 1u);          // overlong '/'
  EXPECT_EQ(FindInvalidUtf8("ab\xED\xA0\x80"), 2u);      // UTF-16 surrogate
  EXPECT_EQ(FindInvalidUtf8("\xF4\x90\x80\x80"), 0u);    // above U+10FFFF
  EXPECT_EQ(FindInvalidUtf8("abc\xE2\x82"), 3u);         // cut short
  EXPECT_EQ(FindInvalidUtf8("\x80"), 0u);                // stray continuation byte
}

TEST(InputCheckTest, Utf8BomIsStripped) {
  Collected c = ReadBuffer("\xEF\xBB\xBFHello", "bom.txt");
  ASSERT_TRUE(c.status.ok());
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].text, "Hello");
}

TEST(InputCheckTest, FileOverTheLimitIsTooLarge) {
  ReadLimits limits;
  limits.max_file_bytes = 10;
  TempFile file("big.txt", "0123456789AB");
  Collected c = ReadFile(file.path(), InputFormat::kAuto, limits);
  EXPECT_EQ(c.status.code(), ErrorCode::kTooLarge);
  EXPECT_EQ(c.status.where(), file.path());
  EXPECT_THAT(c.status.message(), HasSubstr("12 bytes"));
  EXPECT_EQ(ReadBuffer("0123456789AB", "buf.txt", InputFormat::kText, limits).status.code(), ErrorCode::kTooLarge);
}

TEST(InputCheckTest, MissingFileAndDirectory) {
  Collected missing = ReadFile("/nonexistent/dir/news.txt");
  EXPECT_EQ(missing.status.code(), ErrorCode::kNotFound);
  EXPECT_EQ(missing.status.where(), "/nonexistent/dir/news.txt");
  EXPECT_EQ(ReadFile("/tmp").status.code(), ErrorCode::kInvalidArgument);
}

// The streaming checker gives CheckInputBytes' verdict wherever the input is cut.
TEST(InputCheckTest, CheckerInPiecesMatchesWholeCheck) {
  const std::vector<std::string> inputs = {
      "plain ascii text that is longer than sixteen bytes\n",
      "caf\xC3\xA9 \xE2\x80\x9Cq\xE2\x80\x9D \xF0\x9F\x98\x80 ok",
      "bad \xC3 here and more text after it",
      "cut short at the end \xE2\x82",
      "overlong \xE0\x80\xAF x",
      "stray \x80\x80\x80\x80\x80 continuation bytes",
      std::string("nul \0 after bad \xFF", sizeof("nul \0 after bad \xFF") - 1),
      "\xEF\xBB\xBF" "bom first",
      "\xEF\xBB\xBF",
      "\xFF\xFEu16",
      "\x01\x02\x03\x04 mostly controls",
      "",
  };
  for (const std::string& in : inputs) {
    std::string_view body;
    Status whole = document_internal::CheckInputBytes(in, "w", &body);
    for (size_t cut1 = 0; cut1 <= in.size(); ++cut1) {
      for (size_t cut2 = cut1; cut2 <= in.size(); cut2 += 3) {
        document_internal::InputChecker checker;
        checker.Add(std::string_view(in).substr(0, cut1));
        checker.Add(std::string_view(in).substr(cut1, cut2 - cut1));
        checker.Add(std::string_view(in).substr(cut2));
        size_t bom = 99;
        Status pieces = checker.Finish("w", &bom);
        ASSERT_EQ(pieces.ToString(), whole.ToString()) << in << " cut at " << cut1 << ", " << cut2;
        if (whole.ok()) {
          EXPECT_EQ(bom, in.size() - body.size());
        }
      }
    }
  }
}

TEST(InputCheckTest, NormalizeNewlines) {
  EXPECT_EQ(document_internal::NormalizeNewlines("a\r\nb\rc\n\r\nd"), "a\nb\nc\n\nd");
}

}  // namespace
}  // namespace dealgraph
