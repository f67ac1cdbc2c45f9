// Web assets built into the binary: the page (web/*) and cytoscape.js, looked up by URL path.
#ifndef DEALGRAPH_SERVER_ASSETS_H_
#define DEALGRAPH_SERVER_ASSETS_H_

#include <string_view>
#include <vector>

namespace dealgraph::server {

struct EmbeddedFile {
  std::string_view path;     // URL path, e.g. "/app.js"
  std::string_view content;  // the file's bytes
};

// Every embedded file (generated at build time; see src/server/CMakeLists.txt).
const std::vector<EmbeddedFile>& EmbeddedFiles();

struct Asset {
  std::string_view content;
  std::string_view content_type;  // e.g. "text/javascript; charset=utf-8"
};

// The asset served at `path` ("/" is "/index.html"), or nullptr. Only exact
// matches against the embedded table: no file system, so no path traversal.
const Asset* FindAsset(std::string_view path);

// MIME type for a file name by its extension ("application/octet-stream" when unknown).
std::string_view ContentTypeFor(std::string_view name);

}  // namespace dealgraph::server

#endif  // DEALGRAPH_SERVER_ASSETS_H_
