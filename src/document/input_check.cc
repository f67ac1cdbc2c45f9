// Input checks: byte-order marks, binary data and UTF-8 validity.
#include "document/input_check.h"

#include <cstdint>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

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
#ifdef __SSE2__
    while (i + 16 <= n) {  // sixteen ASCII bytes at a time
      __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
      if (_mm_movemask_epi8(v) != 0) break;
      i += 16;
    }
    if (i >= n) break;
#endif
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

void InputChecker::Add(std::string_view piece) {
  if (head_.size() < 4) head_.append(piece.substr(0, 4 - head_.size()));
  const size_t base = size_;
  size_ += piece.size();
  if (first_nul_ != std::string_view::npos) return;  // the verdict is made
  const auto* s = reinterpret_cast<const unsigned char*>(piece.data());
  const size_t n = piece.size();
  size_t i = 0;
  while (i < n) {
#ifdef __SSE2__
    // Sixteen bytes without a control byte at a time (unsigned: bytes >= 0x80,
    // which the loop below leaves alone, stay on this path; UTF-8 is checked
    // apart).
    while (i + 16 <= n) {
      __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
      __m128i control = _mm_cmpeq_epi8(_mm_min_epu8(v, _mm_set1_epi8(0x1F)), v);  // v <= 0x1F
      __m128i odd = _mm_or_si128(control, _mm_cmpeq_epi8(v, _mm_set1_epi8(0x7F)));
      if (_mm_movemask_epi8(odd) != 0) break;
      i += 16;
    }
    if (i >= n) break;
#endif
    unsigned char c = s[i];
    if (c == 0) {
      first_nul_ = base + i;
      return;
    }
    if ((c < 0x20 && !IsTextControl(c)) || c == 0x7F) ++controls_;
    ++i;
  }
  if (first_invalid_ != std::string_view::npos) return;
  if (carry_.empty()) {
    carry_offset_ = base;
    CheckUtf8(piece, false);
  } else {
    std::string joined = carry_ + std::string(piece);
    CheckUtf8(joined, false);
  }
}

// Checks `bytes` (starting at carry_offset_); unless `last`, keeps a possibly
// unfinished sequence at the end in carry_ for the next piece.
void InputChecker::CheckUtf8(std::string_view bytes, bool last) {
  size_t cut = bytes.size();
  for (size_t k = 1; !last && k <= 3 && k <= bytes.size(); ++k) {
    unsigned char c = bytes[bytes.size() - k];
    if (c >= 0xC0) {
      cut = bytes.size() - k;
      break;
    }
    if (c < 0x80) break;
  }
  size_t bad = FindInvalidUtf8(bytes.substr(0, cut));
  if (bad != std::string_view::npos) {
    first_invalid_ = carry_offset_ + bad;
    carry_.clear();
    return;
  }
  std::string rest(bytes.substr(cut));
  carry_ = std::move(rest);
  carry_offset_ += cut;
}

Status InputChecker::Finish(const std::string& where, size_t* bom_bytes) {
  if (size_ == 0) return Status(ErrorCode::kEmptyInput, "the input is empty", where);
  auto starts = [&](std::string_view prefix) { return std::string_view(head_).substr(0, prefix.size()) == prefix; };
  using namespace std::string_view_literals;
  if (starts("\xFF\xFE\x00\x00"sv) || starts("\x00\x00\xFE\xFF"sv)) {
    return Status(ErrorCode::kInvalidUtf8, "UTF-32 text (BOM) is not supported; convert to UTF-8", where);
  }
  if (starts("\xFF\xFE"sv) || starts("\xFE\xFF"sv)) {
    return Status(ErrorCode::kInvalidUtf8, "UTF-16 text (BOM) is not supported; convert to UTF-8", where);
  }
  if (first_nul_ != std::string_view::npos) {
    return Status(ErrorCode::kBinaryInput,
                  "NUL byte at byte " + std::to_string(first_nul_) + ": this looks like binary data, not text", where);
  }
  if (controls_ > 0 && controls_ * 50 > size_) {
    return Status(ErrorCode::kBinaryInput,
                  std::to_string(controls_) + " of " + std::to_string(size_) +
                      " bytes are control codes: this looks like binary data, not text",
                  where);
  }
  if (first_invalid_ == std::string_view::npos && !carry_.empty()) {
    std::string rest = std::move(carry_);
    CheckUtf8(rest, true);
  }
  if (first_invalid_ != std::string_view::npos) {
    return Status(ErrorCode::kInvalidUtf8,
                  "invalid UTF-8 at byte " + std::to_string(first_invalid_) + "; convert the file to UTF-8", where);
  }
  *bom_bytes = starts("\xEF\xBB\xBF"sv) ? 3 : 0;
  if (size_ == *bom_bytes) return Status(ErrorCode::kEmptyInput, "the input holds only a byte-order mark", where);
  return Status::Ok();
}

Status CheckInputBytes(std::string_view bytes, const std::string& where, std::string_view* body) {
  InputChecker checker;
  checker.Add(bytes);
  size_t bom = 0;
  if (Status s = checker.Finish(where, &bom); !s.ok()) return s;
  *body = bytes.substr(bom);
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
