// ImageWriter and ImageReader: the bytes of tables built at build time and
// read back at start-up (the built-in gazetteer, Gazetteer::Image). Integers
// are written as they are in memory: an image is read only by programs of the
// build that wrote it (same compiler, same byte order).
#ifndef DEALGRAPH_ENTITIES_IMAGE_IO_H_
#define DEALGRAPH_ENTITIES_IMAGE_IO_H_

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace dealgraph {

// Appends to a string it does not own.
class ImageWriter {
 public:
  explicit ImageWriter(std::string* out) : out_(out) {}

  void U8(uint8_t v) { Value(v); }
  void U32(uint32_t v) { Value(v); }
  void U64(uint64_t v) { Value(v); }
  // A value's bytes: only for types whose bytes are all value (no padding),
  // so that equal tables give equal images.
  template <typename T>
  void Value(const T& v) {
    static_assert(std::is_trivially_copyable_v<T> && std::has_unique_object_representations_v<T>);
    Raw(&v, sizeof v);
  }
  // The length (U32), then the bytes.
  void String(std::string_view s) {
    U32(static_cast<uint32_t>(s.size()));
    out_->append(s);
  }
  // The count (U32), then the values' bytes (types as for Value).
  template <typename T>
  void Array(const T* values, size_t count) {
    static_assert(std::is_trivially_copyable_v<T> && std::has_unique_object_representations_v<T>);
    U32(static_cast<uint32_t>(count));
    Raw(values, count * sizeof(T));
  }

 private:
  void Raw(const void* p, size_t n) { out_->append(static_cast<const char*>(p), n); }
  std::string* out_;
};

// Reads what ImageWriter wrote, checking each read against the image's end: a
// read past it fails (returns false), and so does every read after it.
class ImageReader {
 public:
  explicit ImageReader(std::string_view image) : in_(image) {}

  bool U8(uint8_t* v) { return Value(v); }
  bool U32(uint32_t* v) { return Value(v); }
  bool U64(uint64_t* v) { return Value(v); }
  // What ImageWriter::Value wrote.
  template <typename T>
  bool Value(T* v) {
    static_assert(std::is_trivially_copyable_v<T> && std::has_unique_object_representations_v<T>);
    return Raw(v, sizeof *v);
  }
  // A view of the string's bytes in the image.
  bool String(std::string_view* s) {
    uint32_t n = 0;
    if (!U32(&n) || n > in_.size()) return Fail();
    *s = in_.substr(0, n);
    in_.remove_prefix(n);
    return true;
  }
  // A count of items of at least `min_bytes` bytes each: fails when the rest
  // of the image is too short to hold them (so a damaged count never sizes a
  // vector).
  bool Count(uint32_t* n, size_t min_bytes) { return U32(n) && (*n <= in_.size() / min_bytes || Fail()); }
  // What Array wrote, into `out` (resized).
  template <typename T>
  bool Array(std::vector<T>* out) {
    static_assert(std::is_trivially_copyable_v<T> && std::has_unique_object_representations_v<T>);
    uint32_t n = 0;
    if (!Count(&n, sizeof(T))) return false;
    out->resize(n);
    if (n > 0) std::memcpy(out->data(), in_.data(), n * sizeof(T));
    in_.remove_prefix(n * sizeof(T));
    return true;
  }
  // What Array wrote, into exactly `count` values at `out`.
  template <typename T>
  bool Array(T* out, size_t count) {
    static_assert(std::is_trivially_copyable_v<T> && std::has_unique_object_representations_v<T>);
    uint32_t n = 0;
    if (!U32(&n) || n != count || n * sizeof(T) > in_.size()) return Fail();
    if (n > 0) std::memcpy(out, in_.data(), n * sizeof(T));
    in_.remove_prefix(n * sizeof(T));
    return true;
  }

  bool ok() const { return ok_; }
  // True when every byte was read and no read failed.
  bool AtEnd() const { return ok_ && in_.empty(); }

 private:
  bool Raw(void* out, size_t n) {
    if (n > in_.size()) return Fail();
    std::memcpy(out, in_.data(), n);
    in_.remove_prefix(n);
    return true;
  }
  bool Fail() {
    ok_ = false;
    in_ = {};
    return false;
  }

  std::string_view in_;
  bool ok_ = true;
};

}  // namespace dealgraph

#endif  // DEALGRAPH_ENTITIES_IMAGE_IO_H_
