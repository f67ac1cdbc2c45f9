// The per-document store of TokenFlagsScope (token_flags.h).
#include "entities/token_flags.h"

namespace dealgraph {

TokenFlagsScope::TokenFlagsScope(std::string_view text, const std::vector<Token>& tokens) {
  // Reused between documents: no allocation per document once it is large enough.
  static thread_local std::vector<uint32_t> store;
  store.assign(tokens.size(), token_flags_internal::kUnknown);
  token_flags_internal::kept = {text.data(), text.size(), &tokens, store.data()};
}

TokenFlagsScope::~TokenFlagsScope() { token_flags_internal::kept = {}; }

}  // namespace dealgraph
