// Helpers shared by the fuzz targets: turning fuzz bytes into valid UTF-8 text.
#ifndef DEALGRAPH_FUZZ_FUZZ_UTIL_H_
#define DEALGRAPH_FUZZ_FUZZ_UTIL_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "document/input_check.h"

namespace dealgraph::fuzz {

// The input as text, or false when it is not valid UTF-8: the pipeline's
// contract (Document::text is valid UTF-8) is what the document readers
// guarantee, so the later stages are only fuzzed inside it.
inline bool AsUtf8(const uint8_t* data, size_t size, std::string_view* text) {
  *text = std::string_view(reinterpret_cast<const char*>(data), size);
  return document_internal::FindInvalidUtf8(*text) == std::string_view::npos;
}

}  // namespace dealgraph::fuzz

#endif  // DEALGRAPH_FUZZ_FUZZ_UTIL_H_
