// Case-folding comparisons of a token with lower-case ASCII word lists, shared
// by the recognizers (no allocation).
#ifndef DEALGRAPH_ENTITIES_WORD_MATCH_H_
#define DEALGRAPH_ENTITIES_WORD_MATCH_H_

#include <array>
#include <cstddef>
#include <cstdint>
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

// A fixed list of lower-case words that OneOf tests a token against ignoring
// ASCII case, behind a filter on the token's folded first byte and length:
// most tokens asked are rejected by one table look-up instead of a walk of
// the list, and the others are compared only with the words of their first
// byte. Built at compile time from a word array; immutable, thread-safe.
template <size_t N>
class FoldedWordList {
 public:
  constexpr explicit FoldedWordList(const std::string_view (&words)[N]) {
    // The words by their first byte (an empty word first), each byte's in
    // list order.
    size_t at = 0;
    for (int b = -1; b < 256; ++b) {
      if (b >= 0) first_[b] = static_cast<uint16_t>(at);
      for (size_t i = 0; i < N; ++i) {
        if (FirstByte(words[i]) == b) words_[at++] = words[i];
      }
    }
    first_[256] = static_cast<uint16_t>(at);
    for (size_t i = 0; i < N; ++i) {
      if (!words[i].empty()) shape_[static_cast<unsigned char>(words[i][0])] |= LengthBit(words[i].size());
    }
  }

  // True when `token` equals one of the words, ignoring ASCII case (as
  // OneOf over the word array).
  bool Contains(std::string_view token) const {
    if (token.empty()) {
      for (std::string_view w : words_) {
        if (w.empty()) return true;
      }
      return false;
    }
    const unsigned char c = static_cast<unsigned char>(LowerAscii(token[0]));
    if (!(shape_[c] & LengthBit(token.size()))) return false;
    for (size_t i = first_[c]; i < first_[c + 1]; ++i) {
      if (EqualsLower(token, words_[i])) return true;
    }
    return false;
  }

 private:
  static constexpr uint32_t LengthBit(size_t size) { return uint32_t{1} << (size < 31 ? size : 31); }
  static constexpr int FirstByte(std::string_view w) { return w.empty() ? -1 : static_cast<unsigned char>(w[0]); }

  std::array<std::string_view, N> words_{};  // by first byte
  std::array<uint32_t, 256> shape_{};
  std::array<uint16_t, 257> first_{};  // the words of first byte b: words_[first_[b], first_[b + 1])
};

template <size_t N>
bool OneOf(std::string_view token, const FoldedWordList<N>& words) {
  return words.Contains(token);
}

}  // namespace dealgraph

#endif  // DEALGRAPH_ENTITIES_WORD_MATCH_H_
