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

// `s` cut to `max` code points, the last one an ellipsis, when it is longer.
std::string Clip(const std::string& s, size_t max) {
  if (Width(s) <= max) return s;
  std::string out;
  size_t n = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if ((c & 0xC0) != 0x80 && ++n == max) break;
    out += s[i];
  }
  return out + "\u2026";
}

}  // namespace

void Table::Print(std::FILE* out) const {
  // Every column but the last is cut to kMaxCell code points, so that one
  // long list of parties does not push the rest of the table off the screen.
  constexpr size_t kMaxCell = 48;
  auto cell_at = [&](const std::vector<std::string>& cells, size_t i) {
    const std::string cell = i < cells.size() ? cells[i] : "";
    return i + 1 < header_.size() ? Clip(cell, kMaxCell) : cell;
  };
  std::vector<size_t> widths(header_.size());
  for (size_t i = 0; i < header_.size(); ++i) widths[i] = Width(header_[i]);
  for (const auto& row : rows_) {
    for (size_t i = 0; i < header_.size() && i < row.size(); ++i) {
      widths[i] = std::max(widths[i], Width(cell_at(row, i)));
    }
  }
  auto line = [&](const std::vector<std::string>& cells) {
    std::string s;
    for (size_t i = 0; i < header_.size(); ++i) {
      const std::string cell = cell_at(cells, i);
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
