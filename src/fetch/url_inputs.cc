// UrlInputs: conditional fetches, the readers on the fetched bytes, item links
// followed, and the state saved once the documents are stored.
#include "fetch/url_inputs.h"

#include <ctime>
#include <optional>

#include "document/dates.h"
#include "fetch/charset.h"
#include "fetch/url.h"
#include "ledger/content_hash.h"

namespace dealgraph::fetch {
namespace {

bool Contains(const std::string& hay, std::string_view needle) { return hay.find(needle) != std::string::npos; }

// The reader for a fetched body (as UTF-8): the content decides, then the media type.
InputFormat FormatOf(const HttpResponse& r, std::string_view utf8) {
  InputFormat f = SniffInputFormat(utf8, r.final_url);
  if (f == InputFormat::kText && Contains(r.content_type, "html")) return InputFormat::kHtml;
  return f;
}

// A page's date when it gives none: the server's Last-Modified, marked as a
// file time (it is not a report date), never the time of the fetch.
void DateFromServerIfUnknown(const HttpResponse& r, Document* doc) {
  if (!doc->published.empty() || r.validators.last_modified.empty()) return;
  doc->published = document_internal::NormalizeDate(r.validators.last_modified);
  doc->published_from_file_time = !doc->published.empty();
}

}  // namespace

UrlInputs::UrlInputs(HttpClient& client, Ledger& ledger, UrlInputOptions options)
    : now([] { return static_cast<int64_t>(std::time(nullptr)); }),
      client_(client),
      ledger_(ledger),
      options_(options) {}

IngestInput UrlInputs::Input(const std::string& url) {
  return {url, [this, url](const IngestOptions& options, const std::function<void(Document&&)>& on_document,
                           const std::function<void(const Status&)>& on_error) {
            return Read(url, options, on_document, on_error);
          }};
}

Result<std::optional<SourceState>> UrlInputs::Saved(const std::string& url) {
  auto saved = ledger_.GetSourceState(url);
  if (!saved.ok()) return saved.status().At(url);
  return saved;
}

Status UrlInputs::Read(const std::string& url, const IngestOptions& options,
                       const std::function<void(Document&&)>& on_document,
                       const std::function<void(const Status&)>& on_error) {
  auto saved = Saved(url);
  if (!saved.ok()) return saved.status();
  Validators known;
  if (*saved) known = {(*saved)->etag, (*saved)->last_modified};
  auto response = client_.Get(url, known);
  if (!response.ok()) {
    ++stats_.failed;
    return response.status();
  }
  const HttpResponse& r = *response;
  SourceState state = saved->value_or(SourceState{});
  state.source = url;
  state.checked_at = now();
  state.etag = r.validators.etag;
  state.last_modified = r.validators.last_modified;
  if (r.not_modified()) {
    ++stats_.not_modified;
    pending_.push_back(std::move(state));
    return Status();
  }
  std::string hash = ContentHash(r.body);
  if (*saved && (*saved)->body_hash == hash) {
    ++stats_.unchanged;
    pending_.push_back(std::move(state));
    return Status();
  }
  state.body_hash = std::move(hash);
  state.changed_at = state.checked_at;
  auto utf8 = ToUtf8(r.body, r.content_type);
  if (!utf8.ok()) {
    ++stats_.failed;
    return utf8.status().At(url);
  }

  const InputFormat format = FormatOf(r, *utf8);
  bool link_failed = false;
  auto deliver = [&](Document&& doc) {
    if (format == InputFormat::kFeed) {
      if (!doc.url.empty()) {
        std::string resolved = ResolveUrl(r.final_url, doc.url);
        if (!resolved.empty()) doc.url = std::move(resolved);
      }
      if (options_.follow_links && IsHttpUrl(doc.url) && !FollowLink(&doc, options, on_error, &link_failed)) return;
    } else if (format != InputFormat::kJsonl) {
      doc.id = UrlDocId(url);  // a page: the same id whatever the URL's query or the page's title
      if (doc.url.empty()) doc.url = r.final_url;
      DateFromServerIfUnknown(r, &doc);
    }
    on_document(std::move(doc));
  };
  Status read = ReadDocumentsFromBuffer(*utf8, url, format, options.limits, deliver, on_error);
  if (!read.ok()) {
    ++stats_.failed;
    return read;
  }
  ++stats_.read;
  if (!link_failed) pending_.push_back(std::move(state));
  return Status();
}

bool UrlInputs::FollowLink(Document* doc, const IngestOptions& options,
                           const std::function<void(const Status&)>& on_error, bool* failed) {
  const std::string link = doc->url;
  auto keep_feed_text = [&](const Status& why) {
    ++stats_.failed;
    *failed = true;
    on_error(Status(why.code(), "item \"" + doc->id + "\": link not used, the feed's text is kept: " + why.message(),
                    why.where().empty() ? link : why.where()));
    return true;
  };
  auto saved = Saved(link);
  if (!saved.ok()) return keep_feed_text(saved.status());
  Validators known;
  if (*saved) known = {(*saved)->etag, (*saved)->last_modified};
  auto response = client_.Get(link, known);
  if (!response.ok()) return keep_feed_text(response.status());
  const HttpResponse& r = *response;
  SourceState state = saved->value_or(SourceState{});
  state.source = link;
  state.checked_at = now();
  state.etag = r.validators.etag;
  state.last_modified = r.validators.last_modified;
  std::string hash = r.not_modified() ? state.body_hash : ContentHash(r.body);
  if (r.not_modified() || (*saved && (*saved)->body_hash == hash)) {
    // Stored when it was read last time; its item has nothing new to add.
    r.not_modified() ? ++stats_.not_modified : ++stats_.unchanged;
    pending_.push_back(std::move(state));
    return false;
  }
  auto utf8 = ToUtf8(r.body, r.content_type);
  if (!utf8.ok()) return keep_feed_text(utf8.status().At(link));
  const InputFormat format = FormatOf(r, *utf8);
  std::optional<Document> page;
  std::vector<Status> problems;
  Status read = ReadDocumentsFromBuffer(
      *utf8, link, format == InputFormat::kFeed ? InputFormat::kHtml : format, options.limits,
      [&](Document&& d) {
        if (!page) page = std::move(d);
      },
      [&](const Status& s) { problems.push_back(s); });
  if (!read.ok()) return keep_feed_text(read);
  if (!page) return keep_feed_text(problems.empty() ? Status(ErrorCode::kEmptyInput, "the page has no text") : problems[0]);
  doc->text = std::move(page->text);
  if (doc->title.empty()) doc->title = std::move(page->title);
  if (doc->outlet.empty()) doc->outlet = std::move(page->outlet);
  if (doc->published.empty()) {
    doc->published = std::move(page->published);
    DateFromServerIfUnknown(r, doc);
  }
  state.body_hash = std::move(hash);
  state.changed_at = state.checked_at;
  pending_.push_back(std::move(state));
  ++stats_.links;
  return true;
}

Status UrlInputs::SaveState() {
  for (const SourceState& s : pending_) {
    if (Status e = ledger_.PutSourceState(s); !e.ok()) return e;
  }
  pending_.clear();
  return ledger_.Flush();
}

}  // namespace dealgraph::fetch
