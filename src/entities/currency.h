// CurrencyTable: currency signs, codes and words (data/gazetteer/currencies.tsv)
// matched over tokens, giving the ISO 4217 code.
#ifndef DEALGRAPH_ENTITIES_CURRENCY_H_
#define DEALGRAPH_ENTITIES_CURRENCY_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dealgraph/status.h"
#include "entities/word_table.h"
#include "segment/segmenter.h"

namespace dealgraph {

enum CurrencyPosition : uint8_t {
  kCurrencyPrefix = 1,  // before the number: "$", "€", "EUR", "Rs"
  kCurrencySuffix = 2,  // after the number and scale: "euros", "yen", "Swiss francs"
};

struct CurrencyMatch {
  std::string_view iso;    // "USD"; points into the table
  uint32_t end_token = 0;  // one past the form's last token
  bool ambiguous = false;  // "won", "pounds": money only with a scale or a large number
};

// Immutable after construction; thread-safe.
class CurrencyTable {
 public:
  // Parses the TSV (header "form position iso ambiguous"); `name` is used in errors.
  static Result<CurrencyTable> Parse(std::string_view tsv, std::string_view name);
  // The table built into the binary. The embedded data is checked by the tests.
  static const CurrencyTable& BuiltIn();

  // The longest form usable at `position` that starts at tokens[i] and ends by `end`.
  bool MatchAt(std::string_view text, const std::vector<Token>& tokens, size_t i, size_t end,
               CurrencyPosition position, CurrencyMatch* out) const;
  // A one-token form given as a string ("EUR" in "EUR1.37"), usable at `position`.
  bool MatchWord(std::string_view form, CurrencyPosition position, CurrencyMatch* out) const;
  size_t size() const { return forms_.size(); }

 private:
  struct Form {
    std::vector<std::string> tokens;
    uint8_t positions = 0;  // CurrencyPosition bits
    std::string iso;
    bool ambiguous = false;
  };
  std::vector<Form> forms_;  // longest first within equal first tokens
  WordTable by_first_;       // first token -> first index in forms_ of a run
};

}  // namespace dealgraph

#endif  // DEALGRAPH_ENTITIES_CURRENCY_H_
