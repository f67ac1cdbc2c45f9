// Ingest: expands inputs, reads documents, extracts claims, stores them.
#include "ledger/ingest.h"

#include <algorithm>
#include <array>
#include <filesystem>
#include <system_error>

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

Status Ingest(const std::vector<std::string>& inputs, const IngestOptions& options, const Extractor& extractor,
              Ledger& ledger, const std::function<void(const IngestStats&)>& on_progress,
              const std::function<void(const Status&)>& on_error, IngestStats* stats) {
  Status fatal;
  for (const std::string& path : inputs) {
    ++stats->files;
    auto report = [&](const Status& s) {
      ++stats->errors;
      on_error(s.where().empty() ? s.At(path) : s);
    };
    Status read = ReadDocuments(
        path, options.format, options.limits,
        [&](Document&& doc) {
          if (!fatal.ok()) return;
          ++stats->documents;
          stats->bytes += static_cast<int64_t>(doc.text.size());
          auto known = ledger.Contains(doc.text);  // skip extracting texts stored before
          if (!known.ok()) {
            fatal = known.status();
            return;
          }
          if (*known) {
            ++stats->unchanged;
            on_progress(*stats);
            return;
          }
          std::vector<Deal> claims = extractor.Extract(doc);
          auto added = ledger.Add(doc, claims);
          if (!added.ok()) {
            fatal = added.status();
            return;
          }
          if (added->added) {
            ++stats->added;
            stats->claims += added->claims;
          } else {
            ++stats->unchanged;
          }
          on_progress(*stats);
        },
        report);
    if (!fatal.ok()) return fatal;
    if (!read.ok()) report(read);
  }
  return ledger.Flush();
}

}  // namespace dealgraph
