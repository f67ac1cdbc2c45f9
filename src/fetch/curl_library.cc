// Loading libcurl at run time: dlopen once, every function looked up by name.
#include "fetch/curl_library.h"

#include <dlfcn.h>

#include <stdexcept>

namespace dealgraph::fetch {
namespace {

// Looks up `name` into *fn; false (with *error set) when it is missing.
template <class Fn>
bool Bind(void* handle, const char* name, Fn* fn, std::string* error) {
  void* p = dlsym(handle, name);
  if (p == nullptr) {
    *error = std::string(kCurlLibraryName) + " has no " + name + " (libcurl 7.83 or later is needed)";
    return false;
  }
  *fn = reinterpret_cast<Fn>(p);
  return true;
}

Result<const CurlLibrary*> Load() {
  // RTLD_NOW: a missing symbol of libcurl's own dependencies shows here, not mid-fetch.
  void* handle = dlopen(kCurlLibraryName, RTLD_NOW | RTLD_LOCAL);
  if (handle == nullptr) {
    const char* why = dlerror();
    return Status(ErrorCode::kUnsupported,
                  std::string("fetching URLs needs libcurl, which could not be loaded: ") + (why ? why : "unknown error"),
                  kCurlLibraryName);
  }
  static CurlLibrary lib;  // the handle stays open for the life of the process
  std::string error;
  bool ok = Bind(handle, "curl_global_init", &lib.global_init, &error) &&
            Bind(handle, "curl_easy_init", &lib.easy_init, &error) &&
            Bind(handle, "curl_easy_cleanup", &lib.easy_cleanup, &error) &&
            Bind(handle, "curl_easy_reset", &lib.easy_reset, &error) &&
            Bind(handle, "curl_easy_setopt", &lib.easy_setopt, &error) &&
            Bind(handle, "curl_easy_perform", &lib.easy_perform, &error) &&
            Bind(handle, "curl_easy_getinfo", &lib.easy_getinfo, &error) &&
            Bind(handle, "curl_easy_strerror", &lib.easy_strerror, &error) &&
            Bind(handle, "curl_easy_header", &lib.easy_header, &error) &&
            Bind(handle, "curl_slist_append", &lib.slist_append, &error) &&
            Bind(handle, "curl_slist_free_all", &lib.slist_free_all, &error) &&
            Bind(handle, "curl_url", &lib.url, &error) &&
            Bind(handle, "curl_url_cleanup", &lib.url_cleanup, &error) &&
            Bind(handle, "curl_url_get", &lib.url_get, &error) &&
            Bind(handle, "curl_url_set", &lib.url_set, &error) &&
            Bind(handle, "curl_free", &lib.free, &error);
  if (!ok) return Status(ErrorCode::kUnsupported, error, kCurlLibraryName);
  if (lib.global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
    return Status(ErrorCode::kInternal, "curl_global_init failed", kCurlLibraryName);
  }
  return static_cast<const CurlLibrary*>(&lib);
}

}  // namespace

Result<const CurlLibrary*> LoadCurl() {
  static const Result<const CurlLibrary*> loaded = Load();  // once, thread-safe
  return loaded;
}

const CurlLibrary& Curl() {
  Result<const CurlLibrary*> lib = LoadCurl();
  if (!lib.ok()) throw std::runtime_error(lib.status().ToString());
  return **lib;
}

}  // namespace dealgraph::fetch
