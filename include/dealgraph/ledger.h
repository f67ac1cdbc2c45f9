// Ledger: the store of ingested documents, the deals extracted from them
// (claims) and the merged deals that group the claims reporting one deal.
//
// A Ledger is opened on a database file (SQLite by default; ":memory:" for a
// private in-memory one). Documents are keyed by a 128-bit hash of their text:
// adding the same text again changes nothing; a new text for a known source
// (same path or URL and document id) becomes its next version and replaces the
// previous version's claims in the merged deals. Writes are grouped in
// transactions of `LedgerOptions::batch_documents` documents; a crash at any
// moment leaves the database consistent (the unfinished batch is lost and a
// second run adds it again).
//
// Merging (see docs/ledger.md): claims with the same type, asset and parties
// (units rolled up to their top organization, case and Inc/Corp suffixes
// ignored) form a group; inside a group, claims close in time with compatible
// amounts form one merged deal. Merged deals are a pure function of the current
// claims, so incremental ingest and Reconcile() give the same ledger.
//
// Thread safety: a Ledger is thread-compatible (one thread at a time). Several
// processes may read one database while one writes (WAL mode).
#ifndef DEALGRAPH_LEDGER_H_
#define DEALGRAPH_LEDGER_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dealgraph/deal.h"
#include "dealgraph/document.h"
#include "dealgraph/status.h"

namespace dealgraph {

class Store;  // the storage backend (src/ledger/store.h)

// Maps an organization's canonical name to the top of its parent chain
// ("AWS" -> "Amazon"); names it does not know are returned unchanged.
using RootFunction = std::function<std::string(std::string_view)>;

struct LedgerOptions {
  // Roll-up of units to parents. Empty: a small built-in map of the best-known
  // units (AWS, Azure, Google Cloud, DeepMind, ...), until the gazetteer's
  // Gazetteer::Root is plugged in by the caller.
  RootFunction root;
  // Documents per write transaction.
  int batch_documents = 500;
  // Documents per write transaction during a bulk load (BeginBulkLoad into an
  // empty ledger); 0: batch_documents. Fewer commits write each page fewer times.
  int bulk_batch_documents = 0;
  // Create the database when the file does not exist (else kNotFound).
  bool create_if_missing = true;
};

// What Ledger::Add did with one document.
struct AddResult {
  bool added = false;  // false: the same text was stored before (nothing changed)
  int version = 0;     // version of the document's source (1 for a first text)
  int claims = 0;      // claims stored with it (0 when not added)
};

// One stored claim: a deal exactly as the extractor reported it, and the
// document that reported it.
struct Claim {
  Deal deal;
  int ordinal = 0;            // position in the extractor's output for the document
  std::string doc;            // Document::id
  std::string source;         // path or URL the document was read from
  int version = 1;            // version of the source
  bool current = true;        // false when a newer version of the source replaced it
  std::string document_hash;  // 32 hex digits
  std::string title;
  std::string url;
  std::string outlet;
  std::string published;  // the document's date ("YYYY-MM-DD..."), may be empty
  bool published_from_file_time = false;
};

// A merged deal: every current claim reporting one real-world deal.
struct MergedDeal {
  std::string id;  // 16 hex digits, stable while the deal's earliest claim stays
  DealType type = DealType::kInvestment;
  Asset asset = Asset::kNone;
  // Parties as the reports name them (spec canonical names, legal suffixes
  // dropped): the list most claims give, its smallest spelling.
  std::vector<std::string> from;
  std::vector<std::string> to;
  // The same parties rolled up to their top organizations (what merging
  // matches on, and what flows and cycles count), sorted.
  std::vector<std::string> from_top;
  std::vector<std::string> to_top;
  DealStatus status = DealStatus::kTalks;  // the status after the latest report
  std::optional<double> amount_min;        // smallest and largest amount reported
  std::optional<double> amount_max;        //   (in `currency`; aggregates excluded)
  std::string currency;
  bool amount_conflict = false;  // reported amounts differ by more than the merge ratio
  bool status_conflict = false;  // one report says cancelled, another does not
  std::string first_reported;    // earliest and latest report date ("" when unknown;
                                 //   a file's modification time is not a report date)
  std::string last_reported;
  int claims = 0;
};

// Order of FindDeals results (ties: id).
enum class DealOrder {
  kRecent,   // last report, newest first
  kLargest,  // amount_max, largest first (deals without an amount last)
  kOldest,   // first report, oldest first
};

// Keys the HTTP API sorts deals by (`sort=`). Types and statuses sort in
// their enum order, `from`/`to` by the names joined with ", ", deals without
// an amount before the smallest amount; ties keep the kRecent order (last
// report newest first, then id).
enum class DealSortKey { kAmount, kFirstReported, kLastReported, kType, kStatus, kFrom, kTo, kClaims };
struct DealSort {
  DealSortKey key = DealSortKey::kAmount;
  bool descending = false;
};

// Selection of merged deals. Empty fields do not filter.
struct DealFilter {
  std::string org;  // any name of a party or of one of its units
  std::optional<DealType> type;
  std::optional<DealStatus> status;
  std::string since;                // last_reported >= since ("YYYY-MM-DD")
  std::string until;                // first_reported <= until (a prefix date counts whole)
  std::optional<double> min_amount;  // amount_max >= min_amount
  int limit = 0;                    // 0: no limit
  int offset = 0;                   // deals skipped before the first returned (a page)
  DealOrder order = DealOrder::kRecent;
  std::optional<DealSort> sort;     // when set, replaces `order`
};

// An organization as the ledger knows it.
struct OrgRecord {
  std::string name;                // display name
  std::string root;                // top organization ("Amazon" for "AWS"); == name for a top one
  std::vector<std::string> units;  // organizations rolling up to this one (when it is a top one)
};

// Money moving between two top organizations in one currency, summed over
// merged deals; deals agreed on (announced, completed) and deals only talked
// about (talks, planned) apart. Direction: investment investor -> investee,
// purchase buyer -> supplier, acquisition acquirer -> target; partnerships and
// cancelled deals carry none. Sums are in whole currency units.
struct MoneyEdge {
  std::string from;
  std::string to;
  std::string currency;  // "" for deals without an amount
  int deals = 0;         // agreed
  double amount_min = 0;  // sums of the agreed deals' amount_min / amount_max
  double amount_max = 0;
  int talks_deals = 0;  // talks-only
  double talks_amount_min = 0;
  double talks_amount_max = 0;
};

// An organization's merged deals summed by side, type, status and currency.
struct OrgDealSum {
  bool paying = false;  // on the `from` side (investor, acquirer, buyer; the first side of a partnership)
  DealType type = DealType::kInvestment;
  DealStatus status = DealStatus::kTalks;
  std::string currency;  // "" for deals without an amount
  int deals = 0;
  double amount_min = 0;  // sums of amount_min / amount_max
  double amount_max = 0;
};

// An organization on the other side of some of an organization's deals.
struct OrgCounterparty {
  std::string name;  // top organization
  int deals = 0;
  std::vector<DealType> types;  // distinct, in enum order
};

struct OrgSummary {
  int deals = 0;
  std::vector<OrgDealSum> sums;
  std::vector<OrgCounterparty> counterparties;  // most deals first (ties: name), at most 100
};

// `db check`: the result of integrity checks and counts.
struct LedgerCheck {
  int schema_version = 0;
  std::string integrity;  // "ok" or SQLite's first messages
  int64_t documents = 0;  // every stored version
  int64_t current_documents = 0;
  int64_t claims = 0;
  int64_t deals = 0;
  int64_t organizations = 0;
  std::vector<std::string> problems;  // broken invariants; empty when healthy
  bool ok() const { return integrity == "ok" && problems.empty(); }
};

// What `ingest` and `watch` last saw of a URL: the validators for conditional
// requests and a hash of the bytes, so that an unchanged feed costs nothing
// (docs/feeds.md).
struct SourceState {
  std::string source;         // the URL as given
  std::string etag;           // "" when the server sent none
  std::string last_modified;  // the Last-Modified header as sent
  std::string body_hash;      // ContentHash of the bytes last read in full
  int64_t checked_at = 0;     // Unix seconds of the last successful check
  int64_t changed_at = 0;     // Unix seconds when the bytes last changed
};

class Ledger {
 public:
  // The schema version this build writes; older databases are migrated on open.
  static constexpr int kSchemaVersion = 4;

  // Opens (and when allowed creates and migrates) the database at `path`.
  // Fails with kVersionMismatch for a database written by a newer dealgraph,
  // kNotFound when missing and !create_if_missing, kDatabaseError otherwise.
  static Result<std::unique_ptr<Ledger>> Open(const std::string& path, const LedgerOptions& options = {});
  ~Ledger();
  Ledger(const Ledger&) = delete;
  Ledger& operator=(const Ledger&) = delete;

  // Adds one document and every claim the extractor found in it. Joins the
  // current batch; call Flush() to commit (it is also called every
  // `batch_documents` documents and by the destructor). On a database error
  // the whole current batch is rolled back and the error returned.
  // `content_key`, when given, is the key Contains() returned for doc.text
  // (so that a text checked before it is added is hashed once).
  Result<AddResult> Add(const Document& doc, const std::vector<Deal>& claims, std::string_view content_key = {});
  // True when a document with exactly this text is stored: Add would change
  // nothing, so callers may skip extracting it. Stores the text's content key
  // in `content_key` when given.
  Result<bool> Contains(std::string_view text, std::string* content_key = nullptr);
  // Merges the claims added since the last flush and commits.
  Status Flush();
  // A bulk load into a new ledger: when no document is stored yet, drops the
  // indexes that only queries read (report dates, amounts, flow and pair
  // orderings), so that Add writes fewer index entries, and returns true.
  // EndBulkLoad() flushes and creates them once over all rows. Stored data is
  // never at risk: a run killed in between leaves only those indexes missing,
  // and the next Open creates them. Queries in between are right but slower.
  Result<bool> BeginBulkLoad();
  Status EndBulkLoad();
  // Rebuilds organizations and merged deals from every stored claim.
  Status Reconcile();
  // Integrity check and counts.
  Result<LedgerCheck> Check();
  // The counts of Check() only (`integrity` empty, no `problems`): a few
  // count(*) queries, for the server's page header, where the checks would
  // cost a scan of the whole database on every page load.
  Result<LedgerCheck> Counts();

  // The saved state of a source (empty when none was saved).
  Result<std::optional<SourceState>> GetSourceState(std::string_view source);
  // Saves the state of a source into the current batch: it is committed by the
  // next Flush() together with the documents added before it, so a crash
  // never keeps a state whose documents were lost.
  Status PutSourceState(const SourceState& state);

  // Reads between BeginRead() and EndRead() see one committed state of the
  // database while another process writes (a read transaction); without it,
  // each read sees the state at its own start. Add() in between fails with
  // kInternal. Inside an unflushed batch both do nothing.
  Status BeginRead();
  Status EndRead();

  // Reads below see merged deals as of the last Flush().
  // Merged deals matching `filter`, in `filter.order`.
  Result<std::vector<MergedDeal>> FindDeals(const DealFilter& filter);
  // How many merged deals match `filter` (its limit, offset and order ignored).
  Result<int64_t> CountDeals(const DealFilter& filter);
  // Sums and counterparties of the deals of the top organization of `name`
  // (kNotFound when unknown).
  Result<OrgSummary> SummarizeOrg(std::string_view name);
  // One merged deal by id (kNotFound when unknown).
  Result<MergedDeal> GetDeal(std::string_view id);
  // The claims of a merged deal in time order (date, then document, then ordinal).
  Result<std::vector<Claim>> ClaimsOf(std::string_view deal_id);
  // The organization known under `name` (any case, with or without Inc/Corp);
  // kNotFound when no claim names it.
  Result<OrgRecord> FindOrg(std::string_view name);
  // Money edges between top organizations (flows inside one organization
  // excluded), largest first (amount_max + talks_amount_max); with `org`, only
  // those into or out of it (none for an unknown name); `limit` 0: all.
  Result<std::vector<MoneyEdge>> MoneyEdges(std::string_view org = {}, int limit = 0);
  // Streams the money edges for cycle search in decreasing weight: first the
  // edges in `currency`, weight amount_min (+ talks_amount_min when
  // `include_talks`), then the other edges with weight 0. Edges of talks only
  // are skipped without `include_talks`. Stops when `fn` returns false.
  Status ForEachMoneyEdge(std::string_view currency, bool include_talks,
                          const std::function<bool(const MoneyEdge& edge, double weight)>& fn);
  // The non-cancelled money-moving merged deals from top `from` to top `to`.
  Result<std::vector<MergedDeal>> DealsBetween(std::string_view from, std::string_view to);
  // Calls `fn` for every merged deal (ordered by first report, then id) with its
  // claims in time order. Stops at the first non-ok Status `fn` returns.
  Status ForEachDeal(const std::function<Status(const MergedDeal&, const std::vector<Claim>&)>& fn);

 private:
  struct Pending;
  Ledger(std::unique_ptr<Store> store, const LedgerOptions& options);
  std::unique_ptr<Store> store_;
  LedgerOptions options_;
  std::unique_ptr<Pending> pending_;
};

}  // namespace dealgraph

#endif  // DEALGRAPH_LEDGER_H_
