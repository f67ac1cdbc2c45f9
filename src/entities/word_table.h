// WordTable: a compact open-addressing hash table from short byte strings to
// 32-bit values, used for every per-token word lookup (no allocation on lookup).
#ifndef DEALGRAPH_ENTITIES_WORD_TABLE_H_
#define DEALGRAPH_ENTITIES_WORD_TABLE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dealgraph {

// 64-bit FNV-1a of `s`.
inline uint64_t HashWord(std::string_view s) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

// Keys are copied into the table; the table is movable and copyable.
// Lookups are thread-safe once the table is built.
class WordTable {
 public:
  static constexpr uint32_t kMissing = UINT32_MAX;

  // Sets the value of `key` (inserting it when absent).
  void Set(std::string_view key, uint32_t value);
  // ORs `bits` into the value of `key` (0 when absent).
  void Or(std::string_view key, uint32_t bits);
  // The value of `key`, or kMissing.
  uint32_t Find(std::string_view key) const { return Find(key, HashWord(key)); }
  uint32_t Find(std::string_view key, uint64_t hash) const;
  size_t size() const { return size_; }

 private:
  struct Slot {
    uint64_t hash = 0;
    uint32_t offset = 0;  // into arena_
    uint32_t length = 0;
    uint32_t value = kMissing;  // kMissing: empty slot
  };
  uint32_t* Lookup(std::string_view key, uint64_t hash);  // inserts when absent
  void Grow();

  std::string arena_;
  std::vector<Slot> slots_;
  size_t size_ = 0;
};

}  // namespace dealgraph

#endif  // DEALGRAPH_ENTITIES_WORD_TABLE_H_
