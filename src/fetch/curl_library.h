// CurlLibrary: libcurl's functions, loaded with dlopen the first time a URL is
// parsed or fetched, so that commands which never touch the network (extract,
// entities, the queries) do not pay at start-up for binding libcurl and the
// TLS, LDAP, SSH and Kerberos libraries it pulls in (about a third of the
// dynamic loader's symbol look-ups).
#ifndef DEALGRAPH_FETCH_CURL_LIBRARY_H_
#define DEALGRAPH_FETCH_CURL_LIBRARY_H_

#include <curl/curl.h>

#include <string>

#include "dealgraph/status.h"

namespace dealgraph::fetch {

// The libcurl functions dealgraph calls, with libcurl's own signatures.
struct CurlLibrary {
  decltype(&::curl_global_init) global_init = nullptr;
  decltype(&::curl_easy_init) easy_init = nullptr;
  decltype(&::curl_easy_cleanup) easy_cleanup = nullptr;
  decltype(&::curl_easy_reset) easy_reset = nullptr;
  decltype(&::curl_easy_setopt) easy_setopt = nullptr;
  decltype(&::curl_easy_perform) easy_perform = nullptr;
  decltype(&::curl_easy_getinfo) easy_getinfo = nullptr;
  decltype(&::curl_easy_strerror) easy_strerror = nullptr;
  decltype(&::curl_easy_header) easy_header = nullptr;
  decltype(&::curl_slist_append) slist_append = nullptr;
  decltype(&::curl_slist_free_all) slist_free_all = nullptr;
  decltype(&::curl_url) url = nullptr;
  decltype(&::curl_url_cleanup) url_cleanup = nullptr;
  decltype(&::curl_url_get) url_get = nullptr;
  decltype(&::curl_url_set) url_set = nullptr;
  decltype(&::curl_free) free = nullptr;
};

// The name dlopen is given: the run-time library of libcurl4-openssl-dev.
inline constexpr const char* kCurlLibraryName = "libcurl.so.4";

// libcurl, loaded (and curl_global_init called) once per process on the first
// call; later calls return the same table. kUnsupported when the library or
// one of its functions cannot be found (the message says which). Thread-safe.
Result<const CurlLibrary*> LoadCurl();

// LoadCurl()'s table; throws std::runtime_error with LoadCurl()'s message
// when libcurl cannot be loaded. For helpers that have no Status to return.
const CurlLibrary& Curl();

}  // namespace dealgraph::fetch

#endif  // DEALGRAPH_FETCH_CURL_LIBRARY_H_
