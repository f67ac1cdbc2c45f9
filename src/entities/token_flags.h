// Each token's WordFlags looked up once per document, and whether each token
// is shaped like a name: the recognizer's rules ask many tokens several times
// (shapes, slots, the tagger's candidates and features).
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
  const uint8_t* name_shaped = nullptr;  // per token: NameShaped, 0 or 1
};
inline constexpr uint32_t kUnknown = 0xffffffffu;  // no word has every flag
inline thread_local Kept kept;
}  // namespace token_flags_internal

// A word shaped like a name: capitalized or in capitals, or with a capital
// among the two bytes after its first ("inContact", "eBay", "xAI").
inline bool NameShaped(std::string_view text, const Token& t) {
  if (t.kind != TokenKind::kWord) return false;
  if (t.capitalized || t.all_caps) return true;
  auto upper = [](char c) { return static_cast<unsigned char>(c - 'A') < 26; };
  const uint32_t length = t.end - t.start;
  return (length > 1 && upper(text[t.start + 1])) || (length > 2 && upper(text[t.start + 2]));
}

// While a TokenFlagsScope for (text, tokens) lives on a thread, WordFlagsAt
// on the same text and the same vector keeps each token's flags after its
// first look-up, and NameShapes gives every token's NameShaped, found in one
// pass when the scope opens. The tokens must not change while the scope
// lives. A scope opened while another already holds the same document on
// this thread uses that one's store and leaves it open when it closes (the
// recognizer opens one per document; the extractor one around the
// recognizer and the resolver, so that the resolver reads the flags the
// recognizer looked up); scopes of different documents do not nest.
class TokenFlagsScope {
 public:
  TokenFlagsScope(std::string_view text, const std::vector<Token>& tokens);
  ~TokenFlagsScope();
  TokenFlagsScope(const TokenFlagsScope&) = delete;
  TokenFlagsScope& operator=(const TokenFlagsScope&) = delete;

 private:
  bool opened_ = false;  // this scope filled the store (and empties it when it closes)
};

// The per-token flags kept for this document when a scope holds it, else
// nullptr. Valid while the scope lives: a pass that asks many tokens takes it
// once and reads through it (KeptWordFlags) instead of testing the scope at
// every token.
inline uint32_t* KeptFlags(std::string_view text, const std::vector<Token>& tokens) {
  const token_flags_internal::Kept& kept = token_flags_internal::kept;
  if (&tokens == kept.tokens && text.data() == kept.text && text.size() == kept.text_size) return kept.flags;
  return nullptr;
}

// WordFlags of token k of `tokens` (`t` is tokens[k]) through `kept`, the
// document's store from KeptFlags: looked up on first use and kept there, or
// looked up every time when `kept` is nullptr.
inline uint32_t KeptWordFlags(uint32_t* kept, std::string_view text, const Token& t, size_t k) {
  if (kept == nullptr) return WordFlags(TokenText(text, t));
  uint32_t& f = kept[k];
  if (f == token_flags_internal::kUnknown) f = WordFlags(TokenText(text, t));
  return f;
}

// WordFlags(TokenText(text, tokens[k])): kept when a scope holds this
// document, looked up otherwise.
inline uint32_t WordFlagsAt(std::string_view text, const std::vector<Token>& tokens, size_t k) {
  return KeptWordFlags(KeptFlags(text, tokens), text, tokens[k], k);
}

// NameShaped(text, tokens[k]) at index k for every token, when a scope holds
// this document; nullptr otherwise (then ask NameShaped). Valid while the
// scope lives.
inline const uint8_t* NameShapes(std::string_view text, const std::vector<Token>& tokens) {
  const token_flags_internal::Kept& kept = token_flags_internal::kept;
  if (&tokens == kept.tokens && text.data() == kept.text && text.size() == kept.text_size) return kept.name_shaped;
  return nullptr;
}

}  // namespace dealgraph

#endif  // DEALGRAPH_ENTITIES_TOKEN_FLAGS_H_
