// JSON Lines reader: one article object per line; a bad line is reported and
// skipped. Files are read as a stream in blocks, so memory does not grow with
// the file. Flat lines take a fast scan; others the full JSON parser.
#include <nlohmann/json.hpp>

#include <cerrno>
#include <cstring>
#include <memory>
#include <tuple>
#include <vector>

#include "document/dates.h"
#include "document/html_text.h"
#include "document/input_check.h"
#include "document/jsonl_reader_scan.h"
#include "document/readers.h"
#include "document/text_util.h"

namespace dealgraph::document_internal {
namespace {

using nlohmann::json;

// Reads optional string field `key` into `*out`; null counts as absent.
Status OptionalString(const json& obj, const char* key, std::string* out, bool* present) {
  auto it = obj.find(key);
  if (it == obj.end() || it->is_null()) return Status::Ok();
  if (!it->is_string()) {
    return Status(ErrorCode::kSchemaError,
                  std::string("field \"") + key + "\" must be a string, not " + it->type_name());
  }
  *out = it->get<std::string>();
  if (present) *present = true;
  return Status::Ok();
}

// The article fields of a line through the full JSON parser (any valid JSON;
// errors name what is wrong).
Status FieldsFromJson(std::string_view line, ArticleFields* f) {
  f->Clear();
  json obj;
  try {
    obj = json::parse(line);
  } catch (const json::exception& e) {
    return Status(ErrorCode::kParseError, std::string("invalid JSON: ") + e.what());
  }
  if (!obj.is_object()) {
    return Status(ErrorCode::kSchemaError, std::string("expected a JSON object, got ") + obj.type_name());
  }
  auto id = obj.find("id");
  if (id != obj.end() && !id->is_null()) {
    if (id->is_string()) {
      f->id = id->get<std::string>();
    } else if (id->is_number()) {
      f->id = id->dump();
    } else {
      return Status(ErrorCode::kSchemaError,
                    std::string("field \"id\" must be a string or a number, not ") + id->type_name());
    }
    f->has_id = true;
  }
  const std::tuple<const char*, std::string*, bool*> fields[] = {
      {"text", &f->text, &f->has_text}, {"html", &f->html, &f->has_html},  {"title", &f->title, nullptr},
      {"url", &f->url, nullptr},        {"published", &f->published, nullptr}, {"outlet", &f->outlet, nullptr}};
  for (const auto& [key, field, present] : fields) {
    if (Status s = OptionalString(obj, key, field, present); !s.ok()) return s;
  }
  return Status::Ok();
}

// Builds the document of one line's fields; `line_no` is 1-based.
Result<Document> DocumentFromFields(ArticleFields& f, size_t line_no, const ReadContext& ctx) {
  Document doc;
  doc.id = std::move(f.id);
  if (doc.id.empty()) doc.id = ctx.stem + "-" + std::to_string(line_no);
  doc.title = std::move(f.title);
  doc.url = std::move(f.url);
  doc.outlet = std::move(f.outlet);
  std::string text = std::move(f.text), published = std::move(f.published);
  if (!f.has_text && f.has_html) {
    Result<HtmlArticle> article = ExtractHtml(f.html, *ctx.limits, HtmlMode::kPage);
    if (!article.ok()) return article.status();
    text = std::move(article->text);
    if (doc.title.empty()) doc.title = std::move(article->title);
    if (doc.url.empty()) doc.url = std::move(article->url);
    if (doc.outlet.empty()) doc.outlet = std::move(article->outlet);
    if (published.empty()) published = std::move(article->published);
    if (text.empty()) return Status(ErrorCode::kEmptyInput, "field \"html\" has no text");
  } else if (!f.has_text) {
    return Status(ErrorCode::kSchemaError, "field \"text\" is missing");
  }
  if (TrimSpace(text).empty()) return Status(ErrorCode::kEmptyInput, "field \"text\" is empty");
  if (text.find('\r') == std::string::npos) {
    doc.text = std::move(text);
  } else {
    doc.text = NormalizeNewlines(text);
  }
  if (doc.text.size() > ctx.limits->max_document_bytes) {
    return Status(ErrorCode::kTooLarge, "the text is " + std::to_string(doc.text.size()) +
                                            " bytes; the limit is " +
                                            std::to_string(ctx.limits->max_document_bytes));
  }
  doc.published = NormalizeDate(published);
  doc.source = ctx.source;
  return doc;
}

// Turns lines into documents (or errors), in order.
class LineReader {
 public:
  explicit LineReader(const ReadContext& ctx) : ctx_(ctx) {}

  // Line `line_no` (1-based, without its '\n'); `size` is its length in bytes,
  // which may exceed line.size() when a too-long line was not kept whole.
  void Line(std::string_view line, size_t line_no, size_t size) {
    if ((line.size() == size || size <= ctx_.limits->max_document_bytes) && TrimSpace(line).empty()) return;
    if (size > ctx_.limits->max_document_bytes) {
      Report(Status(ErrorCode::kTooLarge,
                    "the line is " + std::to_string(size) + " bytes; the limit is " +
                        std::to_string(ctx_.limits->max_document_bytes)),
             line_no);
      return;
    }
    if (!ScanArticleLine(line, &fields_)) {
      if (Status s = FieldsFromJson(line, &fields_); !s.ok()) {
        Report(s, line_no);
        return;
      }
    }
    Result<Document> doc = DocumentFromFields(fields_, line_no, ctx_);
    if (!doc.ok()) {
      Report(doc.status(), line_no);
      return;
    }
    (*ctx_.on_document)(std::move(doc).value());
  }

 private:
  void Report(const Status& s, size_t line_no) {
    (*ctx_.on_error)(Status(s.code(), "line " + std::to_string(line_no) + ": " + s.message(),
                            ctx_.where + ":" + std::to_string(line_no)));
  }

  const ReadContext& ctx_;
  ArticleFields fields_;
};

}  // namespace

Status ReadJsonl(std::string_view body, const ReadContext& ctx) {
  LineReader reader(ctx);
  size_t line_no = 0;
  size_t pos = 0;
  while (pos < body.size()) {
    size_t end = body.find('\n', pos);
    if (end == std::string_view::npos) end = body.size();
    std::string_view line = body.substr(pos, end - pos);
    pos = end + 1;
    reader.Line(line, ++line_no, line.size());
  }
  return Status::Ok();
}

Status StreamJsonl(std::FILE* file, size_t size, const ReadContext& ctx) {
  LineReader reader(ctx);
  constexpr size_t kBlock = size_t{1} << 20;
  auto block = std::make_unique_for_overwrite<char[]>(kBlock);  // not zeroed: fread fills it
  std::string partial;       // the start of a line that continues in the next block
  size_t partial_size = 0;   // its whole length so far (partial stops growing past the limit)
  size_t line_no = 0;
  size_t left = size;
  bool first = true;
  const size_t limit = ctx.limits->max_document_bytes;
  auto add_partial = [&](std::string_view piece) {
    if (partial_size + piece.size() <= limit) {
      partial.append(piece);
    } else if (!partial.empty()) {
      std::string().swap(partial);  // too long: only its length is kept
    }
    partial_size += piece.size();
  };
  while (left > 0) {
    size_t n = std::fread(block.get(), 1, std::min(kBlock, left), file);
    if (n == 0) {
      if (std::ferror(file)) return Status(ErrorCode::kIoError, std::strerror(errno), ctx.where);
      break;  // the file shrank since it was checked
    }
    left -= n;
    std::string_view data(block.get(), n);
    if (first && data.starts_with("\xEF\xBB\xBF")) data.remove_prefix(3);
    first = false;
    size_t pos = 0;
    while (pos < data.size()) {
      size_t end = data.find('\n', pos);
      if (end == std::string_view::npos) {
        add_partial(data.substr(pos));
        break;
      }
      std::string_view piece = data.substr(pos, end - pos);
      pos = end + 1;
      if (partial_size == 0) {
        reader.Line(piece, ++line_no, piece.size());
      } else {
        add_partial(piece);
        reader.Line(partial, ++line_no, partial_size);
        partial.clear();
        partial_size = 0;
      }
    }
  }
  if (partial_size > 0) reader.Line(partial, ++line_no, partial_size);
  return Status::Ok();
}

}  // namespace dealgraph::document_internal
