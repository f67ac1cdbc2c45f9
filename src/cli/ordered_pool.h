// OrderedPool: runs a per-document job on worker threads while the documents
// are still being read, and writes the results in input order.
#ifndef DEALGRAPH_CLI_ORDERED_POOL_H_
#define DEALGRAPH_CLI_ORDERED_POOL_H_

#include <condition_variable>
#include <cstdio>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "dealgraph/document.h"

namespace dealgraph::cli {

class OrderedPool {
 public:
  // Appends the output of one document to the buffer. Called on the worker
  // threads at the same time for different documents: it must be thread-safe.
  using Job = std::function<void(const Document& doc, std::string* out)>;

  // `jobs` threads (1: everything runs on the calling thread, no threads).
  // Output goes to `out` in the order of Add calls, written in large blocks.
  // Memory stays bounded: at most 4 batches per thread are in flight, each of
  // at most 64 documents or 1 MB of text.
  OrderedPool(int jobs, Job job, std::FILE* out);
  ~OrderedPool();  // calls Finish()
  OrderedPool(const OrderedPool&) = delete;
  OrderedPool& operator=(const OrderedPool&) = delete;

  // Queues one document; blocks while too many batches are in flight.
  void Add(Document&& doc);
  // Runs what is queued, writes every output and stops the threads.
  void Finish();

 private:
  struct Batch {
    std::vector<Document> docs;
    size_t text_bytes = 0;
    std::string out;
    bool done = false;
  };
  void Submit();
  void Work();
  void WriteFront(std::unique_lock<std::mutex>& lock);  // writes and drops the first batch once done

  const int jobs_;
  Job job_;
  std::FILE* out_;
  std::string buffer_;  // single-thread mode: output waiting to be written
  std::unique_ptr<Batch> filling_;
  std::mutex mu_;
  std::condition_variable work_ready_, batch_done_;
  std::deque<std::unique_ptr<Batch>> in_flight_;  // input order
  std::deque<Batch*> todo_;                       // not started yet
  bool closing_ = false;
  bool finished_ = false;
  std::vector<std::thread> threads_;
};

}  // namespace dealgraph::cli

#endif  // DEALGRAPH_CLI_ORDERED_POOL_H_
