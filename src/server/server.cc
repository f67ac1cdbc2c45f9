// Serve: cpp-httplib wiring of the API and the embedded assets, with security
// headers, size limits, time-outs, connection threads on demand, a Host check
// and shutdown on SIGINT/SIGTERM. The only file that includes httplib.h.
#include "server/server.h"

#include <fmt/format.h>
#include <httplib.h>
#include <pthread.h>
#include <signal.h>
#include <sys/socket.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <thread>

#include "server/api.h"
#include "server/assets.h"
#include "server/worker_pool.h"

namespace dealgraph::server {
namespace {

// No inline scripts or styles, nothing from other origins; the page only talks to this server.
constexpr const char* kContentSecurityPolicy =
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

void SetJson(httplib::Response& res, const ApiResponse& api) {
  res.status = api.status;
  res.set_header("Cache-Control", "no-store");
  res.set_content(api.body, "application/json; charset=utf-8");
}

std::string HostName(const std::string& host_header) {
  if (!host_header.empty() && host_header[0] == '[') {  // "[::1]:8080"
    size_t close = host_header.find(']');
    return close == std::string::npos ? host_header : host_header.substr(1, close - 1);
  }
  return host_header.substr(0, host_header.find(':'));
}

ApiRequest ToApiRequest(const httplib::Request& req) {
  ApiRequest r;
  r.method = req.method;
  r.path = req.path;
  for (const auto& [name, value] : req.params) r.params.emplace_back(name, value);
  r.content_type = req.get_header_value("Content-Type");
  r.authorization = req.get_header_value("Authorization");
  r.body = req.body;
  return r;
}

// httplib's task queue (one job per accepted connection) on a WorkerPool.
class ConnectionQueue : public httplib::TaskQueue {
 public:
  explicit ConnectionQueue(size_t max_threads) : pool_(max_threads) {}
  void enqueue(std::function<void()> fn) override { pool_.Enqueue(std::move(fn)); }
  void shutdown() override { pool_.Shutdown(); }

 private:
  WorkerPool pool_;
};

// httplib::Server with a longer queue of connections waiting for accept()
// than the library's 5, so that a burst of clients is not made to retry.
class HttpServer : public httplib::Server {
 public:
  void SetBacklog(int backlog) {
    if (svr_sock_ != INVALID_SOCKET) ::listen(svr_sock_, backlog);
  }
};

// Blocks SIGINT and SIGTERM in every thread and stops `server` when one arrives.
class SignalStopper {
 public:
  explicit SignalStopper(httplib::Server& server) {
    sigemptyset(&set_);
    sigaddset(&set_, SIGINT);
    sigaddset(&set_, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &set_, &old_);
    thread_ = std::thread([this, &server] {
      int sig = 0;
      sigwait(&set_, &sig);
      if (!done_) server.stop();
    });
  }
  ~SignalStopper() {
    done_ = true;
    pthread_kill(thread_.native_handle(), SIGTERM);  // wakes sigwait
    thread_.join();
    pthread_sigmask(SIG_SETMASK, &old_, nullptr);
  }

 private:
  sigset_t set_;
  sigset_t old_;
  std::atomic<bool> done_{false};
  std::thread thread_;
};

}  // namespace

bool IsLoopback(const std::string& host) {
  return host == "localhost" || host == "::1" || host.rfind("127.", 0) == 0;
}

Status Serve(Ledger& ledger, const ServerOptions& options) {
  Api api(ledger, ApiOptions{options.token, options.gazetteer_path});
  HttpServer server;
  // A thread per connection in progress, so that clients that are slow to send
  // their request hold only their own thread (until the read time-out drops them).
  const size_t max_connections = options.max_connections;
  server.new_task_queue = [max_connections] { return new ConnectionQueue(max_connections); };
  server.set_payload_max_length(options.max_body_bytes);
  server.set_read_timeout(options.read_timeout_seconds, 0);
  server.set_write_timeout(options.write_timeout_seconds, 0);
  server.set_keep_alive_timeout(5);
  server.set_default_headers({
      {"Content-Security-Policy", kContentSecurityPolicy},
      {"X-Content-Type-Options", "nosniff"},
      {"X-Frame-Options", "DENY"},
      {"Referrer-Policy", "no-referrer"},
      {"Cross-Origin-Resource-Policy", "same-origin"},
  });
  const bool loopback_only = IsLoopback(options.bind);
  server.set_pre_routing_handler([&](const httplib::Request& req, httplib::Response& res) {
    size_t header_bytes = req.target.size();
    for (const auto& [name, value] : req.headers) header_bytes += name.size() + value.size() + 4;
    if (header_bytes > options.max_header_bytes) {
      SetJson(res, ErrorResponse(431, "request headers too large"));
      return httplib::Server::HandlerResponse::Handled;
    }
    // A page on another site must not reach a loopback server by DNS rebinding.
    if (loopback_only && !IsLoopback(HostName(req.get_header_value("Host")))) {
      SetJson(res, ErrorResponse(421, "this server only answers requests for localhost or 127.0.0.1"));
      return httplib::Server::HandlerResponse::Handled;
    }
    return httplib::Server::HandlerResponse::Unhandled;
  });
  auto api_handler = [&](const httplib::Request& req, httplib::Response& res) {
    SetJson(res, api.Handle(ToApiRequest(req)));
  };
  server.Get("/api/.*", api_handler);
  server.Post("/api/.*", api_handler);
  server.Put("/api/.*", api_handler);
  server.Delete("/api/.*", api_handler);
  server.Patch("/api/.*", api_handler);
  server.Get("/.*", [](const httplib::Request& req, httplib::Response& res) {
    const Asset* asset = FindAsset(req.path);
    if (asset == nullptr) {
      SetJson(res, ErrorResponse(404, "not found"));
      return;
    }
    // Browsers ask again each time (no-cache) and get a 304 while the binary is the same.
    res.set_header("Cache-Control", "no-cache");
    res.set_header("ETag", asset->etag);
    res.set_header("Vary", "Accept-Encoding");
    if (EtagMatches(req.get_header_value("If-None-Match"), asset->etag)) {
      res.status = 304;
      return;
    }
    const bool gzip = !asset->gzip.empty() && AcceptsGzip(req.get_header_value("Accept-Encoding"));
    const std::string_view body = gzip ? std::string_view(asset->gzip) : asset->content;
    if (gzip) res.set_header("Content-Encoding", "gzip");
    // A content provider of known length: cpp-httplib leaves its bytes as they are (it would
    // compress a set_content body again on every request).
    res.set_content_provider(body.size(), std::string(asset->content_type),
                             [body](size_t offset, size_t length, httplib::DataSink& sink) {
                               return sink.write(body.data() + offset, std::min(length, body.size() - offset));
                             });
  });
  server.set_error_handler([](const httplib::Request&, httplib::Response& res) {
    if (!res.body.empty()) return;
    std::string message = res.status == 413   ? "request body too large"
                          : res.status == 404 ? "not found"
                          : res.status == 414 ? "request URI too long"
                          : res.status == 400 ? "bad request (malformed, or a header line over 8 KB)"
                                              : fmt::format("HTTP error {}", res.status);
    SetJson(res, ErrorResponse(res.status, message));
  });
  server.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr ep) {
    std::string message = "internal error";
    try {
      if (ep) std::rethrow_exception(ep);
    } catch (const std::exception& e) {
      message = std::string("internal error: ") + e.what();
    } catch (...) {
    }
    SetJson(res, ErrorResponse(500, message));
  });
  if (options.log_requests) {
    server.set_logger([](const httplib::Request& req, const httplib::Response& res) {
      std::fprintf(stderr, "%s %s %d\n", req.method.c_str(), req.path.c_str(), res.status);
    });
  }

  SignalStopper stopper(server);
  int port = options.port;
  if (port == 0) {
    port = server.bind_to_any_port(options.bind);
    if (port < 0) return Status(ErrorCode::kIoError, fmt::format("cannot listen on {}", options.bind));
  } else if (!server.bind_to_port(options.bind, port)) {
    return Status(ErrorCode::kIoError, fmt::format("cannot listen on {} port {}", options.bind, port));
  }
  server.SetBacklog(options.listen_backlog);
  if (options.on_listening) options.on_listening(options.bind, port);
  if (!server.listen_after_bind()) return Status(ErrorCode::kIoError, "the server stopped with an error");
  return Status::Ok();
}

}  // namespace dealgraph::server
