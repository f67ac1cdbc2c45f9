// Tests of reading claims files (spec section 6) back into Deals.
#include "ledger/claims_file.h"

#include <gtest/gtest.h>

namespace dealgraph {
namespace {

TEST(ClaimsFileTest, RoundTripsTheExtractorOutput) {
  Deal d;
  d.type = DealType::kPurchase;
  d.asset = Asset::kChips;
  d.from = {"OpenAI"};
  d.to = {"AMD"};
  d.amount = Amount{6e9, "USD", Qualifier::kUpTo, 9e9};
  d.status = DealStatus::kTalks;
  d.attribution = {"CNBC"};
  d.evidence = {3, 9, "abcdef"};
  std::string doc;
  std::vector<Deal> deals;
  ASSERT_TRUE(ParseClaimsLine(DocumentDealsToJson("x", {d, d}), &doc, &deals).ok());
  EXPECT_EQ(doc, "x");
  ASSERT_EQ(deals.size(), 2u);
  EXPECT_EQ(DealToJson(deals[0]), DealToJson(d));
}

TEST(ClaimsFileTest, GoldFieldsAreIgnoredAndErrorsNamed) {
  std::string doc;
  std::vector<Deal> deals;
  EXPECT_TRUE(ParseClaimsLine(R"({"doc":"a","deals":[{"type":"investment","asset":null,"from":["A"],"to":[],)"
                              R"("amount":null,"aggregate":false,"status":"talks","attribution":[],)"
                              R"("evidence":{"start":0,"end":1,"text":"A"},"key":"k","optional":true}]})",
                              &doc, &deals)
                  .ok());
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_TRUE(deals[0].to.empty());
  EXPECT_EQ(ParseClaimsLine("{", &doc, &deals).code(), ErrorCode::kParseError);
  EXPECT_EQ(ParseClaimsLine(R"({"doc":"a","deals":[{"type":"gift","status":"talks"}]})", &doc, &deals).code(),
            ErrorCode::kSchemaError);
  ClaimsByDoc map;
  EXPECT_EQ(ReadClaimsFile("/nonexistent/claims.jsonl", &map).code(), ErrorCode::kNotFound);
}

}  // namespace
}  // namespace dealgraph
