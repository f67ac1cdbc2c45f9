// DocContext construction: per-token indexes of words, mentions, money and
// outlets; clause boundaries; cue phrases per sentence.
#include "deals/context.h"

#include <algorithm>
#include <unordered_map>
#include <utility>

#include "segment/time_words.h"

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

// The counting of MostNamed over any table from a canonical name to its
// count and first mention (`at` returns the entry, new ones zero).
template <class At>
const Mention* MostNamedWith(const std::vector<Mention>& mentions, At&& at) {
  const Mention* topic = nullptr;
  int best = 1;
  for (const Mention& m : mentions) {
    if (m.kind != MentionKind::kName) continue;
    auto& [c, first] = at(std::string_view(m.canonical));
    if (!first) first = &m;
    if (++c > best || (c == best && topic && first->first_token < topic->first_token)) {
      best = c;
      topic = first;
    }
  }
  return topic;
}

}  // namespace

const Mention* MostNamed(const std::vector<Mention>& mentions) {
  // An article names a handful of organizations: a walk of those seen so far
  // costs less than a hash map (a hash, a node and its freeing per name). A
  // document of many names takes the map, as the walk grows with the square.
  constexpr size_t kWalkUpTo = 128;  // name mentions
  size_t names = 0;
  for (const Mention& m : mentions) names += m.kind == MentionKind::kName;
  if (names > kWalkUpTo) return MostNamedByMap(mentions);
  thread_local std::vector<std::pair<std::string_view, std::pair<int, const Mention*>>> seen;
  seen.clear();
  return MostNamedWith(mentions, [&](std::string_view name) -> std::pair<int, const Mention*>& {
    for (auto& [key, entry] : seen) {
      if (key == name) return entry;
    }
    return seen.emplace_back(name, std::pair<int, const Mention*>(0, nullptr)).second;
  });
}

const Mention* MostNamedByMap(const std::vector<Mention>& mentions) {
  std::unordered_map<std::string_view, std::pair<int, const Mention*>> count;
  return MostNamedWith(mentions, [&](std::string_view name) -> std::pair<int, const Mention*>& { return count[name]; });
}

struct DocContext::Tables {
  std::vector<std::string_view> words;
  std::vector<const TriggerWord*> trigger_at, phrase_at;
  std::vector<int32_t> mention_at, money_at, outlet_at;
  std::vector<uint32_t> clause_begin, clause_end, sentence_of;
  std::vector<std::vector<CueHit>> cues;
  std::vector<uint32_t> readings;
  std::vector<std::pair<uint32_t, uint32_t>> reading_range;
};

// Tables of contexts that ended on this thread, for the next ones (more than
// one context may be open at a time). Tables of very long documents are not
// kept, so that one huge text does not hold its memory for the thread's life.
std::vector<std::unique_ptr<DocContext::Tables>>& DocContext::FreeTables() {
  thread_local std::vector<std::unique_ptr<Tables>> free_tables;
  return free_tables;
}

std::unique_ptr<DocContext::Tables> DocContext::TakeTables() {
  auto& free_tables = FreeTables();
  if (free_tables.empty()) return std::make_unique<Tables>();
  std::unique_ptr<Tables> t = std::move(free_tables.back());
  free_tables.pop_back();
  return t;
}

DocContext::~DocContext() {
  constexpr size_t kKeepTablesUpTo = 1 << 20;  // tokens
  auto& free_tables = FreeTables();
  if (words_.capacity() <= kKeepTablesUpTo && free_tables.size() < 4) free_tables.push_back(std::move(tables_));
}

DocContext::DocContext(std::string_view text, std::string_view lower_text, const Segmentation& seg, const std::vector<Entity>& entities,
                       const std::vector<Mention>& mentions, const Lexicon& lexicon, const Gazetteer& gazetteer)
    : text_(text),
      seg_(seg),
      entities_(entities),
      mentions_(mentions),
      lexicon_(lexicon),
      gazetteer_(gazetteer),
      lower_(lower_text),
      tables_(TakeTables()),
      words_(tables_->words),
      mention_data_(mentions.data()),
      entity_data_(entities.data()),
      cues_(tables_->cues),
      readings_(tables_->readings),
      reading_range_(tables_->reading_range) {
  const std::string_view lower = lower_;
  const size_t n = seg.tokens.size();
  // (Every entry of these three is written below: resized, not filled.)
  words_.resize(n);
  tables_->trigger_at.resize(n);
  tables_->phrase_at.resize(n);
  word_at_ = words_.data();
  trigger_at_ = tables_->trigger_at.data();
  phrase_at_ = tables_->phrase_at.data();
  // Scratch of this thread, reused between documents.
  thread_local std::vector<uint32_t> flags;
  // Tokens whose word opens a cue phrase, in order, with the word's entry.
  thread_local std::vector<std::pair<uint32_t, const WordEntry*>> cue_starts;
  thread_local std::vector<uint32_t> flagged;  // tokens with a clause class, in order
  flags.resize(n);
  cue_starts.clear();
  flagged.clear();
  readings_.clear();
  // Raw pointers: the stores below cannot alias the vectors' own fields.
  const Token* toks = seg.tokens.data();
  std::string_view* words = words_.data();
  const TriggerWord** trigger_at = trigger_at_;
  const TriggerWord** phrase_at = phrase_at_;
  uint32_t* flag_at = flags.data();
  for (size_t k = 0; k < n; ++k) {
    const Token& t = toks[k];
    std::string_view w(lower.data() + t.start, t.end - t.start);
    // "'s", "\u2019s" and the bare apostrophe of "Siemens' takeover" read alike.
    if (t.kind == TokenKind::kPossessive) w = "'s";
    words[k] = w;
    // One look-up per token for its trigger, cue phrases and clause classes.
    if (const WordEntry* e = lexicon.Word(w)) {
      trigger_at[k] = lexicon.TriggerOf(*e);
      phrase_at[k] = e->phrase_end && k > 0 ? Lexicon::PhraseTrigger(words[k - 1], w) : nullptr;
      flag_at[k] = e->classes;
      if (e->cues != WordEntry::kNone) {
        flag_at[k] |= kMayStartCue;
        cue_starts.emplace_back(static_cast<uint32_t>(k), e);
      }
      if (e->classes) flagged.push_back(static_cast<uint32_t>(k));
      if (trigger_at[k] || phrase_at[k] || e->opens_reading) readings_.push_back(static_cast<uint32_t>(k));
    } else {
      trigger_at[k] = phrase_at[k] = nullptr;
      flag_at[k] = 0;
    }
    if (const int year = FourDigits(w); year >= 1950 && year <= 2100) latest_year_ = std::max(latest_year_, year);
  }
  // (One more entry than tokens: asking one past the last token, as the rules
  // that look at the next word do, finds nothing there.)
  tables_->mention_at.assign(n + 1, -1);
  tables_->money_at.assign(n + 1, -1);
  tables_->outlet_at.assign(n + 1, -1);
  mention_at_ = tables_->mention_at.data();
  money_at_ = tables_->money_at.data();
  outlet_at_ = tables_->outlet_at.data();
  for (size_t i = 0; i < mentions.size(); ++i) {
    for (uint32_t k = mentions[i].first_token; k < mentions[i].end_token && k < n; ++k) {
      mention_at_[k] = static_cast<int32_t>(i);
    }
  }
  for (size_t i = 0; i < entities.size(); ++i) {
    const Entity& e = entities[i];
    if (e.type != EntityType::kMoney && e.type != EntityType::kOutlet) continue;
    int32_t* index = e.type == EntityType::kMoney ? money_at_ : outlet_at_;
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
  topic_ = MostNamed(mentions);
  // The sentences of a segmentation cover its tokens one after another, so
  // the clause pass below writes every entry of these three; a hand-made
  // segmentation that leaves gaps gets zeros there.
  bool covered = seg.sentences.empty() ? n == 0 : seg.sentences.back().end_token == n;
  for (size_t si = 0; covered && si < seg.sentences.size(); ++si) {
    covered = seg.sentences[si].first_token == (si == 0 ? 0 : seg.sentences[si - 1].end_token) &&
              seg.sentences[si].first_token <= seg.sentences[si].end_token;
  }
  if (covered) {
    tables_->sentence_of.resize(n);
    tables_->clause_begin.resize(n);
    tables_->clause_end.resize(n);
  } else {
    tables_->sentence_of.assign(n, 0);
    tables_->clause_begin.assign(n, 0);
    tables_->clause_end.assign(n, 0);
  }
  sentence_of_ = tables_->sentence_of.data();
  clause_begin_ = tables_->clause_begin.data();
  clause_end_ = tables_->clause_end.data();
  if (cues_.size() < seg.sentences.size()) cues_.resize(seg.sentences.size());
  for (size_t si = 0; si < seg.sentences.size(); ++si) cues_[si].clear();
  reading_range_.resize(seg.sentences.size());
  std::vector<uint32_t> starts;
  size_t next_cue = 0, next_flag = 0, next_reading = 0;
  for (uint32_t si = 0; si < seg.sentences.size(); ++si) {
    const Sentence& s = seg.sentences[si];
    // Clause starts inside the sentence.
    starts.assign(1, s.first_token);
    bool in_relative = false;
    // The rules below read only tokens with a clause class and the token
    // after one: only those are visited (`flagged` holds the first kind).
    auto visit = [&](uint32_t k) {
      const uint32_t fw = flags[k] & ~kMayStartCue, fp = flags[k - 1] & ~kMayStartCue;
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
          // (", and X and Y closed their purchase ...": coordinated subjects.)
          for (int more = 0; more < 3 && after + 1 < s.end_token && (flags[after] & kAnd) &&
                             mention_at_[after + 1] >= 0;
               ++more) {
            const int32_t next = mention_at_[after + 1];
            ++after;
            while (after < s.end_token && mention_at_[after] == next) ++after;
          }
        } else if (flags[after] & kItThey) {
          ++after;
        } else {
          // (", and in October it agreed ...", ", and last year Y bought ...":
          // a few words of time before the subject.)
          uint32_t t = after;
          while (t < s.end_token && t < after + 4 &&
                 (seg.tokens[t].kind == TokenKind::kNumber || kTimeWords.Contains(words_[t]))) {
            ++t;
          }
          if (t > after && t < s.end_token && mention_at_[t] >= 0) {
            const int32_t m = mention_at_[t];
            after = t;
            while (after < s.end_token && mention_at_[after] == m) ++after;
          } else if (t > after && t < s.end_token && (flags[t] & kItThey)) {
            after = t + 1;
          } else {
            after = s.end_token;
          }
        }
        // (", and Toyota Motor in a deal of ...": a preposition goes on with the list's clause.)
        if (after < s.end_token && seg.tokens[after].kind == TokenKind::kWord && !(flags[after] & (kAnd | kOr)) &&
            !(described && seg.tokens[after].capitalized) &&
            !((described || after > k + 1) && IsLinkWord(words_[after]) && words_[after] != "that" &&
              words_[after] != "which" && words_[after] != "who" && after + 1 < s.end_token &&
              // (", and Orrery in turn agreed", ", and X on Monday agreed": a clause after all.)
              words_[after + 1] != "turn" && seg.tokens[after + 1].kind != TokenKind::kNumber &&
              !kTimeWords.Contains(words_[after + 1]))) {
          start = true;
        }
        // ", and OpenAI, its closest partner, signed ...": an apposition, then the verb.
        if (after + 1 < s.end_token && (flags[after] & kComma) && (flags[after + 1] & kAppositionOpener)) {
          start = true;
        }
      }
      if (start && starts.back() != k) starts.push_back(k);
    };
    while (next_flag < flagged.size() && flagged[next_flag] < s.first_token) ++next_flag;
    uint32_t last = s.first_token;
    for (; next_flag < flagged.size() && flagged[next_flag] < s.end_token; ++next_flag) {
      for (uint32_t k = flagged[next_flag]; k <= flagged[next_flag] + 1 && k < s.end_token; ++k) {
        if (k > last) {
          visit(k);
          last = k;
        }
      }
    }
    uint32_t* clause_begin = clause_begin_;
    uint32_t* clause_end = clause_end_;
    uint32_t* sentence_of = sentence_of_;
    for (size_t c = 0; c < starts.size(); ++c) {
      const uint32_t begin = starts[c], end = c + 1 < starts.size() ? starts[c + 1] : s.end_token;
      for (uint32_t k = begin; k < end; ++k) {
        clause_begin[k] = begin;
        clause_end[k] = end;
        sentence_of[k] = si;
      }
    }
    // The readings of this sentence (sentences come in order).
    while (next_reading < readings_.size() && readings_[next_reading] < s.first_token) ++next_reading;
    reading_range_[si].first = static_cast<uint32_t>(next_reading);
    while (next_reading < readings_.size() && readings_[next_reading] < s.end_token) ++next_reading;
    reading_range_[si].second = static_cast<uint32_t>(next_reading);
    // The tokens of this sentence that open cue phrases (sentences come in order).
    while (next_cue < cue_starts.size() && cue_starts[next_cue].first < s.first_token) ++next_cue;
    for (; next_cue < cue_starts.size() && cue_starts[next_cue].first < s.end_token; ++next_cue) {
      const auto [k, entry] = cue_starts[next_cue];
      lexicon_.CuesAt(words_, k, *entry, [&](const CueHit& hit) {
        if (hit.end <= s.end_token) cues_[si].push_back(hit);
      });
    }
  }
}

bool MayHoldDeal(std::string_view lower, const Segmentation& seg, const Lexicon& lexicon) {
  // (As DocContext finds the readings: a two-word trigger's first word is
  // never "'s", which it writes for "’s".)
  std::string_view before;
  for (const Token& t : seg.tokens) {
    const std::string_view w(lower.data() + t.start, t.end - t.start);
    if (const WordEntry* e = lexicon.Word(w)) {
      if (lexicon.TriggerOf(*e) || e->opens_reading) return true;
      if (e->phrase_end && before.data() && Lexicon::PhraseTrigger(before, w)) return true;
    }
    before = w;
  }
  return false;
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
    if (const int year = FourDigits(words_[j + 1]); year >= 0) return year;
  }
  return 0;
}

bool DocContext::RelativeClause(uint32_t k) const {
  std::string_view w = words_[clause_begin_[k]];
  return w == "which" || w == "who";
}

bool NegationAt(const DocContext& doc, uint32_t j) {
  WordView w = doc.W(j);
  // ("won't", "didn't", "can't": however the tokenizer splits the contraction.)
  if (w == "not" || w == "never" || w == "n't" || w == "'t" || w == "’t") return true;
  if (w == "t" && j > 0 && (doc.W(j - 1) == "'" || doc.W(j - 1) == "’")) return true;
  return (w.size() > 3 && w.substr(w.size() - 3) == "n't") || (w.size() > 5 && w.substr(w.size() - 5) == "n’t");
}

}  // namespace dealgraph
