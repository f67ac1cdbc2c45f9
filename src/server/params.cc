// Checked conversion of query-string parameters (see params.h).
#include "server/params.h"

#include <fmt/format.h>

#include <charconv>
#include <cmath>
#include <set>

#include "document/input_check.h"

namespace dealgraph::server {
namespace {

dealgraph::Status Bad(std::string message) { return dealgraph::Status(ErrorCode::kInvalidArgument, std::move(message)); }

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

int ToInt(std::string_view s) {
  int v = 0;
  std::from_chars(s.data(), s.data() + s.size(), v);
  return v;
}

// Empty when `s` is printable UTF-8, else what is wrong with it.
std::string_view TextProblem(std::string_view s) {
  if (document_internal::FindInvalidUtf8(s) != std::string_view::npos) return "is not valid UTF-8";
  for (char c : s) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) return "holds a control character";
  }
  return {};
}

}  // namespace

dealgraph::Status CheckRequestText(std::string_view path, const ParamList& params) {
  if (std::string_view p = TextProblem(path); !p.empty()) return Bad(fmt::format("the path {}", p));
  for (const auto& [name, value] : params) {
    if (std::string_view p = TextProblem(name); !p.empty()) return Bad(fmt::format("a parameter name {}", p));
    if (std::string_view p = TextProblem(value); !p.empty()) {
      return Bad(fmt::format("parameter '{}' {}", name.substr(0, 40), p));
    }
  }
  return dealgraph::Status();
}

bool IsDatePrefix(std::string_view s) {
  if (s.size() != 4 && s.size() != 7 && s.size() != 10) return false;
  if (!AllDigits(s.substr(0, 4))) return false;
  if (s.size() == 4) return true;
  if (s[4] != '-' || !AllDigits(s.substr(5, 2))) return false;
  int month = ToInt(s.substr(5, 2));
  if (month < 1 || month > 12) return false;
  if (s.size() == 7) return true;
  if (s[7] != '-' || !AllDigits(s.substr(8, 2))) return false;
  int year = ToInt(s.substr(0, 4));
  int day = ToInt(s.substr(8, 2));
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  int max_day = (month == 2 && !leap) ? 28 : kDays[month - 1];
  return day >= 1 && day <= max_day;
}

dealgraph::Status Params::Check(std::initializer_list<std::string_view> allowed) const {
  std::set<std::string_view> seen;
  for (const auto& [name, value] : list_) {
    bool known = false;
    for (std::string_view a : allowed) known = known || a == name;
    if (!known) {
      std::string names;
      for (std::string_view a : allowed) names += (names.empty() ? "" : ", ") + std::string(a);
      return Bad(fmt::format("unknown parameter '{}' (allowed: {})", name.substr(0, 40),
                             names.empty() ? "none" : names));
    }
    if (!seen.insert(name).second) return Bad(fmt::format("parameter '{}' given more than once", name));
  }
  return dealgraph::Status::Ok();
}

const std::string* Params::Find(std::string_view name) const {
  for (const auto& [n, v] : list_) {
    if (n == name) return &v;
  }
  return nullptr;
}

Result<std::string> Params::String(std::string_view name, size_t max_len) const {
  const std::string* v = Find(name);
  if (v == nullptr) return std::string();
  if (v->size() > max_len) return Bad(fmt::format("parameter '{}' is longer than {} bytes", name, max_len));
  return *v;
}

Result<int> Params::Int(std::string_view name, int fallback, int min, int max) const {
  const std::string* v = Find(name);
  if (v == nullptr) return fallback;
  int out = 0;
  auto [end, ec] = std::from_chars(v->data(), v->data() + v->size(), out);
  if (v->empty() || ec != std::errc() || end != v->data() + v->size() || out < min || out > max) {
    return Bad(fmt::format("parameter '{}' must be an integer from {} to {}", name, min, max));
  }
  return out;
}

Result<std::optional<double>> Params::Amount(std::string_view name) const {
  const std::string* v = Find(name);
  if (v == nullptr || v->empty()) return std::optional<double>();
  double out = 0;
  auto [end, ec] = std::from_chars(v->data(), v->data() + v->size(), out);
  if (ec != std::errc() || end != v->data() + v->size() || !std::isfinite(out) || out < 0) {
    return Bad(fmt::format("parameter '{}' must be a number >= 0 (e.g. 1e9)", name));
  }
  return std::optional<double>(out);
}

Result<std::string> Params::Date(std::string_view name) const {
  const std::string* v = Find(name);
  if (v == nullptr || v->empty()) return std::string();
  if (!IsDatePrefix(*v)) return Bad(fmt::format("parameter '{}' must be a date YYYY-MM-DD (or YYYY-MM, YYYY)", name));
  return *v;
}

Result<std::optional<DealType>> Params::DealTypeValue(std::string_view name) const {
  const std::string* v = Find(name);
  if (v == nullptr || v->empty()) return std::optional<DealType>();
  DealType t;
  if (!ParseDealType(*v, &t)) {
    return Bad(fmt::format("parameter '{}' must be investment, acquisition, purchase or partnership", name));
  }
  return std::optional<DealType>(t);
}

Result<std::optional<DealStatus>> Params::DealStatusValue(std::string_view name) const {
  const std::string* v = Find(name);
  if (v == nullptr || v->empty()) return std::optional<DealStatus>();
  DealStatus s;
  if (!ParseDealStatus(*v, &s)) {
    return Bad(fmt::format("parameter '{}' must be talks, planned, announced, completed or cancelled", name));
  }
  return std::optional<DealStatus>(s);
}

}  // namespace dealgraph::server
