// Table: aligned plain-text tables for the command line's --format table.
#ifndef DEALGRAPH_CLI_TABLE_H_
#define DEALGRAPH_CLI_TABLE_H_

#include <cstdio>
#include <string>
#include <vector>

namespace dealgraph::cli {

class Table {
 public:
  explicit Table(std::vector<std::string> header) : header_(std::move(header)) {}
  // Adds a row; missing cells print empty, extra cells are dropped.
  void Add(std::vector<std::string> row) { rows_.push_back(std::move(row)); }
  // Prints the header, a rule and the rows, columns padded to their widest
  // cell (counted in UTF-8 code points); a cell of another column than the
  // last that is longer than 48 code points is cut, ending in an ellipsis.
  void Print(std::FILE* out) const;
  size_t size() const { return rows_.size(); }

 private:
  std::vector<std::string> header_;
  std::vector<std::vector<std::string>> rows_;
};

}  // namespace dealgraph::cli

#endif  // DEALGRAPH_CLI_TABLE_H_
