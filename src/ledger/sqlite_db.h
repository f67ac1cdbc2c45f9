// A thin RAII layer over the SQLite C API: a connection with a cache of
// prepared statements, and statements with typed bind/column helpers.
#ifndef DEALGRAPH_LEDGER_SQLITE_DB_H_
#define DEALGRAPH_LEDGER_SQLITE_DB_H_

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "dealgraph/status.h"

struct sqlite3;
struct sqlite3_stmt;

namespace dealgraph {

class SqliteDb;

// A prepared statement owned by the connection's cache. Reset on each Run/Query.
class Stmt {
 public:
  explicit Stmt(SqliteDb* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}

  // Binds parameters 1.. in order; returns *this for chaining.
  Stmt& Bind(int index, int64_t v);
  Stmt& Bind(int index, int v) { return Bind(index, static_cast<int64_t>(v)); }
  Stmt& Bind(int index, double v);
  Stmt& Bind(int index, std::string_view v);  // copies the bytes
  // Binds text without copying it: the bytes must stay valid until the
  // statement is reset (Run resets it; a row-by-row query calls Reset).
  Stmt& BindRef(int index, std::string_view v);
  Stmt& Bind(int index, const std::optional<double>& v);
  Stmt& BindNull(int index);
  // Index of a named parameter (":name"), 0 when the statement has none.
  int ParamIndex(const char* name) const;

  // Steps once: true with a row, false when done; errors go to status().
  bool Step();
  // Steps to the end (for statements without rows).
  Status Run();
  // The error of the last Step, ok otherwise.
  const Status& status() const { return status_; }

  int64_t Int(int col) const;
  double Double(int col) const;
  std::optional<double> OptDouble(int col) const;
  std::string Text(int col) const;
  bool IsNull(int col) const;

  void Reset();
  // Reset unless nothing was bound or stepped since the last Reset (a cached
  // statement is handed out this way: Run already reset it).
  void ResetIfUsed() {
    if (used_) Reset();
  }

 private:
  SqliteDb* db_;
  sqlite3_stmt* stmt_;
  Status status_;
  bool used_ = true;  // bound or stepped since the last Reset
};

class SqliteDb {
 public:
  // Opens `path` (":memory:" allowed). With !create, a missing file is kNotFound.
  static Result<std::unique_ptr<SqliteDb>> Open(const std::string& path, bool create);
  ~SqliteDb();
  SqliteDb(const SqliteDb&) = delete;
  SqliteDb& operator=(const SqliteDb&) = delete;

  // Runs one or more statements with no results.
  Status Exec(std::string_view sql);
  // The cached prepared statement for `sql`, reset and with bindings cleared.
  // The pointer stays valid for the connection's life; not reentrant per sql.
  Result<Stmt*> Prepare(const std::string& sql);
  // Same for SQL in a string literal: cached by address, no string compare.
  Result<Stmt*> Prepare(const char* sql);
  // One integer from a one-row query (e.g. PRAGMA user_version).
  Result<int64_t> QueryInt(const std::string& sql);

  int64_t LastInsertId() const;
  int Changes() const;
  Status Error(std::string_view what) const;  // kDatabaseError with SQLite's message
  sqlite3* handle() { return db_; }

 private:
  explicit SqliteDb(sqlite3* db) : db_(db) {}
  sqlite3* db_;
  std::map<std::string, std::unique_ptr<Stmt>, std::less<>> cache_;
  std::unordered_map<const char*, Stmt*> by_address_;
};

}  // namespace dealgraph

#endif  // DEALGRAPH_LEDGER_SQLITE_DB_H_
