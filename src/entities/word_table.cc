// WordTable: linear probing over a power-of-two slot array.
#include "entities/word_table.h"

#include "entities/image_io.h"

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

namespace {

// A used slot in an image: its index and its fields (no padding).
struct SlotRecord {
  uint32_t index, offset, length, value;
  uint64_t a, b;
};
// A one-byte key in an image, and a word of the filter that is not zero.
struct ByteRecord {
  uint32_t byte, value;
};
struct FilterRecord {
  uint64_t bits;
  uint32_t word, unused;
};

}  // namespace

void WordTable::WriteImage(ImageWriter* out) const {
  out->String(arena_);
  out->U64(size_);
  // The one-byte keys and the filter's words that are set, not the whole arrays
  // (a table of a few keys, as the gazetteer's by_second tables are, sets few).
  std::vector<ByteRecord> bytes;
  for (uint32_t c = 0; c < bytes_.size(); ++c) {
    if (bytes_[c] != kMissing) bytes.push_back({c, bytes_[c]});
  }
  out->Array(bytes.data(), bytes.size());
  std::vector<FilterRecord> filter;
  for (uint32_t w = 0; w < std::size(filter_); ++w) {
    if (filter_[w] != 0) filter.push_back({filter_[w], w, 0});
  }
  out->Array(filter.data(), filter.size());
  out->U32(static_cast<uint32_t>(slots_.size()));
  uint32_t used = 0;
  for (const Slot& s : slots_) used += s.value != kMissing;
  out->U32(used);
  for (uint32_t i = 0; i < slots_.size(); ++i) {
    const Slot& s = slots_[i];
    if (s.value != kMissing) out->Value(SlotRecord{i, s.offset, s.length, s.value, s.a, s.b});
  }
}

bool WordTable::ReadImage(ImageReader* in) {
  if (size_ != 0) return false;
  std::string_view arena;
  uint64_t size = 0;
  uint32_t count = 0;
  bool ok = in->String(&arena) && in->U64(&size) && in->Count(&count, sizeof(ByteRecord));
  for (uint32_t k = 0; ok && k < count; ++k) {
    ByteRecord r;
    ok = in->Value(&r) && r.byte < bytes_.size();
    if (ok) bytes_[r.byte] = r.value;
  }
  ok = ok && in->Count(&count, sizeof(FilterRecord));
  for (uint32_t k = 0; ok && k < count; ++k) {
    FilterRecord r;
    ok = in->Value(&r) && r.word < std::size(filter_);
    if (ok) filter_[r.word] = r.bits;
  }
  uint32_t slot_count = 0, used = 0;
  ok = ok && in->U32(&slot_count) && in->Count(&used, sizeof(SlotRecord)) && (slot_count & (slot_count - 1)) == 0 &&
       used <= slot_count / 2;  // Grow keeps the slots at most half full, so every probe ends
  if (ok) {
    arena_.assign(arena);
    slots_.assign(slot_count, Slot{});
  }
  for (uint32_t k = 0; ok && k < used; ++k) {
    SlotRecord r;
    ok = in->Value(&r) && r.index < slot_count && slots_[r.index].value == kMissing && r.value != kMissing &&
         uint64_t{r.offset} + r.length <= arena_.size();
    if (ok) slots_[r.index] = Slot{r.a, r.b, r.offset, r.length, r.value};
  }
  if (!ok) {
    *this = WordTable();
    return false;
  }
  size_ = size;
  return true;
}

}  // namespace dealgraph
