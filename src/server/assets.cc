// Lookup of embedded web assets by URL path, with their content types.
#include "server/assets.h"

#include <fmt/format.h>
#include <zlib.h>

#include <cctype>
#include <cstdint>
#include <map>
#include <string>

namespace dealgraph::server {
namespace {

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

bool EqualsNoCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) return false;
  }
  return true;
}

// Calls `fn` with each comma-separated item of a header value, trimmed.
template <typename Fn>
bool AnyItem(std::string_view value, Fn fn) {
  while (!value.empty()) {
    size_t comma = value.find(',');
    if (fn(Trim(value.substr(0, comma)))) return true;
    if (comma == std::string_view::npos) break;
    value.remove_prefix(comma + 1);
  }
  return false;
}

// `content` as a gzip stream (best compression), or "" when zlib fails.
std::string Gzip(std::string_view content) {
  z_stream z{};
  if (deflateInit2(&z, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) return "";
  std::string out(deflateBound(&z, content.size()) + 32, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(content.data()));
  z.avail_in = static_cast<uInt>(content.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  const int rc = deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  return rc == Z_STREAM_END ? out : "";
}

// 64-bit FNV-1a of the content, quoted: the asset's ETag.
std::string Etag(std::string_view content) {
  uint64_t h = 14695981039346656037ULL;
  for (unsigned char c : content) h = (h ^ c) * 1099511628211ULL;
  return fmt::format("\"{:016x}\"", h);
}

bool Compressible(std::string_view content_type) {
  return content_type.rfind("text/", 0) == 0 || content_type == "image/svg+xml" || content_type == "application/json";
}

const std::map<std::string, Asset, std::less<>>& AssetTable() {
  static const auto* table = [] {
    auto* t = new std::map<std::string, Asset, std::less<>>();
    for (const EmbeddedFile& f : EmbeddedFiles()) {
      Asset a{f.content, ContentTypeFor(f.path), "", Etag(f.content)};
      if (Compressible(a.content_type)) {
        a.gzip = Gzip(f.content);
        if (a.gzip.size() >= f.content.size()) a.gzip.clear();
      }
      (*t)[std::string(f.path)] = std::move(a);
    }
    return t;
  }();
  return *table;
}

}  // namespace

bool AcceptsGzip(std::string_view accept_encoding) {
  return AnyItem(accept_encoding, [](std::string_view item) {
    size_t semi = item.find(';');
    if (!EqualsNoCase(Trim(item.substr(0, semi)), "gzip")) return false;
    if (semi == std::string_view::npos) return true;
    std::string_view q = Trim(item.substr(semi + 1));  // "q=0", "q=0.0", "q=0.5"
    if (q.size() < 2 || (q[0] != 'q' && q[0] != 'Q') || q[1] != '=') return true;
    q.remove_prefix(2);
    return q.find_first_not_of("0.") != std::string_view::npos;
  });
}

bool EtagMatches(std::string_view if_none_match, std::string_view etag) {
  return AnyItem(if_none_match, [etag](std::string_view item) {
    if (item == "*") return true;
    if (item.rfind("W/", 0) == 0) item.remove_prefix(2);
    return item == etag;
  });
}

std::string_view ContentTypeFor(std::string_view name) {
  if (EndsWith(name, ".html")) return "text/html; charset=utf-8";
  if (EndsWith(name, ".css")) return "text/css; charset=utf-8";
  if (EndsWith(name, ".js")) return "text/javascript; charset=utf-8";
  if (EndsWith(name, ".svg")) return "image/svg+xml";
  if (EndsWith(name, ".json")) return "application/json";
  return "application/octet-stream";
}

const Asset* FindAsset(std::string_view path) {
  if (path == "/") path = "/index.html";
  const auto& table = AssetTable();
  auto it = table.find(path);
  return it == table.end() ? nullptr : &it->second;
}

}  // namespace dealgraph::server
