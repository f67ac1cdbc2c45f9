// The per-document stores of TokenFlagsScope (token_flags.h).
#include "entities/token_flags.h"

namespace dealgraph {

TokenFlagsScope::TokenFlagsScope(std::string_view text, const std::vector<Token>& tokens) {
  if (KeptFlags(text, tokens) != nullptr) return;  // an enclosing scope holds this document
  opened_ = true;
  // Reused between documents: no allocation per document once it is large enough.
  static thread_local std::vector<uint32_t> store;
  static thread_local std::vector<uint8_t> shaped;
  store.assign(tokens.size(), token_flags_internal::kUnknown);
  shaped.resize(tokens.size());
  uint8_t* out = shaped.data();
  for (const Token& t : tokens) *out++ = NameShaped(text, t);
  token_flags_internal::kept = {text.data(), text.size(), &tokens, store.data(), shaped.data()};
}

TokenFlagsScope::~TokenFlagsScope() {
  if (opened_) token_flags_internal::kept = {};
}

}  // namespace dealgraph
