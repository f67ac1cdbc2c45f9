// WordTable: a compact open-addressing hash table from short byte strings to
// 32-bit values, used for every per-token word lookup (no allocation on lookup).
#ifndef DEALGRAPH_ENTITIES_WORD_TABLE_H_
#define DEALGRAPH_ENTITIES_WORD_TABLE_H_

#include <array>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace dealgraph {

class ImageReader;
class ImageWriter;

// A short byte string as the table compares it: its bytes in two words and a
// 64-bit hash. Up to 16 bytes, the two words and the length determine the
// string (two overlapping loads of 4 or 8 bytes, or three bytes when shorter),
// so a look-up compares them instead of the bytes; a longer string keeps its
// hash in `a` and is compared byte by byte. Not for hostile hash flooding:
// keys are fixed word lists, lookups only probe.
struct WordKey {
  uint64_t a = 0;
  uint64_t b = 0;
  uint64_t hash = 0;
};

[[gnu::always_inline]] inline WordKey KeyOfWord(std::string_view s) {
  constexpr uint64_t kMul = 0x9E3779B97F4A7C15ull;
  auto load64 = [](const char* p) {
    uint64_t v;
    std::memcpy(&v, p, 8);
    return v;
  };
  auto load32 = [](const char* p) {
    uint32_t v;
    std::memcpy(&v, p, 4);
    return static_cast<uint64_t>(v);
  };
  auto mix = [](uint64_t a, uint64_t b) {
    __uint128_t r = static_cast<__uint128_t>(a ^ 0xA0761D6478BD642Full) * (b ^ 0xE7037ED1A0B428DBull);
    return static_cast<uint64_t>(r) ^ static_cast<uint64_t>(r >> 64);
  };
  const char* p = s.data();
  size_t n = s.size();
  WordKey k;
  if (n >= 8) {
    uint64_t acc = n * kMul;
    while (n > 16) {
      acc = mix(acc ^ load64(p), kMul);
      p += 8;
      n -= 8;
    }
    k.a = load64(p) ^ acc;
    k.b = load64(p + n - 8);
  } else if (n >= 4) {
    k.a = load32(p);
    k.b = load32(p + n - 4);
  } else if (n > 0) {
    k.a = (static_cast<uint64_t>(static_cast<unsigned char>(p[0])) << 16) |
          (static_cast<uint64_t>(static_cast<unsigned char>(p[n / 2])) << 8) | static_cast<unsigned char>(p[n - 1]);
  }
  k.hash = mix(k.a ^ s.size(), k.b ^ kMul);
  if (s.size() > 16) k.a = k.hash;
  return k;
}

// A fast 64-bit hash of a short byte string (the hash of KeyOfWord).
inline uint64_t HashWord(std::string_view s) { return KeyOfWord(s).hash; }

// Keys are copied into the table; the table is movable and copyable.
// Lookups are thread-safe once the table is built.
class WordTable {
 public:
  static constexpr uint32_t kMissing = UINT32_MAX;

  // Sets the value of `key` (inserting it when absent).
  void Set(std::string_view key, uint32_t value);
  // Sizes the slots for `keys` keys so that inserting that many never grows
  // the table (lookups give the same values at any size).
  void Reserve(size_t keys);
  // ORs `bits` into the value of `key` (0 when absent).
  void Or(std::string_view key, uint32_t bits);
  // The value of `key`, or kMissing.
  [[gnu::always_inline]] uint32_t Find(std::string_view key) const {  // inline: called per token
    if (key.size() == 1) return bytes_[static_cast<unsigned char>(key[0])];  // ",", ".", "a": no hashing
    if (slots_.empty()) return kMissing;
    const WordKey k = KeyOfWord(key);
    const size_t mask = slots_.size() - 1;
    for (size_t i = k.hash & mask;; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (s.value == kMissing) return kMissing;
      if (s.a == k.a && s.b == k.b && s.length == key.size() &&
          (key.size() <= 16 || std::memcmp(arena_.data() + s.offset, key.data(), key.size()) == 0)) {
        return s.value;
      }
    }
  }
  size_t size() const { return size_; }

  // The table as bytes (image_io.h), for tables built at build time: ReadImage
  // of what WriteImage wrote, into an empty table, gives a table equal in
  // every look-up and in layout (the same slots, so look-ups probe as often).
  // False, reading nothing, when the table is not empty; false, the table
  // left empty, when the image is damaged.
  void WriteImage(ImageWriter* out) const;
  bool ReadImage(ImageReader* in);
  // The bytes WriteImage writes for an empty table, the fewest it writes.
  static constexpr size_t kMinImageBytes = 28;

  // False when `key` is certainly absent: an 8192-bit filter over the first
  // two bytes, last byte and length of the keys (no false negatives). Costs a
  // few instructions, so per-token callers test it before hashing. (The
  // second byte and the larger filter let fewer absent words through to the
  // hash than a 4096-bit filter over first byte, last byte and length did.)
  bool MayContain(std::string_view key) const {
    size_t bit = FilterBit(key);
    return (filter_[bit >> 6] >> (bit & 63)) & 1;
  }

 private:
  static size_t FilterBit(std::string_view key) {
    uint64_t first = key.empty() ? 0 : static_cast<unsigned char>(key.front());
    uint64_t second = key.size() < 2 ? 0 : static_cast<unsigned char>(key[1]);
    uint64_t last = key.empty() ? 0 : static_cast<unsigned char>(key.back());
    uint64_t x = first | second << 8 | last << 16 | static_cast<uint64_t>(key.size() < 255 ? key.size() : 255) << 24;
    return (x * 0x9E3779B97F4A7C15ull) >> 51;  // 13 bits
  }

  struct Slot {
    uint64_t a = 0, b = 0;  // the key's WordKey words
    uint32_t offset = 0;    // into arena_
    uint32_t length = 0;
    uint32_t value = kMissing;  // kMissing: empty slot
  };
  static constexpr std::array<uint32_t, 256> MissingBytes() {
    std::array<uint32_t, 256> a{};
    for (uint32_t& v : a) v = kMissing;
    return a;
  }
  uint32_t* Lookup(std::string_view key);  // inserts when absent
  void Grow();
  void Rehash(size_t slot_count);  // a power of two, more than twice size_

  std::string arena_;
  std::vector<Slot> slots_;  // keys of any length but one byte
  std::array<uint32_t, 256> bytes_ = MissingBytes();  // one-byte keys: their values, or kMissing
  uint64_t filter_[128] = {};
  size_t size_ = 0;
};

}  // namespace dealgraph

#endif  // DEALGRAPH_ENTITIES_WORD_TABLE_H_
