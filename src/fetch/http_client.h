// HttpClient: GET over HTTP(S) with libcurl, within the limits of
// FetchOptions: a time-out, a size limit, bounded redirects, a User-Agent
// naming dealgraph, conditional requests and a politeness delay per host.
// Results and errors are values; every error names the URL.
#ifndef DEALGRAPH_FETCH_HTTP_CLIENT_H_
#define DEALGRAPH_FETCH_HTTP_CLIENT_H_

#include <string>

#include "dealgraph/status.h"
#include "fetch/fetch_options.h"
#include "fetch/host_pacer.h"

typedef void CURL;

namespace dealgraph::fetch {

struct CurlLibrary;

// Conditional-request validators: what a server said about a body, sent back
// as If-None-Match / If-Modified-Since so that an unchanged body costs a 304.
struct Validators {
  std::string etag;           // the ETag header as sent, quotes included
  std::string last_modified;  // the Last-Modified header as sent
  bool empty() const { return etag.empty() && last_modified.empty(); }
};

struct HttpResponse {
  long status = 0;           // 2xx, or 304 for a conditional request answered "not modified"
  std::string url;           // as asked
  std::string final_url;     // after redirects
  std::string content_type;  // "" when absent
  Validators validators;     // of this response (on a 304: the ones sent, updated by any the server repeats)
  std::string body;          // decoded (gzip, deflate); empty on a 304
  bool not_modified() const { return status == 304; }
};

class HttpClient {
 public:
  explicit HttpClient(FetchOptions options);
  ~HttpClient();
  HttpClient(const HttpClient&) = delete;
  HttpClient& operator=(const HttpClient&) = delete;

  // GETs `url` (http or https only, also after redirects), conditionally when
  // `known` holds validators, after waiting out the host's politeness delay.
  // Errors (Status::where() is the URL): kInvalidArgument for a malformed URL,
  // kUnsupported for another scheme, kIoError for a failed connection, a
  // time-out, too many redirects or an HTTP error status (kNotFound for 404
  // and 410), kTooLarge past max_bytes, kUnsupported when libcurl (loaded on
  // the first client, see curl_library.h) cannot be loaded.
  Result<HttpResponse> Get(const std::string& url, const Validators& known = {});

  const FetchOptions& options() const { return options_; }
  int requests() const { return requests_; }  // Get calls that reached the network

 private:
  FetchOptions options_;
  HostPacer pacer_;
  const CurlLibrary* lib_ = nullptr;  // nullptr when libcurl could not be loaded (load_error_ says why)
  std::string load_error_;
  CURL* curl_ = nullptr;  // reused: keeps connections alive between requests
  int requests_ = 0;
};

}  // namespace dealgraph::fetch

#endif  // DEALGRAPH_FETCH_HTTP_CLIENT_H_
