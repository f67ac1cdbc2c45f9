// WorkerPool: the server's connection threads, started when connections need
// them (up to a maximum) so that a few slow clients cannot hold every thread.
#ifndef DEALGRAPH_SERVER_WORKER_POOL_H_
#define DEALGRAPH_SERVER_WORKER_POOL_H_

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace dealgraph::server {

// Runs jobs on threads. A job that arrives while every thread is busy starts a
// new thread, until `max_threads` exist; beyond that jobs wait in order. Threads
// stay until Shutdown(). Thread-safe.
class WorkerPool {
 public:
  explicit WorkerPool(size_t max_threads);
  ~WorkerPool();  // Shutdown()
  WorkerPool(const WorkerPool&) = delete;
  WorkerPool& operator=(const WorkerPool&) = delete;

  // Queues `job`; it runs on some pool thread.
  void Enqueue(std::function<void()> job);
  // Runs the jobs already queued, then joins every thread. Enqueue after it
  // runs nothing.
  void Shutdown();
  // Threads started so far (at most max_threads).
  size_t threads() const;
  // Threads waiting for a job.
  size_t idle() const;

 private:
  void Work();

  const size_t max_threads_;
  mutable std::mutex mu_;
  std::condition_variable wake_;
  std::deque<std::function<void()>> jobs_;
  std::vector<std::thread> threads_;
  size_t idle_ = 0;  // threads waiting for a job
  bool shutdown_ = false;
};

}  // namespace dealgraph::server

#endif  // DEALGRAPH_SERVER_WORKER_POOL_H_
