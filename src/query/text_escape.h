// Escaping for the text formats the query layer writes: CSV, XML, DOT.
#ifndef DEALGRAPH_QUERY_TEXT_ESCAPE_H_
#define DEALGRAPH_QUERY_TEXT_ESCAPE_H_

#include <string>
#include <string_view>
#include <vector>

namespace dealgraph {

// RFC 4180: quoted when the field holds a comma, quote, CR or LF; quotes doubled.
std::string CsvField(std::string_view s);
// Fields joined by commas (no line end).
std::string CsvRow(const std::vector<std::string>& fields);
// &, <, >, " and ' as entities; control characters XML 1.0 forbids are dropped.
std::string XmlEscape(std::string_view s);
// A double-quoted DOT string ("..." with \" and \\ escaped, newlines as \n).
std::string DotQuote(std::string_view s);

}  // namespace dealgraph

#endif  // DEALGRAPH_QUERY_TEXT_ESCAPE_H_
