// Publication dates: ISO 8601 and RFC 822 stamps reduced to "YYYY-MM-DD".
#ifndef DEALGRAPH_DOCUMENT_DATES_H_
#define DEALGRAPH_DOCUMENT_DATES_H_

#include <ctime>
#include <string>
#include <string_view>

namespace dealgraph::document_internal {

// "YYYY-MM-DD" from an ISO 8601 stamp ("2024-05-01", "2024-05-01T10:00:00Z"),
// a "YYYY/MM/DD" date or an RFC 822 date ("Wed, 01 May 2024 10:00:00 GMT",
// "1 May 24"). The date is kept as written (no time-zone shift). Returns ""
// when `stamp` is not a date in one of these forms. Thread-safe.
std::string NormalizeDate(std::string_view stamp);

// The UTC calendar date of `t` as "YYYY-MM-DD". Thread-safe.
std::string UtcDate(std::time_t t);

}  // namespace dealgraph::document_internal

#endif  // DEALGRAPH_DOCUMENT_DATES_H_
