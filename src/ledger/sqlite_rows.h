// Rows of the SQLite ledger read into the ledger's structs: the column lists
// shared by every query of merged deals, claims and flows, and name lists.
#ifndef DEALGRAPH_LEDGER_SQLITE_ROWS_H_
#define DEALGRAPH_LEDGER_SQLITE_ROWS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "dealgraph/ledger.h"
#include "ledger/sqlite_db.h"

namespace dealgraph {

// Names joined by char(31) in one column, and back.
std::string JoinNames(const std::vector<std::string>& v);
std::vector<std::string> SplitNames(const std::string& s);

// Columns of a merged deal `d`; names joined by char(31), top parties sorted.
extern const char* const kDealColumns;
// Reads the kDealColumns starting at column `c`.
MergedDeal ReadDeal(const Stmt& s, int c = 0);

// The date a claim was reported: a file's modification time is not one.
#define DEALGRAPH_REPORT_DATE "CASE WHEN doc.published_from_file_time THEN '' ELSE doc.published END"
// Columns of a claim `c` with its document `doc` and source `s`.
extern const char* const kClaimColumns;
// Report order, as merge.h's SortByReport (unknown dates first).
extern const char* const kClaimOrder;
Claim ReadClaim(const Stmt& s, int c = 0);

// Columns of a money edge (flows g joined with the organizations f and t).
extern const char* const kFlowColumns;
inline constexpr int kFlowColumnCount = 9;
extern const char* const kFlowJoins;
MoneyEdge ReadFlow(const Stmt& s);

// An amount in whole currency units, as flow sums keep it (exact to add and subtract).
int64_t Whole(const std::optional<double>& v);

}  // namespace dealgraph

#endif  // DEALGRAPH_LEDGER_SQLITE_ROWS_H_
