// Date parsing for article metadata: ISO 8601 and RFC 822 to "YYYY-MM-DD".
#include "document/dates.h"

#include <array>

#include "common/zero_padded.h"
#include "document/text_util.h"

namespace dealgraph::document_internal {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Reads exactly `n` digits at `*pos`.
bool ReadDigits(std::string_view s, size_t* pos, int n, int* out) {
  if (*pos + n > s.size()) return false;
  int v = 0;
  for (int i = 0; i < n; ++i) {
    char c = s[*pos + i];
    if (!IsDigit(c)) return false;
    v = v * 10 + (c - '0');
  }
  *pos += n;
  *out = v;
  return true;
}

// Reads one or more digits (at most `max`).
bool ReadNumber(std::string_view s, size_t* pos, int max, int* out, int* count) {
  int v = 0, n = 0;
  while (*pos < s.size() && IsDigit(s[*pos]) && n < max) {
    v = v * 10 + (s[*pos] - '0');
    ++*pos;
    ++n;
  }
  *out = v;
  *count = n;
  return n > 0;
}

int DaysInMonth(int year, int month) {
  static constexpr std::array<int, 12> kDays = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2) {
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return leap ? 29 : 28;
  }
  return kDays[month - 1];
}

std::string Format(int year, int month, int day) {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1 || day > DaysInMonth(year, month)) {
    return "";
  }
  std::string out;  // "%04d-%02d-%02d", without snprintf
  AppendZeroPadded(year, 4, &out);
  out.push_back('-');
  AppendZeroPadded(month, 2, &out);
  out.push_back('-');
  AppendZeroPadded(day, 2, &out);
  return out;
}

// "2024-05-01..." or "2024/05/01...".
std::string ParseIso(std::string_view s) {
  size_t pos = 0;
  int year, month, day;
  if (!ReadDigits(s, &pos, 4, &year)) return "";
  if (pos >= s.size() || (s[pos] != '-' && s[pos] != '/')) return "";
  char sep = s[pos++];
  if (!ReadDigits(s, &pos, 2, &month)) return "";
  if (pos >= s.size() || s[pos++] != sep) return "";
  if (!ReadDigits(s, &pos, 2, &day)) return "";
  if (pos < s.size() && IsDigit(s[pos])) return "";
  return Format(year, month, day);
}

int MonthFromName(std::string_view s) {
  static constexpr std::array<std::string_view, 12> kMonths = {"jan", "feb", "mar", "apr", "may", "jun",
                                                               "jul", "aug", "sep", "oct", "nov", "dec"};
  if (s.size() < 3) return 0;
  std::string lower;
  for (char c : s.substr(0, 3)) lower.push_back((c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c);
  for (size_t i = 0; i < kMonths.size(); ++i) {
    if (lower == kMonths[i]) return static_cast<int>(i) + 1;
  }
  return 0;
}

// "[Wed, ]01 May 2024[ ...]".
std::string ParseRfc822(std::string_view s) {
  size_t comma = s.find(',');
  if (comma != std::string_view::npos && comma < 12) s = TrimSpace(s.substr(comma + 1));
  size_t pos = 0;
  int day, count;
  if (!ReadNumber(s, &pos, 2, &day, &count)) return "";
  while (pos < s.size() && (s[pos] == ' ' || s[pos] == '-')) ++pos;
  size_t month_start = pos;
  while (pos < s.size() && ((s[pos] | 0x20) >= 'a' && (s[pos] | 0x20) <= 'z')) ++pos;
  int month = MonthFromName(s.substr(month_start, pos - month_start));
  if (month == 0) return "";
  while (pos < s.size() && (s[pos] == ' ' || s[pos] == '-')) ++pos;
  int year;
  if (!ReadNumber(s, &pos, 4, &year, &count)) return "";
  if (count == 2) {
    year += year < 50 ? 2000 : 1900;
  } else if (count != 4) {
    return "";
  }
  return Format(year, month, day);
}

}  // namespace

std::string NormalizeDate(std::string_view stamp) {
  stamp = TrimSpace(stamp);
  if (stamp.empty()) return "";
  if (IsDigit(stamp[0])) {
    std::string iso = ParseIso(stamp);
    if (!iso.empty()) return iso;
  }
  return ParseRfc822(stamp);
}

std::string UtcDate(std::time_t t) {
  std::tm tm{};
  if (gmtime_r(&t, &tm) == nullptr) return "";
  return Format(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}

}  // namespace dealgraph::document_internal
