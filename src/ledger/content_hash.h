// Content hash: the 128-bit FNV-1a hash that keys stored documents by their text.
#ifndef DEALGRAPH_LEDGER_CONTENT_HASH_H_
#define DEALGRAPH_LEDGER_CONTENT_HASH_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace dealgraph {

// FNV-1a, 128-bit variant (offset basis 0x6c62272e07bb014262b821756295c58d,
// prime 2^88 + 0x13b), as 32 lower-case hex digits, high half first.
// Deterministic across platforms; not a cryptographic hash.
std::string ContentHash(std::string_view bytes);

// The first 16 hex digits of ContentHash: short stable ids (merged deals).
std::string ShortHash(std::string_view bytes);

}  // namespace dealgraph

#endif  // DEALGRAPH_LEDGER_CONTENT_HASH_H_
