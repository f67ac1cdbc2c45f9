// Examples from an annotated corpus and the averaged-perceptron training of
// the deal pair classifier (pair_model_train.h).
#include "deals/pair_model_train.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>

#include "document/input_check.h"
#include "document/text_util.h"
#include "entities/org_tagger.h"
#include "entities/recognizer.h"
#include "entities/token_flags.h"
#include "reference/resolver.h"

namespace dealgraph {
namespace {

// A party's name as the scorer compares it: its gazetteer root, lower case,
// without a trailing legal form.
std::string Comparable(const Gazetteer& gz, std::string_view name) {
  std::string s = AsciiLower(gz.RootView(name));
  static constexpr std::string_view kForms[] = {" inc.", " inc", " corp.", " corp", " corporation",
                                                " ltd.", " ltd", " llc", " plc", " co.", " co"};
  for (bool cut = true; cut;) {
    cut = false;
    while (!s.empty() && (s.back() == ',' || s.back() == ' ')) s.pop_back();
    for (std::string_view f : kForms) {
      if (s.size() > f.size() && s.ends_with(f)) {
        s.resize(s.size() - f.size());
        cut = true;
        break;
      }
    }
  }
  return s;
}

int LabelOf(std::string_view type) {
  if (type == "investment") return PairClassOf(DealType::kInvestment);
  if (type == "acquisition") return PairClassOf(DealType::kAcquisition);
  if (type == "purchase") return PairClassOf(DealType::kPurchase);
  if (type == "partnership") return PairClassOf(DealType::kPartnership);
  return -1;
}

Result<std::string> ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status(ErrorCode::kNotFound, "cannot open file", path);
  std::ostringstream buf;
  buf << in.rdbuf();
  if (in.bad()) return Status(ErrorCode::kIoError, "cannot read file", path);
  return buf.str();
}

// The number of a "news-NNN-..." file, or 0.
int NewsNumber(std::string_view stem) {
  if (!stem.starts_with("news-")) return 0;
  int n = 0;
  for (size_t i = 5; i < stem.size() && stem[i] >= '0' && stem[i] <= '9'; ++i) n = n * 10 + (stem[i] - '0');
  return n;
}

// The examples of one document: each ordered pair of the organizations named
// in a sentence the model reads, labelled with the gold deal whose evidence
// covers the sentence and whose sides are exactly those two, or no deal.
void AppendExamples(const DocContext& doc, const std::vector<GoldPairDeal>& gold, std::vector<PairExample>* out) {
  const Gazetteer& gz = doc.gazetteer();
  PairFeatures features;
  for (uint32_t s = 0; s < doc.seg().sentences.size(); ++s) {
    std::vector<const Mention*> named = NamedInSentence(doc, s);
    if (!PairSentence(doc, s, named)) continue;
    const Sentence& sent = doc.seg().sentences[s];
    for (const Mention* a : named) {
      for (const Mention* b : named) {
        if (a == b) continue;
        const std::string ca = Comparable(gz, a->canonical), cb = Comparable(gz, b->canonical);
        PairExample ex;
        for (const GoldPairDeal& g : gold) {
          if (g.end <= sent.start || sent.end <= g.start) continue;
          if (g.from.size() != 1 || g.to.size() != 1) continue;
          const std::string gf = Comparable(gz, g.from[0]), gt = Comparable(gz, g.to[0]);
          const bool partnership = g.label == PairClassOf(DealType::kPartnership);
          if ((gf == ca && gt == cb) || (partnership && gf == cb && gt == ca)) {
            ex.label = static_cast<uint8_t>(g.label);
            break;
          }
        }
        PairFeaturesOf(doc, s, *a, *b, named, &features);
        ex.features = features;
        out->push_back(std::move(ex));
      }
    }
  }
}

}  // namespace

Result<std::vector<GoldPairDeal>> ParseGoldDeals(std::string_view line, std::string_view name) {
  nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
  if (j.is_discarded() || !j.is_object() || !j.contains("deals") || !j["deals"].is_array()) {
    return Status(ErrorCode::kParseError, "not a gold line with a deals array", std::string(name));
  }
  std::vector<GoldPairDeal> out;
  for (const auto& d : j["deals"]) {
    GoldPairDeal g;
    g.label = d.contains("type") && d["type"].is_string() ? LabelOf(d["type"].get<std::string>()) : -1;
    if (g.label < 0 || !d.contains("evidence") || !d["evidence"].is_object()) {
      return Status(ErrorCode::kParseError, "a deal without a known type or evidence", std::string(name));
    }
    for (const char* side : {"from", "to"}) {
      if (!d.contains(side) || !d[side].is_array()) {
        return Status(ErrorCode::kParseError, std::string("a deal without a '") + side + "' list", std::string(name));
      }
      for (const auto& n : d[side]) {
        if (n.is_string()) (side[0] == 'f' ? g.from : g.to).push_back(n.get<std::string>());
      }
    }
    const auto& ev = d["evidence"];
    if (!ev.contains("start") || !ev.contains("end") || !ev["start"].is_number_unsigned() ||
        !ev["end"].is_number_unsigned()) {
      return Status(ErrorCode::kParseError, "a deal's evidence without byte offsets", std::string(name));
    }
    g.start = ev["start"].get<uint32_t>();
    g.end = ev["end"].get<uint32_t>();
    out.push_back(std::move(g));
  }
  return out;
}

struct DocPipeline::Parts {
  Parts(Gazetteer g, Lexicon l, OrgTagger t)
      : gazetteer(std::move(g)), lexicon(std::move(l)), tagger(std::move(t)), recognizer(&gazetteer, &tagger),
        resolver(&gazetteer) {}
  Gazetteer gazetteer;
  Lexicon lexicon;
  OrgTagger tagger;
  EntityRecognizer recognizer;
  ReferenceResolver resolver;
};

Result<DocPipeline> DocPipeline::BuiltIn() {
  Result<Gazetteer> gz = Gazetteer::BuiltIn();
  if (!gz.ok()) return gz.status();
  Result<Lexicon> lexicon = Lexicon::BuiltIn();
  if (!lexicon.ok()) return lexicon.status();
  Result<OrgTagger> tagger = OrgTagger::BuiltIn();
  if (!tagger.ok()) return tagger.status();
  return DocPipeline(
      std::make_shared<const Parts>(std::move(gz).value(), std::move(lexicon).value(), std::move(tagger).value()));
}

void DocPipeline::Read(std::string_view text, const std::function<void(const DocContext&)>& f) const {
  Segmentation seg = Segment(text);
  const std::string lower = AsciiLower(text);
  std::vector<Entity> entities;
  std::vector<Mention> mentions;
  {
    TokenFlagsScope flags(text, seg.tokens);
    entities = parts_->recognizer.Find(text, seg);
    mentions = parts_->resolver.Resolve(text, lower, seg, entities);
  }
  DocContext doc(text, lower, seg, entities, mentions, parts_->lexicon, parts_->gazetteer);
  f(doc);
}

Result<std::vector<PairExample>> PairExamplesFromCorpus(const std::string& dir, int exclude_from) {
  Result<DocPipeline> pipeline = DocPipeline::BuiltIn();
  if (!pipeline.ok()) return pipeline.status();

  std::vector<std::string> stems;
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(dir, ec)) {
    const std::string name = e.path().filename().string();
    if (!name.ends_with(".gold.jsonl")) continue;
    const std::string stem = name.substr(0, name.size() - 11);
    if (exclude_from > 0 && NewsNumber(stem) >= exclude_from) continue;
    if (std::filesystem::exists(e.path().parent_path() / (stem + ".txt"))) stems.push_back(stem);
  }
  if (ec) return Status(ErrorCode::kNotFound, "cannot list the corpus folder", dir);
  std::sort(stems.begin(), stems.end());

  std::vector<PairExample> out;
  for (const std::string& stem : stems) {
    const std::string base = (std::filesystem::path(dir) / stem).string();
    Result<std::string> raw = ReadAll(base + ".txt");
    if (!raw.ok()) return raw.status();
    std::string_view text;
    if (Status st = document_internal::CheckInputBytes(*raw, base + ".txt", &text); !st.ok()) return st;
    Result<std::string> gold_line = ReadAll(base + ".gold.jsonl");
    if (!gold_line.ok()) return gold_line.status();
    Result<std::vector<GoldPairDeal>> gold = ParseGoldDeals(*gold_line, base + ".gold.jsonl");
    if (!gold.ok()) return gold.status();

    pipeline->Read(text, [&](const DocContext& doc) { AppendExamples(doc, *gold, &out); });
  }
  return out;
}

PairModel TrainPairModel(std::vector<PairExample> examples, const PairTrainOptions& options) {
  PairModel model;
  const size_t buckets = size_t{1} << model.bits;
  const uint64_t mask = buckets - 1;
  const int bags = std::max(1, options.bags);
  // The sum over the bags of each one's averaged weights.
  std::vector<double> sum(buckets * kPairClasses, 0.0);
  // Weights, their running sums and the step of each one's last change (lazy averaging).
  std::vector<float> w(buckets * kPairClasses);
  std::vector<double> total(buckets * kPairClasses);
  std::vector<uint32_t> stamp(buckets * kPairClasses);
  std::vector<uint32_t> bucket;
  const std::vector<PairExample> given = bags > 1 ? examples : std::vector<PairExample>();
  for (int bag = 0; bag < bags; ++bag) {
    if (bag > 0) examples = given;  // each bag shuffles the examples as given, as a run of its own seed would
    std::fill(w.begin(), w.end(), 0.0f);
    std::fill(total.begin(), total.end(), 0.0);
    std::fill(stamp.begin(), stamp.end(), 0u);
    uint32_t t = 0;
    std::mt19937_64 rng(options.seed + static_cast<uint64_t>(bag));
    for (int epoch = 0; epoch < options.epochs; ++epoch) {
      // Fisher-Yates with the generator's raw output: the same order on every standard library.
      for (size_t i = examples.size(); i > 1; --i) std::swap(examples[i - 1], examples[rng() % i]);
      for (const PairExample& ex : examples) {
        ++t;
        bucket.clear();
        for (uint64_t f : ex.features) bucket.push_back(static_cast<uint32_t>(f & mask));
        float sc[kPairClasses] = {};
        for (uint32_t b : bucket) {
          for (int c = 0; c < kPairClasses; ++c) sc[c] += w[b * kPairClasses + c];
        }
        int best = 0;
        for (int c = 1; c < kPairClasses; ++c) {
          if (sc[c] > sc[best]) best = c;
        }
        if (best == ex.label) continue;
        for (uint32_t b : bucket) {
          for (int c : {static_cast<int>(ex.label), best}) {
            const size_t i = b * kPairClasses + c;
            total[i] += static_cast<double>(t - stamp[i]) * w[i];
            stamp[i] = t;
            w[i] += c == ex.label ? 1.0f : -1.0f;
          }
        }
      }
    }
    for (size_t i = 0; i < sum.size(); ++i) {
      total[i] += static_cast<double>(t - stamp[i]) * w[i];
      if (t) sum[i] += total[i] / t;
    }
  }
  for (size_t b = 0; b < buckets; ++b) {
    PairScores avg{};
    bool any = false;
    for (int c = 0; c < kPairClasses; ++c) {
      avg[c] = static_cast<float>(sum[b * kPairClasses + c] / bags);
      any = any || avg[c] != 0.0f;
    }
    if (any) model.Add(static_cast<uint32_t>(b), avg);
  }
  return model;
}

}  // namespace dealgraph
