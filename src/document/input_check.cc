// Input checks: byte-order marks, binary data and UTF-8 validity.
#include "document/input_check.h"

#include <cstdint>

namespace dealgraph::document_internal {
namespace {

// Control bytes that plain text may hold.
bool IsTextControl(unsigned char c) { return c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'; }

}  // namespace

size_t FindInvalidUtf8(std::string_view bytes) {
  const auto* s = reinterpret_cast<const unsigned char*>(bytes.data());
  const size_t n = bytes.size();
  size_t i = 0;
  while (i < n) {
    unsigned char c = s[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    size_t len;
    unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
    if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      if (c == 0xE0) lo = 0xA0;  // overlong
      if (c == 0xED) hi = 0x9F;  // surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      if (c == 0xF0) lo = 0x90;  // overlong
      if (c == 0xF4) hi = 0x8F;  // above U+10FFFF
    } else {
      return i;
    }
    if (i + len > n) return i;
    if (s[i + 1] < lo || s[i + 1] > hi) return i;
    for (size_t k = 2; k < len; ++k) {
      if ((s[i + k] & 0xC0) != 0x80) return i;
    }
    i += len;
  }
  return std::string_view::npos;
}

Status CheckInputBytes(std::string_view bytes, const std::string& where, std::string_view* body) {
  if (bytes.empty()) return Status(ErrorCode::kEmptyInput, "the input is empty", where);
  auto starts = [&](std::string_view prefix) { return bytes.substr(0, prefix.size()) == prefix; };
  using namespace std::string_view_literals;
  if (starts("\xFF\xFE\x00\x00"sv) || starts("\x00\x00\xFE\xFF"sv)) {
    return Status(ErrorCode::kInvalidUtf8, "UTF-32 text (BOM) is not supported; convert to UTF-8", where);
  }
  if (starts("\xFF\xFE"sv) || starts("\xFE\xFF"sv)) {
    return Status(ErrorCode::kInvalidUtf8, "UTF-16 text (BOM) is not supported; convert to UTF-8", where);
  }
  size_t controls = 0;
  for (size_t i = 0; i < bytes.size(); ++i) {
    unsigned char c = bytes[i];
    if (c == 0) {
      return Status(ErrorCode::kBinaryInput,
                    "NUL byte at byte " + std::to_string(i) + ": this looks like binary data, not text", where);
    }
    if ((c < 0x20 && !IsTextControl(c)) || c == 0x7F) ++controls;
  }
  if (controls > 0 && controls * 50 > bytes.size()) {
    return Status(ErrorCode::kBinaryInput,
                  std::to_string(controls) + " of " + std::to_string(bytes.size()) +
                      " bytes are control codes: this looks like binary data, not text",
                  where);
  }
  size_t bad = FindInvalidUtf8(bytes);
  if (bad != std::string_view::npos) {
    return Status(ErrorCode::kInvalidUtf8,
                  "invalid UTF-8 at byte " + std::to_string(bad) + "; convert the file to UTF-8", where);
  }
  *body = starts("\xEF\xBB\xBF"sv) ? bytes.substr(3) : bytes;
  if (body->empty()) return Status(ErrorCode::kEmptyInput, "the input holds only a byte-order mark", where);
  return Status::Ok();
}

std::string NormalizeNewlines(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r') {
      out.push_back('\n');
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
    } else {
      out.push_back(text[i]);
    }
  }
  return out;
}

}  // namespace dealgraph::document_internal
