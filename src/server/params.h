// Query-string parameters of an API request, checked and converted: unknown or
// repeated names, malformed numbers and dates become a 400 message, never a crash.
#ifndef DEALGRAPH_SERVER_PARAMS_H_
#define DEALGRAPH_SERVER_PARAMS_H_

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dealgraph/deal.h"
#include "dealgraph/status.h"

namespace dealgraph::server {

using ParamList = std::vector<std::pair<std::string, std::string>>;

class Params {
 public:
  explicit Params(ParamList list) : list_(std::move(list)) {}

  // kInvalidArgument when a name is not in `allowed` or appears twice.
  dealgraph::Status Check(std::initializer_list<std::string_view> allowed) const;

  // The value of `name`, or empty when absent. Longer than `max_len` bytes: an error.
  Result<std::string> String(std::string_view name, size_t max_len = 200) const;
  // An integer in [min, max]; `fallback` when absent.
  Result<int> Int(std::string_view name, int fallback, int min, int max) const;
  // A finite number >= 0 (plain or with e-notation); empty when absent.
  Result<std::optional<double>> Amount(std::string_view name) const;
  // "YYYY", "YYYY-MM" or "YYYY-MM-DD" with a valid month and day; empty when absent.
  Result<std::string> Date(std::string_view name) const;
  // A deal type or status by its spec name; empty when absent.
  Result<std::optional<DealType>> DealTypeValue(std::string_view name) const;
  Result<std::optional<DealStatus>> DealStatusValue(std::string_view name) const;

 private:
  const std::string* Find(std::string_view name) const;
  ParamList list_;
};

// kInvalidArgument when the path, a parameter name or a value (as decoded from
// the URL) is not valid UTF-8 or holds a control character: such bytes are
// refused, never replaced.
dealgraph::Status CheckRequestText(std::string_view path, const ParamList& params);

// True when `s` is "YYYY", "YYYY-MM" or "YYYY-MM-DD" with a real month and day.
bool IsDatePrefix(std::string_view s);

}  // namespace dealgraph::server

#endif  // DEALGRAPH_SERVER_PARAMS_H_
