// Api: routing of /api/* paths to their handlers, authorization of ingest, errors as JSON.
#include "server/api.h"

#include <nlohmann/json.hpp>

#include "query/query_json.h"

namespace dealgraph::server {
namespace {

bool StartsWith(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

// Compares without an early exit, so timing does not reveal the token.
bool SameSecret(std::string_view a, std::string_view b) {
  if (a.size() != b.size() || b.empty()) return false;
  unsigned char diff = 0;
  for (size_t i = 0; i < a.size(); ++i) diff |= static_cast<unsigned char>(a[i] ^ b[i]);
  return diff == 0;
}

}  // namespace

ApiResponse ErrorResponse(int status, std::string_view message) {
  nlohmann::json j = {{"error", std::string(message)}};
  return ApiResponse{status, j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)};
}

ApiResponse StatusResponse(const Status& status) {
  int code = 500;
  switch (status.code()) {
    case ErrorCode::kInvalidArgument:
    case ErrorCode::kInvalidUtf8:
    case ErrorCode::kBinaryInput:
    case ErrorCode::kEmptyInput:
    case ErrorCode::kParseError:
    case ErrorCode::kSchemaError:
      code = 400;
      break;
    case ErrorCode::kNotFound:
      code = 404;
      break;
    case ErrorCode::kTooLarge:
      code = 413;
      break;
    case ErrorCode::kUnsupported:
      code = 415;
      break;
    default:
      code = 500;
  }
  return ErrorResponse(code, status.where().empty() ? status.message() : status.where() + ": " + status.message());
}

ApiResponse JsonResponse(const nlohmann::ordered_json& json) { return ApiResponse{200, Dump(json)}; }

Api::Api(Ledger& ledger, ApiOptions options) : ledger_(ledger), options_(std::move(options)) {}
Api::~Api() = default;

bool Api::Authorized(std::string_view authorization) const {
  constexpr std::string_view kBearer = "Bearer ";
  if (options_.token.empty() || !StartsWith(authorization, kBearer)) return false;
  return SameSecret(authorization.substr(kBearer.size()), options_.token);
}

ApiResponse Api::Handle(const ApiRequest& request) {
  if (Status s = CheckRequestText(request.path, request.params); !s.ok()) return StatusResponse(s);
  if (request.path == "/api/ingest") return Ingest(request);
  if (request.method != "GET" && request.method != "HEAD") {
    return ErrorResponse(405, "method not allowed: the API is read-only except POST /api/ingest");
  }
  std::lock_guard<std::mutex> lock(mu_);
  // One committed state for the whole answer, while `dealgraph ingest` may be
  // committing batches to the same database.
  if (Status s = ledger_.BeginRead(); !s.ok()) return StatusResponse(s);
  struct EndRead {
    Ledger& ledger;
    ~EndRead() { (void)ledger.EndRead(); }  // also when Route throws
  } end_read{ledger_};
  return Route(request);
}

ApiResponse Api::Route(const ApiRequest& request) {
  const std::string& path = request.path;
  Params params(request.params);
  constexpr std::string_view kDeal = "/api/deals/";
  constexpr std::string_view kOrg = "/api/orgs/";
  if (path == "/api/deals") return HandleDeals(ledger_, params);
  if (StartsWith(path, kDeal) && path.size() > kDeal.size()) {
    return HandleDeal(ledger_, std::string_view(path).substr(kDeal.size()), params);
  }
  if (StartsWith(path, kOrg) && path.size() > kOrg.size()) {
    return HandleOrg(ledger_, std::string_view(path).substr(kOrg.size()), params);
  }
  if (path == "/api/flows") return HandleFlows(ledger_, params);
  if (path == "/api/cycles") return HandleCycles(ledger_, params);
  if (path == "/api/search") return HandleSearch(ledger_, params);
  if (path == "/api/stats") return HandleStats(ledger_, params);
  if (path == "/api/graph") return HandleGraph(ledger_, params);
  return ErrorResponse(404, "no such endpoint (see docs/api.md)");
}

ApiResponse Api::Ingest(const ApiRequest& request) {
  if (request.method != "POST") return ErrorResponse(405, "use POST for /api/ingest");
  if (options_.token.empty()) {
    return ErrorResponse(403, "ingest is disabled: the server was started without --token");
  }
  if (!Authorized(request.authorization)) {
    return ErrorResponse(403, "ingest needs the header 'Authorization: Bearer <token>' with the server's token");
  }
  std::lock_guard<std::mutex> lock(mu_);
  if (extractor_ == nullptr) {
    ExtractorOptions eo;
    eo.gazetteer_path = options_.gazetteer_path;
    auto created = Extractor::Create(eo);
    if (!created.ok()) return StatusResponse(created.status());
    extractor_ = std::move(created).value();
  }
  return HandleIngest(ledger_, *extractor_, request);
}

}  // namespace dealgraph::server
