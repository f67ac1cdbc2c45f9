// Tests of NameSet against std::set<std::string> on random operations.
#include "deals/name_set.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <set>
#include <string>
#include <vector>

namespace dealgraph {
namespace {

TEST(NameSetTest, AgreesWithStdSet) {
  // Names that share prefixes, differ in case or length, and the empty name;
  // sets built by single and range inserts, compared by ==, includes, count
  // and iteration order.
  const std::vector<std::string> pool = {"",     "A",        "AB",        "Ab",      "a",      "ab",
                                         "abc",  "Acme",     "Acme Corp", "Acme2",   "Z",      "\xC3\x89lan",
                                         "OpenAI", "Open AI", "open ai",   "Nvidia",  "NVIDIA", "b"};
  std::mt19937 rng(3);
  for (int round = 0; round < 3000; ++round) {
    NameSet a, b;
    std::set<std::string> sa, sb;
    const int n = static_cast<int>(rng() % 7), m = static_cast<int>(rng() % 7);
    for (int i = 0; i < n; ++i) {
      const std::string& name = pool[rng() % pool.size()];
      EXPECT_EQ(a.insert(name), sa.insert(name).second);
    }
    for (int i = 0; i < m; ++i) {
      const std::string& name = pool[rng() % pool.size()];
      b.insert(name);
      sb.insert(name);
    }
    if (rng() % 3 == 0) {
      a.insert(b.begin(), b.end());
      sa.insert(sb.begin(), sb.end());
    }
    ASSERT_EQ(std::vector<std::string>(a.begin(), a.end()), std::vector<std::string>(sa.begin(), sa.end()));
    EXPECT_EQ(a.size(), sa.size());
    EXPECT_EQ(a.empty(), sa.empty());
    EXPECT_EQ(a == b, sa == sb);
    EXPECT_EQ(a != b, sa != sb);
    EXPECT_EQ(std::includes(a.begin(), a.end(), b.begin(), b.end()),
              std::includes(sa.begin(), sa.end(), sb.begin(), sb.end()));
    for (const std::string& name : pool) EXPECT_EQ(a.count(name), sa.count(name)) << name;
  }
}

}  // namespace
}  // namespace dealgraph
