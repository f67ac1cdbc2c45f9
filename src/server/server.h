// HTTP server of `dealgraph serve`: the JSON API (api.h) and the embedded page
// over one open Ledger, with the safety limits of a local tool.
#ifndef DEALGRAPH_SERVER_SERVER_H_
#define DEALGRAPH_SERVER_SERVER_H_

#include <cstddef>
#include <functional>
#include <string>

#include "dealgraph/ledger.h"
#include "dealgraph/status.h"

namespace dealgraph::server {

struct ServerOptions {
  std::string bind = "127.0.0.1";  // loopback only unless the user asks otherwise
  int port = 8080;                 // 0: any free port (reported through on_listening)
  // Bearer token that enables POST /api/ingest; empty: the server is read-only.
  std::string token;
  std::string gazetteer_path;                   // for the extractor used by ingest; empty: built in
  size_t max_body_bytes = size_t{8} << 20;      // larger request bodies get 413
  size_t max_header_bytes = size_t{16} << 10;   // all header lines together; larger gets 431
  // A client that sends nothing for this long while its request is incomplete
  // is dropped (and an idle kept-alive connection after 5 s).
  int read_timeout_seconds = 5;
  int write_timeout_seconds = 10;
  // Connections served at once, each on its own thread; more wait for one to end.
  size_t max_connections = 512;
  int listen_backlog = 512;  // connections waiting to be accepted (the kernel caps it at somaxconn)
  bool log_requests = false;  // one line per request on standard error
  // Called once the socket is bound, with the actual port.
  std::function<void(const std::string& bind, int port)> on_listening;
};

// True for "127.0.0.1" (any 127/8 address), "::1" and "localhost".
bool IsLoopback(const std::string& host);

// Serves `ledger` until SIGINT or SIGTERM. Fails with kIoError when the
// address cannot be bound. `ledger` must outlive the call; the server is its
// only user in this process meanwhile (requests take turns on it, each in a
// read transaction, so other processes may write to the database).
Status Serve(Ledger& ledger, const ServerOptions& options);

}  // namespace dealgraph::server

#endif  // DEALGRAPH_SERVER_SERVER_H_
