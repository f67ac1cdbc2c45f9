// Limits and manners of the HTTP fetcher, and the parsers of their
// command-line spellings ("30s", "15m", "20MB").
#ifndef DEALGRAPH_FETCH_FETCH_OPTIONS_H_
#define DEALGRAPH_FETCH_FETCH_OPTIONS_H_

#include <chrono>
#include <cstddef>
#include <string>
#include <string_view>

namespace dealgraph::fetch {

struct FetchOptions {
  // The whole transfer of one URL, redirects included.
  std::chrono::milliseconds timeout{20'000};
  // Connecting alone (capped by `timeout`).
  std::chrono::milliseconds connect_timeout{10'000};
  // The body as received after content decoding; a larger one is an error.
  size_t max_bytes = size_t{20} << 20;
  // Redirects followed for one URL; one more is an error (so loops end).
  int max_redirects = 5;
  // The least time from the end of one request to a host to the start of the next.
  std::chrono::milliseconds host_delay{1'000};
  // Empty: DefaultUserAgent().
  std::string user_agent;
};

// "dealgraph/<version> (+news deal ledger; feed reader)".
std::string DefaultUserAgent();

// A duration: a number with an optional unit ms, s, m or h ("500ms", "30s",
// "1.5m", "15m", "1h"); a bare number is seconds. False on anything else or a
// negative value.
bool ParseDuration(std::string_view text, std::chrono::milliseconds* out);

// A byte count: a number with an optional unit B, k/KB/KiB, M/MB/MiB, G/GB/GiB
// (all powers of 1024; case ignored). False on anything else.
bool ParseByteSize(std::string_view text, size_t* out);

// "1.5 s", "250 ms", "15 min", "2 h": a duration for messages.
std::string FormatDuration(std::chrono::milliseconds d);

}  // namespace dealgraph::fetch

#endif  // DEALGRAPH_FETCH_FETCH_OPTIONS_H_
