// Bottleneck-ordered enumeration of short simple cycles.
#include "query/cycle_finder.h"

#include <algorithm>

namespace dealgraph {
namespace {

uint64_t EdgeKey(int from, int to) {
  return (static_cast<uint64_t>(static_cast<uint32_t>(from)) << 32) | static_cast<uint32_t>(to);
}

}  // namespace

bool CycleFinder::Add(int from, int to, double weight) {
  if (max_length_ < 2 || from == to) return true;
  if (started_ && weight < current_ && limit_ > 0 && found_.size() >= static_cast<size_t>(limit_)) return false;
  started_ = true;
  current_ = weight;
  const size_t need = static_cast<size_t>(std::max(from, to)) + 1;
  if (out_.size() < need) {
    out_.resize(need);
    on_path_.resize(need, 0);
  }
  if (!edges_.insert(EdgeKey(from, to)).second) return true;  // a parallel edge adds nothing
  // Cycles closed by from -> to: paths to ~> from over the earlier edges.
  path_.assign({from, to});
  on_path_[from] = on_path_[to] = 1;
  Extend(from, weight);
  on_path_[from] = on_path_[to] = 0;
  out_[from].push_back(to);
  return true;
}

void CycleFinder::Extend(int u, double weight) {
  const int last = path_.back();
  // Close the path with last -> u. The new edge u -> v is already in edges_,
  // but last is never u (u is on the path), so it cannot close a cycle twice.
  if (edges_.count(EdgeKey(last, u))) {
    GraphCycle c;
    auto smallest = std::min_element(path_.begin(), path_.end());
    c.nodes.assign(smallest, path_.end());
    c.nodes.insert(c.nodes.end(), path_.begin(), smallest);
    c.bottleneck = weight;
    found_.push_back(std::move(c));
  }
  if (static_cast<int>(path_.size()) + 1 > max_length_) return;  // one more node, then the closing edge
  for (int next : out_[last]) {
    if (on_path_[next]) continue;
    on_path_[next] = 1;
    path_.push_back(next);
    Extend(u, weight);
    path_.pop_back();
    on_path_[next] = 0;
  }
}

void SortCycles(std::vector<GraphCycle>* cycles) {
  std::sort(cycles->begin(), cycles->end(), [](const GraphCycle& a, const GraphCycle& b) {
    if (a.bottleneck != b.bottleneck) return a.bottleneck > b.bottleneck;
    if (a.nodes.size() != b.nodes.size()) return a.nodes.size() < b.nodes.size();
    return a.nodes < b.nodes;
  });
}

std::vector<GraphCycle> TopCycles(int /*node_count*/, const std::vector<GraphEdge>& edges, int max_length,
                                  int limit) {
  std::vector<GraphEdge> sorted(edges);
  std::sort(sorted.begin(), sorted.end(), [](const GraphEdge& a, const GraphEdge& b) {
    if (a.weight != b.weight) return a.weight > b.weight;
    return std::make_pair(a.from, a.to) < std::make_pair(b.from, b.to);
  });
  CycleFinder finder(max_length, limit);
  for (const GraphEdge& e : sorted) {
    if (!finder.Add(e.from, e.to, e.weight)) break;
  }
  std::vector<GraphCycle> found = std::move(finder.found());
  SortCycles(&found);
  if (limit > 0 && found.size() > static_cast<size_t>(limit)) found.resize(limit);
  return found;
}

}  // namespace dealgraph
