// Lexicon: deal trigger words and cue phrases (data/lexicon/*.tsv), looked up
// by lower-case token text.
#ifndef DEALGRAPH_DEALS_LEXICON_H_
#define DEALGRAPH_DEALS_LEXICON_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dealgraph/status.h"

namespace dealgraph {

// What a trigger word opens; each has its rule in frames.cc.
enum class Frame : uint8_t {
  kInvest, kFund, kStake, kInvestment, kRaise, kRound, kLead, kAcquire, kAcquisition, kBuy,
  kMerge, kSell, kSpend, kCommit, kDeal, kPartner, kSupply, kUse, kPay, kBacker,
};

enum class Form : uint8_t { kBase, kPresent, kPast, kIng, kNoun };

struct TriggerWord {
  Frame frame;
  Form form;
};

enum class CueKind : uint8_t {
  kTalks, kPlanned, kAnnounced, kCancelled, kDone, kHypothetical, kSpeech, kValuation, kCapital,
  kCloud, kChips, kInfrastructure, kOther,
  kCombined,  // "combined", "in total": one amount over several parties
};

// A cue phrase found in a sentence: token span [first, end).
struct CueHit {
  CueKind kind;
  uint32_t first;
  uint32_t end;
};

class Lexicon {
 public:
  // The lexicon built into the binary from data/lexicon/*.tsv.
  static Result<Lexicon> BuiltIn();
  // Parses the two files' text; `name` prefixes error locations.
  static Result<Lexicon> Parse(std::string_view triggers_tsv, std::string_view cues_tsv);

  // The trigger for a lower-case word, or nullptr.
  const TriggerWord* Trigger(std::string_view lower_word) const;

  // Cue phrases starting with token `k`: calls out(hit) for each match.
  // `words` are the lower-case texts of the sentence's tokens, `k` an index into it.
  template <class Fn>
  void CuesAt(const std::vector<std::string_view>& words, uint32_t k, Fn&& out) const {
    auto it = cues_.find(words[k]);
    if (it == cues_.end()) return;
    for (const Cue& c : it->second) {
      if (k + c.rest.size() >= words.size() + 1) continue;
      bool ok = true;
      for (size_t i = 0; i < c.rest.size() && ok; ++i) ok = k + 1 + i < words.size() && words[k + 1 + i] == c.rest[i];
      if (ok) out(CueHit{c.kind, k, static_cast<uint32_t>(k + 1 + c.rest.size())});
    }
  }

 private:
  struct Cue {
    std::vector<std::string> rest;  // words after the first
    CueKind kind;
  };
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  std::unordered_map<std::string, TriggerWord, Hash, std::equal_to<>> triggers_;
  std::unordered_map<std::string, std::vector<Cue>, Hash, std::equal_to<>> cues_;
};

}  // namespace dealgraph

#endif  // DEALGRAPH_DEALS_LEXICON_H_
