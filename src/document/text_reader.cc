// Readers for single-document inputs: plain text files and HTML pages.
#include "document/html_text.h"
#include "document/input_check.h"
#include "document/readers.h"
#include "document/text_util.h"

namespace dealgraph::document_internal {
namespace {

Status CheckDocumentSize(const std::string& text, const ReadContext& ctx) {
  if (text.size() <= ctx.limits->max_document_bytes) return Status::Ok();
  return Status(ErrorCode::kTooLarge,
                "the document text is " + std::to_string(text.size()) + " bytes; the limit is " +
                    std::to_string(ctx.limits->max_document_bytes),
                ctx.where);
}

void UseFileDateIfUnknown(const ReadContext& ctx, Document* doc) {
  if (!doc->published.empty() || ctx.file_date.empty()) return;
  doc->published = ctx.file_date;
  doc->published_from_file_time = true;
}

}  // namespace

Status ReadText(std::string_view body, const ReadContext& ctx) {
  Document doc;
  doc.text = NormalizeNewlines(body);
  if (TrimSpace(doc.text).empty()) return Status(ErrorCode::kEmptyInput, "the input holds only whitespace", ctx.where);
  if (Status s = CheckDocumentSize(doc.text, ctx); !s.ok()) return s;
  doc.id = ctx.stem;
  doc.source = ctx.source;
  UseFileDateIfUnknown(ctx, &doc);
  (*ctx.on_document)(std::move(doc));
  return Status::Ok();
}

Status ReadHtml(std::string_view body, const ReadContext& ctx) {
  Result<HtmlArticle> article = ExtractHtml(body, *ctx.limits, HtmlMode::kPage);
  if (!article.ok()) return article.status().At(ctx.where);
  if (article->text.empty()) return Status(ErrorCode::kEmptyInput, "the HTML page has no text", ctx.where);
  if (Status s = CheckDocumentSize(article->text, ctx); !s.ok()) return s;
  Document doc;
  doc.id = ctx.stem;
  doc.text = std::move(article->text);
  doc.title = std::move(article->title);
  doc.url = std::move(article->url);
  doc.published = std::move(article->published);
  doc.outlet = std::move(article->outlet);
  doc.source = ctx.source;
  UseFileDateIfUnknown(ctx, &doc);
  (*ctx.on_document)(std::move(doc));
  return Status::Ok();
}

}  // namespace dealgraph::document_internal
