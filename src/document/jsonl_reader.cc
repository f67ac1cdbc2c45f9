// JSON Lines reader: one article object per line; a bad line is reported and skipped.
#include <nlohmann/json.hpp>

#include "document/dates.h"
#include "document/html_text.h"
#include "document/input_check.h"
#include "document/readers.h"
#include "document/text_util.h"

namespace dealgraph::document_internal {
namespace {

using nlohmann::json;

// Reads optional string field `key` into `*out`; null counts as absent.
Status OptionalString(const json& obj, const char* key, std::string* out) {
  auto it = obj.find(key);
  if (it == obj.end() || it->is_null()) return Status::Ok();
  if (!it->is_string()) {
    return Status(ErrorCode::kSchemaError,
                  std::string("field \"") + key + "\" must be a string, not " + it->type_name());
  }
  *out = it->get<std::string>();
  return Status::Ok();
}

// Builds the document of one parsed line; `line_no` is 1-based.
Result<Document> DocumentFromLine(std::string_view line, size_t line_no, const ReadContext& ctx) {
  json obj;
  try {
    obj = json::parse(line);
  } catch (const json::exception& e) {
    return Status(ErrorCode::kParseError, std::string("invalid JSON: ") + e.what());
  }
  if (!obj.is_object()) {
    return Status(ErrorCode::kSchemaError, std::string("expected a JSON object, got ") + obj.type_name());
  }
  Document doc;
  auto id = obj.find("id");
  if (id != obj.end() && !id->is_null()) {
    if (id->is_string()) {
      doc.id = id->get<std::string>();
    } else if (id->is_number()) {
      doc.id = id->dump();
    } else {
      return Status(ErrorCode::kSchemaError,
                    std::string("field \"id\" must be a string or a number, not ") + id->type_name());
    }
  }
  if (doc.id.empty()) doc.id = ctx.stem + "-" + std::to_string(line_no);
  std::string text, html, published;
  const std::pair<const char*, std::string*> fields[] = {{"text", &text},   {"html", &html},
                                                        {"title", &doc.title}, {"url", &doc.url},
                                                        {"published", &published}, {"outlet", &doc.outlet}};
  for (const auto& [key, field] : fields) {
    if (Status s = OptionalString(obj, key, field); !s.ok()) return s;
  }
  bool has_text = obj.contains("text") && !obj["text"].is_null();
  if (!has_text && obj.contains("html") && !obj["html"].is_null()) {
    Result<HtmlArticle> article = ExtractHtml(html, *ctx.limits, HtmlMode::kPage);
    if (!article.ok()) return article.status();
    text = std::move(article->text);
    if (doc.title.empty()) doc.title = std::move(article->title);
    if (doc.url.empty()) doc.url = std::move(article->url);
    if (doc.outlet.empty()) doc.outlet = std::move(article->outlet);
    if (published.empty()) published = std::move(article->published);
    if (text.empty()) return Status(ErrorCode::kEmptyInput, "field \"html\" has no text");
  } else if (!has_text) {
    return Status(ErrorCode::kSchemaError, "field \"text\" is missing");
  }
  if (TrimSpace(text).empty()) return Status(ErrorCode::kEmptyInput, "field \"text\" is empty");
  doc.text = NormalizeNewlines(text);
  if (doc.text.size() > ctx.limits->max_document_bytes) {
    return Status(ErrorCode::kTooLarge, "the text is " + std::to_string(doc.text.size()) +
                                            " bytes; the limit is " +
                                            std::to_string(ctx.limits->max_document_bytes));
  }
  doc.published = NormalizeDate(published);
  doc.source = ctx.source;
  return doc;
}

}  // namespace

Status ReadJsonl(std::string_view body, const ReadContext& ctx) {
  size_t line_no = 0;
  size_t pos = 0;
  while (pos < body.size()) {
    size_t end = body.find('\n', pos);
    if (end == std::string_view::npos) end = body.size();
    std::string_view line = body.substr(pos, end - pos);
    pos = end + 1;
    ++line_no;
    if (TrimSpace(line).empty()) continue;
    std::string where = ctx.where + ":" + std::to_string(line_no);
    std::string prefix = "line " + std::to_string(line_no) + ": ";
    if (line.size() > ctx.limits->max_document_bytes) {
      (*ctx.on_error)(Status(ErrorCode::kTooLarge,
                             prefix + "the line is " + std::to_string(line.size()) + " bytes; the limit is " +
                                 std::to_string(ctx.limits->max_document_bytes),
                             where));
      continue;
    }
    Result<Document> doc = DocumentFromLine(line, line_no, ctx);
    if (!doc.ok()) {
      (*ctx.on_error)(Status(doc.status().code(), prefix + doc.status().message(), where));
      continue;
    }
    (*ctx.on_document)(std::move(doc).value());
  }
  return Status::Ok();
}

}  // namespace dealgraph::document_internal
