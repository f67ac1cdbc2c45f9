// Fast scan of one JSON Lines record: the string fields of a flat article
// object, without building a JSON tree. Lines it does not handle go to the
// full JSON parser, which then also words any error.
#ifndef DEALGRAPH_DOCUMENT_JSONL_READER_SCAN_H_
#define DEALGRAPH_DOCUMENT_JSONL_READER_SCAN_H_

#include <string>
#include <string_view>

namespace dealgraph::document_internal {

// The fields of an article record. A field is "present" when its key is in
// the object with a value that is not null.
struct ArticleFields {
  std::string id, text, html, title, url, published, outlet;
  bool has_id = false;
  bool has_text = false;
  bool has_html = false;
  // Empties every field, keeping the strings' capacity for the next line.
  void Clear();
};

// Reads `line` as one JSON object into `*out`. Returns true when the line is a
// valid JSON object whose values are all strings or null and whose keys of
// interest ("id", "text", "html", "title", "url", "published", "outlet") occur
// at most once; `*out` then holds exactly what a full JSON parse would give.
// Returns false for anything else (numbers, arrays, invalid JSON, ...): the
// caller must then parse the line with the full parser; `*out` is unspecified.
// `line` must be valid UTF-8. Thread-safe.
bool ScanArticleLine(std::string_view line, ArticleFields* out);

}  // namespace dealgraph::document_internal

#endif  // DEALGRAPH_DOCUMENT_JSONL_READER_SCAN_H_
