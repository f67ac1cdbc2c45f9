// The JSON API of `dealgraph serve` independent of the HTTP library: a request
// (method, path, parameters, body) in, a status code and a JSON body out.
// Every answer comes from the query layer (dealgraph/query.h), as the CLI's.
#ifndef DEALGRAPH_SERVER_API_H_
#define DEALGRAPH_SERVER_API_H_

#include <memory>
#include <mutex>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "dealgraph/extractor.h"
#include "dealgraph/ledger.h"
#include "server/params.h"

namespace dealgraph::server {

struct ApiRequest {
  std::string method;  // "GET", "POST", ...
  std::string path;    // URL-decoded path, e.g. "/api/orgs/OpenAI"
  ParamList params;    // URL-decoded query parameters in order
  std::string content_type;
  std::string authorization;  // the Authorization header, "" when absent
  std::string body;
};

struct ApiResponse {
  int status = 200;
  std::string body;  // JSON
};

// A JSON error body {"error": message} with `status`.
ApiResponse ErrorResponse(int status, std::string_view message);
// The HTTP status for a failed Status (400 bad input, 404 not found, 500 ...)
// and its message as an error response.
ApiResponse StatusResponse(const Status& status);

struct ApiOptions {
  std::string token;           // empty: POST /api/ingest is refused (403)
  std::string gazetteer_path;  // for the ingest extractor; empty: built in
};

class Api {
 public:
  Api(Ledger& ledger, ApiOptions options);
  ~Api();
  Api(const Api&) = delete;
  Api& operator=(const Api&) = delete;

  // Answers one request. Thread-safe: requests take turns on the ledger.
  ApiResponse Handle(const ApiRequest& request);

 private:
  ApiResponse Route(const ApiRequest& request);
  ApiResponse Ingest(const ApiRequest& request);
  bool Authorized(std::string_view authorization) const;

  Ledger& ledger_;
  ApiOptions options_;
  std::mutex mu_;
  std::unique_ptr<Extractor> extractor_;  // created by the first ingest
};

// Handlers of the read endpoints (api_*.cc). Each checks its parameters
// (unknown or malformed ones give 400) and answers from the query layer.
ApiResponse HandleDeals(Ledger& ledger, const Params& params);                          // GET /api/deals
ApiResponse HandleDeal(Ledger& ledger, std::string_view id, const Params& params);      // GET /api/deals/{id}
ApiResponse HandleOrg(Ledger& ledger, std::string_view name, const Params& params);     // GET /api/orgs/{name}
ApiResponse HandleFlows(Ledger& ledger, const Params& params);                          // GET /api/flows
ApiResponse HandleCycles(Ledger& ledger, const Params& params);                         // GET /api/cycles
ApiResponse HandleSearch(Ledger& ledger, const Params& params);                         // GET /api/search
ApiResponse HandleStats(Ledger& ledger, const Params& params);                          // GET /api/stats
ApiResponse HandleGraph(Ledger& ledger, const Params& params);                          // GET /api/graph
// The filter parameters shared by /api/deals and /api/graph (org, type,
// status, since, until, min_amount), as the CLI's `dealgraph deals` takes them.
Result<DealFilter> DealFilterFrom(const Params& params);
// A JSON body with status 200.
ApiResponse JsonResponse(const nlohmann::ordered_json& json);

// POST /api/ingest after authorization: reads the body as documents, extracts, adds.
ApiResponse HandleIngest(Ledger& ledger, const Extractor& extractor, const ApiRequest& request);

}  // namespace dealgraph::server

#endif  // DEALGRAPH_SERVER_API_H_
