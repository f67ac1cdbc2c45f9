// Bottleneck-ordered enumeration of short simple cycles.
#include "query/cycle_finder.h"

#include <algorithm>
#include <cstdint>
#include <unordered_set>

namespace dealgraph {
namespace {

uint64_t EdgeKey(int from, int to) {
  return (static_cast<uint64_t>(static_cast<uint32_t>(from)) << 32) | static_cast<uint32_t>(to);
}

class Search {
 public:
  Search(int node_count, int max_length) : out_(node_count), on_path_(node_count, false), max_length_(max_length) {}

  void AddEdge(int from, int to) {
    out_[from].push_back(to);
    edges_.insert(EdgeKey(from, to));
  }

  // Every simple path v ~> u (1..max_length - 1 edges) over the edges added so
  // far, each closed by u -> v into a cycle.
  void CyclesThrough(int u, int v, double weight, std::vector<GraphCycle>* found) {
    path_.assign({u, v});
    on_path_[u] = on_path_[v] = true;
    Extend(u, weight, found);
    on_path_[u] = on_path_[v] = false;
  }

 private:
  void Extend(int u, double weight, std::vector<GraphCycle>* found) {
    const int last = path_.back();
    const int edges_so_far = static_cast<int>(path_.size()) - 1;  // u -> v counts
    // Close the cycle: last -> u.
    if (last != u && path_.size() >= 2 && edges_.count(EdgeKey(last, u))) Emit(weight, found);
    if (edges_so_far + 2 > max_length_) return;  // one more node, then the closing edge
    for (int next : out_[last]) {
      if (on_path_[next]) continue;
      on_path_[next] = true;
      path_.push_back(next);
      Extend(u, weight, found);
      path_.pop_back();
      on_path_[next] = false;
    }
  }

  void Emit(double weight, std::vector<GraphCycle>* found) {
    GraphCycle c;
    auto smallest = std::min_element(path_.begin(), path_.end());
    c.nodes.assign(smallest, path_.end());
    c.nodes.insert(c.nodes.end(), path_.begin(), smallest);
    c.bottleneck = weight;
    found->push_back(std::move(c));
  }

  std::vector<std::vector<int>> out_;
  std::unordered_set<uint64_t> edges_;
  std::vector<bool> on_path_;
  std::vector<int> path_;
  int max_length_;
};

}  // namespace

void SortCycles(std::vector<GraphCycle>* cycles) {
  std::sort(cycles->begin(), cycles->end(), [](const GraphCycle& a, const GraphCycle& b) {
    if (a.bottleneck != b.bottleneck) return a.bottleneck > b.bottleneck;
    if (a.nodes.size() != b.nodes.size()) return a.nodes.size() < b.nodes.size();
    return a.nodes < b.nodes;
  });
}

std::vector<GraphCycle> TopCycles(int node_count, const std::vector<GraphEdge>& edges, int max_length, int limit) {
  std::vector<GraphCycle> found;
  if (max_length < 2) return found;
  std::vector<GraphEdge> sorted;
  for (const GraphEdge& e : edges) {
    if (e.from != e.to) sorted.push_back(e);
  }
  std::sort(sorted.begin(), sorted.end(), [](const GraphEdge& a, const GraphEdge& b) {
    if (a.weight != b.weight) return a.weight > b.weight;
    return std::make_pair(a.from, a.to) < std::make_pair(b.from, b.to);
  });
  Search search(node_count, max_length);
  for (size_t i = 0; i < sorted.size();) {
    // Edges of equal weight form one step: cycles closed inside it tie.
    size_t j = i;
    while (j < sorted.size() && sorted[j].weight == sorted[i].weight) {
      search.CyclesThrough(sorted[j].from, sorted[j].to, sorted[j].weight, &found);
      search.AddEdge(sorted[j].from, sorted[j].to);
      ++j;
    }
    i = j;
    if (limit > 0 && found.size() >= static_cast<size_t>(limit)) break;
  }
  SortCycles(&found);
  if (limit > 0 && found.size() > static_cast<size_t>(limit)) found.resize(limit);
  return found;
}

}  // namespace dealgraph
