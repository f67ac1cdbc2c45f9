// libFuzzer target for the whole pipeline: Extractor::Extract and
// Extractor::EntitiesJson on a document whose text is the fuzz input.
//
// Inputs that are not valid UTF-8 are skipped (the readers never deliver
// them; document_fuzz covers that boundary). Every deal must point at
// evidence inside the text, carry its bytes, and have a sane amount.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string_view>
#include <vector>

#include "dealgraph/extractor.h"
#include "entities/money.h"
#include "fuzz/fuzz_util.h"

namespace {

const dealgraph::Extractor& TheExtractor() {
  static const std::unique_ptr<dealgraph::Extractor> extractor = [] {
    auto created = dealgraph::Extractor::Create();
    if (!created.ok()) std::abort();  // the built-in data must load
    return std::move(created).value();
  }();
  return *extractor;
}

bool SaneValue(double v) { return std::isfinite(v) && v >= 0 && v <= dealgraph::kMaxMoneyValue; }

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace dealgraph;
  const Extractor& extractor = TheExtractor();
  std::string_view text;
  if (!fuzz::AsUtf8(data, size, &text)) return 0;
  Document doc;
  doc.id = "fuzz";
  doc.text = std::string(text);
  std::vector<Deal> deals = extractor.Extract(doc);
  for (const Deal& d : deals) {
    const Span& e = d.evidence;
    if (e.start > e.end || e.end > doc.text.size()) std::abort();
    if (e.text != std::string_view(doc.text).substr(e.start, e.end - e.start)) std::abort();
    if (d.amount && !SaneValue(d.amount->value)) std::abort();
    if (d.amount && d.amount->max && !SaneValue(*d.amount->max)) std::abort();
  }
  if (DocumentDealsToJson(doc.id, deals).empty()) std::abort();
  if (extractor.EntitiesJson(doc).empty()) std::abort();
  return 0;
}
