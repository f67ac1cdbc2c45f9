// Tests of HttpClient against a cpp-httplib server on 127.0.0.1 (an ephemeral
// port): bodies and validators, 304s, the size limit, time-outs, redirects,
// HTTP errors, schemes, the User-Agent and the per-host delay.
#include "fetch/http_client.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <httplib.h>

#include <atomic>
#include <chrono>
#include <string>
#include <thread>

namespace dealgraph::fetch {
namespace {

using ::testing::HasSubstr;
using ::testing::StartsWith;

constexpr char kFeed[] = "<rss version=\"2.0\"><channel><title>T</title></channel></rss>";

class HttpClientTest : public ::testing::Test {
 protected:
  void SetUp() override {
    server_.Get("/feed.xml", [this](const httplib::Request& req, httplib::Response& res) {
      ++feed_requests_;
      user_agent_ = req.get_header_value("User-Agent");
      res.set_header("ETag", "\"v1\"");
      res.set_header("Last-Modified", "Tue, 04 Mar 2025 09:30:00 GMT");
      if (req.get_header_value("If-None-Match") == "\"v1\"") {
        res.status = 304;
        return;
      }
      res.set_content(kFeed, "application/rss+xml");
    });
    server_.Get("/big", [](const httplib::Request&, httplib::Response& res) {
      res.set_content(std::string(64 * 1024, 'x'), "text/plain");
    });
    server_.Get("/slow", [](const httplib::Request&, httplib::Response& res) {
      std::this_thread::sleep_for(std::chrono::milliseconds(1500));
      res.set_content("late", "text/plain");
    });
    server_.Get(R"(/hop/(\d+))", [](const httplib::Request& req, httplib::Response& res) {
      int n = std::stoi(req.matches[1]);
      if (n == 0) {
        res.set_content(kFeed, "application/rss+xml");
      } else {
        res.set_redirect("/hop/" + std::to_string(n - 1));
      }
    });
    server_.Get("/to-file", [](const httplib::Request&, httplib::Response& res) {
      res.set_redirect("file:///etc/passwd");
    });
    server_.Get("/gone", [](const httplib::Request&, httplib::Response& res) { res.status = 404; });
    server_.Get("/error", [](const httplib::Request&, httplib::Response& res) { res.status = 503; });
    port_ = server_.bind_to_any_port("127.0.0.1");
    ASSERT_GT(port_, 0);
    thread_ = std::thread([this] { server_.listen_after_bind(); });
    for (int i = 0; i < 200 && !server_.is_running(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  void TearDown() override {
    server_.stop();
    if (thread_.joinable()) thread_.join();
  }
  std::string Url(const std::string& path) const { return "http://127.0.0.1:" + std::to_string(port_) + path; }
  static FetchOptions Fast() {
    FetchOptions o;
    o.host_delay = std::chrono::milliseconds(0);
    return o;
  }

  httplib::Server server_;
  std::thread thread_;
  int port_ = 0;
  std::atomic<int> feed_requests_{0};
  std::string user_agent_;
};

TEST_F(HttpClientTest, BodyValidatorsAndUserAgent) {
  HttpClient client(Fast());
  auto r = client.Get(Url("/feed.xml"));
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->status, 200);
  EXPECT_EQ(r->body, kFeed);
  EXPECT_EQ(r->final_url, Url("/feed.xml"));
  EXPECT_THAT(r->content_type, StartsWith("application/rss+xml"));
  EXPECT_EQ(r->validators.etag, "\"v1\"");
  EXPECT_EQ(r->validators.last_modified, "Tue, 04 Mar 2025 09:30:00 GMT");
  EXPECT_THAT(user_agent_, StartsWith("dealgraph/"));
}

TEST_F(HttpClientTest, ConditionalRequestIsAnsweredNotModified) {
  HttpClient client(Fast());
  auto first = client.Get(Url("/feed.xml"));
  ASSERT_TRUE(first.ok());
  auto again = client.Get(Url("/feed.xml"), first->validators);
  ASSERT_TRUE(again.ok()) << again.status().ToString();
  EXPECT_TRUE(again->not_modified());
  EXPECT_TRUE(again->body.empty());
  EXPECT_EQ(again->validators.etag, "\"v1\"");
  EXPECT_EQ(feed_requests_.load(), 2);
  EXPECT_EQ(client.requests(), 2);
}

TEST_F(HttpClientTest, LargerThanTheLimitIsTooLarge) {
  FetchOptions o = Fast();
  o.max_bytes = 1000;
  HttpClient client(o);
  auto r = client.Get(Url("/big"));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), ErrorCode::kTooLarge);
  EXPECT_EQ(r.status().where(), Url("/big"));
  EXPECT_THAT(r.status().message(), HasSubstr("larger than 1000 bytes"));
  o.max_bytes = 64 * 1024;  // exactly the size is fine
  HttpClient enough(o);
  EXPECT_TRUE(enough.Get(Url("/big")).ok());
}

TEST_F(HttpClientTest, ASlowServerTimesOut) {
  FetchOptions o = Fast();
  o.timeout = std::chrono::milliseconds(300);
  HttpClient client(o);
  auto r = client.Get(Url("/slow"));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), ErrorCode::kIoError);
  EXPECT_THAT(r.status().message(), HasSubstr("no complete response within 300 ms"));
  EXPECT_EQ(r.status().where(), Url("/slow"));
}

TEST_F(HttpClientTest, RedirectsAreFollowedUpToTheLimit) {
  FetchOptions o = Fast();
  o.max_redirects = 3;
  HttpClient client(o);
  auto ok = client.Get(Url("/hop/3"));
  ASSERT_TRUE(ok.ok()) << ok.status().ToString();
  EXPECT_EQ(ok->final_url, Url("/hop/0"));
  EXPECT_EQ(ok->body, kFeed);
  auto loop = client.Get(Url("/hop/4"));
  ASSERT_FALSE(loop.ok());
  EXPECT_THAT(loop.status().message(), HasSubstr("more than 3 redirects"));
  EXPECT_THAT(loop.status().where(), StartsWith(Url("/hop/4")));
}

TEST_F(HttpClientTest, HttpErrorsAndOtherSchemesAreErrorsNamingTheUrl) {
  HttpClient client(Fast());
  auto gone = client.Get(Url("/gone"));
  ASSERT_FALSE(gone.ok());
  EXPECT_EQ(gone.status().code(), ErrorCode::kNotFound);
  EXPECT_EQ(gone.status().message(), "HTTP 404");
  EXPECT_EQ(gone.status().where(), Url("/gone"));
  auto error = client.Get(Url("/error"));
  ASSERT_FALSE(error.ok());
  EXPECT_EQ(error.status().code(), ErrorCode::kIoError);
  EXPECT_EQ(error.status().message(), "HTTP 503");
  auto file = client.Get("file:///etc/passwd");
  ASSERT_FALSE(file.ok());
  EXPECT_EQ(file.status().code(), ErrorCode::kUnsupported);
  auto to_file = client.Get(Url("/to-file"));
  ASSERT_FALSE(to_file.ok());
  EXPECT_EQ(to_file.status().code(), ErrorCode::kUnsupported);
  auto refused = client.Get("http://127.0.0.1:1/feed.xml");
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.status().code(), ErrorCode::kIoError);
  EXPECT_EQ(refused.status().where(), "http://127.0.0.1:1/feed.xml");
}

TEST_F(HttpClientTest, RequestsToOneHostKeepTheDelay) {
  FetchOptions o;
  o.host_delay = std::chrono::milliseconds(200);
  HttpClient client(o);
  ASSERT_TRUE(client.Get(Url("/feed.xml")).ok());
  auto end_of_first = std::chrono::steady_clock::now();
  ASSERT_TRUE(client.Get(Url("/big")).ok());
  // The second request started no sooner than the delay after the first ended.
  EXPECT_GE(std::chrono::steady_clock::now() - end_of_first, std::chrono::milliseconds(200));
}

}  // namespace
}  // namespace dealgraph::fetch
