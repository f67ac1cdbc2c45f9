// CurrencyTable: TSV parsing and token matching.
#include "entities/currency.h"

#include <algorithm>
#include <cstdlib>
#include <cstdio>

namespace dealgraph {
namespace embedded {
extern const std::string_view currencies_tsv;
}  // namespace embedded

namespace {

std::vector<std::string_view> SplitTabs(std::string_view s) {
  std::vector<std::string_view> out;
  size_t start = 0;
  for (size_t p; (p = s.find('\t', start)) != std::string_view::npos; start = p + 1) {
    out.push_back(s.substr(start, p - start));
  }
  out.push_back(s.substr(start));
  return out;
}

}  // namespace

Result<CurrencyTable> CurrencyTable::Parse(std::string_view tsv, std::string_view name) {
  CurrencyTable table;
  bool header = false;
  size_t line_no = 0;
  size_t start = 0;
  while (start <= tsv.size()) {
    size_t nl = tsv.find('\n', start);
    std::string_view line = tsv.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start);
    start = nl == std::string_view::npos ? tsv.size() + 1 : nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    auto error = [&](const std::string& msg) {
      return Status(ErrorCode::kParseError, msg, std::string(name) + ":" + std::to_string(line_no));
    };
    std::vector<std::string_view> f = SplitTabs(line);
    if (f.size() != 4) return error("expected 4 tab-separated fields: form, position, iso, ambiguous");
    if (!header) {
      if (f[0] != "form") return error("expected the header line");
      header = true;
      continue;
    }
    Form form;
    Segmentation seg = Segment(f[0]);
    for (const Token& t : seg.tokens) form.tokens.emplace_back(TokenText(f[0], t));
    if (form.tokens.empty()) return error("empty form");
    if (f[1] == "prefix") form.positions = kCurrencyPrefix;
    else if (f[1] == "suffix") form.positions = kCurrencySuffix;
    else if (f[1] == "both") form.positions = kCurrencyPrefix | kCurrencySuffix;
    else return error("position must be prefix, suffix or both");
    if (f[2].size() != 3) return error("iso must be a three-letter ISO 4217 code");
    form.iso = std::string(f[2]);
    if (f[3] != "" && f[3] != "yes") return error("ambiguous must be empty or yes");
    form.ambiguous = f[3] == "yes";
    table.forms_.push_back(std::move(form));
  }
  if (!header) return Status(ErrorCode::kParseError, "no header line", std::string(name));
  std::stable_sort(table.forms_.begin(), table.forms_.end(), [](const Form& a, const Form& b) {
    if (a.tokens[0] != b.tokens[0]) return a.tokens[0] < b.tokens[0];
    return a.tokens.size() > b.tokens.size();
  });
  for (size_t k = 0; k < table.forms_.size(); ++k) {
    if (k == 0 || table.forms_[k].tokens[0] != table.forms_[k - 1].tokens[0]) {
      table.by_first_.Set(table.forms_[k].tokens[0], static_cast<uint32_t>(k));
    }
  }
  return table;
}

const CurrencyTable& CurrencyTable::BuiltIn() {
  static const CurrencyTable* table = [] {
    Result<CurrencyTable> t = Parse(embedded::currencies_tsv, "currencies.tsv");
    if (!t.ok()) {
      std::fprintf(stderr, "dealgraph: built-in currency table: %s\n", t.status().ToString().c_str());
      std::abort();  // the embedded data is broken: a build defect, caught by the tests
    }
    return new CurrencyTable(std::move(t).value());
  }();
  return *table;
}

bool CurrencyTable::MatchAt(std::string_view text, const std::vector<Token>& tokens, size_t i, size_t end,
                            CurrencyPosition position, CurrencyMatch* out) const {
  if (i >= end) return false;
  std::string_view first = TokenText(text, tokens[i]);
  // (Asked after every number and at every currency sign: most words there,
  // "in", "shares", "2025", fail the table's filter before the hash.)
  if (!by_first_.MayContain(first)) return false;
  uint32_t k = by_first_.Find(first);
  if (k == WordTable::kMissing) return false;
  for (; k < forms_.size() && forms_[k].tokens[0] == first; ++k) {
    const Form& f = forms_[k];
    if (!(f.positions & position) || i + f.tokens.size() > end) continue;
    bool ok = true;
    for (size_t j = 1; j < f.tokens.size() && ok; ++j) ok = TokenText(text, tokens[i + j]) == f.tokens[j];
    if (!ok) continue;
    out->iso = f.iso;
    out->end_token = static_cast<uint32_t>(i + f.tokens.size());
    out->ambiguous = f.ambiguous;
    return true;
  }
  return false;
}

bool CurrencyTable::MatchWord(std::string_view form, CurrencyPosition position, CurrencyMatch* out) const {
  uint32_t k = by_first_.Find(form);
  if (k == WordTable::kMissing) return false;
  for (; k < forms_.size() && forms_[k].tokens[0] == form; ++k) {
    const Form& f = forms_[k];
    if (f.tokens.size() != 1 || !(f.positions & position)) continue;
    out->iso = f.iso;
    out->end_token = 0;
    out->ambiguous = f.ambiguous;
    return true;
  }
  return false;
}

}  // namespace dealgraph
