// Ingest: expands inputs, reads documents, extracts claims, stores them.
#include "ledger/ingest.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <exception>
#include <filesystem>
#include <future>
#include <memory>
#include <mutex>
#include <system_error>
#include <thread>

#include "ledger/content_hash.h"

namespace dealgraph {
namespace {

constexpr std::array<std::string_view, 8> kExtensions = {".txt", ".html", ".htm", ".jsonl",
                                                         ".ndjson", ".xml", ".rss", ".atom"};

}  // namespace

bool IsIngestibleFile(const std::string& path) {
  // Annotations kept beside articles are not news: gold and expected outputs.
  const std::string name = std::filesystem::path(path).filename().string();
  for (std::string_view skip : {".gold.jsonl", ".deals.jsonl", ".entities.jsonl"}) {
    if (name.size() > skip.size() && name.compare(name.size() - skip.size(), skip.size(), skip) == 0) return false;
  }
  std::string ext = std::filesystem::path(path).extension().string();
  for (char& c : ext) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return std::find(kExtensions.begin(), kExtensions.end(), ext) != kExtensions.end();
}

std::vector<std::string> ExpandInputs(const std::vector<std::string>& args,
                                      const std::function<void(const Status&)>& on_error) {
  namespace fs = std::filesystem;
  std::vector<std::string> out;
  for (const std::string& arg : args) {
    if (arg == "-") {
      out.push_back(arg);
      continue;
    }
    std::error_code ec;
    fs::file_status st = fs::status(arg, ec);
    if (ec || !fs::exists(st)) {
      on_error(Status(ErrorCode::kNotFound, "no such file or folder", arg));
      continue;
    }
    if (!fs::is_directory(st)) {
      out.push_back(arg);
      continue;
    }
    std::vector<std::string> found;
    fs::recursive_directory_iterator it(arg, fs::directory_options::skip_permission_denied, ec), end;
    for (; !ec && it != end; it.increment(ec)) {
      std::error_code fec;
      if (it->is_regular_file(fec) && IsIngestibleFile(it->path().string())) found.push_back(it->path().string());
    }
    if (ec) on_error(Status(ErrorCode::kIoError, ec.message(), arg));
    std::sort(found.begin(), found.end());
    out.insert(out.end(), found.begin(), found.end());
  }
  return out;
}

namespace {

// Extracts the claims of each document, spreading the documents over threads.
void ExtractAll(const Extractor& extractor, const std::vector<Document>& docs, int threads,
                std::vector<std::vector<Deal>>* out) {
  out->assign(docs.size(), {});
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i = next++; i < docs.size(); i = next++) (*out)[i] = extractor.Extract(docs[i]);
  };
  std::vector<std::thread> helpers;
  for (int t = 1; t < threads && static_cast<size_t>(t) < docs.size(); ++t) helpers.emplace_back(work);
  work();
  for (std::thread& t : helpers) t.join();
}

}  // namespace

IngestInput FileInput(const std::string& path) {
  return {path,
          [path](const IngestOptions& options, const std::function<void(Document&&)>& on_document,
                 const std::function<void(const Status&)>& on_error) {
            return ReadDocuments(path, options.format, options.limits, on_document, on_error);
          },
          /*uses_ledger=*/false};
}

namespace {

// Documents on their way from reading to the store, with their content keys
// and claims.
struct Chunk {
  std::vector<Document> docs;
  std::vector<std::string> keys;  // content keys of the texts (Ledger::Contains)
  std::vector<std::vector<Deal>> claims;
  std::future<void> extracted;
  // Bulk pipeline: what the reader counted and met before and among these
  // documents, told on the storing thread when they are stored.
  IngestStats read;
  std::vector<Status> errors;
};

// Claims of a chunk from IngestOptions::claims (by document id).
void TakeClaims(const ClaimsByDoc& claims, Chunk* c) {
  c->claims.assign(c->docs.size(), {});
  for (size_t i = 0; i < c->docs.size(); ++i) {
    auto it = claims.find(c->docs[i].id);
    if (it != claims.end()) c->claims[i] = it->second;
  }
}

// Adds a chunk's documents with their claims, in input order, counting them
// in *stats; stops at the first database error and returns it.
Status StoreChunk(Ledger& ledger, const Chunk& c, IngestStats* stats) {
  for (size_t i = 0; i < c.docs.size(); ++i) {
    auto added = ledger.Add(c.docs[i], c.claims[i], c.keys[i]);
    if (!added.ok()) return added.status();
    if (added->added) {
      ++stats->added;
      stats->claims += added->claims;
    } else {
      ++stats->unchanged;
    }
  }
  return Status();
}

// Chunks handed from the reading thread to the storing one, at most
// `capacity` waiting and, past the first, at most `max_bytes` of text.
// Stop() makes both sides give up.
class ChunkQueue {
 public:
  ChunkQueue(size_t capacity, int64_t max_bytes) : capacity_(capacity), max_bytes_(max_bytes) {}

  // False once stopped (the chunk is dropped).
  bool Push(std::unique_ptr<Chunk> c) {
    std::unique_lock<std::mutex> lock(mu_);
    not_full_.wait(lock, [&] {
      return stopped_ || chunks_.empty() || (chunks_.size() < capacity_ && bytes_ + c->read.bytes <= max_bytes_);
    });
    if (stopped_) return false;
    bytes_ += c->read.bytes;
    chunks_.push_back(std::move(c));
    not_empty_.notify_one();
    return true;
  }
  // The next chunk; null once closed and empty, or stopped.
  std::unique_ptr<Chunk> Pop() {
    std::unique_lock<std::mutex> lock(mu_);
    not_empty_.wait(lock, [&] { return stopped_ || closed_ || !chunks_.empty(); });
    if (stopped_ || chunks_.empty()) return nullptr;
    std::unique_ptr<Chunk> c = std::move(chunks_.front());
    chunks_.pop_front();
    bytes_ -= c->read.bytes;
    not_full_.notify_one();
    return c;
  }
  void Close() {
    std::lock_guard<std::mutex> lock(mu_);
    closed_ = true;
    not_empty_.notify_all();
  }
  void Stop() {
    std::lock_guard<std::mutex> lock(mu_);
    stopped_ = true;
    not_empty_.notify_all();
    not_full_.notify_all();
  }
  bool stopped() {
    std::lock_guard<std::mutex> lock(mu_);
    return stopped_;
  }

 private:
  const size_t capacity_;
  const int64_t max_bytes_;
  int64_t bytes_ = 0;  // text in the waiting chunks
  std::mutex mu_;
  std::condition_variable not_empty_, not_full_;
  std::deque<std::unique_ptr<Chunk>> chunks_;
  bool closed_ = false, stopped_ = false;
};

// Chunks a bulk load's reader may run ahead of the store: a flush of a bulk
// batch (10,000 documents) takes long enough to extract several thousand more.
// Big documents are bounded by their text instead.
constexpr size_t kChunksAhead = 64;
constexpr int64_t kBytesAhead = 128 << 20;

// A bulk load of inputs that do not use the ledger: one thread reads, hashes
// and extracts while this one stores. The ledger held no document when the
// load began, so no text needs looking up before extraction; one met twice
// is stored once (Ledger::Add finds it) and counted unchanged.
Status IngestPipelined(const std::vector<IngestInput>& inputs, const IngestOptions& options,
                       const Extractor& extractor, Ledger& ledger, int threads, size_t chunk,
                       const std::function<void(const IngestStats&)>& on_progress,
                       const std::function<void(const Status&)>& on_error, IngestStats* stats) {
  ChunkQueue queue(kChunksAhead, kBytesAhead);
  std::thread reader([&] {
    auto current = std::make_unique<Chunk>();
    bool more = true;
    auto ship = [&] {
      if (options.claims) {
        TakeClaims(*options.claims, current.get());
      } else {
        ExtractAll(extractor, current->docs, threads, &current->claims);
      }
      more = queue.Push(std::move(current));
      current = std::make_unique<Chunk>();
    };
    try {
      for (const IngestInput& input : inputs) {
        if (!more) break;
        ++current->read.files;
        auto report = [&](const Status& s) {
          ++current->read.errors;
          current->errors.push_back(s.where().empty() ? s.At(input.name) : s);
        };
        Status read = input.read(
            options,
            [&](Document&& doc) {
              if (!more) return;
              ++current->read.documents;
              current->read.bytes += static_cast<int64_t>(doc.text.size());
              current->keys.push_back(ContentHash(doc.text));
              current->docs.push_back(std::move(doc));
              if (current->docs.size() >= chunk) ship();
            },
            report);
        if (!read.ok()) report(read);
      }
    } catch (const std::exception& e) {
      current->errors.push_back(Status(ErrorCode::kInternal, std::string("reading failed: ") + e.what()));
      ++current->read.errors;
    }
    if (more) ship();  // the last documents, or only what was counted after them
    queue.Close();
  });
  Status fatal;
  while (std::unique_ptr<Chunk> c = queue.Pop()) {
    stats->files += c->read.files;
    stats->documents += c->read.documents;
    stats->bytes += c->read.bytes;
    stats->errors += c->read.errors;
    for (const Status& e : c->errors) on_error(e);
    fatal = StoreChunk(ledger, *c, stats);
    on_progress(*stats);
    if (!fatal.ok()) {
      queue.Stop();
      break;
    }
  }
  reader.join();
  if (!fatal.ok()) {
    (void)ledger.EndBulkLoad();
    return fatal;
  }
  return ledger.EndBulkLoad();
}

}  // namespace

Status Ingest(const std::vector<std::string>& inputs, const IngestOptions& options, const Extractor& extractor,
              Ledger& ledger, const std::function<void(const IngestStats&)>& on_progress,
              const std::function<void(const Status&)>& on_error, IngestStats* stats) {
  std::vector<IngestInput> files;
  files.reserve(inputs.size());
  for (const std::string& path : inputs) files.push_back(FileInput(path));
  return Ingest(files, options, extractor, ledger, on_progress, on_error, stats);
}

Status Ingest(const std::vector<IngestInput>& inputs, const IngestOptions& options, const Extractor& extractor,
              Ledger& ledger, const std::function<void(const IngestStats&)>& on_progress,
              const std::function<void(const Status&)>& on_error, IngestStats* stats) {
  const int threads =
      options.threads > 0 ? options.threads : std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
  const size_t chunk = static_cast<size_t>(std::max(1, options.chunk));
  // Into an empty ledger, the query-only indexes are built once at the end.
  auto bulk = ledger.BeginBulkLoad();
  if (!bulk.ok()) return bulk.status();
  if (*bulk && std::none_of(inputs.begin(), inputs.end(), [](const IngestInput& i) { return i.uses_ledger; })) {
    return IngestPipelined(inputs, options, extractor, ledger, threads, chunk, on_progress, on_error, stats);
  }
  // Otherwise a pipeline of two chunks: while one is extracted (on its own
  // threads), the previous one is stored and the next one read, all in input
  // order; texts stored before are looked up first and not extracted.
  Status fatal;
  Chunk filling;
  std::unique_ptr<Chunk> in_flight;
  auto store = [&](Chunk& c) {
    c.extracted.wait();
    if (fatal.ok()) fatal = StoreChunk(ledger, c, stats);
    on_progress(*stats);
  };
  auto launch = [&] {
    auto next = std::make_unique<Chunk>(std::move(filling));
    filling = Chunk();
    Chunk* c = next.get();
    if (options.claims) {
      TakeClaims(*options.claims, c);
      std::promise<void> done;
      done.set_value();
      c->extracted = done.get_future();
    } else {
      c->extracted = std::async(std::launch::async, [c, &extractor, threads] {
        ExtractAll(extractor, c->docs, threads, &c->claims);
      });
    }
    if (in_flight) store(*in_flight);
    in_flight = std::move(next);
  };
  for (const IngestInput& input : inputs) {
    ++stats->files;
    auto report = [&](const Status& s) {
      ++stats->errors;
      on_error(s.where().empty() ? s.At(input.name) : s);
    };
    Status read = input.read(
        options,
        [&](Document&& doc) {
          if (!fatal.ok()) return;
          ++stats->documents;
          stats->bytes += static_cast<int64_t>(doc.text.size());
          std::string key;
          auto known = ledger.Contains(doc.text, &key);  // texts stored before are not extracted again
          if (!known.ok()) {
            fatal = known.status();
            return;
          }
          if (*known) {
            ++stats->unchanged;
            on_progress(*stats);
            return;
          }
          filling.docs.push_back(std::move(doc));
          filling.keys.push_back(std::move(key));
          if (filling.docs.size() >= chunk) launch();
        },
        report);
    if (!fatal.ok()) break;
    if (!read.ok()) report(read);
  }
  if (fatal.ok() && !filling.docs.empty()) launch();
  if (in_flight) store(*in_flight);  // also waits for its extraction before returning
  if (!fatal.ok()) {
    if (*bulk) (void)ledger.EndBulkLoad();
    return fatal;
  }
  return *bulk ? ledger.EndBulkLoad() : ledger.Flush();
}

}  // namespace dealgraph
