// WordView: a std::string_view of a token's text whose comparison with a
// string literal (`w == "and"`) is compiled inline: a length test, then a
// fixed-size compare. The rules compare tokens with literals thousands of
// times; std::string_view's own == is often left out of line by GCC at -O2
// (a call, then a call to memcmp) in the large rule functions.
#ifndef DEALGRAPH_SEGMENT_WORD_VIEW_H_
#define DEALGRAPH_SEGMENT_WORD_VIEW_H_

#include <cstddef>
#include <cstring>
#include <string_view>

namespace dealgraph {

struct WordView : std::string_view {
  using std::string_view::string_view;
  constexpr WordView() noexcept = default;
  // Explicit, so that `cond ? word_view : string_view` stays a string_view.
  constexpr explicit WordView(std::string_view s) noexcept : std::string_view(s) {}

  // Equal to the literal's N - 1 bytes (a compile-time length once inlined).
  // The same answer as std::string_view's == for every literal without a NUL
  // inside; one with a NUL ("a\0b") is compared whole, where string_view
  // would stop at the NUL. Other comparisons are string_view's.
  // (Always inline: GCC leaves even this out of line in the largest rule
  // functions, a call for a length test and a compare of a known size.)
  template <size_t N>
  [[gnu::always_inline]] friend bool operator==(WordView w, const char (&literal)[N]) noexcept {
    return w.size() == N - 1 && std::memcmp(w.data(), literal, N - 1) == 0;
  }
};

}  // namespace dealgraph

#endif  // DEALGRAPH_SEGMENT_WORD_VIEW_H_
