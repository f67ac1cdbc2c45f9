// Table printing: pads cells by code points so names with accents line up.
#include "cli/table.h"

#include <algorithm>

namespace dealgraph::cli {
namespace {

size_t Width(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

}  // namespace

void Table::Print(std::FILE* out) const {
  std::vector<size_t> widths(header_.size());
  for (size_t i = 0; i < header_.size(); ++i) widths[i] = Width(header_[i]);
  for (const auto& row : rows_) {
    for (size_t i = 0; i < header_.size() && i < row.size(); ++i) widths[i] = std::max(widths[i], Width(row[i]));
  }
  auto line = [&](const std::vector<std::string>& cells) {
    std::string s;
    for (size_t i = 0; i < header_.size(); ++i) {
      const std::string cell = i < cells.size() ? cells[i] : "";
      s += cell;
      if (i + 1 < header_.size()) s += std::string(widths[i] - Width(cell) + 2, ' ');
    }
    while (!s.empty() && s.back() == ' ') s.pop_back();
    std::fprintf(out, "%s\n", s.c_str());
  };
  line(header_);
  std::string rule;
  for (size_t i = 0; i < header_.size(); ++i) {
    rule += std::string(widths[i], '-');
    if (i + 1 < header_.size()) rule += "  ";
  }
  std::fprintf(out, "%s\n", rule.c_str());
  for (const auto& row : rows_) line(row);
}

}  // namespace dealgraph::cli
