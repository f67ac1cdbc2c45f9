// Claims files: extractor output or gold annotations (spec section 6, one
// {"doc": ..., "deals": [...]} per line) read back into Deals, so that ingest
// can store claims extracted elsewhere instead of running the extractor.
#ifndef DEALGRAPH_LEDGER_CLAIMS_FILE_H_
#define DEALGRAPH_LEDGER_CLAIMS_FILE_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dealgraph/deal.h"
#include "dealgraph/status.h"

namespace dealgraph {

// Document id -> its deals in file order.
using ClaimsByDoc = std::unordered_map<std::string, std::vector<Deal>>;

// Parses one line. Fields beyond the spec ("key", "optional") are ignored;
// kParseError / kSchemaError name the line's problem.
Status ParseClaimsLine(std::string_view line, std::string* doc, std::vector<Deal>* deals);

// Reads `path` and adds every line's deals to `out` (a doc seen twice keeps
// the deals of both lines). Errors carry "path:line".
Status ReadClaimsFile(const std::string& path, ClaimsByDoc* out);

}  // namespace dealgraph

#endif  // DEALGRAPH_LEDGER_CLAIMS_FILE_H_
