// entities_eval: reads JSON Lines {"id", "text"} (score-entities text output)
// and prints one EntitiesToJson line per document, for scripts/fire-eval.
// With --speed N it prints nothing but times N passes of Segment + Find over
// all the texts and reports MB/s for each stage on stderr. --gazetteer FILE
// uses that TSV instead of the built-in organizations.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "entities/entity_json.h"
#include "entities/gazetteer.h"
#include "entities/recognizer.h"
#include "segment/segmenter.h"

namespace {

double Seconds(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

void Speed(const dealgraph::EntityRecognizer& recognizer, const std::vector<std::string>& texts, int passes) {
  size_t bytes = 0, entities = 0;
  double segment_s = 0, find_s = 0;
  for (int p = 0; p < passes; ++p) {
    for (const std::string& text : texts) {
      auto t0 = std::chrono::steady_clock::now();
      dealgraph::Segmentation seg = dealgraph::Segment(text);
      segment_s += Seconds(t0);
      auto t1 = std::chrono::steady_clock::now();
      entities += recognizer.Find(text, seg).size();
      find_s += Seconds(t1);
      bytes += text.size();
    }
  }
  double mb = bytes / 1e6;
  std::fprintf(stderr, "%.1f MB, %zu entities: segment %.1f MB/s, find %.1f MB/s, both %.1f MB/s\n", mb, entities,
               mb / segment_s, mb / find_s, mb / (segment_s + find_s));
}

}  // namespace

int main(int argc, char** argv) {
  int speed_passes = 0;
  std::string gazetteer_path;
  for (int a = 1; a + 1 < argc; a += 2) {
    std::string flag = argv[a];
    if (flag == "--speed") {
      speed_passes = std::atoi(argv[a + 1]);
    } else if (flag == "--gazetteer") {
      gazetteer_path = argv[a + 1];
    } else {
      std::fprintf(stderr, "usage: entities_eval [--speed N] [--gazetteer FILE] < texts.jsonl\n");
      return 2;
    }
  }
  std::vector<std::string> texts;
  using dealgraph::Gazetteer;
  dealgraph::Result<Gazetteer> gazetteer =
      gazetteer_path.empty() ? Gazetteer::BuiltIn() : Gazetteer::Load(gazetteer_path);
  if (!gazetteer.ok()) {
    std::fprintf(stderr, "entities_eval: %s\n", gazetteer.status().ToString().c_str());
    return 1;
  }
  dealgraph::EntityRecognizer recognizer(&gazetteer.value());
  std::string line;
  size_t line_no = 0;
  while (std::getline(std::cin, line)) {
    ++line_no;
    if (line.empty()) continue;
    nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object() || !j.contains("text") || !j["text"].is_string()) {
      std::fprintf(stderr, "entities_eval: stdin:%zu: expected {\"id\": ..., \"text\": ...}\n", line_no);
      return 1;
    }
    std::string text = j["text"].get<std::string>();
    std::string id = j.contains("id") && j["id"].is_string() ? j["id"].get<std::string>() : std::to_string(line_no);
    if (speed_passes > 0) {
      texts.push_back(std::move(text));
      continue;
    }
    dealgraph::Segmentation seg = dealgraph::Segment(text);
    std::cout << dealgraph::EntitiesToJson(id, text, recognizer.Find(text, seg)) << '\n';
  }
  if (speed_passes > 0) Speed(recognizer, texts, speed_passes);
  return 0;
}
