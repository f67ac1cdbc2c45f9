// URL helpers on libcurl's URL parser.
#include "fetch/url.h"

#include <cstdint>
#include <cstdio>
#include <memory>

#include "document/text_util.h"
#include "fetch/curl_library.h"

namespace dealgraph::fetch {
namespace {

struct UrlFree {
  void operator()(CURLU* u) const { Curl().url_cleanup(u); }
};
using UrlPtr = std::unique_ptr<CURLU, UrlFree>;

// One part of a parsed URL ("" when absent).
std::string Part(CURLU* u, CURLUPart part) {
  const CurlLibrary& lib = Curl();
  char* v = nullptr;
  if (lib.url_get(u, part, &v, 0) != CURLUE_OK || v == nullptr) return "";
  std::string out(v);
  lib.free(v);
  return out;
}

UrlPtr Parse(std::string_view url) {
  const CurlLibrary& lib = Curl();
  UrlPtr u(lib.url());
  if (u == nullptr || lib.url_set(u.get(), CURLUPART_URL, std::string(url).c_str(), 0) != CURLUE_OK) return nullptr;
  return u;
}

}  // namespace

bool IsHttpUrl(std::string_view text) {
  std::string head = AsciiLower(text.substr(0, 8));
  return head.starts_with("http://") || head.starts_with("https://");
}

std::string UrlHost(std::string_view url) {
  if (!IsHttpUrl(url)) return "";
  UrlPtr u = Parse(url);
  return u ? AsciiLower(Part(u.get(), CURLUPART_HOST)) : "";
}

std::string ResolveUrl(std::string_view base, std::string_view ref) {
  UrlPtr u = Parse(base);
  if (!u) return "";
  std::string r(ref);
  while (!r.empty() && (r.back() == ' ' || r.back() == '\n' || r.back() == '\t' || r.back() == '\r')) r.pop_back();
  size_t start = r.find_first_not_of(" \n\t\r");
  if (start == std::string::npos) return "";
  r.erase(0, start);
  if (Curl().url_set(u.get(), CURLUPART_URL, r.c_str(), 0) != CURLUE_OK) return "";
  std::string out = Part(u.get(), CURLUPART_URL);
  return IsHttpUrl(out) ? out : "";
}

std::string UrlDocId(std::string_view url) {
  std::string path;
  if (UrlPtr u = Parse(url)) path = Part(u.get(), CURLUPART_PATH);
  while (!path.empty() && path.back() == '/') path.pop_back();
  std::string seg = path.substr(path.find_last_of('/') == std::string::npos ? 0 : path.find_last_of('/') + 1);
  size_t dot = seg.find_last_of('.');
  if (dot != std::string::npos && dot > 0) seg.erase(dot);
  std::string id;
  for (char c : seg) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' ||
              c == '-';
    id.push_back(ok ? c : '-');
  }
  if (id.find_first_not_of("-.") == std::string::npos) return "index";
  if (id.size() > 64) {
    uint64_t h = 1469598103934665603ull;  // FNV-1a 64 of the whole segment
    for (unsigned char c : seg) h = (h ^ c) * 1099511628211ull;
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(h));
    id = id.substr(0, 47) + "-" + hex;
  }
  return id;
}

}  // namespace dealgraph::fetch
