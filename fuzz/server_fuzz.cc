// libFuzzer target for the HTTP API's request handling: parameter checking
// (src/server/params.cc) and the dispatch of src/server/api.cc to every read
// endpoint, over a small in-memory ledger.
//
// Input: the first byte picks the method and an endpoint prefix; the rest,
// split at newlines, is a path suffix and then "name=value" parameters (bytes
// as an HTTP library would deliver them after URL decoding). Every answer must
// be a status the API documents (never 500: the ledger is healthy) with a JSON
// body, and an error body must hold an "error" string.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "dealgraph/ledger.h"
#include "server/api.h"

namespace {

using namespace dealgraph;

Deal MakeDeal(DealType type, std::vector<std::string> from, std::vector<std::string> to, double amount,
              DealStatus status, Asset asset = Asset::kNone) {
  Deal d;
  d.type = type;
  d.asset = asset;
  d.from = std::move(from);
  d.to = std::move(to);
  if (amount > 0) d.amount = Amount{amount, "USD", Qualifier::kExact, std::nullopt};
  d.status = status;
  d.evidence = {0, 10, "0123456789"};
  return d;
}

// A ledger with units, a cycle, every type and status, and a deal without an amount.
Ledger& TheLedger() {
  static const std::unique_ptr<Ledger> ledger = [] {
    auto opened = Ledger::Open(":memory:");
    if (!opened.ok()) std::abort();
    std::unique_ptr<Ledger> l = std::move(opened).value();
    struct Doc {
      const char* id;
      const char* date;
      std::vector<Deal> deals;
    } docs[] = {
        {"d1", "2025-01-10",
         {MakeDeal(DealType::kInvestment, {"Microsoft"}, {"OpenAI"}, 1e10, DealStatus::kCompleted),
          MakeDeal(DealType::kPurchase, {"OpenAI"}, {"Azure"}, 2.5e11, DealStatus::kAnnounced, Asset::kCloud)}},
        {"d2", "2025-03-02",
         {MakeDeal(DealType::kInvestment, {"Amazon", "Google"}, {"Anthropic"}, 4e9, DealStatus::kTalks),
          MakeDeal(DealType::kPurchase, {"Anthropic"}, {"AWS"}, 0, DealStatus::kPlanned, Asset::kChips)}},
        {"d3", "2025-10",
         {MakeDeal(DealType::kAcquisition, {"NVIDIA"}, {"Run:ai"}, 7e8, DealStatus::kCancelled),
          MakeDeal(DealType::kPartnership, {"Oracle"}, {"OpenAI"}, 0, DealStatus::kAnnounced)}},
        {"d4", "", {MakeDeal(DealType::kInvestment, {"Microsoft"}, {"OpenAI"}, 1.3e10, DealStatus::kCompleted)}},
    };
    for (const Doc& d : docs) {
      Document doc;
      doc.id = d.id;
      doc.text = std::string("0123456789 text of ") + d.id;
      doc.published = d.date;
      doc.source = std::string("/news/") + d.id + ".txt";
      if (!l->Add(doc, d.deals).ok()) std::abort();
    }
    if (!l->Flush().ok()) std::abort();
    return l;
  }();
  return *ledger;
}

server::Api& TheApi() {
  static server::Api api(TheLedger(), server::ApiOptions{});  // no token: ingest is refused
  return api;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0 || size > 4096) return 0;
  static constexpr const char* kMethods[] = {"GET", "GET", "GET", "GET", "HEAD", "POST", "DELETE", "PUT"};
  static constexpr const char* kPrefixes[] = {"/api/deals",  "/api/deals/", "/api/orgs/", "/api/flows",
                                              "/api/cycles", "/api/search", "/api/stats", "/api/graph",
                                              "/api/ingest", "/api/",       "/",          ""};
  uint8_t selector = data[0];
  std::string_view rest(reinterpret_cast<const char*>(data) + 1, size - 1);
  server::ApiRequest request;
  request.method = kMethods[selector & 7];
  request.path = kPrefixes[(selector >> 3) % 12];
  size_t nl = rest.find('\n');
  request.path += std::string(rest.substr(0, nl));
  while (nl != std::string_view::npos) {
    rest.remove_prefix(nl + 1);
    nl = rest.find('\n');
    std::string_view item = rest.substr(0, nl);
    size_t eq = item.find('=');
    request.params.emplace_back(std::string(item.substr(0, eq)),
                                eq == std::string_view::npos ? "" : std::string(item.substr(eq + 1)));
  }
  server::ApiResponse response = TheApi().Handle(request);
  switch (response.status) {
    case 200:
    case 400:
    case 403:
    case 404:
    case 405:
      break;
    default:
      std::abort();  // 500 on a healthy ledger, or a status the API does not document
  }
  nlohmann::json body = nlohmann::json::parse(response.body, nullptr, /*allow_exceptions=*/false);
  if (body.is_discarded()) std::abort();
  if (response.status != 200 && !(body.is_object() && body.contains("error") && body["error"].is_string())) {
    std::abort();
  }
  return 0;
}
