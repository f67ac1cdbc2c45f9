// OrderedPool: batches of documents go to worker threads; the calling thread
// keeps reading and writes finished batches strictly in input order.
#include "cli/ordered_pool.h"

namespace dealgraph::cli {
namespace {

constexpr size_t kBatchDocs = 64;
constexpr size_t kBatchBytes = size_t{1} << 20;
constexpr size_t kFlushBytes = size_t{1} << 16;

void Write(std::FILE* out, const std::string& bytes) {
  if (!bytes.empty()) std::fwrite(bytes.data(), 1, bytes.size(), out);
}

}  // namespace

OrderedPool::OrderedPool(int jobs, Job job, std::FILE* out)
    : jobs_(jobs < 1 ? 1 : jobs), job_(std::move(job)), out_(out), filling_(std::make_unique<Batch>()) {
  if (jobs_ == 1) return;
  for (int t = 0; t < jobs_; ++t) threads_.emplace_back([this] { Work(); });
}

OrderedPool::~OrderedPool() { Finish(); }

void OrderedPool::Add(Document&& doc) {
  if (jobs_ == 1) {
    job_(doc, &buffer_);
    if (buffer_.size() >= kFlushBytes) {
      Write(out_, buffer_);
      buffer_.clear();
    }
    return;
  }
  filling_->text_bytes += doc.text.size();
  filling_->docs.push_back(std::move(doc));
  if (filling_->docs.size() >= kBatchDocs || filling_->text_bytes >= kBatchBytes) Submit();
}

void OrderedPool::Submit() {
  std::unique_lock<std::mutex> lock(mu_);
  while (in_flight_.size() >= 4 * static_cast<size_t>(jobs_)) WriteFront(lock);
  todo_.push_back(filling_.get());
  in_flight_.push_back(std::move(filling_));
  filling_ = std::make_unique<Batch>();
  work_ready_.notify_one();
  while (!in_flight_.empty() && in_flight_.front()->done) WriteFront(lock);
}

void OrderedPool::WriteFront(std::unique_lock<std::mutex>& lock) {
  batch_done_.wait(lock, [&] { return in_flight_.front()->done; });
  std::unique_ptr<Batch> batch = std::move(in_flight_.front());
  in_flight_.pop_front();
  lock.unlock();
  Write(out_, batch->out);
  batch.reset();
  lock.lock();
}

void OrderedPool::Work() {
  for (;;) {
    Batch* batch;
    {
      std::unique_lock<std::mutex> lock(mu_);
      work_ready_.wait(lock, [&] { return closing_ || !todo_.empty(); });
      if (todo_.empty()) return;
      batch = todo_.front();
      todo_.pop_front();
    }
    for (const Document& doc : batch->docs) job_(doc, &batch->out);
    std::vector<Document>().swap(batch->docs);
    {
      std::lock_guard<std::mutex> lock(mu_);
      batch->done = true;
    }
    batch_done_.notify_all();
  }
}

void OrderedPool::Finish() {
  if (finished_) return;
  finished_ = true;
  if (jobs_ == 1) {
    Write(out_, buffer_);
    buffer_.clear();
  } else {
    if (!filling_->docs.empty()) Submit();
    std::unique_lock<std::mutex> lock(mu_);
    while (!in_flight_.empty()) WriteFront(lock);
    closing_ = true;
    work_ready_.notify_all();
    lock.unlock();
    for (std::thread& t : threads_) t.join();
  }
  std::fflush(out_);
}

}  // namespace dealgraph::cli
