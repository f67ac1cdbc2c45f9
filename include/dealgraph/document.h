// Document: one news article as dealgraph reads it, and the readers that make
// documents out of files (plain text, HTML, JSON Lines, RSS/Atom feeds).
//
// Every byte offset dealgraph reports (evidence, entities) is an offset into
// Document::text, the UTF-8 text as the extractor sees it.
#ifndef DEALGRAPH_DOCUMENT_H_
#define DEALGRAPH_DOCUMENT_H_

#include <functional>
#include <string>
#include <string_view>

#include "dealgraph/status.h"

namespace dealgraph {

struct Document {
  std::string id;         // the file name without folders and extension, or the JSONL "id"
  std::string text;       // valid UTF-8; all offsets point into this
  std::string title;      // may be empty
  std::string url;        // may be empty
  std::string published;  // "YYYY-MM-DD" (or a longer ISO 8601 stamp); empty when unknown
  std::string outlet;     // publisher, e.g. "Reuters"; may be empty
  std::string source;     // path or URL the document was read from
  bool published_from_file_time = false;  // true when `published` is the file's mtime
};

enum class InputFormat {
  kAuto,   // chosen by extension, then by content (feeds are sniffed)
  kText,   // plain UTF-8 text, one document per file
  kHtml,   // an HTML page; its main text becomes the document
  kJsonl,  // one JSON object per line: id, text, optional title, url, published, outlet
  kFeed,   // RSS 2.0 or Atom: one document per item
};

// Parses "auto", "text", "html", "jsonl", "feed". Returns false on an unknown name.
bool ParseInputFormat(std::string_view name, InputFormat* out);

// The format kAuto picks for `bytes` read from `name`: a feed by its root
// element, else by the extension of `name`, else HTML or text by content.
// Never returns kAuto.
InputFormat SniffInputFormat(std::string_view bytes, std::string_view name);

// Limits applied while reading; inputs beyond them are reported as kTooLarge.
struct ReadLimits {
  size_t max_file_bytes = size_t{256} << 20;   // a whole file
  size_t max_document_bytes = size_t{64} << 20;  // one document's text
  int max_html_depth = 400;                      // deeper HTML nesting is flattened
};

// Reads `path` ("-" for standard input) and calls `on_document` for each
// document it holds, in order. Problems with a single record (a broken JSONL
// line, an item with no text) go to `on_error` with the path and line, and
// reading continues. Returns a non-ok Status when the file as a whole could
// not be read (missing, binary, invalid UTF-8, too large); then no document
// from it was delivered. Thread-compatible: no shared state.
Status ReadDocuments(const std::string& path, InputFormat format, const ReadLimits& limits,
                     const std::function<void(Document&&)>& on_document,
                     const std::function<void(const Status&)>& on_error);

// Same, for bytes already in memory; `name` is used for ids and messages.
Status ReadDocumentsFromBuffer(std::string_view bytes, const std::string& name, InputFormat format,
                               const ReadLimits& limits,
                               const std::function<void(Document&&)>& on_document,
                               const std::function<void(const Status&)>& on_error);

}  // namespace dealgraph

#endif  // DEALGRAPH_DOCUMENT_H_
