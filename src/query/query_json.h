// JSON forms of the query results, shared by `--format json`, the exports and
// the HTTP server so that all of them give the same answers.
#ifndef DEALGRAPH_QUERY_QUERY_JSON_H_
#define DEALGRAPH_QUERY_QUERY_JSON_H_

#include <nlohmann/json.hpp>
#include <vector>

#include "dealgraph/ledger.h"
#include "dealgraph/query.h"

namespace dealgraph {

using Json = nlohmann::ordered_json;

// {"id", "type", "asset", "from", "to", "from_top", "to_top", "status", "amount": {"min", "max",
// "currency"} | null, "amount_conflict", "status_conflict", "first_reported",
// "last_reported", "claims": <count>}
Json ToJson(const MergedDeal& deal);
// {"doc", "ordinal", "source", "version", "current", "outlet", "title", "url", "date",
// "type", "asset", "from", "to", "status", "amount", "aggregate",
// "attribution", "evidence": {"start", "end", "text"}}
Json ToJson(const Claim& claim);
// The merged deal's fields, then "outlets", "history" and "claims" (objects).
Json ToJson(const DealDetail& detail);
Json ToJson(const OrgProfile& profile);
Json ToJson(const Flow& flow);
Json ToJson(const Cycle& cycle);
Json ToJson(const LedgerCheck& check);

// A JSON array of ToJson(item) for each item.
template <class T>
Json ToJsonArray(const std::vector<T>& items) {
  Json out = Json::array();
  for (const T& item : items) out.push_back(ToJson(item));
  return out;
}

// One export line: ToJson(deal) with "schema_version" first, "outlets", and
// "claims" as the array of ToJson(claim).
Json ExportJson(const MergedDeal& deal, const std::vector<Claim>& claims);

// Serializes without throwing on invalid UTF-8 (replaced by U+FFFD).
std::string Dump(const Json& json, int indent = -1);

// A number as JSON: whole values as integers ("13000000000", not "1.3e10").
Json Number(double v);

}  // namespace dealgraph

#endif  // DEALGRAPH_QUERY_QUERY_JSON_H_
