// Training of the organization tagger: FIRE reading, gold labels, the averaged perceptron.
#include "entities/org_tagger_train.h"

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <unordered_set>

namespace dealgraph {
namespace {

// The FIRE scorer's way of joining tokens: no space before these...
const std::unordered_set<std::string>& NoSpaceBefore() {
  static const std::unordered_set<std::string> s = {",", ".", ";", ":", "%", ")", "]", "}", "'s", "'", "n't",
                                                    "?", "!", "'re", "'ve", "'ll", "'d", "\u2019s"};
  return s;
}
// ...and none after these.
const std::unordered_set<std::string>& NoSpaceAfter() {
  static const std::unordered_set<std::string> s = {"(", "[", "{", "$", "US$", "\u20ac", "\u00a3", "\u00a5", "#"};
  return s;
}

// One sentence of a text prepared for training.
struct Prepared {
  const std::string* text;
  Segmentation seg;
  std::vector<uint8_t> mask;
  size_t begin, end;
  std::vector<uint8_t> gold;
};

}  // namespace

Result<std::vector<LabelledText>> ParseFire(std::string_view json, std::string_view name) {
  std::string where(name);
  nlohmann::json doc = nlohmann::json::parse(json, nullptr, false);
  if (doc.is_discarded()) return Status(ErrorCode::kParseError, "FIRE file is not valid JSON", where);
  if (!doc.is_array()) return Status(ErrorCode::kSchemaError, "FIRE file: expected a JSON array", where);
  std::vector<LabelledText> out;
  for (size_t n = 0; n < doc.size(); ++n) {
    const nlohmann::json& inst = doc[n];
    std::string at = where + ": instance " + std::to_string(n);
    if (!inst.is_object() || !inst.contains("tokens") || !inst["tokens"].is_array() || !inst.contains("entities") ||
        !inst["entities"].is_array()) {
      return Status(ErrorCode::kSchemaError, "FIRE instance without tokens and entities", at);
    }
    LabelledText lt;
    std::vector<std::pair<uint32_t, uint32_t>> spans;
    std::string prev;
    for (size_t i = 0; i < inst["tokens"].size(); ++i) {
      if (!inst["tokens"][i].is_string()) return Status(ErrorCode::kSchemaError, "FIRE token is not a string", at);
      std::string tok = inst["tokens"][i].get<std::string>();
      if (i > 0 && !NoSpaceBefore().count(tok) && !NoSpaceAfter().count(prev)) lt.text.push_back(' ');
      uint32_t s = static_cast<uint32_t>(lt.text.size());
      lt.text += tok;
      spans.emplace_back(s, static_cast<uint32_t>(lt.text.size()));
      prev = std::move(tok);
    }
    for (const nlohmann::json& e : inst["entities"]) {
      if (!e.is_object() || !e.contains("type") || !e["type"].is_string() || !e.contains("start") ||
          !e["start"].is_number_integer() || !e.contains("end") || !e["end"].is_number_integer()) {
        return Status(ErrorCode::kSchemaError, "FIRE entity without type, start and end", at);
      }
      if (e["type"] != "Company") continue;
      int64_t a = e["start"].get<int64_t>(), b = e["end"].get<int64_t>();
      if (a < 0 || b <= a || static_cast<size_t>(b) > spans.size()) {
        return Status(ErrorCode::kSchemaError, "FIRE entity span out of range", at);
      }
      lt.orgs.emplace_back(spans[a].first, spans[b - 1].second);
    }
    out.push_back(std::move(lt));
  }
  return out;
}

Result<std::vector<LabelledText>> LoadFire(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status(ErrorCode::kNotFound, "cannot open FIRE file", path);
  std::ostringstream buf;
  buf << in.rdbuf();
  if (in.bad()) return Status(ErrorCode::kIoError, "cannot read FIRE file", path);
  return ParseFire(buf.str(), path);
}

std::vector<uint8_t> TagMaskOf(const std::vector<Entity>& entities, size_t n) {
  std::vector<uint8_t> mask(n, static_cast<uint8_t>(TagMask::kFree));
  for (const Entity& e : entities) {
    bool value = e.type == EntityType::kMoney || e.type == EntityType::kDate;
    for (uint32_t k = e.first_token; k < e.end_token && k < n; ++k) {
      mask[k] = static_cast<uint8_t>(value ? TagMask::kValue : TagMask::kOrg);
    }
  }
  return mask;
}

std::vector<uint8_t> GoldTagLabels(const TagSentence& sentence, const std::vector<Token>& tokens, size_t begin,
                                   size_t end, const std::vector<std::pair<uint32_t, uint32_t>>& orgs) {
  std::vector<uint8_t> gold(end - begin, kTagO);
  for (auto [s, e] : orgs) {
    size_t a = begin;
    while (a < end && tokens[a].end <= s) ++a;
    size_t b = a;
    while (b < end && tokens[b].start < e) ++b;
    if (a == b) continue;  // another sentence
    bool aligned = tokens[a].start == s && tokens[b - 1].end == e;
    bool producible = aligned && !sentence.Connector(a) && !sentence.Connector(b - 1) && !sentence.ContinuingOnly(a);
    for (size_t k = a; k < b && producible; ++k) producible = sentence.Candidate(k);
    for (size_t k = a; k < b; ++k) {
      if (!producible) {
        if (sentence.Candidate(k)) gold[k - begin] = kTagIgnore;
      } else {
        gold[k - begin] = k == a ? kTagB : kTagI;
      }
    }
  }
  return gold;
}

OrgTagger TrainOrgTagger(const std::vector<LabelledText>& data, const EntityRecognizer& rules,
                         const TaggerTrainOptions& options) {
  // Segment, run the rules and label every sentence once.
  std::vector<Prepared> sentences;
  for (const LabelledText& lt : data) {
    Segmentation seg = Segment(lt.text);
    std::vector<uint8_t> mask = TagMaskOf(rules.Find(lt.text, seg), seg.tokens.size());
    for (const Sentence& s : seg.sentences) {
      size_t begin = s.first_token, end = std::min<size_t>(s.end_token, seg.tokens.size());
      if (begin >= end) continue;
      Prepared p{&lt.text, seg, std::vector<uint8_t>(mask.begin() + begin, mask.begin() + end), begin, end, {}};
      TagSentence ts(lt.text, p.seg.tokens, begin, end, p.mask.data());
      if (!ts.AnyCandidate()) continue;
      p.gold = GoldTagLabels(ts, p.seg.tokens, begin, end, lt.orgs);
      sentences.push_back(std::move(p));
    }
  }
  // Averaged perceptron in integers: w, and u = sum of (step * change), so
  // that the average is w - u / steps (exact and the same on every run). One
  // run per shuffle order; the model is the mean of the runs' averages.
  size_t n = (size_t{1} << options.bits) * kTagLabels;
  auto bucket = [&](uint64_t f) { return static_cast<size_t>(f >> (64 - options.bits)) * kTagLabels; };
  std::vector<double> sum(n, 0.0);
  std::vector<int32_t> w(n);
  std::vector<int64_t> u(n);
  std::vector<size_t> order(sentences.size());
  TagFeatures features;
  int runs = std::max(1, options.shuffles);
  for (int run = 0; run < runs; ++run) {
    std::fill(w.begin(), w.end(), 0);
    std::fill(u.begin(), u.end(), 0);
    int64_t step = 1;
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    uint64_t rng = (options.seed + static_cast<uint64_t>(run)) * 0x9E3779B97F4A7C15ull + 1;
    for (int epoch = 0; epoch < options.epochs; ++epoch) {
      for (size_t i = order.size(); i > 1; --i) {  // Fisher-Yates with a fixed generator
        rng = rng * 6364136223846793005ull + 1442695040888963407ull;
        std::swap(order[i - 1], order[(rng >> 33) % i]);
      }
      for (size_t idx : order) {
        const Prepared& p = sentences[idx];
        TagSentence ts(*p.text, p.seg.tokens, p.begin, p.end, p.mask.data());
        TagLabel prev = kTagO;
        for (size_t k = p.begin; k < p.end; ++k) {
          if (!ts.Candidate(k) || (prev == kTagO && ts.ContinuingOnly(k))) {
            prev = kTagO;
            continue;
          }
          features.clear();
          ts.Features(k, prev, &features);
          int64_t s[kTagLabels] = {0, 0, 0};
          for (uint64_t f : features) {
            for (int l = 0; l < kTagLabels; ++l) s[l] += w[bucket(f) + l];
          }
          TagLabel pred = s[kTagB] > s[kTagO] ? kTagB : kTagO;
          if (prev != kTagO && s[kTagI] > s[pred]) pred = kTagI;
          uint8_t gold = p.gold[k - p.begin];
          if (gold != kTagIgnore && gold != pred) {
            for (uint64_t f : features) {
              w[bucket(f) + gold] += 1;
              u[bucket(f) + gold] += step;
              w[bucket(f) + pred] -= 1;
              u[bucket(f) + pred] -= step;
            }
          }
          ++step;
          prev = pred;
        }
      }
    }
    for (size_t i = 0; i < n; ++i) {
      if (w[i] != 0 || u[i] != 0) {
        sum[i] += static_cast<double>(w[i]) - static_cast<double>(u[i]) / static_cast<double>(step);
      }
    }
  }
  std::vector<float> avg(n, 0.0f);
  for (size_t i = 0; i < n; ++i) avg[i] = static_cast<float>(sum[i] / runs);
  return OrgTagger(options.bits, std::move(avg));
}

}  // namespace dealgraph
