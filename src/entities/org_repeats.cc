// Repeated names: later (and earlier) occurrences of an organization's words
// (any unknown name; a known name of two words or more, by its first words).
#include "entities/org_repeats.h"

#include <algorithm>
#include <array>
#include <string>
#include <unordered_map>

#include "entities/lexicon.h"
#include "entities/token_flags.h"

namespace dealgraph {
namespace {

// Lists of names by their first word, as a hash map: the plain table.
class MapTable {
 public:
  std::vector<size_t>& operator[](std::string_view word) { return map_[word]; }
  std::vector<size_t>* Find(std::string_view word) {
    auto it = map_.find(word);
    return it == map_.end() ? nullptr : &it->second;
  }
  bool empty() const { return map_.empty(); }
  template <class Fn>
  void ForEachList(Fn&& fn) {
    for (auto& [word, list] : map_) fn(list);
  }
  void Clear() { map_.clear(); }

 private:
  std::unordered_map<std::string_view, std::vector<size_t>> map_;
};

// The same table as a vector of the first words in the order added, walked
// (a document has a few unknown names; a look-up compares lengths first),
// with a hash map from word to entry once there are more than kWalkUpTo.
// A word whose first byte starts no listed word is rejected before either.
// Cleared for the next document, it keeps its entries' lists and their room
// (used_ of them are in use): one table per thread allocates nothing once
// warm.
class WalkTable {
 public:
  std::vector<size_t>& operator[](std::string_view word) {
    if (std::vector<size_t>* list = Find(word)) return *list;
    if (!word.empty()) first_bytes_[static_cast<unsigned char>(word[0])] = true;
    if (used_ == kWalkUpTo) {
      for (size_t i = 0; i < used_; ++i) index_.emplace(entries_[i].first, i);
    }
    if (used_ >= kWalkUpTo) index_.emplace(word, used_);
    if (used_ == entries_.size()) entries_.emplace_back();
    auto& [w, list] = entries_[used_++];
    w = word;
    return list;  // empty: cleared when the table was
  }
  std::vector<size_t>* Find(std::string_view word) {
    if (!word.empty() && !first_bytes_[static_cast<unsigned char>(word[0])]) return nullptr;
    if (used_ > kWalkUpTo) {
      auto it = index_.find(word);
      return it == index_.end() ? nullptr : &entries_[it->second].second;
    }
    for (size_t i = 0; i < used_; ++i) {
      auto& [w, list] = entries_[i];
      if (w.size() == word.size() && w == word) return &list;
    }
    return nullptr;
  }
  bool empty() const { return used_ == 0; }
  template <class Fn>
  void ForEachList(Fn&& fn) {
    for (size_t i = 0; i < used_; ++i) fn(entries_[i].second);
  }
  void Clear() {
    for (size_t i = 0; i < used_; ++i) entries_[i].second.clear();
    used_ = 0;
    index_.clear();
    first_bytes_ = {};
  }

 private:
  static constexpr size_t kWalkUpTo = 32;
  std::vector<std::pair<std::string_view, std::vector<size_t>>> entries_;
  size_t used_ = 0;
  std::unordered_map<std::string_view, size_t> index_;  // word -> entry, past kWalkUpTo entries
  std::array<bool, 256> first_bytes_{};  // the first bytes of the listed words
};

// The length of a name's short form, the words before its first cue or
// suffix word ("Brevik" of "Brevik Systems"), or before a generic word after
// two words or more ("Cascade Ridge" of "Cascade Ridge Data Centers"), or a three-word name less its
// last word ("Granite Peak" of "Granite Peak Towers"), or 0 when it has none or the
// words before say no name (a place, a generic or function word).
uint32_t ShortFormLength(std::string_view text, const std::vector<Token>& tokens, const Entity& e) {
  const uint32_t n = e.end_token - e.first_token;
  for (uint32_t i = 1; i < n; ++i) {
    // ("Cascade Ridge" of "Cascade Ridge Data Centers": two words or more before a generic word.)
    const uint32_t boundary = kCueWord | kSuffixWord | (i >= 2 ? kGenericWord : 0u);
    if (!(WordFlags(TokenText(text, tokens[e.first_token + i])) & boundary)) continue;
    bool named = false;
    for (uint32_t j = 0; j < i; ++j) {
      const uint32_t f = WordFlags(TokenText(text, tokens[e.first_token + j]));
      if (f & (kCueWord | kSuffixWord | kPlaceWord | kDemonymWord | kGenericWord | kFunctionWord)) return 0;
      named = named || tokens[e.first_token + j].capitalized;
    }
    return named ? i : 0;
  }
  // ("Granite Peak" of "Granite Peak Towers": a name of three words or more
  // without a cue, less its last word, when each word before is capitalized
  // and none says no name.)
  if (n >= 3) {
    for (uint32_t j = 0; j + 1 < n; ++j) {
      const Token& t = tokens[e.first_token + j];
      if (!t.capitalized || t.kind != TokenKind::kWord) return 0;
      const uint32_t f = WordFlags(TokenText(text, t));
      if (f & (kCueWord | kSuffixWord | kPlaceWord | kDemonymWord | kGenericWord | kFunctionWord)) return 0;
    }
    return n - 1;
  }
  return 0;
}

// The first token at or after k, before n_toks, that may repeat a name: a
// capitalized word not covered by an entity (and shaped like a name, when
// the document's shapes are kept: `shaped` not null), or n_toks. (A loop of
// its own that stores nothing, so that what it reads stays in registers.)
uint32_t NextRepeatStart(const Token* tokens, const uint8_t* shaped, const uint8_t* covered, uint32_t k,
                         uint32_t n_toks) {
  for (; k < n_toks; ++k) {
    if (shaped != nullptr && shaped[k] == 0) continue;
    if (covered[k] || !tokens[k].capitalized || tokens[k].kind != TokenKind::kWord) continue;
    break;
  }
  return k;
}

template <class Table>
void AddRepeatedNamesWith(std::string_view text, const std::vector<Token>& tokens, std::vector<Entity>* entities) {
  // Names by their first word; longest first when several share it.
  // (Per thread and cleared, as the other scratch below: a document's
  // allocations here cost more than the pass on a short text.)
  thread_local Table by_first;
  by_first.Clear();
  for (size_t i = 0; i < entities->size(); ++i) {
    const Entity& e = (*entities)[i];
    if (e.type != EntityType::kOrganization || (e.known && e.end_token < e.first_token + 2) || e.end_token <= e.first_token ||
        e.end_token > tokens.size() || !tokens[e.first_token].capitalized) {
      continue;
    }
    auto& list = by_first[TokenText(text, tokens[e.first_token])];
    bool dup = false;
    for (size_t j : list) {
      const Entity& o = (*entities)[j];
      dup = dup || std::string_view(text).substr(o.start, o.end - o.start) == text.substr(e.start, e.end - e.start);
    }
    if (!dup) list.push_back(i);
  }
  if (by_first.empty()) return;
  by_first.ForEachList([&](std::vector<size_t>& list) {
    std::sort(list.begin(), list.end(), [&](size_t a, size_t b) {
      const Entity &x = (*entities)[a], &y = (*entities)[b];
      return x.end_token - x.first_token > y.end_token - y.first_token;
    });
  });
  // (The token count and the flags' storage in locals: the byte stores
  // below may alias anything, so GCC reloaded them for every token.)
  const size_t n_toks = tokens.size();
  thread_local std::vector<uint8_t> covered_flags;
  covered_flags.assign(n_toks, 0);
  uint8_t* const covered = covered_flags.data();
  for (const Entity& e : *entities) {
    const uint32_t end = static_cast<uint32_t>(std::min<size_t>(e.end_token, n_toks));
    for (uint32_t k = e.first_token; k < end; ++k) covered[k] = 1;
  }
  // Each token's name shape when a TokenFlagsScope keeps them: a capitalized
  // word is shaped like a name, so a 0 rejects a token by one byte.
  const uint8_t* shaped = NameShapes(text, tokens);
  thread_local std::vector<Entity> added;
  added.clear();
  for (uint32_t k = 0; k < n_toks; ++k) {
    k = NextRepeatStart(tokens.data(), shaped, covered, k, static_cast<uint32_t>(n_toks));
    if (k == n_toks) break;
    const std::vector<size_t>* names = by_first.Find(TokenText(text, tokens[k]));
    if (names == nullptr) continue;
    // Not the tail of a longer capitalized name ("Acme" in "Big Acme").
    if (k > 0 && tokens[k - 1].kind == TokenKind::kWord && tokens[k - 1].capitalized && !covered[k - 1] &&
        tokens[k - 1].end == tokens[k].start - 1) {
      continue;
    }
    for (size_t idx : *names) {
      const Entity& src = (*entities)[idx];
      uint32_t n = src.end_token - src.first_token;
      if (k + n > tokens.size()) continue;
      bool same = true;
      for (uint32_t i = 0; i < n && same; ++i) {
        same = !covered[k + i] &&
               TokenText(text, tokens[k + i]) == TokenText(text, tokens[src.first_token + i]);
      }
      if (!same) {
        // "Al Qasr" after "Al Qasr Investment Office", "Brevik" after "Brevik
        // Systems": the words before the name's first cue word.
        n = ShortFormLength(text, tokens, src);
        same = n > 0 && k + n <= tokens.size();
        for (uint32_t i = 0; i < n && same; ++i) {
          same = !covered[k + i] && TokenText(text, tokens[k + i]) == TokenText(text, tokens[src.first_token + i]);
        }
        // (Not when the name's own cue word follows: that is the full name, or another one.)
        if (same && k + n < tokens.size() && (WordFlags(TokenText(text, tokens[k + n])) & (kCueWord | kSuffixWord))) {
          same = false;
        }
        if (!same) continue;
      }
      uint32_t after = k + n;
      // Not the head of a longer capitalized name ("Acme" in "Acme Robotics"),
      // unless a one-word name's full form: "Hanseo Precision said ..." before
      // or after "Hanseo's stock" (up to two more words that name no place,
      // time or person's title).
      bool longer = false;
      if (after < tokens.size() && tokens[after].kind == TokenKind::kWord && tokens[after].capitalized &&
          tokens[after].start == tokens[after - 1].end + 1) {
        if (n != 1 || src.end_token != src.first_token + 1) break;
        constexpr uint32_t kNotPart = kMonthWord | kWeekdayWord | kFunctionWord | kTitleWord | kPlaceWord |
                                      kDemonymWord | kSpeechVerb | kSuffixWord | kGenericWord;
        uint32_t a = after;
        while (a < tokens.size() && a < after + 2 && tokens[a].kind == TokenKind::kWord && tokens[a].capitalized &&
               tokens[a].start == tokens[a - 1].end + 1 && !covered[a] &&
               !(WordFlags(TokenText(text, tokens[a])) & kNotPart) && TokenText(text, tokens[a]) != "Unit") {
          ++a;
        }
        // (The full form ends where the capitalized run ends.)
        if (a == after || (a < tokens.size() && tokens[a].kind == TokenKind::kWord && tokens[a].capitalized &&
                           tokens[a].start == tokens[a - 1].end + 1)) {
          break;
        }
        after = a;
        longer = true;
      }
      Entity& e = added.emplace_back(src);
      if (longer) e.canonical = std::string(text.substr(tokens[k].start, tokens[after - 1].end - tokens[k].start));
      e.first_token = k;
      e.end_token = after;
      e.start = tokens[k].start;
      e.end = tokens[after - 1].end;
      e.possessive = after < tokens.size() && tokens[after].kind == TokenKind::kPossessive;
      for (uint32_t i = k; i < after; ++i) covered[i] = 1;
      k = after - 1;
      break;
    }
  }
  if (added.empty()) return;
  // Merged from the back into the text order (both runs are in it): only the
  // entities after the first added one move, each once; on equal starts the
  // one found before comes first, as in a stable merge.
  std::vector<Entity>& out = *entities;
  size_t v = out.size(), o = added.size();
  out.resize(v + o);
  size_t w = out.size();
  while (o > 0) {
    if (v > 0 && added[o - 1].start < out[v - 1].start) {
      out[--w] = std::move(out[--v]);
    } else {
      out[--w] = std::move(added[--o]);
    }
  }
}

}  // namespace

void AddRepeatedNames(std::string_view text, const std::vector<Token>& tokens, std::vector<Entity>* entities) {
  AddRepeatedNamesWith<WalkTable>(text, tokens, entities);
}

void AddRepeatedNamesByMap(std::string_view text, const std::vector<Token>& tokens, std::vector<Entity>* entities) {
  AddRepeatedNamesWith<MapTable>(text, tokens, entities);
}

}  // namespace dealgraph
