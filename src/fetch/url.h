// URLs as dealgraph meets them: telling them from paths, their host, relative
// links resolved, and a document id made from one.
#ifndef DEALGRAPH_FETCH_URL_H_
#define DEALGRAPH_FETCH_URL_H_

#include <string>
#include <string_view>

namespace dealgraph::fetch {

// True for "http://..." and "https://..." (scheme in any case).
bool IsHttpUrl(std::string_view text);

// The lower-case host of an http(s) URL ("" when it has none or does not parse).
std::string UrlHost(std::string_view url);

// `ref` resolved against `base` ("/a/b" against "http://h/x/y" gives
// "http://h/a/b"); "" when the result is not an http(s) URL.
std::string ResolveUrl(std::string_view base, std::string_view ref);

// A document id for a page fetched from `url`: its last path segment without
// the extension, made safe ([A-Za-z0-9._-]); "index" for "/" and segments
// that leave nothing. At most 64 bytes (longer ones keep a hash).
std::string UrlDocId(std::string_view url);

}  // namespace dealgraph::fetch

#endif  // DEALGRAPH_FETCH_URL_H_
