// Tests of WorkerPool: blocked jobs get threads of their own up to the maximum,
// jobs beyond it wait and still run, Shutdown runs what was queued.
#include "server/worker_pool.h"

#include <gtest/gtest.h>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace dealgraph::server {
namespace {

// A gate jobs wait at until `n` of them are inside at once.
class Rendezvous {
 public:
  explicit Rendezvous(int n) : n_(n) {}
  void Arrive() {
    std::unique_lock<std::mutex> lock(mu_);
    if (++inside_ >= n_) cv_.notify_all();
    cv_.wait(lock, [this] { return inside_ >= n_; });
  }

 private:
  std::mutex mu_;
  std::condition_variable cv_;
  int inside_ = 0;
  const int n_;
};

TEST(WorkerPoolTest, BlockedJobsEachGetAThread) {
  // 20 jobs that can only finish together: the pool must run them at once.
  constexpr int kJobs = 20;
  Rendezvous all(kJobs);
  std::atomic<int> done{0};
  WorkerPool pool(64);
  for (int i = 0; i < kJobs; ++i) {
    pool.Enqueue([&] {
      all.Arrive();
      ++done;
    });
  }
  pool.Shutdown();
  EXPECT_EQ(done.load(), kJobs);
  EXPECT_EQ(pool.threads(), 0u);  // joined
}

TEST(WorkerPoolTest, NeverMoreThanTheMaximum) {
  WorkerPool pool(3);
  std::atomic<int> done{0};
  std::atomic<int> running{0};
  std::atomic<int> most{0};
  for (int i = 0; i < 50; ++i) {
    pool.Enqueue([&] {
      int now = ++running;
      int seen = most.load();
      while (now > seen && !most.compare_exchange_weak(seen, now)) {
      }
      --running;
      ++done;
    });
  }
  EXPECT_LE(pool.threads(), 3u);
  pool.Shutdown();
  EXPECT_EQ(done.load(), 50);
  EXPECT_LE(most.load(), 3);
}

TEST(WorkerPoolTest, ThreadsAreReused) {
  WorkerPool pool(8);
  for (int i = 0; i < 5; ++i) {
    std::mutex mu;
    std::condition_variable cv;
    bool ran = false;
    pool.Enqueue([&] {
      std::lock_guard<std::mutex> lock(mu);
      ran = true;
      cv.notify_one();
    });
    std::unique_lock<std::mutex> lock(mu);
    cv.wait(lock, [&] { return ran; });
    lock.unlock();
    // The job is done; wait until its thread is back among the idle ones, so
    // the next job finds it (a state, not a time: the loop ends when it holds).
    while (pool.idle() < pool.threads()) std::this_thread::yield();
  }
  // One job at a time, each after the last thread went idle: one thread takes them all.
  EXPECT_EQ(pool.threads(), 1u);
}

TEST(WorkerPoolTest, EnqueueAfterShutdownRunsNothing) {
  WorkerPool pool(2);
  pool.Shutdown();
  bool ran = false;
  pool.Enqueue([&] { ran = true; });
  pool.Shutdown();
  EXPECT_FALSE(ran);
}

}  // namespace
}  // namespace dealgraph::server
