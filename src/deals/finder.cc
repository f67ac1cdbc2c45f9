// Document-level deal finding: per-sentence candidates, amounts carried over
// from the next sentence, duplicates merged, evidence and attribution filled.
#include "deals/finder.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <forward_list>
#include <unordered_map>

#include "deals/context.h"
#include "deals/name_set.h"
#include "entities/attribution.h"
#include "reference/name_table.h"

namespace dealgraph {
namespace {


NameSet Roots(const Gazetteer& gz, const std::vector<const Mention*>& ms) {
  NameSet out;
  for (const Mention* m : ms) out.insert(gz.RootView(m->canonical));
  return out;
}

bool SameParties(const Gazetteer& gz, const Candidate& a, const Candidate& b, bool either_way) {
  NameSet af = Roots(gz, a.from), at = Roots(gz, a.to), bf = Roots(gz, b.from), bt = Roots(gz, b.to);
  if (af == bf && at == bt) return true;
  return either_way && af == bt && at == bf;
}

// Whether one name's words begin the other's ("Kestrion" and "Kestrion
// Semiconductor"): a headline's short form of a name the body writes in full.
bool WordPrefix(std::string_view a, std::string_view b) {
  if (a.size() > b.size()) std::swap(a, b);
  return !a.empty() && b.substr(0, a.size()) == a && (a.size() == b.size() || b[a.size()] == ' ');
}

bool SidesByPrefix(const NameSet& a, const NameSet& b) {
  if (a.size() != b.size()) return false;
  for (std::string_view x : a) {
    bool hit = false;
    for (std::string_view y : b) hit = hit || WordPrefix(x, y);
    if (!hit) return false;
  }
  return true;
}

// SameParties, names also matching by their first words (see WordPrefix).
bool SamePartiesByPrefix(const Gazetteer& gz, const Candidate& a, const Candidate& b) {
  return SidesByPrefix(Roots(gz, a.from), Roots(gz, b.from)) && SidesByPrefix(Roots(gz, a.to), Roots(gz, b.to));
}

bool SamePair(const Gazetteer& gz, const Candidate& a, const Candidate& b) {
  NameSet x = Roots(gz, a.from), y = Roots(gz, b.from);
  NameSet ax = Roots(gz, a.to), by = Roots(gz, b.to);
  x.insert(ax.begin(), ax.end());
  y.insert(by.begin(), by.end());
  return x == y;
}

// "A and B are among the suitors for Y", "the bidders include A and B":
// sentence s names rival buyers, each bidding on its own.
bool RivalBidders(const DocContext& doc, uint32_t s) {
  const Sentence& sent = doc.seg().sentences[s];
  for (uint32_t j = sent.first_token; j < sent.end_token; ++j) {
    WordView w = doc.W(j);
    if (w == "suitors" || w == "bidders" || w == "contenders") return true;
  }
  return false;
}

// "for an undisclosed amount", "did not disclose the price": sentence s
// says the deal's amount is not told, so no later amount is its amount.
bool UndisclosedAmount(const DocContext& doc, uint32_t s) {
  const Sentence& sent = doc.seg().sentences[s];
  for (uint32_t j = sent.first_token; j < sent.end_token; ++j) {
    WordView w = doc.W(j);
    if (w == "undisclosed") return true;
    if ((w == "not" || w == "n't") && j + 1 < sent.end_token &&
        (doc.W(j + 1) == "disclosed" || doc.W(j + 1) == "disclose")) {
      return true;
    }
    // ("without disclosing the amount", "declined to disclose the terms")
    if ((w == "without" || w == "declined") && j + 2 < sent.end_token &&
        (doc.W(j + 1) == "disclosing" || (doc.W(j + 1) == "to" && doc.W(j + 2) == "disclose"))) {
      return true;
    }
  }
  return false;
}

bool AmountsCompatible(const Entity* a, const Entity* b) {
  if (!a || !b) return true;
  if (a->money.currency != b->money.currency) return false;
  double x = a->money.value, y = b->money.value;
  return std::fabs(x - y) <= 0.02 * std::max(std::fabs(x), std::fabs(y));
}

// A copy of reference `m` resolved to `alt` instead, kept in `scratch`.
const Mention* ReResolved(const Mention& m, const std::string& alt, std::vector<Mention>& scratch,
                          const Gazetteer& gz) {
  Mention copy = m;
  copy.canonical = alt;
  const OrgInfo* info = gz.Find(alt);
  copy.parent = info ? info->parent : "";
  scratch.push_back(std::move(copy));
  return &scratch.back();
}

// A pronoun or description that names the same organization as the other
// side is re-resolved to its next alternative ("invested in the AI giant").
void Unclash(Candidate& c, std::vector<Mention>& scratch, const Gazetteer& gz) {
  for (auto* side : {&c.to, &c.from}) {
    auto* other = side == &c.to ? &c.from : &c.to;
    NameSet other_names;
    for (const Mention* m : *other) other_names.insert(m->canonical);
    for (const Mention*& m : *side) {
      if (m->kind == MentionKind::kName || !other_names.count(m->canonical)) continue;
      for (const std::string& alt : m->alternatives) {
        if (!other_names.count(alt)) {
          m = ReResolved(*m, alt, scratch, gz);
          break;
        }
      }
    }
  }
}

// "A group led by JIC, together with the Development Bank of Japan and Mitsui
// Chemicals, completed its tender offer": the names after "together with"
// (or "along with"), set off by commas between the buyer and the verb, buy
// or invest too.
void AddCoAgents(const DocContext& doc, Candidate& c) {
  if ((c.type != DealType::kAcquisition && c.type != DealType::kInvestment) || c.from.empty()) return;
  for (uint32_t j = doc.seg().sentences[doc.SentenceOf(c.trigger)].first_token + 1; j + 3 < c.trigger; ++j) {
    if (doc.W(j) != "," || (doc.W(j + 1) != "together" && doc.W(j + 1) != "along") || doc.W(j + 2) != "with") continue;
    // (The aside's closing comma before the verb.)
    uint32_t close = j + 3;
    while (close < c.trigger && doc.W(close) != ",") ++close;
    if (close >= c.trigger) return;
    const std::vector<const Mention*> more = doc.ListAt(j + 3, close, 3);
    for (const Mention* m : more) {
      if (m->possessive || m->kind != MentionKind::kName) return;
      for (const Mention* t : c.to) {
        if (t->canonical == m->canonical) return;
      }
    }
    for (const Mention* m : more) AddUnique(c.from, m);
    return;
  }
}

// "Index Ventures led the company's Series B": a reference on the receiving
// side of an investment means the company funded, not an investment firm.
void NoFundAsInvestee(Candidate& c, std::vector<Mention>& scratch, const Gazetteer& gz) {
  if (c.type != DealType::kInvestment || c.to.size() != 1 || c.to[0]->kind == MentionKind::kName) return;
  const Mention* m = c.to[0];
  if (!LooksLikeInvestmentFirm(gz, m->canonical)) return;
  for (const std::string& alt : m->alternatives) {
    if (LooksLikeInvestmentFirm(gz, alt)) continue;
    bool investor = false;
    for (const Mention* f : c.from) investor = investor || f->canonical == alt;
    if (investor) continue;
    c.to[0] = ReResolved(*m, alt, scratch, gz);
    return;
  }
}

// The same organization on both sides. Names are compared as written, not
// rolled up: buying a unit of one's own group ("Google's acquisition of
// DeepMind") is a real deal once the unit is listed under its parent.
bool Clashes(const Candidate& c) {
  for (const Mention* a : c.from) {
    for (const Mention* b : c.to) {
      if (a->canonical == b->canonical) return true;
    }
  }
  return false;
}

bool Subset(const NameSet& a, const NameSet& b) {
  return std::includes(b.begin(), b.end(), a.begin(), a.end());
}

// "another $4 billion" (additive) or "its first investment" (initial): words
// that mark a deal as distinct from other reports between the same parties.
enum class Marker { kNone, kAdditive, kInitial };

Marker Distinct(const DocContext& doc, const Candidate& c) {
  uint32_t lo = c.trigger > 4 ? c.trigger - 4 : 0;
  if (c.money && c.money->first_token < c.trigger) {
    lo = std::min(lo, c.money->first_token > 3 ? c.money->first_token - 3 : 0);
  }
  uint32_t hi = c.money ? std::max(c.trigger, c.money->end_token + 1) : c.trigger;
  for (uint32_t j = std::max(lo, doc.ClauseBegin(c.trigger)); j < hi && j < doc.ClauseEnd(c.trigger); ++j) {
    // (An amount's own hedge, "more than $N", marks nothing.)
    if (doc.MoneyAt(j)) continue;
    WordView w = doc.W(j);
    if (w == "another" || w == "additional" || w == "further" || w == "second" || w == "new" || w == "fresh" ||
        w == "more" || w == "incremental") {
      return Marker::kAdditive;
    }
    if (w == "first" || w == "initial" || w == "earlier" || w == "original") return Marker::kInitial;
  }
  return Marker::kNone;
}

// The letter of the funding round a candidate's clause names ("a $300
// million Series D"), or 0.
char SeriesLetter(const DocContext& doc, const Candidate& c) {
  const uint32_t end = doc.ClauseEnd(c.trigger);
  for (uint32_t j = doc.ClauseBegin(c.trigger); j + 1 < end; ++j) {
    if (doc.W(j) != "series") continue;
    WordView letter = doc.W(j + 1);
    if (letter.size() == 1 && letter[0] >= 'a' && letter[0] <= 'k') return letter[0];
  }
  return 0;
}

// Two reports may be one deal unless their markers disagree: equal markers,
// or one unmarked report with the same status.
bool MarkersAgree(Marker a, Marker b, DealStatus sa, DealStatus sb) {
  if (a == b) return true;
  return (a == Marker::kNone || b == Marker::kNone) && sa == sb;
}

// "X denied the report", "Wiz walked away from those negotiations", "The
// deal collapsed": a sentence whose first clause cancels, with a party of
// the previous sentence's deal as its subject or a word for the deal next
// to the cue, cancels that deal.
void CancelFollows(const DocContext& doc, uint32_t s, std::vector<Candidate>& kept) {
  if (s == 0 || kept.empty() || kept.back().last_sentence + 1 != s) return;
  const Sentence& sent = doc.seg().sentences[s];
  const uint32_t clause_end = doc.ClauseEnd(sent.first_token);
  auto deal_word = [&](uint32_t j) {
    WordView w = doc.W(j);
    return w == "deal" || w == "talks" || w == "negotiations" || w == "discussions" || w == "agreement" ||
           w == "transaction" || w == "merger" || w == "acquisition" || w == "takeover" || w == "bid" ||
           w == "offer" || w == "contract" || w == "plan" || w == "plans" || w == "report" || w == "reports";
  };
  bool by_party = false, by_deal = false;
  for (const CueHit& c : doc.Cues(s)) {
    if (c.kind != CueKind::kCancelled || c.first >= clause_end) continue;
    // ("a fee if it walks away early": a condition, nothing called off.)
    bool condition = false;
    for (uint32_t j = c.first; j-- > sent.first_token && c.first - j <= 4 && !condition;) {
      condition = doc.W(j) == "if" || doc.W(j) == "unless" || doc.W(j) == "whether" || doc.W(j) == "should";
    }
    if (condition) continue;
    WordView w = doc.W(c.first);
    // ("It had no plans for further acquisitions": no plan of another deal,
    // nothing called off.)
    if (w == "no" && c.first + 1 < sent.end_token && doc.W(c.first + 1).starts_with("plan")) continue;
    // ("X declined to discuss the report": no comment, nothing refused.)
    if ((w == "declined" || w == "declines") && c.first + 2 < sent.end_token && doc.W(c.first + 1) == "to") {
      const WordView v = doc.W(c.first + 2);
      if (v == "comment" || v == "discuss" || v == "say" || v == "confirm" || v == "elaborate" || v == "name" ||
          v == "identify" || v == "disclose" || v == "specify" || v == "reveal" || v == "give" || v == "address") {
        continue;
      }
    }
    // Verbs that cancel whatever their subject had agreed; "dropped" or
    // "declined" may be about shares or comment instead.
    by_party = by_party || w == "denied" || w == "denies" || w == "rejected" || w == "rejects" || w == "walked" ||
               w == "walks" || w == "called" || w == "calls" || w == "abandoned" || w == "abandons" ||
               w == "terminated" || w == "terminates" || w == "scrapped" || w == "scraps" || w == "pulled" ||
               w == "pulls" || w == "withdrew" || w == "withdraws" || w == "ended";
    for (uint32_t j = c.first > 3 ? c.first - 3 : 0; j < std::min(c.end + 4, clause_end); ++j) {
      if (j >= sent.first_token && deal_word(j)) by_deal = true;
      // ("The board turned the proposal down": the object of the cue; "the
      // proposal X turned down in May" is an earlier one.)
      if (j > c.first && (doc.W(j) == "proposal" || doc.W(j) == "approach")) by_deal = true;
    }
    // "Nothing came of it.", "It came to nothing.": the deal just told.
    if (w == "nothing" || w == "came" || w == "come") by_deal = true;
  }
  if (!by_party && !by_deal) return;
  const Mention* subject = nullptr;
  for (uint32_t k = sent.first_token; k < clause_end && !subject; ++k) subject = doc.MentionAt(k);
  // "Figure also walked away from its agreement with OpenAI": another
  // organization in the clause means another deal is called off.
  auto names_outsider = [&](const Candidate& c) {
    for (uint32_t k = sent.first_token; k < clause_end; ++k) {
      const Mention* m = doc.MentionAt(k);
      if (!m || m->kind != MentionKind::kName) continue;
      bool in = false;
      for (const Mention* x : c.from) in = in || x->canonical == m->canonical;
      for (const Mention* x : c.to) in = in || x->canonical == m->canonical;
      if (!in && !m->possessive) return true;
      k = m->end_token - 1;
    }
    return false;
  };
  for (auto it = kept.rbegin(); it != kept.rend() && it->last_sentence + 1 == s; ++it) {
    bool party = false;
    for (const Mention* m : it->from) party = party || (subject && m->canonical == subject->canonical);
    for (const Mention* m : it->to) party = party || (subject && m->canonical == subject->canonical);
    if (!(by_party && party) && !(by_deal && (party || !subject))) continue;
    if (names_outsider(*it)) continue;
    it->status = DealStatus::kCancelled;
    it->last_sentence = s;
  }
}

// "...; that transaction closed in March 2023", "The deal was completed in
// May.": a completion stated after the report, in its sentence or the next,
// makes the latest agreed deal completed.
void CompletionFollows(const DocContext& doc, uint32_t s, std::vector<Candidate>& kept) {
  // (Only a deal reported in this sentence, or ending in the one before, can be completed.)
  if (kept.empty() || (kept.back().sentence != s && kept.back().last_sentence + 1 != s)) return;
  const Sentence& sent = doc.seg().sentences[s];
  for (uint32_t k = sent.first_token; k + 2 < sent.end_token; ++k) {
    WordView d = doc.W(k);
    if (d != "that" && d != "the" && d != "this") continue;
    WordView noun = doc.W(k + 1);
    if (noun != "deal" && noun != "transaction" && noun != "sale" && noun != "acquisition" && noun != "purchase" &&
        noun != "merger" && noun != "takeover") {
      continue;
    }
    uint32_t v = k + 2;
    if (v + 1 < sent.end_token && (doc.W(v) == "was" || doc.W(v) == "has")) ++v;
    if (doc.W(v) != "closed" && doc.W(v) != "completed") continue;
    Candidate& last = kept.back();
    bool here = last.sentence == s && last.trigger < k;
    bool before = last.last_sentence + 1 == s && k == sent.first_token;
    if ((here || before) && (last.status == DealStatus::kAnnounced || last.status == DealStatus::kPlanned)) {
      last.status = DealStatus::kCompleted;
      last.last_sentence = s;
    }
    return;
  }
}

// True when a consumer product's plural noun follows the name `m` ("Xbox
// games", "Zephyr consoles"): the name is a brand of goods there.
bool NamesGoods(const DocContext& doc, const Mention& m) {
  if (m.possessive || m.end_token >= doc.words().size() || doc.seg().tokens[m.end_token].capitalized) return false;
  const WordView w = doc.W(m.end_token);
  return w == "games" || w == "consoles" || w == "phones" || w == "smartphones" || w == "handsets" ||
         w == "laptops" || w == "tablets" || w == "headsets" || w == "cars" || w == "vehicles" || w == "trucks" ||
         w == "drones" || w == "titles" || w == "products" || w == "devices" || w == "subscriptions" ||
         w == "tickets" || w == "gift";
}

// "users who buy Xbox games", "agreed to buy X consoles": a brand before its
// goods is bought as goods, not as a company; such takeovers are dropped.
void DropGoodsAsTargets(const DocContext& doc, std::vector<Candidate>& cands) {
  std::erase_if(cands, [&](const Candidate& c) {
    return c.type == DealType::kAcquisition && c.to.size() == 1 && NamesGoods(doc, *c.to[0]);
  });
}

// "Y had earlier discussed a similar transaction with Z": a deal said to be
// like the one told before is of its type, with the party the two share in
// the same role and the new one in the other.
void LikeTheDealBefore(const DocContext& doc, const Candidate& before, std::vector<Candidate>& cands) {
  const Gazetteer& gz = doc.gazetteer();
  for (Candidate& c : cands) {
    if (c.trigger == 0 || doc.W(c.trigger - 1) != "similar" || c.type == before.type) continue;
    // (Only a word that names no type of its own: not "a similar partnership".)
    const WordView noun = doc.W(c.trigger);
    if (noun != "transaction" && noun != "deal" && noun != "arrangement" && noun != "agreement") continue;
    if (c.from.size() != 1 || c.to.size() != 1) continue;
    // ("Lurien" is "Maison Lurien": a short form is the name's last words.)
    auto last_words = [](std::string_view name, std::string_view part) {
      return name.size() > part.size() && name.ends_with(part) && name[name.size() - part.size() - 1] == ' ';
    };
    auto same = [&](const Mention* m, const std::vector<const Mention*>& side) {
      for (const Mention* x : side) {
        const std::string_view a = gz.RootView(m->canonical), b = gz.RootView(x->canonical);
        if (a == b || last_words(a, b) || last_words(b, a)) return true;
      }
      return false;
    };
    for (int side = 0; side < 2; ++side) {
      const Mention* shared = side == 0 ? c.from[0] : c.to[0];
      const Mention* other = side == 0 ? c.to[0] : c.from[0];
      if (same(shared, before.to)) {
        c.from = {other};
        c.to = {shared};
      } else if (same(shared, before.from)) {
        c.from = {shared};
        c.to = {other};
      } else {
        continue;
      }
      c.type = before.type;
      c.asset = before.asset;
      break;
    }
  }
}

// A first line without closing punctuation is a headline.
bool OpensWithHeadline(const DocContext& doc) {
  if (doc.seg().sentences.empty()) return false;
  const Sentence& first = doc.seg().sentences[0];
  const std::string_view last = first.end_token > first.first_token ? doc.W(first.end_token - 1) : "";
  return last != "." && last != "!" && last != "?" && last != "\"" && last != "”";
}

// "Andreessen Horowitz, Accel and DST Global also took part.": investors
// named in the sentence after a round join it.
bool JoinsRound(const DocContext& doc, uint32_t s, std::vector<Candidate>& kept) {
  if (kept.empty() || kept.back().type != DealType::kInvestment || kept.back().last_sentence + 2 < s) return false;
  const Sentence& sent = doc.seg().sentences[s];
  const Gazetteer& gz = doc.gazetteer();
  // "X leads EUR60 million round for Y" over "Y has raised 60 million euros
  // from a group led by X, with Z also participating": the body's first
  // report of the headline's round is a report of its own (the merge joins
  // the two, the body's status and investors winning), no follow-up.
  // ("Y said it had closed a $75 million Series B round led by X, with Z
  // joining": a round of its own that names Y.)
  if (kept.back().sentence == 0 && s > 0 && OpensWithHeadline(doc)) {
    const NameSet investee = Roots(gz, kept.back().to);
    bool raise = false, money = false, named = false;
    for (uint32_t k = sent.first_token; k < sent.end_token; ++k) {
      const TriggerWord* t = doc.TriggerAt(k);
      raise = raise || (t && ((t->frame == Frame::kRaise && t->form != Form::kNoun) || t->frame == Frame::kRound));
      money = money || doc.MoneyAt(k);
      const Mention* m = doc.MentionAt(k);
      named = named || (m && m->kind == MentionKind::kName && investee.count(gz.RootView(m->canonical)));
    }
    if (raise && money && named) return false;
  }
  // ("SoftBank agreed to lead OpenAI's round. Nvidia has also invested in
  // France's Mistral AI": an investment in another company, no follow-up.)
  {
    const NameSet investee = Roots(gz, kept.back().to);
    for (uint32_t k = sent.first_token; k < sent.end_token; ++k) {
      const TriggerWord* t = doc.TriggerAt(k);
      if (!t || t->frame != Frame::kInvest || t->form == Form::kNoun) continue;
      const std::vector<const Mention*> in = doc.AfterPrep(k, {"in", "into"}, 4);
      if (!in.empty() && in[0]->kind == MentionKind::kName && !investee.count(gz.RootView(in[0]->canonical))) {
        return false;
      }
    }
  }
  auto round_noun = [&](uint32_t j) {
    WordView w = doc.W(j);
    return w == "round" || w == "financing" || w == "funding" || w == "raise" || w == "series" || w == "investment";
  };
  // ("among the investors", "among the other backers", "among the participants")
  auto members_noun = [&](uint32_t j) {
    WordView n = doc.W(j);
    return n == "investors" || n == "backers" || n == "participants";
  };
  // "The round, which raised €480m, was led by X", "It was joined by Y": the round is the subject.
  uint32_t f = sent.first_token;
  // ("That round was led by X", "The $240 million raise was led by X": past its amount.)
  uint32_t r = f + 1;
  if (const Entity* m = r < sent.end_token ? doc.MoneyAt(r) : nullptr) r = m->end_token;
  bool round_subject = doc.W(f) == "it" ||
                       ((doc.W(f) == "the" || doc.W(f) == "that" || doc.W(f) == "this") && r < sent.end_token &&
                        (round_noun(r) || (r + 1 < sent.end_token && round_noun(r + 1))));
  // "Tervane closed a $400 million Series C, with X leading and Y also
  // participating": a sentence that states its own round (another
  // company's, with an amount) before the joining word is not a follow-up.
  const Mention* opener = doc.MentionAt(f);
  const bool other_opener = opener && opener->kind == MentionKind::kName &&
                            !Roots(gz, kept.back().to).count(gz.RootView(opener->canonical));
  // ("Velora's earlier backers include the US fund X": another company's
  // investors, not the last round's.)
  if (other_opener && opener->possessive && opener->first_token == f) {
    for (uint32_t j = opener->end_token; j < sent.end_token && j < opener->end_token + 4; ++j) {
      if (members_noun(j)) return false;
    }
  }
  bool money_seen = false, round_seen = false, led_by_seen = false;
  bool joined = false;
  for (uint32_t k = sent.first_token + 1; k + 1 < sent.end_token; ++k) {
    WordView w = doc.W(k), next = doc.W(k + 1), prev = doc.W(k - 1);
    // ("A and B, which led the company's $19 million Series A in 2023, also
    // took part": a round in a relative clause about the joiners is theirs,
    // not the sentence's own.)
    if (!doc.RelativeClause(k - 1)) {
      money_seen = money_seen || doc.MoneyAt(k - 1);
      if (const TriggerWord* t = doc.TriggerAt(k - 1)) {
        round_seen = round_seen || t->frame == Frame::kRaise || t->frame == Frame::kRound;
      }
      round_seen = round_seen || round_noun(k - 1);
      led_by_seen = led_by_seen || (k >= 2 && doc.W(k - 2) == "led" && doc.W(k - 1) == "by");
    }
    if (!round_subject && other_opener && money_seen && round_seen) break;
    // ("The Pittsburgh maker closed a $210 million Series B led by X, with Y
    // participating": a round of its own, amount and lead given, reads its
    // joiners itself.)
    if (!round_subject && money_seen && round_seen && led_by_seen) break;
    // "Last summer, it pulled in $100 million in a Series C led by GV, with
    // OpenAI participating": a sentence with a round and an amount of its
    // own (not the last round's) states another round.
    // ("The financing follows a EUR 24 million Series A in 2023, which was led
    // by X": the earlier round has an amount of its own too.)
    if (money_seen && round_seen && kept.back().money) {
      const Entity* own = nullptr;
      for (uint32_t j = sent.first_token; j < k && !own; ++j) own = doc.MoneyAt(j);
      if (own && !AmountsCompatible(own, kept.back().money)) break;
    }
    std::vector<const Mention*> joining;
    // "A, B and the corporate fund of group C also took part": the names that
    // open the joining verb's clause, as well as the one nearest the verb.
    auto add_opening_list = [&](uint32_t verb) {
      // (The list may open after a descriptor: "New investors X and the corporate venture arm of Y joined".)
      uint32_t b = doc.ClauseBegin(verb);
      for (uint32_t j = b; j < verb && j < b + 3 && !doc.MentionAt(b); ++j) {
        if (doc.MentionAt(j)) b = j;
      }
      if (doc.MentionAt(b)) {
        std::vector<const Mention*> listed = doc.ListAt(b, verb, 3);
        for (const Mention* m : listed) AddUnique(joining, m);
        // ("X and the corporate venture arm of Y joined": the arm's owner.)
        if (!listed.empty()) {
          if (const Mention* owner = doc.ArmOwnerAfterAnd(listed.back()->end_token, verb)) AddUnique(joining, owner);
        }
      }
      // ("X, which is owned by Z, and Y also took part": the name that opens
      // the sentence before an aside, when the list goes on with ", and".)
      const Sentence& se = doc.seg().sentences[s];
      const Mention* first = doc.MentionAt(se.first_token);
      if (joining.empty() || !first || first->kind != MentionKind::kName || first->possessive) return;
      const uint32_t c = first->end_token;
      if (c + 3 >= verb || doc.W(c) != ",") return;
      const WordView open = doc.W(c + 1);
      // ("X, Malaysia's sovereign wealth fund, and Y also joined": a possessive opens the aside too.)
      if (open != "which" && open != "who" && open != "whose" && open != "a" && open != "an" && open != "the" &&
          open != "its" && doc.W(c + 2) != "'s") {
        return;
      }
      for (uint32_t j = c + 2; j + 1 < verb && j < c + 16; ++j) {
        if (doc.W(j) != "," || doc.W(j + 1) != "and") continue;
        if (joining[0]->first_token > j) AddUnique(joining, first);
        return;
      }
    };
    // ("and existing investor Y followed on, the company said")
    if (((w == "took" || w == "take" || w == "takes") && next == "part") || w == "participated" ||
        ((w == "followed" || w == "follows") && next == "on") ||
        w == "participate" || w == "participating" || (w == "returned" && (next == "." || next == ",")) ||
        ((w == "joined" || w == "join" || w == "joining") &&
         (next == "the" || next == "in" || next == "that" || next == "through" || next == "again" ||
          // ("Y and Z joined as strategic investors", "Y joined as a new backer")
          (next == "as" && k + 2 < sent.end_token && [&] {
             const uint32_t q = k + 2 + ((doc.W(k + 2) == "a" || doc.W(k + 2) == "an") && k + 3 < sent.end_token);
             const WordView a = doc.W(q);
             return a == "investors" || a == "backers" || a == "investor" || a == "backer" || a == "strategic" ||
                    a == "new" || a == "minority" || a == "financial";
           }()) ||
          // ("Existing backer HV Capital joined, the company said.")
          // ("...; Y and two family offices it would not name joined.")
          ((prev == "also" || doc.MentionAt(k - 1) || doc.MentionAt(doc.ClauseBegin(k))) &&
           (next == "." || next == ","))))) {
      // "It also took part in a funding round for Lambda": another company's round.
      for (uint32_t j = k + 1; j < doc.ClauseEnd(k) && j < k + 10; ++j) {
        const Mention* m = doc.MentionAt(j);
        if (!m || m->kind != MentionKind::kName) continue;
        bool names_round = m->possessive || (j > 0 && (doc.W(j - 1) == "for" || doc.W(j - 1) == "in"));
        if (names_round && !Roots(gz, kept.back().to).count(gz.RootView(m->canonical))) return false;
        break;
      }
      joining = doc.Agent(k);
      add_opening_list(k);
      // ("and X itself took part": the name before "itself".)
      for (uint32_t a = k; a-- > doc.ClauseBegin(k) + 1 && k - a <= 2;) {
        if (doc.W(a) != "itself" && doc.W(a) != "themselves") continue;
        const Mention* m = doc.MentionAt(a - 1);
        if (m && !m->possessive && m->kind == MentionKind::kName) AddUnique(joining, m);
        break;
      }
    } else if ((w == "came" || w == "come" || w == "comes") && next == "in" && doc.MentionAt(doc.ClauseBegin(k))) {
      // "Namsan Partners and Baekdu Ventures came in alongside it".
      joining = doc.Agent(k);
      add_opening_list(k);
    } else if ((w == "came" || w == "come" || w == "comes") && next == "back" && k + 2 < sent.end_token &&
               (doc.W(k + 2) == "in" || doc.W(k + 2) == "for")) {
      // ("Seedcamp and Shilling, its seed investors, came back for more.")
      // "... and Tamarind Ventures, who backed us at seed, came back in": an earlier backer returns.
      joining = doc.Agent(k);
      if (k >= 3 && doc.W(k - 1) == ",") {
        for (uint32_t c = k - 1; c-- > sent.first_token + 1 && k - c < 16;) {
          if (doc.W(c) != ",") continue;
          const Mention* m = doc.MentionAt(c - 1);
          if (m && m->kind == MentionKind::kName && !m->possessive) {
            joining = {m};
            // ("Seedcamp and Shilling, its seed investors, came back": the whole list.)
            for (uint32_t b = m->first_token; b >= 2 && (doc.W(b - 1) == "and" || doc.W(b - 1) == ",");) {
              const Mention* before = doc.MentionAt(b - 2);
              if (!before || before->kind != MentionKind::kName || before->possessive) break;
              AddUnique(joining, before);
              b = before->first_token;
            }
          }
          break;
        }
      }
    } else if (w == "among" && (next == "the" || next == "its") && k + 3 < sent.end_token &&
               (members_noun(k + 2) || members_noun(k + 3))) {
      // "Ares Management and NGP are among the other investors in the round".
      // ("X was among the investors when Y raised $6 billion": Y's round, not the last one.)
      const uint32_t after = members_noun(k + 2) ? k + 3 : k + 4;
      if (after < sent.end_token && doc.W(after) == "when") return false;
      // ("X ... was not named among the investors": not one of them.)
      for (uint32_t j = k; j-- > sent.first_token && k - j <= 3;) {
        if (doc.W(j) == "not" || doc.W(j) == "n't" || doc.W(j) == "never") return false;
      }
      joining = doc.Agent(k);
    } else if ((w == "came" || w == "comes") && next == "from" && doc.W(f) == "the" &&
               (round_noun(f + 1) || doc.W(f + 1) == "cash" || doc.W(f + 1) == "money" || doc.W(f + 1) == "capital")) {
      // "The cash came from X and Y".
      joining = doc.ListAt(k + 2, doc.ClauseEnd(k), 3);
    } else if (w == "did" && prev == "as") {
      // "..., as did existing investor Foundry Lane".
      joining = doc.ListAt(k + 1, doc.ClauseEnd(k), 3);
      // ("as did two newcomers: the venture arm of Japanese parts maker X and Abu
      // Dhabi's Y": past a colon, each arm's owner.)
      const uint32_t end = doc.seg().sentences[s].end_token;
      uint32_t colon = k + 1;
      while (colon < end && colon < k + 5 && doc.W(colon) != ":") ++colon;
      if (joining.empty() && colon < end && doc.W(colon) == ":") {
        for (uint32_t j = colon + 1; j < end && j < colon + 24; ++j) {
          const Mention* m = doc.MentionAt(j);
          if (!m) continue;
          if (m->kind == MentionKind::kName && !m->possessive) AddUnique(joining, m);
          j = m->end_token - 1;
        }
      }
    } else if ((w == "led" || w == "leads" || w == "co-led" || w == "anchored" || w == "anchors" ||
                ((w == "lead" || w == "anchor") && (prev == "to" || prev == "will" || prev == "would"))) &&
               (next == "the" || next == "it" || next == "that" || next == "this") && k + 2 < sent.end_token &&
               (next == "it" || round_noun(k + 2) || round_noun(k + 3))) {
      // "X led the round, with participation from Y and Z".
      joining = doc.Agent(k);
      for (const Mention* m : RoundInvestors(doc, k)) joining.push_back(m);
    } else if ((w == "led" || w == "joined" || w == "co-led") && next == "by" && round_subject) {
      joining = RoundInvestors(doc, k);
    } else if (w == "backed" && next == "by" && (prev == "was" || prev == "is" || prev == "been") &&
               [&] {
                 // ("The Oakland start-up was backed by X, which led the round, and Y": the investee's backers.)
                 const std::vector<const Mention*> subject = doc.Agent(k);
                 return !subject.empty() && Roots(gz, subject) == Roots(gz, kept.back().to);
               }()) {
      joining = RoundInvestors(doc, k);
    } else if ((w == "led" || w == "co-led" || (w == "lead" && (prev == "to" || prev == "will"))) &&
               (next == "," || next == "." || next == ";") && k > sent.first_token) {
      // "Kansai Partners led, with X following on": the lead of the round before
      // ("Point Nine led; Seedcamp and Y also took part": the clause after joins too)
      // ("X is expected to lead, with Y also in discussions": of the round talked about).
      joining = doc.Agent(k);
      for (const Mention* m : RoundInvestors(doc, k)) joining.push_back(m);
    } else if ((prev == "also" || prev == "all" || prev == "both" || prev == "each" ||
                // ("Tollbridge Capital and Milbrook Ventures invested.": names and the bare verb)
                (w == "invested" && (next == "." || next == "," || next == "too") &&
                 doc.MentionAt(doc.ClauseBegin(k))) ||
                // ("and existing backer C put in more money")
                (w == "put" && next == "in" && k + 2 < sent.end_token &&
                 (doc.W(k + 2) == "more" || doc.W(k + 2) == "additional" || doc.W(k + 2) == "further"))) &&
               (w == "put" || w == "invested" || w == "contributed" || w == "chipped") &&
               [&] {
                 // ("put in money, the company said": no company the money went into.)
                 std::vector<const Mention*> into = doc.AfterPrep(k, {"in", "into"}, 4);
                 return into.empty() || into[0]->first_token > k + 3;
               }()) {
      // "Existing investor Tungabhadra Partners also put in more money".
      joining = doc.Agent(k);
      add_opening_list(k);  // ("A and the venture arm of group B also invested")
    } else if (round_subject && k <= sent.first_token + 6 && doc.W(k - 1) != "," &&
               (w == "included" || w == "includes" || w == "drew" || w == "draws" || w == "attracted" ||
                w == "attracts") &&
               [&] {
                 for (uint32_t j = sent.first_token; j < k; ++j) {
                   if (doc.MentionAt(j) && doc.W(j) != "it") return false;
                 }
                 return true;
               }()) {
      // "The round also drew X and Y", "The $90 million round included X": its members.
      joining = doc.ListAt(k + 1, doc.ClauseEnd(k), 4);
    } else if ((w == "included" || w == "include" || w == "includes") &&
               (prev == "backers" || prev == "investors" || prev == "participants" || prev == "shareholders")) {
      // "Existing backers included Marlowe Ventures".
      joining = doc.ListAt(k + 1, doc.ClauseEnd(k), 3);
    } else {
      continue;
    }
    // "Existing backers including Tencent, X and Y also put in money": the
    // names listed after the investors' noun.
    for (uint32_t j = doc.ClauseBegin(k); j + 1 < k && j < doc.ClauseBegin(k) + 4; ++j) {
      WordView noun = doc.W(j);
      if ((noun == "backers" || noun == "investors" || noun == "shareholders") && doc.W(j + 1) == "including") {
        std::vector<const Mention*> listed = doc.ListAt(j + 2, k, 3);
        if (!listed.empty()) joining = listed;
        break;
      }
    }
    if (joining.empty()) continue;
    // ("X itself took part alongside the Korean builder Y": Y too; "joined the
    // round, alongside existing investors Y and Z"; "also put in money,
    // alongside a new investor, Y"; "came in as strategic investors,
    // alongside existing backers Y and Z".)
    // (", along with new backer Y" too.)
    for (uint32_t a = k + 1; a + 1 < sent.end_token && a <= k + 7; ++a) {
      if (doc.MentionAt(a) || doc.MoneyAt(a)) break;
      const bool along_with = doc.W(a) == "along" && doc.W(a + 1) == "with";
      if (doc.W(a) != "alongside" && !along_with) continue;
      if (along_with) ++a;
      // (", alongside a new investor, Y": the clause goes on past the apposition's comma.)
      uint32_t limit = doc.ClauseEnd(a + 1);
      if (limit > a + 2 && limit < sent.end_token && doc.W(limit - 1) == ",") limit = doc.ClauseEnd(limit);
      // (", alongside financial investors including X and Y": past "including".)
      uint32_t list_at = a + 1;
      for (uint32_t q = a + 1; q + 1 < limit && q < a + 5 && !doc.MentionAt(q); ++q) {
        if (doc.W(q) == "including") {
          list_at = q + 1;
          break;
        }
      }
      for (const Mention* m : doc.ListAt(list_at, limit, 4)) {
        if (!m->possessive && m->kind == MentionKind::kName) AddUnique(joining, m);
      }
      // (", along with the venture arm of Japanese IT group Y": the arm's owner.)
      if (const Mention* owner = doc.ArmOwnerAt(a + 1, limit)) AddUnique(joining, owner);
      break;
    }
    // Every reading of the round in its sentence ("raised ... in a funding round").
    const Candidate last = kept.back();
    for (Candidate& round : kept) {
      if (round.type != DealType::kInvestment || round.sentence != last.sentence ||
          Roots(gz, round.to) != Roots(gz, last.to)) {
        continue;
      }
      for (const Mention* m : joining) {
        bool dup = false;
        for (const Mention* x : round.from) dup = dup || x->canonical == m->canonical;
        for (const Mention* x : round.to) dup = dup || x->canonical == m->canonical;
        if (!dup && m->kind == MentionKind::kName) round.from.push_back(m);
      }
      round.last_sentence = s;
      // ("Tidewell raises $240 million" over "The $240 million raise was led
      // by X": the headline's loose tense yields to the body's past.)
      if (round.sentence == 0 && s > 0 && round.status == DealStatus::kAnnounced && OpensWithHeadline(doc) &&
          (w == "led" || w == "co-led") && prev == "was" && !doc.HasStatusCue(k)) {
        round.status = DealStatus::kCompleted;
      }
    }
    joined = true;  // more may join later in the sentence: "X also put money in, as did Y"
  }
  return joined;
}

// "X is exploring a sale of its payroll unit, and Y is among the interested
// parties", "Interested parties include Y and Z": the suitors of a sale whose
// buyer the text did not name, in the sale's sentence or the next.
void SuitorsFollow(const DocContext& doc, uint32_t s, std::vector<Candidate>& kept) {
  if (kept.empty()) return;
  Candidate& sale = kept.back();
  if (sale.type != DealType::kAcquisition || !sale.from.empty() || sale.to.empty() || sale.sentence + 1 < s ||
      (sale.status != DealStatus::kTalks && sale.status != DealStatus::kPlanned)) {
    return;
  }
  const Sentence& sent = doc.seg().sentences[s];
  auto suitors_noun = [&](uint32_t j) {
    const WordView w = doc.W(j);
    return w == "parties" || w == "bidders" || w == "suitors" || w == "buyers" || w == "contenders";
  };
  std::vector<const Mention*> suitors;
  for (uint32_t k = sent.first_token; k + 2 < sent.end_token && suitors.empty(); ++k) {
    const WordView w = doc.W(k);
    if (w == "among") {
      uint32_t a = k + 1;
      if (doc.W(a) == "the") ++a;
      while (a < sent.end_token && a < k + 4 &&
             (doc.W(a) == "interested" || doc.W(a) == "potential" || doc.W(a) == "possible" || doc.W(a) == "likely" ||
              doc.W(a) == "other")) {
        ++a;
      }
      if (a >= sent.end_token || !suitors_noun(a)) continue;
      if (k > sent.first_token && (doc.W(k - 1) == "is" || doc.W(k - 1) == "are" || doc.W(k - 1) == "was" ||
                                   doc.W(k - 1) == "were" || doc.W(k - 1) == "also")) {
        suitors = doc.Agent(k);  // "Y, which listed in September, is among the interested parties"
      } else {
        // "Among the interested parties is Y": the names after the verb.
        uint32_t v = a + 1;
        while (v < sent.end_token && v < a + 12 && doc.W(v) != "is" && doc.W(v) != "are" && doc.W(v) != "was" &&
               doc.W(v) != "were") {
          ++v;
        }
        if (v + 1 < sent.end_token) suitors = doc.ListAt(v + 1, sent.end_token, 3);
      }
    } else if ((w == "include" || w == "includes" || w == "included") && k > sent.first_token && suitors_noun(k - 1)) {
      suitors = doc.ListAt(k + 1, sent.end_token, 3);
    }
  }
  const Gazetteer& gz = doc.gazetteer();
  const NameSet sold = Roots(gz, sale.to);
  std::erase_if(suitors, [&](const Mention* m) {
    return m->possessive || m->kind != MentionKind::kName || sold.count(gz.RootView(m->canonical));
  });
  if (suitors.empty()) return;
  // (Rival suitors: a deal each, as for rival bidders.)
  sale.from = {suitors[0]};
  sale.last_sentence = s;
  const Candidate first = sale;
  for (size_t i = 1; i < suitors.size(); ++i) {
    Candidate other = first;
    other.from = {suitors[i]};
    kept.push_back(std::move(other));
  }
}

// "X has agreed to sell its unit to a group led by Y. Y is buying the unit
// together with Z": Z joins the buyers of the acquisition told before.
bool JoinsBuyers(const DocContext& doc, uint32_t s, std::vector<Candidate>& kept) {
  if (kept.empty() || kept.back().type != DealType::kAcquisition || kept.back().last_sentence + 1 < s) return false;
  const Gazetteer& gz = doc.gazetteer();
  const Sentence& sent = doc.seg().sentences[s];
  for (uint32_t k = sent.first_token; k + 2 < sent.end_token; ++k) {
    const TriggerWord* t = doc.TriggerAt(k);
    if (!t || t->form == Form::kNoun || (t->frame != Frame::kBuy && t->frame != Frame::kAcquire)) continue;
    std::vector<const Mention*> agent = doc.Agent(k);
    if (agent.empty() || !Roots(gz, kept.back().from).count(gz.RootView(agent[0]->canonical))) return false;
    for (uint32_t j = k + 1; j + 1 < doc.ClauseEnd(k) && j < k + 8; ++j) {
      bool with = (doc.W(j) == "together" || doc.W(j) == "jointly") && doc.W(j + 1) == "with";
      if (!with && doc.W(j) != "alongside") continue;
      std::vector<const Mention*> more = doc.ListAt(j + (with ? 2 : 1), doc.ClauseEnd(k), 3);
      if (more.empty()) return false;
      for (const Mention* m : more) {
        if (m->possessive || m->kind != MentionKind::kName) continue;
        if (!Roots(gz, kept.back().from).count(gz.RootView(m->canonical)) &&
            !Roots(gz, kept.back().to).count(gz.RootView(m->canonical))) {
          kept.back().from.push_back(m);
        }
      }
      kept.back().last_sentence = s;
      return true;
    }
    return false;
  }
  return false;
}

// "a termination payment of $180 million", "a break fee of $1 billion": an
// amount the words right before it call a fee or a penalty.
bool IsFeeAmount(const DocContext& doc, const Entity& money) {
  // ("paid Tower a $353 million break fee": the fee named after the amount.)
  const uint32_t a = money.end_token;
  if (a + 1 < doc.SentenceEnd(money.first_token)) {
    const WordView w = doc.W(a), n = doc.W(a + 1);
    if (w == "fee" || w == "penalty" || ((w == "break" || w == "termination" || w == "break-up" || w == "breakup" ||
                                          w == "reverse") && (n == "fee" || n == "fees"))) {
      return true;
    }
  }
  const uint32_t f = money.first_token;
  for (uint32_t j = f; j-- > doc.ClauseBegin(f) && f - j <= 4;) {
    WordView w = doc.W(j);
    if (w == "fee" || w == "fees" || w == "penalty" || w == "fine" || w == "termination" || w == "break-up" ||
        w == "breakup" || w == "compensation" || w == "severance") {
      return true;
    }
    if (doc.MentionAt(j)) return false;
  }
  return false;
}

// "will pay Y $110 million upfront in a collaboration worth up to $5.3
// billion", "... ¥12 billion upfront. Including milestones, the licence could
// be worth as much as ¥180 billion": the whole deal's ceiling, the amount news
// gives a licence or research deal, rather than its first payment; else `money`.
const Entity* TotalPastUpfront(const DocContext& doc, const Candidate& c) {
  const Entity* money = c.money;
  const uint32_t e = money->end_token;
  const auto& sentences = doc.seg().sentences;
  const uint32_t s = doc.SentenceOf(money->first_token);
  if (e >= sentences[s].end_token) return money;
  const bool upfront = doc.W(e) == "upfront" || doc.W(e) == "up-front" ||
                       (e + 1 < sentences[s].end_token && doc.W(e) == "up" && doc.W(e + 1) == "front");
  if (!upfront) return money;
  // (The next sentence too, when it speaks of milestones and names no one
  // but the deal's parties.)
  uint32_t end = sentences[s].end_token;
  if (s + 1 < sentences.size()) {
    bool milestones = false, others = false;
    for (uint32_t j = sentences[s + 1].first_token; j < sentences[s + 1].end_token; ++j) {
      milestones = milestones || doc.W(j) == "milestone" || doc.W(j) == "milestones";
      if (const Mention* m = doc.MentionAt(j)) {
        bool party = false;
        for (const Mention* p : c.from) party = party || p->canonical == m->canonical;
        for (const Mention* p : c.to) party = party || p->canonical == m->canonical;
        others = others || !party;
      }
    }
    if (milestones && !others) end = sentences[s + 1].end_token;
  }
  for (uint32_t j = e; j < end; ++j) {
    const Entity* m = doc.MoneyAt(j);
    if (!m || m == money) continue;
    if (m->money.qualifier == Qualifier::kUpTo && m->money.currency == money->money.currency &&
        m->money.value > money->money.value) {
      return m;
    }
    j = m->end_token - 1;
  }
  return money;
}

// The amount a sentence gives a deal told before it, with no trigger of its
// own: "It is worth about $5.5 billion", "She put the value of that order at
// $700 million", "it puts the contract at no less than $2 billion", "we expect
// the lease to generate contracted revenue of about $3.1 billion"; or nullptr.
const Entity* ValueOfDealBefore(const DocContext& doc, uint32_t s) {
  const Sentence& sent = doc.seg().sentences[s];
  auto deal_noun = [&](uint32_t j) {
    WordView w = doc.W(j);
    return w == "deal" || w == "contract" || w == "agreement" || w == "arrangement" || w == "lease" || w == "order" ||
           w == "transaction" || w == "partnership" || w == "venture" || w == "purchase" || w == "sale" ||
           w == "commitment" || w == "package" || w == "award" || w == "orders" || w == "contracts" ||
           w == "deals" || w == "agreements" || w == "consideration";
  };
  auto money_after = [&](uint32_t j, uint32_t window) -> const Entity* {
    for (uint32_t q = j; q < sent.end_token && q < j + window; ++q) {
      const Entity* m = doc.MoneyAt(q);
      if (!m) continue;
      // (A price per share or a company's value is no deal's amount.)
      const uint32_t e = m->end_token;
      if (e + 1 < sent.end_token && (doc.W(e) == "a" || doc.W(e) == "per") && doc.W(e + 1) == "share") return nullptr;
      return m;
    }
    return nullptr;
  };
  const uint32_t f = sent.first_token;
  for (uint32_t j = f; j + 2 < sent.end_token; ++j) {
    WordView w = doc.W(j), n = doc.W(j + 1);
    const bool det = n == "the" || n == "that" || n == "this" || n == "its";
    // "the value of that order at $N", "the value of the arrangement in the region of $N"
    if (w == "value" && n == "of" && j + 3 < sent.end_token &&
        (doc.W(j + 2) == "the" || doc.W(j + 2) == "that" || doc.W(j + 2) == "this") && deal_noun(j + 3)) {
      return money_after(j + 4, 8);
    }
    // "The total contract value is approximately RM3.8 billion"
    if (w == "contract" && n == "value" && j + 2 < sent.end_token && doc.W(j + 2) == "is") {
      return money_after(j + 3, 4);
    }
    // "puts the contract at $N"
    if ((w == "puts" || w == "put" || w == "estimates" || w == "estimated") && det && j + 3 < sent.end_token &&
        deal_noun(j + 2) && doc.W(j + 3) == "at") {
      return money_after(j + 4, 6);
    }
    // "expect the lease to generate contracted revenue of about $N"
    if (det && deal_noun(j + 2) && j + 4 < sent.end_token && doc.W(j + 3) == "to" &&
        (doc.W(j + 4) == "generate" || doc.W(j + 4) == "bring")) {
      return money_after(j + 5, 8);
    }
    // "A sale could fetch around EUR250 million"
    if ((w == "a" || w == "the" || w == "that" || w == "this" || w == "any") && deal_noun(j + 1)) {
      uint32_t v = j + 2;
      if (v < sent.end_token && (doc.W(v) == "could" || doc.W(v) == "would" || doc.W(v) == "may" ||
                                 doc.W(v) == "might" || doc.W(v) == "will")) {
        ++v;
      }
      if (v < sent.end_token && (doc.W(v) == "fetch" || doc.W(v) == "command" || doc.W(v) == "fetches")) {
        return money_after(v + 1, 5);
      }
    }
    // "two people close to the talks put it at more than $900 million", "put the figure at"
    if ((w == "puts" || w == "put" || w == "estimated" || w == "estimates" || w == "valued" || w == "values") &&
        j + 3 < sent.end_token &&
        (n == "it" || ((n == "the" || n == "its") && (doc.W(j + 2) == "figure" || doc.W(j + 2) == "price") &&
                       j + 4 < sent.end_token && doc.W(j + 3) == "at"))) {
      const uint32_t at = n == "it" ? j + 2 : j + 3;
      if (doc.W(at) == "at") return money_after(at + 1, 5);
    }
    // "CNBC put the value at $20 billion", "People familiar with the order put its value at about $2.5 billion"
    if ((w == "puts" || w == "put" || w == "estimated" || w == "estimates") && det && j + 3 < sent.end_token &&
        doc.W(j + 2) == "value" && doc.W(j + 3) == "at") {
      return money_after(j + 4, 6);
    }
    // "Those orders are valued at approximately $2.2 billion", "The total
    // consideration is up to EUR85 million"
    if ((w == "the" || w == "that" || w == "this" || w == "those" || w == "these") && deal_noun(j + 1) &&
        j + 3 < sent.end_token) {
      uint32_t v = j + 2;
      if (v < sent.end_token && (doc.W(v) == "is" || doc.W(v) == "was" || doc.W(v) == "are" || doc.W(v) == "were")) {
        if (v + 2 < sent.end_token && doc.W(v + 1) == "valued" && doc.W(v + 2) == "at") return money_after(v + 3, 5);
        if (doc.W(j + 1) == "consideration") return money_after(v + 1, 4);
      }
    }
    // (With "total" between: "The total consideration is ...".)
    if ((w == "the" || w == "its") && n == "total" && j + 4 < sent.end_token && doc.W(j + 2) == "consideration" &&
        (doc.W(j + 3) == "is" || doc.W(j + 3) == "was")) {
      return money_after(j + 4, 4);
    }
    // "The holding, worth roughly $2.6 billion at Tuesday's close, ...", "The
    // deal, valued at $N, ...": the amount in apposition to the deal's noun.
    if (j == f && (w == "the" || w == "that" || w == "this" || w == "its") && j + 4 < sent.end_token &&
        (deal_noun(j + 1) || n == "stake" || n == "holding" || n == "position" || n == "investment") &&
        doc.W(j + 2) == ",") {
      if (doc.W(j + 3) == "worth") return money_after(j + 4, 4);
      if (doc.W(j + 3) == "valued" && doc.W(j + 4) == "at") return money_after(j + 5, 4);
      // ("The deal, which is worth $400 million, ...", "which is valued at $N")
      if (doc.W(j + 3) == "which" && j + 6 < sent.end_token && (doc.W(j + 4) == "is" || doc.W(j + 4) == "was")) {
        if (doc.W(j + 5) == "worth") return money_after(j + 6, 4);
        if (doc.W(j + 5) == "valued" && doc.W(j + 6) == "at") return money_after(j + 7, 4);
      }
    }
    // "It is worth about $N", "The deal is worth $N"
    if (w == "worth" && j > f) {
      uint32_t v = j - 1;
      if (doc.W(v) == "be" && v > f) --v;  // "would be worth", "could be worth"
      if (doc.W(v) == "would" || doc.W(v) == "could" || doc.W(v) == "will") --v;
      bool subject = v == f + 1 && (doc.W(f) == "it" || doc.W(f) == "this" || doc.W(f) == "that");
      subject = subject || (v == f + 2 && (doc.W(f) == "the" || doc.W(f) == "that" || doc.W(f) == "this") &&
                            deal_noun(f + 1));
      if (subject && (doc.W(v) == "is" || doc.W(v) == "was" || doc.W(v) == "be" || doc.W(v) == "are")) {
        return money_after(j + 1, 4);
      }
    }
  }
  return nullptr;
}

// An investment that names no investee ("Amazon, which has invested $8
// billion, remains its main partner"): the investee of the latest
// investment reported before it by someone else, else the organization the
// article is about, unless that is the investor itself.
void ImplyInvestee(const DocContext& doc, const std::vector<Candidate>& kept, Candidate& c) {
  const Gazetteer& gz = doc.gazetteer();
  NameSet investors = Roots(gz, c.from);
  auto fits = [&](const Mention* m) { return !investors.count(gz.RootView(m->canonical)); };
  // "X has committed a further $150 million": more of X's own latest investment.
  if (Distinct(doc, c) == Marker::kAdditive) {
    for (auto it = kept.rbegin(); it != kept.rend() && it->sentence + 3 >= c.sentence; ++it) {
      if (it->type != DealType::kInvestment || it->to.size() != 1 || !fits(it->to[0])) continue;
      if (Subset(investors, Roots(gz, it->from))) {
        c.to = it->to;
        return;
      }
    }
  }
  for (auto it = kept.rbegin(); it != kept.rend(); ++it) {
    if (it->type != DealType::kInvestment || it->to.size() != 1 || !fits(it->to[0])) continue;
    if (Roots(gz, it->from) == investors) continue;
    c.to = it->to;
    return;
  }
  if (const Mention* topic = doc.Topic(); topic && fits(topic)) c.to = {topic};
}

// Parties are named as the text names them (spec section 5): the form of an
// organization's name written most often in the document ("Samsung" for
// Samsung Electronics, "SoftBank" for SoftBank Group), corporate suffixes
// aside; the gazetteer's name when it is among the most written, or when
// the text only refers to the organization.
class WrittenNames {
 public:
  // The forms of a name are collected when a deal first asks for it: most
  // names mentioned are in no deal.
  WrittenNames(std::string_view text, const Segmentation& seg, const std::vector<Mention>& mentions)
      : text_(text), seg_(seg), mentions_(mentions) {}

  // The name a deal gives the organization (asked once per party of each
  // deal: the choice is kept per canonical name).
  // (Valid until the next call; the canonical names are the mentions' own,
  // which outlive this.)
  const std::string& As(const std::string& canonical) const {
    if (const std::string* chosen = chosen_.Find(canonical)) return *chosen;
    std::string pick = Choose(canonical);
    std::string& chosen = chosen_[canonical];
    chosen = std::move(pick);
    return chosen;
  }

 private:
  // A written form of a name: a view of the text (or of owned_, when line
  // breaks or tabs in it became spaces) and how often it is written.
  using Forms = std::vector<std::pair<std::string_view, int>>;

  // (Asked once per canonical name: its forms are not kept.)
  std::string Choose(const std::string& canonical) const {
    owned_.clear();
    const Forms forms = FormsOf(canonical);
    if (forms.empty()) return canonical;
    int best = 0;
    std::string_view pick;
    const std::string_view stripped = StripSuffix(canonical);
    for (const auto& [f, n] : forms) {
      bool is_canonical = EqualsIgnoringAsciiCase(f, stripped);
      // "EA" yields to "Electronic Arts" when both are written, unless the
      // gazetteer names the organization by its initials.
      if (!is_canonical && ExpandedIn(f, forms)) continue;
      if (n > best || (n == best && is_canonical)) {
        best = n;
        pick = is_canonical ? std::string_view(canonical) : f;
      }
    }
    if (pick.empty()) return canonical;
    // "SSI" for Safe Superintelligence, "PIF" for the Public Investment Fund:
    // an acronym the gazetteer spells out is named by its full name.
    if (IsAcronym(pick) && canonical.find(' ') != std::string::npos && !IsAcronym(canonical)) return canonical;
    // "Docomo" is written most, "NTT Docomo" at the first mention: the
    // fuller form that ends with the short one is the clearer name.
    std::string_view fuller;
    for (const auto& [f, n] : forms) {
      if (f.size() > pick.size() + 1 && f.compare(f.size() - pick.size(), pick.size(), pick) == 0 &&
          f[f.size() - pick.size() - 1] == ' ' && f.size() > fuller.size()) {
        fuller = f;
      }
    }
    return std::string(fuller.empty() ? pick : fuller);
  }

  // The written forms of the organization's name mentions (suffixes stripped)
  // with their counts, in text order.
  Forms FormsOf(const std::string& canonical) const {
    Forms forms;
    const auto& toks = seg_.tokens;
    for (const Mention& m : mentions_) {
      if (m.kind != MentionKind::kName || m.end_token <= m.first_token || m.end_token > toks.size()) continue;
      if (m.canonical != canonical) continue;
      std::string_view form =
          StripSuffix(text_.substr(toks[m.first_token].start, toks[m.end_token - 1].end - toks[m.first_token].start));
      if (form.empty()) continue;
      bool found = false;
      for (auto& [f, n] : forms) {
        if (f == form) {
          ++n;
          found = true;
        }
      }
      if (!found) forms.emplace_back(form, 1);
    }
    return forms;
  }

  // Whether `form` is the initials of another form written ("PIF", "Public Investment Fund").
  // Two to five capital letters: "SSI", "PIF", "EA".
  static bool IsAcronym(std::string_view form) {
    if (form.size() < 2 || form.size() > 5) return false;
    for (char c : form) {
      if (c < 'A' || c > 'Z') return false;
    }
    return true;
  }

  static bool ExpandedIn(std::string_view form, const Forms& forms) {
    if (!IsAcronym(form)) return false;
    for (const auto& [other, n] : forms) {
      std::string initials;
      bool start = true;
      for (char c : other) {
        if (start && c >= 'A' && c <= 'Z') initials += c;
        start = c == ' ' || c == '-';
      }
      if (initials == form && other.find(' ') != std::string::npos) return true;
    }
    return false;
  }

  // "Acme Inc." and "Acme" are one form; line breaks inside a name become
  // spaces (in a copy kept in owned_ until the next Choose).
  std::string_view StripSuffix(std::string_view s) const {
    // ("PT Telnusa Digital Tbk": an Indonesian legal form before the name.)
    if (s.size() > 3 && s.substr(0, 3) == "PT ") s.remove_prefix(3);
    // "Powerchip Semiconductor Manufacturing Corporation (PSMC)": the short
    // form in brackets is written beside the name, not part of it.
    // (The last byte first: rfind walks the whole name.)
    if (!s.empty() && s.back() == ')') {
      if (size_t open = s.rfind(" ("); open != std::string::npos && open > 0) s = s.substr(0, open);
    }
    // (Found with memchr: few names hold a line break or a tab.)
    if (s.find('\n') != std::string::npos || s.find('\t') != std::string::npos) {
      std::string& copy = owned_.emplace_front(s);
      for (char& c : copy) {
        if (c == '\n' || c == '\t') c = ' ';
      }
      s = copy;
    }
    static constexpr std::string_view kSuffixes[] = {" Inc.", " Inc", " Corp.", " Corp", " Corporation", " Ltd.",
                                                     " Ltd", " LLC", " plc", " PLC", " Plc", " Co.", " Berhad",
                                                     " Bhd", " Tbk", " N.V.", " AG", " GmbH", " S.A.", " AB",
                                                     " Oyj", ","};
    // The last bytes of the suffixes: most names end in none of them.
    static constexpr std::array<bool, 256> kLastByte = [] {
      std::array<bool, 256> last{};
      for (std::string_view suf : kSuffixes) last[static_cast<unsigned char>(suf.back())] = true;
      return last;
    }();
    bool again = true;
    while (again && !s.empty() && kLastByte[static_cast<unsigned char>(s.back())]) {
      again = false;
      for (std::string_view suf : kSuffixes) {
        if (s.size() > suf.size() && s.back() == suf.back() && s.compare(s.size() - suf.size(), suf.size(), suf) == 0) {
          s.remove_suffix(suf.size());
          again = true;
        }
      }
    }
    return s;
  }
  static bool EqualsIgnoringAsciiCase(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i) {
      auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; };
      if (lower(a[i]) != lower(b[i])) return false;
    }
    return true;
  }
  std::string_view text_;
  const Segmentation& seg_;
  const std::vector<Mention>& mentions_;
  mutable NameTable<std::string> chosen_;  // As() by canonical (views of the mentions' names)
  mutable std::forward_list<std::string> owned_;  // forms whose blanks became spaces (see StripSuffix)
};

}  // namespace

// The deals the pair model reads in sentence s (pair_model.h), best first,
// one per two organizations: a candidate for each ordered pair whose best
// deal class beats no deal by PairModel::kMargin.
void PairDeals(const DocContext& doc, const PairModel& model, uint32_t s, std::vector<Candidate>& out) {
  if (doc.Readings(s).empty()) return;  // (PairSentence's cheap half first)
  const std::vector<const Mention*> named = NamedInSentence(doc, s);
  if (!PairSentence(doc, s, named)) return;
  struct Reading {
    float margin;
    const Mention* a;
    const Mention* b;
    int cls;
  };
  std::vector<Reading> readings;
  PairFeatures features;
  for (const Mention* a : named) {
    for (const Mention* b : named) {
      if (a == b) continue;
      PairFeaturesOf(doc, s, *a, *b, named, &features);
      const PairScores sc = model.Score(features);
      int best = 1;
      for (int c = 2; c < kPairClasses; ++c) {
        if (sc[c] > sc[best]) best = c;
      }
      if (sc[best] - sc[0] > PairModel::kMargin) readings.push_back({sc[best] - sc[0], a, b, best});
    }
  }
  std::stable_sort(readings.begin(), readings.end(),
                   [](const Reading& x, const Reading& y) { return x.margin > y.margin; });
  std::vector<std::pair<const Mention*, const Mention*>> taken;
  for (const Reading& r : readings) {
    bool dup = false;
    for (const auto& [x, y] : taken) dup = dup || (x == r.b && y == r.a);
    if (dup) continue;
    taken.emplace_back(r.a, r.b);
    Candidate c;
    c.type = DealTypeOfPairClass(r.cls);
    c.frame = Frame::kDeal;
    c.from = {r.a};
    c.to = {r.b};
    c.sentence = c.last_sentence = s;
    // The reading word nearest after the first of the two names stands for
    // the trigger: the status, the goods and the amount are read from it.
    const uint32_t first = std::min(r.a->first_token, r.b->first_token);
    const std::span<const uint32_t> words = doc.Readings(s);
    c.trigger = words.front();
    for (uint32_t k : words) {
      if (k > first) {
        c.trigger = k;
        break;
      }
    }
    const TriggerWord* tw = doc.TriggerAt(c.trigger);
    if (!tw) tw = doc.PhraseTriggerAt(c.trigger);
    c.status = doc.StatusFor(c.trigger, tw ? tw->form : Form::kNoun);
    if (c.type == DealType::kPurchase) c.asset = doc.AssetNear(c.trigger);
    c.money = doc.MoneyNear(c.trigger, true);
    out.push_back(std::move(c));
  }
}

std::vector<Deal> DealFinder::Find(std::string_view text, const Segmentation& seg,
                                   const std::vector<Entity>& entities,
                                   const std::vector<Mention>& mentions) const {
  return Find(text, AsciiLower(text), seg, entities, mentions);
}

std::vector<Deal> DealFinder::Find(std::string_view text, std::string_view lower, const Segmentation& seg,
                                   const std::vector<Entity>& entities,
                                   const std::vector<Mention>& mentions) const {
  DocContext doc(text, lower, seg, entities, mentions, *lexicon_, *gazetteer_);
  const Gazetteer& gz = *gazetteer_;
  std::vector<Mention> scratch;
  scratch.reserve(64);  // stable addresses for re-resolved mentions (see Unclash)
  std::vector<Candidate> kept;
  // A sentence's candidates and their drop marks, reused from sentence to
  // sentence (cleared and refilled for each: nothing carries over).
  std::vector<Candidate> cands;
  std::vector<bool> drop;
  // Sentences the frame rules joined to a deal or kept a deal from (the pair
  // model reads the others, also those whose readings all came to nothing).
  std::vector<bool> ruled(pairs_ ? seg.sentences.size() : 0, false);
  for (uint32_t s = 0; s < seg.sentences.size(); ++s) {
    CancelFollows(doc, s, kept);
    if (JoinsRound(doc, s, kept) || JoinsBuyers(doc, s, kept)) {
      if (pairs_) ruled[s] = true;
      // ("A and B, which led the company's $19 million Series A in 2023, also
      // took part": the joiners' own round, told in their relative clause, is
      // a deal of its own, when of the same company.)
      FindInSentence(doc, s, cands);
      const NameSet investee = kept.empty() ? NameSet() : Roots(gz, kept.back().to);
      for (Candidate& c : cands) {
        if (scratch.size() + 4 < scratch.capacity()) NoFundAsInvestee(c, scratch, gz);
      }
      std::erase_if(cands, [&](const Candidate& c) {
        return !c.money || !doc.RelativeClause(c.trigger) || Roots(gz, c.to) != investee;
      });
      if (cands.empty()) continue;
    } else {
      FindInSentence(doc, s, cands);
    }
    DropGoodsAsTargets(doc, cands);
    if (!kept.empty()) LikeTheDealBefore(doc, kept.back(), cands);
    bool partyless = true;  // only readings with no parties and no amount
    for (const Candidate& c : cands) partyless = partyless && c.anaphoric && !c.money;
    // (A reading with no parties completes a deal kept from this sentence or
    // the two before only (below): with none, the amount is not looked for.)
    const bool completes = !kept.empty() && kept.back().sentence + 2 >= s;
    if (partyless && completes) {
      // "It is worth about $5.5 billion.": the amount of the deal before.
      if (const Entity* value = ValueOfDealBefore(doc, s)) {
        Candidate c;
        c.frame = Frame::kDeal;
        c.sentence = c.last_sentence = s;
        c.trigger = value->first_token;
        c.money = value;
        c.anaphoric = true;
        cands.push_back(std::move(c));
      }
    }
    if (cands.empty()) {
      CompletionFollows(doc, s, kept);
      SuitorsFollow(doc, s, kept);
      continue;
    }
    for (Candidate& c : cands) {
      if (scratch.size() + 4 < scratch.capacity()) Unclash(c, scratch, gz);
      if (scratch.size() + 4 < scratch.capacity()) NoFundAsInvestee(c, scratch, gz);
      AddCoAgents(doc, c);
      // ("bought its stake in Y, paying $N for the stake": the sentence's own
      // fuller reading of the same investor names the company.)
      bool fuller = false;
      for (const Candidate& o : cands) {
        fuller = fuller || (&o != &c && o.type == c.type && !o.to.empty() && Roots(gz, o.from) == Roots(gz, c.from));
      }
      if (c.implied_to && c.to.empty() && !fuller) ImplyInvestee(doc, kept, c);
      if (c.money && (c.type == DealType::kPurchase || c.type == DealType::kAcquisition)) {
        c.money = TotalPastUpfront(doc, c);
      }
    }
    // Generic words yield to specific ones about the same organizations.
    drop.assign(cands.size(), false);
    for (size_t i = 0; i < cands.size(); ++i) {
      if (Clashes(cands[i])) drop[i] = true;
      if (!cands[i].generic || cands[i].anaphoric) continue;
      for (size_t j = 0; j < cands.size(); ++j) {
        // ("signed a contract worth up to $11.9 billion with Y and received
        // $350 million of Y's stock": two amounts, two deals.)
        const bool other_amount = cands[i].money && cands[j].money && cands[i].money != cands[j].money &&
                                  cands[i].type != cands[j].type;
        if (j != i && !cands[j].generic && !cands[j].anaphoric && !other_amount && SamePair(gz, cands[i], cands[j])) {
          drop[i] = true;
        }
      }
    }
    // One deal read by two triggers ("raised $N in a round led by X"): the
    // reading with more parties on one side wins, and takes the other's amount.
    for (size_t i = 0; i < cands.size(); ++i) {
      for (size_t j = 0; j < cands.size(); ++j) {
        if (i == j || drop[i] || drop[j] || cands[i].anaphoric || cands[j].anaphoric) continue;
        if (cands[i].type != cands[j].type) continue;
        NameSet fi = Roots(gz, cands[i].from), ti = Roots(gz, cands[i].to);
        NameSet fj = Roots(gz, cands[j].from), tj = Roots(gz, cands[j].to);
        bool smaller = Subset(fi, fj) && Subset(ti, tj) && (fi.size() + ti.size() < fj.size() + tj.size());
        if (!smaller || !AmountsCompatible(cands[i].money, cands[j].money)) continue;
        if (!cands[j].money) cands[j].money = cands[i].money;
        drop[i] = true;
      }
    }
    // One amount belongs to the nearest trigger that claims it.
    for (size_t i = 0; i < cands.size(); ++i) {
      for (size_t j = 0; j < cands.size(); ++j) {
        if (i == j || drop[i] || drop[j] || !cands[i].money || cands[i].money != cands[j].money) continue;
        // ("closed a $20 billion funding round that included X": a partyless
        // reading of the same round claims nothing from the one with parties.)
        // (", with a combined investment of $N": the joint venture's own amount.)
        if (cands[j].anaphoric && !cands[i].anaphoric &&
            (cands[j].type == cands[i].type || cands[i].type == DealType::kPartnership)) {
          continue;
        }
        uint32_t mi = cands[i].money->first_token;
        auto dist = [&](const Candidate& c) { return c.trigger > mi ? c.trigger - mi : mi - c.trigger; };
        bool same = cands[i].type == cands[j].type && SameParties(gz, cands[i], cands[j], true);
        if (!same && dist(cands[j]) < dist(cands[i])) cands[i].money = nullptr;
      }
    }
    for (size_t i = 0; i < cands.size(); ++i) {
      if (drop[i]) continue;
      Candidate& c = cands[i];
      if (c.anaphoric) {
        // "The investment may exceed $10 billion.": completes an earlier deal.
        if (!c.money) continue;
        // ("Under the lease terms, X will receive a termination payment of $180
        // million": a fee, not the deal's amount.)
        if (IsFeeAmount(doc, *c.money)) continue;
        for (auto it = kept.rbegin(); it != kept.rend(); ++it) {
          if (it->sentence + 2 < s) break;
          // "That purchase is worth $5.8 billion" completes a purchase of goods too.
          WordView noun = doc.W(c.trigger);
          bool type_ok = c.frame == Frame::kDeal || it->type == c.type ||
                         ((noun == "purchase" || noun == "purchases") && it->type == DealType::kPurchase);
          // "The partners expect combined investment in the project to reach $N": a joint venture's size.
          if (it->type == DealType::kPartnership && noun == "investment" && c.trigger > 0) {
            WordView before = doc.W(c.trigger - 1);
            type_ok = type_ok || before == "combined" || before == "joint" || before == "total";
          }
          // A payer named with the amount ("X will pay $N") pays in its own deal.
          if (!c.from.empty()) {
            type_ok = (it->type == DealType::kAcquisition || it->type == DealType::kPurchase) &&
                      Roots(gz, it->from) == Roots(gz, c.from);
          }
          if (type_ok && !it->money && !UndisclosedAmount(doc, it->sentence)) {
            it->money = c.money;
            it->last_sentence = s;
            // ("in talks with OpenAI over a multi-year agreement to deploy its
            // models ... The arrangement could be worth more than $150
            // million": an agreement with a price is a sale, as the deal frame
            // reads one priced in its own sentence; the side named first buys.)
            const WordView w = doc.W(it->trigger);
            if (it->type == DealType::kPartnership && it->generic &&
                (w == "agreement" || w == "arrangement" || w == "contract")) {
              it->type = DealType::kPurchase;
              it->asset = Asset::kOther;
            }
            break;
          }
        }
        continue;
      }
      if (c.money_required && !c.money) continue;
      if (c.from.empty() && c.to.empty()) continue;
      c.last_sentence = s;
      if (c.type == DealType::kAcquisition && c.from.size() >= 2 && c.sentence == s && RivalBidders(doc, s)) {
        // (Rival buyers: a deal each.)
        for (const Mention* m : c.from) {
          Candidate one = c;
          one.from = {m};
          kept.push_back(std::move(one));
        }
        continue;
      }
      kept.push_back(std::move(c));  // (cands[i] is not read again)
    }
    CompletionFollows(doc, s, kept);
    SuitorsFollow(doc, s, kept);
  }
  if (pairs_) {
    for (const Candidate& c : kept) {
      for (uint32_t s = c.sentence; s <= c.last_sentence && s < ruled.size(); ++s) ruled[s] = true;
    }
    std::vector<Candidate> read;
    for (uint32_t s = 0; s < seg.sentences.size(); ++s) {
      if (!ruled[s]) PairDeals(doc, *pairs_, s, read);
    }
    DropGoodsAsTargets(doc, read);
    if (!read.empty()) {
      // (Into `kept` in sentence order, as the merge below expects.)
      std::vector<Candidate> all;
      all.reserve(kept.size() + read.size());
      size_t i = 0;
      for (Candidate& r : read) {
        while (i < kept.size() && kept[i].sentence <= r.sentence) all.push_back(std::move(kept[i++]));
        all.push_back(std::move(r));
      }
      while (i < kept.size()) all.push_back(std::move(kept[i++]));
      kept = std::move(all);
    }
  }
  // Reports of one deal within the document become one.
  // A report missing one side ("Mistral raises EUR600m") joins a fuller one
  // with the same other side and a compatible amount; the fuller one speaks.
  std::vector<Candidate> merged;
  const bool headline = OpensWithHeadline(doc);
  // "X signs GPU cluster agreement with Y": a headline's purchase says
  // nothing of who pays; the body's purchase between the same two, the other
  // way round, does.
  // (The title lines: those before the first sentence with closing
  // punctuation, "PRESS RELEASE" and the headline.)
  uint32_t titles = 0;
  while (titles < doc.seg().sentences.size() && titles < 3) {
    const Sentence& t = doc.seg().sentences[titles];
    std::string_view last = t.end_token > t.first_token ? doc.W(t.end_token - 1) : "";
    if (last == "." || last == "!" || last == "?" || last == "\"" || last == "”") break;
    ++titles;
  }
  if (titles > 0) {
    std::erase_if(kept, [&](const Candidate& h) {
      if (h.sentence >= titles || h.type != DealType::kPurchase) return false;
      for (const Candidate& b : kept) {
        if (b.sentence >= titles && b.type == DealType::kPurchase && !b.from.empty() && !b.to.empty() &&
            SameParties(gz, h, b, true) && !SameParties(gz, h, b, false)) {
          return true;
        }
      }
      return false;
    });
  }
  for (Candidate& c : kept) {
    bool joined = false;
    Marker c_marker = Distinct(doc, c);
    // Reports of one deal sit near each other; a bounded look-back keeps
    // very long texts linear.
    const size_t kLookBack = 64;
    for (size_t mi = merged.size() > kLookBack ? merged.size() - kLookBack : 0; mi < merged.size(); ++mi) {
      Candidate& m = merged[mi];
      if (m.type != c.type || m.unnamed != c.unnamed) continue;
      // Two assets are two purchases, unless one amount names both: a
      // headline's "AI infrastructure deal" is the body's GPU cloud contract,
      // and so is a headline's purchase between the same two parties.
      bool same_money = m.money && c.money && AmountsCompatible(m.money, c.money);
      // (Nor are "buy GPUs, which it will order through Y" two: one sentence,
      // the same parties, one reading with no goods of its own.)
      // (Nor "X signed a contract to rent capacity from Y. The AI developer
      // will pay the neocloud north of $1.5 billion over the term.": the
      // next sentence's payment between the same two, no goods of its own,
      // prices the contract.)
      const bool one_unread =
          (m.asset == Asset::kOther || c.asset == Asset::kOther) &&
          (m.sentence == c.sentence ||
           (c.sentence == m.last_sentence + 1 && c.asset == Asset::kOther && !m.money && c.money)) &&
          SameParties(gz, m, c, false);
      if (m.type == DealType::kPurchase && m.asset != c.asset && !same_money && !one_unread &&
          !(m.sentence == 0 && headline && SameParties(gz, m, c, false))) {
        continue;
      }
      if (one_unread && m.asset == Asset::kOther) m.asset = c.asset;
      if (!AmountsCompatible(m.money, c.money)) continue;
      if (m.type == DealType::kPurchase && m.asset != c.asset && m.sentence == 0 && c.asset != Asset::kOther) {
        m.asset = c.asset;
      }
      NameSet mf = Roots(gz, m.from), mt = Roots(gz, m.to), cf = Roots(gz, c.from), ct = Roots(gz, c.to);
      bool same = SameParties(gz, m, c, m.type == DealType::kPartnership) ||
                  (headline && m.sentence == 0 && SamePartiesByPrefix(gz, m, c));
      bool c_partial = (cf.empty() && ct == mt) || (ct.empty() && cf == mf) ||
                       (m.type == DealType::kInvestment && ct == mt && Subset(cf, mf) && !cf.empty());
      bool m_partial = (mf.empty() && ct == mt) || (mt.empty() && cf == mf) ||
                       (m.type == DealType::kInvestment && ct == mt && Subset(mf, cf) && !mf.empty());
      // ("X agrees to sell tower unit to Y for about EUR780m" over the body's
      // "agreed to sell its tower subsidiary, Z, to Y for about 780 million
      // euros": the headline's buyer and amount, the body's target.)
      if (!same && !c_partial && !m_partial && headline && m.sentence == 0 && c.sentence > 0 &&
          m.type == DealType::kAcquisition && !mf.empty() && mf == cf && m.money && c.money) {
        m_partial = true;
      }
      if (!same && !c_partial && !m_partial) continue;
      // ("agreed to invest $11 billion in three developers. It is in talks to
      // buy a stake in Y": a report at another stage is another deal.)
      if (!same && m.sentence != c.sentence && c.status == DealStatus::kTalks &&
          (m.status == DealStatus::kAnnounced || m.status == DealStatus::kCompleted)) {
        continue;
      }
      if (!MarkersAgree(c_marker, Distinct(doc, m), c.status, m.status)) continue;
      // (A Series D and a Series E of one company are two rounds, whatever their amounts.)
      if (m.type == DealType::kInvestment) {
        const char a = SeriesLetter(doc, m), b = SeriesLetter(doc, c);
        if (a && b && a != b) continue;
      }
      // "set up in March 2024, when Amazon bought the campus from Talen" and
      // this year's new contract between the two: dated apart, two deals.
      int yc = doc.YearInClause(c.trigger), ym = doc.YearInClause(m.trigger);
      if (yc > 0 && ym > 0 && yc != ym) continue;
      if ((yc > 0) != (ym > 0) && c.status != m.status && std::max(yc, ym) < doc.LatestYear() &&
          (c.status == DealStatus::kCompleted || m.status == DealStatus::kCompleted)) {
        continue;
      }
      // A headline's tense is loose ("X becomes top shareholder after buying
      // stake"): the body's report of the deal gives its status.
      if (headline && m.sentence == 0 && c.sentence > 0 && !m.body_status) {
        m.status = c.status;
        m.body_status = true;
        // (The body's sentence is the deal's evidence; the headline only names it.)
        m.sentence = c.sentence;
        m.last_sentence = c.last_sentence;
        // ("Samsung venture fund in talks to back Dasan" over "Samsung Catalyst
        // Fund ... in talks to lead an investment in Dasan Silicon": the body
        // names the parties in full.)
        if (same) {
          if (!c.from.empty()) m.from = c.from;
          if (!c.to.empty()) m.to = c.to;
        }
      }
      if (m_partial && !same) {
        Candidate fuller = c;
        if (!fuller.money) fuller.money = m.money;
        m = std::move(fuller);
      } else if (c.money && (!m.money || (m.money->money.qualifier == Qualifier::kExact &&
                                         c.money->money.qualifier != Qualifier::kExact))) {
        m.money = c.money;  // a headline's "¥100bn" is the body's "about 100 billion yen"
      }
      joined = true;
      break;
    }
    if (!joined) merged.push_back(std::move(c));  // (kept[i] is not read again)
  }
  // "The two companies have signed a binding agreement" about a purchase or a
  // takeover the text reports between them: the agreement is that deal.
  std::vector<bool> same_as_money_deal(merged.size(), false);
  for (size_t i = 0; i < merged.size(); ++i) {
    const Candidate& p = merged[i];
    if (p.type != DealType::kPartnership || !p.generic || p.money) continue;
    NameSet pair = Roots(gz, p.from);
    for (const auto& n : Roots(gz, p.to)) pair.insert(n);
    // Reports a few sentences apart sit near each other in the list: a bounded window keeps long texts linear.
    const size_t kWindow = 64;
    for (size_t j = i > kWindow ? i - kWindow : 0; j < std::min(merged.size(), i + kWindow) && !same_as_money_deal[i];
         ++j) {
      const Candidate& d = merged[j];
      if (j == i || d.type == DealType::kPartnership) continue;
      if (d.sentence + 3 < p.sentence || p.sentence + 3 < d.sentence) continue;
      NameSet both = Roots(gz, d.from);
      for (const auto& n : Roots(gz, d.to)) both.insert(n);
      same_as_money_deal[i] = both == pair;
    }
  }
  // "X will acquire Y for $N ... the chipmaker will buy the 62 percent stake
  // held by Y's founders": a stake with no price of its own, bought by the
  // acquirer of the same company at a stated price, is a step of that acquisition.
  for (size_t i = 0; i < merged.size(); ++i) {
    const Candidate& p = merged[i];
    if (p.type != DealType::kInvestment || p.money || p.from.empty() || p.to.empty()) continue;
    for (const Candidate& d : merged) {
      // (A takeover dated in an earlier year, "bought the bulk of Intel's modem
      // business in 2019", is no step of a stake talked about now.)
      const int year = doc.YearInClause(d.trigger);
      if (year > 0 && year < doc.LatestYear() && p.status != d.status) continue;
      if (d.type == DealType::kAcquisition && d.money && Roots(gz, d.from) == Roots(gz, p.from) &&
          Roots(gz, d.to) == Roots(gz, p.to)) {
        same_as_money_deal[i] = true;
        break;
      }
    }
  }
  for (size_t i = merged.size(); i-- > 0;) {
    if (same_as_money_deal[i]) merged.erase(merged.begin() + static_cast<std::ptrdiff_t>(i));
  }
  WrittenNames names(text, seg, mentions);
  std::vector<Deal> out;
  for (const Candidate& c : merged) {
    Deal d;
    // ("Visa made an investment in Y, without disclosing the amount": no
    // amount from another sentence.)
    const Entity* money = c.money;
    if (money && doc.SentenceOf(money->first_token) != c.sentence && UndisclosedAmount(doc, c.sentence)) {
      money = nullptr;
    }
    d.type = c.type;
    d.asset = c.type == DealType::kPurchase ? (c.asset == Asset::kNone ? Asset::kOther : c.asset) : Asset::kNone;
    auto add = [](std::vector<std::string>& names, const std::string& name) {
      if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
    };
    for (const Mention* m : c.from) add(d.from, names.As(m->canonical));
    for (const Mention* m : c.to) add(d.to, names.As(m->canonical));
    if (money) d.amount = money->money;
    d.aggregate = money && (c.aggregate || d.to.size() > 1 || (d.from.size() > 1 && (c.type != DealType::kInvestment ||
                                                                          doc.Combined(c.trigger))));
    d.status = c.status;
    const Sentence& first = seg.sentences[c.sentence];
    const Sentence& last = seg.sentences[c.last_sentence];
    d.evidence.start = first.start;
    d.evidence.end = last.end;
    d.evidence.text = std::string(text.substr(first.start, last.end - first.start));
    for (uint32_t k = first.first_token; k < last.end_token; ++k) {
      const Entity* o = doc.OutletAt(k);
      // A dateline's outlet ("LONDON, May 2 (Reuters) - ...") publishes the
      // article; it is not credited for the claim.
      if (o && o->first_token == k) {
        const Sentence& s = seg.sentences[doc.SentenceOf(k)];
        if (InDateline(text, seg.tokens, s.first_token, s.end_token, o->first_token, o->end_token)) continue;
      }
      if (o && std::find(d.attribution.begin(), d.attribution.end(), o->canonical) == d.attribution.end()) {
        d.attribution.push_back(o->canonical);
      }
    }
    // "It has also put money into X and Y": without an amount to share, an
    // investment in several companies is one deal with each.
    if (d.type == DealType::kInvestment && !money && d.to.size() > 1 && !d.from.empty()) {
      for (const std::string& investee : d.to) {
        Deal one = d;
        one.to = {investee};
        out.push_back(std::move(one));
      }
      continue;
    }
    out.push_back(std::move(d));
  }
  return out;
}

}  // namespace dealgraph
