// FetchOptions: the User-Agent and the parsers of durations and sizes.
#include "fetch/fetch_options.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace dealgraph::fetch {
namespace {

#ifndef DEALGRAPH_VERSION
#define DEALGRAPH_VERSION "0"
#endif

// Splits "1.5m" into 1.5 and "m" (unit lower-cased); false without a number.
bool SplitNumber(std::string_view text, double* value, std::string* unit) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  size_t i = 0;
  bool digits = false;
  while (i < text.size() && ((text[i] >= '0' && text[i] <= '9') || text[i] == '.')) {
    digits |= text[i] != '.';
    ++i;
  }
  if (!digits) return false;
  std::string number(text.substr(0, i));
  char* end = nullptr;
  *value = std::strtod(number.c_str(), &end);
  if (end != number.c_str() + number.size() || !std::isfinite(*value)) return false;
  std::string_view rest = text.substr(i);
  while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
  unit->clear();
  for (char c : rest) unit->push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  return true;
}

}  // namespace

std::string DefaultUserAgent() { return "dealgraph/" DEALGRAPH_VERSION " (+news deal ledger; feed reader)"; }

bool ParseDuration(std::string_view text, std::chrono::milliseconds* out) {
  double v = 0;
  std::string unit;
  if (!SplitNumber(text, &v, &unit)) return false;
  double ms;
  if (unit == "ms") {
    ms = v;
  } else if (unit.empty() || unit == "s") {
    ms = v * 1e3;
  } else if (unit == "m" || unit == "min") {
    ms = v * 60e3;
  } else if (unit == "h") {
    ms = v * 3600e3;
  } else {
    return false;
  }
  if (ms > 1e12) return false;  // about 30 years
  *out = std::chrono::milliseconds(static_cast<int64_t>(std::llround(ms)));
  return true;
}

bool ParseByteSize(std::string_view text, size_t* out) {
  double v = 0;
  std::string unit;
  if (!SplitNumber(text, &v, &unit)) return false;
  double scale;
  if (unit.empty() || unit == "b") {
    scale = 1;
  } else if (unit == "k" || unit == "kb" || unit == "kib") {
    scale = 1024.0;
  } else if (unit == "m" || unit == "mb" || unit == "mib") {
    scale = 1024.0 * 1024;
  } else if (unit == "g" || unit == "gb" || unit == "gib") {
    scale = 1024.0 * 1024 * 1024;
  } else {
    return false;
  }
  double bytes = v * scale;
  if (bytes > 1e15) return false;
  *out = static_cast<size_t>(std::llround(bytes));
  return true;
}

std::string FormatDuration(std::chrono::milliseconds d) {
  char buf[48];
  int64_t ms = d.count();
  if (ms < 1000) {
    std::snprintf(buf, sizeof buf, "%lld ms", static_cast<long long>(ms));
  } else if (ms < 120'000) {
    std::snprintf(buf, sizeof buf, "%g s", static_cast<double>(ms) / 1e3);
  } else if (ms < 7'200'000) {
    std::snprintf(buf, sizeof buf, "%g min", static_cast<double>(ms) / 60e3);
  } else {
    std::snprintf(buf, sizeof buf, "%g h", static_cast<double>(ms) / 3600e3);
  }
  return buf;
}

}  // namespace dealgraph::fetch
