// Charsets of fetched bodies: feeds and pages that are not UTF-8 (ISO-8859-1,
// windows-1252, Shift_JIS, UTF-16, ...) turned into UTF-8 before the readers,
// which take UTF-8 only.
#ifndef DEALGRAPH_FETCH_CHARSET_H_
#define DEALGRAPH_FETCH_CHARSET_H_

#include <string>
#include <string_view>

#include "dealgraph/status.h"

namespace dealgraph::fetch {

// The charset `body` declares, lower-case: a UTF-16 byte-order mark, else the
// `charset` parameter of `content_type`, else the encoding of an XML
// declaration, else an HTML <meta charset> or http-equiv Content-Type in the
// first 2 KB. "" when none.
std::string DeclaredCharset(std::string_view body, std::string_view content_type);

// `body` as UTF-8: unchanged when it is valid UTF-8 already (whatever it
// declares, since mislabelled UTF-8 is common); else converted from its
// declared charset, or from windows-1252 when it declares none (as browsers
// do), with the encoding of an XML declaration rewritten to UTF-8.
// kInvalidUtf8 when the charset is unknown or the bytes are not in it.
// Thread-safe.
Result<std::string> ToUtf8(std::string body, std::string_view content_type);

}  // namespace dealgraph::fetch

#endif  // DEALGRAPH_FETCH_CHARSET_H_
