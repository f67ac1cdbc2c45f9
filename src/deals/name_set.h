// NameSet: a small sorted set of organization names, for comparing the
// parties of deals (a sorted vector: a deal's sides name a handful of
// organizations, and a std::set made a node and a copy per name). The set
// holds views: the names' bytes (a mention's canonical name, a gazetteer
// entry's parent) must outlive it.
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
  using const_iterator = std::vector<std::string_view>::const_iterator;
  using iterator = const_iterator;

  // Adds `name` unless present; true when added.
  bool insert(std::string_view name) {
    auto at = std::lower_bound(names_.begin(), names_.end(), name);
    if (at != names_.end() && *at == name) return false;
    // (Room for a few at once: a set grown from one name by doubling cost an
    // allocation and a move for each of its first names.)
    if (names_.capacity() == 0) {
      names_.reserve(4);
      at = names_.begin();  // (empty: the insert goes first)
    }
    names_.insert(at, name);
    return true;
  }
  template <class It>
  void insert(It first, It last) {
    for (; first != last; ++first) insert(std::string_view(*first));
  }
  // 1 when `name` is in the set, else 0.
  size_t count(std::string_view name) const {
    auto at = std::lower_bound(names_.begin(), names_.end(), name);
    return at != names_.end() && *at == name ? 1 : 0;
  }
  const_iterator begin() const { return names_.begin(); }
  const_iterator end() const { return names_.end(); }
  size_t size() const { return names_.size(); }
  bool empty() const { return names_.empty(); }
  friend bool operator==(const NameSet& a, const NameSet& b) { return a.names_ == b.names_; }

 private:
  std::vector<std::string_view> names_;  // sorted, no repeats
};

}  // namespace dealgraph

#endif  // DEALGRAPH_DEALS_NAME_SET_H_
