// String helpers: whitespace collapsing, file stems and safe ids for the
// readers; ASCII lower-casing for every stage.
#include "document/text_util.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace dealgraph {

void AsciiLowerInto(std::string_view text, std::string* out) {
  out->resize(text.size());
  AsciiLowerTo(text, out->data());
}

void AsciiLowerTo(std::string_view text, char* o) {
  const char* in = text.data();
  const size_t n = text.size();
  size_t i = 0;
#if defined(__SSE2__)
  // Sixteen bytes at a time: a byte gets 0x20 when it is in 'A'..'Z', that is
  // when x + (0x80 - 'A'), as a signed byte, is below -128 + 26.
  const __m128i bias = _mm_set1_epi8(static_cast<char>(0x80 - 'A'));
  const __m128i limit = _mm_set1_epi8(static_cast<char>(-128 + 26));
  const __m128i bit = _mm_set1_epi8(0x20);
  for (; i + 16 <= n; i += 16) {
    __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(in + i));
    __m128i upper = _mm_cmplt_epi8(_mm_add_epi8(x, bias), limit);
    _mm_storeu_si128(reinterpret_cast<__m128i*>(o + i), _mm_or_si128(x, _mm_and_si128(upper, bit)));
  }
#endif
  // Eight bytes at a time (the rest): a byte gets 0x20 when it is in 'A'..'Z'.
  constexpr uint64_t kOnes = 0x0101010101010101ull;
  for (; i + 8 <= n; i += 8) {
    uint64_t x;
    std::memcpy(&x, in + i, 8);
    uint64_t low7 = x & (0x7F * kOnes);
    uint64_t above_z = low7 + (0x80 - 'Z' - 1) * kOnes;  // high bit set when the low 7 bits are > 'Z'
    uint64_t from_a = low7 + (0x80 - 'A') * kOnes;       // high bit set when the low 7 bits are >= 'A'
    uint64_t upper = (from_a & ~above_z & ~x) & (0x80 * kOnes);  // ASCII and in 'A'..'Z'
    x |= upper >> 2;
    std::memcpy(o + i, &x, 8);
  }
  for (; i < n; ++i) {
    char c = in[i];
    o[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
  }
}

std::string AsciiLower(std::string_view text) {
  std::string out;
  AsciiLowerInto(text, &out);
  return out;
}

}  // namespace dealgraph

namespace dealgraph::document_internal {
namespace {

char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

}  // namespace

void AppendCollapsed(std::string_view text, std::string* out) {
  for (char c : text) {
    if (IsAsciiSpace(c)) {
      if (!out->empty() && out->back() != ' ') out->push_back(' ');
    } else {
      out->push_back(c);
    }
  }
}

std::string_view TrimSpace(std::string_view text) {
  constexpr std::string_view kNbsp = "\xC2\xA0";
  for (;;) {
    if (!text.empty() && IsAsciiSpace(text.front())) {
      text.remove_prefix(1);
    } else if (text.substr(0, 2) == kNbsp) {
      text.remove_prefix(2);
    } else {
      break;
    }
  }
  for (;;) {
    if (!text.empty() && IsAsciiSpace(text.back())) {
      text.remove_suffix(1);
    } else if (text.size() >= 2 && text.substr(text.size() - 2) == kNbsp) {
      text.remove_suffix(2);
    } else {
      break;
    }
  }
  return text;
}

std::string CollapseWhitespace(std::string_view text) {
  std::string out;
  AppendCollapsed(text, &out);
  return std::string(TrimSpace(out));
}

std::string FileStem(std::string_view path) {
  if (path == "-") return "stdin";
  size_t slash = path.find_last_of('/');
  std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  size_t dot = name.rfind('.');
  if (dot != std::string_view::npos && dot > 0) name = name.substr(0, dot);
  return std::string(name);
}

std::string FileExtension(std::string_view path) {
  size_t slash = path.find_last_of('/');
  std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  size_t dot = name.rfind('.');
  if (dot == std::string_view::npos || dot == 0) return "";
  std::string ext(name.substr(dot));
  std::transform(ext.begin(), ext.end(), ext.begin(), Lower);
  return ext;
}

std::string SafeId(std::string_view id) {
  std::string out(id);
  for (char& c : out) {
    bool keep = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' ||
                c == '_' || c == '-';
    if (!keep) c = '-';
  }
  return out;
}

bool ContainsIgnoreCase(std::string_view hay, std::string_view needle) {
  if (needle.empty()) return true;
  auto it = std::search(hay.begin(), hay.end(), needle.begin(), needle.end(),
                        [](char a, char b) { return Lower(a) == Lower(b); });
  return it != hay.end();
}

}  // namespace dealgraph::document_internal
