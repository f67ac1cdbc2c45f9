// EntitiesToJson with nlohmann::ordered_json, keys in the spec's order.
#include "entities/entity_json.h"

#include <cmath>
#include <cstdint>

#include <nlohmann/json.hpp>

namespace dealgraph {
namespace {

// Whole amounts as JSON integers ("13000000000", as the spec shows), others as decimals.
nlohmann::ordered_json Number(double v) {
  if (v == std::floor(v) && std::fabs(v) < 9007199254740992.0) return static_cast<int64_t>(v);
  return v;
}

// True when a money entity's qualifier words state a bound ("over", "less
// than", "up to", "at least", "between"): they belong to the amount's span, as
// in FIRE's Money spans ("over $50 billion"); approximations ("about $3
// million") stay outside it.
bool BoundWords(const Entity& e) {
  if (e.qualifier_start >= e.start) return false;
  switch (e.money.qualifier) {
    case Qualifier::kOver:
    case Qualifier::kAtLeast:
    case Qualifier::kUpTo:
    case Qualifier::kUnder:
      return true;
    case Qualifier::kExact:
    case Qualifier::kAbout:
      return false;
  }
  return false;
}

}  // namespace

std::string EntitiesToJson(std::string_view doc_id, std::string_view text, const std::vector<Entity>& entities) {
  using nlohmann::ordered_json;
  ordered_json list = ordered_json::array();
  for (const Entity& e : entities) {
    ordered_json j;
    j["type"] = EntityTypeName(e.type);
    uint32_t start = e.start;
    if (e.type == EntityType::kMoney && BoundWords(e)) start = e.qualifier_start;
    j["start"] = start;
    j["end"] = e.end;
    j["text"] = e.end <= text.size() && start <= e.end ? std::string(text.substr(start, e.end - start))
                                                         : std::string();
    switch (e.type) {
      case EntityType::kOrganization:
      case EntityType::kOutlet:
        j["canonical"] = e.canonical;
        j["parent"] = e.parent.empty() ? ordered_json(nullptr) : ordered_json(e.parent);
        break;
      case EntityType::kMoney:
        j["value"] = Number(e.money.value);
        j["currency"] = e.money.currency;
        j["qualifier"] = ToString(e.money.qualifier);
        if (e.money.max) j["max"] = Number(*e.money.max);
        break;
      case EntityType::kDate:
        j["iso"] = e.iso.empty() ? ordered_json(nullptr) : ordered_json(e.iso);
        break;
    }
    list.push_back(std::move(j));
  }
  ordered_json doc;
  doc["doc"] = std::string(doc_id);
  doc["entities"] = std::move(list);
  return doc.dump(-1, ' ', false, ordered_json::error_handler_t::replace);
}

}  // namespace dealgraph
