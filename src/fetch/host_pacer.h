// Politeness: a pause between two requests to one host.
#ifndef DEALGRAPH_FETCH_HOST_PACER_H_
#define DEALGRAPH_FETCH_HOST_PACER_H_

#include <chrono>
#include <string>
#include <unordered_map>

namespace dealgraph::fetch {

class HostPacer {
 public:
  using Clock = std::chrono::steady_clock;
  explicit HostPacer(std::chrono::milliseconds delay) : delay_(delay) {}

  // Sleeps until a request to `host` may start: `delay` after the end of the
  // previous request to it. Returns the time slept. Hosts are compared as
  // given (UrlHost lower-cases them).
  std::chrono::milliseconds Wait(const std::string& host);
  // Records that a request to `host` ended now.
  void Done(const std::string& host);

 private:
  std::chrono::milliseconds delay_;
  std::unordered_map<std::string, Clock::time_point> last_end_;
};

}  // namespace dealgraph::fetch

#endif  // DEALGRAPH_FETCH_HOST_PACER_H_
