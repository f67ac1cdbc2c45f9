// Tests of the entities JSON line (spec section 8).
#include "entities/entity_json.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace dealgraph {
namespace {

TEST(EntityJsonTest, ShapeOfEachType) {
  std::string text = "AWS agreed, according to Reuters, to pay over $38 billion on Monday.";
  std::vector<Entity> entities(4);
  entities[0].type = EntityType::kOrganization;
  entities[0].start = 0;
  entities[0].end = 3;
  entities[0].canonical = "AWS";
  entities[0].parent = "Amazon";
  entities[1].type = EntityType::kOutlet;
  entities[1].start = 25;
  entities[1].end = 32;
  entities[1].canonical = "Reuters";
  entities[2].type = EntityType::kMoney;
  entities[2].start = 46;
  entities[2].end = 57;
  entities[2].money.value = 38e9;
  entities[2].money.currency = "USD";
  entities[2].money.qualifier = Qualifier::kOver;
  entities[2].qualifier_start = 41;
  entities[3].type = EntityType::kDate;
  entities[3].start = 61;
  entities[3].end = 67;
  std::string line = EntitiesToJson("doc-1", text, entities);
  EXPECT_EQ(line.find('\n'), std::string::npos);
  EXPECT_EQ(line,
            R"({"doc":"doc-1","entities":[)"
            R"({"type":"organization","start":0,"end":3,"text":"AWS","canonical":"AWS","parent":"Amazon"},)"
            R"({"type":"outlet","start":25,"end":32,"text":"Reuters","canonical":"Reuters","parent":null},)"
            R"({"type":"money","start":41,"end":57,"text":"over $38 billion","value":38000000000,"currency":"USD","qualifier":"over"},)"
            R"({"type":"date","start":61,"end":67,"text":"Monday","iso":null}]})");
}

TEST(EntityJsonTest, ApproximationsStayOutsideTheMoneySpan) {
  std::string text = "It paid about $3 million.";
  std::vector<Entity> entities(1);
  entities[0].type = EntityType::kMoney;
  entities[0].start = 14;
  entities[0].end = 24;
  entities[0].qualifier_start = 8;
  entities[0].money.value = 3e6;
  entities[0].money.currency = "USD";
  entities[0].money.qualifier = Qualifier::kAbout;
  nlohmann::json j = nlohmann::json::parse(EntitiesToJson("d", text, entities));
  EXPECT_EQ(j["entities"][0]["start"], 14);
  EXPECT_EQ(j["entities"][0]["text"], "$3 million");
}

TEST(EntityJsonTest, RangesFractionsAndBadBytes) {
  std::string text = "\xff$1.5 to $2.25";
  std::vector<Entity> entities(1);
  entities[0].type = EntityType::kMoney;
  entities[0].start = 0;
  entities[0].end = static_cast<uint32_t>(text.size());
  entities[0].money.value = 1.5;
  entities[0].money.max = 2.25;
  entities[0].money.currency = "USD";
  entities[0].money.qualifier = Qualifier::kAtLeast;
  nlohmann::json j = nlohmann::json::parse(EntitiesToJson("d", text, entities));
  EXPECT_EQ(j["entities"][0]["value"], 1.5);
  EXPECT_EQ(j["entities"][0]["max"], 2.25);
  EXPECT_EQ(j["entities"][0]["qualifier"], "at_least");
  EXPECT_EQ(EntitiesToJson("empty", "", {}), R"({"doc":"empty","entities":[]})");
}

}  // namespace
}  // namespace dealgraph
