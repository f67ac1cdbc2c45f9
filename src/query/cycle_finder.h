// Cycle finder: the simple directed cycles of a weighted graph with the
// largest bottleneck (smallest edge), found without enumerating all cycles.
#ifndef DEALGRAPH_QUERY_CYCLE_FINDER_H_
#define DEALGRAPH_QUERY_CYCLE_FINDER_H_

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

// The simple cycles of 2..max_length edges, ordered by bottleneck (largest
// first), then length (shortest first), then node sequence; at most `limit`
// (0: all). Self-loops are ignored.
//
// Edges are added in decreasing weight; when edge u->v is added, every cycle
// it closes (a path v ~> u over edges added before) has it as its smallest
// edge, so each cycle is found exactly once and in ranking order, and the
// search stops once `limit` cycles are certain. Cost per edge: the paths of
// max_length - 1 edges from v, the last step checked in a hash set.
std::vector<GraphCycle> TopCycles(int node_count, const std::vector<GraphEdge>& edges, int max_length, int limit);

// Sorts by the ranking order above (used by TopCycles and its tests).
void SortCycles(std::vector<GraphCycle>* cycles);

}  // namespace dealgraph

#endif  // DEALGRAPH_QUERY_CYCLE_FINDER_H_
