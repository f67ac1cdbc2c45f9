// HttpClient on one libcurl easy handle: options, the write callback that
// enforces the size limit, the validators of the response, errors as Status.
#include "fetch/http_client.h"

#include <memory>

#include "fetch/curl_library.h"
#include "fetch/url.h"

namespace dealgraph::fetch {
namespace {

// Collects the body, refusing to grow past `limit` (the transfer then fails
// with CURLE_WRITE_ERROR and `too_large` tells why).
struct Sink {
  std::string* body;
  size_t limit;
  bool too_large = false;
};

size_t WriteBody(char* data, size_t size, size_t count, void* user) {
  auto* sink = static_cast<Sink*>(user);
  size_t n = size * count;
  if (sink->body->size() + n > sink->limit) {
    sink->too_large = true;
    return 0;
  }
  sink->body->append(data, n);
  return n;
}

struct SlistFree {
  const CurlLibrary* lib;
  void operator()(curl_slist* l) const { lib->slist_free_all(l); }
};

// The value of the last response's header `name` ("" when absent).
std::string Header(const CurlLibrary& lib, CURL* curl, const char* name) {
  curl_header* h = nullptr;
  if (lib.easy_header(curl, name, 0, CURLH_HEADER, -1, &h) != CURLHE_OK || h == nullptr || h->value == nullptr) {
    return "";
  }
  return h->value;
}

}  // namespace

HttpClient::HttpClient(FetchOptions options) : options_(std::move(options)), pacer_(options_.host_delay) {
  if (options_.user_agent.empty()) options_.user_agent = DefaultUserAgent();
  Result<const CurlLibrary*> lib = LoadCurl();
  if (!lib.ok()) {
    load_error_ = lib.status().message();
    return;
  }
  lib_ = *lib;
  curl_ = lib_->easy_init();
}

HttpClient::~HttpClient() {
  if (curl_ != nullptr) lib_->easy_cleanup(curl_);
}

Result<HttpResponse> HttpClient::Get(const std::string& url, const Validators& known) {
  if (lib_ == nullptr) return Status(ErrorCode::kUnsupported, load_error_, url);
  if (curl_ == nullptr) return Status(ErrorCode::kInternal, "libcurl could not start", url);
  const CurlLibrary& lib = *lib_;
  if (!IsHttpUrl(url)) return Status(ErrorCode::kUnsupported, "only http and https URLs are fetched", url);
  const std::string host = UrlHost(url);
  if (host.empty()) return Status(ErrorCode::kInvalidArgument, "not a valid URL", url);

  HttpResponse response;
  response.url = url;
  Sink sink{&response.body, options_.max_bytes};
  char error[CURL_ERROR_SIZE] = {0};
  std::unique_ptr<curl_slist, SlistFree> headers(nullptr, SlistFree{&lib});
  auto add_header = [&](const std::string& h) { headers.reset(lib.slist_append(headers.release(), h.c_str())); };
  add_header("Accept: application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, "
             "text/html;q=0.8, */*;q=0.5");
  if (!known.etag.empty()) add_header("If-None-Match: " + known.etag);
  if (!known.last_modified.empty()) add_header("If-Modified-Since: " + known.last_modified);

  CURL* c = curl_;
  lib.easy_reset(c);  // keeps live connections, the DNS cache and TLS sessions
  lib.easy_setopt(c, CURLOPT_URL, url.c_str());
  lib.easy_setopt(c, CURLOPT_HTTPGET, 1L);
  lib.easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
  lib.easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
  lib.easy_setopt(c, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
  lib.easy_setopt(c, CURLOPT_FOLLOWLOCATION, 1L);
  lib.easy_setopt(c, CURLOPT_MAXREDIRS, static_cast<long>(options_.max_redirects));
  lib.easy_setopt(c, CURLOPT_TIMEOUT_MS, static_cast<long>(options_.timeout.count()));
  lib.easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS,
                   static_cast<long>(std::min(options_.connect_timeout, options_.timeout).count()));
  lib.easy_setopt(c, CURLOPT_USERAGENT, options_.user_agent.c_str());
  lib.easy_setopt(c, CURLOPT_ACCEPT_ENCODING, "");  // every decoding this libcurl has
  lib.easy_setopt(c, CURLOPT_HTTPHEADER, headers.get());
  lib.easy_setopt(c, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(options_.max_bytes));
  lib.easy_setopt(c, CURLOPT_WRITEFUNCTION, WriteBody);
  lib.easy_setopt(c, CURLOPT_WRITEDATA, &sink);
  lib.easy_setopt(c, CURLOPT_ERRORBUFFER, error);

  pacer_.Wait(host);
  ++requests_;
  CURLcode rc = lib.easy_perform(c);
  pacer_.Done(host);
  lib.easy_setopt(c, CURLOPT_HTTPHEADER, nullptr);
  lib.easy_setopt(c, CURLOPT_ERRORBUFFER, nullptr);

  char* final_url = nullptr;
  if (lib.easy_getinfo(c, CURLINFO_EFFECTIVE_URL, &final_url) == CURLE_OK && final_url != nullptr) {
    response.final_url = final_url;
  } else {
    response.final_url = url;
  }
  auto fail = [&](ErrorCode code, const std::string& message) {
    std::string where = url;
    if (response.final_url != url) where += " (at " + response.final_url + ")";
    return Status(code, message, where);
  };
  if (rc != CURLE_OK) {
    std::string detail = error[0] != '\0' ? std::string(error) : lib.easy_strerror(rc);
    switch (rc) {
      case CURLE_OPERATION_TIMEDOUT:
        return fail(ErrorCode::kIoError, "no complete response within " + FormatDuration(options_.timeout) +
                                             " (--timeout): " + detail);
      case CURLE_TOO_MANY_REDIRECTS:
        return fail(ErrorCode::kIoError,
                    "more than " + std::to_string(options_.max_redirects) + " redirects (--max-redirects)");
      case CURLE_FILESIZE_EXCEEDED:
        return fail(ErrorCode::kTooLarge,
                    "the response is larger than " + std::to_string(options_.max_bytes) + " bytes (--max-bytes)");
      case CURLE_WRITE_ERROR:
        if (sink.too_large) {
          return fail(ErrorCode::kTooLarge,
                      "the response is larger than " + std::to_string(options_.max_bytes) + " bytes (--max-bytes)");
        }
        return fail(ErrorCode::kIoError, detail);
      case CURLE_UNSUPPORTED_PROTOCOL:
        return fail(ErrorCode::kUnsupported, "only http and https URLs are fetched: " + detail);
      case CURLE_URL_MALFORMAT:
        return fail(ErrorCode::kInvalidArgument, "not a valid URL: " + detail);
      default:
        return fail(ErrorCode::kIoError, detail);
    }
  }
  lib.easy_getinfo(c, CURLINFO_RESPONSE_CODE, &response.status);
  char* type = nullptr;
  if (lib.easy_getinfo(c, CURLINFO_CONTENT_TYPE, &type) == CURLE_OK && type != nullptr) response.content_type = type;
  response.validators.etag = Header(lib, c, "ETag");
  response.validators.last_modified = Header(lib, c, "Last-Modified");
  if (response.status == 304) {
    if (known.empty()) return fail(ErrorCode::kIoError, "HTTP 304 to a request that was not conditional");
    if (response.validators.etag.empty()) response.validators.etag = known.etag;
    if (response.validators.last_modified.empty()) response.validators.last_modified = known.last_modified;
    response.body.clear();
    return response;
  }
  if (response.status >= 200 && response.status < 300) return response;
  std::string status = "HTTP " + std::to_string(response.status);
  if (response.status >= 300 && response.status < 400) {
    return fail(ErrorCode::kIoError, status + " redirect without a usable Location");
  }
  return fail(response.status == 404 || response.status == 410 ? ErrorCode::kNotFound : ErrorCode::kIoError, status);
}

}  // namespace dealgraph::fetch
