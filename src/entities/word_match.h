// Case-folding comparisons of a token with lower-case ASCII word lists, shared
// by the recognizers (no allocation).
#ifndef DEALGRAPH_ENTITIES_WORD_MATCH_H_
#define DEALGRAPH_ENTITIES_WORD_MATCH_H_

#include <cstddef>
#include <initializer_list>
#include <string_view>

namespace dealgraph {

inline char LowerAscii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

// True when `token` equals the lower-case word `lower`, ignoring ASCII case.
inline bool EqualsLower(std::string_view token, std::string_view lower) {
  if (token.size() != lower.size()) return false;
  for (size_t k = 0; k < token.size(); ++k) {
    if (LowerAscii(token[k]) != lower[k]) return false;
  }
  return true;
}

inline bool OneOf(std::string_view token, std::initializer_list<std::string_view> words) {
  for (std::string_view w : words) {
    if (EqualsLower(token, w)) return true;
  }
  return false;
}

template <size_t N>
bool OneOf(std::string_view token, const std::string_view (&words)[N]) {
  for (std::string_view w : words) {
    if (EqualsLower(token, w)) return true;
  }
  return false;
}

}  // namespace dealgraph

#endif  // DEALGRAPH_ENTITIES_WORD_MATCH_H_
