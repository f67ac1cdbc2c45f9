// 128-bit FNV-1a over bytes, printed as hex.
#include "ledger/content_hash.h"

namespace dealgraph {
namespace {

using U128 = unsigned __int128;

U128 Fnv1a128(std::string_view bytes) {
  const U128 basis = (static_cast<U128>(0x6c62272e07bb0142ULL) << 64) | 0x62b821756295c58dULL;
  // h * prime with prime = 2^88 + 0x13b, as a shift and a 64-bit multiply
  // (the same value modulo 2^128, a third of the multiplications).
  U128 h = basis;
  for (unsigned char c : bytes) {
    h ^= c;
    h = h * 0x13bu + (h << 88);
  }
  return h;
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
