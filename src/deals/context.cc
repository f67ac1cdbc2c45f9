// DocContext construction: per-token indexes of words, mentions, money and
// outlets; clause boundaries; cue phrases per sentence.
#include "deals/context.h"

#include <algorithm>
#include <unordered_map>

namespace dealgraph {

namespace {

// Flags of a token beyond its ClauseWord bits (lexicon.h).
constexpr uint32_t kMayStartCue = 1u << 31;  // a cue phrase may start here; not a clause word

// Prepositions and link words that keep a name inside the clause before it
// ("and the state fund Norges of Norway", "and Z as well").
bool IsLinkWord(std::string_view w) {
  for (std::string_view p : {"of", "in", "from", "for", "to", "with", "as", "at", "on", "by", "that", "which", "who"}) {
    if (w == p) return true;
  }
  return false;
}

}  // namespace

DocContext::DocContext(std::string_view text, std::string_view lower_text, const Segmentation& seg, const std::vector<Entity>& entities,
                       const std::vector<Mention>& mentions, const Lexicon& lexicon, const Gazetteer& gazetteer)
    : text_(text),
      seg_(seg),
      entities_(entities),
      mentions_(mentions),
      lexicon_(lexicon),
      gazetteer_(gazetteer),
      lower_(lower_text) {
  const std::string_view lower = lower_;
  const size_t n = seg.tokens.size();
  words_.resize(n);
  trigger_at_.resize(n);
  phrase_at_.resize(n);
  // Scratch of this thread, reused between documents.
  thread_local std::vector<const WordEntry*> entries;
  thread_local std::vector<uint32_t> flags;
  entries.resize(n);
  flags.resize(n);
  for (size_t k = 0; k < n; ++k) {
    const Token& t = seg.tokens[k];
    std::string_view w(lower.data() + t.start, t.end - t.start);
    if (w.size() == 4 && w[0] == '\xE2' && w == "\u2019s") w = "'s";
    words_[k] = w;
    // One look-up per token for its trigger, cue phrases and clause classes.
    const WordEntry* e = lexicon.Word(w);
    entries[k] = e;
    trigger_at_[k] = e ? lexicon.TriggerOf(*e) : nullptr;
    phrase_at_[k] = e && e->phrase_end && k > 0 ? Lexicon::PhraseTrigger(words_[k - 1], w) : nullptr;
    flags[k] = e ? e->classes | (e->cues != WordEntry::kNone ? kMayStartCue : 0u) : 0u;
    if (w.size() == 4 && w[0] >= '1' && w[0] <= '2' &&
        std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      int year = (w[0] - '0') * 1000 + (w[1] - '0') * 100 + (w[2] - '0') * 10 + (w[3] - '0');
      if (year >= 1950 && year <= 2100) latest_year_ = std::max(latest_year_, year);
    }
  }
  mention_at_.assign(n, -1);
  money_at_.assign(n, -1);
  outlet_at_.assign(n, -1);
  for (size_t i = 0; i < mentions.size(); ++i) {
    for (uint32_t k = mentions[i].first_token; k < mentions[i].end_token && k < n; ++k) {
      mention_at_[k] = static_cast<int32_t>(i);
    }
  }
  for (size_t i = 0; i < entities.size(); ++i) {
    const Entity& e = entities[i];
    if (e.type != EntityType::kMoney && e.type != EntityType::kOutlet) continue;
    auto& index = e.type == EntityType::kMoney ? money_at_ : outlet_at_;
    uint32_t first = e.first_token;
    if (e.type == EntityType::kMoney) {
      // Qualifier words before the amount belong to it too ("more than $5 billion").
      while (first > 0 && seg.tokens[first - 1].start >= e.qualifier_start &&
             seg.tokens[first - 1].end <= e.start) {
        --first;
      }
    }
    for (uint32_t k = first; k < e.end_token && k < n; ++k) index[k] = static_cast<int32_t>(i);
  }
  {
    std::unordered_map<std::string_view, std::pair<int, const Mention*>> count;
    int best = 1;
    for (const Mention& m : mentions) {
      if (m.kind != MentionKind::kName) continue;
      auto& [c, first] = count[m.canonical];
      if (!first) first = &m;
      if (++c > best || (c == best && topic_ && first->first_token < topic_->first_token)) {
        best = c;
        topic_ = first;
      }
    }
  }
  sentence_of_.assign(n, 0);
  clause_begin_.assign(n, 0);
  clause_end_.assign(n, 0);
  cues_.resize(seg.sentences.size());
  std::vector<uint32_t> starts;
  for (uint32_t si = 0; si < seg.sentences.size(); ++si) {
    const Sentence& s = seg.sentences[si];
    // Clause starts inside the sentence.
    starts.assign(1, s.first_token);
    bool in_relative = false;
    for (uint32_t k = s.first_token + 1; k < s.end_token; ++k) {
      const uint32_t fw = flags[k] & ~kMayStartCue, fp = flags[k - 1] & ~kMayStartCue;
      if ((fw | fp) == 0 && !in_relative) continue;  // no rule below can fire
      bool after_comma = fp & kCommaLike;
      bool start = false;
      if (fp & kSemicolon) start = true;
      if (fw & kWhereas) start = true;
      // "... after Microsoft agreed to buy ...": a subordinate clause with its own subject.
      if ((fw & kSubordinator) && k + 2 < s.end_token && !after_comma) {
        uint32_t a = k + 1;
        if (mention_at_[a] >= 0 && !mentions[mention_at_[a]].possessive) {
          while (a < s.end_token && mention_at_[a] == mention_at_[k + 1]) ++a;
          if (a < s.end_token && seg.tokens[a].kind == TokenKind::kWord &&
              !(flags[a] & (kAnd | kOr | kPossessiveS))) {
            start = true;
          }
        }
      }
      if (after_comma && (fw & kContrast)) start = true;
      if (after_comma && (fw & kRelative)) {
        start = true;
        in_relative = true;
      } else if (in_relative && (fp & kCommaOrDash)) {
        start = true;  // the relative clause ends at its closing comma
        in_relative = false;
      }
      // ", and Z plans to ...": a new clause when a name or pronoun is followed by
      // a word (a list "A, B, and C." ends instead).
      if (after_comma && (fw & kAnd) && k + 1 < s.end_token) {
        uint32_t after = k + 1;
        // (", and the Cologne translation company DeepL pulled in ...": descriptor
        // words before the name, then a lower-case word that is no preposition.)
        uint32_t named = after;
        while (named < s.end_token && named < after + 5 && mention_at_[named] < 0 &&
               seg.tokens[named].kind == TokenKind::kWord && !(flags[named] & (kAnd | kOr)) &&
               !IsLinkWord(words_[named])) {
          ++named;
        }
        const bool described = named > after && named < s.end_token && mention_at_[named] >= 0;
        if (mention_at_[after] >= 0 || described) {
          const int32_t m = mention_at_[named];
          after = named;
          while (after < s.end_token && mention_at_[after] == m) ++after;
        } else if (flags[after] & kItThey) {
          ++after;
        } else {
          after = s.end_token;
        }
        if (after < s.end_token && seg.tokens[after].kind == TokenKind::kWord && !(flags[after] & (kAnd | kOr)) &&
            !(described && (seg.tokens[after].capitalized || IsLinkWord(words_[after])))) {
          start = true;
        }
        // ", and OpenAI, its closest partner, signed ...": an apposition, then the verb.
        if (after + 1 < s.end_token && (flags[after] & kComma) && (flags[after + 1] & kAppositionOpener)) {
          start = true;
        }
      }
      if (start && starts.back() != k) starts.push_back(k);
    }
    for (size_t c = 0; c < starts.size(); ++c) {
      uint32_t end = c + 1 < starts.size() ? starts[c + 1] : s.end_token;
      for (uint32_t k = starts[c]; k < end; ++k) {
        clause_begin_[k] = starts[c];
        clause_end_[k] = end;
        sentence_of_[k] = si;
      }
    }
    for (uint32_t k = s.first_token; k < s.end_token; ++k) {
      if (!(flags[k] & kMayStartCue)) continue;  // entries[k] is set otherwise
      lexicon_.CuesAt(words_, k, *entries[k], [&](const CueHit& hit) {
        if (hit.end <= s.end_token) cues_[si].push_back(hit);
      });
    }
  }
}

const Mention* DocContext::NameOf(std::string_view canonical) const {
  for (const Mention& m : mentions_) {
    if (m.kind == MentionKind::kName && m.canonical == canonical) return &m;
  }
  return nullptr;
}

int DocContext::YearInClause(uint32_t k) const {
  for (uint32_t j = clause_begin_[k]; j + 1 < clause_end_[k]; ++j) {
    if (words_[j] != "in" && words_[j] != "since") continue;
    std::string_view w = words_[j + 1];
    if (w.size() == 4 && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      return std::stoi(std::string(w));
    }
  }
  return 0;
}

bool DocContext::RelativeClause(uint32_t k) const {
  std::string_view w = words_[clause_begin_[k]];
  return w == "which" || w == "who";
}

}  // namespace dealgraph
