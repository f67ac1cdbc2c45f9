// libFuzzer target for sentence and token segmentation (src/segment).
//
// Checks the invariants the later stages rely on: tokens are in order, do not
// overlap and lie inside the text; sentences cover consecutive token ranges
// and their byte spans match their first and last token.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "fuzz/fuzz_util.h"
#include "segment/segmenter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace dealgraph;
  std::string_view text;
  if (!fuzz::AsUtf8(data, size, &text)) return 0;
  Segmentation seg = Segment(text);
  uint32_t prev_end = 0;
  for (const Token& t : seg.tokens) {
    if (t.start < prev_end || t.end <= t.start || t.end > text.size()) std::abort();
    prev_end = t.end;
  }
  uint32_t next_token = 0;
  for (const Sentence& s : seg.sentences) {
    if (s.first_token < next_token || s.end_token <= s.first_token || s.end_token > seg.tokens.size()) std::abort();
    if (s.start != seg.tokens[s.first_token].start || s.end != seg.tokens[s.end_token - 1].end) std::abort();
    next_token = s.end_token;
  }
  return 0;
}
