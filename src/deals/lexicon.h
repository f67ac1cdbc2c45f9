// Lexicon: deal trigger words and cue phrases (data/lexicon/*.tsv), looked up
// by lower-case token text.
#ifndef DEALGRAPH_DEALS_LEXICON_H_
#define DEALGRAPH_DEALS_LEXICON_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dealgraph/status.h"
#include "entities/word_table.h"

namespace dealgraph {

// What a trigger word opens; each has its rule in frames.cc.
enum class Frame : uint8_t {
  kInvest, kFund, kStake, kInvestment, kRaise, kRound, kLead, kAcquire, kAcquisition, kBuy,
  kMerge, kSell, kSpend, kCommit, kDeal, kPartner, kSupply, kUse, kPay, kBacker, kLicense,
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

  // The trigger for a lower-case word, or nullptr; `hash` is HashWord(lower_word).
  const TriggerWord* Trigger(std::string_view lower_word) const {
    if (!MayBeTrigger(lower_word)) return nullptr;  // most words, without hashing
    return Trigger(lower_word, HashWord(lower_word));
  }
  const TriggerWord* Trigger(std::string_view lower_word, uint64_t hash) const {
    uint32_t i = trigger_index_.Find(lower_word, hash);
    return i == WordTable::kMissing ? nullptr : &triggers_[i];
  }

  // A trigger of two words read at its second word ("take over", "picked up",
  // "work together", "capital increase", "taken private"), or nullptr.
  static const TriggerWord* PhraseTrigger(std::string_view before, std::string_view word);

  // False when no cue phrase starts with the lower-case word (a filter, no hashing).
  bool MayStartCue(std::string_view lower_word) const { return cue_index_.MayContain(lower_word); }
  // False when the lower-case word is certainly no trigger (filters, no
  // hashing): the first byte and length, then the table's filter over first
  // byte, last byte and length.
  bool MayBeTrigger(std::string_view w) const {
    return !w.empty() && ((trigger_shape_[static_cast<unsigned char>(w[0])] >> (w.size() < 31 ? w.size() : 31)) & 1) &&
           trigger_index_.MayContain(w);
  }

  // Cue phrases starting with token `k`: calls out(hit) for each match.
  // `words` are the lower-case texts of the sentence's tokens, `k` an index
  // into it, `hash` is HashWord(words[k]).
  template <class Fn>
  void CuesAt(const std::vector<std::string_view>& words, uint32_t k, Fn&& out) const {
    CuesAt(words, k, HashWord(words[k]), out);
  }
  template <class Fn>
  void CuesAt(const std::vector<std::string_view>& words, uint32_t k, uint64_t hash, Fn&& out) const {
    uint32_t i = cue_index_.Find(words[k], hash);
    if (i == WordTable::kMissing) return;
    for (const Cue& c : cues_[i]) {
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
  // Bit min(length, 31) of entry b: some trigger word starts with byte b and has that length.
  std::array<uint32_t, 256> trigger_shape_ = {};
  WordTable trigger_index_;  // word -> index into triggers_
  std::vector<TriggerWord> triggers_;
  WordTable cue_index_;  // first word -> index into cues_
  std::vector<std::vector<Cue>> cues_;  // per first word, in file order
};

}  // namespace dealgraph

#endif  // DEALGRAPH_DEALS_LEXICON_H_
