// DocContext construction: per-token indexes of words, mentions, money and
// outlets; clause boundaries; cue phrases per sentence.
#include "deals/context.h"

#include <algorithm>
#include <unordered_map>

namespace dealgraph {

std::string AsciiLower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return out;
}

DocContext::DocContext(std::string_view text, const Segmentation& seg, const std::vector<Entity>& entities,
                       const std::vector<Mention>& mentions, const Lexicon& lexicon, const Gazetteer& gazetteer)
    : text_(text),
      seg_(seg),
      entities_(entities),
      mentions_(mentions),
      lexicon_(lexicon),
      gazetteer_(gazetteer),
      lower_(AsciiLower(text)) {
  const size_t n = seg.tokens.size();
  words_.reserve(n);
  for (const Token& t : seg.tokens) {
    std::string_view w = std::string_view(lower_).substr(t.start, t.end - t.start);
    if (w == "\u2019s") w = "'s";
    words_.push_back(w);
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
  for (std::string_view w : words_) {
    if (w.size() == 4 && w[0] >= '1' && w[0] <= '2' && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      int year = std::stoi(std::string(w));
      if (year >= 1950 && year <= 2100) latest_year_ = std::max(latest_year_, year);
    }
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
  for (uint32_t si = 0; si < seg.sentences.size(); ++si) {
    const Sentence& s = seg.sentences[si];
    // Clause starts inside the sentence.
    std::vector<uint32_t> starts = {s.first_token};
    bool in_relative = false;
    for (uint32_t k = s.first_token + 1; k < s.end_token; ++k) {
      std::string_view w = words_[k], prev = words_[k - 1];
      bool after_comma = prev == "," || prev == "\u2014" || prev == "\u2013";
      bool start = false;
      if (prev == ";" || prev == ":") start = true;
      if (w == "whereas") start = true;
      // "... after Microsoft agreed to buy ...": a subordinate clause with its own subject.
      if ((w == "after" || w == "before" || w == "because" || w == "when" || w == "once" || w == "until" ||
           w == "since" || w == "as" || w == "while" || w == "although" || w == "though") &&
          k + 2 < s.end_token && !after_comma) {
        uint32_t a = k + 1;
        if (mention_at_[a] >= 0 && !mentions[mention_at_[a]].possessive) {
          while (a < s.end_token && mention_at_[a] == mention_at_[k + 1]) ++a;
          if (a < s.end_token && seg.tokens[a].kind == TokenKind::kWord &&
              words_[a] != "and" && words_[a] != "or" && words_[a] != "'s") {
            start = true;
          }
        }
      }
      if (after_comma && (w == "while" || w == "but" || w == "although" || w == "though" || w == "yet")) start = true;
      if (after_comma && (w == "which" || w == "who")) {
        start = true;
        in_relative = true;
      } else if (in_relative && (prev == "," || prev == "\u2014")) {
        start = true;  // the relative clause ends at its closing comma
        in_relative = false;
      }
      // ", and Z plans to ...": a new clause when a name or pronoun is followed by
      // a word (a list "A, B, and C." ends instead).
      if (after_comma && w == "and" && k + 1 < s.end_token) {
        uint32_t after = k + 1;
        if (mention_at_[after] >= 0) {
          while (after < s.end_token && mention_at_[after] == mention_at_[k + 1]) ++after;
        } else if (words_[after] == "it" || words_[after] == "they") {
          ++after;
        } else {
          after = s.end_token;
        }
        if (after < s.end_token && seg.tokens[after].kind == TokenKind::kWord && words_[after] != "and" &&
            words_[after] != "or") {
          start = true;
        }
        // ", and OpenAI, its closest partner, signed ...": an apposition, then the verb.
        if (after + 1 < s.end_token && words_[after] == "," &&
            (words_[after + 1] == "its" || words_[after + 1] == "the" || words_[after + 1] == "a" ||
             words_[after + 1] == "an" || words_[after + 1] == "which" || words_[after + 1] == "who")) {
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
      lexicon_.CuesAt(words_, k, [&](const CueHit& hit) {
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
