// POST /api/ingest: a request body (plain text, HTML, JSON Lines or a feed) read
// into documents, run through the extractor and added to the ledger.
#include <fmt/format.h>

#include "query/query_json.h"
#include "server/api.h"

namespace dealgraph::server {
namespace {

// The input format named by ?format= or else by the Content-Type (its media type, any case).
Result<InputFormat> FormatOf(const std::string& format_param, std::string_view content_type) {
  if (!format_param.empty()) {
    InputFormat f;
    if (!ParseInputFormat(format_param, &f) || f == InputFormat::kAuto) {
      return Status(ErrorCode::kInvalidArgument, "parameter 'format' must be text, html, jsonl or feed");
    }
    return f;
  }
  std::string type(content_type.substr(0, content_type.find(';')));
  for (char& c : type) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  while (!type.empty() && type.back() == ' ') type.pop_back();
  if (type == "text/plain") return InputFormat::kText;
  if (type == "text/html" || type == "application/xhtml+xml") return InputFormat::kHtml;
  if (type == "application/jsonl" || type == "application/x-ndjson" || type == "application/x-jsonlines" ||
      type == "application/json-lines" || type == "application/jsonlines") {
    return InputFormat::kJsonl;
  }
  if (type == "application/rss+xml" || type == "application/atom+xml" || type == "application/xml" ||
      type == "text/xml") {
    return InputFormat::kFeed;
  }
  return Status(ErrorCode::kUnsupported,
                fmt::format("unsupported Content-Type '{}': use text/plain, text/html, application/x-ndjson or "
                            "application/rss+xml, or ?format=text|html|jsonl|feed",
                            type.substr(0, 60)));
}

// A stable default document name for a body sent without ?id= (FNV-1a of the bytes).
std::string DefaultName(std::string_view body) {
  uint64_t h = 1469598103934665603ull;
  for (char c : body) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  return fmt::format("upload-{:016x}", h);
}

bool IsSafeName(std::string_view s) {
  if (s.empty() || s.size() > 120) return false;
  for (char c : s) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
              c == '.';
    if (!ok) return false;
  }
  return true;
}

}  // namespace

ApiResponse HandleIngest(Ledger& ledger, const Extractor& extractor, const ApiRequest& request) {
  Params params(request.params);
  if (Status s = params.Check({"format", "id", "title", "url", "published", "outlet"}); !s.ok()) {
    return StatusResponse(s);
  }
  auto format_param = params.String("format", 10);
  if (!format_param.ok()) return StatusResponse(format_param.status());
  auto format = FormatOf(*format_param, request.content_type);
  if (!format.ok()) return StatusResponse(format.status());
  auto id = params.String("id", 120);
  if (!id.ok()) return StatusResponse(id.status());
  if (!id->empty() && !IsSafeName(*id)) {
    return ErrorResponse(400, "parameter 'id' may hold letters, digits, '-', '_' and '.' (at most 120)");
  }
  auto title = params.String("title", 500);
  auto url = params.String("url", 2000);
  auto outlet = params.String("outlet", 200);
  auto published = params.Date("published");
  for (const auto* r : {&title, &url, &outlet, &published}) {
    if (!r->ok()) return StatusResponse(r->status());
  }
  if (request.body.empty()) return ErrorResponse(400, "the request body is empty: send the article text");

  const std::string name = id->empty() ? DefaultName(request.body) : *id;
  Json docs = Json::array();
  Json errors = Json::array();
  Status fatal;
  int added = 0, unchanged = 0, claims = 0;
  Status read = ReadDocumentsFromBuffer(
      request.body, name, *format, ReadLimits{},
      [&](Document&& doc) {
        if (!fatal.ok()) return;
        if (*format == InputFormat::kText || *format == InputFormat::kHtml) {
          if (!title->empty()) doc.title = *title;
          if (!url->empty()) doc.url = *url;
          if (!outlet->empty()) doc.outlet = *outlet;
          if (!published->empty()) doc.published = *published;
        }
        doc.source = "api:" + doc.source;
        std::vector<Deal> deals = extractor.Extract(doc);
        auto result = ledger.Add(doc, deals);
        if (!result.ok()) {
          fatal = result.status();
          return;
        }
        (result->added ? added : unchanged) += 1;
        claims += result->claims;
        docs.push_back({{"id", doc.id}, {"added", result->added}, {"version", result->version},
                        {"claims", result->claims}});
      },
      [&](const Status& s) { errors.push_back(s.ToString()); });
  if (!fatal.ok()) return StatusResponse(fatal);
  if (Status s = ledger.Flush(); !s.ok()) return StatusResponse(s);
  if (!read.ok()) return StatusResponse(read);
  Json out;
  out["documents"] = std::move(docs);
  out["added"] = added;
  out["unchanged"] = unchanged;
  out["claims"] = claims;
  out["errors"] = std::move(errors);
  return JsonResponse(out);
}

}  // namespace dealgraph::server
