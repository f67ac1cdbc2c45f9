// HostPacer: the time of the last request per host, and the wait before the next.
#include "fetch/host_pacer.h"

#include <thread>

namespace dealgraph::fetch {

std::chrono::milliseconds HostPacer::Wait(const std::string& host) {
  auto it = last_end_.find(host);
  if (it == last_end_.end() || delay_.count() <= 0) return std::chrono::milliseconds(0);
  Clock::time_point start = Clock::now(), ready = it->second + delay_;
  if (start >= ready) return std::chrono::milliseconds(0);
  std::this_thread::sleep_until(ready);
  return std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start);
}

void HostPacer::Done(const std::string& host) { last_end_[host] = Clock::now(); }

}  // namespace dealgraph::fetch
