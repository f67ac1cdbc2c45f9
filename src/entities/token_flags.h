// Each token's WordFlags looked up once per document: the recognizer's rules
// ask many tokens several times (shapes, slots, the tagger's features).
#ifndef DEALGRAPH_ENTITIES_TOKEN_FLAGS_H_
#define DEALGRAPH_ENTITIES_TOKEN_FLAGS_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "entities/lexicon.h"
#include "segment/segmenter.h"

namespace dealgraph {

namespace token_flags_internal {
// The document whose flags are kept on this thread (trivial, so a read of it
// is a plain thread-local load, without a wrapper call).
struct Kept {
  const char* text = nullptr;
  size_t text_size = 0;
  const std::vector<Token>* tokens = nullptr;
  uint32_t* flags = nullptr;  // per token; kUnknown until looked up
};
inline constexpr uint32_t kUnknown = 0xffffffffu;  // no word has every flag
inline thread_local Kept kept;
}  // namespace token_flags_internal

// While a TokenFlagsScope for (text, tokens) lives on a thread, WordFlagsAt
// on the same text and the same vector keeps each token's flags after its
// first look-up. The tokens must not change while the scope lives; scopes do
// not nest (the recognizer opens one per document).
class TokenFlagsScope {
 public:
  TokenFlagsScope(std::string_view text, const std::vector<Token>& tokens);
  ~TokenFlagsScope();
  TokenFlagsScope(const TokenFlagsScope&) = delete;
  TokenFlagsScope& operator=(const TokenFlagsScope&) = delete;
};

// WordFlags(TokenText(text, tokens[k])): kept when a scope holds this
// document, looked up otherwise.
inline uint32_t WordFlagsAt(std::string_view text, const std::vector<Token>& tokens, size_t k) {
  const token_flags_internal::Kept& kept = token_flags_internal::kept;
  if (&tokens == kept.tokens && text.data() == kept.text && text.size() == kept.text_size) {
    uint32_t& f = kept.flags[k];
    if (f == token_flags_internal::kUnknown) f = WordFlags(TokenText(text, tokens[k]));
    return f;
  }
  return WordFlags(TokenText(text, tokens[k]));
}

}  // namespace dealgraph

#endif  // DEALGRAPH_ENTITIES_TOKEN_FLAGS_H_
