// Deals as JSON written with plain appends into one buffer: no JSON tree, no
// per-deal strings. The escaping and numbers follow nlohmann::json's dump exactly.
#include "common/deal_json_fast.h"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <nlohmann/json.hpp>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace dealgraph {
namespace {

// Length of the well-formed UTF-8 sequence at s[i], or 0 when ill-formed.
size_t Utf8SequenceLength(const unsigned char* s, size_t i, size_t n) {
  unsigned char c = s[i];
  size_t len;
  unsigned char lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) {
    len = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    len = 3;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    len = 4;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    return 0;
  }
  if (i + len > n || s[i + 1] < lo || s[i + 1] > hi) return 0;
  for (size_t k = 2; k < len; ++k) {
    if ((s[i + k] & 0xC0) != 0x80) return 0;
  }
  return len;
}

// Bytes copied as they are: printable ASCII other than '"' and '\\'.
bool Plain(unsigned char c) { return c >= 0x20 && c < 0x80 && c != '"' && c != '\\'; }

// Appends a string literal with its length known at compile time (append of
// a `const char*` measures it with strlen at every call).
template <size_t N>
void AppendLiteral(std::string* out, const char (&literal)[N]) {
  out->append(literal, N - 1);
}

template <class T>
void AppendInteger(T v, std::string* out) {
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  out->append(buf, static_cast<size_t>(r.ptr - buf));
}

bool AppendStringArray(const std::vector<std::string>& names, std::string* out) {
  out->push_back('[');
  for (size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out->push_back(',');
    if (!AppendJsonString(names[i], out)) return false;
  }
  out->push_back(']');
  return true;
}

bool AppendDeal(const Deal& d, std::string* out) {
  AppendLiteral(out, "{\"type\":\"");
  out->append(ToString(d.type));
  AppendLiteral(out, "\",\"asset\":");
  if (d.type == DealType::kPurchase) {
    out->push_back('"');
    out->append(ToString(d.asset == Asset::kNone ? Asset::kOther : d.asset));
    out->push_back('"');
  } else {
    AppendLiteral(out, "null");
  }
  AppendLiteral(out, ",\"from\":");
  if (!AppendStringArray(d.from, out)) return false;
  AppendLiteral(out, ",\"to\":");
  if (!AppendStringArray(d.to, out)) return false;
  AppendLiteral(out, ",\"amount\":");
  if (d.amount) {
    const Amount& a = *d.amount;
    AppendLiteral(out, "{\"value\":");
    AppendAmountNumber(a.value, out);
    AppendLiteral(out, ",\"currency\":");
    if (!AppendJsonString(a.currency, out)) return false;
    AppendLiteral(out, ",\"qualifier\":\"");
    out->append(ToString(a.qualifier));
    out->push_back('"');
    if (a.max) {
      AppendLiteral(out, ",\"max\":");
      AppendAmountNumber(*a.max, out);
    }
    out->push_back('}');
  } else {
    AppendLiteral(out, "null");
  }
  if (d.aggregate) {
    AppendLiteral(out, ",\"aggregate\":true");
  } else {
    AppendLiteral(out, ",\"aggregate\":false");
  }
  AppendLiteral(out, ",\"status\":\"");
  out->append(ToString(d.status));
  AppendLiteral(out, "\",\"attribution\":");
  if (!AppendStringArray(d.attribution, out)) return false;
  AppendLiteral(out, ",\"evidence\":{\"start\":");
  AppendInteger(d.evidence.start, out);
  AppendLiteral(out, ",\"end\":");
  AppendInteger(d.evidence.end, out);
  AppendLiteral(out, ",\"text\":");
  if (!AppendJsonString(d.evidence.text, out)) return false;
  AppendLiteral(out, "}}");
  return true;
}

}  // namespace

void AppendAmountNumber(double v, std::string* out) {
  if (std::fabs(v) < 9.0e15 && v == std::floor(v)) {
    AppendInteger(static_cast<int64_t>(v), out);
  } else if (!std::isfinite(v)) {
    AppendLiteral(out, "null");
  } else {
    // The JSON library's own shortest-digits writer (Grisu2 and its layout:
    // "2.5", "0.001", "1e+21"), so the bytes are those of its dump.
    char buf[64];
    char* end = nlohmann::detail::to_chars(buf, buf + sizeof buf, v);
    out->append(buf, static_cast<size_t>(end - buf));
  }
}

bool AppendJsonString(std::string_view s, std::string* out) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  out->push_back('"');
  size_t i = 0;
  while (i < n) {
    size_t run = i;
#ifdef __SSE2__
    // Sixteen plain bytes at a time: signed compare catches bytes >= 0x80 too.
    while (run + 16 <= n) {
      __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + run));
      __m128i odd = _mm_or_si128(_mm_cmplt_epi8(v, _mm_set1_epi8(0x20)),
                                 _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')),
                                              _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'))));
      // (The first byte that is not plain ends the run: no byte-by-byte walk to it.)
      if (const int mask = _mm_movemask_epi8(odd); mask != 0) {
        run += static_cast<size_t>(__builtin_ctz(static_cast<unsigned>(mask)));
        break;
      }
      run += 16;
    }
#endif
    while (run < n && Plain(p[run])) ++run;
    out->append(s.data() + i, run - i);
    i = run;
    if (i == n) break;
    unsigned char c = p[i];
    if (c >= 0x80) {
      size_t len = Utf8SequenceLength(p, i, n);
      if (len == 0) return false;
      out->append(s.data() + i, len);
      i += len;
      continue;
    }
    switch (c) {
      case '"': AppendLiteral(out, "\\\""); break;
      case '\\': AppendLiteral(out, "\\\\"); break;
      case '\b': AppendLiteral(out, "\\b"); break;
      case '\t': AppendLiteral(out, "\\t"); break;
      case '\n': AppendLiteral(out, "\\n"); break;
      case '\f': AppendLiteral(out, "\\f"); break;
      case '\r': AppendLiteral(out, "\\r"); break;
      default: {
        static constexpr char kHex[] = "0123456789abcdef";
        const char esc[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 15]};
        out->append(esc, 6);
      }
    }
    ++i;
  }
  out->push_back('"');
  return true;
}

bool AppendDocumentDealsJsonFast(std::string_view doc_id, const std::vector<Deal>& deals, std::string* out) {
  AppendLiteral(out, "{\"doc\":");
  if (!AppendJsonString(doc_id, out)) return false;
  AppendLiteral(out, ",\"deals\":[");
  for (size_t i = 0; i < deals.size(); ++i) {
    if (i > 0) out->push_back(',');
    if (!AppendDeal(deals[i], out)) return false;
  }
  AppendLiteral(out, "]}");
  return true;
}

}  // namespace dealgraph
