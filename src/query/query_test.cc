// Tests of the query layer over a ledger of claims built in code: listings,
// deal detail, organization profiles, flows, cycles and exports.
#include "dealgraph/query.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "ledger/ledger_test_util.h"
#include "query/query_json.h"
#include "query/text_escape.h"

namespace dealgraph {
namespace {

using testing::MakeDeal;
using testing::MakeDoc;

constexpr DealType kInv = DealType::kInvestment;
constexpr DealType kBuy = DealType::kPurchase;

class QueryTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto l = Ledger::Open(":memory:");
    ASSERT_TRUE(l.ok());
    ledger_ = std::move(l).value();
    Add("msft-2023", "2023-01-23", "CNBC",
        {MakeDeal(kInv, {"Microsoft"}, {"OpenAI"}, 1e10, DealStatus::kAnnounced)});
    Add("azure", "2024-11-02", "Reuters",
        {MakeDeal(kBuy, {"OpenAI"}, {"Azure"}, 2.5e11, DealStatus::kAnnounced, Asset::kCloud)});
    Add("msft-2023-b", "2023-01-25", "Bloomberg",
        {MakeDeal(kInv, {"Microsoft Corp"}, {"OpenAI"}, 1.3e10, DealStatus::kCompleted)});
    Add("nvidia", "2025-09-22", "Reuters",
        {MakeDeal(kInv, {"NVIDIA"}, {"OpenAI"}, 1e11, DealStatus::kTalks),
         MakeDeal(kBuy, {"OpenAI"}, {"Oracle"}, 3e11, DealStatus::kAnnounced, Asset::kCloud),
         MakeDeal(kBuy, {"Oracle"}, {"Nvidia"}, 4e10, DealStatus::kAnnounced, Asset::kChips),
         MakeDeal(DealType::kPartnership, {"OpenAI"}, {"Broadcom"}, std::nullopt, DealStatus::kAnnounced)});
    ASSERT_TRUE(ledger_->Flush().ok());
  }

  void Add(const std::string& id, const std::string& date, const std::string& outlet, std::vector<Deal> deals) {
    ASSERT_TRUE(ledger_->Add(MakeDoc(id, date, "text of " + id, outlet), deals).ok());
  }

  std::string IdOf(DealType type, const std::string& from) {
    auto deals = ListDeals(*ledger_, {});
    for (const MergedDeal& d : *deals) {
      if (d.type == type && !d.from.empty() && d.from[0] == from) return d.id;
    }
    return "";
  }

  std::unique_ptr<Ledger> ledger_;
};

TEST_F(QueryTest, ShowGivesClaimsHistoryAndOutlets) {
  std::string id = IdOf(kInv, "Microsoft");
  ASSERT_FALSE(id.empty());
  auto detail = ShowDeal(*ledger_, id);
  ASSERT_TRUE(detail.ok());
  EXPECT_EQ(detail->deal.status, DealStatus::kCompleted);
  ASSERT_EQ(detail->history.size(), 2u);
  EXPECT_EQ(detail->history[0].status, DealStatus::kAnnounced);
  EXPECT_EQ(detail->history[0].date, "2023-01-23");
  EXPECT_EQ(detail->history[1].status, DealStatus::kCompleted);
  EXPECT_EQ(detail->outlets, (std::vector<std::string>{"Bloomberg", "CNBC"}));
  EXPECT_EQ(detail->claims[1].deal.from, std::vector<std::string>{"Microsoft Corp"});
  Json j = ToJson(*detail);
  EXPECT_EQ(j["history"].size(), 2u);
  EXPECT_EQ(j["claims"][0]["evidence"]["text"], "0123456789");
  EXPECT_EQ(j["amount"]["min"], 10000000000LL);
  EXPECT_EQ(j["amount"]["max"], 13000000000LL);
  EXPECT_EQ(ShowDeal(*ledger_, "nope").status().code(), ErrorCode::kNotFound);
}

TEST_F(QueryTest, OrgProfileSeparatesTalksAndRollsUpUnits) {
  auto p = ProfileOrg(*ledger_, "openai");
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(p->name, "OpenAI");
  EXPECT_EQ(p->deals, 5);
  ASSERT_EQ(p->received_agreed.size(), 1u);
  EXPECT_EQ(p->received_agreed[0].amount_max, 1.3e10);
  ASSERT_EQ(p->received_talks.size(), 1u);
  EXPECT_EQ(p->received_talks[0].amount_min, 1e11);
  ASSERT_EQ(p->given_agreed.size(), 1u);
  EXPECT_EQ(p->given_agreed[0].deals, 2);
  EXPECT_EQ(p->given_agreed[0].amount_min, 5.5e11);
  EXPECT_TRUE(p->given_talks.empty());
  ASSERT_FALSE(p->largest.empty());
  EXPECT_EQ(p->largest[0].to, std::vector<std::string>{"Oracle"});
  EXPECT_EQ(p->timeline.front().first_reported, "2023-01-23");
  bool partner = false;
  for (const OrgMoney& m : p->money) partner = partner || m.direction == "partner";
  EXPECT_TRUE(partner);
  ASSERT_FALSE(p->counterparties.empty());

  auto azure = ProfileOrg(*ledger_, "Azure");
  ASSERT_TRUE(azure.ok());
  EXPECT_EQ(azure->name, "Microsoft");
  EXPECT_EQ(azure->parent, "Microsoft");
  EXPECT_EQ(azure->units, std::vector<std::string>{"Azure"});
  ASSERT_EQ(azure->received_agreed.size(), 1u);
  EXPECT_EQ(azure->received_agreed[0].amount_min, 2.5e11);
  EXPECT_EQ(ProfileOrg(*ledger_, "Nobody Inc").status().code(), ErrorCode::kNotFound);
  EXPECT_TRUE(ToJson(*p)["totals"]["received_talks"].is_array());
}

TEST_F(QueryTest, FlowsWithAndWithoutTalks) {
  auto flows = Flows(*ledger_, {});
  ASSERT_TRUE(flows.ok());
  std::map<std::string, Flow> by;
  for (const Flow& f : *flows) by[f.from + ">" + f.to] = f;
  EXPECT_EQ(by.size(), 5u);  // no partnership flow
  EXPECT_EQ(by["NVIDIA>OpenAI"].deals, 0);
  EXPECT_EQ(by["NVIDIA>OpenAI"].talks_deals, 1);
  EXPECT_EQ(by["NVIDIA>OpenAI"].amount_max, 0);
  EXPECT_EQ(by["NVIDIA>OpenAI"].with_talks_amount_max, 1e11);
  EXPECT_EQ(by["OpenAI>Microsoft"].amount_min, 2.5e11);
  EXPECT_EQ((*flows)[0].to, "Oracle");  // largest first
  FlowOptions only;
  only.org = "Oracle";
  EXPECT_EQ(Flows(*ledger_, only)->size(), 2u);
}

TEST_F(QueryTest, CyclesRankBySmallestLeg) {
  auto cycles = FindCycles(*ledger_, {});
  ASSERT_TRUE(cycles.ok());
  ASSERT_EQ(cycles->size(), 2u);
  // NVIDIA -> OpenAI (talks, 100B) -> Oracle (300B) -> NVIDIA (40B).
  const Cycle& first = (*cycles)[0];
  EXPECT_EQ(first.smallest_leg, 4e10);
  ASSERT_EQ(first.legs.size(), 3u);
  EXPECT_EQ(first.legs[0].from, "NVIDIA");
  EXPECT_EQ(first.legs[0].deals.at(0).status, DealStatus::kTalks);
  EXPECT_EQ(first.legs[2].to, "NVIDIA");
  // Microsoft invests in OpenAI, OpenAI buys Azure cloud.
  const Cycle& second = (*cycles)[1];
  EXPECT_EQ(second.smallest_leg, 1e10);
  EXPECT_EQ(second.legs[0].from, "Microsoft");
  EXPECT_EQ(second.legs[0].deals.at(0).claims, 2);
  CycleOptions agreed;
  agreed.include_talks = false;
  EXPECT_EQ(FindCycles(*ledger_, agreed)->size(), 1u);
  agreed.max_length = 9;
  EXPECT_EQ(FindCycles(*ledger_, agreed).status().code(), ErrorCode::kInvalidArgument);
  EXPECT_EQ(ToJson(first)["legs"].size(), 3u);
}

TEST_F(QueryTest, ExportsAreVersionedAndParse) {
  std::ostringstream jsonl;
  ASSERT_TRUE(Export(*ledger_, ExportFormat::kJsonl, jsonl).ok());
  std::istringstream lines(jsonl.str());
  std::string line;
  int n = 0;
  while (std::getline(lines, line)) {
    auto j = nlohmann::json::parse(line);
    EXPECT_EQ(j["schema_version"], kExportSchemaVersion);
    for (const char* key : {"id", "type", "asset", "from", "to", "status", "amount", "claims"}) {
      EXPECT_TRUE(j.contains(key)) << key;
    }
    ASSERT_TRUE(j["claims"].is_array());
    for (const auto& c : j["claims"]) {
      for (const char* key : {"doc", "evidence", "status", "amount", "outlet", "date"}) {
        EXPECT_TRUE(c.contains(key)) << key;
      }
      EXPECT_TRUE(c["evidence"].contains("start"));
    }
    ++n;
  }
  EXPECT_EQ(n, 6);  // the two Microsoft reports are one deal
  std::ostringstream csv;
  ASSERT_TRUE(Export(*ledger_, ExportFormat::kCsv, csv).ok());
  EXPECT_EQ(csv.str().substr(0, csv.str().find('\n')),
            "schema_version,id,type,asset,from,to,status,amount_min,amount_max,currency,amount_conflict,"
            "status_conflict,first_reported,last_reported,claims,outlets,docs,from_top,to_top");
  std::ostringstream graphml, dot;
  ASSERT_TRUE(Export(*ledger_, ExportFormat::kGraphml, graphml).ok());
  EXPECT_NE(graphml.str().find("<data key=\"schema_version\">1</data>"), std::string::npos);
  ASSERT_TRUE(Export(*ledger_, ExportFormat::kDot, dot).ok());
  EXPECT_NE(dot.str().find("digraph"), std::string::npos);
  ExportFormat f;
  EXPECT_TRUE(ParseExportFormat("graphml", &f));
  EXPECT_FALSE(ParseExportFormat("xlsx", &f));
}

TEST(TextEscapeTest, CsvXmlDot) {
  EXPECT_EQ(CsvField("plain"), "plain");
  EXPECT_EQ(CsvField("a,b"), "\"a,b\"");
  EXPECT_EQ(CsvField("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(XmlEscape("AT&T <x> \"q\" 'a'\x01"), "AT&amp;T &lt;x&gt; &quot;q&quot; &apos;a&apos;");
  EXPECT_EQ(DotQuote("a \"b\" \\ c\nd"), "\"a \\\"b\\\" \\\\ c\\nd\"");
}

}  // namespace
}  // namespace dealgraph
