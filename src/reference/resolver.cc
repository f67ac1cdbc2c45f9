// Reference resolution by salience: the subject-like first organization of a
// sentence and the most recent ones are the likeliest referents of "it" and
// "the company"; specific descriptions ("the ChatGPT maker") are looked up in
// the gazetteer's descriptions first.
#include "reference/resolver.h"

#include <algorithm>
#include <array>
#include <string>

namespace dealgraph {
namespace {

// Head nouns of descriptions that can stand for an organization.
constexpr std::array<std::string_view, 34> kHeads = {
    "company",   "firm",      "startup",   "start-up",  "giant",      "maker",        "chipmaker",
    "developer", "lab",       "group",     "provider",  "operator",   "designer",     "manufacturer",
    "business",  "conglomerate", "retailer", "carrier", "investor",   "fund",         "bank",
    "unicorn",   "titan",     "behemoth",  "juggernaut", "player",    "outfit",       "supplier",
    "vendor",    "heavyweight", "rival",   "specialist", "powerhouse", "laboratory"};
// Heads that say nothing beyond "an organization": resolved by salience alone.
constexpr std::array<std::string_view, 6> kGenericHeads = {"company", "firm", "group", "business", "outfit",
                                                           "player"};

template <size_t N>
bool In(const std::array<std::string_view, N>& list, std::string_view s) {
  return std::find(list.begin(), list.end(), s) != list.end();
}

std::string_view Tok(std::string_view lower, const Token& t) { return lower.substr(t.start, t.end - t.start); }

struct Seen {
  std::string canonical;
  std::string parent;
  uint32_t sentence;
  uint32_t token;
  bool first_in_sentence;
};

// Candidates for a reference at (sentence, token): earlier organizations of
// the same sentence (its first one first), then the first and other
// organizations of earlier sentences, most recent first.
std::vector<std::string> SalienceOrder(const std::vector<Seen>& seen, uint32_t sentence, uint32_t token) {
  std::vector<std::string> out;
  auto add = [&](const std::string& name) {
    if (std::find(out.begin(), out.end(), name) == out.end()) out.push_back(name);
  };
  for (const Seen& s : seen) {
    if (s.sentence == sentence && s.token < token && s.first_in_sentence) add(s.canonical);
  }
  for (auto it = seen.rbegin(); it != seen.rend(); ++it) {
    if (it->sentence == sentence && it->token < token) add(it->canonical);
  }
  // Earlier sentences, most recent first; within one, its first organization first.
  for (auto it = seen.rbegin(); it != seen.rend();) {
    if (it->sentence >= sentence) {
      ++it;
      continue;
    }
    uint32_t s = it->sentence;
    auto begin = it;
    while (it != seen.rend() && it->sentence == s) ++it;
    for (auto k = begin; k != it; ++k) {
      if (k->first_in_sentence) add(k->canonical);
    }
    for (auto k = begin; k != it; ++k) add(k->canonical);
    if (out.size() >= 6) break;
  }
  return out;
}

bool IsExpletiveIt(std::string_view lower, const std::vector<Token>& toks, size_t k, size_t end) {
  if (k + 2 >= end) return false;
  std::string_view next = Tok(lower, toks[k + 1]);
  std::string_view after = Tok(lower, toks[k + 2]);
  if (next == "is" || next == "was" || next == "\u2019s" || next == "'s" || next == "remains" ||
      next == "seems" || next == "appears") {
    static constexpr std::array<std::string_view, 16> kAdj = {
        "expected", "likely", "unlikely", "unclear", "clear", "possible", "reported", "understood",
        "believed", "thought", "not", "said", "important", "time", "too", "worth"};
    return In(kAdj, after);
  }
  return next == "has" && after == "been";
}

}  // namespace

std::vector<Mention> ReferenceResolver::Resolve(std::string_view /*text*/, std::string_view lower,
                                                const Segmentation& seg,
                                                const std::vector<Entity>& entities) const {
  std::vector<Mention> out;
  std::vector<Seen> seen;
  const auto& toks = seg.tokens;
  size_t e = 0;  // next organization entity
  auto next_org = [&]() {
    while (e < entities.size() && entities[e].type != EntityType::kOrganization) ++e;
  };
  next_org();
  for (uint32_t si = 0; si < seg.sentences.size(); ++si) {
    const Sentence& sent = seg.sentences[si];
    bool have_first = false;
    for (uint32_t k = sent.first_token; k < sent.end_token; ++k) {
      // Skip entities that start before this token (overlaps).
      while (e < entities.size() && entities[e].first_token < k) {
        ++e;
        next_org();
      }
      if (e < entities.size() && entities[e].first_token == k) {
        const Entity& ent = entities[e];
        Mention m;
        m.kind = MentionKind::kName;
        m.first_token = ent.first_token;
        m.end_token = std::max(ent.end_token, ent.first_token + 1);
        m.sentence = si;
        m.canonical = ent.canonical;
        m.parent = ent.parent;
        m.possessive = ent.possessive;
        seen.push_back({m.canonical, m.parent, si, k, !have_first});
        have_first = true;
        out.push_back(std::move(m));
        k = out.back().end_token - 1;
        ++e;
        next_org();
        continue;
      }
      std::string_view w = Tok(lower, toks[k]);
      if (toks[k].kind != TokenKind::kWord) continue;
      if (w == "it" || w == "its" || w == "itself") {
        if (w == "it" && IsExpletiveIt(lower, toks, k, sent.end_token)) continue;
        std::vector<std::string> cands = SalienceOrder(seen, si, k);
        if (cands.empty()) continue;
        Mention m;
        m.kind = MentionKind::kPronoun;
        m.first_token = k;
        m.end_token = k + 1;
        m.sentence = si;
        m.canonical = cands[0];
        if (const OrgInfo* info = gazetteer_->Find(m.canonical)) m.parent = info->parent;
        m.possessive = (w == "its");
        m.alternatives.assign(cands.begin() + 1, cands.end());
        seen.push_back({m.canonical, m.parent, si, k, !have_first});
        have_first = true;
        out.push_back(std::move(m));
        continue;
      }
      if (w != "the") continue;
      // "the" + up to three modifiers + a head noun.
      uint32_t head = 0;
      for (uint32_t j = k + 1; j < sent.end_token && j <= k + 4; ++j) {
        if (toks[j].kind != TokenKind::kWord && TokenText(lower, toks[j]) != "-") break;
        if (In(kHeads, Tok(lower, toks[j]))) head = j;
      }
      if (head == 0) continue;
      // A name right after the head makes it an apposition ("the startup Wiz"): the name speaks.
      if (head + 1 < sent.end_token && e < entities.size() && entities[e].first_token == head + 1) continue;
      std::string phrase;
      for (uint32_t j = k + 1; j <= head; ++j) {
        if (!phrase.empty() && toks[j].space_before) phrase += ' ';
        phrase += Tok(lower, toks[j]);
      }
      std::string_view head_word = Tok(lower, toks[head]);
      bool possessive = head + 1 < sent.end_token && toks[head + 1].kind == TokenKind::kPossessive;
      std::vector<std::string> cands = SalienceOrder(seen, si, k);
      // Specific descriptions: prefer organizations described so in the gazetteer.
      if (!In(kGenericHeads, head_word)) {
        std::vector<std::string> described;
        for (const std::string& c : cands) {
          const OrgInfo* info = gazetteer_->Find(c);
          if (info && std::find(info->descriptions.begin(), info->descriptions.end(), phrase) !=
                          info->descriptions.end()) {
            described.push_back(c);
          }
        }
        if (described.empty()) {
          // Not yet named in the text: a description unique in the gazetteer.
          const OrgInfo* unique = nullptr;
          int count = 0;
          for (const OrgInfo& info : gazetteer_->orgs()) {
            if (std::find(info.descriptions.begin(), info.descriptions.end(), phrase) != info.descriptions.end()) {
              unique = &info;
              ++count;
            }
          }
          if (count == 1 && phrase.find(' ') != std::string::npos) described.push_back(unique->canonical);
        }
        for (auto it = described.rbegin(); it != described.rend(); ++it) {
          cands.erase(std::remove(cands.begin(), cands.end(), *it), cands.end());
          cands.insert(cands.begin(), *it);
        }
      }
      if (cands.empty()) continue;
      Mention m;
      m.kind = MentionKind::kDescription;
      m.first_token = k;
      m.end_token = head + 1;
      m.sentence = si;
      m.canonical = cands[0];
      if (const OrgInfo* info = gazetteer_->Find(m.canonical)) m.parent = info->parent;
      m.possessive = possessive;
      m.alternatives.assign(cands.begin() + 1, cands.end());
      seen.push_back({m.canonical, m.parent, si, k, !have_first});
      have_first = true;
      out.push_back(std::move(m));
      k = head;
    }
  }
  return out;
}

}  // namespace dealgraph
