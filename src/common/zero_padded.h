// AppendZeroPadded: a non-negative integer in decimal, zero-padded to a
// width, as printf's "%0*d" writes it, without printf's format parsing (the
// date writers of the entity stage and of article metadata call it per date).
#ifndef DEALGRAPH_COMMON_ZERO_PADDED_H_
#define DEALGRAPH_COMMON_ZERO_PADDED_H_

#include <cassert>
#include <string>

namespace dealgraph {

// Appends `value` (>= 0) in decimal, with leading zeros up to `width` digits;
// a longer number is written whole, as "%0*d" does.
inline void AppendZeroPadded(int value, int width, std::string* out) {
  assert(value >= 0);
  char digits[12];
  int n = 0;
  do {
    digits[n++] = static_cast<char>('0' + value % 10);
    value /= 10;
  } while (value > 0);
  for (int i = n; i < width; ++i) out->push_back('0');
  while (n > 0) out->push_back(digits[--n]);
}

}  // namespace dealgraph

#endif  // DEALGRAPH_COMMON_ZERO_PADDED_H_
