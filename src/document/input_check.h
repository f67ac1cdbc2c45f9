// Checks applied to every input's raw bytes before any format reader sees them.
#ifndef DEALGRAPH_DOCUMENT_INPUT_CHECK_H_
#define DEALGRAPH_DOCUMENT_INPUT_CHECK_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "dealgraph/status.h"

namespace dealgraph::document_internal {

// Offset of the first byte that does not start a well-formed UTF-8 sequence
// (overlong forms, surrogates and code points above U+10FFFF are ill-formed),
// or std::string_view::npos when all of `bytes` is valid. Thread-safe.
size_t FindInvalidUtf8(std::string_view bytes);

// Checks raw input in this order: empty (kEmptyInput), UTF-16/32 byte-order
// mark (kInvalidUtf8), NUL bytes or more than 2% control bytes other than
// \t \n \v \f \r (kBinaryInput), ill-formed UTF-8 (kInvalidUtf8, message names
// the byte offset). Every error has `where` set. On success returns ok and
// `*body` is `bytes` without a leading UTF-8 BOM (a view into `bytes`).
Status CheckInputBytes(std::string_view bytes, const std::string& where, std::string_view* body);

// CheckInputBytes for an input read in pieces (a file streamed in blocks):
// Add() each piece in order, then Finish() gives the status CheckInputBytes
// would give for the concatenation, with the same messages and offsets.
// Memory stays constant whatever the input size. Not thread-safe.
class InputChecker {
 public:
  void Add(std::string_view piece);
  // `*bom_bytes` is set to the length of a leading UTF-8 BOM (0 or 3).
  Status Finish(const std::string& where, size_t* bom_bytes);

 private:
  void CheckUtf8(std::string_view bytes, bool last);
  std::string head_;           // the first bytes (byte-order marks)
  std::string carry_;          // an unfinished UTF-8 sequence at the end of the last piece
  size_t size_ = 0;            // bytes added
  size_t carry_offset_ = 0;    // offset of carry_ in the input
  size_t first_nul_ = std::string_view::npos;
  size_t first_invalid_ = std::string_view::npos;
  size_t controls_ = 0;
};

// Replaces CR LF and lone CR with LF. Call before any offsets are handed out.
std::string NormalizeNewlines(std::string_view text);

}  // namespace dealgraph::document_internal

#endif  // DEALGRAPH_DOCUMENT_INPUT_CHECK_H_
