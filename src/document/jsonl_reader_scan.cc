// Fast scan of a flat JSON article object: string runs are found 16 bytes at a
// time and copied whole; escapes are decoded as the JSON grammar says.
#include "document/jsonl_reader_scan.h"

#include <cstdint>
#include <cstring>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace dealgraph::document_internal {
namespace {

bool IsJsonSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// First byte in [p, end) that is '"', '\\' or a control byte (< 0x20), or end.
const char* FindStringSpecial(const char* p, const char* end) {
#ifdef __SSE2__
  const __m128i quote = _mm_set1_epi8('"');
  const __m128i backslash = _mm_set1_epi8('\\');
  const __m128i control_max = _mm_set1_epi8(0x1F);
  while (end - p >= 16) {
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    __m128i is_control = _mm_cmpeq_epi8(_mm_min_epu8(v, control_max), v);  // unsigned v <= 0x1F
    __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)), is_control);
    int mask = _mm_movemask_epi8(hit);
    if (mask != 0) return p + __builtin_ctz(static_cast<unsigned>(mask));
    p += 16;
  }
#endif
  while (p < end && *p != '"' && *p != '\\' && static_cast<unsigned char>(*p) >= 0x20) ++p;
  return p;
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

void AppendUtf8(uint32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

class LineScanner {
 public:
  explicit LineScanner(std::string_view line) : p_(line.data()), end_(line.data() + line.size()) {}

  void SkipSpace() {
    while (p_ < end_ && IsJsonSpace(*p_)) ++p_;
  }
  bool Consume(char c) {
    if (p_ < end_ && *p_ == c) {
      ++p_;
      return true;
    }
    return false;
  }
  bool ConsumeWord(std::string_view w) {
    if (static_cast<size_t>(end_ - p_) < w.size() || std::memcmp(p_, w.data(), w.size()) != 0) return false;
    p_ += w.size();
    return true;
  }
  bool AtEnd() const { return p_ == end_; }
  bool Peek(char c) const { return p_ < end_ && *p_ == c; }

  // Reads a string value starting at its opening quote into *out (replacing it).
  bool String(std::string* out) {
    out->clear();
    if (!Consume('"')) return false;
    for (bool first_run = true;; first_run = false) {
      const char* run = FindStringSpecial(p_, end_);
      out->append(p_, static_cast<size_t>(run - p_));
      p_ = run;
      if (p_ == end_) return false;  // unterminated
      char c = *p_++;
      if (c == '"') return true;
      if (c != '\\') return false;  // a raw control byte
      // An escape: the value goes on in more runs. Room for the rest of the
      // line at once (the value is no longer), so that an article's text is
      // not regrown run by run (a copy at each doubling).
      if (first_run) out->reserve(out->size() + static_cast<size_t>(end_ - p_));
      if (p_ == end_) return false;
      char e = *p_++;
      switch (e) {
        case '"': out->push_back('"'); break;
        case '\\': out->push_back('\\'); break;
        case '/': out->push_back('/'); break;
        case 'b': out->push_back('\b'); break;
        case 'f': out->push_back('\f'); break;
        case 'n': out->push_back('\n'); break;
        case 'r': out->push_back('\r'); break;
        case 't': out->push_back('\t'); break;
        case 'u': {
          int32_t cp = Hex4();
          if (cp < 0) return false;
          if (cp >= 0xDC00 && cp <= 0xDFFF) return false;  // a lone low surrogate
          if (cp >= 0xD800 && cp <= 0xDBFF) {
            if (!ConsumeWord("\\u")) return false;
            int32_t low = Hex4();
            if (low < 0xDC00 || low > 0xDFFF) return false;
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
          }
          AppendUtf8(static_cast<uint32_t>(cp), out);
          break;
        }
        default: return false;
      }
    }
  }

 private:
  int32_t Hex4() {
    if (end_ - p_ < 4) return -1;
    int32_t v = 0;
    for (int i = 0; i < 4; ++i) {
      int h = HexValue(p_[i]);
      if (h < 0) return -1;
      v = v * 16 + h;
    }
    p_ += 4;
    return v;
  }

  const char* p_;
  const char* end_;
};

}  // namespace

void ArticleFields::Clear() {
  for (std::string* s : {&id, &text, &html, &title, &url, &published, &outlet}) s->clear();
  has_id = has_text = has_html = false;
}

bool ScanArticleLine(std::string_view line, ArticleFields* out) {
  out->Clear();
  LineScanner s(line);
  s.SkipSpace();
  if (!s.Consume('{')) return false;
  s.SkipSpace();
  std::string key, ignored;
  unsigned seen = 0;
  if (!s.Consume('}')) {
    for (;;) {
      if (!s.String(&key)) return false;
      s.SkipSpace();
      if (!s.Consume(':')) return false;
      s.SkipSpace();
      std::string* target = &ignored;
      bool* present = nullptr;
      unsigned bit = 0;
      if (key == "id") {
        target = &out->id, present = &out->has_id, bit = 1;
      } else if (key == "text") {
        target = &out->text, present = &out->has_text, bit = 2;
      } else if (key == "html") {
        target = &out->html, present = &out->has_html, bit = 4;
      } else if (key == "title") {
        target = &out->title, bit = 8;
      } else if (key == "url") {
        target = &out->url, bit = 16;
      } else if (key == "published") {
        target = &out->published, bit = 32;
      } else if (key == "outlet") {
        target = &out->outlet, bit = 64;
      }
      if (seen & bit) return false;  // a repeated key: the full parser decides which wins
      seen |= bit;
      if (s.Peek('"')) {
        if (!s.String(target)) return false;
        if (present) *present = true;
      } else if (!s.ConsumeWord("null")) {
        return false;  // numbers, booleans, arrays, objects: the full parser
      }
      s.SkipSpace();
      if (s.Consume('}')) break;
      if (!s.Consume(',')) return false;
      s.SkipSpace();
    }
  }
  s.SkipSpace();
  return s.AtEnd();
}

}  // namespace dealgraph::document_internal
