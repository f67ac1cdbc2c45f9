// Lookup of embedded web assets by URL path, with their content types.
#include "server/assets.h"

#include <map>
#include <string>

namespace dealgraph::server {
namespace {

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

const std::map<std::string, Asset, std::less<>>& AssetTable() {
  static const auto* table = [] {
    auto* t = new std::map<std::string, Asset, std::less<>>();
    for (const EmbeddedFile& f : EmbeddedFiles()) {
      (*t)[std::string(f.path)] = Asset{f.content, ContentTypeFor(f.path)};
    }
    return t;
  }();
  return *table;
}

}  // namespace

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
