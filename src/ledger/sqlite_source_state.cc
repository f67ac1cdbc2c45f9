// The SQLite Store: what ingest and watch last saw of each URL (table source_state).
#include "ledger/sqlite_store.h"

namespace dealgraph {

Result<std::optional<SourceState>> SqliteStore::GetSourceState(std::string_view source) {
  auto st = db_->Prepare(
      "SELECT etag, last_modified, body_hash, checked_at, changed_at FROM source_state WHERE source = ?");
  if (!st.ok()) return st.status();
  Stmt* s = *st;
  s->Bind(1, source);
  std::optional<SourceState> out;
  if (s->Step()) {
    SourceState state;
    state.source = std::string(source);
    state.etag = s->Text(0);
    state.last_modified = s->Text(1);
    state.body_hash = s->Text(2);
    state.checked_at = s->Int(3);
    state.changed_at = s->Int(4);
    out = std::move(state);
  }
  Status err = s->status();
  s->Reset();
  if (!err.ok()) return err;
  return out;
}

Status SqliteStore::PutSourceState(const SourceState& state) {
  auto st = db_->Prepare(
      "INSERT INTO source_state(source, etag, last_modified, body_hash, checked_at, changed_at) "
      "VALUES(?, ?, ?, ?, ?, ?) ON CONFLICT(source) DO UPDATE SET etag = excluded.etag, "
      "last_modified = excluded.last_modified, body_hash = excluded.body_hash, "
      "checked_at = excluded.checked_at, changed_at = excluded.changed_at");
  if (!st.ok()) return st.status();
  Stmt* s = *st;
  s->Bind(1, state.source).Bind(2, state.etag).Bind(3, state.last_modified).Bind(4, state.body_hash);
  s->Bind(5, state.checked_at).Bind(6, state.changed_at);
  return s->Run();
}

}  // namespace dealgraph
