// Tests of the deals' JSON Lines form: the buffer writer against a reference
// built with nlohmann::json (the slow, obviously correct form), on random deals.
#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <limits>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "common/deal_json_fast.h"
#include "dealgraph/deal.h"

namespace dealgraph {
namespace {

using Json = nlohmann::ordered_json;

Json Number(double v) {
  if (std::fabs(v) < 9.0e15 && v == std::floor(v)) return static_cast<int64_t>(v);
  return v;
}

std::string Reference(std::string_view doc_id, const std::vector<Deal>& deals) {
  Json j;
  j["doc"] = std::string(doc_id);
  j["deals"] = Json::array();
  for (const Deal& d : deals) {
    Json x;
    x["type"] = std::string(ToString(d.type));
    x["asset"] = d.type == DealType::kPurchase
                     ? Json(std::string(ToString(d.asset == Asset::kNone ? Asset::kOther : d.asset)))
                     : Json(nullptr);
    x["from"] = d.from;
    x["to"] = d.to;
    if (d.amount) {
      Json a;
      a["value"] = Number(d.amount->value);
      a["currency"] = d.amount->currency;
      a["qualifier"] = std::string(ToString(d.amount->qualifier));
      if (d.amount->max) a["max"] = Number(*d.amount->max);
      x["amount"] = a;
    } else {
      x["amount"] = nullptr;
    }
    x["aggregate"] = d.aggregate;
    x["status"] = std::string(ToString(d.status));
    x["attribution"] = d.attribution;
    x["evidence"] = {{"start", d.evidence.start}, {"end", d.evidence.end}, {"text", d.evidence.text}};
    j["deals"].push_back(x);
  }
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

TEST(DealJsonTest, StringEscapesMatchTheJsonLibrary) {
  const std::vector<std::string> strings = {
      "", "plain", "quote \" backslash \\ slash /", std::string("nul \0 and \x01\x1f\x7f", sizeof("nul \0 and \x01\x1f\x7f") - 1), "\b\f\n\r\t",
      "caf\xC3\xA9 \xE2\x80\x9Cq\xE2\x80\x9D \xF0\x9F\x98\x80", "a long run of plain ascii text, past sixteen bytes \"q\""};
  for (const std::string& s : strings) {
    std::string fast;
    ASSERT_TRUE(AppendJsonString(s, &fast));
    EXPECT_EQ(fast, Json(s).dump()) << s;
  }
  std::string out;
  EXPECT_FALSE(AppendJsonString("bad \xC3 byte", &out));
}

TEST(DealJsonTest, RandomDealsMatchTheJsonLibrary) {
  const std::vector<std::string> names = {"Microsoft", "OpenAI", "Caf\xC3\xA9 \"Q\" Labs", "A\\B", "Nvidia\n",
                                          "\xE2\x80\x9CX\xE2\x80\x9D"};
  const std::vector<double> values = {0, 1, 13e9, 2.5e9, 1.5, 0.000000001, 1e16, -4e6, 8.99e15, 1e308, 1e-3, 1e21, 2.75e9 + 0.25, 0.1};
  uint64_t state = 11;
  auto next = [&](size_t n) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<size_t>(state >> 33) % n;
  };
  for (int round = 0; round < 300; ++round) {
    std::vector<Deal> deals(next(4));
    for (Deal& d : deals) {
      d.type = static_cast<DealType>(next(4));
      d.asset = static_cast<Asset>(next(5));
      for (size_t k = next(3); k > 0; --k) d.from.push_back(names[next(names.size())]);
      for (size_t k = next(3); k > 0; --k) d.to.push_back(names[next(names.size())]);
      for (size_t k = next(2); k > 0; --k) d.attribution.push_back(names[next(names.size())]);
      if (next(4) > 0) {
        d.amount = Amount{values[next(values.size())], next(2) ? "USD" : "EUR", static_cast<Qualifier>(next(6)), {}};
        if (next(3) == 0) d.amount->max = values[next(values.size())];
      }
      d.aggregate = next(2) == 1;
      d.status = static_cast<DealStatus>(next(5));
      d.evidence = {next(1000), next(100000), names[next(names.size())] + " did it."};
    }
    std::string id = "doc-" + std::to_string(round) + (round % 7 == 0 ? "\xff" : "");
    EXPECT_EQ(DocumentDealsToJson(id, deals), Reference(id, deals));
    std::string buf = "kept|";
    AppendDocumentDealsJson(id, deals, &buf);
    EXPECT_EQ(buf, "kept|" + Reference(id, deals));
  }
}

TEST(DealJsonTest, AmountNumbersMatchTheJsonLibrary) {
  std::vector<double> values = {0,      1,       -1,      0.5,    1.5,     -2.25,  0.1,    0.2,     0.3,
                                1e-3,   1e-4,    1e-5,    1.5e-5, 123e-7,  1e15,   1e15 + 0.5, 9e15,  9.0e15 - 1,
                                -9e15,  1e16,    1.25e16, 1e21,   1.5e21,  1e22,   1e100,  1e308,   1.7976931348623157e308,
                                5e-324, 2.2250738585072014e-308,  1.0 / 3,  2.0 / 3, 1234.5678, 13.4e9 + 0.1,
                                std::numeric_limits<double>::infinity(), -std::numeric_limits<double>::infinity(),
                                std::numeric_limits<double>::quiet_NaN()};
  // Amounts as the recognizer makes them: a decimal number times a scale.
  for (int mant = 1; mant <= 2000; mant += 7) {
    for (double scale : {1.0, 1e3, 1e6, 1e9, 1e12, 1e-2, 1e-3}) values.push_back(mant / 100.0 * scale);
  }
  // Random bit patterns: every exponent and odd digit strings.
  uint64_t state = 5;
  for (int i = 0; i < 20000; ++i) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    double v;
    std::memcpy(&v, &state, sizeof v);
    values.push_back(v);
  }
  for (double v : values) {
    std::string fast = "kept|";
    AppendAmountNumber(v, &fast);
    EXPECT_EQ(fast, "kept|" + Number(v).dump()) << v;
  }
}

TEST(DealJsonTest, FractionalAmountsTakeTheFastPath) {
  Deal d;
  d.type = DealType::kInvestment;
  d.from = {"Microsoft"};
  d.to = {"OpenAI"};
  d.amount = Amount{2.5e9 + 0.5, "USD", Qualifier::kExact, 1e21};
  d.evidence = {0, 10, "It did it."};
  std::string out;
  ASSERT_TRUE(AppendDocumentDealsJsonFast("doc", {d}, &out));
  EXPECT_EQ(out, Reference("doc", {d}));
  EXPECT_NE(out.find("\"value\":2500000000.5,"), std::string::npos) << out;
  EXPECT_NE(out.find("\"max\":1e+21}"), std::string::npos) << out;
}

}  // namespace
}  // namespace dealgraph
