// The SQLite schema of the ledger as an ordered list of migrations, stamped
// with PRAGMA user_version.
#ifndef DEALGRAPH_LEDGER_SCHEMA_H_
#define DEALGRAPH_LEDGER_SCHEMA_H_

#include <string_view>
#include <vector>

#include "dealgraph/status.h"
#include "ledger/sqlite_db.h"

namespace dealgraph {

// The migrations of this build: entry i turns schema version i into i + 1.
// Never edit a released entry; append a new one and bump Ledger::kSchemaVersion.
const std::vector<std::string_view>& SchemaMigrations();

// An index that only queries read (listings, profiles, flows, cycles): the
// write path never looks rows up through it. A bulk load into an empty ledger
// drops these and creates them once at its end (Ledger::BeginBulkLoad).
struct QueryIndex {
  std::string_view name;
  std::string_view definition;  // "name ON table(columns)", as the migrations create it
};
const std::vector<QueryIndex>& QueryIndexes();

// Creates the query indexes that are missing (a bulk load was interrupted, or
// is running in another process); cheap when all are there.
Status EnsureQueryIndexes(SqliteDb* db);
// Drops the query indexes when no document is stored yet; returns whether it did.
Result<bool> DropQueryIndexesIfEmpty(SqliteDb* db);

// Brings `db` from its user_version to migrations.size(), one transaction per
// step. A database newer than the list is refused with kVersionMismatch.
Status Migrate(SqliteDb* db, const std::vector<std::string_view>& migrations);

}  // namespace dealgraph

#endif  // DEALGRAPH_LEDGER_SCHEMA_H_
