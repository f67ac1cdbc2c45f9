// Corpus generator: deterministic news-like articles about technology deals
// (and deal-free filler) written from templates, for benchmarks and load tests.
//
// The same seed gives the same bytes on every platform: the generator uses its
// own PRNG (splitmix64) and its own range reduction, never <random>'s
// distributions, whose output differs between standard libraries.
#ifndef DEALGRAPH_BENCH_CORPUS_GEN_H_
#define DEALGRAPH_BENCH_CORPUS_GEN_H_

#include <cstdint>
#include <string>
#include <vector>

namespace dealgraph::bench {

struct GeneratedArticle {
  std::string id;         // "gen-<seed>-<n>"
  std::string title;
  std::string published;  // "YYYY-MM-DD"
  std::string outlet;
  std::string text;       // title line, then paragraphs separated by "\n"
};

// Writes articles one after another from a seed. Not thread-safe; cheap to
// create (the organization names are built once per generator, ~5 ms).
class CorpusGenerator {
 public:
  explicit CorpusGenerator(uint64_t seed);

  // The next article. Articles are 1–8 KB of UTF-8 text; about two thirds
  // state one or more deals, the rest are earnings and product filler.
  GeneratedArticle Next();

  // The organization names the generator combines (invented ones and a few
  // well-known ones the gazetteer knows).
  const std::vector<std::string>& organizations() const { return orgs_; }

 private:
  uint64_t NextU64();
  uint32_t Below(uint32_t n);  // uniform in [0, n)
  bool Chance(uint32_t percent);
  template <class C>
  const auto& Pick(const C& c) { return c[Below(static_cast<uint32_t>(std::size(c)))]; }

  std::string Org();
  std::string Fund();
  std::string Money();
  std::string QualifiedMoney();
  std::string When();
  std::string Attribution();
  std::string DealSentence(const std::string& a, const std::string& b);
  std::string FillerSentence(const std::string& a);

  uint64_t state_;
  uint64_t count_ = 0;
  uint64_t seed_;
  std::vector<std::string> orgs_;
  std::vector<std::string> funds_;
};

// Generates JSONL records ({"id","title","published","outlet","text"} per
// line) or plain text (articles separated by a blank line) until adding the
// next article would pass `bytes` (at least one article is written).
// `out` receives the bytes; returns the number of articles.
enum class CorpusFormat { kJsonl, kText };
size_t GenerateCorpus(uint64_t seed, uint64_t bytes, CorpusFormat format, std::string* out);

// One article as a JSON Lines record (no trailing newline).
std::string ArticleToJsonl(const GeneratedArticle& a);

}  // namespace dealgraph::bench

#endif  // DEALGRAPH_BENCH_CORPUS_GEN_H_
