// Tests of the API without HTTP: routing, parameter errors, authorization, and
// answers equal to the query layer's on a small in-memory ledger.
#include "server/api.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "dealgraph/query.h"
#include "query/query_json.h"

namespace dealgraph::server {
namespace {

Deal MakeDeal(DealType type, std::string from, std::string to, double amount, DealStatus status,
              std::string evidence) {
  Deal d;
  d.type = type;
  d.from = {std::move(from)};
  d.to = {std::move(to)};
  d.amount = Amount{amount, "USD", Qualifier::kExact, std::nullopt};
  d.status = status;
  d.evidence = {0, evidence.size(), evidence};
  return d;
}

class ApiTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto ledger = Ledger::Open(":memory:");
    ASSERT_TRUE(ledger.ok()) << ledger.status().ToString();
    ledger_ = std::move(ledger).value();
    Add("a", "2025-01-10", MakeDeal(DealType::kInvestment, "Microsoft", "OpenAI", 13e9, DealStatus::kCompleted,
                                    "Microsoft invested $13 billion in OpenAI."));
    Add("b", "2025-11-03", MakeDeal(DealType::kPurchase, "OpenAI", "AWS", 38e9, DealStatus::kAnnounced,
                                    "OpenAI will buy $38 billion of <b>cloud</b> from AWS."));
    Add("c", "2025-06-01", MakeDeal(DealType::kPurchase, "OpenAI", "Microsoft", 250e9, DealStatus::kAnnounced,
                                    "OpenAI committed $250 billion to Azure."));
    ASSERT_TRUE(ledger_->Flush().ok());
    api_ = std::make_unique<Api>(*ledger_, ApiOptions{"secret", ""});
  }

  void Add(const std::string& id, const std::string& date, const Deal& deal) {
    Document doc;
    doc.id = id;
    doc.text = deal.evidence.text;
    doc.published = date;
    doc.source = "/news/" + id + ".txt";
    ASSERT_TRUE(ledger_->Add(doc, {deal}).ok());
  }

  ApiResponse Get(const std::string& path, ParamList params = {}) {
    return api_->Handle(ApiRequest{"GET", path, std::move(params), "", "", ""});
  }

  std::unique_ptr<Ledger> ledger_;
  std::unique_ptr<Api> api_;
};

TEST_F(ApiTest, DealsAreTheQueryLayerAnswer) {
  ApiResponse r = Get("/api/deals");
  ASSERT_EQ(r.status, 200) << r.body;
  auto j = nlohmann::ordered_json::parse(r.body);
  auto expected = ListDeals(*ledger_, DealFilter{});
  ASSERT_TRUE(expected.ok());
  EXPECT_EQ(j["total"], 3);
  EXPECT_EQ(Dump(j["deals"]), Dump(ToJsonArray(*expected)));
}

TEST_F(ApiTest, FiltersPagingAndSorting) {
  auto total = [&](ParamList p) { return nlohmann::json::parse(Get("/api/deals", std::move(p)).body)["total"]; };
  EXPECT_EQ(total({{"type", "purchase"}}), 2);
  EXPECT_EQ(total({{"org", "Amazon"}}), 1);  // AWS rolls up to Amazon
  EXPECT_EQ(total({{"min_amount", "1e11"}}), 1);
  EXPECT_EQ(total({{"since", "2025-06"}}), 2);
  auto page = nlohmann::json::parse(Get("/api/deals", {{"limit", "1"}, {"offset", "1"}, {"sort", "-amount"}}).body);
  ASSERT_EQ(page["deals"].size(), 1u);
  EXPECT_EQ(page["deals"][0]["amount"]["max"], 38000000000);
  EXPECT_EQ(page["total"], 3);
}

TEST_F(ApiTest, BadParametersAre400) {
  for (ParamList p : std::vector<ParamList>{{{"limit", "0"}}, {{"type", "gift"}}, {{"since", "2025-02-30"}},
                                            {{"min_amount", "-1"}}, {{"sort", "size"}}, {{"what", "1"}}}) {
    ApiResponse r = Get("/api/deals", p);
    EXPECT_EQ(r.status, 400) << p[0].first << "=" << p[0].second;
    EXPECT_NE(nlohmann::json::parse(r.body)["error"].get<std::string>(), "");
  }
  EXPECT_EQ(Get("/api/cycles", {{"max_length", "1"}}).status, 400);
  EXPECT_EQ(Get("/api/search").status, 400);
  EXPECT_EQ(Get("/api/deals/XYZ").status, 400);
}

TEST_F(ApiTest, UnknownThingsAre404) {
  EXPECT_EQ(Get("/api/deals/0123456789abcdef").status, 404);
  EXPECT_EQ(Get("/api/orgs/Nobody").status, 404);
  EXPECT_EQ(Get("/api/nothing").status, 404);
}

TEST_F(ApiTest, DealDetailKeepsMarkupAsData) {
  auto deals = ListDeals(*ledger_, [] { DealFilter f; f.org = "AWS"; return f; }());
  ASSERT_TRUE(deals.ok());
  ASSERT_EQ(deals->size(), 1u);
  ApiResponse r = Get("/api/deals/" + (*deals)[0].id);
  ASSERT_EQ(r.status, 200);
  auto j = nlohmann::json::parse(r.body);
  EXPECT_EQ(j["claims"][0]["evidence"]["text"], "OpenAI will buy $38 billion of <b>cloud</b> from AWS.");
  EXPECT_EQ(j["history"].size(), 1u);
}

TEST_F(ApiTest, OrgsFlowsCyclesSearchStatsGraph) {
  auto org = nlohmann::json::parse(Get("/api/orgs/AWS").body);
  EXPECT_EQ(org["name"], "Amazon");
  auto cycles = nlohmann::json::parse(Get("/api/cycles").body)["cycles"];
  ASSERT_EQ(cycles.size(), 1u);  // Microsoft -> OpenAI -> Microsoft
  EXPECT_EQ(cycles[0]["legs"].size(), 2u);
  EXPECT_FALSE(nlohmann::json::parse(Get("/api/flows").body)["flows"].empty());
  auto found = nlohmann::json::parse(Get("/api/search", {{"q", "open"}}).body);
  EXPECT_EQ(found["organizations"][0]["name"], "OpenAI");
  EXPECT_EQ(found["total_deals"], 3);
  auto stats = nlohmann::json::parse(Get("/api/stats").body);
  EXPECT_EQ(stats["deals"], 3);
  EXPECT_EQ(stats["by_type"]["purchase"], 2);
  auto graph = nlohmann::json::parse(Get("/api/graph").body);
  EXPECT_EQ(graph["deals"].size(), 3u);
  bool aws_in_amazon = false;
  for (const auto& n : graph["nodes"]) aws_in_amazon |= n["id"] == "AWS" && n["parent"] == "Amazon";
  EXPECT_TRUE(aws_in_amazon) << graph.dump();
}

TEST_F(ApiTest, IngestNeedsTheToken) {
  ApiRequest post{"POST", "/api/ingest", {}, "text/plain", "", "Acme Corp acquired Foo Inc for $5 million."};
  EXPECT_EQ(api_->Handle(post).status, 403);
  post.authorization = "Bearer wrong";
  EXPECT_EQ(api_->Handle(post).status, 403);
  post.authorization = "secret";
  EXPECT_EQ(api_->Handle(post).status, 403);
  Api read_only(*ledger_, ApiOptions{});
  post.authorization = "Bearer ";
  EXPECT_EQ(read_only.Handle(post).status, 403);
  post.authorization = "Bearer secret";
  post.content_type = "application/pdf";
  EXPECT_EQ(api_->Handle(post).status, 415);
  post.content_type = "text/plain";
  ApiResponse r = api_->Handle(post);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(nlohmann::json::parse(r.body)["added"], 1);
  EXPECT_EQ(api_->Handle(ApiRequest{"DELETE", "/api/deals", {}, "", "", ""}).status, 405);
}

}  // namespace
}  // namespace dealgraph::server
