// A pre-pass over HTML source that caps tag nesting before gumbo sees it.
//
// gumbo 0.10 has no depth limit: a page nested 100,000 deep costs quadratic
// time in its scope checks. This pass tokenizes tags roughly (comments, raw
// text elements, quotes, void elements and the common implied end tags are
// understood) and drops start tags that would open deeper than the limit,
// with their end tags; text blocks (<p>, <li>, <td>, ...) may go 64 levels
// further. Text is kept, so deep content is flattened, not lost.
#ifndef DEALGRAPH_DOCUMENT_HTML_DEPTH_H_
#define DEALGRAPH_DOCUMENT_HTML_DEPTH_H_

#include <optional>
#include <string>
#include <string_view>

namespace dealgraph::document_internal {

// Returns std::nullopt when `html` never nests deeper than `max_depth` (use
// it unchanged), else a copy with the too-deep tags removed. Thread-safe.
std::optional<std::string> LimitHtmlDepth(std::string_view html, int max_depth);

}  // namespace dealgraph::document_internal

#endif  // DEALGRAPH_DOCUMENT_HTML_DEPTH_H_
