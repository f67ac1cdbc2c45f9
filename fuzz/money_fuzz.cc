// libFuzzer target for money amounts (src/entities/money.h).
//
// The whole input goes to ParseAmountNumber (any bytes), then, when it is
// valid UTF-8, each sentence goes to FindMoney. Every amount found must be a
// finite, non-negative value within kMaxMoneyValue, with a span inside its
// sentence.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <vector>

#include "entities/money.h"
#include "fuzz/fuzz_util.h"
#include "segment/segmenter.h"

namespace {

bool SaneValue(double v) { return std::isfinite(v) && v >= 0 && v <= dealgraph::kMaxMoneyValue; }

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace dealgraph;
  std::string_view raw(reinterpret_cast<const char*>(data), size);
  double number = 0;
  if (ParseAmountNumber(raw, &number) && (!std::isfinite(number) || number < 0)) std::abort();

  std::string_view text;
  if (!fuzz::AsUtf8(data, size, &text)) return 0;
  Segmentation seg = Segment(text);
  for (const Sentence& s : seg.sentences) {
    std::vector<Entity> found;
    FindMoney(text, seg.tokens, s.first_token, s.end_token, &found);
    for (const Entity& e : found) {
      if (e.type != EntityType::kMoney) std::abort();
      if (e.start < s.start || e.end > s.end || e.start >= e.end) std::abort();
      if (e.qualifier_start > e.start) std::abort();
      if (e.first_token < s.first_token || e.end_token > s.end_token) std::abort();
      if (!SaneValue(e.money.value)) std::abort();
    }
  }
  return 0;
}
