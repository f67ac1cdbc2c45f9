// Tests of the source state kept for ingest and watch: saved with the batch,
// kept across reopening, and added to a version-1 database by migration.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <string>

#include "dealgraph/ledger.h"
#include "ledger/ledger_test_util.h"
#include "ledger/schema.h"
#include "ledger/sqlite_db.h"

namespace dealgraph {
namespace {

class TempDbPath {
 public:
  TempDbPath()
      : path_((std::filesystem::temp_directory_path() / ("source_state_test_" + std::to_string(getpid()) + "_" +
                                                         std::to_string(counter_++) + ".db"))
                  .string()) {}
  ~TempDbPath() {
    for (const char* ext : {"", "-wal", "-shm"}) std::remove((path_ + ext).c_str());
  }
  const std::string& path() const { return path_; }

 private:
  static inline int counter_ = 0;
  std::string path_;
};

SourceState MakeState(const std::string& url, const std::string& etag, int64_t at) {
  SourceState s;
  s.source = url;
  s.etag = etag;
  s.last_modified = "Tue, 01 Apr 2025 08:00:00 GMT";
  s.body_hash = "0123456789abcdef0123456789abcdef";
  s.checked_at = at;
  s.changed_at = at - 60;
  return s;
}

TEST(SourceStateTest, SavedByFlushAndKeptAcrossReopen) {
  TempDbPath db;
  {
    auto ledger = Ledger::Open(db.path());
    ASSERT_TRUE(ledger.ok()) << ledger.status().ToString();
    auto none = (*ledger)->GetSourceState("http://127.0.0.1/feed.xml");
    ASSERT_TRUE(none.ok());
    EXPECT_FALSE(none->has_value());
    ASSERT_TRUE((*ledger)->PutSourceState(MakeState("http://127.0.0.1/feed.xml", "\"v1\"", 1000)).ok());
    ASSERT_TRUE((*ledger)->PutSourceState(MakeState("http://127.0.0.1/feed.xml", "\"v2\"", 2000)).ok());
    ASSERT_TRUE((*ledger)->Flush().ok());
  }
  auto ledger = Ledger::Open(db.path());
  ASSERT_TRUE(ledger.ok());
  auto got = (*ledger)->GetSourceState("http://127.0.0.1/feed.xml");
  ASSERT_TRUE(got.ok());
  ASSERT_TRUE(got->has_value());
  EXPECT_EQ((*got)->etag, "\"v2\"");
  EXPECT_EQ((*got)->last_modified, "Tue, 01 Apr 2025 08:00:00 GMT");
  EXPECT_EQ((*got)->body_hash, "0123456789abcdef0123456789abcdef");
  EXPECT_EQ((*got)->checked_at, 2000);
  EXPECT_EQ((*got)->changed_at, 1940);
  auto check = (*ledger)->Check();
  ASSERT_TRUE(check.ok());
  EXPECT_TRUE(check->ok());
}

TEST(SourceStateTest, AStateWithoutFlushIsLostWithItsBatch) {
  TempDbPath db;
  {
    auto ledger = Ledger::Open(db.path());
    ASSERT_TRUE(ledger.ok());
    ASSERT_TRUE((*ledger)->Add(testing::MakeDoc("a", "2025-01-01", "Some text."), {}).ok());
    ASSERT_TRUE((*ledger)->PutSourceState(MakeState("http://h/a", "\"x\"", 5)).ok());
    // A crash before the commit: the raw connection sees nothing of the batch.
    auto raw = SqliteDb::Open(db.path(), false);
    ASSERT_TRUE(raw.ok());
    EXPECT_EQ(*(*raw)->QueryInt("SELECT count(*) FROM source_state"), 0);
    EXPECT_EQ(*(*raw)->QueryInt("SELECT count(*) FROM documents"), 0);
  }
}

TEST(SourceStateTest, AVersionOneDatabaseIsMigrated) {
  TempDbPath db;
  {
    auto raw = SqliteDb::Open(db.path(), true);
    ASSERT_TRUE(raw.ok());
    std::vector<std::string_view> v1 = {SchemaMigrations()[0]};
    ASSERT_TRUE(Migrate(raw->get(), v1).ok());
    EXPECT_EQ(*(*raw)->QueryInt("PRAGMA user_version"), 1);
  }
  auto ledger = Ledger::Open(db.path());
  ASSERT_TRUE(ledger.ok()) << ledger.status().ToString();
  auto check = (*ledger)->Check();
  ASSERT_TRUE(check.ok());
  EXPECT_EQ(check->schema_version, Ledger::kSchemaVersion);
  EXPECT_TRUE(check->ok());
  ASSERT_TRUE((*ledger)->PutSourceState(MakeState("http://h/feed", "", 7)).ok());
  ASSERT_TRUE((*ledger)->Flush().ok());
  auto got = (*ledger)->GetSourceState("http://h/feed");
  ASSERT_TRUE(got.ok() && got->has_value());
  EXPECT_EQ((*got)->checked_at, 7);
}

}  // namespace
}  // namespace dealgraph
