// Small string helpers shared by the readers (whitespace, ids and file stems)
// and by later stages (ASCII lower-casing).
#ifndef DEALGRAPH_DOCUMENT_TEXT_UTIL_H_
#define DEALGRAPH_DOCUMENT_TEXT_UTIL_H_

#include <string>
#include <string_view>

namespace dealgraph {

// `text` with the ASCII letters A-Z lower-cased; every other byte (UTF-8
// sequences included) is kept, so byte offsets into `text` stay valid.
std::string AsciiLower(std::string_view text);
// The same into `*out` (replacing its contents; its capacity is reused).
void AsciiLowerInto(std::string_view text, std::string* out);
// The same into out[0, text.size()), room the caller provides.
void AsciiLowerTo(std::string_view text, char* out);

}  // namespace dealgraph

namespace dealgraph::document_internal {

// True for the HTML whitespace bytes: space, \t, \n, \f, \r (and \v).
inline bool IsAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == '\v';
}

// Appends `text` to `*out` with runs of ASCII whitespace turned into one
// space. A space is never put at the start of `*out` nor doubled.
void AppendCollapsed(std::string_view text, std::string* out);

// Removes ASCII whitespace and no-break spaces (U+00A0) from both ends.
std::string_view TrimSpace(std::string_view text);

// `text` with whitespace runs collapsed to one space, then trimmed.
std::string CollapseWhitespace(std::string_view text);

// The file name without folders and without its last extension:
// "in/news-01-foo.txt" gives "news-01-foo", ".profile" stays ".profile",
// "-" gives "stdin".
std::string FileStem(std::string_view path);

// Lower-case extension with its dot (".html"), or "" when there is none.
std::string FileExtension(std::string_view path);

// `id` with every byte outside [A-Za-z0-9._-] replaced by '-'.
std::string SafeId(std::string_view id);

// ASCII case-insensitive search; returns true when `needle` occurs in `hay`.
bool ContainsIgnoreCase(std::string_view hay, std::string_view needle);

}  // namespace dealgraph::document_internal

#endif  // DEALGRAPH_DOCUMENT_TEXT_UTIL_H_
