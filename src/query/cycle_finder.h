// Cycle finder: the simple directed cycles of a weighted graph with the
// largest bottleneck (smallest edge), found without enumerating all cycles.
#ifndef DEALGRAPH_QUERY_CYCLE_FINDER_H_
#define DEALGRAPH_QUERY_CYCLE_FINDER_H_

#include <cstdint>
#include <unordered_set>
#include <vector>

namespace dealgraph {

struct GraphEdge {
  int from = 0;
  int to = 0;
  double weight = 0;  // parallel edges are not allowed (sum them first)
};

struct GraphCycle {
  std::vector<int> nodes;  // nodes[0] -> nodes[1] -> ... -> nodes[0]; nodes[0] is the smallest
  double bottleneck = 0;   // smallest edge weight on the cycle
};

// Finds cycles of 2..max_length edges from edges fed in non-increasing weight.
// When edge u->v is added, every cycle it closes (a path v ~> u over edges
// added before) has it as its smallest edge, so each cycle is found exactly
// once, in ranking order, and the search can stop once `limit` cycles are
// certain: Add returns false then. Cost per edge: the paths of max_length - 1
// edges from v over the edges so far. Not thread-safe.
class CycleFinder {
 public:
  CycleFinder(int max_length, int limit) : max_length_(max_length), limit_(limit) {}

  // Adds u -> v (node ids are any non-negative ints; self-loops are ignored).
  // Returns false, without adding it, when the top `limit` is settled: no
  // cycle through this or a later (lighter) edge can enter it.
  bool Add(int from, int to, double weight);

  // Every cycle found, at least the top `limit` (ties at the cut included), unsorted.
  std::vector<GraphCycle>& found() { return found_; }

 private:
  void Extend(int u, double weight);

  int max_length_;
  int limit_;
  std::vector<std::vector<int>> out_;
  std::unordered_set<uint64_t> edges_;
  std::vector<char> on_path_;
  std::vector<int> path_;
  std::vector<GraphCycle> found_;
  bool started_ = false;
  double current_ = 0;  // weight of the edges being added
};

// The simple cycles of 2..max_length edges, ordered by bottleneck (largest
// first), then length (shortest first), then node sequence; at most `limit`
// (0: all).
std::vector<GraphCycle> TopCycles(int node_count, const std::vector<GraphEdge>& edges, int max_length, int limit);

// Sorts by the ranking order above (used by TopCycles and its tests).
void SortCycles(std::vector<GraphCycle>* cycles);

}  // namespace dealgraph

#endif  // DEALGRAPH_QUERY_CYCLE_FINDER_H_
