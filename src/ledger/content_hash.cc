// 128-bit FNV-1a over bytes, printed as hex.
#include "ledger/content_hash.h"

#include <cstdint>

namespace dealgraph {
namespace {

using U128 = unsigned __int128;

U128 Fnv1a128(std::string_view bytes) {
  // h * prime with prime = 2^88 + 0x13b, on the two 64-bit halves: a 64x64
  // multiply, a small one and a shift per byte (the same value modulo 2^128,
  // a quarter faster than a full 128-bit multiply).
  uint64_t lo = 0x62b821756295c58dULL, hi = 0x6c62272e07bb0142ULL;
  for (unsigned char c : bytes) {
    lo ^= c;
    const U128 p = static_cast<U128>(lo) * 0x13bu;
    hi = hi * 0x13bu + static_cast<uint64_t>(p >> 64) + (lo << 24);
    lo = static_cast<uint64_t>(p);
  }
  return (static_cast<U128>(hi) << 64) | lo;
}

void AppendHex(uint64_t v, std::string* out) {
  static const char kDigits[] = "0123456789abcdef";
  for (int shift = 60; shift >= 0; shift -= 4) out->push_back(kDigits[(v >> shift) & 0xf]);
}

}  // namespace

std::string ContentHash(std::string_view bytes) {
  U128 h = Fnv1a128(bytes);
  std::string out;
  out.reserve(32);
  AppendHex(static_cast<uint64_t>(h >> 64), &out);
  AppendHex(static_cast<uint64_t>(h), &out);
  return out;
}

std::string ShortHash(std::string_view bytes) { return ContentHash(bytes).substr(0, 16); }

}  // namespace dealgraph
