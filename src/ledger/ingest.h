// Ingest: files, folders and standard input read into Documents, run through
// the Extractor and added to a Ledger, with running statistics for a progress bar.
#ifndef DEALGRAPH_LEDGER_INGEST_H_
#define DEALGRAPH_LEDGER_INGEST_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "dealgraph/document.h"
#include "dealgraph/extractor.h"
#include "dealgraph/ledger.h"
#include "dealgraph/status.h"
#include "ledger/claims_file.h"

namespace dealgraph {

struct IngestOptions {
  InputFormat format = InputFormat::kAuto;
  ReadLimits limits;
  int threads = 0;       // extraction threads; 0: one per core
  int chunk = 256;       // documents extracted together before they are stored in order
  // When set, claims come from here (by document id; none for a missing id)
  // instead of the extractor: extraction done elsewhere, or gold annotations.
  const ClaimsByDoc* claims = nullptr;
};

struct IngestStats {
  int64_t files = 0;      // inputs read (a folder counts its files)
  int64_t documents = 0;  // documents read
  int64_t added = 0;      // new texts stored
  int64_t unchanged = 0;  // texts stored before
  int64_t claims = 0;     // claims stored with the new texts
  int64_t errors = 0;     // inputs or records that failed
  int64_t bytes = 0;      // text bytes read
};

// True for the extensions a folder is searched for: .txt .html .htm .jsonl
// .ndjson .xml .rss .atom (any case), except the annotations kept beside
// articles (*.gold.jsonl, *.deals.jsonl, *.entities.jsonl).
bool IsIngestibleFile(const std::string& path);

// Expands the PATH arguments: "-" stays (standard input), a folder becomes its
// ingestible files (recursively, sorted), a file stays. A missing path goes to
// `on_error` and is skipped.
std::vector<std::string> ExpandInputs(const std::vector<std::string>& args,
                                      const std::function<void(const Status&)>& on_error);

// One input of Ingest: a name for messages and statistics, and how to read its
// documents. `read` calls `on_document` for each document and `on_error` for a
// bad record; a non-ok return is the input's own error (where: the input).
struct IngestInput {
  std::string name;
  std::function<Status(const IngestOptions& options, const std::function<void(Document&&)>& on_document,
                       const std::function<void(const Status&)>& on_error)>
      read;
  // False when `read` never touches the Ledger (a file): a bulk load may then
  // read and extract on threads of its own while the ledger stores.
  bool uses_ledger = true;
};

// A file (or "-" for standard input) read with ReadDocuments.
IngestInput FileInput(const std::string& path);

// Reads every input, extracts and adds each document (texts already stored
// are not extracted again; extraction runs on `threads` threads, documents
// are stored in input order). In a bulk load (Ledger::BeginBulkLoad) of inputs
// that do not use the ledger, reading and extraction run on their own thread,
// up to 64 chunks (and 128 MB of text) ahead of the store, and a text met twice is extracted twice
// but stored once. `on_progress` and `on_error` are always called on the
// calling thread. Problems with one input
// or record go to `on_error` (where = the path) and ingest continues;
// `on_progress` runs as documents are stored. Returns non-ok only for a database
// error, which stops the run. Flushes the ledger at the end.
Status Ingest(const std::vector<std::string>& inputs, const IngestOptions& options, const Extractor& extractor,
              Ledger& ledger, const std::function<void(const IngestStats&)>& on_progress,
              const std::function<void(const Status&)>& on_error, IngestStats* stats);

// The same for inputs of any kind (files, URLs), in order.
Status Ingest(const std::vector<IngestInput>& inputs, const IngestOptions& options, const Extractor& extractor,
              Ledger& ledger, const std::function<void(const IngestStats&)>& on_progress,
              const std::function<void(const Status&)>& on_error, IngestStats* stats);

}  // namespace dealgraph

#endif  // DEALGRAPH_LEDGER_INGEST_H_
