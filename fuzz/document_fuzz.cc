// libFuzzer target for the document readers: text, HTML, JSON Lines and feeds.
//
// The first input byte picks the format (and a small depth limit now and then);
// the rest is the file. Every delivered document must have valid UTF-8 text
// within the limits, and every error must say where it happened.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "dealgraph/document.h"
#include "document/input_check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace dealgraph;
  if (size == 0) return 0;
  static constexpr InputFormat kFormats[] = {InputFormat::kAuto, InputFormat::kText, InputFormat::kHtml,
                                             InputFormat::kJsonl, InputFormat::kFeed};
  static constexpr const char* kNames[] = {"in.txt", "in.html", "in.jsonl", "in.rss", "in"};
  uint8_t selector = data[0];
  std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  ReadLimits limits;
  limits.max_document_bytes = 1 << 20;
  if (selector & 0x80) limits.max_html_depth = 8;
  auto check = [&](Document&& doc) {
    if (doc.text.empty() || doc.text.size() > limits.max_document_bytes) std::abort();
    if (document_internal::FindInvalidUtf8(doc.text) != std::string_view::npos) std::abort();
    if (doc.id.empty()) std::abort();
  };
  auto on_error = [](const Status& s) {
    if (s.ok() || s.where().empty()) std::abort();
  };
  Status status = ReadDocumentsFromBuffer(bytes, kNames[(selector >> 3) % 5], kFormats[selector % 5], limits,
                                          check, on_error);
  if (!status.ok() && status.where().empty()) std::abort();
  return 0;
}
