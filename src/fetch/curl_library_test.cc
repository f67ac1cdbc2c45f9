// Tests of CurlLibrary: libcurl loads at run time with every function dealgraph
// calls, once per process, and the loaded functions work.
#include "fetch/curl_library.h"

#include <dlfcn.h>
#include <gtest/gtest.h>

#include <string>

namespace dealgraph::fetch {
namespace {

TEST(CurlLibraryTest, LoadsEveryFunctionOnce) {
  Result<const CurlLibrary*> lib = LoadCurl();
  ASSERT_TRUE(lib.ok()) << lib.status().ToString();
  const CurlLibrary& c = **lib;
  EXPECT_NE(c.global_init, nullptr);
  EXPECT_NE(c.easy_init, nullptr);
  EXPECT_NE(c.easy_cleanup, nullptr);
  EXPECT_NE(c.easy_reset, nullptr);
  EXPECT_NE(c.easy_setopt, nullptr);
  EXPECT_NE(c.easy_perform, nullptr);
  EXPECT_NE(c.easy_getinfo, nullptr);
  EXPECT_NE(c.easy_strerror, nullptr);
  EXPECT_NE(c.easy_header, nullptr);
  EXPECT_NE(c.slist_append, nullptr);
  EXPECT_NE(c.slist_free_all, nullptr);
  EXPECT_NE(c.url, nullptr);
  EXPECT_NE(c.url_cleanup, nullptr);
  EXPECT_NE(c.url_get, nullptr);
  EXPECT_NE(c.url_set, nullptr);
  EXPECT_NE(c.free, nullptr);
  EXPECT_EQ(*LoadCurl(), *lib);
  EXPECT_EQ(&Curl(), *lib);
  // The library is now in the process: asking dlopen without loading finds it.
  void* handle = dlopen(kCurlLibraryName, RTLD_NOW | RTLD_NOLOAD);
  EXPECT_NE(handle, nullptr);
  if (handle != nullptr) dlclose(handle);
}

TEST(CurlLibraryTest, LoadedFunctionsWork) {
  const CurlLibrary& c = Curl();
  EXPECT_STREQ(c.easy_strerror(CURLE_OK), "No error");
  CURLU* u = c.url();
  ASSERT_NE(u, nullptr);
  ASSERT_EQ(c.url_set(u, CURLUPART_URL, "https://Example.com:8080/a/b?q=1", 0), CURLUE_OK);
  char* host = nullptr;
  ASSERT_EQ(c.url_get(u, CURLUPART_HOST, &host, 0), CURLUE_OK);
  EXPECT_EQ(std::string(host), "Example.com");
  c.free(host);
  c.url_cleanup(u);
  curl_slist* list = c.slist_append(nullptr, "Accept: */*");
  ASSERT_NE(list, nullptr);
  EXPECT_STREQ(list->data, "Accept: */*");
  c.slist_free_all(list);
}

}  // namespace
}  // namespace dealgraph::fetch
