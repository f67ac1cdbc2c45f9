// Tests of NameTable against a plain hash map.
#include "reference/name_table.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <unordered_map>
#include <vector>

namespace dealgraph {
namespace {

TEST(NameTableTest, AgreesWithAHashMapBelowAndBeyondTheWalk) {
  // Random counts over 1 to 200 names (the walk alone, then the map after
  // the move), read back and updated through the returned references.
  std::mt19937 rng(3);
  std::vector<std::string> names;
  for (int k = 0; k < 200; ++k) names.push_back("Org " + std::to_string(k * 7919 % 1000));
  for (int round = 0; round < 300; ++round) {
    const size_t distinct = 1 + rng() % 200;
    NameTable<int> table;
    std::unordered_map<std::string_view, int> plain;
    for (int op = 0; op < 600; ++op) {
      std::string_view name = names[rng() % distinct];
      int& value = table[name];
      int& want = plain[name];
      ASSERT_EQ(value, want) << name;
      value += 1 + op % 3;
      want += 1 + op % 3;
      ASSERT_EQ(table.size(), plain.size());
      std::string_view other = names[rng() % 200];
      const int* found = table.Find(other);
      auto it = plain.find(other);
      ASSERT_EQ(found == nullptr, it == plain.end()) << other;
      if (found) {
        ASSERT_EQ(*found, it->second);
      }
    }
    for (const auto& [name, want] : plain) EXPECT_EQ(table[name], want) << name;
    EXPECT_EQ(table.size(), plain.size());
  }
}

TEST(NameTableTest, NewNamesStartAtZero) {
  NameTable<std::pair<int, const char*>> table;
  EXPECT_EQ(table["Acme"].first, 0);
  EXPECT_EQ(table["Acme"].second, nullptr);
  table["Acme"].first = 4;
  EXPECT_EQ(table["Acme"].first, 4);
  EXPECT_EQ(table["acme"].first, 0);  // exact bytes
  EXPECT_EQ(table.size(), 2u);
  EXPECT_EQ(table.Find("ACME"), nullptr);  // Find adds nothing
  EXPECT_EQ(table.size(), 2u);
}

}  // namespace
}  // namespace dealgraph
