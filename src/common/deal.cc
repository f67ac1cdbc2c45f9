// The deal model's names (spec sections 2-4) and its JSON Lines form (section 6).
#include "dealgraph/deal.h"

#include <cmath>
#include <nlohmann/json.hpp>

#include "common/deal_json_fast.h"

namespace dealgraph {
namespace {

template <class E, size_t N>
bool ParseName(std::string_view s, const std::string_view (&names)[N], E* out) {
  for (size_t i = 0; i < N; ++i) {
    if (names[i] == s) {
      *out = static_cast<E>(i);
      return true;
    }
  }
  return false;
}

constexpr std::string_view kTypeNames[] = {"investment", "acquisition", "purchase", "partnership"};
constexpr std::string_view kAssetNames[] = {"", "cloud", "chips", "infrastructure", "other"};
constexpr std::string_view kStatusNames[] = {"talks", "planned", "announced", "completed", "cancelled"};
constexpr std::string_view kQualifierNames[] = {"exact", "over", "at_least", "up_to", "about", "under"};

nlohmann::ordered_json AmountJson(const Amount& a) {
  nlohmann::ordered_json j;
  // Whole numbers print without a fraction ("13000000000", not "1.3e10").
  if (std::fabs(a.value) < 9.0e15 && a.value == std::floor(a.value)) {
    j["value"] = static_cast<int64_t>(a.value);
  } else {
    j["value"] = a.value;
  }
  j["currency"] = a.currency;
  j["qualifier"] = std::string(ToString(a.qualifier));
  if (a.max) {
    if (std::fabs(*a.max) < 9.0e15 && *a.max == std::floor(*a.max)) {
      j["max"] = static_cast<int64_t>(*a.max);
    } else {
      j["max"] = *a.max;
    }
  }
  return j;
}

nlohmann::ordered_json DealJsonValue(const Deal& d) {
  nlohmann::ordered_json j;
  j["type"] = std::string(ToString(d.type));
  if (d.type == DealType::kPurchase) {
    j["asset"] = std::string(ToString(d.asset == Asset::kNone ? Asset::kOther : d.asset));
  } else {
    j["asset"] = nullptr;
  }
  j["from"] = d.from;
  j["to"] = d.to;
  j["amount"] = d.amount ? AmountJson(*d.amount) : nlohmann::ordered_json(nullptr);
  j["aggregate"] = d.aggregate;
  j["status"] = std::string(ToString(d.status));
  j["attribution"] = d.attribution;
  j["evidence"] = {{"start", d.evidence.start}, {"end", d.evidence.end}, {"text", d.evidence.text}};
  return j;
}

}  // namespace

std::string_view ToString(DealType t) { return kTypeNames[static_cast<int>(t)]; }
std::string_view ToString(Asset a) { return kAssetNames[static_cast<int>(a)]; }
std::string_view ToString(DealStatus s) { return kStatusNames[static_cast<int>(s)]; }
std::string_view ToString(Qualifier q) { return kQualifierNames[static_cast<int>(q)]; }

bool ParseDealType(std::string_view s, DealType* out) { return ParseName(s, kTypeNames, out); }
bool ParseAsset(std::string_view s, Asset* out) { return ParseName(s, kAssetNames, out); }
bool ParseDealStatus(std::string_view s, DealStatus* out) { return ParseName(s, kStatusNames, out); }
bool ParseQualifier(std::string_view s, Qualifier* out) { return ParseName(s, kQualifierNames, out); }

std::string DealToJson(const Deal& deal) {
  return DealJsonValue(deal).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string DocumentDealsToJson(std::string_view doc_id, const std::vector<Deal>& deals) {
  std::string out;
  AppendDocumentDealsJson(doc_id, deals, &out);
  return out;
}

void AppendDocumentDealsJson(std::string_view doc_id, const std::vector<Deal>& deals, std::string* out) {
  const size_t start = out->size();
  if (AppendDocumentDealsJsonFast(doc_id, deals, out)) return;
  // Ill-formed UTF-8 takes the JSON library (it writes U+FFFD for bad bytes).
  out->resize(start);
  nlohmann::ordered_json j;
  j["doc"] = std::string(doc_id);
  j["deals"] = nlohmann::ordered_json::array();
  for (const Deal& d : deals) j["deals"].push_back(DealJsonValue(d));
  out->append(j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

}  // namespace dealgraph
