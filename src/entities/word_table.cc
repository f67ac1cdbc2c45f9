// WordTable: linear probing over a power-of-two slot array.
#include "entities/word_table.h"

namespace dealgraph {

uint32_t* WordTable::Lookup(std::string_view key) {
  if (key.size() == 1) {
    uint32_t* v = &bytes_[static_cast<unsigned char>(key[0])];
    if (*v == kMissing) {
      size_t bit = FilterBit(key);
      filter_[bit >> 6] |= uint64_t{1} << (bit & 63);
      ++size_;
    }
    return v;  // kMissing when new: the caller sets it
  }
  if ((size_ + 1) * 2 > slots_.size()) Grow();
  const WordKey k = KeyOfWord(key);
  size_t mask = slots_.size() - 1;
  for (size_t i = k.hash & mask;; i = (i + 1) & mask) {
    Slot& s = slots_[i];
    if (s.value == kMissing) {
      s.a = k.a;
      s.b = k.b;
      s.offset = static_cast<uint32_t>(arena_.size());
      s.length = static_cast<uint32_t>(key.size());
      arena_.append(key);
      size_t bit = FilterBit(key);
      filter_[bit >> 6] |= uint64_t{1} << (bit & 63);
      ++size_;
      return &s.value;  // still kMissing: the caller sets it
    }
    if (s.a == k.a && s.b == k.b && s.length == key.size() &&
        std::string_view(arena_.data() + s.offset, s.length) == key) {
      return &s.value;
    }
  }
}

void WordTable::Set(std::string_view key, uint32_t value) { *Lookup(key) = value; }

void WordTable::Or(std::string_view key, uint32_t bits) {
  uint32_t* v = Lookup(key);
  *v = (*v == kMissing ? 0 : *v) | bits;
}

void WordTable::Reserve(size_t keys) {
  size_t want = 64;
  while (want < (keys + 1) * 2) want *= 2;
  if (want > slots_.size()) Rehash(want);
}

void WordTable::Grow() { Rehash(slots_.empty() ? 64 : slots_.size() * 2); }

void WordTable::Rehash(size_t slot_count) {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(slot_count, Slot{});
  size_t mask = slots_.size() - 1;
  for (const Slot& s : old) {
    if (s.value == kMissing) continue;
    size_t i = KeyOfWord(std::string_view(arena_.data() + s.offset, s.length)).hash & mask;
    while (slots_[i].value != kMissing) i = (i + 1) & mask;
    slots_[i] = s;
  }
}

}  // namespace dealgraph
