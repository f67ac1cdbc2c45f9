// Reading spec section 6 JSON Lines back into Deals.
#include "ledger/claims_file.h"

#include <fstream>
#include <nlohmann/json.hpp>

namespace dealgraph {
namespace {

using Json = nlohmann::json;

Status Schema(const std::string& what) { return Status(ErrorCode::kSchemaError, what); }

Status Names(const Json& j, const char* field, std::vector<std::string>* out) {
  const auto it = j.find(field);
  if (it == j.end() || it->is_null()) return Status();
  if (!it->is_array()) return Schema(std::string("\"") + field + "\" is not a list");
  for (const Json& n : *it) {
    if (!n.is_string()) return Schema(std::string("\"") + field + "\" holds a non-string");
    out->push_back(n.get<std::string>());
  }
  return Status();
}

Status ParseDeal(const Json& j, Deal* d) {
  if (!j.is_object()) return Schema("a deal is not an object");
  auto text = [&](const char* field) -> std::string {
    auto it = j.find(field);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
  };
  if (!ParseDealType(text("type"), &d->type)) return Schema("unknown or missing \"type\"");
  std::string asset = text("asset");
  if (!asset.empty() && !ParseAsset(asset, &d->asset)) return Schema("unknown \"asset\" " + asset);
  if (!ParseDealStatus(text("status"), &d->status)) return Schema("unknown or missing \"status\"");
  if (Status s = Names(j, "from", &d->from); !s.ok()) return s;
  if (Status s = Names(j, "to", &d->to); !s.ok()) return s;
  if (Status s = Names(j, "attribution", &d->attribution); !s.ok()) return s;
  auto agg = j.find("aggregate");
  d->aggregate = agg != j.end() && agg->is_boolean() && agg->get<bool>();
  auto amount = j.find("amount");
  if (amount != j.end() && !amount->is_null()) {
    if (!amount->is_object() || !amount->contains("value") || !(*amount)["value"].is_number()) {
      return Schema("\"amount\" needs a numeric \"value\"");
    }
    Amount a;
    a.value = (*amount)["value"].get<double>();
    if (amount->contains("currency") && (*amount)["currency"].is_string()) a.currency = (*amount)["currency"];
    if (amount->contains("qualifier") && (*amount)["qualifier"].is_string() &&
        !ParseQualifier((*amount)["qualifier"].get<std::string>(), &a.qualifier)) {
      return Schema("unknown amount qualifier");
    }
    if (amount->contains("max") && (*amount)["max"].is_number()) a.max = (*amount)["max"].get<double>();
    d->amount = a;
  }
  auto ev = j.find("evidence");
  if (ev != j.end() && ev->is_object()) {
    auto start = ev->find("start"), end = ev->find("end"), text = ev->find("text");
    if (start != ev->end() && start->is_number_unsigned()) d->evidence.start = start->get<size_t>();
    if (end != ev->end() && end->is_number_unsigned()) d->evidence.end = end->get<size_t>();
    if (text != ev->end() && text->is_string()) d->evidence.text = text->get<std::string>();
  }
  return Status();
}

}  // namespace

Status ParseClaimsLine(std::string_view line, std::string* doc, std::vector<Deal>* deals) {
  Json j = Json::parse(line, nullptr, false);
  if (j.is_discarded()) return Status(ErrorCode::kParseError, "not a JSON object");
  if (!j.is_object() || !j.contains("doc") || !j["doc"].is_string()) return Schema("missing \"doc\"");
  *doc = j["doc"].get<std::string>();
  if (!j.contains("deals") || !j["deals"].is_array()) return Schema("missing \"deals\" list");
  for (const Json& d : j["deals"]) {
    Deal deal;
    if (Status s = ParseDeal(d, &deal); !s.ok()) return s;
    deals->push_back(std::move(deal));
  }
  return Status();
}

Status ReadClaimsFile(const std::string& path, ClaimsByDoc* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status(ErrorCode::kNotFound, "cannot open claims file", path);
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    std::string doc;
    std::vector<Deal> deals;
    if (Status s = ParseClaimsLine(line, &doc, &deals); !s.ok()) return s.At(path + ":" + std::to_string(n));
    auto& slot = (*out)[doc];
    slot.insert(slot.end(), std::make_move_iterator(deals.begin()), std::make_move_iterator(deals.end()));
  }
  return Status();
}

}  // namespace dealgraph
