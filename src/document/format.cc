// Input format names and the kAuto choice: content sniffing, then extensions.
#include <string>

#include "document/readers.h"
#include "document/text_util.h"

namespace dealgraph {

bool ParseInputFormat(std::string_view name, InputFormat* out) {
  struct Entry {
    std::string_view name;
    InputFormat format;
  };
  static constexpr Entry kFormats[] = {{"auto", InputFormat::kAuto},
                                       {"text", InputFormat::kText},
                                       {"html", InputFormat::kHtml},
                                       {"jsonl", InputFormat::kJsonl},
                                       {"feed", InputFormat::kFeed}};
  for (const Entry& e : kFormats) {
    if (e.name == name) {
      *out = e.format;
      return true;
    }
  }
  return false;
}

InputFormat SniffInputFormat(std::string_view bytes, std::string_view name) {
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
  return document_internal::DetectFormat(bytes, name);
}

namespace document_internal {
namespace {

// Skips whitespace, the XML declaration, processing instructions, comments
// and a DOCTYPE; returns what follows.
std::string_view SkipXmlProlog(std::string_view s) {
  for (;;) {
    size_t i = 0;
    while (i < s.size() && IsAsciiSpace(s[i])) ++i;
    s.remove_prefix(i);
    std::string_view close;
    if (s.starts_with("<?")) {
      close = "?>";
    } else if (s.starts_with("<!--")) {
      close = "-->";
    } else if (s.starts_with("<!")) {
      close = ">";
    } else {
      return s;
    }
    size_t end = s.find(close, 2);
    if (end == std::string_view::npos) return {};
    s.remove_prefix(end + close.size());
  }
}

bool StartsWithTag(std::string_view s, std::string_view tag) {
  if (!s.starts_with(tag)) return false;
  if (s.size() == tag.size()) return true;
  char c = s[tag.size()];
  return IsAsciiSpace(c) || c == '>' || c == '/';
}

}  // namespace

InputFormat DetectFormat(std::string_view body, std::string_view name) {
  std::string_view start = SkipXmlProlog(body);
  if (StartsWithTag(start, "<rss") || StartsWithTag(start, "<feed") || StartsWithTag(start, "<rdf:RDF")) {
    return InputFormat::kFeed;
  }
  std::string ext = FileExtension(name);
  if (ext == ".html" || ext == ".htm" || ext == ".xhtml") return InputFormat::kHtml;
  if (ext == ".jsonl" || ext == ".ndjson") return InputFormat::kJsonl;
  if (ext == ".xml" || ext == ".rss" || ext == ".atom") return InputFormat::kFeed;
  std::string_view trimmed = TrimSpace(body);
  if (trimmed.starts_with('<') && ContainsIgnoreCase(body, "<html")) return InputFormat::kHtml;
  return InputFormat::kText;
}

}  // namespace document_internal
}  // namespace dealgraph
