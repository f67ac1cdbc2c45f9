// Slot finding shared by the frame rules: who is the subject of a trigger,
// which names follow a preposition, which amount and asset belong to it.
#include <algorithm>
#include <array>

#include "deals/context.h"
#include "segment/word_list.h"

namespace dealgraph {
namespace {

// (A WordList: most words asked about fail its first-byte-and-length filter.)
constexpr WordList<23> kPrepositions(std::array<std::string_view, 23>{
    "with", "of", "from", "to", "for", "by", "in", "into", "at", "between", "on", "among",
    "including", "about", "over", "against", "than", "like", "via", "across", "beyond", "versus", "alongside"});

// Goods words too vague to name the asset when the supplier's trade does.
constexpr std::array<std::string_view, 13> kWeakGoods = {"compute", "computing", "capacity", "gigawatts", "gigawatt",
                                                         "megawatts", "megawatt", "power", "energy", "electricity",
                                                         "services", "systems", "output"};

// Words that may stand between a preposition and the name it governs:
// determiners, adjectives and descriptors ("in AI startup Anthropic").
bool Skippable(const DocContext& doc, uint32_t k) {
  const Token& t = doc.seg().tokens[k];
  if (t.kind == TokenKind::kPunct) return false;
  if (t.kind == TokenKind::kPossessive) return true;
  WordView w = doc.W(k);
  if (w == "and" || w == "or" || w == "which" || w == "that" || w == "who" || w == "since" || w == "as" ||
      w == "when" || w == "while" || w == "after" || w == "before" || w == "because" || w == "then" || w == "if" ||
      w == "but" || w == "so" || w == "own" || w == "whose" || w == "wherever" || w == "whenever") {
    return false;
  }
  if (kPrepositions.Contains(w)) return false;
  const TriggerWord* trigger = doc.TriggerAt(k);
  // "existing backers Lightspeed"; "the pension fund Northmoor Capital": a
  // noun right before a name describes it.
  // ("contract chipmaker Tower Semiconductor": one more describing word first.)
  auto name_follows = [&] {
    if (doc.MentionAt(k + 1)) return true;
    const auto& toks = doc.seg().tokens;
    return k + 2 < toks.size() && toks[k + 1].kind == TokenKind::kWord && !toks[k + 1].capitalized &&
           !doc.TriggerAt(k + 1) && doc.MentionAt(k + 2);
  };
  return !trigger || trigger->frame == Frame::kBacker ||
         ((trigger->form == Form::kNoun || trigger->frame == Frame::kFund) && name_follows());
}


// A title after a company's name: the name is a person's employer ("GitHub CEO Nat Friedman").
// A word that opens a relative clause (", under which X will ...", ", whose parent ...").
bool IsRelativeWord(WordView w) {
  return w == "which" || w == "whom" || w == "whose" || w == "who" || w == "that" || w == "where";
}

bool IsTitleAfterName(std::string_view w) {
  return w == "ceo" || w == "chief" || w == "founder" || w == "co-founder" || w == "cofounder" || w == "president" ||
         w == "chairman" || w == "executive";
}

}  // namespace

void AddUnique(std::vector<const Mention*>& out, const Mention* m) {
  for (const Mention* x : out) {
    if (x == m || x->canonical == m->canonical) return;
  }
  out.push_back(m);
}

const Mention* DocContext::ArmOwnerAfterAnd(uint32_t k, uint32_t limit) const {
  if (k + 3 >= limit || words_[k] != "and") return nullptr;
  return ArmOwnerAt(k + 1, limit);
}

const Mention* DocContext::ArmOwnerAt(uint32_t k, uint32_t limit) const {
  if (k + 2 >= limit || words_[k] != "the") return nullptr;
  uint32_t a = k + 1;
  while (a < limit && a < k + 4 &&
         (words_[a] == "corporate" || words_[a] == "venture" || words_[a] == "investment" || words_[a] == "capital")) {
    ++a;
  }
  if (a + 2 >= limit || words_[a] != "arm" || words_[a + 1] != "of") return nullptr;
  // ("the investment arm of automaker Y", "of the carmaker Y": the owner's trade before its name.)
  uint32_t o = a + 2;
  if (o + 1 < limit && words_[o] == "the" && !MentionAt(o)) ++o;
  // ("of Japanese IT services group Y": up to four describing words.)
  for (uint32_t d = 0;
       d < 4 && o + 1 < limit && !MentionAt(o) && seg_.tokens[o].kind == TokenKind::kWord && Skippable(*this, o);
       ++d) {
    ++o;
  }
  const Mention* owner = MentionAt(o);
  return owner && !owner->possessive && owner->first_token == o ? owner : nullptr;
}

bool DocContext::VerbFollows(const Mention& m) const {
  if (m.end_token >= words_.size()) return false;
  std::string_view v = words_[m.end_token];
  const TriggerWord* verb = TriggerAt(m.end_token);
  // ("bought Y and Z withdrew its offer", "and Z later said": verbs and
  // adverbs that no list member is followed by.)
  return (verb && (verb->form == Form::kPast || verb->form == Form::kPresent)) || v == "agreed" || v == "agrees" ||
         v == "has" || v == "is" || v == "was" || v == "had" || v == "will" || v == "would" || v == "withdrew" ||
         v == "abandoned" || v == "dropped" || v == "walked" || v == "rejected" || v == "pulled" ||
         v == "scrapped" || v == "terminated" || v == "later" || v == "then" ||
         // ("led by X, Axios Pro reported": the source of the report.)
         v == "reported" || v == "reports" || v == "said" || v == "says" || v == "wrote" || v == "writes";
}

bool DocContext::IsPreposition(uint32_t k) const {
  return kPrepositions.Contains(W(k));
}

bool DocContext::Subordinator(uint32_t k) const {
  const WordEntry* e = lexicon_.Word(W(k));
  return e != nullptr && (e->classes & kSubordinator) != 0;
}

std::vector<const Mention*> DocContext::ListAt(uint32_t k, uint32_t limit, uint32_t skip) const {
  std::vector<const Mention*> out;
  uint32_t end = std::min<uint32_t>(limit, static_cast<uint32_t>(words_.size()));
  // Up to `skip` descriptor words before the first name, and an apposition
  // comma after them ("with three equipment makers, Kelderwick Power, ...").
  uint32_t j = k;
  while (j < end && !MentionAt(j) && (skip > 0 || seg_.tokens[j].kind == TokenKind::kPossessive) &&
         Skippable(*this, j)) {
    // ("Singapore's sovereign wealth fund GIC": the possessive mark costs nothing.)
    // ("led by the California public pension fund CalPERS": nor does the article.)
    const bool article = j == k && (words_[j] == "the" || words_[j] == "a" || words_[j] == "an");
    if (seg_.tokens[j].kind != TokenKind::kPossessive && !article) --skip;
    ++j;
  }
  // "the car electronics and audio maker Harman": "and" inside a description
  // that ends right before a name.
  if (j > k && j + 2 < end && words_[j] == "and" && !MentionAt(j + 1)) {
    uint32_t a = j + 1;
    while (a < end && a < j + 4 && !MentionAt(a) && Skippable(*this, a)) ++a;
    if (a < end && a > j + 1 && MentionAt(a) && seg_.tokens[a - 1].kind == TokenKind::kWord &&
        !seg_.tokens[a - 1].capitalized) {
      j = a;
    }
  }
  if (j > k && j + 1 < end && words_[j] == "," && MentionAt(j + 1)) {
    // ("from unnamed investors, Axios Charlotte reported": the source after
    // the comma, no apposition.)
    uint32_t after = MentionAt(j + 1)->end_token;
    while (after < words_.size() && after < MentionAt(j + 1)->end_token + 2 && seg_.tokens[after].capitalized &&
           seg_.tokens[after].kind == TokenKind::kWord && !MentionAt(after)) {
      ++after;  // ("Axios Charlotte": an outlet's edition)
    }
    if (after < words_.size() && (words_[after] == "reported" || words_[after] == "reports" ||
                                  words_[after] == "said" || words_[after] == "says" || words_[after] == "wrote")) {
      return {};
    }
    ++j;
  }
  // ("to Czech billionaire Daniel Kretinsky's EPEI": a person's company, past
  // the person's name and its possessive.)
  if (j < end && !MentionAt(j) && seg_.tokens[j].capitalized) {
    uint32_t p = j;
    while (p < end && p < j + 3 && !MentionAt(p) && seg_.tokens[p].capitalized &&
           seg_.tokens[p].kind == TokenKind::kWord) {
      ++p;
    }
    if (p > j && p + 1 < end && seg_.tokens[p].kind == TokenKind::kPossessive && MentionAt(p + 1) &&
        MentionAt(p + 1)->first_token == p + 1) {
      j = p + 1;
    }
  }
  // ("with funds managed by Blue Owl Capital": the manager of the funds.)
  if (j + 3 < end && !MentionAt(j) && (words_[j] == "funds" || words_[j] == "fund" || words_[j] == "vehicles" ||
                                       words_[j] == "entities" || words_[j] == "affiliates") &&
      (words_[j + 1] == "managed" || words_[j + 1] == "advised" || words_[j + 1] == "controlled") &&
      words_[j + 2] == "by" && MentionAt(j + 3)) {
    j += 3;
  }
  // ("from U.S.-based Rackwell Systems": a place named like a government says
  // where the company is.)
  if (j < end && MentionAt(j) && MentionAt(j)->first_token == j) {
    const uint32_t e = MentionAt(j)->end_token;
    if (e + 2 < end && words_[e] == "-" && words_[e + 1] == "based" && MentionAt(e + 2)) j = e + 2;
  }
  // ("with Chiang Mai-based Lanna GPU Cloud": a place of capitalized words before "-based".)
  for (uint32_t q = j; q + 1 < end && q < j + 3 && !MentionAt(j) && seg_.tokens[q].capitalized; ++q) {
    const std::string_view w = words_[q];
    if (w.ends_with("-based") && MentionAt(q + 1)) {
      j = q + 1;
      break;
    }
  }
  while (j < end) {
    const Mention* m = MentionAt(j);
    if (!m) break;
    // "its acquisition of Arm server-chip designer Ampere Computing", "by
    // Canva rival Pixmor": a name before the trade of the one after it
    // describes that one.
    if (out.empty() && !m->possessive && m->end_token + 1 < end) {
      uint32_t a = m->end_token;
      while (a < end && a < m->end_token + 3 && !MentionAt(a) && seg_.tokens[a].kind == TokenKind::kWord &&
             !seg_.tokens[a].capitalized && words_[a] != "and" && !IsPreposition(a)) {
        ++a;
      }
      const std::string_view trade = a > m->end_token ? std::string_view(words_[a - 1]) : std::string_view();
      if (a < end && MentionAt(a) && MentionAt(a)->first_token == a &&
          (trade == "designer" || trade == "maker" || trade == "developer" || trade == "provider" ||
           trade == "operator" || trade == "supplier" || trade == "start-up" || trade == "startup" ||
           trade == "specialist" || trade == "chipmaker" || trade == "manufacturer" || trade == "vendor" ||
           trade == "rival" || trade == "competitor")) {
        j = a;
        continue;
      }
    }
    // "former GitHub CEO Nat Friedman": a person's employer is no list member.
    if (m->end_token < end && IsTitleAfterName(words_[m->end_token])) break;
    // "in the group, the Mombasa Business Journal reported": the source of the report.
    if (!out.empty() && m->end_token < words_.size()) {
      // ("completed its merger with Y and Z absorbed W": the subject of a
      // clause of its own; a speech verb after it is one too.)
      if (VerbFollows(*m)) break;
    }
    // "Saudi Arabia's Kingdom Holding": a possessive name before another name modifies it.
    if (m->possessive && m->end_token + 1 < end && words_[m->end_token] == "'s" && MentionAt(m->end_token + 1)) {
      // (But "Constellation Energy's Clinton nuclear plant": a named site belongs to the owner.)
      const Mention* owned = MentionAt(m->end_token + 1);
      bool site = false;
      for (uint32_t a = owned->end_token; a < end && a < owned->end_token + 3 && !site; ++a) {
        std::string_view w = words_[a];
        site = w == "plant" || w == "reactor" || w == "campus" || w == "site" || w == "factory" || w == "fab" ||
               w == "facility" || w == "station" || w == "mine" || w == "project" || w == "park" ||
               w == "fund" || w == "funds" || w == "vehicle";  // ("EQT's Active Core Infrastructure fund")
      }
      // ("CommScope's Connectivity and Cable Solutions business": a unit the
      // gazetteer does not know is named by its owner.)
      if (!site && !gazetteer_.Find(owned->canonical)) {
        uint32_t a = owned->end_token;
        while (a < end && a < owned->end_token + 6 &&
               (MentionAt(a) || words_[a] == "and" || words_[a] == "&" ||
                (seg_.tokens[a].kind == TokenKind::kWord && seg_.tokens[a].capitalized))) {
          ++a;
        }
        std::string_view w = a < end ? words_[a] : "";
        site = w == "business" || w == "unit" || w == "division" || w == "segment" || w == "operations" ||
               w == "subsidiary" || w == "arm";
      }
      if (!site) {
        j = m->end_token + 1;
        continue;
      }
      AddUnique(out, m);
      break;
    }
    // "and Quorvia's own venture arm, Quorvia Ventures,", "MTN's fintech unit,
    // MoMo": the unit named in apposition; "Bethesda's parent, ZeniMax Media":
    // the owner so named.
    if (m->possessive && m->kind == MentionKind::kName && m->end_token + 3 < end && words_[m->end_token] == "'s") {
      auto unit_noun = [&](uint32_t q) {
        const std::string_view w = words_[q];
        return w == "arm" || w == "fund" || w == "unit" || w == "division" || w == "subsidiary" || w == "parent" ||
               w == "owner";
      };
      uint32_t a = m->end_token + 1;
      while (a < end && a < m->end_token + 5 && !MentionAt(a) && seg_.tokens[a].kind == TokenKind::kWord &&
             !seg_.tokens[a].capitalized && !unit_noun(a)) {
        ++a;
      }
      if (a + 2 < end && unit_noun(a) &&
          words_[a + 1] == "," && MentionAt(a + 2) && MentionAt(a + 2)->first_token == a + 2 &&
          MentionAt(a + 2)->kind == MentionKind::kName && !MentionAt(a + 2)->possessive) {
        j = a + 2;
        continue;
      }
    }
    // "SK Telecom's chip unit Sapeon": the unit named after its description.
    if (m->possessive && m->kind == MentionKind::kName && m->end_token + 2 < end && words_[m->end_token] == "'s") {
      uint32_t a = m->end_token + 1;
      while (a < end && a < m->end_token + 4 && !MentionAt(a) && seg_.tokens[a].kind == TokenKind::kWord &&
             !seg_.tokens[a].capitalized) {
        ++a;
      }
      const std::string_view unit = a > m->end_token + 1 ? words_[a - 1] : "";
      if (a < end && MentionAt(a) && MentionAt(a)->first_token == a && !MentionAt(a)->possessive &&
          (unit == "unit" || unit == "division" || unit == "subsidiary" || unit == "arm" || unit == "business" ||
           // ("Jeff Bezos's investment firm Bezos Expeditions")
           unit == "firm" || unit == "fund" || unit == "vehicle" || unit == "office")) {
        j = a;
        continue;
      }
    }
    // "its owner, the pension fund Northmoor Capital": the apposition names it.
    if (out.empty() && m->kind != MentionKind::kName && m->possessive) {
      uint32_t c = m->end_token;
      while (c < end && c < m->end_token + 4 && words_[c] != "," && seg_.tokens[c].kind == TokenKind::kWord) ++c;
      if (c < end && words_[c] == ",") {
        std::vector<const Mention*> appo = ListAt(c + 1, end, 3);
        if (!appo.empty() && appo[0]->kind == MentionKind::kName) return appo;
      }
    }
    // "from its existing investors X and Y": the owner's pronoun, then the
    // names; "backed by its management": people, not the pronoun's owner.
    if (out.empty() && m->kind == MentionKind::kPronoun && m->possessive && m->end_token < end &&
        seg_.tokens[m->end_token].kind == TokenKind::kWord && words_[m->end_token] != "own") {
      uint32_t a = m->end_token;
      while (a < end && a < m->end_token + 3 && !MentionAt(a) && Skippable(*this, a)) ++a;
      if (a > m->end_token && a < end && MentionAt(a) && MentionAt(a)->kind == MentionKind::kName) {
        j = a;
        continue;
      }
      std::string_view who = words_[m->end_token];
      // (Also "from its existing shareholders": other owners, unnamed.)
      std::string_view last = words_[a - 1];
      if (who == "management" || who == "founders" || who == "founder" || who == "employees" || who == "staff" ||
          who == "executives" || who == "team" || who == "family" || who == "leadership" ||
          last == "shareholders" || last == "investors" || last == "backers" || last == "owners" ||
          last == "lenders" || last == "creditors" || last == "partners" || last == "parent") {
        break;
      }
    }
    // "in Anthropic, OpenAI's rival": a possessive modifies what follows;
    // "and Microsoft up to $5 billion": a gapped clause, not a list member.
    if (!out.empty() && (m->possessive || (m->end_token < words_.size() && MoneyAt(m->end_token)))) break;
    AddUnique(out, m);
    j = m->end_token;
    if (j < end && words_[j] == "'s") ++j;
    // ", X", ", and X", "and X", "& X", "as well as X", "or X"
    uint32_t next = j;
    // "Rapidus, the Tokyo-based start-up": an apposition ends the list.
    // (", the OpenAI Startup Fund and ...": a name right after "the" is a member.)
    if (next + 1 < end && words_[next] == "," &&
        (words_[next + 1] == "the" || words_[next + 1] == "a" || words_[next + 1] == "an") &&
        !(words_[next + 1] == "the" && next + 2 < end && MentionAt(next + 2) &&
          MentionAt(next + 2)->kind == MentionKind::kName)) {
      // "from X, the venture arm of trading house Y, and logistics group Z":
      // the list goes on after the apposition's closing comma and "and".
      uint32_t c = next + 2;
      while (c < end && c < next + 14 && words_[c] != ",") ++c;
      if (c + 2 < end && words_[c] == "," && words_[c + 1] == "and") {
        uint32_t q = c + 2;
        for (uint32_t d = 0; d < 3 && q < end && !MentionAt(q) && seg_.tokens[q].kind == TokenKind::kWord &&
                             !seg_.tokens[q].capitalized && !IsPreposition(q);
             ++d) {
          ++q;
        }
        // ("..., and South Korea's HD Hyundai": a place's possessive before the name.)
        for (uint32_t p = q; q == c + 2 && p < end && p < q + 2 && seg_.tokens[p].capitalized; ++p) {
          if (const Mention* place = MentionAt(p); place && !place->possessive) break;
          if (p + 2 < end && seg_.tokens[p + 1].kind == TokenKind::kPossessive && MentionAt(p + 2)) {
            q = p + 2;
            break;
          }
        }
        if (q < end && MentionAt(q) && MentionAt(q)->first_token == q && !MentionAt(q)->possessive &&
            MentionAt(q)->kind == MentionKind::kName) {
          j = q;
          continue;
        }
      }
      break;
    }
    if (next < end && words_[next] == ",") ++next;
    // ("A, B and C plus new investors D and E")
    if (next < end && (words_[next] == "and" || words_[next] == "&" || words_[next] == "or" || words_[next] == "plus")) {
      ++next;
    }
    if (next + 2 < end && words_[next] == "as" && words_[next + 1] == "well" && words_[next + 2] == "as") next += 3;
    if (next == j) break;
    // "and the Pennine Infrastructure Fund", "and existing backer Fjordline Growth",
    // "and Osaka-based Tsurumi Energy".
    auto place_modifier = [&](uint32_t q) {
      std::string_view w = words_[q];
      auto ends = [&](std::string_view suffix) {
        return w.size() > suffix.size() && w.substr(w.size() - suffix.size()) == suffix;
      };
      return ends("-based") || ends("-listed");
    };
    // (", whose parent Pellworth Group ...": a relative clause, not a list.)
    if (next < end && (words_[next] == "whose" || words_[next] == "which" || words_[next] == "who")) break;
    // (", under which Y will ...": a relative clause names its own subject.)
    // (", provided Y licenses ...": a condition with a verb is no list member.)
    const uint32_t after_separator = next;
    auto clause_word = [&](uint32_t q) {
      const TriggerWord* t = TriggerAt(q);
      std::string_view w = words_[q];
      // (", outbidding Y": a rival beaten, no member; ", valuing the company
      // at $38 billion": a participle opens a clause of its own.)
      if (q == after_separator && words_[q - 1] == "," && w.size() > 5 && w.ends_with("ing") && w != "existing" &&
          w != "leading" && w != "founding" && w != "remaining" && w != "operating") {
        return true;
      }
      return (t && (t->form == Form::kPast || t->form == Form::kPresent || t->form == Form::kIng)) ||
             w == "provided" || w == "if" || w == "unless" || w == "while" || w == "although" || w == "when" ||
             w == "outbidding" || w == "beating" || w == "topping" || w == "trumping" || w == "overtaking" ||
             w == "replacing" || w == "displacing" || w == "besting";
    };
    // ("and the Norwegian state-backed fund Vekstfondet": a capitalized adjective
    // before lower-case words of the description.)
    // ("and the Abu Dhabi fund Al Reem Ventures": a place of two words.)
    const uint32_t first = next;
    auto capitalized_adjective = [&](uint32_t q) {
      auto article = [&](uint32_t a) { return words_[a] == "the" || words_[a] == "a" || words_[a] == "an"; };
      auto lower_word = [&](uint32_t a) {
        return a < end && seg_.tokens[a].kind == TokenKind::kWord && !seg_.tokens[a].capitalized && !MentionAt(a);
      };
      if (q <= j || q + 1 >= end) return false;
      // ("and Gulf sovereign investor Safa Holdings": a place word right after
      // the conjunction, before lower-case words of the description.)
      if (q == first && (words_[q - 1] == "and" || words_[q - 1] == ",") && lower_word(q + 1)) return true;
      if (article(q - 1)) {
        return lower_word(q + 1) ||
               (q + 2 < end && seg_.tokens[q + 1].capitalized && !MentionAt(q + 1) && lower_word(q + 2));
      }
      return q > j + 1 && article(q - 2) && seg_.tokens[q - 1].capitalized && lower_word(q + 1);
    };
    // (Four words of description, an article before them not counted: "and
    // the French public investment bank Bpifrance".)
    for (uint32_t d = 0; d < 4 && next < end && !MentionAt(next) && seg_.tokens[next].kind == TokenKind::kWord &&
                         (!seg_.tokens[next].capitalized || place_modifier(next) || capitalized_adjective(next)) &&
                         !IsPreposition(next) && !IsRelativeWord(WordView(words_[next])) && !clause_word(next);
         ++next) {
      if (next != first || (words_[next] != "the" && words_[next] != "a" && words_[next] != "an")) ++d;
    }
    if (next >= end || !MentionAt(next)) break;
    j = next;
  }
  return out;
}

std::vector<const Mention*> DocContext::AfterPrep(uint32_t k, std::initializer_list<std::string_view> preps,
                                                  uint32_t window) const {
  uint32_t end = std::min(ClauseEnd(k), k + 1 + window);
  for (uint32_t j = k + 1; j < end; ++j) {
    // "servers packed with Nvidia chips": what the goods hold, not a party.
    if (words_[j] == "with" && (words_[j - 1] == "packed" || words_[j - 1] == "equipped" ||
                                words_[j - 1] == "loaded" || words_[j - 1] == "powered" ||
                                words_[j - 1] == "fitted" || words_[j - 1] == "filled")) {
      continue;
    }
    for (std::string_view p : preps) {
      if (words_[j] == p) {
        std::vector<const Mention*> list = ListAt(j + 1, ClauseEnd(k));
        if (!list.empty()) return list;
      }
    }
  }
  return {};
}

// The name that a description in apposition holding `m` describes, when
// the description closes with a comma before k: "X, the start-up founded by
// former Y technology chief Z, has closed" gives X for m = Y; else nullptr.
template <typename Governed>
const Mention* AppositionHead(const DocContext& doc, const Mention& m, uint32_t k, const Governed& governed) {
  uint32_t close = m.end_token;
  while (close < k && doc.W(close) != ",") ++close;
  if (close >= k) return nullptr;
  const uint32_t first = doc.seg().sentences[doc.SentenceOf(m.first_token)].first_token;
  for (uint32_t o = m.first_token; o-- > first + 1 && m.first_token - o < 14;) {
    if (doc.MentionAt(o) || doc.MoneyAt(o)) return nullptr;
    if (doc.W(o) != ",") continue;
    WordView opener = doc.W(o + 1);
    if (opener != "the" && opener != "a" && opener != "an") return nullptr;
    const Mention* head = doc.MentionAt(o - 1);
    return head && !head->possessive && head->kind == MentionKind::kName && !governed(head) ? head : nullptr;
  }
  return nullptr;
}

// "To serve Fenwick, Orrin will buy ...": token j lies in an infinitive of
// purpose that opens its sentence and closes with a comma.
bool InOpeningPurpose(const DocContext& doc, uint32_t j) {
  const Sentence& s = doc.seg().sentences[doc.SentenceOf(j)];
  if (s.first_token + 2 >= s.end_token || doc.W(s.first_token) != "to") return false;
  for (uint32_t c = s.first_token + 1; c < s.end_token && c < s.first_token + 12; ++c) {
    if (doc.W(c) == ",") return j < c;
  }
  return false;
}

std::vector<const Mention*> DocContext::Agent(uint32_t k) const {
  uint32_t begin = ClauseBegin(k);
  // "Talks to acquire Israeli start-up X broke down in June": talks with no
  // one named are the article's own company's.
  {
    const uint32_t first = seg_.sentences[SentenceOf(k)].first_token;
    if (k == first + 2 && words_[first + 1] == "to" &&
        (words_[first] == "talks" || words_[first] == "negotiations" || words_[first] == "discussions") &&
        topic_ != nullptr) {
      return {topic_};
    }
  }
  // "X teamed up with Y to buy Z", "X partnered with Y to acquire Z", "...
  // and with W to acquire V": the subject and the partner act together.
  if (k >= begin + 4 && words_[k - 1] == "to") {
    const Mention* partner = MentionAt(k - 2);
    if (partner && partner->end_token == k - 1 && !partner->possessive && partner->first_token >= 2 &&
        words_[partner->first_token - 1] == "with") {
      uint32_t w = partner->first_token - 1;  // "with"
      // ("... by teaming up with EQT to buy Lumos and with KKR to acquire Metronet")
      if (w >= 1 && words_[w - 1] == "and") {
        for (uint32_t q = w - 1; q-- > begin && w - q < 16;) {
          if (words_[q] == "with" && q >= 2 && (words_[q - 1] == "up" || words_[q - 1] == "forces")) {
            w = q;
            break;
          }
        }
      }
      uint32_t verb = w;
      if (verb >= 2 && (words_[verb - 1] == "up" || words_[verb - 1] == "forces")) --verb;
      const std::string_view v = verb >= 1 ? std::string_view(words_[verb - 1]) : std::string_view();
      const bool joined = (verb < w && (v == "teamed" || v == "teaming" || v == "teams" || v == "team" ||
                                        v == "joined" || v == "joining" || v == "join" || v == "joins")) ||
                          (verb == w && (v == "partnered" || v == "partnering" || v == "partners"));
      if (joined && verb >= begin + 2) {
        std::vector<const Mention*> subject = Agent(verb - 1);
        if (!subject.empty() && !subject[0]->possessive && subject[0]->canonical != partner->canonical) {
          subject.resize(1);
          subject.push_back(partner);
          return subject;
        }
      }
    }
  }
  auto take = [&](uint32_t j) -> std::vector<const Mention*> {
    // j is inside a mention; collect it with coordinated names before it.
    const Mention* m = MentionAt(j);
    std::vector<const Mention*> out = {m};
    uint32_t p = m->first_token;
    // ("NVentures, Nvidia's venture capital arm, and Novo Holdings co-led":
    // the first member's apposition ends at the comma before "and", which
    // opened no clause of its own.)
    if (p == begin + 1 && words_[begin] == "and" && begin >= 4 && words_[begin - 1] == ",") {
      const uint32_t first = seg_.sentences[SentenceOf(begin)].first_token;
      for (uint32_t c = begin - 2; c > first && begin - c < 16; --c) {
        if (words_[c] != ",") {
          // ("the venture arm of Nvidia": a name governed inside it.)
          const Mention* inside = MentionAt(c);
          if (inside && !inside->possessive && (inside->first_token == 0 || !IsPreposition(inside->first_token - 1))) {
            break;
          }
          continue;
        }
        const Mention* head = MentionAt(c - 1);
        const Mention* owner = MentionAt(c + 1);
        const bool apposition = words_[c + 1] == "the" || words_[c + 1] == "a" || words_[c + 1] == "an" ||
                                (owner && owner->possessive && owner->kind == MentionKind::kName);
        if (head && !head->possessive && apposition &&
            (head->first_token == first || words_[head->first_token - 1] == "," ||
             words_[head->first_token - 1] == "and")) {
          out.insert(out.begin(), head);
        }
        break;
      }
    }
    while (p >= begin + 2) {
      // "..., Taiwan's Delta Electronics and InterAlpha Asia": a possessive
      // before a member says where it is from.
      if (words_[p - 1] == "'s" && p >= begin + 3) {
        const Mention* owner = MentionAt(p - 2);
        if (owner && owner->possessive && owner->first_token > begin) p = owner->first_token;
      }
      // "Lindgren Telecom and French AI developer Arcwell AI": descriptor words
      // between the conjunction and the name.
      uint32_t d = p;
      // "and existing backer Sable Peak", ", Indian conglomerate Bharti Enterprises and".
      auto descriptor = [&](uint32_t j) {
        // (", under which X": a relative clause starts.)
        if (IsRelativeWord(WordView(words_[j]))) return false;
        // ("X, the company backed by Y, said it had raised": a speech verb.)
        const WordView v(words_[j]);
        if (v == "said" || v == "says" || v == "confirmed" || v == "announced" || v == "told") return false;
        const TriggerWord* t = TriggerAt(j);
        // ("and investment firm KKR": a deal noun modifying the trade.)
        bool modifier = t && t->form == Form::kNoun && j + 1 < words_.size() && !MentionAt(j + 1) &&
                        seg_.tokens[j + 1].kind == TokenKind::kWord && !IsPreposition(j + 1) && !TriggerAt(j + 1);
        return !t || t->frame == Frame::kBacker || modifier;
      };
      while (d > begin + 2 && p - d < 4 && !MentionAt(d - 1) && seg_.tokens[d - 1].kind == TokenKind::kWord &&
             words_[d - 1] != "and" && !IsPreposition(d - 1) && descriptor(d - 1)) {
        --d;
      }
      if (d < p && (words_[d - 1] == "and" || words_[d - 1] == "&" || words_[d - 1] == ",")) p = d;
      uint32_t q = p - 1;
      if (words_[q] == "and" || words_[q] == "&" || words_[q] == ",") {
        uint32_t r = q - 1;
        if (words_[r] == "," && r > begin) --r;
        const Mention* prev = MentionAt(r);
        // ("To serve it, Y has agreed": a pronoun before a comma ends a phrase of its own.)
        // ("To serve Fenwick, Orrin will buy": the purpose's object, likewise.)
        const bool pronoun_phrase = prev && words_[q] == "," &&
                                    (prev->kind == MentionKind::kPronoun || InOpeningPurpose(*this, prev->first_token));
        // ("led by funds managed by X, and Canada's Y secured ...": a name
        // after a preposition is that phrase's, not a second subject.)
        const bool prep_object = prev && words_[q] == "and" && words_[q - 1] == "," && prev->first_token > begin &&
                                 IsPreposition(prev->first_token - 1);
        // ("Across the Tasman, the Australian government signed": an opening
        // phrase's object before the comma.)
        const uint32_t pf = prev ? prev->first_token : 0;
        const uint32_t prep = pf > 1 && words_[pf - 1] == "the" ? pf - 2 : pf - 1;
        // ("Rebuffed at SSI, Meta instead put ...": a participle's phrase too.)
        const uint32_t opens = seg_.sentences[SentenceOf(pf)].first_token;
        bool opening_phrase =
            prev && words_[q] == "," && pf > 0 && IsPreposition(prep) &&
            (prep == opens || (prep == opens + 1 && words_[opens].size() > 4 && words_[opens].ends_with("ed")));
        // ("Founded in 2023 by former researchers from Google DeepMind and
        // Meta, Halcyne raised ...": the comma that closes an opening
        // participle's phrase.)
        if (prev && !opening_phrase && words_[q] == "," && words_[opens].size() > 4 && words_[opens].ends_with("ed") &&
            seg_.tokens[opens].capitalized && !MentionAt(opens)) {
          bool first_comma = true;
          for (uint32_t c = opens + 1; c < q && first_comma; ++c) first_comma = words_[c] != ",";
          opening_phrase = first_comma;
        }
        // ("In late October, as part of a restructuring of its relationship
        // with Microsoft, OpenAI contracted to ...": any phrase's object
        // before the comma, when the name after it goes straight to its verb.)
        const bool phrase_object = prev && out.size() == 1 && words_[q] == "," && pf > 0 && IsPreposition(prep) &&
                                   m->end_token < words_.size() && words_[m->end_token] != "," &&
                                   words_[m->end_token] != "and" && words_[m->end_token] != "&";
        if (prev && !prev->possessive && !pronoun_phrase && !prep_object && !opening_phrase && !phrase_object) {
          out.insert(out.begin(), prev);
          p = prev->first_token;
          continue;
        }
      }
      break;
    }
    // ... and coordinated names after it, up to the trigger: "X and Y agreed to merge".
    uint32_t q = m->end_token;
    while (q + 1 < k && (words_[q] == "and" || words_[q] == "&" || words_[q] == ",")) {
      uint32_t r = q + 1;
      if (words_[q] == "," && r < k && words_[r] == "and") ++r;
      const Mention* next = r < k ? MentionAt(r) : nullptr;
      if (!next || next->possessive || next->first_token != r) break;
      out.push_back(next);
      q = next->end_token;
    }
    return out;
  };
  // ("The year opened with X and Y having just completed their acquisition
  // of Z": the names after "with" before "having" act.)
  for (uint32_t j = begin + 2; j < k; ++j) {
    if (words_[j] != "having") continue;
    const Mention* last = MentionAt(j - 1);
    if (!last || last->possessive || last->end_token != j) break;
    std::vector<const Mention*> list = {last};
    uint32_t f = last->first_token;
    while (f >= 2 && (words_[f - 1] == "and" || words_[f - 1] == ",") && MentionAt(f - 2) &&
           !MentionAt(f - 2)->possessive && MentionAt(f - 2)->end_token == f - 1) {
      list.insert(list.begin(), MentionAt(f - 2));
      f = MentionAt(f - 2)->first_token;
    }
    if (f >= 1 && words_[f - 1] == "with") return list;
    break;
  }
  // ", with Nvidia investing $1 billion in Nokia": the name after "with" acts.
  if (k >= 2 && words_[k].size() > 4 && words_[k].substr(words_[k].size() - 3) == "ing") {
    const Mention* m = MentionAt(k - 1);
    if (m && !m->possessive && m->end_token == k && m->first_token > begin && words_[m->first_token - 1] == "with") {
      return {m};
    }
  }
  auto governed = [&](const Mention* m) {
    uint32_t f = m->first_token;
    if (f == 0 || SentenceOf(f - 1) != SentenceOf(f)) return false;
    // ("in talks with Seoul-based Hanbit Memory": a place adjective between.)
    if (f >= 4 && words_[f - 1] == "based" && words_[f - 2] == "-" && SentenceOf(f - 4) == SentenceOf(f)) {
      f -= 3;
    } else if (f >= 2 && words_[f - 1].size() > 6 && words_[f - 1].substr(words_[f - 1].size() - 6) == "-based" &&
               SentenceOf(f - 2) == SentenceOf(f)) {
      f -= 1;
      // ("a contract with Chiang Mai-based X to rent": a place of two words
      // after a preposition; "a plan by Hong Kong-based X to buy" keeps its
      // buyer the verb's subject.)
      if (f >= 2 && seg_.tokens[f - 1].capitalized && !MentionAt(f - 1) && SentenceOf(f - 2) == SentenceOf(f) &&
          IsPreposition(f - 2) && words_[f - 2] != "by") {
        f -= 1;
      }
    }
    if (words_[f - 1] == "and") {
      // ", and Anthropic has ..." starts a clause; so does "Add it up and
      // OpenAI has made ...": "and" after no name, then a verb.
      if (f >= 2 && !MentionAt(f - 2) && words_[f - 2] != "," && VerbFollows(*m)) return false;
      return f - 1 != ClauseBegin(f - 1);
    }
    // ("owned by the Qatar Investment Authority": an article between.)
    if (words_[f - 1] == "the" && f >= 2 && SentenceOf(f - 2) == SentenceOf(f)) return IsPreposition(f - 2);
    if (IsPreposition(f - 1)) return true;
    // ("the cloud unit of French telecoms group Iliad": a company part's
    // "of", then the name's trade; only a name that closes its phrase: not
    // "amounts of capital since ASML invested", nor "co-founder of marketplace X".)
    const bool closes = m->kind == MentionKind::kName &&
                        (m->end_token >= words_.size() || words_[m->end_token] == "," || words_[m->end_token] == ".");
    for (uint32_t d = f - 1; closes && d > 1 && f - d <= 4 && SentenceOf(d - 1) == SentenceOf(f); --d) {
      if (seg_.tokens[d].kind != TokenKind::kWord || MentionAt(d) || TriggerAt(d) || IsPreposition(d) ||
          words_[d] == "and" || words_[d] == "the" || words_[d] == "a" || words_[d] == "an" ||
          IsRelativeWord(WordView(words_[d])) || Subordinator(d)) {
        break;
      }
      const uint32_t of = words_[d - 1] == "the" ? d - 2 : d - 1;
      if (of >= 1 && words_[of] == "of") {
        // (Only after a part of a company: not "co-founder of marketplace X".)
        const std::string_view part = words_[of - 1];
        if (part == "unit" || part == "arm" || part == "division" || part == "subsidiary" || part == "business" ||
            part == "affiliate" || part == "spin-off" || part == "offshoot" || part == "branch" || part == "part") {
          return true;
        }
        break;
      }
    }
    // ("which, together with Lego owner KIRKBI, put ...": a description
    // between "with" and the name.)
    for (uint32_t d = f - 1; d > 1 && f - d < 3 && SentenceOf(d - 1) == SentenceOf(f); --d) {
      if (seg_.tokens[d].kind != TokenKind::kWord || MentionAt(d) || (TriggerAt(d) && TriggerAt(d)->form != Form::kNoun)) {
        return false;
      }
      if (words_[d - 1] == "with" && (words_[d - 2] == "together" || words_[d - 2] == "along")) return true;
    }
    return false;
  };
  // "Halcyon, founded in 2022 by researchers from DeepMind, raised ...": a
  // phrase between commas right before the verb describes the name before it.
  uint32_t verb = k;  // "..., is being bought by": auxiliaries before the verb
  while (verb > begin + 1 && (words_[verb - 1] == "is" || words_[verb - 1] == "was" || words_[verb - 1] == "are" ||
                              words_[verb - 1] == "were" || words_[verb - 1] == "being" || words_[verb - 1] == "been" ||
                              words_[verb - 1] == "has" || words_[verb - 1] == "had" || words_[verb - 1] == "have" ||
                              words_[verb - 1] == "will" || words_[verb - 1] == "would")) {
    --verb;
  }
  // ("X, whose software helps Y, has agreed to be bought by Z": past "agreed to be".)
  if (verb >= begin + 4 && words_[verb - 1] == "be" && words_[verb - 2] == "to" &&
      (words_[verb - 3] == "agreed" || words_[verb - 3] == "agrees" || words_[verb - 3] == "expected" ||
       words_[verb - 3] == "set" || words_[verb - 3] == "due")) {
    verb -= 3;
    while (verb > begin + 1 && (words_[verb - 1] == "is" || words_[verb - 1] == "has" || words_[verb - 1] == "had" ||
                                words_[verb - 1] == "was" || words_[verb - 1] == "have")) {
      --verb;
    }
  }
  if (verb >= begin + 3 && words_[verb - 1] == ",") {
    for (uint32_t c = verb - 1; c-- > begin + 1;) {
      if (words_[c] != ",") continue;
      const Mention* m = MentionAt(c - 1);
      if (m && !m->possessive && !governed(m) && m->kind != MentionKind::kPronoun) return take(c - 1);
      break;
    }
  }
  // "X, in which Y invested last year, agreed in September to buy ...": a
  // relative clause between commas, then the verb's words with no name,
  // describes the name before it.
  // (The commas end clauses: the sentence is the bound.)
  {
    const uint32_t first = seg_.sentences[SentenceOf(k)].first_token;
    uint32_t c2 = k;
    while (c2 > first + 4 && k - c2 < 8 && words_[c2 - 1] != "," && !MentionAt(c2 - 1)) --c2;
    if (c2 > first + 4 && c2 < k && words_[c2 - 1] == ",") {
      for (uint32_t c = c2 - 1; c-- > first + 1 && c2 - c < 16;) {
        if (words_[c] != ",") continue;
        uint32_t r = c + 1;
        if (IsPreposition(r) && (words_[r + 1] == "which" || words_[r + 1] == "whom")) ++r;
        const WordView rel(words_[r]);
        if (rel == "which" || rel == "who" || rel == "whose" || rel == "whom") {
          const Mention* m = MentionAt(c - 1);
          if (m && !m->possessive && m->kind == MentionKind::kName && !governed(m)) return take(c - 1);
        }
        break;
      }
    }
  }
  // "AMD's agreement to provide OpenAI with ...", "X's plan to buy Y": the
  // owner of the deal noun before "to" acts (one modifier may stand between:
  // "X's multi-year agreement to ...").
  // ("X's $249 million agreement, struck in 2023, to buy Y": an aside
  // between commas, with no name in it, may stand between the noun and "to".)
  uint32_t noun_at = k >= begin + 4 && words_[k - 1] == "to" ? k - 2 : 0;
  // ("Google's agreement in March to acquire Wiz": a time between the noun and "to".)
  if (noun_at >= begin + 3 && (words_[noun_at - 1] == "in" || words_[noun_at - 1] == "last") &&
      (seg_.tokens[noun_at].capitalized || seg_.tokens[noun_at].kind == TokenKind::kNumber ||
       words_[noun_at] == "year" || words_[noun_at] == "month")) {
    noun_at -= 2;
  }
  if (noun_at > 0 && words_[noun_at] == ",") {
    uint32_t c = noun_at;
    while (--c > begin + 2 && k - c <= 10 && words_[c] != "," && !MentionAt(c)) {
    }
    noun_at = c > begin + 2 && words_[c] == "," && k - c <= 10 ? c - 1 : 0;
  }
  if (noun_at > 0) {
    const std::string_view noun = words_[noun_at];
    if (noun == "agreement" || noun == "deal" || noun == "pact" || noun == "contract" || noun == "commitment" ||
        noun == "plan" || noun == "plans" || noun == "offer" || noun == "bid" || noun == "decision" ||
        noun == "move" || noun == "pledge" || noun == "promise" || noun == "attempt" || noun == "proposal") {
      uint32_t p = noun_at;
      if (words_[p - 1] != "'s" && p > begin + 2 && !MentionAt(p - 1) && seg_.tokens[p - 1].kind == TokenKind::kWord) {
        --p;
      }
      const Mention* owner = words_[p - 1] == "'s" ? MentionAt(p - 2) : nullptr;
      // ("X's roughly $249 million agreement, ...": an amount before the noun too.)
      // ("Google's $32 billion agreement to buy Wiz": past the amount.)
      if (!owner) owner = PossessorBefore(noun_at);
      if (owner && owner->possessive && owner->kind != MentionKind::kPronoun && owner->first_token >= begin) {
        return {owner};
      }
    }
  }
  // "X will fold Y into its cloud unit after buying it": a gerund right after
  // a subordinator has the main clause's subject, not the nearest name.
  const bool gerund_after_subordinator =
      k >= begin + 2 && words_[k].size() > 5 && words_[k].substr(words_[k].size() - 3) == "ing" &&
      (words_[k - 1] == "after" || words_[k - 1] == "before" || words_[k - 1] == "while" ||
       words_[k - 1] == "since" || words_[k - 1] == "upon" || words_[k - 1] == "when");
  // "In 2024, X bought Y, having earlier paid $1 billion for Z": a perfect
  // participle has the sentence's subject.
  const bool perfect_participle =
      (k >= begin + 1 && words_[k - 1] == "having") ||
      (k >= begin + 2 && words_[k - 2] == "having" && !MentionAt(k - 1) && seg_.tokens[k - 1].kind == TokenKind::kWord);
  if (perfect_participle) {
    const Sentence& sent = seg_.sentences[SentenceOf(k)];
    for (uint32_t j = sent.first_token; j + 1 < k; ++j) {
      const Mention* m = MentionAt(j);
      if (!m) continue;
      if (!m->possessive && !governed(m)) return {m};
      j = m->end_token - 1;
    }
  }
  if (gerund_after_subordinator) {
    for (uint32_t j = begin; j + 1 < k; ++j) {
      const Mention* m = MentionAt(j);
      if (!m) continue;
      if (!m->possessive && !governed(m)) return take(j);
      break;
    }
  }
  // "Its venture with EQT completed the purchase of Lumos", "X's joint
  // venture with Y bought Z": the venture's two owners act.
  if (const Mention* owner = MentionAt(begin); owner && owner->possessive && owner->first_token == begin) {
    uint32_t v = owner->end_token;
    if (v < k && words_[v] == "'s") ++v;
    if (v < k && words_[v] == "joint") ++v;
    if (v + 2 < k && words_[v] == "venture" && words_[v + 1] == "with") {
      const Mention* partner = MentionAt(v + 2);
      if (partner && !partner->possessive && partner->kind == MentionKind::kName && partner->first_token == v + 2 &&
          partner->canonical != owner->canonical) {
        return {owner, partner};
      }
    }
  }
  // "Investors including X and Y poured $50 million into Z": the subject's
  // examples act for it.
  {
    uint32_t a = begin;
    // ("In October, a consortium including X, its Y unit and Abu Dhabi's Z agreed": past an opening phrase.)
    if (a + 1 < k && seg_.tokens[a].capitalized && words_[a] == "in") {
      for (uint32_t c = a + 1; c < k && c < a + 5; ++c) {
        if (words_[c] == ",") {
          a = c + 1;
          break;
        }
      }
    }
    if (a < k && (words_[a] == "the" || words_[a] == "other" || words_[a] == "existing" || words_[a] == "new" ||
                  words_[a] == "a")) {
      ++a;
    }
    const bool consortium = a < k && (words_[a] == "consortium" || words_[a] == "group");
    if (a + 2 < k && consortium && words_[a + 1] == "including") {
      // (Members with descriptions: "its Global Infrastructure Partners unit", "Abu Dhabi's MGX".)
      std::vector<const Mention*> list;
      uint32_t last_end = 0;
      for (uint32_t j = a + 2; j < k; ++j) {
        const Mention* m = MentionAt(j);
        if (!m) continue;
        j = m->end_token - 1;
        if (m->possessive || m->kind != MentionKind::kName) continue;
        AddUnique(list, m);
        last_end = m->end_token;
      }
      uint32_t v = last_end;
      while (v < k && (words_[v] == "unit" || words_[v] == "arm" || words_[v] == "fund")) ++v;
      while (v < k && (words_[v] == "has" || words_[v] == "have" || words_[v] == "had" || words_[v] == "will")) ++v;
      if (list.size() >= 2 && v + 2 >= k) return list;
    }
    if (a + 2 < k && (words_[a] == "investors" || words_[a] == "backers" || words_[a] == "shareholders" ||
                      words_[a] == "funds" || words_[a] == "firms" || words_[a] == "lenders")) {
      uint32_t l = a + 1;
      if (words_[l] == "including") {
        ++l;
      } else if (l + 1 < k && words_[l] == "such" && words_[l + 1] == "as") {
        l += 2;
      } else {
        l = 0;
      }
      // (The members joined by commas and "and", up to the verb's auxiliaries.)
      std::vector<const Mention*> list;
      for (uint32_t j = l; l > 0 && j < k;) {
        const Mention* m = MentionAt(j);
        if (!m || m->possessive || m->first_token != j) break;
        AddUnique(list, m);
        j = m->end_token;
        if (j < k && words_[j] == ",") ++j;
        if (j < k && words_[j] == "and") ++j;
        if (j < k && !MentionAt(j)) break;
      }
      if (!list.empty() && list.back()->end_token + 3 >= k) return list;
    }
  }
  // "A plan by X to buy Y", "an offer by X to acquire Y": the one named after
  // "by" acts.
  // (A name ending right before "to", with a word before it.)
  if (const Mention* m = k >= begin + 5 && words_[k - 1] == "to" ? MentionAt(k - 2) : nullptr;
      m && m->first_token > begin && !m->possessive && m->end_token == k - 1) {
    uint32_t by = m->first_token - 1;
    // ("a plan by Tokyo-based X": a place before the name.)
    if (by >= begin + 3 && words_[by].size() > 6 && words_[by].substr(words_[by].size() - 6) == "-based") {
      --by;
    } else if (by >= begin + 5 && words_[by] == "based" && words_[by - 1] == "-") {
      by -= 3;
    }
    if (by >= begin + 2) {
      const std::string_view noun = words_[by - 1];
      const bool proposal = noun == "offer" || noun == "bid" || noun == "proposal";
      if (words_[by] == "by" && (proposal || noun == "plan" || noun == "plans" || noun == "attempt" ||
                                 noun == "move" || noun == "decision" || noun == "agreement" || noun == "deal")) {
        return {m};
      }
      // ("rejected an approach from X to buy the company": the one it came from.)
      if (words_[by] == "from" && (proposal || noun == "approach" || noun == "overture")) return {m};
    }
  }
  // "AWS and Humain said they would invest": the speakers are "they".
  for (uint32_t j = k; j-- > begin && k - j < 5;) {
    if (words_[j] != "they" || j < 2) continue;
    std::string_view v = words_[j - 1];
    const Mention* last = MentionAt(j - 2);
    if ((v == "said" || v == "say" || v == "says" || v == "announced" || v == "told") && last &&
        !last->possessive) {
      std::vector<const Mention*> speakers = take(j - 2);
      if (speakers.size() >= 2) return speakers;
    }
    break;
  }
  // (The verb at k in the past, read below for verbs joined to an earlier one.)
  const TriggerWord* const k_verb = TriggerAt(k);
  const bool k_past = k_verb && k_verb->form == Form::kPast;
  for (uint32_t j = k; j-- > begin;) {
    const Mention* m = MentionAt(j);
    if (!m) continue;
    j = m->first_token;
    // "TSMC's board approved paying $432.8 million for ...": the company acts through its board.
    if (m->possessive && m->end_token + 2 < k && words_[m->end_token] == "'s" &&
        (words_[m->end_token + 1] == "board" || words_[m->end_token + 1] == "directors") &&
        (words_[m->end_token + 2] == "approved" || words_[m->end_token + 2] == "agreed" ||
         words_[m->end_token + 2] == "voted" || words_[m->end_token + 2] == "authorized" ||
         words_[m->end_token + 2] == "authorised" || words_[m->end_token + 2] == "decided") &&
        !governed(m)) {
      return {m};
    }
    // "A consortium led by X and Y agreed to buy Z": the leaders act for it.
    // ("A group of state investors led by X put 7 billion yuan into Y": the same.)
    if (!m->possessive && m->first_token >= begin + 3 && words_[m->first_token - 1] == "by" &&
        (words_[m->first_token - 2] == "led" || words_[m->first_token - 2] == "co-led" ||
         words_[m->first_token - 2] == "headed") &&
        (words_[m->first_token - 3] == "consortium" || words_[m->first_token - 3] == "group" ||
         words_[m->first_token - 3] == "syndicate" || words_[m->first_token - 3] == "club" ||
         ((words_[m->first_token - 3] == "investors" || words_[m->first_token - 3] == "funds" ||
           words_[m->first_token - 3] == "lenders" || words_[m->first_token - 3] == "banks") &&
          m->first_token >= begin + 5 &&
          [&] {
            for (uint32_t q = m->first_token - 4; q >= begin + 1 && m->first_token - q <= 6; --q) {
              if (words_[q] == "of" && (words_[q - 1] == "group" || words_[q - 1] == "consortium")) return true;
              if (MentionAt(q)) return false;
            }
            return false;
          }()))) {
      return take(j);
    }
    if (m->possessive || governed(m)) continue;
    // ("LONDON, Oct 20 (Calder Financial News) - A state-backed fund is close
    // to leading ...": a name in brackets is an aside, not the subject.)
    if (m->first_token > 0 && words_[m->first_token - 1] == "(") continue;
    // "Former Quarrydale CEO Jane Holm also invested": the person acts, not the employer.
    if (m->end_token < k && IsTitleAfterName(words_[m->end_token])) return {};
    // ("The company founded by former OpenAI staff closed ...": a past employer
    // inside a description, not the subject.)
    if (m->first_token > begin && (words_[m->first_token - 1] == "former" || words_[m->first_token - 1] == "ex")) {
      continue;
    }
    // "withdrawn its proposal to buy Allegro, abandoning an attempt to take
    // over ...": the object of another deal verb is not this one's subject.
    if (j > begin) {
      const TriggerWord* v = TriggerAt(j - 1);
      // ("agreed to supply Meta with $14.2 billion of computing power, on top of contracts with Y".)
      if (v && v->form != Form::kNoun &&
          (v->frame == Frame::kAcquire || v->frame == Frame::kBuy || v->frame == Frame::kSupply)) {
        // ("bought Y for $2.8 billion the same year, and then acquired Z": two
        // past verbs joined by a comma or "and" share the subject.)
        if (v->form == Form::kPast && k_past && k <= m->end_token + 14) {
          bool named_between = false;
          for (uint32_t a = m->end_token; a < k && !named_between; ++a) named_between = MentionAt(a) != nullptr;
          uint32_t b = k;
          while (b > m->end_token && (words_[b - 1] == "then" || words_[b - 1] == "later" || words_[b - 1] == "also")) {
            --b;
          }
          if (!named_between && b > m->end_token && (words_[b - 1] == "and" || words_[b - 1] == ",")) {
            return Agent(j - 1);
          }
        }
        continue;
      }
      // ("It bought Finland's X for $140 million and last year agreed to take
      // a stake in Y": a place's possessive between the verb and the object.)
      if (j >= begin + 3 && words_[j - 1] == "'s" && seg_.tokens[j - 2].capitalized &&
          (!MentionAt(j - 2) || MentionAt(j - 2)->possessive)) {
        const TriggerWord* pv = TriggerAt(j - 3);
        if (pv && pv->form != Form::kNoun && (pv->frame == Frame::kAcquire || pv->frame == Frame::kBuy)) continue;
        // ("It paid 919 million pounds for Britain's Sumo Group in 2022 and,
        // a year later, took control of Y": what was paid for.)
        if (words_[j - 3] == "for" && k > j + 4 && MoneyAt(j - 4)) continue;
      }
      // ("It took a minority stake in Chicago-based provider X in 2023 and
      // bought Y last year": a name after a preposition, a verb's object
      // before "and" and the next verb, is no subject; the clause's subject
      // before a verb does both.)
      if (m->end_token < k) {
        uint32_t a = m->end_token;
        // ("spent $1.5 billion on esports companies X and Y in 2022 and paid
        // $4.9 billion for Z": past the rest of a listed object.)
        while (a + 1 < k && (words_[a] == "and" || words_[a] == ",") && MentionAt(a + 1) &&
               MentionAt(a + 1)->first_token == a + 1 && !MentionAt(a + 1)->possessive) {
          a = MentionAt(a + 1)->end_token;
        }
        // ("took X private for about $6.9 billion and bought Y": past the
        // object's amount.)
        while (a < k && words_[a] != "and" && !MentionAt(a) && words_[a] != "," && a < m->end_token + 8) ++a;
        // ("took X private for $6.9 billion in 2022, bought Y for $2.8 billion
        // the same year, and then acquired Z": verbs joined by commas too.)
        bool comma = a < k && words_[a] == ",";
        if (comma && a + 1 < k && words_[a + 1] == "and") ++a, comma = false;
        bool coordinated = a < k && (words_[a] == "and" || (comma && k_past)) && a + 5 >= k;
        for (uint32_t q = a + 1; coordinated && q < k; ++q) coordinated = !MentionAt(q) && words_[q] != ",";
        if (coordinated) {
          const Mention* subject = nullptr;
          bool verb_between = false;
          for (uint32_t q = begin; q < m->first_token; ++q) {
            const Mention* x = MentionAt(q);
            if (!subject && x && !x->possessive && !governed(x)) subject = x;
            const TriggerWord* v = TriggerAt(q);
            if (subject && v && v->form != Form::kNoun) verb_between = true;
            // (A verb the lexicon does not list: "X took Y private".)
            if (subject && q >= subject->end_token && !x && seg_.tokens[q].kind == TokenKind::kWord &&
                !seg_.tokens[q].capitalized && !IsPreposition(q) && words_[q] != "and" && words_[q] != "the") {
              verb_between = true;
            }
          }
          // (A subject that opens the clause needs no verb the lexicon knows: "It took a stake in X".)
          if (subject && (verb_between || subject->first_token == begin) && subject->canonical != m->canonical) {
            return take(subject->first_token);
          }
        }
      }
      // ("bought the US optics company Brightlea for $1.1 billion and last
      // year took a stake in Y": the object, past its description.)
      uint32_t o = j;
      while (o > begin + 1 && j - o < 5 && !MentionAt(o - 1) && seg_.tokens[o - 1].kind == TokenKind::kWord &&
             !IsPreposition(o - 1) && !TriggerAt(o - 1) && words_[o - 1] != "and") {
        --o;
      }
      // ("acquired cloud-firewall maker Stratocirrus for $1.2 billion and in
      // May agreed to buy ...", "bought Dutch incident-response firm X": no
      // article before the description either.)
      const TriggerWord* ov = o < j && o > begin ? TriggerAt(o - 1) : nullptr;
      if (ov && ov->form != Form::kNoun && (ov->frame == Frame::kAcquire || ov->frame == Frame::kBuy)) {
        continue;
      }
      // ("completed the acquisition of French chip-security specialist Secure-IC, and agreed to take over ...")
      uint32_t d = j - 1;
      while (d > begin + 1 && j - d < 5 && seg_.tokens[d].kind == TokenKind::kWord && !MentionAt(d) &&
             !IsPreposition(d) && !TriggerAt(d)) {
        --d;
      }
      const TriggerWord* noun = d > begin ? TriggerAt(d - 1) : nullptr;
      if (d < j - 1 && words_[d] == "of" && noun && noun->form == Form::kNoun && noun->frame == Frame::kAcquisition) {
        continue;
      }
    }
    // "Thinking Machines Lab, the start-up founded by former OpenAI technology
    // chief Mira Murati, has closed a round": a name inside a description in
    // apposition belongs to the description; the name before it acts.
    if (const Mention* head = AppositionHead(*this, *m, k, governed)) return take(head->first_token);
    return take(j);
  }
  const Sentence& s = seg_.sentences[SentenceOf(k)];
  // ("X, the lab started by Ilya Sutskever, which raised ...": the founder
  // named in the description is no antecedent.)
  // ("Savvy Games Group, the company backed by Saudi Arabia's Public
  // Investment Fund, which bought it": a backer inside an apposition too.)
  // (Past a place's possessive before the name: "by Saudi Arabia's Public Investment Fund".)
  auto past_place = [&](const Mention* m) {
    uint32_t f = m->first_token;
    if (f >= 3 && words_[f - 1] == "'s") {
      --f;
      while (f >= 2 && seg_.tokens[f - 1].capitalized && m->first_token - f < 5) --f;
    }
    return f;
  };
  auto founder = [&](const Mention* m) {
    const uint32_t f = past_place(m);
    if (f < 2 || words_[f - 1] != "by") return false;
    const std::string_view v = words_[f - 2];
    if (v == "started" || v == "founded" || v == "co-founded" || v == "created" ||
        (f >= 3 && v == "up" && words_[f - 3] == "set")) {
      return true;
    }
    if (v != "backed" && v != "owned" && v != "controlled") return false;
    for (uint32_t j = f - 2; j-- > 1 && f - j < 7;) {
      if (words_[j] == "the" || words_[j] == "a") return words_[j - 1] == ",";
      if (words_[j] == "," || MentionAt(j)) return false;
    }
    return false;
  };
  // A relative clause's subject is its antecedent: "Microsoft, which has invested...".
  if (RelativeClause(k) && begin > s.first_token) {
    for (uint32_t j = begin; j-- > s.first_token;) {
      const Mention* m = MentionAt(j);
      if (m && !m->possessive && founder(m)) break;
      if (m && !m->possessive) {
        // ("Lattice Ventures and Dunmore Capital, which put $38 million into
        // the company": the coordinated names before it too, unless a
        // singular verb or a lead speaks of the last: "A and B, which has
        // also backed Y", "A and B, which led the Series A".)
        std::vector<const Mention*> out = {m};
        bool single = false;
        for (uint32_t v = begin; v <= k && !single; ++v) {
          single = words_[v] == "has" || words_[v] == "is" || words_[v] == "was" || words_[v] == "led";
        }
        for (uint32_t p = m->first_token;
             !single && p >= s.first_token + 2 && (words_[p - 1] == "and" || words_[p - 1] == ",");) {
          const Mention* prev = MentionAt(p - 2);
          if (!prev || prev->possessive || prev->kind != MentionKind::kName || prev->end_token != p - 1) break;
          out.insert(out.begin(), prev);
          p = prev->first_token;
        }
        return out;
      }
      if (words_[j] != "," && j + 3 < begin) break;
    }
    // ("ASML, the Dutch maker of chip-making machines, which became its
    // largest shareholder": past a description in apposition.)
    if (begin >= s.first_token + 4 && words_[begin - 1] == ",") {
      for (uint32_t j = begin - 1; j-- > s.first_token + 1 && begin - j < 14;) {
        if (const Mention* x = MentionAt(j); x && !x->possessive && founder(x)) {
          j = past_place(x);
          continue;
        }
        if (MentionAt(j) || MoneyAt(j)) break;
        if (words_[j] != ",") continue;
        const std::string_view det = words_[j + 1];
        const Mention* m = MentionAt(j - 1);
        if ((det == "the" || det == "a" || det == "an") && m && !m->possessive) return {m};
        break;
      }
    }
  }
  // "..., and Berlin's Sennholt Automation, which makes software for robotic
  // picking, closed a Series A": the clause after a relative clause belongs
  // to the relative clause's antecedent.
  if (begin > s.first_token + 3 && words_[begin - 1] == ",") {
    for (uint32_t j = begin - 1; j-- > s.first_token + 1 && begin - j < 24;) {
      if (words_[j] == "," || MentionAt(j)) break;
      if ((words_[j] == "which" || words_[j] == "who") && words_[j - 1] == ",") {
        const Mention* m = j >= 2 ? MentionAt(j - 2) : nullptr;
        // (Not the object of a verb: "It bought X, which ..., in May, and
        // agreed to acquire Y" is the subject's.)
        const uint32_t f = m ? m->first_token : 0;
        const TriggerWord* verb = f > s.first_token ? TriggerAt(f - 1) : nullptr;
        const bool object = f > s.first_token && ((verb && verb->form != Form::kNoun) ||
                                                  (words_[f - 1].size() > 3 && words_[f - 1].ends_with("ed")));
        if (m && !m->possessive && !governed(m) && !object) return take(j - 2);
        break;
      }
    }
  }
  // Otherwise the sentence's subject-like first name before the trigger,
  // outside relative clauses.
  for (uint32_t j = s.first_token; j < k; ++j) {
    const Mention* m = MentionAt(j);
    if (!m) continue;
    const bool bracketed = m->first_token > 0 && words_[m->first_token - 1] == "(";  // (an aside, as above)
    if (!RelativeClause(j) && !m->possessive && !governed(m) && !bracketed && !InOpeningPurpose(*this, j)) {
      return take(j);
    }
    j = m->end_token - 1;
  }
  return {};
}

const Mention* DocContext::PossessorBefore(uint32_t k) const {
  uint32_t begin = ClauseBegin(k);
  // "CoreWeave's proposed $9 billion all-stock takeover": up to nine tokens back.
  for (uint32_t j = k, steps = 0; j-- > begin && steps < 9; ++steps) {
    if (words_[j] == "'s") continue;
    const Mention* m = MentionAt(j);
    if (m) return m->possessive ? m : nullptr;
    if (MoneyAt(j)) continue;
    const Token& t = seg_.tokens[j];
    if (t.kind == TokenKind::kPunct && words_[j] != "-") return nullptr;
    if (IsPreposition(j) || words_[j] == "the" || words_[j] == "a" || words_[j] == "an") return nullptr;
  }
  return nullptr;
}

Asset DocContext::AssetNear(uint32_t k, bool forward_only, uint32_t window, bool* weak) const {
  if (weak) *weak = false;
  if (k >= words_.size()) return Asset::kNone;  // a name at the very end of the text
  const auto& cues = Cues(SentenceOf(k));
  Asset best[2] = {Asset::kNone, Asset::kNone};  // strong, weak
  uint32_t best_dist[2] = {window + 1, window + 1};
  for (const CueHit& c : cues) {
    const Asset a = CueGoods(c.kind);
    if (a == Asset::kNone) continue;
    if (c.first < ClauseBegin(k) || c.first >= ClauseEnd(k)) continue;
    if (forward_only && c.first < k) continue;
    // Words inside a name ("Amazon Web Services") are not goods.
    if (MentionAt(c.first)) continue;
    // ("moving its systems off its own data centre", "its own AI chips": what
    // a side leaves or has of its own, not what the deal buys.)
    {
      bool left = false;
      for (uint32_t j = c.first; j-- > ClauseBegin(k) && c.first - j <= 3 && !left;) {
        left = words_[j] == "off" || (words_[j] == "own" && c.first - j <= 2);
      }
      if (left) continue;
    }
    bool is_weak = c.end == c.first + 1 &&
                   std::find(kWeakGoods.begin(), kWeakGoods.end(), words_[c.first]) != kWeakGoods.end();
    if (a == Asset::kOther) is_weak = true;
    uint32_t dist = c.first > k ? c.first - k : k - c.first;
    int slot = is_weak ? 1 : 0;
    if (dist < best_dist[slot] || (dist == best_dist[slot] && c.end - c.first > 1)) {
      best[slot] = a;
      best_dist[slot] = dist;
    }
  }
  if (weak) *weak = best[0] == Asset::kNone && best[1] != Asset::kNone;
  if (best[0] != Asset::kNone) {
    // "data-centre processors": the last word of a compound is its head.
    uint32_t pos = 0;
    for (const CueHit& c : cues) {
      uint32_t d = c.first > k ? c.first - k : k - c.first;
      if (d == best_dist[0] && c.first >= ClauseBegin(k)) pos = c.end;
    }
    for (const CueHit& c : cues) {
      // "cloud streaming rights": rights, licences or software at the end of the compound.
      bool other_head = c.kind == CueKind::kOther && c.first >= pos && c.first <= pos + 1 && c.first < ClauseEnd(k) &&
                        (words_[c.first] == "rights" || words_[c.first].substr(0, 4) == "lice");
      if (other_head) return Asset::kOther;
    }
    for (const CueHit& c : cues) {
      const Asset a = CueGoods(c.kind);
      if (c.first == pos && pos < ClauseEnd(k) && a != Asset::kNone && a != Asset::kOther) return a;
    }
  }
  return best[0] != Asset::kNone ? best[0] : best[1];
}

bool DocContext::IsValuation(const Entity& money) const {
  uint32_t f = money.first_token;
  // "We raise our TP to S$4.10": a share price; no deal is worth less than a thousand.
  if (money.money.value < 1000) return true;
  // "$157 a share", "$23.28 per share": a price per share, not the deal's money.
  uint32_t e = money.end_token;
  if (e + 1 < words_.size() && (words_[e] == "a" || words_[e] == "per") && (words_[e + 1] == "share"))
    return true;
  if (e >= f + 2 && words_[e - 1] == "share" && (words_[e - 2] == "a" || words_[e - 2] == "per")) return true;
  // ("EUR21.60 in cash per share")
  for (uint32_t j = e; j + 1 < words_.size() && j < e + 3; ++j) {
    if ((words_[j] == "a" || words_[j] == "per") && words_[j + 1] == "share") return j > e;
    if (words_[j] != "in" && words_[j] != "cash" && words_[j] != "stock") break;
  }
  // ("topping the roughly $2 billion figure that had been circulating": a
  // number reported before, compared with the deal's.)
  if (e < words_.size() && (words_[e] == "figure" || words_[e] == "estimate") && f >= 1) {
    for (uint32_t j = f; j-- > 0 && f - j <= 4;) {
      if (words_[j] == "the" || words_[j] == "that") return true;
      if (words_[j] == "a" || words_[j] == "an") break;
    }
  }
  // "Our new $84 target", "a $90 price target": an analyst's share price.
  if (e < words_.size() && (words_[e] == "target" || (e + 1 < words_.size() && words_[e] == "price" &&
                                                      words_[e + 1] == "target"))) {
    return true;
  }
  // "$12 in cash for each Quarrydale share": a price per share too.
  for (uint32_t j = e; j + 1 < words_.size() && j < e + 5 && SentenceOf(j) == SentenceOf(f); ++j) {
    if (words_[j] != "each") continue;
    for (uint32_t q = j + 1; q < words_.size() && q < j + 6 && SentenceOf(q) == SentenceOf(f); ++q) {
      if (words_[q] == "share") return true;
    }
    break;
  }
  // "bringing its total investment to $6 billion", "taking its stake to
  // $N": a running total, not one deal's money.
  // ("bringing its total funding to about $260 million": past the qualifier.)
  uint32_t tf = f;
  while (tf > 0 && MoneyAt(tf - 1) == &money) --tf;
  if (tf >= 3 && words_[tf - 1] == "to") {
    for (uint32_t j = tf - 1; j-- > 0 && tf - j <= 6;) {
      const std::string_view w = words_[j];
      if (w == "total" || w == "overall" || w == "cumulative") {
        for (uint32_t v = j; v-- > 0 && j - v <= 3;) {
          const std::string_view verb = words_[v];
          if (verb == "bringing" || verb == "brings" || verb == "bring" || verb == "brought" || verb == "taking" ||
              verb == "takes" || verb == "lifting" || verb == "lifts" || verb == "raising" || verb == "raises" ||
              verb == "pushing" || verb == "boosting") {
            return true;
          }
        }
        break;
      }
      if (w == "," || w == "." || MentionAt(j)) break;
    }
  }
  // "valuing it at $N", "a valuation of $N", "revenue of $N": a cue in the
  // few words before (the qualifier, "as much as", counted as one).
  uint32_t q = f;
  while (q > 0 && MoneyAt(q - 1) == &money) --q;
  uint32_t lo = q > 6 ? q - 6 : 0;
  const auto& cues = Cues(SentenceOf(f));
  for (const CueHit& c : cues) {
    if (c.kind != CueKind::kValuation) continue;
    bool before = c.end <= f && c.first >= lo;
    bool after = c.first >= money.end_token && c.first <= money.end_token + 1;  // "$N valuation"
    if (!before && !after) continue;
    // "valued at when it raised $6.6 billion": a deal verb between the cue
    // and the amount takes the amount.
    bool verb_between = false;
    for (uint32_t j = c.end; before && j < f; ++j) {
      const TriggerWord* t = TriggerAt(j);
      verb_between = verb_between || (t && t->form != Form::kNoun);
    }
    if (verb_between) continue;
    // "bought X for an enterprise value of €410 million": the price paid.
    if (before) {
      uint32_t s0 = c.first;
      if (words_[s0] == "value" && s0 > 0 && (words_[s0 - 1] == "enterprise" || words_[s0 - 1] == "equity")) --s0;
      if ((words_[s0] == "enterprise" || words_[s0] == "equity") && s0 >= 2 &&
          (words_[s0 - 1] == "an" || words_[s0 - 1] == "a") && (words_[s0 - 2] == "for" || words_[s0 - 2] == "at")) {
        return false;
      }
    }
    // "the deal, valued at $N": the value of a deal is its amount (but "a
    // deal that values the group at $N" is a valuation).
    if (before && (words_[c.first] == "valued" || words_[c.first] == "values") && c.first + 1 < f &&
        words_[c.first + 1] == "at") {
      // ("supply Y with GPU capacity valued at about NOK 2.9 billion": the goods' worth.)
      for (const CueHit& g : cues) {
        if (g.end == c.first && (g.kind == CueKind::kCloud || g.kind == CueKind::kChips ||
                                 g.kind == CueKind::kInfrastructure || g.kind == CueKind::kOther)) {
          return false;
        }
      }
      // ("The purchase, which Selatan valued at ...": past the relative clause's subject.)
      const uint32_t lo_j = ClauseBegin(f) > 3 ? ClauseBegin(f) - 3 : 0;
      for (uint32_t j = c.first, n = 0; j-- > lo_j && n < 3; ++n) {
        if (const Mention* m = MentionAt(j); m && m->first_token > lo_j) {
          j = m->first_token;
          --n;
          continue;
        }
        if (words_[j] == "which" || words_[j] == "that") {
          --n;
          continue;
        }
        const TriggerWord* t = TriggerAt(j);
        if (t && t->form == Form::kNoun && t->frame != Frame::kRound) return false;
        // ("The purchase is valued at", "a purchase it valued at": a verb
        // form that is a noun after a determiner.)
        std::string_view w = words_[j];
        if (j > 0 && (words_[j - 1] == "the" || words_[j - 1] == "this" || words_[j - 1] == "that" ||
                      words_[j - 1] == "a" || words_[j - 1] == "an") &&
            (w == "purchase" || w == "order" || w == "sale" || w == "buyout")) {
          return false;
        }
        if (words_[j] == ",") continue;
      }
    }
    return true;
  }
  return false;
}

bool DocContext::VerbTriggerBetween(uint32_t j, uint32_t k, const Entity* money) const {
  for (uint32_t q = j + 1; q < k; ++q) {
    if (MoneyAt(q) == money) continue;
    if (const TriggerWord* t = TriggerAt(q); t && t->form != Form::kNoun) return true;
  }
  return false;
}

const Entity* DocContext::MoneyNear(uint32_t k, bool after_first) const {
  const Entity* best = nullptr;
  int best_score = 1 << 30;
  for (uint32_t j = ClauseBegin(k); j < ClauseEnd(k); ++j) {
    const Entity* m = MoneyAt(j);
    if (!m || best == m) continue;
    if (j > ClauseBegin(k) && MoneyAt(j - 1) == m) continue;  // seen at its first token
    if (IsValuation(*m)) continue;
    bool after = j > k;
    // "closes €60 million Series B, secures capacity and acquires X": an
    // amount before another deal verb is that verb's.
    if (!after && VerbTriggerBetween(j, k, m)) continue;
    int dist = static_cast<int>(j > k ? j - k : k - j);
    int score = dist + ((after == after_first) ? 0 : 6);
    if (score < best_score) {
      best = m;
      best_score = score;
    }
  }
  if (best) return best;
  // "agreed to buy land and buildings at X's plant in Sakai, near Osaka, for
  // about 100 billion yen": the price after the clause, before another trigger.
  const Sentence& s = seg_.sentences[SentenceOf(k)];
  for (uint32_t j = ClauseEnd(k); j + 1 < s.end_token && j < k + 30; ++j) {
    if (TriggerAt(j)) break;
    if (words_[j] != "for") continue;
    const Entity* m = MoneyAt(j + 1);
    if (!m && j + 2 < s.end_token) m = MoneyAt(j + 2);  // "for about ...": the qualifier is part of the amount
    if (m && !IsValuation(*m)) return m;
  }
  return nullptr;
}

bool DocContext::LooksLikeInvestee(const Mention& m) const {
  const OrgInfo* info = gazetteer_.Find(m.canonical);
  if (!info) return true;  // unknown names are mostly young companies
  if (info->kind == OrgKind::kFund || info->kind == OrgKind::kGovernment) return false;
  for (const std::string& d : info->descriptions) {
    if (d.find("startup") != std::string::npos || d.find("start-up") != std::string::npos ||
        d.find(" lab") != std::string::npos || d.find("maker of") != std::string::npos ||
        d.find("chatgpt") != std::string::npos || d.find("claude") != std::string::npos ||
        d.find("ai developer") != std::string::npos || d.find("ai company") != std::string::npos) {
      return true;
    }
  }
  return false;
}

bool DocContext::LooksLikeSupplier(const Mention& m, Asset asset) const {
  // A name says its trade: "Pellworth Cloud", "Quarrydale Semiconductor".
  auto name_says = [&] {
    if (m.kind != MentionKind::kName) return false;
    std::string_view name = m.canonical;
    auto has = [&](std::string_view word) {
      size_t at = name.find(word);
      return at != std::string_view::npos && at > 0 && name[at - 1] == ' ' &&
             (at + word.size() == name.size() || name[at + word.size()] == ' ');
    };
    if (asset == Asset::kCloud) return has("Cloud") || has("Compute") || has("Computing");
    if (asset == Asset::kChips) return has("Semiconductor") || has("Semiconductors") || has("Chips") || has("Foundry");
    return false;
  };
  const OrgInfo* info = gazetteer_.Find(m.canonical);
  if (!info) return name_says();
  // (A known name with no descriptions, "KT Cloud", still says its trade.)
  if (info->descriptions.empty() && name_says()) return true;
  std::string_view key = asset == Asset::kChips ? "chip" : asset == Asset::kCloud ? "cloud" : "data cent";
  for (const std::string& d : info->descriptions) {
    if (d.find(key) != std::string::npos) return true;
    if (asset == Asset::kChips && (d.find("semiconductor") != std::string::npos || d.find("gpu") != std::string::npos))
      return true;
    if (asset == Asset::kInfrastructure && (d.find("cloud") != std::string::npos || d.find("chip") != std::string::npos))
      return true;
  }
  if (!info->parent.empty()) {
    Mention parent = m;
    parent.canonical = info->parent;
    return LooksLikeSupplier(parent, asset);
  }
  return false;
}

}  // namespace dealgraph

namespace dealgraph {

bool DocContext::PairSubject(uint32_t k, const Mention** a, const Mention** b) const {
  // "the two companies", "both sides", "the pair", "the longtime rivals": a
  // plural reference to two organizations, before k in its clause.
  static constexpr std::array<std::string_view, 9> kHeads = {"companies", "firms",   "groups",  "sides", "pair",
                                                            "rivals",    "partners", "parties", "businesses"};
  const uint32_t b0 = ClauseBegin(k);
  uint32_t phrase = ~0u;
  for (uint32_t j = b0; j < k && phrase == ~0u; ++j) {
    if (words_[j] != "the" && words_[j] != "both") continue;
    for (uint32_t h = j + 1; h < k && h <= j + 3; ++h) {
      if (seg_.tokens[h].kind != TokenKind::kWord || MentionAt(h)) break;
      if (std::find(kHeads.begin(), kHeads.end(), words_[h]) != kHeads.end()) {
        bool two = words_[j] == "both" || words_[h] == "pair" || words_[j + 1] == "two" || h > j + 1 ||
                   words_[h] == "rivals" || words_[h] == "partners" || words_[h] == "companies";
        // "the companies said the agreement had ended": speakers, not parties.
        std::string_view next = h + 1 < k ? words_[h + 1] : "";
        bool speaks = next == "said" || next == "say" || next == "says" || next == "described" || next == "told" ||
                      next == "added" || next == "noted" || next == "stated";
        if (two && !speaks) phrase = j;
        break;
      }
    }
  }
  if (phrase == ~0u) return false;
  // "both companies' shareholders", "the two companies said" are fine; a
  // possessive phrase before the trigger is not the subject of an agreement.
  const uint32_t s = SentenceOf(k);
  const uint32_t stop = seg_.sentences[s >= 3 ? s - 3 : 0].first_token;  // the pair named up to three sentences back
  const Mention* first = nullptr;
  for (uint32_t j = phrase; j-- > stop;) {
    const Mention* m = MentionAt(j);
    if (!m) continue;
    j = m->first_token;
    if (m->kind == MentionKind::kPronoun) continue;
    if (!first) {
      first = m;
    } else if (gazetteer_.Root(m->canonical) != gazetteer_.Root(first->canonical)) {
      *a = m;  // text order: the earlier name first
      *b = first;
      return true;
    }
  }
  return false;
}

}  // namespace dealgraph
