// RAII connection and cached prepared statements over the SQLite C API.
#include "ledger/sqlite_db.h"

#include <sqlite3.h>
#include <sys/stat.h>

namespace dealgraph {

Stmt& Stmt::Bind(int index, int64_t v) {
  used_ = true;
  sqlite3_bind_int64(stmt_, index, v);
  return *this;
}
Stmt& Stmt::Bind(int index, double v) {
  used_ = true;
  sqlite3_bind_double(stmt_, index, v);
  return *this;
}
Stmt& Stmt::Bind(int index, std::string_view v) {
  used_ = true;
  sqlite3_bind_text(stmt_, index, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
  return *this;
}
Stmt& Stmt::BindRef(int index, std::string_view v) {
  used_ = true;
  sqlite3_bind_text(stmt_, index, v.data(), static_cast<int>(v.size()), SQLITE_STATIC);
  return *this;
}
Stmt& Stmt::Bind(int index, const std::optional<double>& v) {
  if (v) return Bind(index, *v);
  return BindNull(index);
}
Stmt& Stmt::BindNull(int index) {
  used_ = true;
  sqlite3_bind_null(stmt_, index);
  return *this;
}

int Stmt::ParamIndex(const char* name) const { return sqlite3_bind_parameter_index(stmt_, name); }

bool Stmt::Step() {
  used_ = true;
  int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc != SQLITE_DONE) status_ = db_->Error("step");
  return false;
}

Status Stmt::Run() {
  while (Step()) {
  }
  Status s = status_;
  Reset();
  return s;
}

int64_t Stmt::Int(int col) const { return sqlite3_column_int64(stmt_, col); }
double Stmt::Double(int col) const { return sqlite3_column_double(stmt_, col); }
std::optional<double> Stmt::OptDouble(int col) const {
  if (IsNull(col)) return std::nullopt;
  return Double(col);
}
std::string Stmt::Text(int col) const {
  const unsigned char* p = sqlite3_column_text(stmt_, col);
  if (!p) return {};
  return std::string(reinterpret_cast<const char*>(p), static_cast<size_t>(sqlite3_column_bytes(stmt_, col)));
}
bool Stmt::IsNull(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }

void Stmt::Reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
  status_ = Status();
  used_ = false;
}

Result<std::unique_ptr<SqliteDb>> SqliteDb::Open(const std::string& path, bool create) {
  if (!create && path != ":memory:") {
    struct stat st;
    if (stat(path.c_str(), &st) != 0) return Status(ErrorCode::kNotFound, "no such database", path);
  }
  // No memory statistics: they take a global mutex on every allocation
  // (about 5 % of an ingest's instructions). Only possible before SQLite's
  // first use; later calls fail harmlessly.
  static const bool kNoMemStatus = [] { return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK; }();
  (void)kNoMemStatus;
  sqlite3* db = nullptr;
  int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | (create ? SQLITE_OPEN_CREATE : 0);
  int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
  if (rc != SQLITE_OK) {
    Status s(ErrorCode::kDatabaseError, db ? sqlite3_errmsg(db) : "cannot open database", path);
    sqlite3_close(db);
    return s;
  }
  sqlite3_busy_timeout(db, 10000);
  sqlite3_extended_result_codes(db, 1);
  return std::unique_ptr<SqliteDb>(new SqliteDb(db));
}

SqliteDb::~SqliteDb() {
  by_address_.clear();
  cache_.clear();  // statements are finalized below, before the connection
  sqlite3_stmt* s = nullptr;
  while ((s = sqlite3_next_stmt(db_, nullptr)) != nullptr) sqlite3_finalize(s);
  sqlite3_close(db_);
}

Status SqliteDb::Exec(std::string_view sql) {
  char* err = nullptr;
  std::string text(sql);
  if (sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
    Status s(ErrorCode::kDatabaseError, err ? err : "exec failed");
    sqlite3_free(err);
    return s;
  }
  return Status();
}

Result<Stmt*> SqliteDb::Prepare(const char* sql) {
  auto it = by_address_.find(sql);
  if (it != by_address_.end()) {
    it->second->ResetIfUsed();
    return it->second;
  }
  Result<Stmt*> st = Prepare(std::string(sql));
  if (st.ok()) by_address_.emplace(sql, *st);
  return st;
}

Result<Stmt*> SqliteDb::Prepare(const std::string& sql) {
  auto it = cache_.find(sql);
  if (it != cache_.end()) {
    it->second->ResetIfUsed();
    return it->second.get();
  }
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v3(db_, sql.c_str(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &stmt,
                         nullptr) != SQLITE_OK) {
    return Error("prepare: " + sql);
  }
  auto owned = std::make_unique<Stmt>(this, stmt);
  Stmt* raw = owned.get();
  cache_.emplace(sql, std::move(owned));
  return raw;
}

Result<int64_t> SqliteDb::QueryInt(const std::string& sql) {
  Result<Stmt*> st = Prepare(sql);
  if (!st.ok()) return st.status();
  Stmt* s = *st;
  if (!s->Step()) {
    Status err = s->status().ok() ? Status(ErrorCode::kDatabaseError, "no row: " + sql) : s->status();
    s->Reset();
    return err;
  }
  int64_t v = s->Int(0);
  s->Reset();
  return v;
}

int64_t SqliteDb::LastInsertId() const { return sqlite3_last_insert_rowid(db_); }
int SqliteDb::Changes() const { return sqlite3_changes(db_); }

Status SqliteDb::Error(std::string_view what) const {
  return Status(ErrorCode::kDatabaseError, std::string(what) + ": " + sqlite3_errmsg(db_));
}

}  // namespace dealgraph
