// Tests of Ingest: a bulk load read and extracted on a thread of its own gives
// the ledger, counts and error messages of the one-thread pipeline.
#include "ledger/ingest.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "ledger/ledger_test_util.h"

namespace dealgraph {
namespace {

using testing::Dump;
using testing::MakeDeal;

// A file under the temporary folder, removed (with a ledger's WAL) at the end.
class TempFile {
 public:
  explicit TempFile(const std::string& name) {
    path_ = (std::filesystem::temp_directory_path() / ("ingest_test_" + std::to_string(getpid()) + "_" + name))
                .string();
  }
  ~TempFile() {
    for (const char* ext : {"", "-wal", "-shm"}) std::remove((path_ + ext).c_str());
  }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

struct IngestRun {
  IngestStats stats;
  std::vector<std::string> errors;
  int progress_calls = 0;
  IngestStats last_progress;
  std::string dump;
};

// Ingests `inputs` into a new ledger file, the claims taken from `claims`.
IngestRun IngestInto(const std::string& db, const std::vector<IngestInput>& inputs, const ClaimsByDoc& claims) {
  static auto extractor = Extractor::Create();  // not run: the claims are given
  EXPECT_TRUE(extractor.ok());
  LedgerOptions lo;
  lo.batch_documents = 3;
  lo.bulk_batch_documents = 4;
  auto ledger = Ledger::Open(db, lo);
  EXPECT_TRUE(ledger.ok());
  IngestOptions options;
  options.chunk = 2;
  options.threads = 1;
  options.claims = &claims;
  IngestRun run;
  Status s = Ingest(
      inputs, options, **extractor, **ledger,
      [&](const IngestStats& st) {
        ++run.progress_calls;
        run.last_progress = st;
      },
      [&](const Status& e) { run.errors.push_back(e.ToString()); }, &run.stats);
  EXPECT_TRUE(s.ok()) << s.ToString();
  run.dump = Dump(**ledger);
  auto check = (*ledger)->Check();
  EXPECT_TRUE(check.ok() && check->ok());
  return run;
}

TEST(IngestTest, ABulkLoadReadOnItsOwnThreadGivesTheSameLedgerCountsAndErrors) {
  TempFile news("news.jsonl"), more("more.jsonl"), missing("missing.jsonl"), piped("piped.db"), plain("plain.db");
  {
    std::ofstream out(news.path());
    for (int i = 1; i <= 9; ++i) {
      // d6 repeats d2's text: stored once, counted unchanged.
      const int text = i == 6 ? 2 : i;
      out << R"({"id": "d)" << i << R"(", "published": "2025-0)" << i << R"(-01", "text": "Article number )" << text
          << R"( about a deal."})" << "\n";
      if (i == 4) out << "{not json\n";
    }
  }
  {
    std::ofstream out(more.path());
    out << R"({"id": "e1", "published": "2025-03-02", "text": "Another report of the deal."})" << "\n";
  }
  ClaimsByDoc claims;
  for (int i = 1; i <= 9; ++i) {
    claims["d" + std::to_string(i)] = {MakeDeal(DealType::kInvestment, {"Microsoft"}, {"Startup " + std::to_string(i % 4)},
                                                1e6 * i, DealStatus::kAnnounced)};
  }
  claims["e1"] = {MakeDeal(DealType::kInvestment, {"Microsoft"}, {"Startup 3"}, 3e6, DealStatus::kCompleted),
                  MakeDeal(DealType::kPurchase, {"Startup 1"}, {"Nvidia"}, std::nullopt, DealStatus::kTalks)};

  std::vector<IngestInput> files = {FileInput(news.path()), FileInput(missing.path()), FileInput(more.path())};
  std::vector<IngestInput> shared = files;  // the same files as inputs that might use the ledger
  for (IngestInput& input : shared) input.uses_ledger = true;
  ASSERT_FALSE(files[0].uses_ledger);

  const IngestRun a = IngestInto(piped.path(), files, claims);
  const IngestRun b = IngestInto(plain.path(), shared, claims);
  EXPECT_EQ(a.stats.files, 3);
  EXPECT_EQ(a.stats.documents, 10);
  EXPECT_EQ(a.stats.added, 9);
  EXPECT_EQ(a.stats.unchanged, 1);
  EXPECT_EQ(a.stats.claims, 10);
  EXPECT_EQ(a.stats.errors, 2);  // the bad line and the missing file
  ASSERT_EQ(a.errors.size(), 2u);
  EXPECT_NE(a.errors[0].find(news.path()), std::string::npos) << a.errors[0];
  EXPECT_NE(a.errors[1].find(missing.path()), std::string::npos) << a.errors[1];
  EXPECT_EQ(a.errors, b.errors);
  for (const auto* s : {&a.stats, &b.stats, &a.last_progress}) {
    EXPECT_EQ(s->documents, b.stats.documents);
    EXPECT_EQ(s->added, b.stats.added);
    EXPECT_EQ(s->unchanged, b.stats.unchanged);
    EXPECT_EQ(s->claims, b.stats.claims);
    EXPECT_EQ(s->errors, b.stats.errors);
    EXPECT_EQ(s->bytes, b.stats.bytes);
    EXPECT_EQ(s->files, b.stats.files);
  }
  EXPECT_GE(a.progress_calls, 5);  // after each stored chunk
  EXPECT_FALSE(a.dump.empty());
  EXPECT_EQ(a.dump, b.dump);
}

}  // namespace
}  // namespace dealgraph
