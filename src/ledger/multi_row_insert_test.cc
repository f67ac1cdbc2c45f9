// Tests of MultiRowInsert: every row written once with its own values,
// whatever the count against the statement size, and errors returned.
#include "ledger/multi_row_insert.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

namespace dealgraph {
namespace {

std::unique_ptr<SqliteDb> OpenWithTable() {
  auto db = SqliteDb::Open(":memory:", true);
  EXPECT_TRUE(db.ok());
  EXPECT_TRUE((*db)->Exec("CREATE TABLE t(n INTEGER PRIMARY KEY, text TEXT NOT NULL, half REAL)").ok());
  return std::move(db).value();
}

TEST(MultiRowInsertTest, WritesEveryRowOnceWhateverTheCount) {
  const MultiRowInsert insert("INSERT INTO t(n, text, half) VALUES", 3, "");
  const size_t k = MultiRowInsert::kRowsPerStatement;
  for (size_t n : {size_t{0}, size_t{1}, k - 1, k, k + 1, 2 * k + 5, 5 * k}) {
    auto db = OpenWithTable();
    std::vector<std::string> texts;
    for (size_t i = 0; i < n; ++i) texts.push_back("row " + std::to_string(i));
    Status s = insert.Write(db.get(), n, [&](Stmt* st, int p, size_t i) {
      st->Bind(p, static_cast<int64_t>(i)).BindRef(p + 1, texts[i]).Bind(p + 2, i / 2.0);
    });
    ASSERT_TRUE(s.ok()) << s.ToString();
    auto count = db->QueryInt("SELECT count(*) FROM t");
    ASSERT_TRUE(count.ok());
    EXPECT_EQ(*count, static_cast<int64_t>(n)) << n << " rows";
    auto wrong = db->QueryInt("SELECT count(*) FROM t WHERE text != 'row ' || n OR half != n / 2.0");
    ASSERT_TRUE(wrong.ok());
    EXPECT_EQ(*wrong, 0) << n << " rows";
  }
}

TEST(MultiRowInsertTest, ShapesTheStatementsAsAsked) {
  const MultiRowInsert insert("INSERT INTO t(n, text) VALUES", 2, " ON CONFLICT(n) DO NOTHING");
  EXPECT_EQ(insert.one_row_sql(), "INSERT INTO t(n, text) VALUES (?, ?) ON CONFLICT(n) DO NOTHING");
  const std::string& many = insert.many_rows_sql();
  EXPECT_EQ(static_cast<size_t>(std::count(many.begin(), many.end(), '?')), 2 * MultiRowInsert::kRowsPerStatement);
  EXPECT_NE(many.find(" ON CONFLICT(n) DO NOTHING"), std::string::npos);
}

TEST(MultiRowInsertTest, StopsAtTheFirstFailingStatement) {
  const MultiRowInsert insert("INSERT INTO t(n, text) VALUES", 2, "");
  const size_t k = MultiRowInsert::kRowsPerStatement;
  auto db = OpenWithTable();
  int bound = 0;
  // Row k + 3 repeats a key: the second statement fails, the third never runs.
  Status s = insert.Write(db.get(), 3 * k, [&](Stmt* st, int p, size_t i) {
    ++bound;
    st->Bind(p, static_cast<int64_t>(i == k + 3 ? 0 : i)).BindRef(p + 1, "x");
  });
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(s.code(), ErrorCode::kDatabaseError);
  EXPECT_EQ(bound, static_cast<int>(2 * k));
  auto count = db->QueryInt("SELECT count(*) FROM t");
  ASSERT_TRUE(count.ok());
  EXPECT_EQ(*count, static_cast<int64_t>(k));  // the failed statement wrote nothing
}

}  // namespace
}  // namespace dealgraph
