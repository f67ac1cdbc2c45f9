// Tests of query-parameter checking: every malformed value is an error, never a crash.
#include "server/params.h"

#include <gtest/gtest.h>

namespace dealgraph::server {
namespace {

Params P(ParamList list) { return Params(std::move(list)); }

TEST(ParamsTest, RejectsUnknownAndRepeatedNames) {
  EXPECT_TRUE(P({{"a", "1"}}).Check({"a", "b"}).ok());
  EXPECT_FALSE(P({{"c", "1"}}).Check({"a", "b"}).ok());
  EXPECT_FALSE(P({{"a", "1"}, {"a", "2"}}).Check({"a"}).ok());
  EXPECT_FALSE(P({{"a", "1"}}).Check({}).ok());
}

TEST(ParamsTest, RequestTextMustBePrintableUtf8) {
  EXPECT_TRUE(CheckRequestText("/api/orgs/Société Générale", {{"q", "naïve ✓"}, {"limit", "5"}}).ok());
  EXPECT_FALSE(CheckRequestText("/api/orgs/\xc0\xaf", {}).ok());             // overlong
  EXPECT_FALSE(CheckRequestText("/api/search", {{"q", "\xff\xfe"}}).ok());   // not UTF-8
  EXPECT_FALSE(CheckRequestText("/api/search", {{"q", std::string(1, '\0')}}).ok());
  EXPECT_FALSE(CheckRequestText("/api/search", {{"q", "a\nb"}}).ok());
  EXPECT_FALSE(CheckRequestText("/api/search", {{"q\x7f", "a"}}).ok());
  Status s = CheckRequestText("/api/search", {{"q", "\xe2\x82"}});           // cut off
  EXPECT_NE(s.message().find("parameter 'q' is not valid UTF-8"), std::string::npos) << s.message();
}

TEST(ParamsTest, Integers) {
  EXPECT_EQ(*P({}).Int("limit", 7, 1, 10), 7);
  EXPECT_EQ(*P({{"limit", "10"}}).Int("limit", 7, 1, 10), 10);
  for (const char* bad : {"0", "11", "-1", "", "1.5", "1e3", "abc", "5x", " 5", "99999999999999999999"}) {
    EXPECT_FALSE(P({{"limit", bad}}).Int("limit", 7, 1, 10).ok()) << bad;
  }
}

TEST(ParamsTest, Amounts) {
  EXPECT_FALSE(P({}).Amount("min").value().has_value());
  EXPECT_DOUBLE_EQ(**P({{"min", "1e9"}}).Amount("min"), 1e9);
  EXPECT_DOUBLE_EQ(**P({{"min", "2500000000"}}).Amount("min"), 2.5e9);
  for (const char* bad : {"-1", "nan", "inf", "1e999", "ten", "1,000", "$5"}) {
    EXPECT_FALSE(P({{"min", bad}}).Amount("min").ok()) << bad;
  }
}

TEST(ParamsTest, Dates) {
  for (const char* good : {"2025", "2025-10", "2025-10-31", "2024-02-29"}) EXPECT_TRUE(IsDatePrefix(good)) << good;
  for (const char* bad : {"25", "2025-13", "2025-00-10", "2025-02-29", "2025-04-31", "2025/10/01", "2025-1-1",
                          "2025-10-01T00:00", "yesterday"}) {
    EXPECT_FALSE(IsDatePrefix(bad)) << bad;
  }
  EXPECT_EQ(*P({{"since", "2025-10"}}).Date("since"), "2025-10");
  EXPECT_FALSE(P({{"since", "2025-13"}}).Date("since").ok());
}

TEST(ParamsTest, TypesStatusesAndLengths) {
  EXPECT_EQ(**P({{"type", "purchase"}}).DealTypeValue("type"), DealType::kPurchase);
  EXPECT_FALSE(P({{"type", "Purchase"}}).DealTypeValue("type").ok());
  EXPECT_EQ(**P({{"status", "talks"}}).DealStatusValue("status"), DealStatus::kTalks);
  EXPECT_FALSE(P({{"status", "done"}}).DealStatusValue("status").ok());
  EXPECT_FALSE(P({{"org", std::string(201, 'x')}}).String("org").ok());
  EXPECT_EQ(*P({{"org", "OpenAI"}}).String("org"), "OpenAI");
}

}  // namespace
}  // namespace dealgraph::server
