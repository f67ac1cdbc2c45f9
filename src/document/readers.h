// The per-format readers behind ReadDocuments, and what they share.
#ifndef DEALGRAPH_DOCUMENT_READERS_H_
#define DEALGRAPH_DOCUMENT_READERS_H_

#include <cstdio>
#include <functional>
#include <string>
#include <string_view>

#include "dealgraph/document.h"
#include "dealgraph/status.h"

namespace dealgraph::document_internal {

// Everything a reader needs besides the bytes. Not owning; lives for one call.
struct ReadContext {
  std::string where;      // the path for messages ("stdin" for "-")
  std::string stem;       // the file name without folders and last extension: base of ids
  std::string source;     // Document::source
  std::string file_date;  // the file's mtime as "YYYY-MM-DD"; empty for buffers and stdin
  const ReadLimits* limits = nullptr;
  const std::function<void(Document&&)>* on_document = nullptr;
  const std::function<void(const Status&)>* on_error = nullptr;
};

// Each reader takes bytes that passed CheckInputBytes (valid UTF-8, no BOM).
// A non-ok Status means nothing was delivered; record errors go to on_error.

// The whole input is one document (CR LF becomes LF).
Status ReadText(std::string_view body, const ReadContext& ctx);
// One document: the page's main text and metadata (see html_text.h).
Status ReadHtml(std::string_view body, const ReadContext& ctx);
// One document per non-empty line.
Status ReadJsonl(std::string_view body, const ReadContext& ctx);
// The same for the first `size` bytes of an open file that passed the input
// checks (InputChecker), read in 1 MiB blocks: memory stays bounded by the
// block and the longest line kept (ReadLimits::max_document_bytes).
Status StreamJsonl(std::FILE* file, size_t size, const ReadContext& ctx);
// One document per RSS item or Atom entry.
Status ReadFeed(std::string_view body, const ReadContext& ctx);

// Picks a concrete format for kAuto from the content and the file name.
InputFormat DetectFormat(std::string_view body, std::string_view name);

}  // namespace dealgraph::document_internal

#endif  // DEALGRAPH_DOCUMENT_READERS_H_
