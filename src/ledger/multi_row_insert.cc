// The SQL text of multi-row INSERT statements (multi_row_insert.h).
#include "ledger/multi_row_insert.h"

namespace dealgraph {

MultiRowInsert::MultiRowInsert(std::string_view head, int params, std::string_view tail) : params_(params) {
  std::string row = "(";
  for (int p = 0; p < params; ++p) row += p ? ", ?" : "?";
  row += ")";
  one_ = std::string(head) + " " + row + std::string(tail);
  many_ = std::string(head) + " ";
  for (size_t r = 0; r < kRowsPerStatement; ++r) many_ += (r ? ", " : "") + row;
  many_ += tail;
}

}  // namespace dealgraph
