// Tests of the cycle finder against a brute-force enumeration on random graphs.
#include "query/cycle_finder.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <map>
#include <random>
#include <set>

namespace dealgraph {
namespace {

// Every sequence of distinct nodes starting at its smallest node, checked edge
// by edge: slow and obviously complete.
std::vector<GraphCycle> BruteForce(int n, const std::vector<GraphEdge>& edges, int max_length) {
  std::map<std::pair<int, int>, double> w;
  for (const GraphEdge& e : edges) {
    if (e.from != e.to) w[{e.from, e.to}] = e.weight;
  }
  std::vector<GraphCycle> out;
  std::vector<int> seq;
  std::function<void()> grow = [&] {
    if (seq.size() >= 2) {
      bool closed = true;
      double bottleneck = 1e300;
      for (size_t i = 0; i < seq.size(); ++i) {
        auto it = w.find({seq[i], seq[(i + 1) % seq.size()]});
        if (it == w.end()) {
          closed = false;
          break;
        }
        bottleneck = std::min(bottleneck, it->second);
      }
      if (closed) out.push_back({seq, bottleneck});
    }
    if (static_cast<int>(seq.size()) == max_length) return;
    for (int v = seq[0] + 1; v < n; ++v) {
      if (std::find(seq.begin(), seq.end(), v) != seq.end()) continue;
      seq.push_back(v);
      grow();
      seq.pop_back();
    }
  };
  for (int s = 0; s < n; ++s) {
    seq = {s};
    grow();
  }
  SortCycles(&out);
  return out;
}

TEST(CycleFinderTest, FindsTheInvestorWhoseInvesteeBuysItsCloud) {
  // 0 Microsoft -> 1 OpenAI (investment 13), 1 -> 0 (Azure 250), 1 -> 2 Oracle (300), 2 -> 3 NVIDIA (40), 3 -> 1 (100).
  std::vector<GraphEdge> edges = {{0, 1, 13}, {1, 0, 250}, {1, 2, 300}, {2, 3, 40}, {3, 1, 100}};
  auto cycles = TopCycles(4, edges, 4, 0);
  ASSERT_EQ(cycles.size(), 2u);
  EXPECT_EQ(cycles[0].nodes, (std::vector<int>{1, 2, 3}));
  EXPECT_EQ(cycles[0].bottleneck, 40);
  EXPECT_EQ(cycles[1].nodes, (std::vector<int>{0, 1}));
  EXPECT_EQ(cycles[1].bottleneck, 13);
  EXPECT_EQ(TopCycles(4, edges, 2, 0).size(), 1u);
  EXPECT_EQ(TopCycles(4, edges, 4, 1).size(), 1u);
}

TEST(CycleFinderTest, SelfLoopsAndShortLimitsGiveNothing) {
  EXPECT_TRUE(TopCycles(2, {{0, 0, 5}}, 4, 0).empty());
  EXPECT_TRUE(TopCycles(2, {{0, 1, 5}, {1, 0, 5}}, 1, 0).empty());
}

TEST(CycleFinderTest, MatchesBruteForceOnRandomGraphs) {
  for (int seed = 1; seed <= 300; ++seed) {
    std::mt19937 rng(seed);
    int n = 2 + static_cast<int>(rng() % 7);
    int max_length = 2 + static_cast<int>(rng() % 5);
    std::set<std::pair<int, int>> seen;
    std::vector<GraphEdge> edges;
    int m = static_cast<int>(rng() % static_cast<unsigned>(n * n));
    for (int i = 0; i < m; ++i) {
      int a = static_cast<int>(rng() % n), b = static_cast<int>(rng() % n);
      if (!seen.insert({a, b}).second) continue;
      edges.push_back({a, b, static_cast<double>(rng() % 6)});  // many ties on purpose
    }
    std::vector<GraphCycle> expected = BruteForce(n, edges, max_length);
    std::vector<GraphCycle> got = TopCycles(n, edges, max_length, 0);
    ASSERT_EQ(got.size(), expected.size()) << "seed " << seed;
    for (size_t i = 0; i < got.size(); ++i) {
      EXPECT_EQ(got[i].nodes, expected[i].nodes) << "seed " << seed << " cycle " << i;
      EXPECT_EQ(got[i].bottleneck, expected[i].bottleneck) << "seed " << seed << " cycle " << i;
    }
    for (int limit : {1, 3, 10}) {
      std::vector<GraphCycle> top = TopCycles(n, edges, max_length, limit);
      size_t want = std::min(expected.size(), static_cast<size_t>(limit));
      ASSERT_EQ(top.size(), want) << "seed " << seed << " limit " << limit;
      for (size_t i = 0; i < want; ++i) {
        EXPECT_EQ(top[i].nodes, expected[i].nodes) << "seed " << seed << " limit " << limit;
      }
    }
  }
}

}  // namespace
}  // namespace dealgraph
