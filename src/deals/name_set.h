// NameSet: a small sorted set of organization names, for comparing the
// parties of deals (a deal's sides name a handful of organizations, and a
// std::set made a node and a copy per name). The set holds views: the names'
// bytes (a mention's canonical name, a gazetteer entry's parent) must outlive
// it. Up to kInline names sit in the set itself, so most sets allocate nothing.
#ifndef DEALGRAPH_DEALS_NAME_SET_H_
#define DEALGRAPH_DEALS_NAME_SET_H_

#include <algorithm>
#include <cstddef>
#include <string_view>
#include <vector>

namespace dealgraph {

// The part of std::set<std::string>'s interface the deal finder uses, with
// the same order (std::string's <, which string_view's < is), so iteration,
// ==, and std::includes on two sets give what the std::set gave. Not
// thread-safe for writes.
class NameSet {
 public:
  using value_type = std::string_view;
  using const_iterator = const std::string_view*;
  using iterator = const_iterator;

  // Adds `name` unless present; true when added.
  bool insert(std::string_view name) {
    const std::string_view* at = std::lower_bound(begin(), end(), name);
    if (at != end() && *at == name) return false;
    const size_t pos = static_cast<size_t>(at - begin());
    if (size_ < kInline) {
      std::copy_backward(inline_ + pos, inline_ + size_, inline_ + size_ + 1);
      inline_[pos] = name;
    } else {
      if (size_ == kInline) heap_.assign(inline_, inline_ + kInline);  // (from now on the names live in heap_)
      heap_.insert(heap_.begin() + static_cast<std::ptrdiff_t>(pos), name);
    }
    ++size_;
    return true;
  }
  template <class It>
  void insert(It first, It last) {
    for (; first != last; ++first) insert(std::string_view(*first));
  }
  // 1 when `name` is in the set, else 0.
  size_t count(std::string_view name) const {
    const std::string_view* at = std::lower_bound(begin(), end(), name);
    return at != end() && *at == name ? 1 : 0;
  }
  const_iterator begin() const { return size_ <= kInline ? inline_ : heap_.data(); }
  const_iterator end() const { return begin() + size_; }
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  friend bool operator==(const NameSet& a, const NameSet& b) {
    return a.size_ == b.size_ && std::equal(a.begin(), a.end(), b.begin());
  }

 private:
  static constexpr size_t kInline = 4;
  std::string_view inline_[kInline];       // the names while there are at most kInline, sorted
  std::vector<std::string_view> heap_;     // all the names once there are more, sorted
  size_t size_ = 0;                        // no repeats
};

}  // namespace dealgraph

#endif  // DEALGRAPH_DEALS_NAME_SET_H_
