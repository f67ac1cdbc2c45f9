// ToUtf8 on iconv (glibc): the declared charset found, the bytes converted,
// the XML declaration made true again.
#include "fetch/charset.h"

#include <iconv.h>

#include <cerrno>
#include <cstdint>

#include "document/text_util.h"

namespace dealgraph::fetch {
namespace {

// Well-formed UTF-8 (no overlongs, surrogates or values past U+10FFFF).
bool IsUtf8(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const auto* end = p + s.size();
  while (p < end) {
    unsigned char c = *p;
    if (c < 0x80) {
      ++p;
      continue;
    }
    int n;
    uint32_t cp;
    if (c >= 0xC2 && c <= 0xDF) {
      n = 1, cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
      n = 2, cp = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      n = 3, cp = c & 0x07;
    } else {
      return false;
    }
    if (end - p <= n) return false;
    for (int i = 1; i <= n; ++i) {
      if ((p[i] & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (p[i] & 0x3F);
    }
    if ((n == 2 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) || (n == 3 && (cp < 0x10000 || cp > 0x10FFFF))) {
      return false;
    }
    p += n + 1;
  }
  return true;
}

// The value after `key` (e.g. "charset=" or "encoding="), unquoted, up to a
// delimiter; "" when `key` is absent.
std::string ValueAfter(std::string_view text, std::string_view key) {
  std::string lower = AsciiLower(text);
  size_t at = lower.find(key);
  if (at == std::string::npos) return "";
  size_t i = at + key.size();
  while (i < lower.size() && (lower[i] == ' ' || lower[i] == '"' || lower[i] == '\'')) ++i;
  size_t j = i;
  while (j < lower.size() && lower[j] != '"' && lower[j] != '\'' && lower[j] != ';' && lower[j] != ' ' &&
         lower[j] != '>' && lower[j] != '?' && lower[j] != '/') {
    ++j;
  }
  return lower.substr(i, j - i);
}

// [begin, end) of the encoding value in a leading XML declaration, or {0, 0}.
std::pair<size_t, size_t> XmlEncodingSpan(std::string_view body) {
  if (!body.starts_with("<?xml")) return {0, 0};
  size_t close = body.find("?>");
  if (close == std::string_view::npos) return {0, 0};
  size_t at = body.substr(0, close).find("encoding");
  if (at == std::string_view::npos) return {0, 0};
  size_t q = body.find_first_of("\"'", at);
  if (q == std::string_view::npos || q > close) return {0, 0};
  size_t q2 = body.find(body[q], q + 1);
  if (q2 == std::string_view::npos || q2 > close) return {0, 0};
  return {q + 1, q2};
}

}  // namespace

std::string DeclaredCharset(std::string_view body, std::string_view content_type) {
  if (body.starts_with("\xFF\xFE") || body.starts_with("\xFE\xFF")) return "utf-16";
  std::string from_type = ValueAfter(content_type, "charset=");
  if (!from_type.empty()) return from_type;
  auto [b, e] = XmlEncodingSpan(body);
  if (e > b) return AsciiLower(body.substr(b, e - b));
  std::string_view head = body.substr(0, 2048);
  std::string lower = AsciiLower(head);
  size_t meta = lower.find("<meta");
  while (meta != std::string::npos) {
    size_t close = lower.find('>', meta);
    std::string_view tag = std::string_view(lower).substr(meta, close == std::string::npos ? std::string::npos : close - meta);
    std::string cs = ValueAfter(tag, "charset=");
    if (!cs.empty()) return cs;
    meta = lower.find("<meta", meta + 5);
  }
  return "";
}

Result<std::string> ToUtf8(std::string body, std::string_view content_type) {
  const bool bom16 = body.starts_with("\xFF\xFE") || body.starts_with("\xFE\xFF");
  if (!bom16 && IsUtf8(body)) return body;
  std::string charset = DeclaredCharset(body, content_type);
  if (charset.empty() || charset == "utf-8" || charset == "iso-8859-1" || charset == "latin1" ||
      charset == "us-ascii" || charset == "ascii") {
    // Undeclared, or declared wrongly (these bytes are not UTF-8): browsers
    // read ISO-8859-1 and ASCII as windows-1252, its superset.
    charset = "windows-1252";
  }
  iconv_t cd = iconv_open("UTF-8", charset.c_str());
  if (cd == reinterpret_cast<iconv_t>(-1)) {
    return Status(ErrorCode::kInvalidUtf8, "the body is neither UTF-8 nor in a known charset (" + charset + ")");
  }
  std::string out;
  out.resize(body.size() * 3 + 16);
  char* in = body.data();
  size_t in_left = body.size();
  char* dst = out.data();
  size_t out_left = out.size();
  size_t rc = iconv(cd, &in, &in_left, &dst, &out_left);
  int err = errno;
  iconv_close(cd);
  if (rc == static_cast<size_t>(-1)) {
    return Status(ErrorCode::kInvalidUtf8, "the body is not valid " + charset + " at byte " +
                                               std::to_string(body.size() - in_left) +
                                               (err == E2BIG ? " (too long once converted)" : ""));
  }
  out.resize(out.size() - out_left);
  if (out.starts_with("\xEF\xBB\xBF")) out.erase(0, 3);  // the UTF-16 byte-order mark, converted
  auto [b, e] = XmlEncodingSpan(out);
  if (e > b) out.replace(b, e - b, "UTF-8");
  return out;
}

}  // namespace dealgraph::fetch
