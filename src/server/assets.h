// Web assets built into the binary: the page (web/*) and cytoscape.js, looked up by URL path.
#ifndef DEALGRAPH_SERVER_ASSETS_H_
#define DEALGRAPH_SERVER_ASSETS_H_

#include <string>
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
  // The content gzip-compressed once, when the table is built (empty when that
  // does not make it smaller): compressing each response again, as cpp-httplib
  // does, took about a second for cytoscape.js (brotli at its best quality).
  std::string gzip;
  std::string etag;  // a quoted hash of the content, e.g. "\"3f2a...\""
};

// The asset served at `path` ("/" is "/index.html"), or nullptr. Only exact
// matches against the embedded table: no file system, so no path traversal.
const Asset* FindAsset(std::string_view path);

// True when an Accept-Encoding header value accepts gzip (listed, not with q=0).
bool AcceptsGzip(std::string_view accept_encoding);

// True when an If-None-Match header value names `etag` (or is "*").
bool EtagMatches(std::string_view if_none_match, std::string_view etag);

// MIME type for a file name by its extension ("application/octet-stream" when unknown).
std::string_view ContentTypeFor(std::string_view name);

}  // namespace dealgraph::server

#endif  // DEALGRAPH_SERVER_ASSETS_H_
