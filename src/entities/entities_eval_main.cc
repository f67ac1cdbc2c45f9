// entities_eval: reads JSON Lines {"id", "text"} (score-entities text output)
// and prints one EntitiesToJson line per document, for scripts/fire-eval.
#include <cstdio>
#include <iostream>
#include <string>

#include <nlohmann/json.hpp>

#include "entities/entity_json.h"
#include "entities/gazetteer.h"
#include "entities/recognizer.h"
#include "segment/segmenter.h"

int main() {
  using dealgraph::Gazetteer;
  dealgraph::Result<Gazetteer> gazetteer = Gazetteer::BuiltIn();
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
    dealgraph::Segmentation seg = dealgraph::Segment(text);
    std::cout << dealgraph::EntitiesToJson(id, text, recognizer.Find(text, seg)) << '\n';
  }
  return 0;
}
