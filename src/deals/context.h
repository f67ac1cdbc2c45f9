// DocContext: one document as the deal stage sees it (tokens with lower-case
// words, mentions, money and outlets indexed by token, clauses, cues), and the
// slot-finding helpers the frame rules share.
#ifndef DEALGRAPH_DEALS_CONTEXT_H_
#define DEALGRAPH_DEALS_CONTEXT_H_

#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dealgraph/deal.h"
#include "document/text_util.h"
#include "deals/lexicon.h"
#include "entities/entity.h"
#include "entities/gazetteer.h"
#include "reference/mention.h"
#include "segment/segmenter.h"

namespace dealgraph {

// A word of four digits as its number ("2024" gives 2024), or -1.
inline int FourDigits(std::string_view w) {
  if (w.size() != 4) return -1;
  int n = 0;
  for (char c : w) {
    if (c < '0' || c > '9') return -1;
    n = n * 10 + (c - '0');
  }
  return n;
}

// The goods a cue names ("GPUs", "cloud capacity", "data centres", "licences"),
// or kNone for the cues of status, speech, valuation and amounts.
inline Asset CueGoods(CueKind kind) {
  switch (kind) {
    case CueKind::kCloud: return Asset::kCloud;
    case CueKind::kChips: return Asset::kChips;
    case CueKind::kInfrastructure: return Asset::kInfrastructure;
    case CueKind::kOther: return Asset::kOther;
    default: return Asset::kNone;
  }
}

// The organization a document is about: the first mention of the canonical
// name most often named (twice at least), of the one named first among
// equals; nullptr when no name is named twice. (DocContext::Topic.)
const Mention* MostNamed(const std::vector<Mention>& mentions);
// The same with a hash map from name to count: the plain version that
// MostNamed uses for documents of many names.
const Mention* MostNamedByMap(const std::vector<Mention>& mentions);

// A deal found in one sentence, before the document-level pass.
struct Candidate {
  DealType type = DealType::kInvestment;
  Asset asset = Asset::kNone;
  std::vector<const Mention*> from;
  std::vector<const Mention*> to;
  const Entity* money = nullptr;
  DealStatus status = DealStatus::kAnnounced;
  Frame frame = Frame::kDeal;
  uint32_t sentence = 0;
  uint32_t trigger = 0;        // token index
  uint32_t last_sentence = 0;  // evidence runs to the end of this sentence
  bool generic = false;        // from a generic "deal"/"partnership" word: yields to specific ones
  bool anaphoric = false;      // no parties: "The investment may exceed $10 billion."
  bool money_required = false; // one-sided deals count only with an amount
  bool implied_to = false;     // "X, which has invested $8 billion, ...": the investee is the article's subject
  bool unnamed = false;        // "to acquire a small design firm": the other side is not named, on purpose
  bool body_status = false;    // a headline report whose status the body's first report gave
  bool aggregate = false;      // one amount for this deal and the others split from it ("bought X and Y for $N")
};

class DocContext {
 public:
  // All arguments must outlive the context; `lower` is AsciiLower(text).
  DocContext(std::string_view text, std::string_view lower, const Segmentation& seg, const std::vector<Entity>& entities,
             const std::vector<Mention>& mentions, const Lexicon& lexicon, const Gazetteer& gazetteer);
  ~DocContext();
  DocContext(const DocContext&) = delete;
  DocContext& operator=(const DocContext&) = delete;

  std::string_view text() const { return text_; }
  const Segmentation& seg() const { return seg_; }
  const Lexicon& lexicon() const { return lexicon_; }
  const Gazetteer& gazetteer() const { return gazetteer_; }

  // Lower-case text of token k.
  WordView W(uint32_t k) const { return WordView(word_at_[k]); }
  bool Is(uint32_t k, std::string_view w) const { return k < words_.size() && word_at_[k] == w; }
  const std::vector<std::string_view>& words() const { return words_; }
  // The one-word trigger of token k (lexicon().Trigger(W(k)), looked up once), or nullptr.
  const TriggerWord* TriggerAt(uint32_t k) const { return trigger_at_[k]; }
  // The two-word trigger read at token k, Lexicon::PhraseTrigger(W(k - 1), W(k)) (k > 0), or nullptr.
  const TriggerWord* PhraseTriggerAt(uint32_t k) const { return phrase_at_[k]; }

  // The mention covering token k, or nullptr (also for k one past the last token).
  const Mention* MentionAt(uint32_t k) const { return mention_at_[k] < 0 ? nullptr : mention_data_ + mention_at_[k]; }
  // The money entity covering token k (qualifier words included), or nullptr
  // (also for k one past the last token, as for OutletAt).
  const Entity* MoneyAt(uint32_t k) const { return money_at_[k] < 0 ? nullptr : entity_data_ + money_at_[k]; }
  const Entity* OutletAt(uint32_t k) const { return outlet_at_[k] < 0 ? nullptr : entity_data_ + outlet_at_[k]; }

  // First token of the clause holding k, and one past its last (within the sentence).
  uint32_t ClauseBegin(uint32_t k) const { return clause_begin_[k]; }
  uint32_t ClauseEnd(uint32_t k) const { return clause_end_[k]; }
  // True when the clause holding k starts with a relative pronoun ("which", "who").
  bool RelativeClause(uint32_t k) const;

  // The latest year the text names ("in 2018", "by 2030" count), or 0: the
  // document's present when no date is given, so earlier years are its past.
  int LatestYear() const { return latest_year_; }
  // The year of an "in 2018"-like phrase in the clause of k, or 0.
  int YearInClause(uint32_t k) const;
  // The first name mention of an organization in the text, or nullptr.
  const Mention* NameOf(std::string_view canonical) const;
  // All mentions of the text, in order.
  const std::vector<Mention>& mentions() const { return mentions_; }
  // The organization the document is about: the one named most often (the
  // first such name), or nullptr when none is named twice.
  const Mention* Topic() const { return topic_; }

  // Cue phrases of one sentence (computed once per sentence).
  const std::vector<CueHit>& Cues(uint32_t sentence) const { return cues_[sentence]; }
  // The tokens of a sentence, in order, whose word is a trigger, ends a
  // two-word trigger (k > 0) or is one of kReadingWords: where FindInSentence
  // may start a reading.
  std::span<const uint32_t> Readings(uint32_t sentence) const {
    const auto [first, end] = reading_range_[sentence];
    return {readings_.data() + first, readings_.data() + end};
  }
  uint32_t SentenceOf(uint32_t k) const { return sentence_of_[k]; }
  // One past the last token of the sentence that holds token k.
  uint32_t SentenceEnd(uint32_t k) const { return seg_.sentences[sentence_of_[k]].end_token; }

  // ---- Slot helpers (slots.cc) ----
  // The subject-like organizations left of token k in its clause: the nearest
  // non-possessive mention not governed by a preposition, with coordinated
  // names ("Microsoft and Nvidia"). Falls back to the antecedent of a relative
  // clause and to the sentence's first such mention.
  std::vector<const Mention*> Agent(uint32_t k) const;
  // Organizations after the first of `preps` found within `window` tokens
  // after k (inside the clause): "in Anthropic", "with NVIDIA, AMD and Broadcom".
  std::vector<const Mention*> AfterPrep(uint32_t k, std::initializer_list<std::string_view> preps,
                                        uint32_t window) const;
  // The coordinated list of mentions starting at or shortly after token k
  // (skipping up to `skip` descriptor words such as "AI startup").
  std::vector<const Mention*> ListAt(uint32_t k, uint32_t limit, uint32_t skip = 4) const;
  // "and the corporate venture arm of Y" at token k, before `limit`: Y, or nullptr.
  const Mention* ArmOwnerAfterAnd(uint32_t k, uint32_t limit) const;
  // Whether a finite verb follows mention m ("Z absorbed", "Z has", "Z agreed"):
  // m is the subject of a clause of its own, no list member.
  bool VerbFollows(const Mention& m) const;
  // "the venture arm of Y" at token k, before `limit`: Y, or nullptr.
  const Mention* ArmOwnerAt(uint32_t k, uint32_t limit) const;
  // "The two companies", "both sides", "the longtime rivals" as the subject of
  // the clause of k: the two most recent distinct organizations named before
  // it (in this or the two sentences before). False when there is no such
  // phrase or fewer than two names.
  bool PairSubject(uint32_t k, const Mention** a, const Mention** b) const;
  // The possessive mention right before token k, allowing money and adjectives
  // between ("Microsoft's $13 billion investment").
  const Mention* PossessorBefore(uint32_t k) const;
  // The asset a purchase near token k is about: nearest goods cue in the clause.
  // Strong words (chips, cloud, data centers) beat vague ones (capacity,
  // gigawatts, compute); *weak tells when only a vague one was found.
  Asset AssetNear(uint32_t k, bool forward_only = false, uint32_t window = 64, bool* weak = nullptr) const;
  // The deal's amount for a trigger at k: nearest money in the clause that is
  // not a valuation, preferring the side given by `after_first`.
  const Entity* MoneyNear(uint32_t k, bool after_first) const;
  // True when a deal verb (a trigger that is not a noun) lies between token j
  // and token k, outside the money entity at j.
  bool VerbTriggerBetween(uint32_t j, uint32_t k, const Entity* money) const;
  // True when the money entity is a valuation, revenue or similar, not a deal's price.
  bool IsValuation(const Entity& money) const;
  // True when word k is a preposition that governs a following name.
  bool IsPreposition(uint32_t k) const;
  // Whether token k opens a subordinate clause ("after", "since", "when", "as": the lexicon's kSubordinator).
  bool Subordinator(uint32_t k) const;
  // True when the organization is described in the gazetteer as a startup or lab.
  bool LooksLikeInvestee(const Mention& m) const;
  // True when the organization supplies the given asset (descriptions mention cloud, chips...).
  bool LooksLikeSupplier(const Mention& m, Asset asset) const;

  // ---- Status (status.cc) ----
  DealStatus StatusFor(uint32_t trigger, Form form) const;
  // True when a subordinating word ("after", "since", "when"...) lies in [b, e).
  bool SubordinatorBetween(uint32_t b, uint32_t e) const;
  // Whether a deal noun ("deal", "takeover", "contract", "talks") is among
  // the `window` words from token b on, inside b's sentence.
  bool DealNounAfter(uint32_t b, uint32_t window) const;
  // True when a status word (talks, planned, announced, done, cancelled) is in the clause of k.
  bool HasStatusCue(uint32_t k) const;
  // True when "combined", "in total" or "totaling" is in the clause of k.
  bool Combined(uint32_t k) const;

 private:
  std::string_view text_;
  const Segmentation& seg_;
  const std::vector<Entity>& entities_;
  const std::vector<Mention>& mentions_;
  const Lexicon& lexicon_;
  const Gazetteer& gazetteer_;
  std::string_view lower_;
  // The per-token and per-sentence tables below, taken from a per-thread
  // pool and given back when the context ends: a document's tables reuse
  // the memory of the documents before (context.cc).
  struct Tables;
  static std::unique_ptr<Tables> TakeTables();
  static std::vector<std::unique_ptr<Tables>>& FreeTables();  // this thread's pool
  std::unique_ptr<Tables> tables_;
  std::vector<std::string_view>& words_;
  // Per token: the tables' arrays, set by the constructor once sized (the
  // accessors above index them with one load less than through a vector
  // reference). Every entry is written for each document.
  const std::string_view* word_at_ = nullptr;
  const TriggerWord** trigger_at_ = nullptr;
  const TriggerWord** phrase_at_ = nullptr;
  int32_t* mention_at_ = nullptr;
  int32_t* money_at_ = nullptr;
  int32_t* outlet_at_ = nullptr;
  uint32_t* clause_begin_ = nullptr;
  uint32_t* clause_end_ = nullptr;
  uint32_t* sentence_of_ = nullptr;
  const Mention* mention_data_;  // mentions_.data()
  const Entity* entity_data_;    // entities_.data()
  // Per sentence (at least as many entries as sentences: a pooled table
  // keeps the inner vectors' memory).
  std::vector<std::vector<CueHit>>& cues_;
  // Per document: the tokens Readings() gives, in order, and per sentence
  // the range of them inside it.
  std::vector<uint32_t>& readings_;
  std::vector<std::pair<uint32_t, uint32_t>>& reading_range_;
  int latest_year_ = 0;
  const Mention* topic_ = nullptr;
};

// False when no token of the text is a trigger, ends a two-word trigger or is
// one of kReadingWords: no reading starts anywhere, so the text holds no
// deal (`lower` is AsciiLower(text)). Stops at the first such token.
bool MayHoldDeal(std::string_view lower, const Segmentation& seg, const Lexicon& lexicon);

// Appends m unless an organization with its canonical name is already in out (slots.cc).
void AddUnique(std::vector<const Mention*>& out, const Mention* m);

// Runs every frame rule on the triggers of sentence `s` (frames.cc): `out`
// is cleared, then holds the sentence's candidates (a caller reuses one
// vector for every sentence instead of allocating one per sentence).
void FindInSentence(const DocContext& doc, uint32_t s, std::vector<Candidate>& out);

// True when token j negates: "not", "never", "n't" however the tokenizer
// splits the contraction ("won't", "didn't") (context.cc).
bool NegationAt(const DocContext& doc, uint32_t j);

// Investors named after the trigger at k: "led by X", "with participation
// from X and Y", ", with X participating" (frames.cc).
std::vector<const Mention*> RoundInvestors(const DocContext& doc, uint32_t k);

}  // namespace dealgraph

#endif  // DEALGRAPH_DEALS_CONTEXT_H_
