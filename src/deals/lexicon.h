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
  kMerge, kSell, kSpend, kCommit, kDeal, kPartner, kSupply, kUse, kPay, kBacker, kLicense, kGrant,
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

// Word classes the clause rules of DocContext read (bits of WordEntry::classes).
enum ClauseWord : uint32_t {
  kComma = 1 << 0,       // "," (also in kCommaLike and kCommaOrDash)
  kCommaLike = 1 << 1,   // "," "—" "–": the previous token makes "after a comma"
  kCommaOrDash = 1 << 2, // "," "—": closes a relative clause
  kSemicolon = 1 << 3,   // ";" ":"
  kWhereas = 1 << 4,
  kSubordinator = 1 << 5,  // after before because when once until since as while although though
  kContrast = 1 << 6,      // while but although though yet (after a comma)
  kRelative = 1 << 7,      // which who
  kAnd = 1 << 8,
  kOr = 1 << 9,
  kItThey = 1 << 10,
  kAppositionOpener = 1 << 11,  // its the a an which who
  kPossessiveS = 1 << 12,       // 's
};

// What the deal stage keeps about one lower-case word: its one-word trigger,
// the cue phrases it opens and its clause classes, found with one look-up.
struct WordEntry {
  static constexpr uint32_t kNone = UINT32_MAX;
  uint32_t trigger = kNone;  // index of the trigger (Lexicon::TriggerOf)
  uint32_t cues = kNone;     // the cue phrases starting with the word (Lexicon::CuesAt)
  uint32_t classes = 0;      // ClauseWord bits
  bool phrase_end = false;   // the second word of a two-word trigger (PhraseTrigger)
  bool opens_reading = false;  // one of kReadingWords
};

// Words that open a reading of a sentence without being a trigger ("control
// of", "became a subsidiary of", "agreed to"): FindInSentence's rules for
// them sit beside the list (frames.cc). With the triggers and two-word
// triggers, the only words where a reading may start.
extern const std::array<std::string_view, 64> kReadingWords;

// The customer role nouns among kReadingWords ("signed X as a customer",
// "client", "tenant").
inline bool IsCustomerRole(std::string_view w) { return w == "customer" || w == "client" || w == "tenant"; }

// The verbs of moving work to another provider among kReadingWords ("move",
// "migrate", "shift" in their forms), with the form.
bool MoveVerb(std::string_view w, Form* form);

// Reading words that open a rule's reading but not the pair model's: the
// customer roles, the moving verbs and the winning bid's nouns.
inline bool RuleOnlyReading(std::string_view w) {
  Form form;
  return IsCustomerRole(w) || MoveVerb(w, &form) || w == "bidder" || w == "auction";
}

class Lexicon {
 public:
  // The lexicon built into the binary from data/lexicon/*.tsv.
  static Result<Lexicon> BuiltIn();
  // Parses the two files' text; `name` prefixes error locations.
  static Result<Lexicon> Parse(std::string_view triggers_tsv, std::string_view cues_tsv);

  // The trigger for a lower-case word, or nullptr.
  const TriggerWord* Trigger(std::string_view lower_word) const {
    if (!MayBeTrigger(lower_word)) return nullptr;  // most words, without hashing
    uint32_t i = trigger_index_.Find(lower_word);
    return i == WordTable::kMissing ? nullptr : &triggers_[i];
  }

  // A trigger of two words read at its second word ("take over", "picked up",
  // "work together", "capital increase", "taken private"), or nullptr.
  static const TriggerWord* PhraseTrigger(std::string_view before, std::string_view word);

  // False when the lower-case word is certainly no trigger (filters, no
  // hashing): the first byte and length, then the table's filter over first
  // byte, last byte and length.
  bool MayBeTrigger(std::string_view w) const {
    return !w.empty() && ((trigger_shape_[static_cast<unsigned char>(w[0])] >> (w.size() < 31 ? w.size() : 31)) & 1) &&
           trigger_index_.MayContain(w);
  }

  // The entry of a lower-case word, or nullptr when it is no trigger, opens
  // no cue phrase and has no clause class (most words, without hashing).
  [[gnu::always_inline]] const WordEntry* Word(std::string_view lower_word) const {
    if (!word_index_.MayContain(lower_word)) return nullptr;
    uint32_t i = word_index_.Find(lower_word);
    return i == WordTable::kMissing ? nullptr : &words_[i];
  }
  const TriggerWord* TriggerOf(const WordEntry& e) const {
    return e.trigger == WordEntry::kNone ? nullptr : &triggers_[e.trigger];
  }
  // Cue phrases starting with token `k`, whose word has the entry `e`.
  template <class Fn>
  void CuesAt(const std::vector<std::string_view>& words, uint32_t k, const WordEntry& e, Fn&& out) const {
    if (e.cues != WordEntry::kNone) CuesIn(cues_[e.cues], words, k, out);
  }

 private:
  struct Cue {
    std::vector<std::string> rest;  // words after the first
    CueKind kind;
  };
  template <class Fn>
  static void CuesIn(const std::vector<Cue>& cues, const std::vector<std::string_view>& words, uint32_t k, Fn&& out) {
    for (const Cue& c : cues) {
      if (k + c.rest.size() >= words.size() + 1) continue;
      bool ok = true;
      for (size_t i = 0; i < c.rest.size() && ok; ++i) ok = k + 1 + i < words.size() && words[k + 1 + i] == c.rest[i];
      if (ok) {
        out(CueHit{c.kind, k, static_cast<uint32_t>(k + 1 + c.rest.size())});
      } else if (uint32_t end = SeparatedParticle(c, words, k)) {
        out(CueHit{c.kind, k, end});
      }
    }
  }
  // "called the deal off", "turned the $2 billion proposal down": a verb and
  // its particle with up to four words of the object between (no punctuation
  // or joining word). Returns the end of the particle, or 0.
  static uint32_t SeparatedParticle(const Cue& c, const std::vector<std::string_view>& words, uint32_t k) {
    if (c.rest.size() != 1 || (c.rest[0] != "off" && c.rest[0] != "down")) return 0;
    const std::string_view v = words[k];
    if (!(v.starts_with("call") || v.starts_with("turn") || v.starts_with("broke") || v.starts_with("break"))) return 0;
    for (uint32_t j = k + 2; j < words.size() && j <= k + 5; ++j) {
      const std::string_view w = words[j];
      if (w == c.rest[0]) return j + 1;
      if (w.empty() || w == "," || w == "." || w == ";" || w == ":" || w == "and" || w == "but" || w == "or" ||
          w == "to" || w == "that" || w == "which" || w == "after" || w == "when") {
        return 0;
      }
    }
    return 0;
  }
  // The entry of w in words_, added when absent.
  WordEntry& EntryFor(std::string_view w);
  // Bit min(length, 31) of entry b: some trigger word starts with byte b and has that length.
  std::array<uint32_t, 256> trigger_shape_ = {};
  WordTable trigger_index_;  // word -> index into triggers_
  std::vector<TriggerWord> triggers_;
  WordTable cue_index_;  // first word -> index into cues_
  std::vector<std::vector<Cue>> cues_;  // per first word, in file order
  WordTable word_index_;  // word -> index into words_
  std::vector<WordEntry> words_;
};

}  // namespace dealgraph

#endif  // DEALGRAPH_DEALS_LEXICON_H_
