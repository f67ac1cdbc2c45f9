// NameTable: a map from the names of one document to values, for the few
// organizations an article names (a walk of a vector, a hash map past that).
#ifndef DEALGRAPH_REFERENCE_NAME_TABLE_H_
#define DEALGRAPH_REFERENCE_NAME_TABLE_H_

#include <cstddef>
#include <cstring>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace dealgraph {

// Keys are views: the names must outlive the table. A look-up walks the
// names while there are at most kWalkUpTo of them (an article names a
// handful: a hash map cost a hash, a node and its freeing per name), then
// moves them into a hash map, so a document of many names is not quadratic.
// A reference from operator[] is valid until the next operator[].
template <class V>
class NameTable {
 public:
  static constexpr size_t kWalkUpTo = 32;

  // The value of `name`, value-initialized when new.
  V& operator[](std::string_view name) {
    if (map_.empty()) {
      for (auto& [key, value] : small_) {
        if (Same(key, name)) return value;
      }
      if (small_.size() < kWalkUpTo) {
        // (Room for a handful at once: growing from one name by doubling
        // cost an allocation and a move for each of the first few.)
        if (small_.capacity() == 0) small_.reserve(8);
        return small_.emplace_back(name, V{}).second;
      }
      for (auto& [key, value] : small_) map_.emplace(key, std::move(value));
      small_.clear();
    }
    return map_[name];
  }
  // The value of `name`, or nullptr when it was never looked up with operator[].
  const V* Find(std::string_view name) const {
    if (map_.empty()) {
      for (const auto& [key, value] : small_) {
        if (Same(key, name)) return &value;
      }
      return nullptr;
    }
    auto it = map_.find(name);
    return it == map_.end() ? nullptr : &it->second;
  }
  size_t size() const { return map_.empty() ? small_.size() : map_.size(); }

 private:
  // Equal names: the lengths, the first bytes, then the rest with memcmp
  // (string_view's == went through its out-of-line compare before memcmp,
  // once per name walked; names of one length mostly differ in their first byte).
  static bool Same(std::string_view a, std::string_view b) {
    return a.size() == b.size() && (a.empty() || (a[0] == b[0] && std::memcmp(a.data(), b.data(), a.size()) == 0));
  }

  std::vector<std::pair<std::string_view, V>> small_;
  std::unordered_map<std::string_view, V> map_;
};

}  // namespace dealgraph

#endif  // DEALGRAPH_REFERENCE_NAME_TABLE_H_
