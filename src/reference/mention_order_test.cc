// Tests of SortByFirstToken against std::sort on random lists of mentions.
#include "reference/mention_order.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

namespace dealgraph {
namespace {

std::vector<std::string> Order(const std::vector<Mention>& names) {
  std::vector<std::string> out;
  for (const Mention& m : names) out.push_back(std::to_string(m.first_token) + ":" + m.canonical);
  return out;
}

Mention Make(uint32_t first, int id) {
  Mention m;
  m.first_token = first;
  m.end_token = first + 1;
  m.canonical = "Organization number " + std::to_string(id);  // longer than the short-string buffer
  return m;
}

TEST(MentionOrderTest, SameOrderAsStdSort) {
  uint64_t state = 42;
  auto next = [&](uint32_t bound) {  // splitmix64
    uint64_t z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return static_cast<uint32_t>((z ^ (z >> 31)) % bound);
  };
  int cases = 0;
  for (int round = 0; round < 3000; ++round) {
    size_t n = next(40);
    uint32_t range = 1 + next(80);  // small ranges give equal first tokens
    std::vector<Mention> names;
    for (size_t i = 0; i < n; ++i) names.push_back(Make(next(range), static_cast<int>(i)));
    int shape = next(3);
    if (shape > 0) {  // sorted (shape 1), or sorted but for one appended mention (shape 2)
      std::sort(names.begin(), names.end(), [](const Mention& a, const Mention& b) { return a.first_token < b.first_token; });
      if (shape == 2) names.push_back(Make(next(range), 1000));
    }
    std::vector<Mention> expected = names;
    std::sort(expected.begin(), expected.end(),
              [](const Mention& a, const Mention& b) { return a.first_token < b.first_token; });
    SortByFirstToken(&names);
    ASSERT_EQ(Order(names), Order(expected)) << "round " << round;
    ++cases;
  }
  EXPECT_EQ(cases, 3000);
}

TEST(MentionOrderTest, AppendedMentionMovesToItsPlace) {
  std::vector<Mention> names = {Make(2, 0), Make(5, 1), Make(9, 2), Make(4, 3)};
  SortByFirstToken(&names);
  EXPECT_EQ(Order(names), (std::vector<std::string>{"2:Organization number 0", "4:Organization number 3",
                                                     "5:Organization number 1", "9:Organization number 2"}));
  std::vector<Mention> none;
  SortByFirstToken(&none);
  EXPECT_TRUE(none.empty());
}

}  // namespace
}  // namespace dealgraph
