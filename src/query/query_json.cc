// JSON forms of merged deals, claims, profiles, flows, cycles and checks.
#include "query/query_json.h"

#include <cmath>
#include <set>

namespace dealgraph {
namespace {

Json AssetJson(DealType type, Asset asset) {
  if (type != DealType::kPurchase) return nullptr;
  return std::string(ToString(asset == Asset::kNone ? Asset::kOther : asset));
}

Json AmountJson(const Amount& a) {
  Json j;
  j["value"] = Number(a.value);
  j["currency"] = a.currency;
  j["qualifier"] = std::string(ToString(a.qualifier));
  if (a.max) j["max"] = Number(*a.max);
  return j;
}

Json RangeJson(const MergedDeal& d) {
  if (!d.amount_min) return nullptr;
  return Json{{"min", Number(*d.amount_min)}, {"max", Number(d.amount_max.value_or(*d.amount_min))},
              {"currency", d.currency}};
}

Json SumsJson(const std::vector<MoneySum>& sums) {
  Json out = Json::array();
  for (const MoneySum& s : sums) {
    out.push_back({{"currency", s.currency.empty() ? Json(nullptr) : Json(s.currency)},
                   {"deals", s.deals},
                   {"amount_min", Number(s.amount_min)},
                   {"amount_max", Number(s.amount_max)}});
  }
  return out;
}

}  // namespace

Json Number(double v) {
  if (std::fabs(v) < 9.0e15 && v == std::floor(v)) return static_cast<int64_t>(v);
  return v;
}

std::string Dump(const Json& json, int indent) {
  return json.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

Json ToJson(const MergedDeal& d) {
  Json j;
  j["id"] = d.id;
  j["type"] = std::string(ToString(d.type));
  j["asset"] = AssetJson(d.type, d.asset);
  j["from"] = d.from;
  j["to"] = d.to;
  j["from_top"] = d.from_top;
  j["to_top"] = d.to_top;
  j["status"] = std::string(ToString(d.status));
  j["amount"] = RangeJson(d);
  j["amount_conflict"] = d.amount_conflict;
  j["status_conflict"] = d.status_conflict;
  j["first_reported"] = d.first_reported;
  j["last_reported"] = d.last_reported;
  j["claims"] = d.claims;
  return j;
}

Json ToJson(const Claim& c) {
  Json j;
  j["doc"] = c.doc;
  j["ordinal"] = c.ordinal;
  j["source"] = c.source;
  j["version"] = c.version;
  j["current"] = c.current;
  j["outlet"] = c.outlet;
  j["title"] = c.title;
  j["url"] = c.url;
  j["date"] = c.published;
  j["date_from_file_time"] = c.published_from_file_time;
  j["type"] = std::string(ToString(c.deal.type));
  j["asset"] = AssetJson(c.deal.type, c.deal.asset);
  j["from"] = c.deal.from;
  j["to"] = c.deal.to;
  j["status"] = std::string(ToString(c.deal.status));
  j["amount"] = c.deal.amount ? AmountJson(*c.deal.amount) : Json(nullptr);
  j["aggregate"] = c.deal.aggregate;
  j["attribution"] = c.deal.attribution;
  j["evidence"] = {{"start", c.deal.evidence.start}, {"end", c.deal.evidence.end}, {"text", c.deal.evidence.text}};
  return j;
}

Json ToJson(const DealDetail& detail) {
  Json j = ToJson(detail.deal);
  j["outlets"] = detail.outlets;
  Json history = Json::array();
  for (const StatusReport& r : detail.history) {
    history.push_back(
        {{"date", r.date}, {"status", std::string(ToString(r.status))}, {"doc", r.doc}, {"outlet", r.outlet}});
  }
  j["history"] = std::move(history);
  j["claims"] = ToJsonArray(detail.claims);
  return j;
}

Json ExportJson(const MergedDeal& deal, const std::vector<Claim>& claims) {
  Json j;
  j["schema_version"] = kExportSchemaVersion;
  Json fields = ToJson(deal);
  for (auto& [k, v] : fields.items()) j[k] = std::move(v);
  std::set<std::string> outlets;
  for (const Claim& c : claims) {
    if (!c.outlet.empty()) outlets.insert(c.outlet);
  }
  j["outlets"] = outlets;
  j["claims"] = ToJsonArray(claims);
  return j;
}

Json ToJson(const OrgProfile& p) {
  Json j;
  j["name"] = p.name;
  j["asked"] = p.asked;
  j["parent"] = p.parent.empty() ? Json(nullptr) : Json(p.parent);
  j["units"] = p.units;
  j["deals"] = p.deals;
  j["totals"] = {{"given_agreed", SumsJson(p.given_agreed)},
                 {"given_talks", SumsJson(p.given_talks)},
                 {"received_agreed", SumsJson(p.received_agreed)},
                 {"received_talks", SumsJson(p.received_talks)}};
  Json money = Json::array();
  for (const OrgMoney& m : p.money) {
    money.push_back({{"direction", m.direction},
                     {"type", std::string(ToString(m.type))},
                     {"status", std::string(ToString(m.status))},
                     {"sums", SumsJson(m.sums)}});
  }
  j["money"] = std::move(money);
  Json counterparties = Json::array();
  for (const Counterparty& c : p.counterparties) {
    Json types = Json::array();
    for (DealType t : c.types) types.push_back(std::string(ToString(t)));
    counterparties.push_back({{"name", c.name}, {"deals", c.deals}, {"types", types}});
  }
  j["counterparties"] = std::move(counterparties);
  j["largest"] = ToJsonArray(p.largest);
  j["timeline"] = ToJsonArray(p.timeline);
  return j;
}

Json ToJson(const Flow& f) {
  Json j;
  j["from"] = f.from;
  j["to"] = f.to;
  j["currency"] = f.currency.empty() ? Json(nullptr) : Json(f.currency);
  j["deals"] = f.deals;
  j["amount_min"] = Number(f.amount_min);
  j["amount_max"] = Number(f.amount_max);
  j["talks_deals"] = f.talks_deals;
  j["with_talks_amount_min"] = Number(f.with_talks_amount_min);
  j["with_talks_amount_max"] = Number(f.with_talks_amount_max);
  return j;
}

Json ToJson(const Cycle& c) {
  Json j;
  j["smallest_leg"] = Number(c.smallest_leg);
  Json legs = Json::array();
  for (const CycleLeg& leg : c.legs) {
    legs.push_back({{"from", leg.from}, {"to", leg.to}, {"amount", Number(leg.amount)}, {"deals", ToJsonArray(leg.deals)}});
  }
  j["legs"] = std::move(legs);
  return j;
}

Json ToJson(const LedgerCheck& c) {
  Json j;
  j["ok"] = c.ok();
  j["schema_version"] = c.schema_version;
  j["integrity"] = c.integrity;
  j["documents"] = c.documents;
  j["current_documents"] = c.current_documents;
  j["claims"] = c.claims;
  j["deals"] = c.deals;
  j["organizations"] = c.organizations;
  j["problems"] = c.problems;
  return j;
}

}  // namespace dealgraph
