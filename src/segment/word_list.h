// WordList: a short fixed list of words with a filter on first byte and
// length, for the per-token "is this one of these words" tests of the rules.
#ifndef DEALGRAPH_SEGMENT_WORD_LIST_H_
#define DEALGRAPH_SEGMENT_WORD_LIST_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace dealgraph {

// Most words asked about are rejected by one table look-up (a bit per length,
// lengths of 31 and more sharing the last bit, for each first byte) before the
// list is walked. Compares bytes exactly (no case folding). Built at compile
// time; immutable and thread-safe.
template <size_t N>
class WordList {
 public:
  constexpr explicit WordList(const std::array<std::string_view, N>& words) : words_(words) {
    for (std::string_view w : words_) {
      if (w.empty()) {
        has_empty_ = true;
      } else {
        shape_[static_cast<unsigned char>(w[0])] |= LengthBit(w.size());
      }
    }
  }

  // True when `s` is one of the words.
  bool Contains(std::string_view s) const {
    if (s.empty()) return has_empty_;
    if (!(shape_[static_cast<unsigned char>(s[0])] & LengthBit(s.size()))) return false;
    for (std::string_view w : words_) {
      if (w.size() == s.size() && w[0] == s[0] && SameTail(w, s)) return true;
    }
    return false;
  }

  constexpr const std::array<std::string_view, N>& words() const { return words_; }

 private:
  // Bytes 1.. of two words of the same length (at least 1), compared in
  // place: the list's words are short, and string_view's == is a call to its
  // compare and then to memcmp where GCC leaves it out of line (the large
  // rule functions that ask these lists).
  static bool SameTail(std::string_view a, std::string_view b) {
    for (size_t i = 1; i < a.size(); ++i) {
      if (a[i] != b[i]) return false;
    }
    return true;
  }

  static constexpr uint32_t LengthBit(size_t size) { return uint32_t{1} << (size < 31 ? size : 31); }

  std::array<std::string_view, N> words_;
  std::array<uint32_t, 256> shape_{};
  bool has_empty_ = false;  // the empty word is one of the words
};

}  // namespace dealgraph

#endif  // DEALGRAPH_SEGMENT_WORD_LIST_H_
