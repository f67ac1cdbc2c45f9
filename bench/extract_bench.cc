// Extraction benchmarks: each stage of the pipeline (JSONL reading,
// segmentation, entities, references, deal finding) and the whole
// Extractor::Extract on generated articles, reported in bytes/s and documents/s.
//
// Input: DEALGRAPH_BENCH_BYTES bytes of generated JSONL (default 4MB; units as
// dealgraph_gen --size) from seed DEALGRAPH_BENCH_SEED (default 1). Each
// iteration processes the whole corpus once, single-threaded.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "corpus_gen.h"
#include "dealgraph/document.h"
#include "dealgraph/extractor.h"
#include "deals/context.h"
#include "deals/finder.h"
#include "deals/lexicon.h"
#include "entities/gazetteer.h"
#include "entities/recognizer.h"
#include "reference/resolver.h"
#include "segment/segmenter.h"

namespace dealgraph {
namespace {

uint64_t EnvSize(const char* name, uint64_t fallback) {
  const char* v = std::getenv(name);
  if (!v || !*v) return fallback;
  char* end = nullptr;
  double n = std::strtod(v, &end);
  std::string unit = end;
  if (unit == "KB" || unit == "kB" || unit == "K") n *= 1e3;
  if (unit == "MB" || unit == "M") n *= 1e6;
  if (unit == "GB" || unit == "G") n *= 1e9;
  return static_cast<uint64_t>(n);
}

// The generated corpus and every stage's output, built once.
struct Corpus {
  std::string jsonl;
  std::vector<Document> docs;
  uint64_t text_bytes = 0;
  std::unique_ptr<Gazetteer> gazetteer;
  std::unique_ptr<Lexicon> lexicon;
  std::unique_ptr<Extractor> extractor;
  std::vector<Segmentation> segs;
  std::vector<std::vector<Entity>> entities;
  std::vector<std::string> lowers;
  std::vector<std::vector<Mention>> mentions;
};

const Corpus& GetCorpus() {
  static const Corpus* corpus = [] {
    auto* c = new Corpus;
    uint64_t bytes = EnvSize("DEALGRAPH_BENCH_BYTES", 4'000'000);
    uint64_t seed = EnvSize("DEALGRAPH_BENCH_SEED", 1);
    bench::GenerateCorpus(seed, bytes, bench::CorpusFormat::kJsonl, &c->jsonl);
    Status s = ReadDocumentsFromBuffer(
        c->jsonl, "corpus.jsonl", InputFormat::kJsonl, ReadLimits{}, [&](Document&& d) { c->docs.push_back(std::move(d)); },
        [](const Status& e) { std::fprintf(stderr, "extract_bench: %s\n", e.ToString().c_str()); });
    if (!s.ok()) {
      std::fprintf(stderr, "extract_bench: %s\n", s.ToString().c_str());
      std::exit(1);
    }
    c->gazetteer = std::make_unique<Gazetteer>(Gazetteer::BuiltIn().value());
    c->lexicon = std::make_unique<Lexicon>(Lexicon::BuiltIn().value());
    c->extractor = std::move(Extractor::Create().value());
    EntityRecognizer recognizer(c->gazetteer.get());
    ReferenceResolver resolver(c->gazetteer.get());
    size_t tokens = 0, ents = 0, deals = 0;
    DealFinder finder(c->lexicon.get(), c->gazetteer.get());
    for (const Document& d : c->docs) {
      c->text_bytes += d.text.size();
      c->segs.push_back(Segment(d.text));
      c->entities.push_back(recognizer.Find(d.text, c->segs.back()));
      c->lowers.push_back(AsciiLower(d.text));
      c->mentions.push_back(resolver.Resolve(d.text, c->lowers.back(), c->segs.back(), c->entities.back()));
      tokens += c->segs.back().tokens.size();
      ents += c->entities.back().size();
      deals += finder.Find(d.text, c->segs.back(), c->entities.back(), c->mentions.back()).size();
    }
    std::fprintf(stderr,
                 "extract_bench: corpus seed %llu: %zu documents, %zu JSONL bytes, %llu text bytes, %zu tokens, "
                 "%zu entities, %zu deals\n",
                 static_cast<unsigned long long>(seed), c->docs.size(), c->jsonl.size(),
                 static_cast<unsigned long long>(c->text_bytes), tokens, ents, deals);
    benchmark::AddCustomContext("corpus_documents", std::to_string(c->docs.size()));
    benchmark::AddCustomContext("corpus_text_bytes", std::to_string(c->text_bytes));
    benchmark::AddCustomContext("corpus_deals", std::to_string(deals));
    return c;
  }();
  return *corpus;
}

void Report(benchmark::State& state, const Corpus& c) {
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * c.text_bytes));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * c.docs.size()));
}

// Stage 1: JSONL bytes to Documents (bytes counted are JSONL bytes).
void BM_ReadJsonl(benchmark::State& state) {
  const Corpus& c = GetCorpus();
  for (auto _ : state) {
    size_t n = 0;
    Status s = ReadDocumentsFromBuffer(
        c.jsonl, "corpus.jsonl", InputFormat::kJsonl, ReadLimits{}, [&](Document&& d) { n += d.text.size(); },
        [](const Status&) {});
    benchmark::DoNotOptimize(n);
    benchmark::DoNotOptimize(s.ok());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * c.jsonl.size()));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * c.docs.size()));
}

// Stage 2: sentences and tokens.
void BM_Segment(benchmark::State& state) {
  const Corpus& c = GetCorpus();
  for (auto _ : state) {
    for (const Document& d : c.docs) {
      Segmentation seg = Segment(d.text);
      benchmark::DoNotOptimize(seg.tokens.data());
    }
  }
  Report(state, c);
}

// Stage 3: EntityRecognizer::Find on segmented text.
void BM_Entities(benchmark::State& state) {
  const Corpus& c = GetCorpus();
  EntityRecognizer recognizer(c.gazetteer.get());
  for (auto _ : state) {
    for (size_t i = 0; i < c.docs.size(); ++i) {
      std::vector<Entity> e = recognizer.Find(c.docs[i].text, c.segs[i]);
      benchmark::DoNotOptimize(e.data());
    }
  }
  Report(state, c);
}

// Stage 4: lower-casing and reference resolution.
void BM_Reference(benchmark::State& state) {
  const Corpus& c = GetCorpus();
  ReferenceResolver resolver(c.gazetteer.get());
  for (auto _ : state) {
    for (size_t i = 0; i < c.docs.size(); ++i) {
      std::string lower = AsciiLower(c.docs[i].text);
      std::vector<Mention> m = resolver.Resolve(c.docs[i].text, lower, c.segs[i], c.entities[i]);
      benchmark::DoNotOptimize(m.data());
    }
  }
  Report(state, c);
}

// Stage 5: DealFinder::Find given the earlier stages' output.
void BM_DealFinder(benchmark::State& state) {
  const Corpus& c = GetCorpus();
  DealFinder finder(c.lexicon.get(), c.gazetteer.get());
  for (auto _ : state) {
    for (size_t i = 0; i < c.docs.size(); ++i) {
      std::vector<Deal> d = finder.Find(c.docs[i].text, c.segs[i], c.entities[i], c.mentions[i]);
      benchmark::DoNotOptimize(d.data());
    }
  }
  Report(state, c);
}

// The whole pipeline as `dealgraph extract` runs it (without reading and JSON output).
void BM_Extract(benchmark::State& state) {
  const Corpus& c = GetCorpus();
  for (auto _ : state) {
    for (const Document& d : c.docs) {
      std::vector<Deal> deals = c.extractor->Extract(d);
      benchmark::DoNotOptimize(deals.data());
    }
  }
  Report(state, c);
}

// Extract plus the JSON Lines output `dealgraph extract` prints.
void BM_ExtractToJson(benchmark::State& state) {
  const Corpus& c = GetCorpus();
  for (auto _ : state) {
    size_t n = 0;
    for (const Document& d : c.docs) n += DocumentDealsToJson(d.id, c.extractor->Extract(d)).size();
    benchmark::DoNotOptimize(n);
  }
  Report(state, c);
}

// `dealgraph entities`: segmentation, entities and their JSON.
void BM_EntitiesJson(benchmark::State& state) {
  const Corpus& c = GetCorpus();
  for (auto _ : state) {
    size_t n = 0;
    for (const Document& d : c.docs) n += c.extractor->EntitiesJson(d).size();
    benchmark::DoNotOptimize(n);
  }
  Report(state, c);
}

BENCHMARK(BM_ReadJsonl)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Segment)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Entities)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Reference)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_DealFinder)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Extract)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ExtractToJson)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_EntitiesJson)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace dealgraph

BENCHMARK_MAIN();
