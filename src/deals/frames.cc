// Frame rules: for each trigger word of a sentence, who pays whom, for what.
// Each frame of the lexicon (invest, raise, acquire, deal, ...) has one rule
// here that fills the candidate's parties from the slots around the trigger.
#include <algorithm>
#include <optional>

#include "deals/context.h"
#include "entities/lexicon.h"

namespace dealgraph {
namespace {

using Mentions = std::vector<const Mention*>;

bool Has(const DocContext& doc, uint32_t b, uint32_t e, std::initializer_list<std::string_view> words) {
  for (uint32_t j = b; j < e; ++j) {
    for (std::string_view w : words) {
      if (doc.W(j) == w) return true;
    }
  }
  return false;
}

// Nouns for a funding round.
bool IsRoundWord(std::string_view w) {
  return w == "round" || w == "funding" || w == "financing" || w == "series" || w == "raise" || w == "fundraise";
}

// "a controlling stake", "a majority stake": a share that is control.
bool ControlWord(WordView w) { return w == "controlling" || w == "majority"; }

bool MajorityShare(const DocContext& doc, uint32_t b, uint32_t e);

// The token after an apposition that opens at j (", a Leeds designer of
// chips,"), or j when none does: at most `max` tokens up to its closing comma.
uint32_t PastApposition(const DocContext& doc, uint32_t j, uint32_t end, uint32_t max) {
  if (j + 2 >= end || doc.W(j) != ",") return j;
  // (", the venture arm of Y,", ", Nvidia's venture capital arm,")
  const Mention* owner = doc.MentionAt(j + 1);
  const bool possessed = owner && owner->possessive && owner->first_token == j + 1;
  if (!(doc.W(j + 1) == "a" || doc.W(j + 1) == "an" || doc.W(j + 1) == "the" || possessed)) return j;
  uint32_t c = j + 2;
  while (c < end && c < j + max && doc.W(c) != ",") {
    // (", Abu Dhabi's MGX and Y": a member with its place, no apposition.)
    if (possessed && c >= owner->end_token && doc.MentionAt(c)) return j;
    ++c;
  }
  return c < end && doc.W(c) == "," ? c + 1 : j;
}

// A list of names from token b, each member allowed a description before it
// ("telecom operator KDDI", "the state-backed Japan Investment Corp.") and an
// apposition after it (", the venture arm of Mitsubishi UFJ Financial Group,"),
// joined by commas and "and"; *end is set one past its last member.
Mentions DescribedList(const DocContext& doc, uint32_t b, uint32_t limit, uint32_t* end) {
  Mentions out;
  uint32_t j = b;
  while (j < limit && out.size() < 8) {
    Mentions one = doc.ListAt(j, limit, 4);
    // ("and Norway's state-backed investor Y": a place's possessive in the description.)
    if (!one.empty() && one[0]->possessive && one[0]->first_token == j) one = doc.ListAt(one[0]->end_token, limit, 3);
    if (one.empty() || one[0]->possessive || one[0]->kind != MentionKind::kName) break;
    out.push_back(one[0]);
    j = one[0]->end_token;
    *end = j;
    j = PastApposition(doc, j, limit, 12);
    if (j < limit && doc.W(j) == ",") ++j;
    if (j < limit && doc.W(j) == "and") ++j;
    if (j == *end) break;  // no separator: the list ends
  }
  return out;
}

// ", which was led by Z" at token a (on "which"): a relative clause naming
// the lead of the round before it.
bool WhichWasLedBy(const DocContext& doc, uint32_t a) {
  return a + 3 < doc.SentenceEnd(a) && doc.W(a) == "which" && doc.W(a + 1) == "was" &&
         (doc.W(a + 2) == "led" || doc.W(a + 2) == "co-led") && doc.W(a + 3) == "by";
}

// "from investors it declined to name": a pronoun right after the investors'
// noun is the company speaking, no investor.
bool SpeakerAfterInvestors(const DocContext& doc, const Mention& m) {
  if (m.kind != MentionKind::kPronoun || m.first_token == 0) return false;
  const WordView w = doc.W(m.first_token - 1);
  return w == "investors" || w == "backers" || w == "funds";
}

// Investors named after "led by", "from", "including", "participation from", "backed by".
Mentions Investors(const DocContext& doc, uint32_t k) {
  Mentions out;
  // ("Y, which raised $700 million from a group including A, B and C, now
  // has ...": a list of names goes on past the comma that ends the clause.)
  uint32_t end = doc.ClauseEnd(k);
  // (The clause may end after its comma: the next name opens the next one.)
  // (", which also included Y and Z", "a Series A, which was led by Y and Z":
  // a relative clause that names more of the group, or its lead.)
  auto includes_more = [&](uint32_t a) {
    if (a + 3 >= doc.SentenceEnd(k) || (doc.W(a) != "which" && doc.W(a) != "that")) return false;
    const WordView v = doc.W(a + 1) == "also" ? doc.W(a + 2) : doc.W(a + 1);
    return v == "included" || v == "includes" || v == "include" || WhichWasLedBy(doc, a);
  };
  // ("and the company's seed investor, Harrow Lane": a backer's name in
  // apposition to its role.)
  auto role_then_name = [&](uint32_t a) {
    const WordView r = doc.W(a - 2);
    return doc.MentionAt(a) && (r == "investor" || r == "backer" || r == "shareholder" || r == "lender");
  };
  while (end >= 2 && end < doc.SentenceEnd(k) && doc.W(end - 1) == "," &&
         ((doc.MentionAt(end) && doc.MentionAt(end - 2)) || includes_more(end) || role_then_name(end))) {
    const uint32_t next = doc.ClauseEnd(end);
    if (next <= end) break;
    end = next;
  }
  // ("Its $155 million Series A, which closed at the end of last year, was
  // led by X", "A $75 million Series C for Y, a Denver maker of batteries,
  // was led by X": an aside between commas, then the round's lead.)
  if (end >= 2 && end < doc.SentenceEnd(k) && doc.W(end - 1) == ",") {
    for (uint32_t c = end; c + 4 < doc.SentenceEnd(k) && c < end + 16; ++c) {
      if (doc.W(c) != ",") continue;
      uint32_t v = c + 1;
      if (doc.W(v) == "was" || doc.W(v) == "were" || doc.W(v) == "is") ++v;
      if (v > c + 1 && (doc.W(v) == "led" || doc.W(v) == "co-led") && doc.W(v + 1) == "by") end = doc.ClauseEnd(v);
      break;
    }
  }
  // ("raised [$85m] Series B; led by X, with Y taking part": a roundup row's
  // semicolon before the round's lead.)
  if (end + 2 < doc.SentenceEnd(k) && doc.W(end - 1) == ";" && (doc.W(end) == "led" || doc.W(end) == "co-led") &&
      doc.W(end + 1) == "by" && doc.MoneyNear(k, true)) {
    end = doc.SentenceEnd(k);
  }
  for (uint32_t j = k + 1; j < end; ++j) {
    WordView w = doc.W(j);
    // ("raised $640 million in a Series D led by X, and Y secured $700
    // million in a round led by Z": the second raise has investors of its own.)
    // ("..., and said that it had raised more than $1 billion in a Series C led
    // by Z": past an auxiliary too.)
    if (const TriggerWord* v = doc.TriggerAt(j);
        v && v->frame == Frame::kRaise && (v->form == Form::kPast || v->form == Form::kPresent) && j > 1) {
      const uint32_t s = doc.W(j - 1) == "had" || doc.W(j - 1) == "has" || doc.W(j - 1) == "have" ? j - 2 : j - 1;
      if (doc.MentionAt(s) && !doc.MentionAt(s)->possessive) break;
    }
    bool marker = w == "from" || w == "including" || w == "by" || w == "of" || w == "as";
    if (w == "of" && !(j > 0 && (doc.W(j - 1) == "participation"))) marker = false;
    // ("including funds managed by X and Y")
    if (w == "by" && !(doc.W(j - 1) == "led" || doc.W(j - 1) == "co-led" || doc.W(j - 1) == "backed" ||
                       doc.W(j - 1) == "joined" || doc.W(j - 1) == "headed" || doc.W(j - 1) == "anchored" ||
                       doc.W(j - 1) == "managed" || doc.W(j - 1) == "advised")) {
      marker = false;
    }
    if (w == "as" && !(j > 0 && doc.W(j - 1) == "such")) marker = false;
    // "angel investors, including engineers from Stripe": people, not the firms.
    if (w == "from" && j > 0) {
      WordView who = doc.W(j - 1);
      if (who == "away") marker = false;  // "win customers away from Nvidia"
      // ("and would receive a termination fee from X": a payment, not funding.)
      if (who == "fee" || who == "fees" || who == "payment" || who == "payments" || who == "compensation") {
        marker = false;
      }
      // ("subject to approval from the Spanish government": a regulator's consent.)
      if (who == "approval" || who == "approvals" || who == "clearance" || who == "consent" || who == "permission") {
        marker = false;
      }
      if (who == "engineers" || who == "employees" || who == "executives" || who == "staff" ||
          who == "founders" || who == "alumni" || who == "veterans" || who == "researchers" || who == "people") {
        marker = false;
      }
    }
    // "from a group that included X and Y", "from investors who include X"
    // ("in a round whose investors included X, Y and Z")
    if ((w == "included" || w == "include" || w == "includes") && j >= 3 && doc.W(j - 1) == "investors" &&
        doc.W(j - 2) == "whose") {
      marker = true;
    }
    // ("a round led by X, which also included Y": past "also" and the comma.)
    uint32_t rel = j >= 2 && doc.W(j - 1) == "also" ? j - 2 : j - 1;
    if ((w == "included" || w == "includes" || w == "include") && rel >= 1 && rel < j &&
        (doc.W(rel) == "that" || doc.W(rel) == "which" || doc.W(rel) == "who")) {
      WordView g = doc.W(rel - 1);
      // ("a round that also included Y": another member of a round the trigger's money is a part of.)
      marker = rel + 1 == j && (g == "group" || g == "investors" || g == "syndicate" || g == "consortium" || g == "backers" ||
               g == "firms" || g == "funds" || g == "round" || g == "financing" || g == "raise");
      // ("X led the round, which also included new investors A and B": the
      // round the verb led, before the comma.)
      if (g == "," && rel >= 3 && IsRoundWord(doc.W(rel - 2)) && doc.W(rel - 3) == "the" && rel >= 4 &&
          (doc.W(rel - 4) == "led" || doc.W(rel - 4) == "co-led")) {
        marker = true;
      }
      // ("a round led by X that included A, B and C": the round's other members.)
      const uint32_t before = g == "," && rel >= 2 ? rel - 2 : rel - 1;
      if (const Mention* lead = doc.MentionAt(before); !marker && lead && lead->end_token == before + 1 &&
          lead->first_token >= 2 && doc.W(lead->first_token - 1) == "by" &&
          (doc.W(lead->first_token - 2) == "led" || doc.W(lead->first_token - 2) == "co-led")) {
        marker = true;
      }
    }
    // ("in a round that Alibaba is expected to lead", "a round which X will
    // lead": the lead named in a relative clause after the round.)
    if ((w == "that" || w == "which") && j > k && j + 3 < end && IsRoundWord(doc.W(j - 1))) {
      const Mention* lead = doc.MentionAt(j + 1);
      if (lead && lead->first_token == j + 1 && !lead->possessive && lead->kind == MentionKind::kName) {
        uint32_t v = lead->end_token;
        if (v + 2 < end && (doc.W(v) == "is" || doc.W(v) == "was") && doc.W(v + 1) == "expected" &&
            doc.W(v + 2) == "to") {
          v += 3;
        } else if (v < end && (doc.W(v) == "will" || doc.W(v) == "would" || doc.W(v) == "could")) {
          ++v;
        }
        if (v < end && (doc.W(v) == "lead" || doc.W(v) == "co-lead" || doc.W(v) == "led" || doc.W(v) == "co-led")) {
          AddUnique(out, lead);
        }
      }
    }
    // "the Series B brought in Microsoft, Nvidia and Intel Capital"
    if (w == "in" && (doc.W(j - 1) == "brought" || doc.W(j - 1) == "brings" || doc.W(j - 1) == "drew")) marker = true;
    // ("raised $480mn in a round in which Nvidia took part")
    if (w == "which" && j > k + 1 && doc.W(j - 1) == "in") {
      Mentions list = doc.ListAt(j + 1, end, 1);
      uint32_t a = list.empty() ? end : list.back()->end_token;
      if (a < end && doc.W(a) == "also") ++a;
      if (a + 1 < end && ((doc.W(a) == "took" && doc.W(a + 1) == "part") || doc.W(a) == "participated" ||
                          doc.W(a) == "invested")) {
        for (const Mention* m : list) AddUnique(out, m);
      }
      continue;
    }
    // ("led Redbank's $900 million Series C in 2024, alongside the Texas fund Y")
    if (w == "alongside" && j > k + 1) {
      for (const Mention* m : doc.ListAt(j + 1, end, 4)) {
        if (!m->possessive && m->kind == MentionKind::kName) AddUnique(out, m);
      }
      continue;
    }
    // ("led our round, together with Eisvogel Ventures")
    if (w == "with" && j > k + 1 && doc.W(j - 1) == "together") {
      for (const Mention* m : doc.ListAt(j + 1, end, 3)) AddUnique(out, m);
      continue;
    }
    if (w == "with") {  // ", with Samsung Next participating"
      // (", with the French state bank Bpifrance in discussions": a longer description first.)
      Mentions list = doc.ListAt(j + 1, end, 2);
      if (list.empty()) list = doc.ListAt(j + 1, end, 4);
      uint32_t after = list.empty() ? end : list.back()->end_token;
      // (", with Infineon's venture arm also taking part": the arm's owner.)
      const Mention* arm_of = nullptr;  // the owner of an arm that opens the list
      uint32_t arm_end = j + 1;
      if (j + 1 < end && doc.MentionAt(j + 1) && doc.MentionAt(j + 1)->possessive) {
        const Mention* owner = doc.MentionAt(j + 1);
        uint32_t a = owner->end_token;
        while (a < end && a < owner->end_token + 4 && (doc.W(a) == "'s" || doc.W(a) == "venture" ||
                                                       doc.W(a) == "investment" || doc.W(a) == "arm" ||
                                                       doc.W(a) == "fund" || doc.W(a) == "unit")) {
          ++a;
        }
        if (a > owner->end_token + 1) {
          arm_of = owner;
          arm_end = a;
        }
        if (a > owner->end_token + 1 && a < end &&
            (doc.W(a) == "participating" || doc.W(a) == "taking" || doc.W(a) == "joining" || doc.W(a) == "following" ||
             (doc.W(a) == "also" && a + 1 < end &&
              (doc.W(a + 1) == "participating" || doc.W(a + 1) == "taking" || doc.W(a + 1) == "joining")))) {
          AddUnique(out, owner);
        }
      }
      // (Up to `limit`: the clause's end, or the sentence's for a list whose appositions end the clause.)
      auto joins_within = [&](uint32_t a, uint32_t limit) {
        // ", with X participating", ", with X also taking part", ", with X expected to be among the investors"
        // (", with X and Y, the investment arm of Z, also in discussions": past an apposition.)
        a = PastApposition(doc, a, limit, 12);
        // (", with X and Y's own venture arm, Z, also taking part": the comma closing Z's apposition.)
        if (a + 1 < limit && doc.W(a) == "," &&
            (doc.W(a + 1) == "also" || doc.W(a + 1) == "taking" || doc.W(a + 1) == "participating" ||
             doc.W(a + 1) == "joining" || doc.W(a + 1) == "investing" || doc.W(a + 1) == "putting")) {
          ++a;
        }
        if (a < limit && (doc.W(a) == "itself" || doc.W(a) == "themselves")) ++a;  // ("and Alphabet itself")
        if (a < limit && (doc.W(a) == "all" || doc.W(a) == "both")) ++a;  // ("with X, Y and Z all on the list of investors")
        if (a < limit && doc.W(a) == "also") ++a;
        // (", with X and Y on the list of investors")
        if (a + 4 < limit && doc.W(a) == "on" && doc.W(a + 1) == "the" && doc.W(a + 2) == "list" && doc.W(a + 3) == "of" &&
            (doc.W(a + 4) == "investors" || doc.W(a + 4) == "backers")) {
          return true;
        }
        if (a + 1 < limit && doc.W(a) == "in" && (doc.W(a + 1) == "discussions" || doc.W(a + 1) == "talks")) return true;
        // (", with Nvidia among the investors", "among the other backers")
        if (a + 2 < limit && doc.W(a) == "among" && doc.W(a + 1) == "the") {
          uint32_t noun = a + 2 + (doc.W(a + 2) == "other" && a + 3 < limit ? 1 : 0);
          if (doc.W(noun) == "investors" || doc.W(noun) == "backers" || doc.W(noun) == "participants") return true;
        }
        // (", with Y and Z as co-leads", ", with X as lead investor", "as the lead")
        if (a + 1 < limit && doc.W(a) == "as") {
          uint32_t q = a + 1;
          if (q + 1 < limit && (doc.W(q) == "the" || doc.W(q) == "its" || doc.W(q) == "a")) ++q;
          if (doc.W(q) == "co-leads" || doc.W(q) == "co-lead" || doc.W(q) == "co-investors" ||
              doc.W(q) == "participants" || doc.W(q) == "lead" || doc.W(q) == "leads" || doc.W(q) == "anchor") {
            return true;
          }
        }
        // (", with existing backer X also set to invest")
        if (a + 2 < limit && doc.W(a) == "set" && doc.W(a + 1) == "to" &&
            (doc.W(a + 2) == "invest" || doc.W(a + 2) == "join" || doc.W(a + 2) == "participate")) {
          return true;
        }
        // (", with Nvidia and Microsoft alongside")
        if (a < limit && doc.W(a) == "alongside" && (a + 1 == limit || doc.W(a + 1) == "," || doc.W(a + 1) == ".")) {
          return true;
        }
        return a < limit && (doc.W(a) == "participating" || doc.W(a) == "joining" || doc.W(a) == "co-leading" ||
                           doc.W(a) == "leading" ||
                           doc.W(a) == "returning" ||
                           doc.W(a) == "following" ||
                           doc.W(a) == "investing" || doc.W(a) == "contributing" ||
                           // (", with X, the fund-of-funds of Y, also putting in money")
                           (doc.W(a) == "putting" && a + 1 < limit && (doc.W(a + 1) == "in" || doc.W(a + 1) == "money")) ||
                           // (", with X, Y and Z coming in as new backers")
                           (doc.W(a) == "coming" && a + 1 < limit && doc.W(a + 1) == "in") ||
                           (doc.W(a) == "taking" && a + 1 < limit && doc.W(a + 1) == "part") ||
                           // (", with Y taking a minority part", "taking a smaller stake")
                           (doc.W(a) == "taking" && a + 3 < limit && doc.W(a + 1) == "a" &&
                            (doc.W(a + 2) == "part" || doc.W(a + 2) == "stake" || doc.W(a + 3) == "part" ||
                             doc.W(a + 3) == "stake")) ||
                           (doc.W(a) == "expected" && a + 1 < limit && doc.W(a + 1) == "to"));
      };
      auto joins_at = [&](uint32_t a) { return joins_within(a, end); };
      // (", with Samsung's venture arm and Intel Capital also investing": the
      // arm's owner, then the names after "and".)
      if (arm_of && arm_end + 1 < end && doc.W(arm_end) == "and") {
        const Mentions rest = doc.ListAt(arm_end + 1, end, 2);
        if (!rest.empty() && joins_at(rest.back()->end_token)) {
          AddUnique(out, arm_of);
          for (const Mention* m : rest) {
            if (!m->possessive && m->kind == MentionKind::kName) AddUnique(out, m);
          }
        }
      }
      // (", with Y Combinator and a group of angel investors also taking part":
      // unnamed members after the named ones.)
      if (!list.empty() && after + 2 < end && doc.W(after) == "and" && !joins_at(after)) {
        for (uint32_t a = after + 1; a < end && a < after + 8; ++a) {
          if (doc.MentionAt(a) || doc.W(a) == "," || doc.MoneyAt(a)) break;
          if (a > after + 2 && joins_at(a)) {
            after = a;
            break;
          }
        }
      }
      // (", with X and the venture arm of Y also putting in money": the arm's owner too.)
      const Mention* arm_owner = list.empty() ? nullptr : doc.ArmOwnerAfterAnd(after, end);
      if (arm_owner) after = arm_owner->end_token;
      // (", with X, the venture arm of Y, telecom operator Z and the state-backed
      // W also taking part": members with descriptions and appositions.)
      // (", with NVentures, Nvidia's venture capital arm, and existing backers
      // A and B also putting in money": the appositions' commas end the
      // clause, so the list reads to the sentence's end.)
      bool described_joins = false;
      if (!list.empty() && !joins_at(after) && !(after < end && doc.W(after) == "leading")) {
        const uint32_t sentence_end = doc.SentenceEnd(k);
        uint32_t long_end = after;
        Mentions members = DescribedList(doc, j + 1, sentence_end, &long_end);
        if (members.size() > list.size() && joins_within(long_end, sentence_end)) {
          list = members;
          after = long_end;
          described_joins = true;
        }
      }
      // ("a Series F, led by ICONIQ with Y and Z, ...": the lead's co-investors.)
      const Mention* lead = j > 0 ? doc.MentionAt(j - 1) : nullptr;
      const bool after_lead = lead && lead->end_token == j && !lead->possessive && lead->first_token >= 2 &&
                              doc.W(lead->first_token - 1) == "by" &&
                              (doc.W(lead->first_token - 2) == "led" || doc.W(lead->first_token - 2) == "co-led");
      if (described_joins || joins_at(after) || (after < end && doc.W(after) == "leading") ||
          (after_lead && !list.empty())) {
        marker = true;
        for (const Mention* m : list) AddUnique(out, m);
        if (arm_owner) AddUnique(out, arm_owner);
        // ", with X leading and Y and Z also participating": the second group too.
        uint32_t a = after + 1;
        if (a < end && doc.W(a) == "also") ++a;
        if (a < end && doc.W(a) == "and") {
          Mentions more = doc.ListAt(a + 1, end, 2);
          uint32_t m_end = more.empty() ? end : more.back()->end_token;
          // ("and Y, the venture arm of Z, and W joining the round": members with appositions.)
          // (The appositions' commas end the clause: the list reads to the sentence's end.)
          if (!more.empty() && !joins_at(m_end)) {
            const uint32_t sentence_end = doc.SentenceEnd(k);
            uint32_t long_end = m_end;
            Mentions members = DescribedList(doc, a + 1, sentence_end, &long_end);
            if (members.size() > more.size() && joins_within(long_end, sentence_end)) {
              for (const Mention* m : members) AddUnique(out, m);
            }
          }
          if (!more.empty() && joins_at(m_end)) {
            for (const Mention* m : more) AddUnique(out, m);
          }
        }
      }
    }
    if (!marker) continue;
    Mentions list = doc.ListAt(j + 1, end, 3);
    // ("participation from Cobalt Ridge and its seed investor, Harrow Lane":
    // a later member described, then named in apposition.)
    if (!list.empty() && (w == "from" || w == "by")) {
      uint32_t list_end = j + 1;
      Mentions described = DescribedList(doc, j + 1, end, &list_end);
      // (Not "... by BlackRock, and Canada's Tenstorrent secured ...": a member with a verb of its own.)
      bool clause = false;
      for (const Mention* m : described) clause = clause || doc.VerbFollows(*m);
      if (described.size() > list.size() && !clause) list = described;
    }
    // ("led by the Helsinki infrastructure investor Haapasalo Partners": a longer description.)
    if (list.empty() && w == "by") list = doc.ListAt(j + 1, end, 4);
    // ("led by China's third national chip fund, known as Big Fund III": the
    // name it goes by.)
    for (uint32_t a = j + 1; list.empty() && w == "by" && a + 2 < end && a < j + 10; ++a) {
      if (doc.MentionAt(a) && !doc.MentionAt(a)->possessive) break;
      if (doc.W(a) != "known" || doc.W(a + 1) != "as") continue;
      list = doc.ListAt(a + 2, end, 0);
      break;
    }
    // ("participation from the venture arm of Y and Z": the arm's owner, then the rest.)
    if (list.empty()) {
      if (const Mention* owner = doc.ArmOwnerAt(j + 1, end)) {
        list = {owner};
        uint32_t a = owner->end_token;
        if (a + 1 < end && (doc.W(a) == "and" || doc.W(a) == ",")) {
          for (const Mention* m : doc.ListAt(a + 1, end, 3)) list.push_back(m);
        }
      }
    }
    if (!list.empty()) {
      if (const Mention* owner = doc.ArmOwnerAfterAnd(list.back()->end_token, end)) list.push_back(owner);
    }
    // ("backed by X, which led the round, and Y": the lead's relative clause
    // inside the list.)
    if (!list.empty() && (w == "by" || w == "from")) {
      const uint32_t sentence_end = doc.SentenceEnd(k);
      const uint32_t a = list.back()->end_token;
      if (a + 5 < sentence_end && doc.W(a) == "," && (doc.W(a + 1) == "which" || doc.W(a + 1) == "who") &&
          (doc.W(a + 2) == "led" || doc.W(a + 2) == "co-led")) {
        uint32_t c = a + 3;
        while (c < sentence_end && c < a + 8 && doc.W(c) != ",") ++c;
        if (c + 2 < sentence_end && doc.W(c) == "," && doc.W(c + 1) == "and") {
          for (const Mention* m : doc.ListAt(c + 2, sentence_end, 3)) {
            if (!m->possessive && m->kind == MentionKind::kName) list.push_back(m);
          }
        }
      }
    }
    // ("a group of angel investors that includes two former Shopify
    // executives": people, not their employer.)
    auto people_of = [&](const Mention* m) {
      const WordView n = m->end_token < end ? doc.W(m->end_token) : WordView();
      const WordView p = m->first_token > 0 ? doc.W(m->first_token - 1) : WordView();
      return p == "former" || n == "executives" || n == "executive" || n == "founders" || n == "employees" ||
             n == "engineers" || n == "staff" || n == "alumni" || n == "veterans" || n == "researchers";
    };
    for (const Mention* m : list) {
      if (!people_of(m) && !SpeakerAfterInvestors(doc, *m)) AddUnique(out, m);
    }
    // "The round was led by X, a London growth investor, and included Y, the
    // venture arm of Z, as well as W": the round's other members, in the
    // clause after the lead's.
    if (w == "by" && !list.empty()) {
      const uint32_t n = static_cast<uint32_t>(doc.words().size());
      uint32_t a = PastApposition(doc, list.back()->end_token, n, 12);
      if (a < n && doc.W(a) == ",") ++a;
      if (a + 1 < n && doc.W(a) == "and" && doc.SentenceOf(a) == doc.SentenceOf(k)) {
        ++a;
        if (doc.W(a) == "also") ++a;
        if (a + 1 < n && (doc.W(a) == "included" || doc.W(a) == "includes" || doc.W(a) == "include")) {
          const uint32_t limit = doc.ClauseEnd(a + 1);
          uint32_t list_end = a + 1;
          for (const Mention* m : DescribedList(doc, a + 1, limit, &list_end)) AddUnique(out, m);
          list_end = PastApposition(doc, list_end, limit, 12);
          if (list_end + 3 < limit && doc.W(list_end) == "as" && doc.W(list_end + 1) == "well" &&
              doc.W(list_end + 2) == "as") {
            for (const Mention* m : doc.ListAt(list_end + 3, limit, 3)) {
              if (!m->possessive) AddUnique(out, m);
            }
          }
        }
      }
    }
  }
  // "X led its £48 million Series B, and Y also took part": co-investors in
  // the clause after the trigger's, or after an "and" inside it ("X led the
  // round and Y invested alongside it").
  // ("X led a $400 million round; Y also invested": after a semicolon too.)
  const uint32_t n = static_cast<uint32_t>(doc.words().size());
  const uint32_t limit = doc.SentenceEnd(k);
  auto joiners_at = [&](uint32_t a) {
    // (Members with descriptions and appositions: "and the Flemish regional
    // investor Y joined", "and Y, a vehicle backed by the city, also invested".)
    uint32_t b = a;
    Mentions more = DescribedList(doc, a, limit, &b);
    if (more.empty() || more[0]->first_token > a + 5) return;
    b = PastApposition(doc, b, limit, 12);
    // ("and Y and Z, where the founders met, came in alongside it": past a relative clause.)
    if (b + 2 < limit && doc.W(b) == "," &&
        (doc.W(b + 1) == "where" || doc.W(b + 1) == "which" || doc.W(b + 1) == "who")) {
      uint32_t c = b + 2;
      while (c < limit && c < b + 12 && doc.W(c) != ",") ++c;
      if (c < limit && doc.W(c) == ",") b = c + 1;
    }
    if (b < n && doc.W(b) == "also") ++b;
    // ("and Y came in alongside them", "and Y came in as a new backer",
    // "and Y invested alongside it", "and Y joined as a first-time investor")
    if (b + 1 >= n) return;
    const WordView v = doc.W(b), after = doc.W(b + 1);
    const bool joined = (v == "took" && after == "part") || v == "participated" ||
                        (v == "joined" && (after == "." || after == "in" || after == "as" || after == "through")) ||
                        (v == "came" && after == "in") ||
                        (v == "invested" && (after == "." || after == "alongside" || after == "too"));
    if (!joined) return;
    for (const Mention* m : more) {
      if (!m->possessive && m->kind == MentionKind::kName) AddUnique(out, m);
    }
  };
  const WordView verb = doc.W(k);
  const bool led = verb == "led" || verb == "co-led";
  for (uint32_t j = k + 1; j < end && j < limit; ++j) {
    if (led && doc.W(j) == "and" && !doc.MentionAt(j - 1)) joiners_at(j + 1);
  }
  uint32_t a = end;
  const bool semicolon = led && ((a < n && doc.W(a) == ";") || (a > 0 && a <= n && doc.W(a - 1) == ";"));
  if (a < n && (doc.W(a) == "," || doc.W(a) == ";")) ++a;
  if (a < n && doc.W(a) == "and") ++a;
  if (a + 2 < n && (semicolon || (a > end && doc.W(a - 1) == "and")) && doc.SentenceOf(a) == doc.SentenceOf(k)) {
    joiners_at(a);
  }
  // ("raised $250 million in March, with A and B among the leads": the
  // members named before "among", in the next clause.)
  const uint32_t sentence_end = doc.SentenceEnd(k);
  for (uint32_t j = end; j + 4 < sentence_end && j < end + 3; ++j) {
    if (doc.W(j) != "with") continue;
    Mentions list = doc.ListAt(j + 1, sentence_end, 1);
    uint32_t e = list.empty() ? 0 : list.back()->end_token;
    // ("with Section 32 and the venture arm of Mass General Brigham also
    // taking part": the arm's owner.)
    if (!list.empty() && !list.back()->possessive && e + 3 < sentence_end && doc.W(e) == "and") {
      if (const Mention* owner = doc.ArmOwnerAt(e + 1, sentence_end)) {
        list.push_back(owner);
        e = owner->end_token;
      }
    }
    if (list.empty() || list.back()->possessive || e + 1 >= sentence_end) break;
    bool members = false;
    if (e + 2 < sentence_end && doc.W(e) == "among" && (doc.W(e + 1) == "the" || doc.W(e + 1) == "its")) {
      const WordView noun = doc.W(e + 2);
      members = noun == "leads" || noun == "investors" || noun == "backers" || noun == "participants";
    }
    // ("..., with A and B also taking part", "with A participating")
    uint32_t v = e;
    if (doc.W(v) == "also") ++v;
    if (v < sentence_end && (doc.W(v) == "participating" || doc.W(v) == "joining" || doc.W(v) == "investing" ||
                             (doc.W(v) == "taking" && v + 1 < sentence_end && doc.W(v + 1) == "part"))) {
      members = true;
    }
    if (members) {
      for (const Mention* m : list) {
        if (m->kind == MentionKind::kName) AddUnique(out, m);
      }
    }
    break;
  }
  return out;
}

// A slot window of `base` tokens after k, widened by the amount tokens in
// it ("an injection of roughly £300m from X", "agreements worth a combined
// $1.1bn with X").
uint32_t WindowPastMoney(const DocContext& doc, uint32_t k, uint32_t base) {
  uint32_t window = base;
  for (uint32_t j = k + 1; j < doc.ClauseEnd(k) && j < k + 2 * base; ++j) {
    if (doc.MoneyAt(j)) ++window;
    // ("worth a combined $450 million over four years with Y": a term after the amount.)
    if ((doc.W(j) == "over" || doc.W(j) == "for") && j + 2 < doc.ClauseEnd(k) &&
        (doc.W(j + 2) == "years" || doc.W(j + 2) == "months") && j > k + 1 && doc.MoneyAt(j - 1)) {
      window += 3;
    }
  }
  return window;
}

// "rent", "rented", "leasing", "leases": a verb of renting or leasing.
bool RentsOrLeases(WordView w) { return w.substr(0, 4) == "rent" || w.substr(0, 4) == "leas"; }

// A window of `base` tokens after k, widened by the tokens of an amount that
// is the verb's object ("ordered 1.9 billion yuan ($267 million) of switches
// from Y"); amounts further on do not widen it.
uint32_t WindowOverMoney(const DocContext& doc, uint32_t k, uint32_t base) {
  const TriggerWord* t = doc.TriggerAt(k);
  if (!t || t->form == Form::kNoun) return base;
  for (uint32_t j = k + 1; j < doc.ClauseEnd(k) && j <= k + 3; ++j) {
    if (const Entity* m = doc.MoneyAt(j)) return base + (m->end_token - m->first_token);
  }
  return base;
}

Mentions GroupAfter(const DocContext& doc, uint32_t k, std::string_view prep);

Candidate Make(const DocContext& doc, DealType type, uint32_t k, const TriggerWord& t, Mentions from, Mentions to) {
  Candidate c;
  c.type = type;
  c.frame = t.frame;
  c.trigger = k;
  c.sentence = c.last_sentence = doc.SentenceOf(k);
  c.from = std::move(from);
  c.to = std::move(to);
  c.status = doc.StatusFor(k, t.form);
  return c;
}

// The organization a goods phrase after k belongs to: "Amazon's AI chips",
// "Nvidia GPUs", "Azure cloud services"; or after "from"/"with"/"on".
// (`unnamed_buyer`: the buyer is a company the text does not name, so "its"
// before the goods cannot be the buyer's own.)
Mentions Supplier(const DocContext& doc, uint32_t k, uint32_t window, const Mentions& buyer = {},
                  bool unnamed_buyer = false) {
  uint32_t end = std::min(doc.ClauseEnd(k), k + 1 + window);
  // "rent servers packed with Nvidia chips from cloud provider Arclight",
  // "ordered Nvidia GPUs through server maker Y": the seller after "from" or
  // "through", not the maker of the goods named on the way.
  for (uint32_t j = k + 1; j + 1 < end; ++j) {
    if (doc.W(j) != "from" && doc.W(j) != "through") continue;
    Mentions seller = doc.ListAt(j + 1, doc.ClauseEnd(k), 3);
    if (!seller.empty() && !seller[0]->possessive && seller[0]->kind == MentionKind::kName &&
        (buyer.empty() || seller[0]->canonical != buyer[0]->canonical)) {
      return {seller[0]};
    }
    break;
  }
  // "buy about 4,000 GPUs, which it expects to order through Super Micro": the
  // relative clause on the goods names the one they are bought from.
  uint32_t rel = doc.ClauseEnd(k);
  const uint32_t sentence_end = doc.SentenceEnd(k);
  if (rel < sentence_end && doc.W(rel) == ",") ++rel;
  if (rel + 3 < sentence_end && rel < k + 13 && (doc.W(rel) == "which" || doc.W(rel) == "that")) {
    bool buys = false;
    for (uint32_t j = rel + 1; j + 1 < sentence_end && j < rel + 10; ++j) {
      const TriggerWord* t = doc.TriggerAt(j);
      buys = buys || (t && t->form != Form::kNoun && t->frame == Frame::kBuy) || doc.W(j) == "order";
      if (!buys || (doc.W(j) != "from" && doc.W(j) != "through")) continue;
      Mentions seller = doc.ListAt(j + 1, sentence_end, 3);
      if (!seller.empty() && !seller[0]->possessive && seller[0]->kind == MentionKind::kName &&
          (buyer.empty() || seller[0]->canonical != buyer[0]->canonical)) {
        return {seller[0]};
      }
      break;
    }
  }
  for (uint32_t j = k + 1; j < end; ++j) {
    const Mention* m = doc.MentionAt(j);
    if (!m) continue;
    // "buy all of its output" names the seller; "spend on its cloud unit" is one's own spending.
    bool own = !unnamed_buyer && (buyer.empty() || m->canonical == buyer[0]->canonical);
    if (m->kind == MentionKind::kPronoun && m->possessive && !own && doc.W(k + 1) != "on") return {m};
    if (m->kind == MentionKind::kPronoun && m->possessive && own && !buyer.empty() && doc.W(k + 1) != "on") {
      // One does not buy one's own output: the pronoun means the next likeliest organization.
      for (const std::string& alt : m->alternatives) {
        if (alt == buyer[0]->canonical) continue;
        if (const Mention* named = doc.NameOf(alt)) return {named};
        break;
      }
    }
    if (m->kind == MentionKind::kPronoun && m->possessive) {  // "on its cloud unit": one's own spending
      j = m->end_token - 1;
      continue;
    }
    // "infrastructure powered by tens of thousands of Nvidia GPUs": the maker
    // of what is inside, not the seller.
    bool inside = false;
    for (uint32_t b = m->first_token; b-- > k + 1 && b + 8 > m->first_token && !inside;) {
      if (doc.MentionAt(b) || doc.W(b) == ",") break;
      inside = doc.W(b) == "by" && b > 0 &&
               (doc.W(b - 1) == "powered" || doc.W(b - 1) == "accelerated" || doc.W(b - 1) == "made");
    }
    if (inside) {
      j = m->end_token - 1;
      continue;
    }
    bool goods_after = m->possessive || doc.AssetNear(m->end_token, true, 3) != Asset::kNone;
    bool prep = m->first_token > 0 && (doc.W(m->first_token - 1) == "from" || doc.W(m->first_token - 1) == "with" ||
                                       doc.W(m->first_token - 1) == "on" || doc.W(m->first_token - 1) == "through");
    // "agreed to rent GPU capacity at Y for five years": the owner of the site rents it out.
    if (!prep && m->first_token > 0 && doc.W(m->first_token - 1) == "at" &&
        RentsOrLeases(doc.W(k))) {
      prep = true;
    }
    // "electricity from reactors to be built by Kairos Power": whoever builds or runs the source.
    if (!prep && m->first_token > 1 && doc.W(m->first_token - 1) == "by") {
      WordView v = doc.W(m->first_token - 2);
      prep = v == "built" || v == "operated" || v == "owned" || v == "run" || v == "developed";
    }
    if (goods_after || prep) return {m};
    j = m->end_token - 1;
  }
  return {};
}

// The asset of a purchase at k from `supplier`: the goods words near the
// trigger, unless only vague ones ("capacity", "gigawatts") were found and
// the supplier's trade says more (a chipmaker sells chips, a cloud provider
// cloud).
Asset PurchaseAsset(const DocContext& doc, uint32_t k, const Mentions& supplier, bool forward_only, uint32_t window) {
  bool weak = false;
  Asset a = doc.AssetNear(k, forward_only, window, &weak);
  if ((a == Asset::kNone || weak) && !supplier.empty()) {
    if (doc.LooksLikeSupplier(*supplier[0], Asset::kChips) && !doc.LooksLikeSupplier(*supplier[0], Asset::kCloud)) {
      return Asset::kChips;
    }
    if (doc.LooksLikeSupplier(*supplier[0], Asset::kCloud)) return Asset::kCloud;
  }
  // ("commits R$6.5 billion to Google Cloud TPUs", "expand its use of Google
  // Cloud's TPUs"): chips a cloud provides, not a chipmaker, are rented
  // capacity, unless they are bought ("purchase GPUs from Y Compute").
  const TriggerWord* verb = k < doc.words().size() ? doc.TriggerAt(k) : nullptr;
  const bool bought = verb && verb->frame == Frame::kBuy;
  if (a == Asset::kChips && !bought && !supplier.empty() && doc.LooksLikeSupplier(*supplier[0], Asset::kCloud) &&
      !doc.LooksLikeSupplier(*supplier[0], Asset::kChips)) {
    return Asset::kCloud;
  }
  return a;
}

// "X is in talks with Y", "X ... deal with Y", "X and Y are in talks": the two
// sides of the sentence's main agreement, for nominal triggers with no slots.
bool FrameParties(const DocContext& doc, uint32_t s, const Mention** subject, const Mention** other) {
  const Sentence& sent = doc.seg().sentences[s];
  for (uint32_t j = sent.first_token; j + 1 < sent.end_token; ++j) {
    // "X approached Y about a takeover"
    if ((doc.W(j) == "approached" || doc.W(j) == "courted") && doc.MentionAt(j + 1)) {
      Mentions agent = doc.Agent(j);
      const Mention* target = doc.MentionAt(j + 1);
      if (agent.size() == 1 && agent[0]->canonical != target->canonical) {
        *subject = agent[0];
        *other = target;
        return true;
      }
    }
    if (doc.W(j) != "with") continue;
    bool agreement = false;
    for (uint32_t p = (j >= sent.first_token + 3 ? j - 3 : sent.first_token); p < j; ++p) {
      WordView w = doc.W(p);
      const TriggerWord* t = doc.TriggerAt(p);
      if (w == "talks" || w == "discussions" || w == "negotiations" || w == "negotiating" || w == "negotiates" ||
          w == "negotiated" || (t && t->form == Form::kNoun)) {
        agreement = true;
      }
    }
    if (!agreement) continue;
    Mentions with = doc.ListAt(j + 1, sent.end_token, 2);
    Mentions agent = doc.Agent(j);
    if (with.size() == 1 && agent.size() == 1 && agent[0]->canonical != with[0]->canonical) {
      *subject = agent[0];
      *other = with[0];
      return true;
    }
  }
  return false;
}

// "a long-term collaboration agreement", "signed a $6.3 billion contract": an
// indefinite noun phrase introduces a new deal ("the agreement" refers back).
bool Indefinite(const DocContext& doc, uint32_t k) {
  for (uint32_t j = k; j-- > doc.ClauseBegin(k) && j + 6 > k;) {
    WordView w = doc.W(j);
    if (w == "a" || w == "an") return true;
    if (w == "the" || w == "this" || w == "that" || w == "its" || w == "their" || w == "his" || w == "her") return false;
  }
  return false;
}

// "a 49% stake", "$2 billion of Intel shares", "the chipmaker's common stock".
// "fifth", "quarter": a fraction of a company after "a" ("a fifth of Y").
bool IsFractionWord(WordView w) {
  return w == "fifth" || w == "quarter" || w == "third" || w == "tenth" || w == "sixth";
}

bool IsStakeObject(const DocContext& doc, uint32_t k) {
  uint32_t end = std::min(doc.ClauseEnd(k), k + 8);
  // "acquire all outstanding Norrhold shares", "all of the shares of X": the whole company.
  if (k + 2 < end && doc.W(k + 1) == "all" &&
      (doc.W(k + 2) == "outstanding" || doc.W(k + 2) == "of" || doc.W(k + 2) == "the" || doc.MentionAt(k + 2))) {
    return false;
  }
  for (uint32_t j = k + 1; j < end; ++j) {
    if (doc.MoneyAt(j)) end = std::min(doc.ClauseEnd(k), end + 1);  // an amount does not count
    WordView w = doc.W(j);
    // ("explore a sale and has drawn early interest from Y": a second verb's object.)
    if (w == "and" && j + 1 < end &&
        (doc.W(j + 1) == "has" || doc.W(j + 1) == "have" || doc.W(j + 1) == "had" || doc.W(j + 1) == "is" ||
         doc.W(j + 1) == "was" || doc.W(j + 1) == "will")) {
      return false;
    }
    if (w == "stake" || w == "stakes" || w == "shares" || w == "%" || w == "percent" || w == "interest" ||
        w == "equity" || w == "stock" || w == "holding" || w == "shareholding" || (w.size() > 1 && w.back() == '%')) {
      return true;
    }
    // ("paid EUR1.5 billion for roughly a fifth of Y": a fraction of the company.)
    if (j > k + 1 && doc.W(j - 1) == "a" && j + 1 < end && doc.W(j + 1) == "of" && IsFractionWord(w)) return true;
    if (const Mention* m = doc.MentionAt(j)) {
      // (A name's words do not count against the window either.)
      end = std::min(doc.ClauseEnd(k), end + (m->end_token - j - 1));
      j = m->end_token - 1;
      continue;
    }
    if (doc.MoneyAt(j)) continue;  // "paying about $14.3 billion for ..."
    // "buy about 10% of X": a hedge before a share ("about a third of her shares" too).
    if ((w == "about" || w == "around" || w == "over" || w == "roughly" || w == "nearly" || w == "almost") &&
        j + 1 < end &&
        (doc.seg().tokens[j + 1].kind == TokenKind::kNumber ||
         (j + 3 < end && doc.W(j + 1) == "a" && IsFractionWord(doc.W(j + 2)) && doc.W(j + 3) == "of"))) {
      continue;
    }
    // ("acquire up to 30% of X")
    if (w == "up" && j + 2 < end && doc.W(j + 1) == "to" && doc.seg().tokens[j + 2].kind == TokenKind::kNumber) {
      ++j;
      continue;
    }
    // ("pay Y €4.25 billion in cash for the 50% of Z")
    if (w == "in" && j + 2 < end && doc.W(j + 1) == "cash" && doc.W(j + 2) == "for") {
      end = std::min(doc.ClauseEnd(k), end + 2);
      ++j;
      continue;
    }
    // ("paid $2.5 billion in 2022 for a minority stake in Y": past a year.)
    if (w == "in" && j + 1 < end && doc.seg().tokens[j + 1].kind == TokenKind::kNumber && doc.W(j + 1).size() == 4) {
      ++j;
      end = std::min(doc.ClauseEnd(k), end + 2);
      continue;
    }
    // ("$2.5 billion in 2022 for": past the year.)
    const bool past_year =
        j >= 3 && doc.seg().tokens[j - 1].kind == TokenKind::kNumber && doc.W(j - 2) == "in" && doc.MoneyAt(j - 3);
    bool for_money = w == "for" && (doc.MoneyAt(j - 1) || doc.W(j - 1) == "cash" || past_year);
    if (doc.IsPreposition(j) && w != "of" && !for_money) return false;
  }
  return false;
}

// "Y is 35% owned by X, which ...", "X holds a stake in Y" in the sentence
// before k or the one before it: Y, the company whose stake "the stake" at
// k names; nullptr when none.
const Mention* OwnedBefore(const DocContext& doc, uint32_t k) {
  const uint32_t s = doc.SentenceOf(k);
  const uint32_t first = doc.seg().sentences[s > 0 ? s - 1 : s].first_token;
  const Mention* owned = nullptr;
  for (uint32_t j = first; j + 2 < k; ++j) {
    WordView w = doc.W(j);
    if ((w == "stake" || w == "holding" || w == "shareholding") && doc.W(j + 1) == "in") {
      if (const Mention* m = doc.MentionAt(j + 2); m && m->first_token == j + 2 && !m->possessive) owned = m;
    } else if (w == "owned" && doc.W(j + 1) == "by") {
      // ("Y is 35% owned by": the clause's subject.)
      const Mention* m = doc.MentionAt(doc.ClauseBegin(j));
      if (m && !m->possessive && m->first_token == doc.ClauseBegin(j)) owned = m;
    }
  }
  return owned;
}

// The object organization of a transitive verb at k ("acquire rival Foo").
bool IsUnitWord(std::string_view w);

// "two Israeli start-ups, Talon and Dig Security", "three robotics
// start-ups: A, B and C": a count of companies described, then the companies
// listed after a comma or a colon, from token j; empty when none.
Mentions CountedList(const DocContext& doc, uint32_t j, uint32_t end) {
  if (j >= end) return {};
  const WordView n = doc.W(j);
  if (!(n == "two" || n == "three" || n == "four" || n == "five" || n == "six")) return {};
  for (uint32_t q = j + 1; q + 2 < end && q < j + 5; ++q) {
    if (doc.MentionAt(q) || doc.MoneyAt(q) || doc.TriggerAt(q)) return {};
    const WordView w = doc.W(q);
    if (w.size() < 4 || w.back() != 's' || (doc.W(q + 1) != "," && doc.W(q + 1) != ":")) continue;
    // ("two local start-ups, browser security firm X and cloud data specialist Y")
    Mentions list = doc.ListAt(q + 2, doc.SentenceEnd(q), 3);
    std::erase_if(list, [](const Mention* m) { return m->kind != MentionKind::kName; });
    if (list.size() >= 2) return list;
    return {};
  }
  return {};
}

// "Telecom Italia's fixed-line network, NetCo, ...": the unit named in
// apposition after its owner's possessive and the unit's noun, or nullptr.
const Mention* NamedUnitOf(const DocContext& doc, const Mention& owner) {
  if (!owner.possessive || owner.kind != MentionKind::kName) return nullptr;
  uint32_t u = owner.end_token;
  if (u < doc.words().size() && doc.W(u) == "'s") ++u;
  for (const uint32_t stop = std::min(doc.SentenceEnd(owner.first_token), u + 4); u + 2 < stop; ++u) {
    if (doc.MentionAt(u) || doc.seg().tokens[u].kind != TokenKind::kWord || doc.seg().tokens[u].capitalized) break;
    const WordView w = doc.W(u);
    if (!IsUnitWord(w) && w != "network" && w != "networks") continue;
    const Mention* unit = doc.W(u + 1) == "," ? doc.MentionAt(u + 2) : nullptr;
    if (unit && unit->first_token == u + 2 && !unit->possessive && unit->kind == MentionKind::kName &&
        unit->canonical != owner.canonical &&
        (unit->end_token >= doc.SentenceEnd(owner.first_token) || doc.W(unit->end_token) == ",")) {
      return unit;
    }
    break;
  }
  return nullptr;
}

Mentions Object(const DocContext& doc, uint32_t k) {
  // "bought two Israeli start-ups, Talon Cyber Security and Dig Security".
  if (Mentions counted = CountedList(doc, k + 1, doc.SentenceEnd(k)); !counted.empty()) return counted;
  uint32_t end = std::min(doc.ClauseEnd(k), k + 9);
  Mentions list = doc.ListAt(k + 1, end, 4);
  // "if Microsoft buys additional services, Nebius said": the speaker, not the object.
  if (!list.empty()) {
    uint32_t after = list.back()->end_token;
    std::string_view w = after < doc.words().size() ? doc.W(after) : "";
    if (w == "said" || w == "says" || w == "told" || w == "added" || w == "noted") return {};
  }
  // "buy any capacity the company cannot sell", "buying capacity wherever it
  // can find it": goods first, the name after them is in another clause.
  for (uint32_t j = k + 1; !list.empty() && j < list[0]->first_token; ++j) {
    WordView w = doc.W(j);
    if (w == "capacity" || w == "compute" || w == "computing" || w == "power" || w == "electricity" ||
        w == "energy" || w == "output" || w == "chips" || w == "gpus" || w == "servers" || w == "accelerators") {
      return {};
    }
  }
  // ("bought Telecom Italia's fixed-line network, NetCo": the unit named.)
  if (!list.empty()) {
    if (const Mention* unit = NamedUnitOf(doc, *list[0])) return {unit};
  }
  if (!list.empty() && !doc.IsPreposition(list[0]->first_token - 1 > k ? list[0]->first_token - 1 : k)) return list;
  if (!list.empty() && list[0]->first_token == k + 1) return list;
  // "buy the design and engineering business of Sweden's Hexagon": the seller of the unit.
  if (k + 2 < end && doc.W(k + 1) == "the") {
    for (uint32_t u = k + 2; u + 2 < doc.ClauseEnd(k) && u < k + 9; ++u) {
      if (doc.MentionAt(u) || doc.IsPreposition(u)) break;
      if (!IsUnitWord(doc.W(u)) || doc.W(u + 1) != "of") continue;
      Mentions seller = doc.ListAt(u + 2, doc.ClauseEnd(k), 1);
      if (!seller.empty() && !seller[0]->possessive) return {seller[0]};
      break;
    }
  }
  // "bought what was left of the company", "what remained of X": the rest of it.
  if (k + 4 < end && doc.W(k + 1) == "what") {
    uint32_t of = 0;
    if (k + 5 < end && (doc.W(k + 2) == "was" || doc.W(k + 2) == "is") && doc.W(k + 3) == "left" &&
        doc.W(k + 4) == "of") {
      of = k + 4;
    } else if ((doc.W(k + 2) == "remained" || doc.W(k + 2) == "remains") && doc.W(k + 3) == "of") {
      of = k + 3;
    }
    const Mention* m = of ? doc.MentionAt(of + 1) : nullptr;
    if (of && !m && of + 2 < doc.ClauseEnd(k) && doc.W(of + 1) == "the") m = doc.MentionAt(of + 2);
    // ("Google paid $2.4 billion to license Windsurf's technology ...
    // Cognition then acquired what was left of the company": the company
    // whose technology or staff were taken, named with a possessive just
    // before, not the taker.)
    if (m && m->kind == MentionKind::kDescription) {
      const uint32_t first = doc.SentenceOf(k) > 0
                                 ? doc.seg().sentences[doc.SentenceOf(k) - 1].first_token
                                 : doc.seg().sentences[doc.SentenceOf(k)].first_token;
      const Mentions buyer = doc.Agent(k);
      for (uint32_t j = of; j-- > first;) {
        const Mention* taken = doc.MentionAt(j);
        if (!taken || !taken->possessive || taken->kind != MentionKind::kName || taken->end_token > of) continue;
        if (!buyer.empty() && taken->canonical == buyer[0]->canonical) break;
        return {taken};
      }
    }
    if (m && !m->possessive) return {m};
  }
  // "bought out the minority shareholders of AspenTech": the rest of the company.
  {
    uint32_t j = k + 1;
    if (j < end && doc.W(j) == "out") ++j;
    if (j < end && doc.W(j) == "the") ++j;
    if (j < end && (doc.W(j) == "minority" || doc.W(j) == "remaining" || doc.W(j) == "other")) ++j;
    if (j + 2 < doc.ClauseEnd(k) && j > k + 2 && (doc.W(j) == "shareholders" || doc.W(j) == "stockholders") &&
        doc.W(j + 1) == "of") {
      const Mention* m = doc.MentionAt(j + 2);
      if (m && m->first_token == j + 2 && !m->possessive && m->kind == MentionKind::kName) return {m};
    }
  }
  // "buying a majority of Neoen", "acquire control of X", "buy all of X": the whole company.
  uint32_t j = k + 1;
  if (j < end && (doc.W(j) == "a" || doc.W(j) == "the")) ++j;
  if (j < end && (doc.W(j) == "controlling" || doc.W(j) == "full")) ++j;
  // ("buy the rest of Tidewell", "the remainder of X": what it does not own yet.)
  if (j + 1 < end && (doc.W(j) == "majority" || doc.W(j) == "control" || doc.W(j) == "all" || doc.W(j) == "whole" ||
                      doc.W(j) == "rest" || doc.W(j) == "remainder" || doc.W(j) == "bulk") &&
      doc.W(j + 1) == "of") {
    const Mention* m = doc.MentionAt(j + 2);
    if (m && m->first_token == j + 2 && !m->possessive) return {m};
    // ("the bulk of Intel's smartphone modem business": the owner of the unit.)
    if (m && m->first_token == j + 2 && m->kind == MentionKind::kName) {
      for (uint32_t u = m->end_token; u < doc.ClauseEnd(k) && u < m->end_token + 5; ++u) {
        if (IsUnitWord(doc.W(u))) return {m};
        if (doc.MentionAt(u) || doc.IsPreposition(u)) break;
      }
    }
  }
  return {};
}

// The name before a description in apposition that ends right before token
// `end` ("Luzon Lightwave, the Manila fibre operator| that ...", "X, the Leeds
// maker of software|, and Y"), looking back at most `max` tokens, or nullptr.
const Mention* NameBeforeApposition(const DocContext& doc, uint32_t end, uint32_t max) {
  const uint32_t first = doc.seg().sentences[doc.SentenceOf(end)].first_token;
  for (uint32_t j = end; j-- > first + 2 && end - j <= max;) {
    // ("the London company that uses language models to ...": "uses" describes.)
    const TriggerWord* t = doc.TriggerAt(j);
    // ("based in Reston, Virginia,": a place's region after its comma.)
    if (doc.W(j) == "," && j + 1 < end && doc.seg().tokens[j + 1].capitalized && j >= 2 &&
        doc.seg().tokens[j - 1].capitalized && !doc.MentionAt(j - 1) && !doc.MentionAt(j + 1)) {
      continue;
    }
    if (doc.MentionAt(j) || (t && t->frame != Frame::kUse) || doc.W(j) == ",") return nullptr;
    // (", which builds spacecraft that refuel satellites,": a relative clause too.)
    if ((doc.W(j) == "the" || doc.W(j) == "a" || doc.W(j) == "an" || doc.W(j) == "which" || doc.W(j) == "who") &&
        doc.W(j - 1) == ",") {
      const Mention* m = doc.MentionAt(j - 2);
      return m && !m->possessive && m->kind == MentionKind::kName ? m : nullptr;
    }
  }
  return nullptr;
}

bool Passive(const DocContext& doc, uint32_t k) {
  if (k + 1 >= doc.words().size() || k == 0) return false;
  if (doc.W(k + 1) != "by") {
    // "was bought last year by X", "was acquired in 2021 by X": a time phrase before "by".
    uint32_t j = k + 1;
    while (j < doc.words().size() && j < k + 4 && !doc.MentionAt(j) && doc.W(j) != "," && doc.W(j) != "by" &&
           (doc.W(j) == "last" || doc.W(j) == "year" || doc.W(j) == "in" || doc.W(j) == "month" ||
            doc.W(j) == "earlier" || doc.W(j) == "this" || doc.W(j) == "ago" || doc.W(j) == "week" ||
            (doc.W(j).size() == 4 && doc.W(j)[0] >= '1' && doc.W(j)[0] <= '2'))) {
      ++j;
    }
    // ("was bought for about $2.1 billion by X": the price, then "by".)
    if (j == k + 1 && doc.W(j) == "for" && doc.MoneyAt(j + 1)) {
      j = doc.MoneyAt(j + 1)->end_token;
      while (j < doc.words().size() && j < k + 12 && doc.W(j) != "by" && !doc.MentionAt(j) && doc.W(j) != "," &&
             !doc.TriggerAt(j)) {
        ++j;
      }
    }
    // ("was bought from its founding family in 2019 by X": where from, then the time.)
    if (j == k + 1 && doc.W(j) == "from") {
      for (++j; j < doc.words().size() && j < k + 10 && doc.W(j) != "by" && doc.W(j) != "," &&
                (!doc.MentionAt(j) || doc.MentionAt(j)->kind == MentionKind::kPronoun);
           ++j) {
      }
    }
    if (j == k + 1 || j >= doc.words().size() || doc.W(j) != "by") return false;
  }
  WordView p = doc.W(k - 1);
  if (p == "taken" || p == "went") return true;  // "taken private by"
  // "has been snapped up by X", "was picked up by X": a phrasal verb.
  if ((doc.W(k) == "up" || doc.W(k) == "over") && k >= 2 &&
      (p == "snapped" || p == "picked" || p == "taken" || p == "bought")) {
    p = doc.W(k - 2);
  }
  return p == "was" || p == "were" || p == "is" || p == "been" || p == "be" || p == "being" || p == "," ||
         p == "are" || p == "later" || p == "eventually" || p == "subsequently" || p == "recently";
}

// "Scale AI, in which Meta took a 49% stake", "OpenAI, in which it has
// invested $13bn": the name before "in which".
Mentions InWhich(const DocContext& doc, uint32_t k) {
  const Sentence& sent = doc.seg().sentences[doc.SentenceOf(k)];
  for (uint32_t j = k; j-- > sent.first_token + 3 && k - j < 10;) {
    if (doc.W(j) != "which" || doc.W(j - 1) != "in" || doc.W(j - 2) != ",") continue;
    if (const Mention* m = doc.MentionAt(j - 3); m && !m->possessive) return {m};
    break;
  }
  return {};
}

// The investee of an investment at k whose sentence names none after "in":
// the company a stake is taken in later in the sentence ("... now converts
// into a stake of 27 percent in OpenAI Group"). When no "in"/"into" phrase
// follows at all ("Amazon, which has invested $8 billion, remains ..."),
// `implied` tells the document pass to name the company the article is about.
Mentions ImpliedInvestee(const DocContext& doc, uint32_t k, bool* implied) {
  const Sentence& sent = doc.seg().sentences[doc.SentenceOf(k)];
  bool prep = false;
  for (uint32_t j = k + 1; j < sent.end_token; ++j) {
    WordView w = doc.W(j);
    if (w == "stake" || w == "stakes") {
      Mentions in = doc.AfterPrep(j, {"in"}, 8);
      if (!in.empty() && !in[0]->possessive) return in;
    }
    if (j < doc.ClauseEnd(k) && (w == "in" || w == "into") && !(j + 1 < sent.end_token && doc.MoneyAt(j + 1))) {
      prep = true;
    }
  }
  *implied = !prep;
  return {};
}

// "generative-AI startups", "young chip companies" right after k: investees
// the text does not name.
bool UnnamedCompanies(const DocContext& doc, uint32_t k) {
  const uint32_t end = std::min(doc.ClauseEnd(k), k + 6);
  for (uint32_t j = k + 1; j < end; ++j) {
    if (doc.MentionAt(j) || doc.MoneyAt(j)) return false;
    WordView w = doc.W(j);
    if (w == "startups" || w == "start-ups" || w == "companies" || w == "firms" || w == "businesses" ||
        w == "developers" || w == "founders") {
      return true;
    }
    if (doc.IsPreposition(j) && w != "in") return false;
  }
  return false;
}

// "investing $600 billion in U.S. infrastructure", "invest in its own data
// centres": the "in" phrase after k names a thing, not a company, so the
// spending has no counterparty (spec: not a deal).
bool InvestsInThing(const DocContext& doc, uint32_t k) {
  const uint32_t end = doc.ClauseEnd(k);
  uint32_t j = k + 1;
  while (j < end && j < k + 10 && doc.W(j) != "in" && doc.W(j) != "into") {
    // ("invest about $200 billion in ...": a hedge word before the amount.)
    bool hedge = doc.MoneyAt(j) || (j + 1 < end && doc.MoneyAt(j + 1));
    if (doc.MentionAt(j) || (doc.IsPreposition(j) && !hedge)) return false;
    ++j;
  }
  if (j >= end || j >= k + 10 || j + 1 >= end) return false;
  WordView first = doc.W(j + 1);
  if (doc.MoneyAt(j + 1) || first == "talks" || first == "the" || first == "a" || first == "an" ||
      (first.size() == 4 && first[0] >= '1' && first[0] <= '2' && first[1] >= '0' && first[1] <= '9')) {
    return false;  // an amount, a date or a described company follows
  }
  if (MonthNumber(first) > 0 || UnnamedCompanies(doc, j)) return false;
  for (uint32_t q = j + 1; q < end && q < j + 6; ++q) {
    if (doc.MentionAt(q) || doc.MoneyAt(q)) return false;
    if (doc.IsPreposition(q) || doc.W(q) == "," || doc.W(q) == "and") break;
  }
  return true;
}

// "invest more than $5 billion in an \"AI Zone\"", "in a new data-centre
// campus": money put into a project, not a company, after k.
bool InProject(const DocContext& doc, uint32_t k) {
  const uint32_t end = std::min(doc.ClauseEnd(k), k + 1 + WindowPastMoney(doc, k, 6));
  for (uint32_t j = k + 1; j + 2 < end; ++j) {
    if (doc.W(j) != "in" && doc.W(j) != "into") continue;
    if (doc.W(j + 1) != "a" && doc.W(j + 1) != "an" && doc.W(j + 1) != "the") return false;
    for (uint32_t q = j + 2; q < doc.ClauseEnd(k) && q < j + 8; ++q) {
      if (doc.MentionAt(q) || doc.IsPreposition(q)) return false;
      WordView w = doc.W(q);
      if (w == "zone" || w == "campus" || w == "project" || w == "hub" || w == "cluster" || w == "plant" ||
          w == "facility" || w == "factory" || w == "complex" || w == "park" || w == "corridor") {
        return true;
      }
    }
    return false;
  }
  return false;
}

// "plans to invest about $11 billion in the fab", "in its new data centres":
// money put into a site (the clause's own, a company's capital spending),
// not into a company, after k.
bool InOwnFacility(const DocContext& doc, uint32_t k) {
  const uint32_t end = std::min(doc.ClauseEnd(k), k + 1 + WindowPastMoney(doc, k, 6));
  for (uint32_t j = k + 1; j + 2 < end; ++j) {
    if (doc.W(j) != "in" && doc.W(j) != "into") continue;
    uint32_t q = j + 1;
    const WordView d = doc.W(q);
    if (d == "the" || d == "a" || d == "an" || d == "its" || d == "their") ++q;
    for (const uint32_t stop = std::min(doc.ClauseEnd(k), q + 4); q < stop; ++q) {
      const Mention* m = doc.MentionAt(q);
      if ((m && !(m->kind == MentionKind::kPronoun && m->possessive)) || doc.MoneyAt(q) || doc.IsPreposition(q) ||
          doc.W(q) == "," || doc.W(q) == "and") {
        return false;
      }
      const WordView w = doc.W(q);
      if (w == "fab" || w == "fabs" || w == "plant" || w == "plants" || w == "factory" || w == "factories" ||
          w == "facility" || w == "facilities" || w == "campus" || w == "campuses" || w == "site" || w == "sites" ||
          w == "mine" || w == "centre" || w == "centres" || w == "center" || w == "centers") {
        return true;
      }
    }
    return false;
  }
  return false;
}

void InvestFrame(const DocContext& doc, uint32_t k, const TriggerWord& t, std::vector<Candidate>& out) {
  Mentions from = doc.Agent(k);
  // ("Sony, which together with Lego owner KIRKBI put $2 billion into Y": the
  // partner named between the subject and the verb invests too.)
  if (!from.empty()) {
    for (uint32_t j = doc.ClauseBegin(k); j + 2 < k; ++j) {
      if (doc.W(j + 1) != "with" || (doc.W(j) != "together" && doc.W(j) != "along")) continue;
      for (uint32_t a = j + 2; a < k && a < j + 5; ++a) {
        const Mention* m = doc.MentionAt(a);
        if (!m) continue;
        if (!m->possessive && m->kind == MentionKind::kName && m->end_token + 2 >= k) AddUnique(from, m);
        break;
      }
      break;
    }
  }
  // ("would invest up to $5 billion and up to $10 billion, respectively, in Anthropic": past the amounts.)
  Mentions to = doc.AfterPrep(k, {"in", "into"}, WindowPastMoney(doc, k, 14));
  // ("investing in deep-technology companies in Israel": the companies are not named.)
  if (!to.empty() && UnnamedCompanies(doc, k)) to.clear();
  // "X is a private equity firm with $30 billion of commitments, investing in
  // software companies": what a firm does, no deal.
  if (t.form == Form::kIng && k > 0 && doc.W(k - 1) == "," && to.empty()) return;
  // "will invest SEK 1.2 billion in expanding its transformer plant": spending
  // on one's own site, no company funded.
  {
    const uint32_t end = std::min(doc.ClauseEnd(k), k + 1 + WindowPastMoney(doc, k, 6));
    for (uint32_t j = k + 1; j + 2 < end; ++j) {
      // ("has put more than $60 million into extending its network")
      if (doc.W(j) != "in" && doc.W(j) != "on" && doc.W(j) != "into") continue;
      const WordView g = doc.W(j + 1);
      if (g.size() > 4 && g.ends_with("ing") && (doc.W(j + 2) == "its" || doc.W(j + 2) == "their")) return;
      break;
    }
  }
  bool put = doc.W(k).substr(0, 3) == "put";
  // ("it has also put money into X and Y": money without an amount, not
  // "has been putting more money into", a habit.)
  const bool put_money = doc.W(k) == "put" && Has(doc, k, to.empty() ? k : to[0]->first_token, {"money", "capital"});
  if (put && (to.empty() || (!doc.MoneyNear(k, true) && !put_money &&
                             !Has(doc, k, to[0]->first_token, {"billions", "millions"})))) {
    return;  // "put pressure on": only "put $N into Y" is an investment
  }
  if (Passive(doc, k) || (k > 0 && (doc.W(k - 1) == "be" || doc.W(k - 1) == "was" || doc.W(k - 1) == "were" ||
                                     doc.W(k - 1) == "been"))) {
    // "$N was invested in Y by X" ("About $45 million was invested in Y in 2024 by A and B")
    Mentions by = doc.AfterPrep(k, {"by"}, 14);
    from = by;
  }
  if (!to.empty() && to[0]->possessive) {
    // "invested in Mistral AI's latest round": the round's company is the investee.
    // ("put $1 billion into Coherent's silicon carbide business": a unit
    // the text does not name is its owner's.)
    uint32_t j = to[0]->end_token;
    while (j < doc.ClauseEnd(k) && j < to[0]->end_token + 5 && !doc.IsPreposition(j) && !IsRoundWord(doc.W(j)) &&
           !(IsUnitWord(doc.W(j)) && to[0]->kind == MentionKind::kName)) {
      ++j;
    }
    if (!(j < doc.ClauseEnd(k) && (IsRoundWord(doc.W(j)) || IsUnitWord(doc.W(j))))) {
      to.clear();  // "invest in its own chips", "in Amazon's cloud"
    }
  }
  // "agreed to subscribe for NT$3 billion of new Chenghe shares": the
  // company whose new shares are bought.
  if (to.empty() && doc.W(k).substr(0, 9) == "subscribe") {
    const uint32_t end = std::min(doc.ClauseEnd(k), k + 1 + WindowPastMoney(doc, k, 10));
    for (uint32_t j = k + 1; j < end; ++j) {
      const Mention* m = doc.MentionAt(j);
      if (!m) continue;
      uint32_t e = m->end_token;
      while (e < end && (doc.W(e) == "'s" || doc.W(e) == "new" || doc.W(e) == "ordinary")) ++e;
      if (e < end && (doc.W(e) == "shares" || doc.W(e) == "stock")) to = {m};
      break;
    }
    if (to.empty()) return;  // ("would subscribe for EUR150mn of new shares": whose, the text does not say here)
  }
  if (to.empty()) {
    to = InWhich(doc, k);
    if (!to.empty() && !from.empty() && from[0]->canonical == to[0]->canonical) {
      // "Microsoft's relationship with OpenAI, in which it has invested": "it" is not OpenAI.
      const Sentence& sent = doc.seg().sentences[doc.SentenceOf(k)];
      from.clear();
      for (uint32_t j = sent.first_token; j < to[0]->first_token && from.empty(); ++j) {
        const Mention* m = doc.MentionAt(j);
        if (m && m->kind == MentionKind::kName && m->canonical != to[0]->canonical) from = {m};
      }
    }
  }
  if (to.empty() && from.size() == 2 && from[0]->canonical != from[1]->canonical &&
      (Has(doc, k + 1, std::min(doc.ClauseEnd(k), k + 12), {"together", "jointly"}) || InProject(doc, k))) {
    // "X and Y will invest more than $5 billion together in ...": a joint project.
    Candidate c = Make(doc, DealType::kPartnership, k, t, {from[0]}, {from[1]});
    c.money = doc.MoneyNear(k, true);
    out.push_back(c);
    return;
  }
  if (to.empty() && (InvestsInThing(doc, k) || InOwnFacility(doc, k))) return;
  // "would invest US$1 billion to build a data centre": spending on its own
  // project, no counterparty.
  if (to.empty()) {
    for (uint32_t j = k + 1; j + 1 < doc.ClauseEnd(k) && j < k + 8; ++j) {
      if (doc.MentionAt(j) || (doc.IsPreposition(j) && doc.W(j) != "to")) break;
      if (doc.W(j) != "to" || !doc.MoneyAt(j - 1)) continue;
      WordView v = doc.W(j + 1);
      if (v == "build" || v == "expand" || v == "develop" || v == "construct" || v == "upgrade" || v == "open" ||
          v == "set" || v == "create" || v == "modernise" || v == "modernize" || v == "extend") {
        return;
      }
      break;
    }
  }
  bool implied = false;
  if (to.empty() && !put) to = ImpliedInvestee(doc, k, &implied);
  // ("put money into X in a $206.5 million round alongside A and B": the
  // round's other investors.)
  if (!from.empty() && !to.empty()) {
    for (uint32_t j = k + 1; j + 1 < doc.ClauseEnd(k) && j < k + 16; ++j) {
      if (doc.W(j) != "alongside" || !Has(doc, k + 1, j, {"round", "financing", "funding"})) continue;
      for (const Mention* m : doc.ListAt(j + 1, doc.ClauseEnd(k), 3)) {
        if (!m->possessive && m->kind == MentionKind::kName && m->canonical != to[0]->canonical) AddUnique(from, m);
      }
      break;
    }
  }
  Candidate c = Make(doc, DealType::kInvestment, k, t, from, to);
  c.implied_to = implied && !from.empty();
  c.money = doc.MoneyNear(k, true);
  c.money_required = to.empty() || from.empty();
  out.push_back(c);
  // "would invest $300 million in X and a further several hundred million
  // dollars in Y": the same investor's second investee.
  if (!from.empty() && to.size() == 1 && to[0]->kind == MentionKind::kName) {
    uint32_t a = to[0]->end_token;
    if (a < doc.ClauseEnd(k) && doc.W(a) == ",") ++a;
    if (a + 3 < doc.SentenceEnd(k) && doc.W(a) == "and" &&
        (doc.W(a + 1) == "a" || doc.W(a + 1) == "another" || doc.MoneyAt(a + 1))) {
      const Entity* second = nullptr;
      for (uint32_t j = a + 1; j + 1 < doc.SentenceEnd(k) && j < a + 12; ++j) {
        if (const Entity* m = doc.MoneyAt(j)) second = m;
        if (doc.TriggerAt(j) || (doc.MentionAt(j) && !doc.MoneyAt(j))) break;
        if (doc.W(j) != "in" && doc.W(j) != "into") continue;
        const Mention* y = doc.MentionAt(j + 1);
        if (y && !y->possessive && y->kind == MentionKind::kName && y->canonical != to[0]->canonical &&
            y->canonical != from[0]->canonical) {
          Candidate d = c;
          d.to = {y};
          d.money = second;
          out.push_back(d);
        }
        break;
      }
    }
  }
  // Gapping: "Microsoft will invest up to $5 billion and Nvidia up to $10 billion in Anthropic".
  for (uint32_t j = k + 1; j + 2 < doc.ClauseEnd(k); ++j) {
    if (doc.W(j) != "and") continue;
    const Mention* m = doc.MentionAt(j + 1);
    if (!m || m->possessive) continue;
    uint32_t after = m->end_token;
    const Entity* money = after < doc.words().size() ? doc.MoneyAt(after) : nullptr;
    if (!money) continue;
    Candidate g = c;
    g.from = {m};
    g.money = money;
    // ("Microsoft said it would invest up to $5 billion in the company and Nvidia
    // up to $10 billion": a reference the first subject cannot mean, itself, is
    // read again for the second.)
    if (!c.from.empty() && g.to.size() == 1 && g.to[0]->kind != MentionKind::kName &&
        g.to[0]->canonical == c.from[0]->canonical) {
      for (const std::string& alt : g.to[0]->alternatives) {
        if (alt == c.from[0]->canonical || alt == m->canonical) continue;
        if (const Mention* named = doc.NameOf(alt)) g.to = {named};
        break;
      }
    }
    out.push_back(g);
  }
}

// A word after which a verb stands in its base form: "to", a modal, a
// negation, "also" or "and" ("will put", "to fund", "and fund").
bool BaseVerbLeadIn(std::string_view p) {
  return p == "to" || p == "will" || p == "would" || p == "could" || p == "can" || p == "may" || p == "might" ||
         p == "should" || p == "must" || p == "not" || p == "n't" || p == "also" || p == "and";
}

// "Backed by a fresh $15 million from X, Y will grow its team": an opening
// participle (also after a list's bullet); the backer after "by" or "from",
// the subject after the comma. True when k opens such a participle (read
// here, whether or not it yields a candidate).
bool OpeningBackedBy(const DocContext& doc, uint32_t k, const TriggerWord& t, std::vector<Candidate>& out) {
  const Sentence& sent = doc.seg().sentences[doc.SentenceOf(k)];
  const bool opens = k == sent.first_token ||  // (or after a list's bullet: "- Backed by ...")
                     (k == sent.first_token + 1 && doc.seg().tokens[sent.first_token].kind != TokenKind::kWord &&
                      !doc.MentionAt(sent.first_token));
  if (!opens || k + 3 >= sent.end_token || doc.W(k + 1) != "by") return false;
  uint32_t comma = k + 2;
  while (comma < sent.end_token && comma < k + 16 && doc.W(comma) != ",") ++comma;
  if (comma + 1 >= sent.end_token || doc.W(comma) != ",") return true;
  Mentions by = doc.AfterPrep(k, {"by"}, 2);
  if (by.empty()) by = doc.AfterPrep(k, {"from"}, comma - k);
  const Mention* subject = doc.MentionAt(comma + 1);
  if (by.empty() || !subject || subject->possessive || by[0]->first_token > comma ||
      subject->canonical == by[0]->canonical) {
    return true;
  }
  Candidate c = Make(doc, DealType::kInvestment, k, t, {by[0]}, {subject});
  c.money = doc.MoneyNear(k, true);
  if (!doc.HasStatusCue(k)) c.status = DealStatus::kCompleted;
  out.push_back(c);
  return true;
}

void FundFrame(const DocContext& doc, uint32_t k, const TriggerWord& t, std::vector<Candidate>& out) {
  // "will lease back the space", "bought back its shares", "paid back the loan": a particle, no backing.
  if (doc.W(k) == "back" && k > 0) {
    const TriggerWord* before = doc.TriggerAt(k - 1);
    WordView p = doc.W(k - 1);
    if ((before && before->form != Form::kNoun) || p == "lease" || p == "leases" || p == "leased" || p == "leasing" ||
        p == "pay" || p == "paid" || p == "pays" || p == "come" || p == "came" || p == "comes" || p == "sell" ||
        p == "sold" || p == "buy" || p == "bought" || p == "rent" || p == "rented" || p == "scale" ||
        p == "scaled" || p == "cut" || p == "pull" || p == "pulled" || p == "roll" || p == "rolled" ||
        p == "give" || p == "gave" || p == "hold" || p == "held" || p == "fight" || p == "fought") {
      return;
    }
  }
  // ("secured a credit facility from Y to fund its growing loan book": a
  // purpose that funds the company's own business, no deal.)
  if (k > 0 && doc.W(k - 1) == "to" && (doc.W(k) == "fund" || doc.W(k) == "finance") && k + 2 < doc.words().size()) {
    const Mention* own = doc.MentionAt(k + 1);
    if (own && own->possessive && own->kind == MentionKind::kPronoun && !doc.MentionAt(k + 2)) {
      uint32_t a = own->end_token;
      while (a < doc.ClauseEnd(k) && a < own->end_token + 3 && !doc.MentionAt(a) &&
             doc.seg().tokens[a].kind == TokenKind::kWord && !doc.IsPreposition(a)) {
        ++a;
      }
      // (Only the subject's own business: "X and Y led a loan to fund its contract" is still a loan to "it".)
      const Mentions subject = doc.Agent(k);
      const bool self = subject.size() == 1 && subject[0]->canonical == own->canonical;
      if (self && (a == doc.ClauseEnd(k) || doc.IsPreposition(a) || doc.W(a) == "," || doc.W(a) == ".")) return;
    }
  }
  // "the pension fund Northmoor Capital", "a hedge fund": the noun, not the verb.
  if (k > 0) {
    WordView p = doc.W(k - 1);
    if (p == "the" || p == "a" || p == "an" || p == "its" || p == "their" || p == "pension" || p == "hedge" ||
        p == "venture" || p == "wealth" || p == "sovereign" || p == "investment" || p == "index" || p == "equity" ||
        p == "mutual" || p == "growth" || p == "infrastructure" || p == "buyout" || p == "'s") {
      return;
    }
    // ("with Brazilian fund Mare Partners also joining": a nationality or
    // place before it makes it a noun.)
    if ((doc.W(k) == "fund" || doc.W(k) == "funds") && doc.seg().tokens[k - 1].capitalized &&
        doc.seg().tokens[k - 1].kind == TokenKind::kWord && !doc.MentionAt(k - 1) &&
        k - 1 > doc.seg().sentences[doc.SentenceOf(k)].first_token) {
      return;
    }
    // ("a Johannesburg fund that led ...", "the state-backed climate fund":
    // an article a few modifiers before makes it a noun.)
    if (doc.W(k) == "fund" || doc.W(k) == "funds") {
      for (uint32_t j = k - 1, n = 0; j > doc.ClauseBegin(k) && n < 3; --j, ++n) {
        WordView w = doc.W(j - 1);
        if (w == "a" || w == "an" || w == "the" || w == "its" || w == "their") return;
        if (doc.seg().tokens[j - 1].kind != TokenKind::kWord || doc.TriggerAt(j - 1) || doc.IsPreposition(j - 1)) break;
      }
    }
    // ("the state-backed climate fund Nysno Climate Investments": a noun before
    // the fund's name; the verb follows "to", a modal or an auxiliary.)
    if (doc.W(k) == "fund" && k + 1 < doc.words().size() && doc.MentionAt(k + 1) &&
        doc.seg().tokens[k - 1].kind == TokenKind::kWord && !doc.seg().tokens[k - 1].capitalized &&
        !(BaseVerbLeadIn(p) || p == "help" || p == "helps" || p == "helped" || p == "then")) {
      return;
    }
  }
  // "Backed by a fresh $15 million from X, Y will grow its team": read on its own.
  if (OpeningBackedBy(doc, k, t, out)) return;
  if (Passive(doc, k)) {
    Mentions by = doc.AfterPrep(k, {"by"}, 2);
    Mentions subject = doc.Agent(k);
    if (by.empty() || subject.empty()) return;
    Candidate c = Make(doc, DealType::kInvestment, k, t, by, subject);
    c.money = doc.MoneyNear(k, false);
    out.push_back(c);
    return;
  }
  Mentions to = Object(doc, k);
  // ("will fund the Ashlin purchase with a loan": the name modifies the deal
  // paid for, no company funded.)
  if (!to.empty() && !to[0]->possessive && to[0]->end_token < doc.ClauseEnd(k) &&
      Has(doc, to[0]->end_token, to[0]->end_token + 1,
          {"purchase", "acquisition", "takeover", "buyout", "deal", "order", "contract", "expansion", "project",
           "merger", "bid"})) {
    return;
  }
  Mentions from = doc.Agent(k);
  if (to.empty() && !from.empty() && UnnamedCompanies(doc, k)) {
    // "committed $1 billion to back generative-AI startups": the investees are not named.
    Candidate c = Make(doc, DealType::kInvestment, k, t, from, {});
    c.money = doc.MoneyNear(k, false);
    c.money_required = true;
    c.unnamed = true;
    out.push_back(c);
    return;
  }
  if (to.empty() || from.empty()) return;
  // "would fund it with cash and debt": paying for something, not backing a company.
  uint32_t after = to[0]->end_token;
  // "Kelvedon backs £1.3bn Harrowgate buyout": support for an offer, not money for its bidder.
  // ("Kurobane backs ¥380 billion Hoshimi tender offer": a word may stand between.)
  if (after < doc.ClauseEnd(k) && Has(doc, after, std::min(doc.ClauseEnd(k), after + 2),
                                      {"offer", "bid", "buyout", "takeover", "merger", "proposal", "approach"})) {
    return;
  }
  if (to[0]->kind == MentionKind::kPronoun && after < doc.words().size() && doc.W(after) == "with") return;
  // "selling assets to fund its AI ambitions": paying for its own plans, not a company's shares.
  if (to[0]->kind == MentionKind::kPronoun && to[0]->possessive && k > 0 && doc.W(k - 1) == "to") {
    for (uint32_t j = after; j < doc.ClauseEnd(k) && j < after + 4; ++j) {
      if (doc.MentionAt(j) || doc.IsPreposition(j)) break;
      WordView w = doc.W(j);
      if (w == "ambitions" || w == "expansion" || w == "growth" || w == "plans" || w == "operations" ||
          w == "build-out" || w == "construction" || w == "research" || w == "development" || w == "spending" ||
          w == "efforts" || w == "strategy" || w == "push" || w == "purchase" || w == "acquisition" ||
          w == "buildout" || w == "projects" || w == "investments") {
        return;
      }
    }
  }
  Candidate c = Make(doc, DealType::kInvestment, k, t, from, to);
  c.money = doc.MoneyNear(k, true);
  out.push_back(c);
}

// Words for a part of a company: "its networking business", "the chip unit".
bool IsUnitWord(std::string_view w) {
  return w == "business" || w == "unit" || w == "division" || w == "arm" || w == "subsidiary" ||
         w == "operations" || w == "businesses";
}

// The unit a seller names as what it sells, between the verb at k and `end`:
// "its Gearbox Entertainment business", "its testing division, Pelion Test,".
const Mention* NamedUnit(const DocContext& doc, uint32_t k, uint32_t end) {
  auto unit_word = [&](uint32_t j) { return IsUnitWord(doc.W(j)); };
  for (uint32_t j = k + 1; j < end; ++j) {
    const Mention* m = doc.MentionAt(j);
    if (!m || m->kind != MentionKind::kName) continue;
    // "its Altera unit", "its Altera programmable-chip unit"
    for (uint32_t a = m->end_token; a < end && a < m->end_token + 3; ++a) {
      if (unit_word(a)) return m;
      if (doc.seg().tokens[a].kind != TokenKind::kWord || doc.seg().tokens[a].capitalized || doc.MentionAt(a)) break;
    }
    if (m->first_token == j && j >= k + 2 && unit_word(j - 1)) return m;  // "its chip unit Altera"
    if (m->first_token >= k + 3 && doc.W(m->first_token - 1) == "," && unit_word(m->first_token - 2)) return m;
    j = m->end_token - 1;
  }
  return nullptr;
}

// The first raise verb ("raised", "secures") in [b, e), or e when there is none.
uint32_t RaiseVerbIn(const DocContext& doc, uint32_t b, uint32_t e) {
  for (uint32_t j = b; j < e; ++j) {
    const TriggerWord* t = doc.TriggerAt(j);
    if (t && t->frame == Frame::kRaise && t->form != Form::kNoun) return j;
  }
  return e;
}

// A raise verb before k in its clause ("raised $2 billion in seed funding
// from X"): the raise frame reads the round.
bool AfterRaiseVerb(const DocContext& doc, uint32_t k) { return RaiseVerbIn(doc, doc.ClauseBegin(k), k) < k; }

uint32_t PartVerbBefore(const DocContext& doc, uint32_t k, const Mention** owner);  // (below)

void InvestmentNounFrame(const DocContext& doc, uint32_t k, const TriggerWord& t, std::vector<Candidate>& out) {
  // ("agreed to buy Harbor Point's stake in Y": the stake changes hands; the
  // buying verb reads it, the seller's holding is no deal told here.)
  if (t.frame == Frame::kStake && t.form == Form::kNoun) {
    if (const Mention* owner = doc.PossessorBefore(k); owner && owner->kind == MentionKind::kName &&
                                                        owner->first_token >= 1) {
      const TriggerWord* verb = doc.TriggerAt(owner->first_token - 1);
      if (verb && verb->form != Form::kNoun && (verb->frame == Frame::kBuy || verb->frame == Frame::kAcquire)) return;
    }
  }
  // "a 120 billion won investment subsidy from Y": the grant's frame reads it.
  if (const TriggerWord* next = k + 1 < doc.words().size() ? doc.TriggerAt(k + 1) : nullptr;
      next && next->frame == Frame::kGrant) {
    return;
  }
  // ("as part of a funding round led by Y": the round's frame reads it.)
  if (doc.W(k) == "funding" && k + 3 < doc.words().size() && IsRoundWord(doc.W(k + 1)) &&
      (doc.W(k + 2) == "led" || doc.W(k + 2) == "co-led")) {
    return;
  }
  if (doc.W(k) == "placement" || doc.W(k) == "placements") {
    // "agreed to a C$45 million private placement with X": X buys the new
    // shares of the issuer, the clause's subject.
    // ("a private placement of 120 million new shares to X")
    Mentions investors = doc.AfterPrep(k, {"with", "to"}, WindowPastMoney(doc, k, 9));
    // ("a private placement (PIPE) of $N, anchored by X, with Y and Z also participating")
    if (investors.empty()) investors = Investors(doc, k);
    Mentions issuer;
    if (const Mention* p = doc.PossessorBefore(k)) issuer = {p};
    if (issuer.empty()) issuer = doc.Agent(k);
    // ("X to acquire Y and announces a private placement with Z": the subject
    // of the first verb, not its object.)
    for (uint32_t j = issuer.empty() ? k : issuer[0]->first_token; j-- > doc.ClauseBegin(k);) {
      const TriggerWord* before = doc.TriggerAt(j);
      if (!before || before->form == Form::kNoun) continue;
      issuer = doc.Agent(j);
      break;
    }
    if (investors.empty() || issuer.empty() || investors[0]->possessive ||
        investors[0]->canonical == issuer[0]->canonical) {
      return;
    }
    Candidate c = Make(doc, DealType::kInvestment, k, t, investors, {issuer[0]});
    c.money = doc.MoneyNear(k, false);
    out.push_back(c);
    return;
  }
  if (t.frame != Frame::kStake && AfterRaiseVerb(doc, k)) return;
  // ("joining an $800 million funding round led by Z": a round someone takes
  // part in; the round frame reads it.)
  if (const Mention* unused = nullptr; t.frame != Frame::kStake && k + 1 < doc.words().size() &&
                                       IsRoundWord(doc.W(k + 1)) && PartVerbBefore(doc, k + 1, &unused) != k + 1) {
    return;
  }
  Mentions from, to;
  const Mention* possessor = doc.PossessorBefore(k);
  // ("took part in OpenAI's $6.6 billion funding round": a round's own noun
  // after its owner, who raises; the round frame reads it.)
  if (possessor && t.frame != Frame::kStake && k + 1 < doc.words().size() && IsRoundWord(doc.W(k + 1)) &&
      doc.W(k + 1) != "funding" && doc.W(k + 1) != "financing") {
    return;
  }
  if (possessor) from = {possessor};
  if (doc.W(k) == "backing") {
    to = doc.AfterPrep(k, {"of", "in"}, 2);
  } else if (t.frame == Frame::kStake && k + 1 < doc.ClauseEnd(k) && doc.W(k + 1) == "of") {
    to = doc.AfterPrep(k, {"in", "into"}, 8);  // "a stake of about 5.4 per cent in Cipher"
    if (!to.empty() && to[0]->kind != MentionKind::kName) to.clear();
  } else {
    // ("an investment of about £20 million in the group": past the amount.)
    to = doc.AfterPrep(k, {"in", "into"}, WindowPastMoney(doc, k, 4));
  }
  if (!from.empty() && to.empty()) to = doc.AfterPrep(k, {"in", "into"}, 16);
  if (!to.empty() && to[0]->possessive) {
    // "a 51% stake in its chip unit Altera": the unit named after the owner.
    const Mention* unit = NamedUnit(doc, to[0]->end_token - 1, doc.ClauseEnd(k));
    // "a 40 per cent stake in its mobile masts business": an unnamed unit is its owner's.
    bool unnamed_unit = false;
    for (uint32_t j = to[0]->end_token; j < std::min(doc.ClauseEnd(k), to[0]->end_token + 5) && !unit; ++j) {
      if (doc.MentionAt(j) || doc.IsPreposition(j)) break;
      WordView w = doc.W(j);
      // ("a 49% stake in its planned chip factories": its sites are its own.)
      // ("a 40% stake in its fibre network", "in its tower business")
      if (IsUnitWord(w) || w == "factories" || w == "factory" || w == "plants" || w == "plant" || w == "fabs" ||
          w == "fab" || w == "project" || w == "projects" || w == "campus" || w == "network" || w == "networks" ||
          w == "grid" || w == "towers" || w == "masts") {
        unnamed_unit = true;
      }
    }
    if (unit) {
      to = {unit};
    } else if (!unnamed_unit) {
      to.clear();
    }
  }
  bool implied = false;
  if (to.empty() && t.frame == Frame::kStake) to = InWhich(doc, k);
  // "Y's largest shareholder is X, which paid about $410 million for a 19%
  // stake": the company whose shareholder the sentence names.
  if (to.empty() && t.frame == Frame::kStake) {
    const uint32_t first = doc.seg().sentences[doc.SentenceOf(k)].first_token;
    for (uint32_t j = first; j < k && to.empty(); ++j) {
      const Mention* m = doc.MentionAt(j);
      if (!m || !m->possessive || m->kind != MentionKind::kName) continue;
      for (uint32_t q = m->end_token; q < k && q < m->end_token + 4; ++q) {
        if (Has(doc, q, q + 1, {"shareholder", "shareholders", "investor", "investors", "backer", "backers", "owner",
                                 "stakeholder"})) {
          to = {m};
          break;
        }
      }
      j = m->end_token - 1;
    }
  }
  if (possessor && to.empty()) to = ImpliedInvestee(doc, k, &implied);
  if (!possessor && to.empty() && t.frame == Frame::kInvestment) {
    // "X doubled down on Y with a fresh $2 billion investment": the company
    // the subject acts on earlier in the clause.
    for (uint32_t j = k; j-- > doc.ClauseBegin(k);) {
      const Mention* m = doc.MentionAt(j);
      if (!m) continue;
      if (!m->possessive && m->first_token > 0 && doc.W(m->first_token - 1) == "on") to = {m};
      break;
    }
  }
  Mentions by = doc.AfterPrep(k, {"from", "by"}, WindowPastMoney(doc, k, 4));
  if (!by.empty() && SpeakerAfterInvestors(doc, *by[0])) by.clear();  // ("funding from investors it declined to name")
  // "bought a 49% stake in Monex Securities from Monex Group": the seller, not an investor.
  // ("bought the stake from private equity firm X": a description between.)
  if (!by.empty() && t.frame == Frame::kStake && by[0]->first_token > 0 && Has(doc, k + 1, by[0]->first_token, {"from"}) &&
      Has(doc, doc.ClauseBegin(k), k, {"bought", "buy", "buys", "buying", "acquired", "acquire", "acquires",
                                        "purchased", "purchase", "took", "take", "takes"})) {
    by.clear();
  }
  // ("a €260 million equity financing led by X, with participation from A
  // and existing shareholder B": the round's other members.)
  if (!by.empty() && t.frame == Frame::kInvestment && by[0]->first_token >= 2 && doc.W(by[0]->first_token - 1) == "by" &&
      (doc.W(by[0]->first_token - 2) == "led" || doc.W(by[0]->first_token - 2) == "co-led")) {
    for (const Mention* m : Investors(doc, k)) {
      if (!m->possessive && m->kind == MentionKind::kName) AddUnique(by, m);
    }
  }
  if (!by.empty()) {
    if (from.empty()) {
      // "Y received a $N investment from X": the possessor or subject receives.
      if (to.empty()) to = doc.Agent(k);
      from = by;
    } else if (to.empty()) {
      to = from;  // "Y's funding from X"
      from = by;
    }
  }
  if (t.frame == Frame::kStake) {
    // "X agreed to sell a stake in Y to a consortium of KKR and GIP": the buyers invest.
    for (uint32_t j = doc.ClauseBegin(k); j < k; ++j) {
      const TriggerWord* before = doc.TriggerAt(j);
      if (before && before->frame == Frame::kSell) {
        Mentions buyers = GroupAfter(doc, k, "to");
        if (buyers.empty() || to.empty()) return;
        from = buyers;
        if (before->form != Form::kNoun) {  // "sold a stake": the verb's tense is the deal's status
          // ("sold a majority stake in Y": control, an acquisition.)
          const bool control = k > 0 && ControlWord(doc.W(k - 1));
          Candidate c = Make(doc, control ? DealType::kAcquisition : DealType::kInvestment, j, *before, from, to);
          c.money = doc.MoneyNear(k, false);
          out.push_back(c);
          return;
        }
        break;
      }
    }
    // "X took a 10% stake in Y", "X holds a stake in Y".
    if (from.empty()) from = doc.Agent(k);
    if (to.empty()) return;
  } else if (from.empty() && !to.empty()) {
    from = doc.Agent(k);
  }
  Candidate c = Make(doc, DealType::kInvestment, k, t, from, to);
  c.money = doc.MoneyNear(k, false);
  // "Meta took a 49% stake": the verb's past tense is the deal's.
  if (t.frame == Frame::kStake && c.status == DealStatus::kAnnounced && !doc.HasStatusCue(k) &&
      Has(doc, std::max(doc.ClauseBegin(k), k > 12 ? k - 12 : 0), k,
          {"took", "taken", "acquired", "bought", "purchased", "paid", "converted", "swapped", "built", "amassed",
           "accumulated"})) {
    c.status = DealStatus::kCompleted;
  }
  // "Tessaly AI took an undisclosed investment from X": received, so done.
  if (t.frame == Frame::kInvestment && c.status == DealStatus::kAnnounced && !doc.HasStatusCue(k) && k >= 2) {
    for (uint32_t j = k; j-- > std::max(doc.ClauseBegin(k), k > 5 ? k - 5 : 0);) {
      WordView w = doc.W(j);
      if (w == "took" || w == "received" || w == "got" || w == "won" || w == "accepted" || w == "obtained" ||
          w == "drew" || w == "attracted") {
        if (j == 0 || (doc.W(j - 1) != "be" && doc.W(j - 1) != "been")) c.status = DealStatus::kCompleted;
        break;
      }
      if (doc.MentionAt(j) || doc.IsPreposition(j) || doc.TriggerAt(j)) break;
    }
  }
  // "Microsoft's $13 billion investment in OpenAI": a standing investment.
  if (possessor && !doc.HasStatusCue(k)) c.status = DealStatus::kCompleted;
  // "a controlling (majority) stake in X", "Y's 67.5% stake in X": control of
  // the company, an acquisition.
  if (t.frame == Frame::kStake && k > 0 && !to.empty() &&
      (ControlWord(doc.W(k - 1)) || (k >= 2 && MajorityShare(doc, k - 2, k)))) {
    c.type = DealType::kAcquisition;
  }
  c.implied_to = implied && !from.empty();
  if (from.empty() && to.empty()) {
    c.anaphoric = true;
  } else {
    c.money_required = from.empty() || to.empty();
  }
  out.push_back(c);
}

// Whether `sellers` (two or more) hold both a chipmaker and a cloud operator by
// their trades ("deals with Nvidia, AMD, Oracle and Amazon"): one sum of mixed
// infrastructure.
bool ChipsAndCloud(const DocContext& doc, const Mentions& sellers) {
  if (sellers.size() < 2) return false;
  bool chips = false, cloud = false;
  for (const Mention* m : sellers) {
    const bool c = doc.LooksLikeSupplier(*m, Asset::kCloud), h = doc.LooksLikeSupplier(*m, Asset::kChips);
    cloud = cloud || (c && !h);
    chips = chips || (h && !c);
  }
  return chips && cloud;
}

// The computing goods (cloud, else chips) that `seller`'s trade sells and
// `buyer`'s does not, or kNone ("CoreWeave's order form with Meta").
Asset TradeSoldTo(const DocContext& doc, const Mention& seller, const Mention& buyer) {
  for (Asset a : {Asset::kCloud, Asset::kChips}) {
    if (doc.LooksLikeSupplier(seller, a) && !doc.LooksLikeSupplier(buyer, a)) return a;
  }
  return Asset::kNone;
}

// The goods cues name between tokens b and e of k's sentence, computing
// first: cloud, else chips, else (when `power`) infrastructure; or kNone.
Asset ComputingFirstCueIn(const DocContext& doc, uint32_t k, uint32_t b, uint32_t e, bool power) {
  Asset goods = Asset::kNone;
  for (const CueHit& cue : doc.Cues(doc.SentenceOf(k))) {
    if (cue.first < b || cue.end > e || doc.MentionAt(cue.first)) continue;
    if (cue.kind == CueKind::kCloud) goods = Asset::kCloud;
    if (cue.kind == CueKind::kChips && goods != Asset::kCloud) goods = Asset::kChips;
    if (cue.kind == CueKind::kInfrastructure && power && goods == Asset::kNone) goods = Asset::kInfrastructure;
  }
  return goods;
}

// "secured 1 gigawatt of computing capacity from Y": goods bought from Y by
// the subject; "will receive $3 billion from X for computing capacity": goods
// sold to X. Cloud, chips or infrastructure named, no capital raised. True
// when one of these read the verb at k ("secure" or "receive" in a form).
bool SecuredGoods(const DocContext& doc, uint32_t k, const TriggerWord& t, std::vector<Candidate>& out) {
  const bool receive = doc.W(k).substr(0, 4) == "rece";
  if (!receive && doc.W(k).substr(0, 4) != "secu") return false;
  const uint32_t end = std::min(doc.ClauseEnd(k), k + 16);
  for (uint32_t j = k + 1; j + 1 < end; ++j) {
    if (doc.MoneyAt(j)) continue;
    const Mention* m = doc.MentionAt(j);
    if (m && !(m->kind == MentionKind::kPronoun && m->possessive)) return false;
    if (doc.W(j) != "from") continue;
    const Mention* other = doc.MentionAt(j + 1);
    if (!other || other->possessive || other->kind != MentionKind::kName) return false;
    // The goods: between the verb and "from" (secure), or after "for" past
    // the other side (receive); computing before power ("1 gigawatt of
    // computing capacity").
    uint32_t b = k + 1, e = j;
    if (receive) {
      b = e = 0;
      for (uint32_t q = other->end_token; q + 1 < end && b == 0; ++q) {
        if (doc.W(q) == "for") b = q + 1, e = std::min(end, q + 5);
      }
    }
    // ("secured a $75 million warehouse credit facility from Y": borrowed money, no goods.)
    if (Has(doc, k + 1, j, {"credit", "loan", "loans", "facility", "debt", "financing", "notes", "bonds"})) {
      return false;
    }
    const Asset goods = b == 0 ? Asset::kNone : ComputingFirstCueIn(doc, k, b, e, /*power=*/true);
    if (goods == Asset::kNone) return false;
    Mentions agent = doc.Agent(k);
    if (agent.size() != 1 || agent[0]->possessive || agent[0]->canonical == other->canonical) return false;
    Candidate c = receive ? Make(doc, DealType::kPurchase, k, t, {other}, agent)
                          : Make(doc, DealType::kPurchase, k, t, agent, {other});
    c.asset = goods;
    // (Capacity secured is a supply agreed, not yet delivered in full.)
    if (c.status == DealStatus::kCompleted) c.status = DealStatus::kAnnounced;
    c.money = doc.MoneyNear(k, true);
    out.push_back(c);
    return true;
  }
  return false;
}

void RoundFrame(const DocContext& doc, uint32_t k, const TriggerWord& t, std::vector<Candidate>& out);

void RaiseFrame(const DocContext& doc, uint32_t k, const TriggerWord& t, std::vector<Candidate>& out) {
  // ("bringing the total raised in the round to $52 million": a sum so far, no raise of its own.)
  if (k > 0 && doc.W(k) == "raised" && (doc.W(k - 1) == "total" || doc.W(k - 1) == "amount" || doc.W(k - 1) == "sum")) {
    return;
  }
  // ("X, whose $240 million raise in March was co-led by A and B": the noun,
  // a round.)
  if (doc.W(k) == "raise" && k > 0 && (doc.MoneyAt(k - 1) || doc.W(k - 1) == "whose" || doc.W(k - 1) == "latest")) {
    RoundFrame(doc, k, TriggerWord{Frame::kRound, Form::kNoun}, out);
    return;
  }
  // ("received $350 million of the cloud company's stock": shares of that
  // company, the receiver's stake in it.)
  if (doc.W(k).substr(0, 4) == "rece" && k + 1 < doc.words().size()) {
    const Entity* m = doc.MoneyAt(k + 1);
    const uint32_t a = m ? m->end_token : 0;
    if (m && a + 3 < doc.ClauseEnd(k) && doc.W(a) == "of") {
      uint32_t o = a + 1;
      if (doc.W(o) == "the") ++o;
      const Mention* owner = doc.MentionAt(o);
      uint32_t after = owner ? owner->end_token : 0;
      if (owner && after < doc.ClauseEnd(k) && doc.W(after) == "'s") ++after;
      if (owner && owner->possessive && after < doc.ClauseEnd(k) &&
          (doc.W(after) == "stock" || doc.W(after) == "shares" || doc.W(after) == "equity")) {
        Mentions holder = doc.Agent(k);
        if (holder.size() == 1 && !holder[0]->possessive && holder[0]->canonical != owner->canonical) {
          Candidate c = Make(doc, DealType::kInvestment, k, t, holder, {owner});
          c.money = m;
          out.push_back(c);
        }
        return;
      }
    }
  }
  if (SecuredGoods(doc, k, t, out)) return;
  // "has received compensation for investment banking services from X", "would
  // receive a termination fee from X": a fee.
  if (doc.W(k).substr(0, 4) == "rece" &&
      Has(doc, k + 1, std::min(doc.ClauseEnd(k), k + 4),
          {"compensation", "fee", "fees", "payment", "payments", "royalties", "dividends"})) {
    return;
  }
  // "raised $9.17 billion by selling part of its holding in Y": cash from a
  // sale, no funding round.
  if (const Entity* m = k + 1 < doc.words().size() ? doc.MoneyAt(k + 1) : nullptr;
      m && m->end_token + 1 < doc.ClauseEnd(k) &&
      ((doc.W(m->end_token) == "by" || doc.W(m->end_token) == "from") &&
       (doc.W(m->end_token + 1) == "selling" || doc.W(m->end_token + 1) == "the" ||
        doc.W(m->end_token + 1) == "sales" || doc.W(m->end_token + 1) == "divesting")) &&
      Has(doc, m->end_token + 1, std::min(doc.ClauseEnd(k), m->end_token + 4), {"selling", "sale", "sales", "divesting"})) {
    return;
  }
  // "raised $3.4 billion of construction debt", "raised N in bank loans": lending, no funding round
  // (but "in debt and equity", "in convertible notes" bring in investors).
  // ("secured a further £300 million of debt": past an article and "further".)
  uint32_t amount_at = k + 1;
  while (amount_at < doc.ClauseEnd(k) && amount_at < k + 3 &&
         Has(doc, amount_at, amount_at + 1, {"a", "an", "further", "additional", "another"})) {
    ++amount_at;
  }
  if (const Entity* m = amount_at < doc.words().size() ? doc.MoneyAt(amount_at) : nullptr;
      m && m->end_token + 1 < doc.ClauseEnd(k) && (doc.W(m->end_token) == "of" || doc.W(m->end_token) == "in")) {
    const uint32_t phrase_end = std::min(doc.ClauseEnd(k), m->end_token + 5);
    if (Has(doc, m->end_token + 1, phrase_end, {"debt", "loan", "loans", "bonds", "borrowings"}) &&
        !Has(doc, m->end_token + 1, phrase_end, {"equity", "convertible", "shares"})) {
      return;
    }
  }
  // "raised its offer to $2.2 billion": a higher bid (its own frame), no funding.
  if (k + 2 < doc.ClauseEnd(k) && doc.W(k).substr(0, 4) == "rais" &&
      Has(doc, k + 1, k + 4, {"offer", "offers", "bid", "bids", "proposal", "price"})) {
    return;
  }
  // "would raise its holding in Bear Robotics to 51 percent": a bigger stake.
  if (k + 3 < doc.ClauseEnd(k) && (doc.W(k + 1) == "its" || doc.W(k + 1) == "their") &&
      (doc.W(k + 2) == "holding" || doc.W(k + 2) == "stake" || doc.W(k + 2) == "shareholding" ||
       doc.W(k + 2) == "interest") &&
      doc.W(k + 3) == "in") {
    Mentions to = doc.ListAt(k + 4, doc.ClauseEnd(k), 3);
    Mentions from = doc.Agent(k);
    if (to.empty() || from.empty() || to[0]->possessive || to[0]->canonical == from[0]->canonical) return;
    Candidate c = Make(doc, DealType::kInvestment, k, t, {from[0]}, {to[0]});
    if (t.form == Form::kPast && !doc.HasStatusCue(k)) c.status = DealStatus::kCompleted;
    if (t.form == Form::kIng && c.status == DealStatus::kTalks) c.status = DealStatus::kAnnounced;
    c.money = doc.MoneyNear(k, true);
    out.push_back(c);
    return;
  }
  // Money right after the verb ("raised $6 billion", "secured commitments of
  // up to $4 billion") or a funding word as its object ("raised a Series B").
  const Entity* money = nullptr;
  bool funding_object = false, vague = false;
  for (uint32_t j = k + 1; j < doc.ClauseEnd(k) && j <= k + 5; ++j) {
    if (const Entity* m = doc.MoneyAt(j); m && !doc.IsValuation(*m)) {
      money = m;
      break;
    }
    WordView w = doc.W(j);
    if (w == "funding" || w == "capital" || w == "financing" || w == "round" || w == "series" || w == "money" ||
        w == "commitments" || w == "investment" || w == "equity") {
      funding_object = true;
    }
    // "has received billions of dollars from X": a sum without a figure.
    if ((w == "billions" || w == "millions") && j + 2 < doc.ClauseEnd(k) && doc.W(j + 1) == "of") {
      funding_object = vague = true;
    }
    // "CoreWeave lands Meta contract worth up to $14.2 billion": a customer's contract, not a raise.
    if (w == "contract" || w == "contracts" || w == "order" || w == "orders" || w == "deal" || w == "deals") return;
    // ("raised its 2026 capital expenditure plan to 14 trillion won": a budget, not funding.)
    if (w == "forecast" || w == "guidance" || w == "outlook" || w == "prices" || w == "price" || w == "concerns" ||
        w == "questions" || w == "dividend" || w == "estimate" || w == "estimates" || w == "target" ||
        w == "expenditure" || w == "expenditures" || w == "spending" || w == "capex" || w == "budget" ||
        w == "production" || w == "output" || w == "plan" || w == "plans" || w == "programme" ||
        w == "program" || w == "projection" || w == "projections") {
      return;
    }
  }
  // "raised its target to $31 billion from $24 billion": a figure moved up, no funding.
  if (money && money->first_token > k + 1 && doc.W(money->first_token - 1) == "to" &&
      money->end_token + 1 < doc.ClauseEnd(k) && doc.W(money->end_token) == "from" &&
      doc.MoneyAt(money->end_token + 1)) {
    return;
  }
  // ("said it had \"no need and no plan\" to raise capital", "has no plans to raise": none.)
  for (uint32_t j = k; j-- > doc.ClauseBegin(k) && k - j <= 7;) {
    WordView w = doc.W(j);
    if ((w == "plan" || w == "plans" || w == "need" || w == "intention") && j > 0 && doc.W(j - 1) == "no") return;
  }
  // "Meta took in $164.5 billion in 2024": revenue, unless the sentence
  // speaks of funding or names who the money came from ("took in more than
  // $200 million from X, Y and Z").
  if (doc.W(k) == "in" && k > 0 && doc.W(k - 1) != "raised") {
    const Sentence& sent = doc.seg().sentences[doc.SentenceOf(k)];
    const Mention* source = money && money->end_token + 1 < doc.ClauseEnd(k) && doc.W(money->end_token) == "from"
                                ? doc.MentionAt(money->end_token + 1)
                                : nullptr;
    const bool named_source = source && source->kind == MentionKind::kName && !source->possessive;
    if (!named_source &&
        !Has(doc, sent.first_token, sent.end_token,
             {"funding", "round", "investors", "investor", "capital", "financing", "series", "backers", "venture"})) {
      return;
    }
  }
  // "Kestrava lands $6.2 billion Sorrelwind compute contract": the amount of a
  // customer's contract, the customer named before the contract word.
  if (money) {
    const Mention* customer = nullptr;
    for (uint32_t j = money->end_token; j < doc.ClauseEnd(k) && j < money->end_token + 5; ++j) {
      WordView w = doc.W(j);
      if (w == "contract" || w == "contracts" || w == "order" || w == "orders" || w == "deal" || w == "deals") {
        Mentions supplier = doc.Agent(k);
        if (!customer || supplier.empty() || supplier[0]->possessive || supplier[0]->canonical == customer->canonical) {
          return;
        }
        Candidate c = Make(doc, DealType::kPurchase, k, t, {customer}, {supplier[0]});
        c.asset = PurchaseAsset(doc, k, {supplier[0]}, true, 8);
        if (c.asset == Asset::kNone) c.asset = Asset::kOther;
        c.money = money;
        out.push_back(c);
        return;
      }
      const Mention* m = doc.MentionAt(j);
      if (m && m->kind == MentionKind::kName && !m->possessive) {
        customer = m;
        j = m->end_token - 1;
      } else if (m || doc.IsPreposition(j) || doc.MoneyAt(j) || w == ",") {
        break;
      }
    }
  }
  if (!money && !funding_object) return;
  // "received $40 million from X in fees", "$3 million in royalties":
  // payments for work or rights, not funding.
  for (uint32_t j = k + 1; j + 1 < doc.ClauseEnd(k); ++j) {
    if (doc.W(j) != "in") continue;
    for (uint32_t q = j + 1; q < std::min(doc.ClauseEnd(k), j + 3); ++q) {
      if (q + 1 < doc.ClauseEnd(k) && doc.W(q + 1) == "-") break;  // "revenue-based financing"
      if (Has(doc, q, q + 1, {"fees", "fee", "royalties", "royalty", "revenue", "revenues", "sales", "payments",
                              "damages", "compensation", "income", "dividends"})) {
        return;
      }
    }
  }
  if (!money && !vague) money = doc.MoneyNear(k, true);
  Mentions to = doc.Agent(k);
  Mentions from = Investors(doc, k);
  // "Meta had held talks with Apollo, KKR and Carlyle about raising $29
  // billion": those it talked with would put the money in.
  if (const Mention* last = k >= 4 && (doc.W(k - 1) == "about" || doc.W(k - 1) == "on" || doc.W(k - 1) == "over")
                                ? doc.MentionAt(k - 2)
                                : nullptr;
      last && last->end_token == k - 1 && last->kind == MentionKind::kName) {
    uint32_t b = last->first_token;
    while (b >= 2 && (doc.W(b - 1) == "," || doc.W(b - 1) == "and") && doc.MentionAt(b - 2)) {
      b = doc.MentionAt(b - 2)->first_token;
    }
    if (b >= 2 && doc.W(b - 1) == "with" &&
        (doc.W(b - 2) == "talks" || doc.W(b - 2) == "discussions" || doc.W(b - 2) == "negotiations")) {
      Mentions raiser = doc.Agent(b - 2);
      Mentions backers = doc.ListAt(b, k - 1, 0);
      std::erase_if(backers, [](const Mention* m) { return m->possessive || m->kind != MentionKind::kName; });
      if (!raiser.empty() && !raiser[0]->possessive && !backers.empty() &&
          std::none_of(backers.begin(), backers.end(),
                       [&](const Mention* m) { return m->canonical == raiser[0]->canonical; })) {
        to = {raiser[0]};
        from = backers;
      }
    }
  }
  if (to.empty()) return;
  if (to.size() == 1 && to[0]->kind == MentionKind::kPronoun) {
    // "since 2021, when it raised $350 million in a Series D led by SoftBank
    // and Tencent": not one of the round's investors, nor an investment firm;
    // the likeliest company that raises money.
    auto fits = [&](const std::string& name) {
      for (const Mention* m : from) {
        if (m->canonical == name) return false;
      }
      const OrgInfo* info = doc.gazetteer().Find(name);
      if (info) return info->kind != OrgKind::kFund;
      std::string_view last = name;
      if (size_t sp = last.rfind(' '); sp != std::string_view::npos) last = last.substr(sp + 1);
      return !(last == "Fund" || last == "Capital" || last == "Ventures" || last == "Partners" ||
               last == "Management" || last == "Investments");
    };
    if (!fits(to[0]->canonical)) {
      for (const std::string& alt : to[0]->alternatives) {
        if (!fits(alt)) continue;
        if (const Mention* named = doc.NameOf(alt)) to = {named};
        break;
      }
    }
  }
  // "X was among the investors when Y raised $6 billion": X invests.
  if (from.empty() && to.size() == 1) {
    for (uint32_t w = to[0]->first_token; w-- > 0 && to[0]->first_token - w <= 4;) {
      if (doc.W(w) != "when") continue;
      if (w >= 5 && (doc.W(w - 1) == "investors" || doc.W(w - 1) == "backers" || doc.W(w - 1) == "shareholders") &&
          doc.W(w - 2) == "the" && doc.W(w - 3) == "among" && (doc.W(w - 4) == "was" || doc.W(w - 4) == "were")) {
        Mentions investor = doc.Agent(w - 4);
        if (investor.size() == 1 && !investor[0]->possessive && investor[0]->canonical != to[0]->canonical) {
          from = investor;
        }
      }
      break;
    }
  }
  // ("had received more than 1 billion yuan from state-owned investors":
  // funding from investors it does not name.)
  bool unnamed_investors = false;
  for (uint32_t j = money ? money->end_token : k + 1; money && j + 1 < doc.ClauseEnd(k) && j < money->end_token + 2; ++j) {
    if (doc.W(j) != "from") continue;
    for (uint32_t q = j + 1; q < doc.ClauseEnd(k) && q < j + 5 && !doc.MentionAt(q); ++q) {
      const WordView w = doc.W(q);
      if (w == "investors" || w == "backers" || w == "funds" || w == "shareholders") unnamed_investors = true;
      if (unnamed_investors || doc.IsPreposition(q)) break;
    }
    break;
  }
  // "shareholders receive $197 a share"
  if (doc.W(k).substr(0, 4) == "rece" && from.empty() && !unnamed_investors) return;
  // "will receive $40 million upfront from X": a payment for rights or work
  // under a licence or research deal, which X buys.
  if (doc.W(k).substr(0, 4) == "rece" && money && money->end_token < doc.ClauseEnd(k) &&
      (doc.W(money->end_token) == "upfront" || doc.W(money->end_token) == "up-front" ||
       (doc.W(money->end_token) == "up" && money->end_token + 1 < doc.ClauseEnd(k) &&
        doc.W(money->end_token + 1) == "front"))) {
    Candidate c = Make(doc, DealType::kPurchase, k, t, {from[0]}, {to[0]});
    c.asset = Asset::kOther;
    c.money = money;
    out.push_back(c);
    return;
  }
  // ("raised $200 million for its Airtel Money unit from X": the unit named raises it.)
  for (uint32_t j = money ? money->end_token : k + 1; money && j + 3 < doc.ClauseEnd(k) && j < money->end_token + 2; ++j) {
    if (doc.W(j) != "for" || (doc.W(j + 1) != "its" && doc.W(j + 1) != "their")) continue;
    const Mention* unit = doc.MentionAt(j + 2);
    if (unit && unit->first_token == j + 2 && !unit->possessive && unit->kind == MentionKind::kName &&
        unit->end_token < doc.ClauseEnd(k) && IsUnitWord(doc.W(unit->end_token))) {
      to = {unit};
    }
    break;
  }
  // "raised $200 million from X and a further $100 million from Y": Y's own
  // amount, a deal of its own.
  Candidate further;
  for (uint32_t j = money ? money->end_token : k + 1; money && j + 4 < doc.ClauseEnd(k) && j < k + 24; ++j) {
    if (doc.W(j) != "and") continue;
    uint32_t a = j + 1;
    if (doc.W(a) == "a" || doc.W(a) == "another") ++a;
    if (doc.W(a) == "further" || doc.W(a) == "additional") ++a;
    const Entity* more = doc.MoneyAt(a);
    if (!more || a == j + 1 || more->end_token + 1 >= doc.ClauseEnd(k)) continue;
    // ("raised a $3 million seed round from X in 2022 and a $20 million Series
    // A led by Y in 2024": a round of its own, with its own lead.)
    uint32_t p = more->end_token;
    while (p + 1 < doc.ClauseEnd(k) && p < more->end_token + 3 &&
           (IsRoundWord(doc.W(p)) || doc.W(p) == "seed" || (doc.W(p).size() == 1 && p > more->end_token))) {
      ++p;
    }
    if (p > more->end_token && p + 2 < doc.ClauseEnd(k) && doc.W(p) == "led" && doc.W(p + 1) == "by") ++p;
    if (doc.W(p) != "from" && !(doc.W(p) == "by" && p > more->end_token + 1)) continue;
    Mentions ys = doc.ListAt(p + 1, doc.ClauseEnd(k), 0);
    if (ys.empty() || ys[0]->first_token != p + 1) break;
    std::erase_if(ys, [](const Mention* m) { return m->possessive || m->kind != MentionKind::kName; });
    if (ys.empty()) break;
    for (const Mention* y : ys) std::erase(from, y);
    further = Make(doc, DealType::kInvestment, k, t, ys, to);
    further.money = more;
    break;
  }
  Candidate c = Make(doc, DealType::kInvestment, k, t, from, to);
  c.money = money;
  c.money_required = from.empty();
  if (!further.from.empty()) out.push_back(further);
  // "Fluidstack is in talks to raise fresh equity": a named company seeking
  // funding is a deal before any sum or investor is known.
  if (!money && funding_object && !vague && (c.status == DealStatus::kTalks || c.status == DealStatus::kPlanned) &&
      to.size() == 1 && !to[0]->possessive && k > 0 && doc.W(k - 1) == "to" &&
      !Has(doc, doc.ClauseBegin(k), k, {"no", "not", "never"})) {
    c.money_required = false;
  }
  // "secured commitments of up to $4 billion": promised, not yet paid.
  if (c.status == DealStatus::kCompleted && Has(doc, k + 1, std::min(doc.ClauseEnd(k), k + 4),
                                                {"commitments", "commitment", "pledges", "pledge"})) {
    c.status = DealStatus::kAnnounced;
  }
  out.push_back(c);
}

// "took part in", "participated in", "joined": the verb (its last word) of
// an investor joining the round at k, within eight tokens before it, or k
// when there is none; `owner` is the possessor between ("Orbis's Series A").
uint32_t PartVerbBefore(const DocContext& doc, uint32_t k, const Mention** owner) {
  *owner = nullptr;
  for (uint32_t j = k; j-- > doc.ClauseBegin(k) && k - j <= 8;) {
    WordView w = doc.W(j);
    bool part = (w == "part" && j > 0 && (doc.W(j - 1) == "took" || doc.W(j - 1) == "taken" ||
                                          doc.W(j - 1) == "take" || doc.W(j - 1) == "takes")) ||
                w == "participated" || w == "participates" || w == "joined" || w == "joins" ||
                w == "joining" || w == "participating" ||
                // ("is in talks to join OpenAI's latest round", "will participate in")
                ((w == "join" || w == "participate") && j > 0 &&
                 (doc.W(j - 1) == "to" || doc.W(j - 1) == "will" || doc.W(j - 1) == "would" ||
                  doc.W(j - 1) == "could" || doc.W(j - 1) == "may"));
    if (part) return j;
    const Mention* m = doc.MentionAt(j);
    if ((m && !m->possessive) || (doc.TriggerAt(j) && !IsRoundWord(w))) break;
    if (m && !*owner) *owner = m;
  }
  return k;
}

// ", a round led by Z" right after the round at k ("Y's Series A in 2024, a
// round led by Z"): the round word of the apposition, or k when none follows.
uint32_t AppositiveRoundAfter(const DocContext& doc, uint32_t k) {
  const uint32_t end = doc.SentenceEnd(k);
  for (uint32_t j = k + 1; j + 2 < end && j <= k + 8; ++j) {
    if (doc.TriggerAt(j) || doc.MentionAt(j)) return k;
    if (doc.W(j) == "," && (doc.W(j + 1) == "a" || doc.W(j + 1) == "an" || doc.W(j + 1) == "the") &&
        IsRoundWord(doc.W(j + 2))) {
      return j + 2;
    }
  }
  return k;
}

// The other side of talks about the round at k raised by `company`: "is
// negotiating a bridge round of up to EUR 25m with its largest shareholder,
// Y" (the name after "with", past a description of it), "is in talks with Y
// about a round" (the frame's other party); nullptr when the clause speaks of
// no talks.
const Mention* RoundTalksPartner(const DocContext& doc, uint32_t k, const Mention& company) {
  const uint32_t begin = doc.ClauseBegin(k), end = doc.ClauseEnd(k);
  if (!Has(doc, begin, k, {"negotiating", "negotiates", "negotiated", "discussing", "discussed", "talks",
                           "discussions", "negotiations"})) {
    return nullptr;
  }
  for (uint32_t j = k + 1; j + 1 < end && j < k + 12; ++j) {
    if (doc.W(j) != "with") continue;
    for (uint32_t q = j + 1; q < end && q < j + 8; ++q) {
      const Mention* m = doc.MentionAt(q);
      if (m && m->kind == MentionKind::kName && !m->possessive) return m->canonical != company.canonical ? m : nullptr;
      if (m) q = m->end_token - 1;
    }
    return nullptr;
  }
  const Mention *subject = nullptr, *other = nullptr;
  if (FrameParties(doc, doc.SentenceOf(k), &subject, &other) && subject->canonical == company.canonical &&
      other->kind == MentionKind::kName && !other->possessive && other->first_token < k) {
    return other;
  }
  return nullptr;
}

void RoundFrame(const DocContext& doc, uint32_t k, const TriggerWord& t, std::vector<Candidate>& out) {
  // "Halcyon raised $1.2 billion in a round led by X": the raise frame reads it.
  if (AfterRaiseVerb(doc, k)) return;
  // "it led a $400 million round for Lumetra": the lead frame reads it.
  // (Eight words back, amounts and their bracketed conversions not counted:
  // "will lead a ¥62 billion ($410 million) funding round".)
  for (uint32_t j = k, words = 0; j-- > doc.ClauseBegin(k) && words < 8;) {
    if (const Entity* m = doc.MoneyAt(j)) {
      j = std::min(j, m->first_token);  // (qualifier words come before the first token)
      continue;
    }
    if (doc.W(j) == "(" || doc.W(j) == ")") continue;
    ++words;
    const TriggerWord* v = doc.TriggerAt(j);
    if (v && v->frame == Frame::kLead && v->form != Form::kNoun) return;
    if (doc.MentionAt(j) || (v && !IsRoundWord(doc.W(j))) || doc.IsPreposition(j)) break;
  }
  // "Y's $N round, led by X", "Y closed a $N round led by X"; the raise and
  // lead frames cover most rounds; this one covers rounds without those verbs.
  // "X took part in a funding round for Y", "X participated in Y's Series B",
  // "X joined a $N round in Y": the subject is an investor in Y.
  // ("..., a round led by Z" restating a round X took part in: read there.)
  if (k >= 2 && doc.W(k - 2) == "," && (doc.W(k - 1) == "a" || doc.W(k - 1) == "an" || doc.W(k - 1) == "the")) {
    for (uint32_t e = k - 2; e-- > doc.seg().sentences[doc.SentenceOf(k)].first_token && k - e <= 10;) {
      const Mention* unused = nullptr;
      if (doc.TriggerAt(e) && IsRoundWord(doc.W(e)) && AppositiveRoundAfter(doc, e) == k &&
          PartVerbBefore(doc, e, &unused) != e) {
        return;
      }
    }
  }
  const Mention* owner = nullptr;  // "Orbis's $30 million Series A"
  if (uint32_t j = PartVerbBefore(doc, k, &owner); j != k) {
    WordView w = doc.W(j);
    Mentions investors = doc.Agent(w == "part" ? j - 1 : j);
    if (uint32_t r = AppositiveRoundAfter(doc, k); r != k && !investors.empty()) {
      for (const Mention* m : Investors(doc, r)) AddUnique(investors, m);
    }
    Mentions investee;
    if (owner) investee = {owner};
    if (investee.empty()) {
      investee = doc.AfterPrep(k, {"for", "in", "of"}, 3);
      // ("joined a $6 billion raise by Elon Musk's xAI": the one raising, right after "by".)
      if (investee.empty() && k + 1 < doc.words().size() && doc.W(k + 1) == "by") {
        investee = doc.ListAt(k + 2, doc.ClauseEnd(k), 2);
        if (investee.size() > 1) investee.resize(1);
      }
      if (!investee.empty() && investee[0]->possessive) investee.clear();
    }
    // ("X joined a $60 million round for Y, alongside A and B": the others in it.)
    if (!investors.empty() && !investee.empty()) {
      const uint32_t end = doc.SentenceEnd(k);
      uint32_t a = investee[0]->end_token;
      if (a + 2 < end && doc.W(a) == ",") ++a;
      if (a + 1 < end && doc.W(a) == "alongside") {
        for (const Mention* m : doc.ListAt(a + 1, end, 3)) {
          if (!m->possessive && m->kind == MentionKind::kName && m->canonical != investee[0]->canonical) {
            AddUnique(investors, m);
          }
        }
      }
    }
    // "X took a stake in Y a year ago, joining a round led by Z": the
    // company of the stake the participle's clause follows; the lead joins X.
    if (investee.empty() && (w == "joining" || w == "participating") && !investors.empty() && j > 0 &&
        doc.W(j - 1) == ",") {
      const uint32_t first = doc.seg().sentences[doc.SentenceOf(k)].first_token;
      for (uint32_t q = first; q + 1 < j && investee.empty(); ++q) {
        const Mention* m = doc.MentionAt(q + 1);
        if ((doc.W(q) == "in" || doc.W(q) == "into") && m && !m->possessive && q >= first + 1 &&
            Has(doc, q - 1, q, {"stake", "stakes", "invested", "investing", "invest", "investment", "holding"})) {
          investee = {m};
        }
      }
      if (!investee.empty()) {
        for (const Mention* m : Investors(doc, k)) {
          if (m->canonical != investee[0]->canonical) AddUnique(investors, m);
        }
      }
    }
    // ("took part in Y's $115 million Series B in 2023, which was led by Z": the lead too.)
    if (!investors.empty() && !investee.empty()) {
      const uint32_t end = doc.SentenceEnd(k);
      uint32_t c = k + 1;
      while (c < end && c < k + 10 && doc.W(c) != ",") ++c;
      if (c + 5 < end && WhichWasLedBy(doc, c + 1)) {
        for (const Mention* m : doc.ListAt(c + 5, end, 3)) {
          if (!m->possessive && m->canonical != investee[0]->canonical) AddUnique(investors, m);
        }
      }
    }
    // (A description that resolved to the joiner itself is re-resolved later:
    // "it took part in the company's Series C".)
    if (!investors.empty() && !investee.empty() &&
        (investors[0]->canonical != investee[0]->canonical || investee[0]->kind != MentionKind::kName)) {
      TriggerWord verb{Frame::kRound, Form::kPast};
      Candidate c = Make(doc, DealType::kInvestment, j, w == "joins" || w == "participates" ? t : verb, investors,
                         {investee[0]});
      c.money = doc.MoneyNear(k, false);
      if (w != "joins" && w != "participates" && w != "take" && !doc.HasStatusCue(k)) {
        c.status = DealStatus::kCompleted;
      }
      out.push_back(c);
      return;
    }
  }
  Mentions from = Investors(doc, k);
  // "The financing follows a EUR 24 million Series A in 2023, which was led by
  // X": the lead named in the relative clause after the round.
  // (The subject and the possessor of the round are read once, when needed.)
  const Mention* possessor = doc.PossessorBefore(k);
  std::optional<Mentions> subject;
  auto subject_of_round = [&]() -> const Mentions& {
    if (!subject) subject = doc.Agent(k);
    return *subject;
  };
  bool earlier_round = false;
  if (!possessor && subject_of_round().empty()) {
    const uint32_t end = doc.SentenceEnd(k);
    for (uint32_t j = k + 1; j + 4 < end && j < k + 6; ++j) {
      if (doc.MentionAt(j) || doc.MoneyAt(j)) break;
      if (doc.W(j) != ",") continue;
      uint32_t a = j + 1;
      if (doc.W(a) == "which" && (doc.W(a + 1) == "was" || doc.W(a + 1) == "were")) a += 2;
      // ("That earlier round, a $95 million Series A, was led by X": the
      // subject's apposition, then its verb.)
      if (doc.W(a) == "was" || doc.W(a) == "were") ++a;
      if ((doc.W(a) == "led" || doc.W(a) == "co-led") && doc.W(a + 1) == "by") {
        if (from.empty()) from = doc.ListAt(a + 2, end, 3);
        for (const Mention* m : Investors(doc, a)) AddUnique(from, m);
        earlier_round = !from.empty();
      }
      break;
    }
  }
  Mentions to;
  if (possessor) to = {possessor};
  // "Obsidra's last fundraising, a $65 million Series B led by X, closed":
  // the owner of the noun the round stands in apposition to.
  if (!possessor && k >= 4) {
    uint32_t j = k;
    while (j > doc.ClauseBegin(k) + 2 && k - j < 6 && doc.W(j - 1) != ",") {
      if (const Entity* m = doc.MoneyAt(j - 1)) {
        j = std::min(j - 1, m->first_token);  // (qualifier words come before the first token)
      } else {
        --j;
      }
    }
    if (j > 2 && doc.W(j - 1) == "," && (doc.W(j) == "a" || doc.W(j) == "an")) {
      const Mention* owner = doc.PossessorBefore(j - 1);
      // ("Y's $13 billion Series F in September 2025, a round led by X": the
      // round noun before a date or a place.)
      for (uint32_t r = j - 1; !owner && r-- > doc.ClauseBegin(k) && j - r < 8;) {
        if (doc.W(r) == "," || doc.MentionAt(r)) break;
        if (IsRoundWord(doc.W(r))) owner = doc.PossessorBefore(r);
      }
      // ("Its last raise, a $450 million Series B, was led by X": a resolved "its" too.)
      if (owner && (owner->kind == MentionKind::kName || owner->kind == MentionKind::kPronoun) &&
          (from.empty() || owner->canonical != from[0]->canonical)) {
        to = {owner};
      }
    }
  }
  // "X will take a minority stake in Y, as part of a NT$2.5 billion round led
  // by Z": Y raises the round, and X is one of its investors.
  if (to.empty() && !from.empty() && k >= 4) {
    for (uint32_t j = k; j-- > doc.ClauseBegin(k) + 1 && k - j <= 8;) {
      if (doc.W(j) != "of" || doc.W(j - 1) != "part") continue;
      const Sentence& sent = doc.seg().sentences[doc.SentenceOf(k)];
      for (uint32_t q = sent.first_token; q + 2 < j; ++q) {
        const TriggerWord* st = doc.TriggerAt(q);
        if (!st || (st->frame != Frame::kStake && st->frame != Frame::kInvest)) continue;
        Mentions in = doc.AfterPrep(q, {"in", "into"}, 8);
        Mentions stake_holder = doc.Agent(q);
        if (in.empty() || in[0]->possessive || stake_holder.empty() || stake_holder[0]->possessive) break;
        to = {in[0]};
        AddUnique(from, stake_holder[0]);
        break;
      }
      break;
    }
  }
  // ("A $75 million Series C for Arcwell, ..., was led by X": the company
  // the round is for, when the round opens the sentence.)
  if (to.empty() && !from.empty() && k + 2 < doc.words().size()) {
    uint32_t f = k + 1;
    if (doc.W(f).size() == 1 && f + 1 < doc.words().size()) ++f;  // "Series C"
    if (doc.W(f) == "round") ++f;
    const uint32_t first = doc.seg().sentences[doc.SentenceOf(k)].first_token;
    bool opens = true;
    for (uint32_t j = first; j < k && opens; ++j) opens = !doc.MentionAt(j) && !doc.TriggerAt(j);
    const Mention* m = f + 1 < doc.words().size() && doc.W(f) == "for" ? doc.MentionAt(f + 1) : nullptr;
    // (The round is the subject: "was led by" follows.)
    bool led_passive = false;
    for (uint32_t j = f + 2; opens && m && j + 2 < doc.SentenceEnd(k) && j < f + 20 && !led_passive; ++j) {
      led_passive = (doc.W(j) == "was" || doc.W(j) == "were") && (doc.W(j + 1) == "led" || doc.W(j + 1) == "co-led") &&
                    doc.W(j + 2) == "by";
    }
    if (led_passive && m->first_token == f + 1 && !m->possessive && m->kind == MentionKind::kName) to = {m};
  }
  if (to.empty()) to = subject_of_round();
  // "The round could raise $1 billion and would be led by X": the company
  // raising is the one the article is about (see ImplyInvestee).
  bool implied = to.empty() && k > 0 && doc.W(k - 1) == "the" && k - 1 == doc.ClauseBegin(k);
  // (The earlier round of the company the article is about.)
  if (to.empty() && earlier_round && doc.Topic() && doc.Topic()->canonical != from[0]->canonical) to = {doc.Topic()};
  // "Investors in the round included X, Y and Z": the round of the sentences before.
  bool listed_past = false;
  if (to.empty() && from.empty() && k >= 3 && k - 3 == doc.ClauseBegin(k) && doc.W(k - 1) == "the" &&
      doc.W(k - 2) == "in" &&
      (doc.W(k - 3) == "investors" || doc.W(k - 3) == "backers" || doc.W(k - 3) == "participants") &&
      k + 2 < doc.ClauseEnd(k) &&
      (doc.W(k + 1) == "included" || doc.W(k + 1) == "include" || doc.W(k + 1) == "includes" ||
       doc.W(k + 1) == "were")) {
    from = doc.ListAt(k + 2, doc.ClauseEnd(k), 3);
    implied = !from.empty();
    listed_past = doc.W(k + 1) == "included" || doc.W(k + 1) == "were";
  }
  // "Last year's $675 million Series B brought in X": the round is the subject, the company implied.
  if (to.empty() && !implied && k + 1 < doc.words().size()) {
    uint32_t v = k + 1;
    if (doc.W(v).size() == 1 || doc.W(v) == "round") ++v;  // "Series B", "Series B round"
    if (v < doc.words().size() && doc.W(v) == "round") ++v;
    implied = v < doc.words().size() && (doc.W(v) == "brought" || doc.W(v) == "drew" || doc.W(v) == "was");
  }
  if (from.empty() && !to.empty() && !to[0]->possessive) {
    // "X is negotiating a bridge round with its largest shareholder, Y", "X
    // is in talks with Y about a round": the other side of the talks invests.
    if (const Mention* partner = RoundTalksPartner(doc, k, *to[0])) from = {partner};
  }
  if (from.empty() && !to.empty() && !to[0]->possessive) {
    // "Terrasol closed an £18m Series A": a round whose investors the next
    // sentences may name; with an amount it is a deal on its own.
    bool closed = false, behind = false;
    for (uint32_t j = k, n = 0; j-- > doc.ClauseBegin(k) && n < 5; ++n) {
      WordView w = doc.W(j);
      // ("closed a $1.2 billion funding round": the round's own noun and its amount.)
      if (w == "funding" || w == "financing" || w == "equity") continue;
      if (const Entity* m = doc.MoneyAt(j)) {
        j = m->first_token;
        continue;
      }
      if (doc.TriggerAt(j) || doc.MentionAt(j)) break;
      // ("was valued at $1.9 billion after a $160 million Series B": a round behind it.)
      if (w == "closed" || w == "completed" || w == "secured" || w == "announced" || w == "finalized" ||
          w == "finalised" || w == "after" || w == "following") {
        closed = true;
        behind = w == "after" || w == "following";
        break;
      }
    }
    if (closed) {
      Candidate c = Make(doc, DealType::kInvestment, k, t, {}, to);
      if (behind && !doc.HasStatusCue(k)) c.status = DealStatus::kCompleted;
      c.money = doc.MoneyNear(k, false);
      c.money_required = true;
      out.push_back(c);
    }
    return;
  }
  if ((to.empty() && !implied) || from.empty()) return;
  Candidate c = Make(doc, DealType::kInvestment, k, t, from, to);
  c.money = doc.MoneyNear(k, false);
  c.generic = true;
  c.implied_to = implied;
  // "Its seed round was led by X and Y": a round told in the past is done.
  bool led_past = k + 2 < doc.words().size() && (doc.W(k + 1) == "was" || doc.W(k + 1) == "were") &&
                  (doc.W(k + 2) == "led" || doc.W(k + 2) == "co-led");
  if ((listed_past || led_past) && !doc.HasStatusCue(k)) c.status = DealStatus::kCompleted;
  out.push_back(c);
}

void LeadFrame(const DocContext& doc, uint32_t k, const TriggerWord& t, std::vector<Candidate>& out) {
  if (k + 1 < doc.words().size() && doc.W(k + 1) == "by") return;  // "led by X": the round/raise frames
  Mentions from = doc.Agent(k);
  if (from.empty()) return;
  // "X led Y's $N round", "X led a $N round in Y", "X led the round for Y".
  Mentions to;
  uint32_t end = std::min(doc.ClauseEnd(k), k + 10);
  for (uint32_t j = k + 1; j < end; ++j) {
    const Mention* m = doc.MentionAt(j);
    // ("co-led that round, and the Harbor Bank's investment arm also
    // participated": the owner of an investing arm invests too.)
    if (m && m->possessive && m->end_token + 2 < doc.words().size() && doc.W(m->end_token) == "'s" &&
        (Has(doc, m->end_token + 1, m->end_token + 2, {"arm"}) ||
         (m->end_token + 3 < doc.words().size() && Has(doc, m->end_token + 2, m->end_token + 3, {"arm"}) &&
          Has(doc, m->end_token + 1, m->end_token + 2, {"investment", "venture", "corporate", "capital"})))) {
      if (m->canonical != from[0]->canonical) AddUnique(from, m);
      j = m->end_token;
      continue;
    }
    if (m && m->possessive) {
      to = {m};
      // ("led a round for Aurelo's Danish rival, Fjordhand,": the name the description stands for.)
      uint32_t d = m->end_token;
      if (d < doc.words().size() && doc.W(d) == "'s") ++d;
      const uint32_t sentence_end = doc.SentenceEnd(k);
      uint32_t words = 0;
      while (d < sentence_end && words < 4 && doc.seg().tokens[d].kind == TokenKind::kWord && !doc.MentionAt(d) &&
             !doc.IsPreposition(d) && !doc.TriggerAt(d)) {
        ++d, ++words;
      }
      if (words > 0 && d + 1 < sentence_end && doc.W(d) == "," &&
          Has(doc, d - 1, d, {"rival", "competitor", "peer", "subsidiary", "unit", "affiliate", "start-up", "startup"})) {
        const Mention* named = doc.MentionAt(d + 1);
        if (named && !named->possessive && named->kind == MentionKind::kName && named->first_token == d + 1 &&
            named->canonical != m->canonical) {
          to = {named};
        }
      }
      break;
    }
  }
  // ("lead a funding round of as much as $40 billion in the ChatGPT maker")
  if (to.empty()) to = doc.AfterPrep(k, {"in", "for", "into"}, WindowPastMoney(doc, k, 10));
  // ("Moonshot AI, in which Alibaba led a financing of $1 billion": the antecedent.)
  if (to.empty()) to = InWhich(doc, k);
  bool round_word = Has(doc, k, doc.ClauseEnd(k), {"round", "funding", "investment", "series", "financing"});
  // ("X and Y co-led that round": the round the text told of, its company's.)
  const bool told_round = k + 2 < doc.words().size() && (doc.W(k + 1) == "that" || doc.W(k + 1) == "the") &&
                          IsRoundWord(doc.W(k + 2)) && !doc.MentionAt(k + 3);
  if (to.empty() && told_round && doc.W(k + 1) == "that") {
    Candidate c = Make(doc, DealType::kInvestment, k, t, from, {});
    c.money = doc.MoneyNear(k, true);
    // (Its amount where the sentence before tells of it: "a $200 million Series C".)
    const uint32_t s = doc.SentenceOf(k);
    for (uint32_t j = s > 0 ? doc.seg().sentences[s - 1].first_token : k; !c.money && j < doc.seg().sentences[s].first_token; ++j) {
      const Entity* m = doc.MoneyAt(j);
      if (!m || doc.IsValuation(*m)) continue;
      for (uint32_t q = m->end_token; q < m->end_token + 3 && q < k && !c.money; ++q) {
        if (IsRoundWord(doc.W(q))) c.money = m;
      }
      j = m->end_token - 1;
    }
    c.implied_to = true;
    if (!doc.HasStatusCue(k) && t.form == Form::kPast) c.status = DealStatus::kCompleted;
    out.push_back(c);
    return;
  }
  if (to.empty() && round_word && k + 1 < doc.words().size() && (doc.W(k + 1) == "a" || doc.W(k + 1) == "an")) {
    // "when Greyline Partners led a $400 million Series B": the article's company raised it,
    // or the one the sentence says raised money ("Moveworks last raised money in 2021, when X led ...").
    Mentions raiser;
    const Sentence& sent = doc.seg().sentences[doc.SentenceOf(k)];
    for (uint32_t j = RaiseVerbIn(doc, sent.first_token, k); j < k && raiser.empty();
         j = RaiseVerbIn(doc, j + 1, k)) {
      raiser = doc.Agent(j);
    }
    if (raiser.size() == 1 && !raiser[0]->possessive && raiser[0]->canonical != from[0]->canonical) {
      Candidate c = Make(doc, DealType::kInvestment, k, t, from, raiser);
      c.money = doc.MoneyNear(k, true);
      out.push_back(c);
      return;
    }
    Candidate c = Make(doc, DealType::kInvestment, k, t, from, {});
    c.money = doc.MoneyNear(k, true);
    c.implied_to = true;
    c.money_required = true;
    out.push_back(c);
    return;
  }
  if (to.empty() || !round_word) return;
  for (const Mention* m : Investors(doc, k)) {
    if (std::find(from.begin(), from.end(), m) == from.end() && m != to[0]) from.push_back(m);
  }
  Candidate c = Make(doc, DealType::kInvestment, k, t, from, to);
  c.money = doc.MoneyNear(k, true);
  out.push_back(c);
}

// "by a consortium of Saudi Arabia's PIF, Silver Lake and Affinity Partners",
// "to a group of investors led by X": the members named after the group word.
Mentions GroupAfter(const DocContext& doc, uint32_t k, std::string_view prep) {
  // "was bought last year by X": a date may stand between the verb and "by"
  // ("was bought from its founding family in 2019 by X": and where from).
  uint32_t window = prep == "to" ? 24 : 5;
  if (prep == "by" && k + 1 < doc.words().size() && doc.W(k + 1) == "from") window = 12;
  if (prep == "by" && k + 2 < doc.words().size() && doc.W(k + 1) == "for" && doc.MoneyAt(k + 2)) window = 14;
  Mentions direct = doc.AfterPrep(k, {prep}, window);
  if (!direct.empty()) return direct;
  // ("has been bought by listed real estate platform operator Realmark": a
  // longer description between "by" and the buyer.)
  if (prep == "by" && k + 2 < doc.words().size() && doc.W(k + 1) == "by") {
    Mentions described = doc.ListAt(k + 2, std::min(doc.ClauseEnd(k), k + 10), 6);
    if (!described.empty() && !described[0]->possessive) return described;
  }
  const uint32_t end = std::min(doc.ClauseEnd(k), k + 26);
  for (uint32_t j = k + 1; j + 3 < end; ++j) {
    if (doc.W(j) != prep) continue;
    for (uint32_t g = j + 1; g < j + 5 && g + 1 < end; ++g) {
      WordView w = doc.W(g);
      if (w == "consortium" || w == "group" || w == "groups" || w == "investors" || w == "club") {
        Mentions members = doc.AfterPrep(g, {"of", "led", "including"}, 6);
        if (!members.empty()) return members;
      }
    }
    break;
  }
  return {};
}

// "buy the image-sensor business of rival Sakurada Devices": the owner of
// an unnamed unit, as the party whose business changes hands.
Mentions OwnerOfUnit(const DocContext& doc, uint32_t k) {
  const uint32_t end = std::min(doc.ClauseEnd(k), k + 8);
  for (uint32_t j = k + 1; j + 1 < end; ++j) {
    if (doc.MentionAt(j) || doc.IsPreposition(j)) return {};
    WordView w = doc.W(j);
    if (IsUnitWord(w) && doc.W(j + 1) == "of") {
      // ("the liquid-cooling division of Taipei server maker Hongtai Technology")
      Mentions owner = doc.ListAt(j + 2, doc.ClauseEnd(k), 3);
      if (!owner.empty()) return {owner[0]};
      return {};
    }
  }
  return {};
}

// Nouns that describe a company by its trade ("chip designer", "cloud provider").
bool IsRoleNoun(std::string_view w) {
  return w == "designer" || w == "maker" || w == "startup" || w == "start-up" || w == "company" || w == "firm" ||
         w == "provider" || w == "operator" || w == "developer" || w == "supplier" || w == "specialist" ||
         w == "chipmaker" || w == "group" || w == "manufacturer" || w == "vendor" || w == "producer";
}

// "a small design-services firm", "a Malaysian data centre operator" right
// after k: a company the text does not name.
// (IndefiniteCompanyAt: the same phrase opening at the article a.)
bool IndefiniteCompanyAt(const DocContext& doc, uint32_t a) {
  const uint32_t end = std::min(doc.ClauseEnd(a), a + 7);
  if (a + 1 >= end || (doc.W(a) != "a" && doc.W(a) != "an")) return false;
  for (uint32_t j = a + 1; j < end; ++j) {
    // ("a large U.S. technology company": a country as an adjective.)
    if (const Mention* m = doc.MentionAt(j)) {
      const OrgInfo* info = m->kind == MentionKind::kName ? doc.gazetteer().Find(m->canonical) : nullptr;
      if (!info || info->kind != OrgKind::kGovernment || m->possessive) return false;
      j = m->end_token - 1;
      continue;
    }
    if (doc.MoneyAt(j) || doc.IsPreposition(j)) return false;
    WordView w = doc.W(j);
    if ((IsRoleNoun(w) && w != "group") || w == "rival" || w == "competitor" || w == "customer" ||
        w == "hyperscaler") {
      return true;
    }
  }
  return false;
}

bool IndefiniteCompany(const DocContext& doc, uint32_t k) {
  return k + 1 < doc.words().size() && doc.ClauseEnd(k) > k + 1 && IndefiniteCompanyAt(doc, k + 1);
}


// The object of a verb at k in a relative clause whose relative pronoun is
// its object: "Arm, which it bought for £24bn" and "Graphcore, the British
// chip startup it took over last year" (the name before the comma).
Mentions RelativeObject(const DocContext& doc, uint32_t k) {
  const Sentence& sent = doc.seg().sentences[doc.SentenceOf(k)];
  uint32_t j = k;
  // ("which it had bought", "which X will acquire", "which X agreed to buy")
  if (j > sent.first_token && Has(doc, j - 1, j, {"had", "has", "have", "will", "would", "is", "was"})) {
    --j;
  } else if (j > sent.first_token + 1 && doc.W(j - 1) == "to" &&
             Has(doc, j - 2, j - 1, {"agreed", "agrees", "plans", "planned", "intends", "wants", "tried"})) {
    j -= 2;
  }
  if (j == sent.first_token) return {};
  const Mention* subject = doc.MentionAt(j - 1);
  if (!subject || subject->possessive) return {};
  uint32_t p = subject->first_token;  // before the subject: "which", or a description ending in a role noun
  if (p < sent.first_token + 2) return {};
  // ("Y, which the infrastructure investor X bought": the subject's own description first.)
  {
    uint32_t q = p;
    while (q > sent.first_token + 2 && p - q < 5 && !doc.MentionAt(q - 1) &&
           doc.seg().tokens[q - 1].kind == TokenKind::kWord && !doc.seg().tokens[q - 1].capitalized &&
           doc.W(q - 1) != "which" && doc.W(q - 1) != "that") {
      --q;
    }
    if (q < p && (doc.W(q) == "the" || doc.W(q) == "a" || doc.W(q) == "an") &&
        (doc.W(q - 1) == "which" || doc.W(q - 1) == "that") && doc.W(q - 2) == ",") {
      p = q;
    }
  }
  uint32_t comma = 0;
  // "Arm Holdings, the British company that SoftBank bought": a description
  // with its own relative clause.
  uint32_t role = p - 1;
  if ((doc.W(p - 1) == "which" || doc.W(p - 1) == "that") && doc.W(p - 2) != "," && IsRoleNoun(doc.W(p - 2))) {
    role = p - 2;
  }
  // ("Y, the Hsinchu-based designer of memory controllers that X acquired": the role before its "of".)
  if ((doc.W(p - 1) == "which" || doc.W(p - 1) == "that") && role == p - 1 && doc.W(p - 2) != ",") {
    for (uint32_t q = p - 2; q > sent.first_token + 1 && p - q < 6; --q) {
      if (doc.W(q) == "," || doc.MentionAt(q) || doc.MoneyAt(q)) break;
      if (doc.W(q) == "of" && IsRoleNoun(doc.W(q - 1))) {
        role = q - 1;
        break;
      }
    }
  }
  if ((doc.W(p - 1) == "which" || doc.W(p - 1) == "that") && role == p - 1) {
    if (doc.W(p - 2) == ",") comma = p - 2;
  } else if (IsRoleNoun(doc.W(role))) {
    for (uint32_t q = role; q > sent.first_token && role + 1 - q < 7; --q) {
      if (doc.W(q) == ",") {
        comma = q;
        break;
      }
      const Mention* m = doc.MentionAt(q);
      if ((m && m->kind == MentionKind::kName) || doc.MoneyAt(q)) break;
    }
  }
  if (comma <= sent.first_token) return {};
  const Mention* antecedent = doc.MentionAt(comma - 1);
  // A pronoun subject that took the antecedent's name is re-read later (Unclash).
  if (!antecedent || antecedent->possessive ||
      (antecedent->canonical == subject->canonical && subject->kind == MentionKind::kName)) {
    return {};
  }
  return {antecedent};
}


// "is negotiating with Nvidia to buy chips", "in talks with X about buying
// memory": the other side of the talks before the verb k sells to `buyer`.
Mentions TalksPartner(const DocContext& doc, uint32_t k, const Mentions& buyer) {
  if (buyer.empty()) return {};
  for (uint32_t j = doc.ClauseBegin(k) + 1; j + 1 < k; ++j) {
    if (doc.W(j) != "with" || !Has(doc, j - 1, j, {"negotiating", "talks", "discussions", "negotiations", "talking"})) {
      continue;
    }
    Mentions other = doc.ListAt(j + 1, k, 2);
    if (!other.empty() && other[0]->canonical != buyer[0]->canonical && !other[0]->possessive) return {other[0]};
  }
  return {};
}

// "buy several product lines from Y", "acquire the assets of Y": the named
// seller after "from" (or "of") that closes a phrase naming a part of a
// business after the verb at k, or nullptr.
const Mention* SellerOfUnit(const DocContext& doc, uint32_t k) {
  bool unit = false;
  // ("a server-assembly plant in Guadalajara, Mexico, from Y": past the site's place.)
  for (uint32_t j = k + 1; j + 1 < doc.SentenceEnd(k) && j < k + 13; ++j) {
    const Mention* here = doc.MentionAt(j);
    if ((here && here->kind != MentionKind::kDescription) || doc.MoneyAt(j)) return nullptr;
    WordView w = doc.W(j);
    if ((w == "from" || (w == "of" && unit)) && unit) {
      // ("from Hungary's Semilab": a place or a descriptor before the name.)
      Mentions seller = doc.ListAt(j + 1, doc.ClauseEnd(j + 1), 3);
      const Mention* m = seller.empty() ? nullptr : seller[0];
      return m && m->kind == MentionKind::kName && !m->possessive ? m : nullptr;
    }
    // ("buy a chip-packaging plant in Penang from X": a site of the seller's.)
    unit = unit || IsUnitWord(w) || w == "line" || w == "lines" || w == "assets" || w == "portfolio" ||
           w == "brands" || w == "brand" || w == "plant" || w == "plants" || w == "factory" || w == "factories" ||
           w == "fab" || w == "fabs";
  }
  return nullptr;
}

// "buy precursors from", "buy photoresist and gases from": plain lower-case
// nouns between the buying verb at k and "from", none of them a company, a
// part of one, a stake or a pronoun; false when no "from" closes them.
bool UnlistedGoods(const DocContext& doc, uint32_t k) {
  const uint32_t end = std::min(doc.ClauseEnd(k), k + 8);
  for (uint32_t j = k + 1; j < end; ++j) {
    const Token& tok = doc.seg().tokens[j];
    WordView w = doc.W(j);
    if (w == "from") return j > k + 1;
    // ("buy EUV photoresists and underlayer materials from": a technology's acronym is no name.)
    const bool acronym = tok.all_caps && j + 1 < end && !doc.MentionAt(j);
    if (tok.kind != TokenKind::kWord || (tok.capitalized && !acronym) || doc.MentionAt(j) || doc.MoneyAt(j) ||
        doc.IsPreposition(j) ||
        doc.TriggerAt(j) || IsUnitWord(w) || IsRoleNoun(w) || w == "the" || w == "out" || w == "back" || w == "up" ||
        w == "assets" || w == "shares" || w == "stock" || w == "companies" || w == "it" || w == "them" ||
        w == "time" || w == "rights" || w == "line" || w == "lines" || w == "portfolio" || w == "brand" ||
        w == "brands") {
      return false;
    }
  }
  return false;
}

// A share of more than half ("51%", "60 percent", "a 75 per cent stake") among tokens [b, e).
bool MajorityShare(const DocContext& doc, uint32_t b, uint32_t e) {
  for (uint32_t j = b; j + 1 < e; ++j) {
    if (doc.seg().tokens[j].kind != TokenKind::kNumber) continue;
    WordView next = doc.W(j + 1);
    if (next != "%" && next != "percent" && next != "per") continue;
    // ("50.03%": a decimal share just over half.)
    double value = 0, scale = 0;
    for (char c : doc.W(j)) {
      if (c == '.' && scale == 0) {
        scale = 1;
      } else if (c < '0' || c > '9') {
        break;
      } else if (scale == 0) {
        value = value * 10 + (c - '0');
      } else {
        scale /= 10;
        value += scale * (c - '0');
      }
    }
    return value > 50 && value <= 100;
  }
  return false;
}

// "the shares of X that it did not already own" after token j: the rest of
// X, control.
bool RestNotOwnedAfter(const DocContext& doc, uint32_t j) {
  const uint32_t end = std::min<uint32_t>(static_cast<uint32_t>(doc.words().size()), j + 8);
  if (j + 4 >= end || (doc.W(j) != "that" && doc.W(j) != "which")) return false;
  for (uint32_t q = j + 1; q + 1 < end; ++q) {
    if (doc.W(q) == "not" || doc.W(q) == "n't") {
      const uint32_t v = doc.W(q + 1) == "already" ? q + 2 : q + 1;
      return v < end && doc.W(v) == "own";
    }
  }
  return false;
}

// Control of a company among tokens [b, e): a controlling or majority share,
// in words or as more than half.
bool ControlShare(const DocContext& doc, uint32_t b, uint32_t e) {
  for (uint32_t j = b; j < e; ++j) {
    if (ControlWord(doc.W(j))) return true;
    // ("the remaining 50%", "the 50% of Y it does not already own": the rest, sole ownership.)
    if (doc.W(j) == "remaining") return true;
    if (doc.W(j) == "not" && j + 2 < doc.words().size() &&
        (doc.W(j + 1) == "own" || (doc.W(j + 1) == "already" && doc.W(j + 2) == "own"))) {
      return true;
    }
  }
  return MajorityShare(doc, b, e);
}

// Whether the subject of the verb at k is a company the text does not name:
// "a large U.S. cloud provider, which it declined to identify, has committed
// to buy" (past auxiliaries, "to" and a relative clause between commas).
bool IndefiniteSubject(const DocContext& doc, uint32_t k) {
  uint32_t j = k;
  while (j > doc.ClauseBegin(k) && k - j < 6) {
    WordView w = doc.W(j - 1);
    if (w != "to" && w != "has" && w != "have" && w != "had" && w != "will" && w != "would" && w != "committed" &&
        w != "agreed" && w != "also" && w != "plans" && w != "planned") {
      break;
    }
    --j;
  }
  const uint32_t first = doc.seg().sentences[doc.SentenceOf(k)].first_token;
  // (", which it declined to identify,": a relative clause between commas.)
  if (j > first + 1 && doc.W(j - 1) == ",") {
    uint32_t c = j - 1;
    while (c > first && j - c < 12 && doc.W(c - 1) != ",") --c;
    if (c > first && doc.W(c - 1) == "," && (doc.W(c) == "which" || doc.W(c) == "that")) j = c - 1;
  }
  // "a/an" + up to four words + a role noun, right before j.
  if (j == 0 || doc.MentionAt(j - 1) || !IsRoleNoun(doc.W(j - 1))) return false;
  for (uint32_t a = j - 1; a-- > first && j - a <= 6;) {
    if (doc.MentionAt(a)) return false;
    if (doc.W(a) == "a" || doc.W(a) == "an") return true;
  }
  return false;
}

void AcquireFrame(const DocContext& doc, uint32_t k, const TriggerWord& t, std::vector<Candidate>& out) {
  // "... and fitness-tracker maker Fitbit, acquired for $2.1 billion the year
  // before": a participle after a listed target; the buyer is the sentence's
  // owner ("Its biggest acquisitions include ...").
  if (t.form == Form::kPast && k >= 2 && doc.W(k - 1) == "," && k + 1 < doc.words().size() &&
      (doc.W(k + 1) == "for" || doc.W(k + 1) == "in")) {
    const Mention* target = doc.MentionAt(k - 2);
    const Sentence& sent = doc.seg().sentences[doc.SentenceOf(k)];
    const Mention* owner = doc.MentionAt(sent.first_token);
    if (target && target->kind == MentionKind::kName && !target->possessive && owner && owner->possessive &&
        owner->kind == MentionKind::kPronoun && owner->canonical != target->canonical) {
      Candidate c = Make(doc, DealType::kAcquisition, k, t, {owner}, {target});
      c.money = doc.MoneyNear(k, true);
      out.push_back(c);
      return;
    }
  }
  // "took delivery of 8,000 H200 chips bought through Dell": goods bought
  // from the one named after "through" or "from", by the clause's subject.
  if (t.frame == Frame::kBuy && t.form == Form::kPast && k > 0 && k + 2 < doc.ClauseEnd(k) &&
      (doc.W(k + 1) == "through" || doc.W(k + 1) == "from")) {
    Asset goods = Asset::kNone;
    for (const CueHit& cue : doc.Cues(doc.SentenceOf(k))) {
      const Asset a = CueGoods(cue.kind);
      if (cue.end == k && a != Asset::kNone && a != Asset::kOther) goods = a;
    }
    const Mention* seller = doc.MentionAt(k + 2);
    if (goods != Asset::kNone) {
      Mentions buyer = doc.Agent(k);
      if (!seller || seller->possessive || buyer.empty() || buyer[0]->canonical == seller->canonical) return;
      Candidate c = Make(doc, DealType::kPurchase, k, t, {buyer[0]}, {seller});
      c.asset = goods;
      c.money = doc.MoneyNear(k, false);
      out.push_back(c);
      return;
    }
  }
  // "was taken private by X": only the passive is a deal ("a private company" is not).
  bool take_private = doc.W(k) == "private";
  if (take_private && !(k > 0 && (doc.W(k - 1) == "taken" || doc.W(k - 1) == "went") && Passive(doc, k))) return;
  if (Passive(doc, k)) {
    Mentions by = GroupAfter(doc, k, "by");
    // "A 25% stake in Calderwick was bought by X", "A 30% stake in lidar
    // maker Velaro has been bought by Y": Y invests in the company.
    // ("About $300 million of Y stock was bought from employees by A and B": the same.)
    for (uint32_t j = doc.ClauseBegin(k); !by.empty() && j + 2 < k; ++j) {
      if (doc.W(j) == "of" && doc.MoneyAt(j - 1 > 0 ? j - 1 : 0)) {
        const Mention* m = doc.MentionAt(j + 1);
        if (m && m->first_token == j + 1 && m->kind == MentionKind::kName && !m->possessive &&
            m->end_token < k && (doc.W(m->end_token) == "stock" || doc.W(m->end_token) == "shares") &&
            m->canonical != by[0]->canonical) {
          Candidate c = Make(doc, DealType::kInvestment, k, t, by, {m});
          c.money = doc.MoneyNear(k, false);
          out.push_back(c);
          return;
        }
      }
      if (!Has(doc, j, j + 1, {"stake", "holding", "interest", "shareholding"}) || doc.W(j + 1) != "in") continue;
      const Mention* in = nullptr;
      for (uint32_t q = j + 2; q < k && q < j + 6 && !in; ++q) {
        in = doc.MentionAt(q);
        if (!in && (doc.TriggerAt(q) || doc.W(q) == "," || doc.IsPreposition(q))) break;
      }
      if (!in || in->possessive || in->canonical == by[0]->canonical) break;
      Candidate c = Make(doc, DealType::kInvestment, k, t, by, {in});
      c.money = doc.MoneyNear(k, true);
      out.push_back(c);
      return;
    }
    Mentions target = doc.Agent(k);
    // "was bought by a larger rival two years ago": the buyer is not named.
    bool unnamed = by.empty() && k + 1 < doc.words().size() && doc.W(k + 1) == "by" && IndefiniteCompany(doc, k + 1);
    if (target.empty()) {
      // "the rest of Windsurf had been bought by Cognition": what remained of the company.
      for (uint32_t j = doc.ClauseBegin(k); j + 2 < k; ++j) {
        WordView w = doc.W(j);
        if ((w == "rest" || w == "remainder" || w == "most" || w == "all" || w == "much") && doc.W(j + 1) == "of") {
          if (const Mention* m = doc.MentionAt(j + 2); m && !m->possessive && m->first_token == j + 2) target = {m};
          break;
        }
      }
    }
    if (target.empty()) {
      // "Luzon Lightwave, the Manila fibre operator that was acquired by X":
      // the name before a description in apposition, antecedent of "that".
      uint32_t r = k;
      while (r > doc.ClauseBegin(k) && k - r < 4 && doc.W(r) != "that" && doc.W(r) != "which") --r;
      if ((doc.W(r) == "that" || doc.W(r) == "which") && r > 0 && !doc.MentionAt(r - 1)) {
        if (const Mention* m = NameBeforeApposition(doc, r, 8)) target = {m};
      }
    }
    if ((by.empty() && !unnamed) || target.empty()) return;
    Candidate c = Make(doc, DealType::kAcquisition, k, t, by, target);
    c.unnamed = unnamed;
    c.money = doc.MoneyNear(k, true);
    out.push_back(c);
    return;
  }
  // "bought back $250 million of its own shares": a buyback, no deal.
  if (k + 1 < doc.words().size() && doc.W(k + 1) == "back") return;
  Mentions from = doc.Agent(k);
  // "will subscribe to 310 billion won of new Geumgang shares": new shares
  // bought from the company, an investment; a subscription to anything else
  // is no deal here.
  if (doc.W(k).starts_with("subscrib")) {
    if (k + 2 >= doc.ClauseEnd(k) || doc.W(k + 1) != "to" || !IsStakeObject(doc, k + 1) || from.empty()) return;
    for (uint32_t j = k + 2; j < std::min(doc.ClauseEnd(k), k + 12); ++j) {
      const Mention* m = doc.MentionAt(j);
      if (!m) continue;
      if (m->canonical == from[0]->canonical) return;
      Candidate c = Make(doc, DealType::kInvestment, k, t, from, {m});
      c.money = doc.MoneyNear(k, true);
      out.push_back(c);
      return;
    }
    return;
  }
  // "Hongwei first bought into Sanyi in 2023": a stake in the company, an investment.
  if (t.frame == Frame::kBuy && k + 2 < doc.ClauseEnd(k) && doc.W(k + 1) == "into") {
    Mentions to = doc.ListAt(k + 2, doc.ClauseEnd(k), 3);
    if (from.empty() || to.empty() || to[0]->possessive || to[0]->canonical == from[0]->canonical) return;
    Candidate c = Make(doc, DealType::kInvestment, k, t, from, {to[0]});
    c.money = doc.MoneyNear(k, true);
    out.push_back(c);
    return;
  }
  // "Changi Mobile's attempt to buy Y": the owner of the attempt buys.
  if (from.empty() && k >= 3 && doc.W(k - 1) == "to") {
    WordView noun = doc.W(k - 2);
    if (noun == "attempt" || noun == "plan" || noun == "plans" || noun == "bid" || noun == "effort" ||
        noun == "move" || noun == "offer" || noun == "agreement" || noun == "decision" || noun == "proposal") {
      if (const Mention* p = doc.PossessorBefore(k - 2)) from = {p};
    }
  }
  if (IsStakeObject(doc, k)) {
    // "buy $2 billion of Intel shares", "acquire a 49% stake in Y": an investment.
    // ("buy most of Vivendi's holding in Telecom Italia": the company after "in".)
    Mentions to = doc.AfterPrep(k, {"in"}, 10);
    // ("SoftBank's stake in its Cruise robotaxi unit": the unit named after "its".)
    if (!to.empty() && to[0]->possessive) {
      const Mention* named = to[0]->kind == MentionKind::kPronoun ? doc.MentionAt(to[0]->end_token) : nullptr;
      to.clear();
      if (named && named->kind == MentionKind::kName && !named->possessive) to = {named};
    }
    // ("a 51% stake in the glass-substrate unit of Japan's Ibukiya": the unit's owner.)
    for (uint32_t j = k + 1; j + 2 < std::min(doc.ClauseEnd(k), k + 12) && to.empty(); ++j) {
      if (doc.MentionAt(j)) break;
      if (!IsUnitWord(doc.W(j)) || doc.W(j + 1) != "of") continue;
      Mentions owner = doc.ListAt(j + 2, doc.ClauseEnd(k), 3);
      if (!owner.empty()) to = {owner[0]};
    }
    for (uint32_t j = k + 1; j < std::min(doc.ClauseEnd(k), k + 10) && to.empty(); ++j) {
      const Mention* m = doc.MentionAt(j);
      if (!m) continue;
      // ("bought the stake from private equity firm X": the seller.)
      if (Has(doc, k + 1, j, {"from"})) break;
      // ("buy SoftBank's stake in ...": the stake's seller, not the company it is in.)
      if (m->possessive) {
        j = m->end_token - 1;
        continue;
      }
      to = {m};
    }
    // "Y is 35% owned by X, which bought the stake from Z": the stake named
    // before, in the company owned.
    if (to.empty() && !from.empty() && k + 1 < doc.words().size() && doc.W(k + 1) == "the") {
      if (const Mention* owned = OwnedBefore(doc, k); owned && owned->canonical != from[0]->canonical) to = {owned};
    }
    if (from.empty() || to.empty()) return;
    // "buy a controlling stake in X", "acquire a 51% stake in X": control of the company, an acquisition.
    // ("buying the shares of X that it did not already own": the rest, control too.)
    const bool control = ControlShare(doc, k + 1, std::min(doc.ClauseEnd(k), k + 5)) ||
                         RestNotOwnedAfter(doc, to.back()->end_token);
    Candidate c = Make(doc, control ? DealType::kAcquisition : DealType::kInvestment, k, t, from, to);
    c.money = doc.MoneyNear(k, true);
    out.push_back(c);
    return;
  }
  // "purchase an incremental $250 billion of Azure services"
  uint32_t goods_window = WindowPastMoney(doc, k, 6);
  Asset goods = doc.AssetNear(k, true, goods_window + 2);
  Mentions object = Object(doc, k);
  // ("buy the business from Y": a part of Y's business, not a description of an earlier company.)
  if (!object.empty() && object[0]->kind == MentionKind::kDescription && object[0]->first_token <= k + 2 &&
      SellerOfUnit(doc, k)) {
    object.clear();
  }
  bool relative = object.empty();
  if (relative) object = RelativeObject(doc, k);
  if (object.empty()) object = OwnerOfUnit(doc, k);
  relative = relative && !object.empty();
  if (relative) {
    // "Arm, the British company that SoftBank bought": the description is the object, not a buyer.
    std::erase_if(from, [&](const Mention* m) {
      return m->kind != MentionKind::kPronoun && m->canonical == object[0]->canonical;
    });
  }
  // "buy UK chip designer Alphawave": a company described by its trade.
  bool described = !object.empty() && object[0]->first_token > k + 1 &&
                   IsRoleNoun(doc.W(object[0]->first_token - 1));
  // "buy Core Scientific, a data-centre operator and former bitcoin miner": an
  // apposition that says what the object is makes it a company.
  if (!described && !object.empty() && !object[0]->possessive) {
    uint32_t a = object.back()->end_token;
    if (a + 2 < doc.ClauseEnd(k) + 6 && a + 1 < doc.words().size() && doc.W(a) == "," &&
        (doc.W(a + 1) == "a" || doc.W(a + 1) == "an" || doc.W(a + 1) == "the")) {
      for (uint32_t j = a + 2; j < doc.words().size() && j < a + 8; ++j) {
        WordView w = doc.W(j);
        if (w == "," || w == "." || doc.MentionAt(j)) break;
        if (IsRoleNoun(w) || w == "miner" || w == "manufacturer" || w == "producer" || w == "platform" ||
            w == "business" || w == "builder" || w == "owner" || w == "lab") {
          described = true;
          break;
        }
      }
    }
  }
  // "buy Hexmoor's design software arm": the owner's unit, not its goods.
  bool owners_unit = false;
  if (!object.empty() && object[0]->possessive && object[0]->kind == MentionKind::kName) {
    for (uint32_t j = object[0]->end_token; j < doc.ClauseEnd(k) && j < object[0]->end_token + 6; ++j) {
      if (doc.MentionAt(j) || doc.MoneyAt(j) || doc.IsPreposition(j)) break;
      if (IsUnitWord(doc.W(j))) {
        owners_unit = true;
        break;
      }
    }
    // ("buy Delivery Hero's Foodpanda business in Taiwan": the unit, named.)
    uint32_t j = object[0]->end_token;
    if (j < doc.ClauseEnd(k) && doc.W(j) == "'s") ++j;
    const Mention* unit = j < doc.ClauseEnd(k) ? doc.MentionAt(j) : nullptr;
    if (unit && unit->first_token == j && !unit->possessive && unit->kind == MentionKind::kName &&
        unit->end_token < doc.ClauseEnd(k) && IsUnitWord(doc.W(unit->end_token))) {
      object = {unit};
      owners_unit = true;
    }
  }
  bool object_is_goods = goods != Asset::kNone && !described && !relative && !owners_unit &&
                         !(object.empty() && SellerOfUnit(doc, k)) &&
                         (object.empty() || object[0]->possessive || doc.AssetNear(object[0]->end_token, true, 3) != Asset::kNone);
  // "considering buying a networking company to close the gap with Y": a
  // company it does not name is what is bought, no goods from Y.
  if (object.empty() && IndefiniteCompany(doc, k)) object_is_goods = false;
  if (t.frame == Frame::kBuy && object_is_goods) {
    // "X said a large U.S. cloud provider, which it declined to identify, has
    // committed to buy at least 200 billion yen of HBM from the chipmaker": a
    // buyer the text does not name.
    if (IndefiniteSubject(doc, k)) {
      // ("had agreed to buy $1.2 billion of its modules": "its" is the goods'
      // owner, who sells them.)
      Mentions seller = Supplier(doc, k, 14, {}, /*unnamed_buyer=*/true);
      if (seller.empty()) seller = doc.AfterPrep(k, {"from"}, 14);  // ("from the chipmaker")
      if (seller.empty() || (seller[0]->possessive && seller[0]->kind != MentionKind::kPronoun)) return;
      Candidate c = Make(doc, DealType::kPurchase, k, t, {}, {seller[0]});
      c.asset = PurchaseAsset(doc, k, {seller[0]}, true, goods_window + 6);
      c.money = doc.MoneyNear(k, true);
      c.unnamed = true;
      out.push_back(c);
      return;
    }
    Mentions supplier = Supplier(doc, k, 14, from);
    if (supplier.empty()) supplier = TalksPartner(doc, k, from);
    if (from.empty() || supplier.empty()) return;
    Candidate c = Make(doc, DealType::kPurchase, k, t, from, supplier);
    c.asset = PurchaseAsset(doc, k, supplier, true, goods_window + 6);
    c.money = doc.MoneyNear(k, true);
    out.push_back(c);
    // "buy electricity from X, Y and Z": a purchase from each seller listed
    // (one deal when an amount covers them all).
    if (!c.money && supplier[0]->first_token > 0 && doc.W(supplier[0]->first_token - 1) == "from") {
      Mentions sellers = doc.ListAt(supplier[0]->first_token, doc.ClauseEnd(k), 0);
      for (size_t i = 1; i < sellers.size() && i < 5; ++i) {
        if (sellers[i]->possessive || sellers[i]->kind != MentionKind::kName ||
            sellers[i]->canonical == from[0]->canonical) {
          break;
        }
        Candidate d = c;
        d.to = {sellers[i]};
        out.push_back(d);
      }
    }
    return;
  }
  // ("Asked whether Aldergrove would buy a laser supplier, ...": a question, no deal.)
  bool question = Has(doc, doc.seg().sentences[doc.SentenceOf(k)].first_token, k, {"whether", "if"});
  if (object.empty() && !from.empty() && !question && IndefiniteCompany(doc, k)) {
    // "intends to acquire a small design-services firm in Hyderabad": the target is not named.
    Candidate c = Make(doc, DealType::kAcquisition, k, t, from, {});
    c.money = doc.MoneyNear(k, true);
    c.unnamed = true;
    out.push_back(c);
    return;
  }
  // ("buy up to 40,000 precision actuators over three years from X": a count, hedged.)
  uint32_t count = k + 1;
  if (count + 2 < doc.ClauseEnd(k) && doc.W(count) == "up" && doc.W(count + 1) == "to") count += 2;
  if (count + 1 < doc.ClauseEnd(k) && (doc.W(count) == "about" || doc.W(count) == "roughly" ||
                                       doc.W(count) == "some" || doc.W(count) == "around")) {
    ++count;
  }
  if (object.empty() && t.frame == Frame::kBuy && !from.empty() && !question && k + 1 < doc.ClauseEnd(k) &&
      (doc.W(k + 1) == "a" || doc.W(k + 1) == "an" || doc.seg().tokens[count].kind == TokenKind::kNumber ||
       UnlistedGoods(doc, k)) && !SellerOfUnit(doc, k)) {
    // "a plan to buy a high-throughput satellite from X", "agreed to buy
    // precursors from X": goods the lexicon does not list, from a named seller.
    Mentions seller = doc.AfterPrep(k, {"from"}, count > k + 1 ? 12 : 8);
    if (!seller.empty() && !seller[0]->possessive && seller[0]->canonical != from[0]->canonical) {
      Candidate c = Make(doc, DealType::kPurchase, k, t, from, {seller[0]});
      c.asset = PurchaseAsset(doc, k, {seller[0]}, true, 8);
      if (c.asset == Asset::kNone) c.asset = Asset::kOther;
      c.money = doc.MoneyNear(k, true);
      out.push_back(c);
      return;
    }
  }
  if (object.empty() && !from.empty() && !question) {
    // "agreed to buy several product lines from Semilab", "to acquire the
    // assets of X": a part of the seller's business changes hands.
    if (const Mention* seller = SellerOfUnit(doc, k); seller && seller->canonical != from[0]->canonical) {
      Candidate c = Make(doc, DealType::kAcquisition, k, t, from, {seller});
      c.money = doc.MoneyNear(k, true);
      out.push_back(c);
      return;
    }
  }
  if (object.empty()) return;
  // "has agreed to buy AirTrunk, ..., together with Canada Pension Plan
  // Investment Board": a co-buyer named later in the sentence.
  if (!from.empty()) {
    const Sentence& sent = doc.seg().sentences[doc.SentenceOf(k)];
    for (uint32_t j = object.back()->end_token; j + 2 < sent.end_token && j < k + 30; ++j) {
      // ("agreed to acquire X for A$24 billion alongside Canada Pension Plan
      // Investment Board": the same.)
      const bool alongside = doc.W(j) == "alongside";
      if (!alongside && (doc.W(j) != "together" || doc.W(j + 1) != "with")) continue;
      for (const Mention* m : doc.ListAt(j + (alongside ? 1 : 2), sent.end_token, 1)) {
        if (!m->possessive && m->canonical != object[0]->canonical) AddUnique(from, m);
      }
      break;
    }
  }
  Candidate c = Make(doc, DealType::kAcquisition, k, t, from, {object[0]});
  c.money = doc.MoneyNear(k, true);
  c.money_required = from.empty();
  out.push_back(c);
  // "acquired Enosemi and Brium": one takeover per company listed; an amount
  // stated once ("bought X and Y from Z for $300 million") covers them all.
  if (from.empty()) return;
  const size_t first = out.size() - 1;
  for (size_t i = 1; i < object.size() && i < 5; ++i) {
    const Mention* m = object[i];
    if (m->possessive || m->kind != MentionKind::kName || m->canonical == from[0]->canonical) break;
    // Joined by "and" (a comma alone may start a clause in a headline: "X buys Y, Z snaps up W"),
    // past what the company does ("and compiler developer Brium").
    uint32_t a = m->first_token - 1;
    while (a > object[i - 1]->end_token && m->first_token - a <= 3 && doc.W(a) != "and" &&
           !doc.seg().tokens[a].capitalized && doc.seg().tokens[a].kind == TokenKind::kWord && !doc.TriggerAt(a)) {
      --a;
    }
    if (doc.W(a) != "and") break;
    Candidate d = c;
    d.to = {m};
    d.aggregate = c.money != nullptr;
    out.push_back(d);
  }
  if (out.size() > first + 1) out[first].aggregate = c.money != nullptr;
}

// "X's shareholders rejected", "the board of X approved", "shareholders of X
// voted against" before the deal noun at k, in its clause: X, or nullptr.
const Mention* HoldersCompanyBefore(const DocContext& doc, uint32_t k) {
  auto holders = [](WordView w) {
    return w == "shareholders" || w == "stockholders" || w == "investors" || w == "board" || w == "directors" ||
           w == "owners";
  };
  const uint32_t begin = doc.ClauseBegin(k);
  const Mention* company = nullptr;
  uint32_t after = 0;
  for (uint32_t j = begin; j < k && j < begin + 8 && !company; ++j) {
    const Mention* m = doc.MentionAt(j);
    if (m && m->possessive && m->kind == MentionKind::kName) {
      uint32_t h = m->end_token;
      if (h < k && doc.W(h) == "'s") ++h;
      if (h < k && holders(doc.W(h))) company = m, after = h + 1;
      j = m->end_token - 1;
    } else if (!m && holders(doc.W(j)) && j + 2 < k && doc.W(j + 1) == "of") {
      const Mention* of = doc.MentionAt(j + 2);
      if (of && !of->possessive && of->kind == MentionKind::kName) company = of, after = of->end_token;
    }
  }
  if (!company) return nullptr;
  for (uint32_t v = after; v < k && v < after + 4; ++v) {
    WordView w = doc.W(v);
    if (w == "rejected" || w == "approved" || w == "voted" || w == "accepted" || w == "backed" ||
        w == "rebuffed" || w == "spurned" || w == "recommended" || w == "endorsed" || w == "turned") {
      return company;
    }
  }
  return nullptr;
}

void AcquisitionNounFrame(const DocContext& doc, uint32_t k, const TriggerWord& t, std::vector<Candidate>& out) {
  WordView w = doc.W(k);
  // ("It would be Google's largest acquisition by far": a deal told before,
  // ranked, with nothing bought after the noun.)
  if (k >= 3 && (w == "acquisition" || w == "takeover" || w == "purchase" || w == "deal") &&
      (doc.W(k - 1) == "largest" || doc.W(k - 1) == "biggest") && doc.W(k - 2) == "'s" &&
      (k + 1 >= doc.words().size() || (doc.W(k + 1) != "of" && !doc.MentionAt(k + 1)))) {
    for (uint32_t j = doc.ClauseBegin(k); j + 2 < k; ++j) {
      if (doc.W(j) == "be" || doc.W(j) == "is" || doc.W(j) == "was" || doc.W(j) == "becomes" || doc.W(j) == "become") {
        return;
      }
    }
  }
  // "OpenAI completed a tender offer in early 2024 led by Thrive Capital":
  // staff shares bought by investors, who invest in the company.
  if (w == "offer" && k > 0 && doc.W(k - 1) == "tender") {
    for (uint32_t j = k + 1; j + 2 < doc.ClauseEnd(k) && j < k + 8; ++j) {
      if (doc.MentionAt(j) || doc.MoneyAt(j)) break;
      if ((doc.W(j) != "led" && doc.W(j) != "co-led") || doc.W(j + 1) != "by") continue;
      Mentions leads = doc.ListAt(j + 2, doc.ClauseEnd(k), 2);
      Mentions company;
      if (const Mention* p = doc.PossessorBefore(k)) company = {p};
      if (company.empty()) company = doc.Agent(k);
      std::erase_if(leads, [&](const Mention* m) {
        return m->possessive || (!company.empty() && m->canonical == company[0]->canonical);
      });
      if (leads.empty() || company.empty()) return;
      Candidate c = Make(doc, DealType::kInvestment, k, t, leads, {company[0]});
      c.money = doc.MoneyNear(k, true);
      out.push_back(c);
      return;
    }
  }
  // "Y has attracted takeover interest from X and Z": talks, one per suitor.
  if (k + 3 < doc.ClauseEnd(k) && doc.W(k + 1) == "interest" && doc.W(k + 2) == "from") {
    const Mentions target = doc.Agent(k);
    const Mentions suitors = doc.ListAt(k + 3, doc.ClauseEnd(k), 4);
    if (target.size() == 1 && !target[0]->possessive) {
      for (const Mention* m : suitors) {
        if (m->possessive || m->canonical == target[0]->canonical) continue;
        Candidate c = Make(doc, DealType::kAcquisition, k, t, {m}, target);
        if (c.status != DealStatus::kCancelled) c.status = DealStatus::kTalks;
        out.push_back(c);
      }
    }
    return;
  }
  // "X approached Y about a takeover": talks of X buying Y.
  if (k >= 4 && (doc.W(k - 1) == "a" || doc.W(k - 1) == "an" || doc.W(k - 1) == "possible") &&
      (doc.W(k - 2) == "about" || doc.W(k - 2) == "over" || doc.W(k - 2) == "regarding")) {
    const Mention* target = doc.MentionAt(k - 3);
    if (target && !target->possessive && target->first_token >= 1 &&
        Has(doc, target->first_token - 1, target->first_token, {"approached", "approach", "approaching", "approaches"})) {
      Mentions buyer = doc.Agent(target->first_token - 1);
      if (!buyer.empty() && !buyer[0]->possessive && buyer[0]->canonical != target->canonical) {
        Candidate c = Make(doc, DealType::kAcquisition, k, t, buyer, {target});
        if (!doc.HasStatusCue(k) || c.status == DealStatus::kAnnounced) c.status = DealStatus::kTalks;
        out.push_back(c);
        return;
      }
    }
  }
  // "planned to spend up to 30 billion yen on further acquisitions": buying
  // companies it does not name.
  if (w == "acquisitions" && k >= 3) {
    uint32_t p = k - 1;
    if (doc.W(p) == "further" || doc.W(p) == "more" || doc.W(p) == "new" || doc.W(p) == "future" ||
        doc.W(p) == "small" || doc.W(p) == "smaller" || doc.W(p) == "bolt-on") {
      --p;
    }
    if (doc.W(p) == "on" || doc.W(p) == "for") {
      for (uint32_t v = p; v-- > doc.ClauseBegin(k) && p - v < 10;) {
        WordView verb = doc.W(v);
        if (!(verb == "spend" || verb == "spending" || verb == "spent" || verb == "aside" || verb == "earmarked" ||
              verb == "earmark" || verb == "reserved")) {
          continue;
        }
        const Entity* money = nullptr;
        for (uint32_t j = v + 1; j < p && !money; ++j) money = doc.MoneyAt(j);
        Mentions buyer = doc.Agent(verb == "aside" && v > 0 ? v - 1 : v);
        if (!money || buyer.empty() || buyer[0]->possessive) return;
        Candidate c = Make(doc, DealType::kAcquisition, k, t, {buyer[0]}, {});
        c.money = money;
        c.unnamed = true;
        out.push_back(c);
        return;
      }
    }
  }
  bool bid = w == "bid" || w == "bids" || w == "offer" || w == "proposal" || w == "proposals";
  // ("a cash offer of 905p a share, or roughly GBP2.1bn, for X": past the price and its total.)
  // ("its purchase of Tel Aviv-based cloud posture start-up Tamar Labs": descriptors before the name.)
  Mentions to = bid ? doc.AfterPrep(k, {"for"}, WindowPastMoney(doc, k, 6) + (doc.MoneyNear(k, true) ? 4 : 0))
                    : doc.AfterPrep(k, {"of"}, 4);
  // ("its purchase of Telecom Italia's fixed-line network, NetCo": the unit named.)
  if (!bid && !to.empty()) {
    if (const Mention* unit = NamedUnitOf(doc, *to[0])) to = {unit};
  }
  if (!bid && to.empty() && k + 1 < doc.words().size() && doc.W(k + 1) == "of") {
    for (uint32_t j = k + 2; j < doc.ClauseEnd(k) && j < k + 9; ++j) {
      const Mention* m = doc.MentionAt(j);
      if (m) {
        if (!m->possessive && m->kind == MentionKind::kName && j > k + 2 && IsRoleNoun(doc.W(j - 1))) to = {m};
        break;
      }
      if (doc.IsPreposition(j) || doc.MoneyAt(j) || doc.W(j) == ",") break;
    }
  }
  if (bid && to.empty() && k + 1 < doc.words().size() && doc.W(k + 1) == "for") {
    // "a tender offer for all shares of X": the company whose shares are bought;
    // "its bid for the towers of Danish operator X": the owner of what is bought.
    // ("a tender offer for the 49% of listed subsidiary X it does not own": past the share.)
    for (uint32_t j = k + 2; j + 2 < doc.ClauseEnd(k) && j < k + 6; ++j) {
      if (doc.MentionAt(j) || doc.MoneyAt(j) || doc.W(j + 1) != "of" ||
          (doc.seg().tokens[j].kind != TokenKind::kWord && doc.W(j) != "%")) {
        continue;
      }
      to = doc.ListAt(j + 2, doc.ClauseEnd(k), 3);
      if (!to.empty() && to[0]->possessive) to.clear();
      break;
    }
  }
  if (to.empty() && !bid && k + 3 < doc.ClauseEnd(k) && doc.W(k + 1) == "of" && doc.W(k + 2) == "the") {
    // "its acquisition of the silicon carbide JFET business of Qorvo": the seller owns the unit.
    for (uint32_t j = k + 3; j + 2 < doc.ClauseEnd(k) && j < k + 9; ++j) {
      if (doc.MentionAt(j) || doc.IsPreposition(j)) break;
      if (IsUnitWord(doc.W(j)) && doc.W(j + 1) == "of") {
        to = doc.ListAt(j + 2, doc.ClauseEnd(k), 1);
        if (!to.empty() && to[0]->possessive) to.clear();
        break;
      }
    }
  }
  // "Nvidia's $5 billion purchase of Intel shares": a stake, an investment.
  if (!bid && !to.empty() && !to[0]->possessive && to[0]->first_token > k && to[0]->end_token < doc.ClauseEnd(k) &&
      (doc.W(to[0]->end_token) == "shares" || doc.W(to[0]->end_token) == "stock")) {
    Mentions from;
    if (const Mention* p = doc.PossessorBefore(k)) from = {p};
    if (from.empty()) from = doc.Agent(k);
    if (from.empty() || from[0]->canonical == to[0]->canonical) return;
    Candidate c = Make(doc, DealType::kInvestment, k, t, from, {to[0]});
    c.money = doc.MoneyNear(k, false);
    out.push_back(c);
    return;
  }
  // "its purchase of Delivery Hero's Foodpanda business in Taiwan": the unit
  // named after its owner's possessive is what changes hands.
  if (!to.empty() && to[0]->possessive && to[0]->kind == MentionKind::kName && to[0]->first_token > k) {
    uint32_t j = to[0]->end_token;
    if (j < doc.ClauseEnd(k) && doc.W(j) == "'s") ++j;
    const Mention* unit = doc.MentionAt(j);
    if (unit && unit->first_token == j && !unit->possessive && unit->kind == MentionKind::kName &&
        unit->end_token < doc.ClauseEnd(k) && IsUnitWord(doc.W(unit->end_token))) {
      to = {unit};
    }
  }
  // "Amazon's $650 million purchase of Talen Energy's Cumulus data-centre
  // campus": a site bought from its owner, infrastructure.
  if (!bid && !to.empty() && to[0]->possessive && to[0]->kind == MentionKind::kName && to[0]->first_token > k) {
    uint32_t j = to[0]->end_token;
    if (j < doc.ClauseEnd(k) && doc.W(j) == "'s") ++j;
    bool site = false;
    for (uint32_t q = j; q < doc.ClauseEnd(k) && q < j + 6 && !site; ++q) {
      if (doc.IsPreposition(q) || doc.MoneyAt(q) || doc.W(q) == ",") break;
      const WordView x = doc.W(q);
      site = x == "campus" || x == "plant" || x == "site" || x == "facility" || x == "factory" || x == "fab";
    }
    if (site) {
      Mentions from;
      if (const Mention* p = doc.PossessorBefore(k)) from = {p};
      if (from.empty()) from = doc.Agent(k);
      if (from.empty() || from[0]->canonical == to[0]->canonical) return;
      Candidate c = Make(doc, DealType::kPurchase, k, t, {from[0]}, {to[0]});
      c.asset = Asset::kInfrastructure;
      c.money = doc.MoneyNear(k, false);
      out.push_back(c);
      return;
    }
  }
  // "was in preliminary discussions with Y about a possible offer": the other
  // side of the talks is the target.
  if (bid && to.empty() && k > 0 && doc.PossessorBefore(k) == nullptr &&
      (doc.MoneyAt(k - 1) || Has(doc, k - 1, k, {"a", "an", "possible", "potential", "takeover", "formal", "firm"}))) {
    Mentions bidder = doc.Agent(k);
    Mentions partner = TalksPartner(doc, k, bidder);
    if (!bidder.empty() && !bidder[0]->possessive && !partner.empty()) {
      Candidate c = Make(doc, DealType::kAcquisition, k, t, {bidder[0]}, partner);
      c.money = doc.MoneyNear(k, true);
      out.push_back(c);
      return;
    }
  }
  if (bid && to.empty() && k > 0 && doc.PossessorBefore(k) == nullptr) {
    // "Wiz rejected a $23 billion offer from Google": the bidder after
    // "from", the subject its target (an offer as a noun: after an article or an amount).
    WordView p = doc.W(k - 1);
    bool noun = doc.MoneyAt(k - 1) || p == "a" || p == "an" || p == "the" || p == "takeover" || p == "buyout" ||
                p == "unsolicited" || p == "rival" || p == "higher" || p == "sweetened" || p == "cash" ||
                p == "possible" || p == "formal" || p == "firm" || p == "revised" || p == "improved" || p == "informal";
    // ("an offer of around €1.7 billion from Y", "a proposal of 390 pence a
    // share from Y": past the price.)
    uint32_t window = 4;
    for (uint32_t j = k + 2; j < k + 4 && j < doc.ClauseEnd(k) && doc.W(k + 1) == "of"; ++j) {
      const Entity* price = doc.MoneyAt(j);
      if (!price) continue;
      uint32_t e = price->end_token;
      if (e + 1 < doc.ClauseEnd(k) && (doc.W(e) == "a" || doc.W(e) == "per") && doc.W(e + 1) == "share") e += 2;
      window = std::max(window, e - k);
      break;
    }
    // (A price per share is no amount: "of 390 pence a share from Y".)
    for (uint32_t j = k + 3; j < k + 8 && j + 1 < doc.ClauseEnd(k) && doc.W(k + 1) == "of"; ++j) {
      if (doc.MentionAt(j) || doc.W(j) == ",") break;
      if (doc.W(j) == "share" && doc.W(j + 1) == "from") window = std::max(window, j + 1 - k);
    }
    Mentions bidder = noun ? doc.AfterPrep(k, {"from"}, window) : Mentions{};
    // ("an offer from a consortium of X, Y and Z": the members bid together.)
    for (uint32_t j = k + 1; noun && bidder.empty() && j + 4 < doc.ClauseEnd(k) && j < k + 4; ++j) {
      if (doc.W(j) != "from") continue;
      uint32_t g = j + 1;
      if (doc.W(g) == "a" || doc.W(g) == "the") ++g;
      if ((doc.W(g) == "consortium" || doc.W(g) == "group") && doc.W(g + 1) == "of") {
        bidder = doc.ListAt(g + 2, doc.ClauseEnd(k), 2);
      }
      break;
    }
    Mentions target = bidder.empty() ? Mentions{} : doc.Agent(k);
    // ("Silver Lake took Software AG private after seeing off a rival bid
    // from Bain Capital": the loser bid for the winner's target.)
    bool seen_off = false;
    for (uint32_t j = k; j-- > doc.seg().sentences[doc.SentenceOf(k)].first_token + 1 && k - j < 6 && !seen_off;) {
      const WordView w = doc.W(j), n = doc.W(j + 1);
      seen_off = ((w == "seeing" || w == "saw" || w == "seen" || w == "fending" || w == "fended" || w == "fought") &&
                  n == "off") ||
                 w == "beating" || w == "defeating" || w == "outbidding" || w == "trumping";
    }
    if (seen_off && !bidder.empty()) {
      // (The sentence's first name won; the next one is what it won.)
      target.clear();
      const Mention* winner = nullptr;
      for (uint32_t j = doc.seg().sentences[doc.SentenceOf(k)].first_token; j < k && target.empty(); ++j) {
        const Mention* m = doc.MentionAt(j);
        if (!m || m->possessive || m->kind != MentionKind::kName) continue;
        j = m->end_token - 1;
        if (!winner) {
          winner = m;
        } else if (m->canonical != winner->canonical && m->canonical != bidder[0]->canonical) {
          target = {m};
        }
      }
      if (target.empty()) return;
      Candidate c = Make(doc, DealType::kAcquisition, k, t, bidder, {target[0]});
      c.status = DealStatus::kCancelled;
      c.money = doc.MoneyNear(k, true);
      out.push_back(c);
      return;
    }
    // ("X's board recommended a GBP5.4bn offer from Y", "Its board rejected
    // an offer from Y": the board's company.)
    auto board_of = [&](const Mention* m) {
      if (!m || !m->possessive) return false;
      const uint32_t n = m->end_token + (doc.seg().tokens[m->end_token].kind == TokenKind::kPossessive ? 1 : 0);
      return n < k && (doc.W(n) == "board" || doc.W(n) == "directors");
    };
    // ("In September X's board rejected ...": the clause's first name.)
    for (uint32_t j = doc.ClauseBegin(k); !bidder.empty() && target.empty() && j < k; ++j) {
      const Mention* m = doc.MentionAt(j);
      if (!m) continue;
      if (board_of(m)) target = {m};
      break;
    }
    // ("Shareholders of X rejected the offer from Y".)
    if (!bidder.empty() && target.empty()) {
      if (const Mention* m = HoldersCompanyBefore(doc, k)) target = {m};
    }
    const bool board = !target.empty() && board_of(target[0]);
    if (!target.empty() && (!target[0]->possessive || board) && bidder[0]->canonical != target[0]->canonical) {
      Candidate c = Make(doc, DealType::kAcquisition, k, t, bidder, {target[0]});
      c.money = doc.MoneyNear(k, true);
      out.push_back(c);
      return;
    }
  }
  if (bid && to.empty()) {
    // "weighing a bid for a Malaysian data centre operator": the target is not named.
    if (k + 1 < doc.words().size() && doc.W(k + 1) == "for" && IndefiniteCompany(doc, k + 1)) {
      Mentions from = doc.Agent(k);
      if (from.empty() || from[0]->possessive) return;
      Candidate c = Make(doc, DealType::kAcquisition, k, t, from, {});
      c.money = doc.MoneyNear(k, false);
      c.unnamed = true;
      out.push_back(c);
    }
    return;
  }
  Mentions from;
  if (const Mention* p = doc.PossessorBefore(k)) {
    if (to.empty() && k + 1 < doc.words().size() && doc.W(k + 1) == "by") {
      to = {p};  // "Y's acquisition by X"
    } else {
      from = {p};
      // "Blackstone and Vista Equity Partners' $8.4 billion buyout": both own it.
      if (p->kind == MentionKind::kName && p->first_token >= 2 && doc.W(p->first_token - 1) == "and") {
        const Mention* first = doc.MentionAt(p->first_token - 2);
        // (Not "Oracle's purchase of Cerner and Microsoft's takeover of Y":
        // the first deal's object.)
        const bool object = first && first->first_token > 0 && doc.W(first->first_token - 1) == "of";
        if (first && first->kind == MentionKind::kName && !first->possessive && !object &&
            first->first_token >= doc.ClauseBegin(k)) {
          from = {first, p};
        }
      }
      // "X and Y closed their purchase of Z": the clause's coordinated subjects.
      if (p->kind == MentionKind::kPronoun && doc.W(p->first_token) == "their") {
        Mentions subjects = doc.Agent(k);
        if (subjects.size() >= 2 && subjects[0]->first_token >= doc.ClauseBegin(k)) from = subjects;
      }
    }
  }
  if (from.empty()) from = doc.AfterPrep(k, {"by"}, 8);
  // "Y agreed to a takeover by X": the subject is taken over ("the takeover
  // by X" is one told before).
  if (to.empty() && !from.empty() && k + 1 < doc.words().size() && doc.W(k + 1) == "by" && Indefinite(doc, k)) {
    Mentions subject = doc.Agent(k);
    // (A named subject only: "after it agreed to a takeover by X" leaves "it"
    // to a reading that knows whom it means.)
    if (!subject.empty() && !subject[0]->possessive && subject[0]->kind == MentionKind::kName &&
        subject[0]->canonical != from[0]->canonical) {
      to = {subject[0]};
    }
  }
  if (from.empty() && !to.empty()) {
    // "the takeover of X, a Leeds designer of sensor chips, by Y": past the apposition.
    const uint32_t j = to.back()->end_token, end = doc.ClauseEnd(k);
    const uint32_t c = PastApposition(doc, j, end, 16);
    if (c > j && c + 1 < end && doc.W(c) == "by") {
      Mentions by = doc.ListAt(c + 1, end, 1);
      if (!by.empty() && !by[0]->possessive) from = by;
    }
  }
  if (from.empty() && !to.empty()) {
    // "the $1.4 billion purchase of start-up Nuvia, which Qualcomm completed
    // in 2021", "the takeover of Ampere Computing that SoftBank Group agreed to".
    const uint32_t j = to.back()->end_token;
    const uint32_t rel = j < doc.words().size() && doc.W(j) == "," ? j + 1 : j;
    if (rel + 2 < doc.words().size() && (doc.W(rel) == "which" || (doc.W(rel) == "that" && rel == j))) {
      const Mention* m = doc.MentionAt(rel + 1);
      uint32_t v = m ? m->end_token : 0;
      if (m && !m->possessive && v < doc.words().size() &&
          (doc.W(v) == "completed" || doc.W(v) == "closed" || doc.W(v) == "announced" || doc.W(v) == "agreed" ||
           doc.W(v) == "made")) {
        from = {m};
      }
    }
  }
  if (from.empty() && !to.empty()) from = doc.Agent(k);
  if (from.empty() && !to.empty()) {
    // "Its largest was the $1.6 billion acquisition of Ixia": the owner of
    // the superlative made the deal.
    const Sentence& sent = doc.seg().sentences[doc.SentenceOf(k)];
    const Mention* owner = doc.MentionAt(sent.first_token);
    if (owner && owner->possessive && owner->kind != MentionKind::kName && k < sent.first_token + 12 &&
        Has(doc, sent.first_token + 1, k, {"was", "is", "remains", "remained"})) {
      from = {owner};
    }
  }
  if (to.empty() && from.empty()) {
    // "FuriosaAI turned down an acquisition offer of about $800 million from
    // Meta Platforms": the bidder after "from", the subject its target.
    Mentions bidder = doc.AfterPrep(k, {"from"}, 10);
    Mentions target = doc.Agent(k);
    if (!bidder.empty() && !target.empty() && !target[0]->possessive && bidder[0]->canonical != target[0]->canonical &&
        (w == "offer" || w == "bid" || w == "bids" ||
         (k + 1 < doc.words().size() && (doc.W(k + 1) == "offer" || doc.W(k + 1) == "bid" ||
                                          doc.W(k + 1) == "interest" || doc.W(k + 1) == "approach" ||
                                          doc.W(k + 1) == "proposal" || doc.W(k + 1) == "overtures")))) {
      Candidate c = Make(doc, DealType::kAcquisition, k, t, {bidder[0]}, {target[0]});
      c.money = doc.MoneyNear(k, true);
      out.push_back(c);
      return;
    }
  }
  Candidate c = Make(doc, DealType::kAcquisition, k, t, from, to);
  c.money = doc.MoneyNear(k, false);
  // "Corvale's 2023 acquisition of Trinity Timing": the owner's deal of a
  // year named before the noun is done.
  if (!from.empty() && from[0]->possessive && c.status == DealStatus::kAnnounced && !doc.HasStatusCue(k)) {
    for (uint32_t j = from[0]->end_token; j < k && j <= from[0]->end_token + 2; ++j) {
      const WordView y = doc.W(j);
      const bool year = y.size() == 4 && ((y[0] == '1' && y[1] == '9') || (y[0] == '2' && y[1] == '0')) &&
                        std::all_of(y.begin(), y.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
      if (doc.seg().tokens[j].kind == TokenKind::kNumber && year && !doc.MoneyAt(j)) {
        c.status = DealStatus::kCompleted;
      }
    }
  }
  if (!c.money && k + 3 < doc.words().size() && doc.W(k + 1) == "," &&
      (doc.W(k + 2) == "which" || doc.W(k + 2) == "that")) {
    // "The purchase, which Selatan valued at about RM4.2 billion, ...": the
    // amount in the relative clause hanging on the deal noun.
    for (uint32_t j = k + 3; j < doc.ClauseEnd(k + 3) && !c.money; ++j) {
      const Entity* m = doc.MoneyAt(j);
      if (m && !doc.IsValuation(*m)) c.money = m;
    }
  }
  if (to.empty() && !from.empty()) {
    // "Core Scientific's shareholders rejected CoreWeave's takeover offer":
    // the company whose owners or board answer the offer is its target.
    if (const Mention* target = HoldersCompanyBefore(doc, k); target && target->canonical != from[0]->canonical) {
      to = {target};
      c.to = to;
    }
  }
  if (to.empty()) {
    c.anaphoric = from.empty();
    if (!c.anaphoric) return;
  }
  c.money_required = from.empty() && !c.anaphoric;
  out.push_back(c);
  // "its purchase of CA in 2018 and of Symantec's business in 2019".
  if (!to.empty() && !from.empty()) {
    for (uint32_t j = to.back()->end_token; j + 2 < doc.ClauseEnd(k) && j < to.back()->end_token + 8; ++j) {
      if (doc.W(j) == "and" && doc.W(j + 1) == "of") {
        Mentions more = doc.ListAt(j + 2, doc.ClauseEnd(k), 2);
        if (more.empty()) break;
        Candidate d = c;
        d.to = {more[0]};
        d.money = nullptr;
        out.push_back(d);
        break;
      }
    }
  }
}

// A special purpose acquisition company: "Cascade Ridge Acquisition Corp.",
// "blank-check company Ember Point", "X, a special purpose acquisition company,".
bool BlankCheck(const DocContext& doc, const Mention& m) {
  std::string_view name = m.canonical;
  for (size_t at = name.find("Acquisition"); at != std::string_view::npos; at = name.find("Acquisition", at + 1)) {
    if (at > 0 && name[at - 1] == ' ') return true;
  }
  for (uint32_t j = m.first_token; j-- > 0 && m.first_token - j <= 3;) {
    WordView w = doc.W(j);
    // ("a blank-cheque company": the British spelling too.)
    if (w == "blank-check" || w == "blank-cheque" || w == "spac" ||
        ((w == "check" || w == "cheque") && j > 0 && doc.W(j - 1) == "blank")) {
      return true;
    }
    if (doc.MentionAt(j) || w == ",") break;
  }
  // ("Ironbark Holdings, a blank-cheque company,": in apposition after it.)
  if (m.end_token + 2 < doc.words().size() && doc.W(m.end_token) == ",") {
    for (uint32_t j = m.end_token + 1; j < doc.words().size() && j < m.end_token + 5; ++j) {
      WordView w = doc.W(j);
      if (w == "blank-check" || w == "blank-cheque" || w == "spac") return true;
      if (doc.MentionAt(j) || w == ",") break;
    }
  }
  return false;
}

// "agreed to take Infleqtion, the Colorado-based company, public through a
// merger": the blank-check company that takes the target public buys it. True
// when read.
bool TakenPublicByMerger(const DocContext& doc, uint32_t k, const TriggerWord& t, std::vector<Candidate>& out) {
  if (k < 4 || (doc.W(k - 1) != "a" && doc.W(k - 1) != "an") ||
      (doc.W(k - 2) != "through" && doc.W(k - 2) != "via" && doc.W(k - 2) != "by")) {
    return false;
  }
  uint32_t p = k - 3;
  if (doc.W(p) != "public") return false;
  for (uint32_t j = p; j-- > doc.seg().sentences[doc.SentenceOf(k)].first_token && p - j < 20;) {
    const WordView v = doc.W(j);
    if (v != "take" && v != "takes" && v != "took" && v != "taking" && v != "taken") continue;
    const Mention* target = j + 1 < p ? doc.MentionAt(j + 1) : nullptr;
    if (!target || target->first_token != j + 1 || target->possessive) return false;
    Mentions buyer = doc.Agent(j);
    if (buyer.empty() || buyer[0]->possessive || buyer[0]->canonical == target->canonical) return false;
    Candidate c = Make(doc, DealType::kAcquisition, k, t, {buyer[0]}, {target});
    out.push_back(c);
    return true;
  }
  return false;
}

void MergeFrame(const DocContext& doc, uint32_t k, const TriggerWord& t, std::vector<Candidate>& out) {
  Mentions parties;
  if (t.form == Form::kNoun && TakenPublicByMerger(doc, k, t, out)) return;
  if (t.form == Form::kNoun) {
    parties = doc.AfterPrep(k, {"of", "between", "with"}, 3);
    if (parties.size() == 1 && parties[0]->first_token > k) {
      // "the merger of Orange's Spanish unit with MasMovil": the second side after "with".
      for (uint32_t j = parties[0]->end_token; j + 1 < doc.ClauseEnd(k) && j < parties[0]->end_token + 6; ++j) {
        if (doc.MentionAt(j) || doc.MoneyAt(j)) break;
        if (doc.W(j) != "with" && doc.W(j) != "and") continue;
        Mentions with = doc.ListAt(j + 1, doc.ClauseEnd(k), 2);
        // ("and Y abandoned ...": a clause of its own; but "The planned merger
        // of X and Y was terminated": the merger opens the sentence, and the
        // verb is its own.)
        const bool opens_sentence = k <= doc.seg().sentences[doc.SentenceOf(k)].first_token + 3;
        if (!with.empty() && !with[0]->possessive &&
            !(doc.W(j) == "and" && !opens_sentence && doc.VerbFollows(*with[0]))) {
          parties.push_back(with[0]);
        }
        break;
      }
    }
    if (parties.size() < 2) {
      // "X was in early talks with Y about a possible merger".
      const Mention *subject = nullptr, *other = nullptr;
      if (FrameParties(doc, doc.SentenceOf(k), &subject, &other) &&
          (parties.empty() || parties[0]->kind != MentionKind::kName)) {
        parties = {subject, other};
      }
    }
    if (parties.empty()) {
      // "Talks between X and Y over a merger have stalled": the pair named before.
      for (uint32_t j = doc.ClauseBegin(k); j + 2 < k; ++j) {
        if (doc.W(j) != "between") continue;
        Mentions pair = doc.ListAt(j + 1, k, 1);
        if (pair.size() == 2) parties = pair;
        break;
      }
    }
    if (parties.empty()) {
      // "X, ..., and Y, ..., today announced that they have entered into a
      // business combination agreement": the two subjects named before "they".
      for (uint32_t j = doc.ClauseBegin(k); j < k && parties.empty(); ++j) {
        if (doc.W(j) != "they") continue;
        const Sentence& sent = doc.seg().sentences[doc.SentenceOf(k)];
        Mentions named;
        for (uint32_t q = sent.first_token; q < j && named.size() < 3; ++q) {
          const Mention* m = doc.MentionAt(q);
          if (!m || m->kind != MentionKind::kName || m->possessive) continue;
          if (q > sent.first_token && doc.IsPreposition(q - 1)) {
            q = m->end_token - 1;
            continue;
          }
          // (An alias in brackets, "(\"Cascade Ridge\")", names the one before.)
          bool alias = false;
          for (const Mention* x : named) alias = alias || std::string_view(x->canonical).starts_with(m->canonical);
          if (!alias) AddUnique(named, m);
          q = m->end_token - 1;
        }
        if (named.size() == 2) parties = named;
      }
    }
    if (parties.empty()) parties = doc.Agent(k);  // "X and Y abandoned their merger"
    if (parties.size() == 1 && parties[0]->first_token >= 3 && doc.W(parties[0]->first_token - 1) == "and" &&
        doc.W(parties[0]->first_token - 2) == ",") {
      // "X, the Leeds maker of ..., and Y, the Stuttgart group ..., announced a
      // merger": the first name before its apposition.
      if (const Mention* m = NameBeforeApposition(doc, parties[0]->first_token - 2, 18)) {
        parties.insert(parties.begin(), m);
      }
    }
    if (parties.size() == 1) {
      Mentions agent;
      if (const Mention* p = doc.PossessorBefore(k)) agent = {p};
      if (agent.empty()) agent = doc.Agent(k);
      if (agent.empty()) return;
      parties.insert(parties.begin(), agent[0]);
    }
  } else {
    // "agreed to combine with X"; not "combine its chips with X's software".
    if (doc.W(k).substr(0, 6) == "combin" && !(k + 1 < doc.words().size() && doc.W(k + 1) == "with")) return;
    // "Eutelsat combined with OneWeb" (read at "with", the phrase's end).
    const bool combined_with = doc.W(k) == "with";
    parties = doc.Agent(combined_with ? k - 1 : k);
    Mentions with = combined_with ? doc.ListAt(k + 1, doc.ClauseEnd(k), 2) : doc.AfterPrep(k, {"with", "into"}, 6);
    // ("merge with Canada's Xanadu, taking the quantum company public": a
    // description after the partner is no second partner.)
    if (with.size() > 1 && with[1]->kind != MentionKind::kName) with.resize(1);
    parties.insert(parties.end(), with.begin(), with.end());
    // "X, the London company that ..., and Y, the Amsterdam platform, are merging".
    if (parties.empty() && k >= 3) {
      uint32_t j = k - 1;
      while (j > 0 && (doc.W(j) == "are" || doc.W(j) == "were" || doc.W(j) == "will" || doc.W(j) == "have" ||
                       doc.W(j) == "plan" || doc.W(j) == "to")) {
        --j;
      }
      if (doc.W(j) == ",") {
        if (const Mention* m = NameBeforeApposition(doc, j, 20)) parties = {m};
      }
    }
    if (parties.size() == 1 && parties[0]->first_token >= 3 && doc.W(parties[0]->first_token - 1) == "and" &&
        doc.W(parties[0]->first_token - 2) == ",") {
      if (const Mention* m = NameBeforeApposition(doc, parties[0]->first_token - 2, 20)) {
        parties.insert(parties.begin(), m);
      }
    }
  }
  if (parties.size() != 2 || parties[0]->canonical == parties[1]->canonical) return;
  // A blank-check company buys the company it merges with, whichever is named
  // first ("had gone public through a merger with Tailwind Two": the partner of
  // a listing merger is one).
  bool listing = false;
  for (uint32_t j = k; j-- > doc.ClauseBegin(k) && k - j <= 9;) {
    listing = listing || doc.W(j) == "public" || doc.W(j) == "listing" || doc.W(j) == "listed";
  }
  if ((BlankCheck(doc, *parties[1]) || (listing && parties[1]->first_token > k)) && !BlankCheck(doc, *parties[0])) {
    std::swap(parties[0], parties[1]);
  }
  Candidate c = Make(doc, DealType::kAcquisition, k, t, {parties[0]}, {parties[1]});
  c.money = doc.MoneyNear(k, false);
  out.push_back(c);
}


// The buyers after "to" in a sale at k, passing over "next to its plant" and
// other phrases where "to" names a place or an owner.
Mentions SaleBuyers(const DocContext& doc, uint32_t k) {
  // ("sell its firewall line, which brought in $160 million last year, to X":
  // past a relative clause about what is sold.)
  uint32_t clause_end = doc.ClauseEnd(k);
  const uint32_t sentence_end = doc.SentenceEnd(k);
  if (clause_end < sentence_end && doc.RelativeClause(clause_end) && doc.ClauseEnd(clause_end) < sentence_end &&
      doc.W(doc.ClauseEnd(clause_end)) == "to") {
    clause_end = doc.ClauseEnd(doc.ClauseEnd(clause_end));
  }
  const uint32_t end = std::min(clause_end, k + 25);
  for (uint32_t j = k + 1; j < end; ++j) {
    if (doc.W(j) != "to") continue;
    WordView p = doc.W(j - 1);
    if (p == "next" || p == "close" || p == "due" || p == "according" || p == "adjacent") continue;
    Mentions list = doc.ListAt(j + 1, clause_end);
    if (list.empty() || list[0]->possessive) continue;
    return list;
  }
  return {};
}

// The company whose staff sell shares at k: "current and former OpenAI staff
// sold", "employees of Marrow AI will be able to sell", "ElevenLabs had let
// employees sell"; nullptr when no staff word stands before k in its clause.
const Mention* StaffCompany(const DocContext& doc, uint32_t k) {
  const uint32_t b = doc.ClauseBegin(k);
  for (uint32_t j = k; j-- > b && k - j < 9;) {
    const WordView w = doc.W(j);
    if (w != "staff" && w != "employees" && w != "workers") continue;
    if (j + 2 < doc.words().size() && doc.W(j + 1) == "of") {  // "employees of X"
      const Mention* m = doc.MentionAt(j + 2);
      return m && !m->possessive ? m : nullptr;
    }
    if (j > b) {
      const Mention* m = doc.MentionAt(j - 1);  // "OpenAI staff"
      if (m && m->kind == MentionKind::kName) return m;
      const WordView v = doc.W(j - 1);  // "let employees sell"
      if (v == "let" || v == "lets" || v == "allowed" || v == "allows" || v == "allow" || v == "letting") {
        Mentions agent = doc.Agent(j - 1);
        return agent.empty() || agent[0]->possessive ? nullptr : agent[0];
      }
    }
    return nullptr;
  }
  return nullptr;
}

// "sold VMware's end-user computing business, since renamed Omnissa, to
// KKR": the unit sold between k and `limit`, by the name it has since; or
// nullptr.
const Mention* RenamedUnit(const DocContext& doc, uint32_t k, uint32_t limit) {
  bool unit = false;
  for (uint32_t j = k + 1; j + 2 < limit && j < k + 12; ++j) {
    unit = unit || IsUnitWord(doc.W(j));
    if (!unit || doc.W(j) != ",") continue;
    uint32_t a = j + 1;
    if (doc.W(a) == "since" || doc.W(a) == "now" || doc.W(a) == "later") ++a;
    if (doc.W(a) == "renamed" || doc.W(a) == "called") {
      ++a;
    } else if (doc.W(a) == "known" && doc.W(a + 1) == "as") {
      a += 2;
    } else {
      return nullptr;
    }
    const Mention* m = a < limit ? doc.MentionAt(a) : nullptr;
    return m && m->first_token == a && !m->possessive && m->kind == MentionKind::kName ? m : nullptr;
  }
  return nullptr;
}

void SellFrame(const DocContext& doc, uint32_t k, const TriggerWord& t, std::vector<Candidate>& out) {
  // "the venture sold about $27 billion of bonds, most of them to Y": debt
  // sold to lenders, no company changes hands.
  if (t.form != Form::kNoun) {
    const uint32_t end = std::min(doc.ClauseEnd(k), k + 1 + WindowPastMoney(doc, k, 4));
    for (uint32_t j = k + 1; j < end; ++j) {
      if (doc.MentionAt(j) || doc.W(j) == "to") break;
      if (Has(doc, j, j + 1, {"bonds", "notes", "debt", "loans", "debentures"})) return;
    }
  }
  // "will issue new shares worth N to Y": a sale of new equity; "issued Y a
  // warrant", "issued debentures", "issued a statement" are none.
  if (doc.W(k).substr(0, 4) == "issu" &&
      !Has(doc, k + 1, std::min(doc.ClauseEnd(k), k + 4), {"shares", "stock", "equity"})) {
    return;
  }
  // "current and former OpenAI staff sold $6.6 billion of stock to a group
  // including X and Y", "let employees sell $100 million of shares to X and
  // Y", "... in a tender offer led by X": a secondary sale; the buyers invest
  // in the company.
  if (t.form != Form::kNoun && IsStakeObject(doc, k)) {
    if (const Mention* company = StaffCompany(doc, k)) {
      const uint32_t end = doc.SentenceEnd(k);
      Mentions buyers;
      for (uint32_t j = k + 1; j + 1 < end && j < k + 30; ++j) {
        const WordView w = doc.W(j);
        if (w == "to" && buyers.empty()) {
          uint32_t a = j + 1;
          // ("to a group including X", "to a group of investors including X")
          for (uint32_t q = a; q < end && q < a + 6; ++q) {
            if (doc.MentionAt(q)) break;
            if (doc.W(q) == "including" || doc.W(q) == "includes" || doc.W(q) == "included" ||
                doc.W(q) == "include") {
              a = q + 1;
              break;
            }
          }
          uint32_t list_end = a;
          for (const Mention* m : DescribedList(doc, a, end, &list_end)) AddUnique(buyers, m);
        }
        if (w == "by" && doc.W(j - 1) == "led") {
          for (const Mention* m : doc.ListAt(j + 1, end, 3)) {
            if (!m->possessive) AddUnique(buyers, m);
          }
        }
      }
      Mentions from;
      for (const Mention* m : buyers) {
        if (m->canonical != company->canonical) from.push_back(m);
      }
      if (!from.empty()) {
        Candidate c = Make(doc, DealType::kInvestment, k, t, from, {company});
        c.money = doc.MoneyNear(k, true);
        // ("had let employees sell", "In September X let employees sell",
        // "allowed staff to sell": the sale is done; "will let" is not.)
        for (uint32_t j = doc.ClauseBegin(k) + 1; j + 1 < k && c.status == DealStatus::kAnnounced; ++j) {
          const WordView p = doc.W(j - 1);
          const bool modal = p == "to" || p == "will" || p == "would" || p == "could" || p == "may" ||
                             p == "might" || p == "can" || p == "should" || p == "be";
          if ((doc.W(j) == "let" || doc.W(j) == "allowed") && !modal) c.status = DealStatus::kCompleted;
        }
        out.push_back(c);
        return;
      }
    }
  }
  Mentions buyer = SaleBuyers(doc, k);
  if (buyer.empty()) buyer = doc.AfterPrep(k, {"to"}, 24);
  // ("the software it sells to NATO armies": a name that modifies the buyers' noun.)
  if (!buyer.empty()) {
    const uint32_t after = buyer.back()->end_token;
    WordView n = after < doc.words().size() ? doc.W(after) : WordView();
    if (n == "armies" || n == "customers" || n == "clients" || n == "users" || n == "members" || n == "forces" ||
        n == "governments" || n == "agencies") {
      buyer.clear();
    }
  }
  // ("selling control of X to shore up its finances": no buyer.)
  if (!buyer.empty() && buyer[0]->possessive && buyer[0]->kind == MentionKind::kPronoun) buyer.clear();
  // (The preposition before "a sale", "a possible sale", "potential sale".)
  uint32_t about = k >= 6 ? k - 1 : 0;
  if (about && (doc.W(about) == "potential" || doc.W(about) == "possible")) --about;
  if (about && doc.W(about) == "a") --about;
  if (about == k - 1 || !(doc.W(about) == "about" || doc.W(about) == "over" || doc.W(about) == "on")) about = 0;
  if (buyer.empty() && t.form == Form::kNoun && about) {
    // "Y has held early talks with buyout firms including KKR about a sale
    // worth more than $6 billion": the ones in talks would buy Y.
    for (uint32_t j = about; j-- > doc.ClauseBegin(k) && k - j < 16;) {
      if (doc.W(j) != "with" || j == 0 || (doc.W(j - 1) != "talks" && doc.W(j - 1) != "discussions" &&
                                           doc.W(j - 1) != "negotiations")) {
        continue;
      }
      uint32_t b = j + 1;
      for (uint32_t q = b; q + 1 < about; ++q) {
        if (doc.W(q) == "including" || (doc.W(q) == "such" && doc.W(q + 1) == "as")) b = doc.W(q) == "such" ? q + 2 : q + 1;
      }
      Mentions suitors = doc.ListAt(b, about, 4);
      Mentions seller = doc.Agent(j - 1);
      // ("about a sale of the tower business": what is sold is named after "of".)
      if (k + 1 < doc.words().size() && doc.W(k + 1) == "of") {
        Mentions of = doc.AfterPrep(k, {"of"}, 4);
        if (of.empty() || of[0]->possessive) break;
        seller = {of[0]};
      }
      std::erase_if(suitors, [](const Mention* m) { return m->possessive; });
      if (suitors.empty() || seller.empty() || seller[0]->possessive ||
          seller[0]->canonical == suitors[0]->canonical) {
        break;
      }
      Candidate c = Make(doc, DealType::kAcquisition, k, t, suitors, {seller[0]});
      c.money = doc.MoneyNear(k, true);
      out.push_back(c);
      return;
    }
  }
  if (buyer.empty() && t.form == Form::kNoun && k >= 2 && (doc.W(k - 1) == "a" || doc.W(k - 1) == "potential")) {
    // "Brenner Analytik is exploring a sale": a company seeking a buyer it has not named.
    WordView v = doc.W(k - 2) == "potential" && k >= 3 ? doc.W(k - 3) : doc.W(k - 2);
    if (v == "exploring" || v == "explore" || v == "explores" || v == "considering" || v == "weighing" ||
        v == "pursuing" || v == "studying") {
      // ("exploring a sale of a minority stake in its network": no company changes hands.)
      if (IsStakeObject(doc, k)) return;
      Mentions seller = doc.Agent(k);
      // ("exploring a sale of its CBRS licences": rights or sites, not a
      // company, change hands; the seller sells them.)
      bool goods = false;
      if (k + 2 < doc.ClauseEnd(k) && doc.W(k + 1) == "of") {
        for (uint32_t j = k + 2; j < doc.ClauseEnd(k) && j < k + 7 && !goods; ++j) {
          goods = Has(doc, j, j + 1, {"licences", "licenses", "spectrum", "airwaves", "patents", "towers",
                                      "frequencies"});
        }
      }
      // ("exploring a sale of Quillmark, the business it bought": what is sold.)
      Mentions of = doc.AfterPrep(k, {"of"}, 3);
      if (!goods && !of.empty() && !of[0]->possessive) seller = {of[0]};
      if (!seller.empty() && !seller[0]->possessive) {
        // ("has hired advisers to explore a sale and has held early talks with
        // Estonian mobility group Y": Y, the one in talks, would buy.)
        Mentions suitor;
        const uint32_t sentence_end = doc.SentenceEnd(k);
        // ("... and has drawn early interest from Y": Y would buy.)
        for (uint32_t j = k + 1; suitor.empty() && j + 2 < sentence_end && j < k + 14; ++j) {
          if (doc.W(j) != "talks" && doc.W(j) != "discussions" && doc.W(j) != "negotiations" && doc.W(j) != "interest") {
            continue;
          }
          if (doc.W(j + 1) != (doc.W(j) == "interest" ? "from" : "with")) break;
          Mentions with = doc.ListAt(j + 2, sentence_end, 4);
          if (with.size() == 1 && !with[0]->possessive && with[0]->canonical != seller[0]->canonical) suitor = with;
        }
        Candidate c = Make(doc, goods ? DealType::kPurchase : DealType::kAcquisition, k, t, suitor, {seller[0]});
        if (goods) c.asset = Asset::kOther;
        c.status = DealStatus::kTalks;
        c.unnamed = suitor.empty();
        // ("a sale that could fetch at least $200 million")
        if (k + 4 < doc.ClauseEnd(k) && (doc.W(k + 1) == "that" || doc.W(k + 1) == "which")) {
          c.money = doc.MoneyNear(k, true);
        }
        // ("a sale of its detection business, which could fetch around $600 million")
        for (uint32_t j = k + 1; !c.money && j + 1 < sentence_end && j < k + 16; ++j) {
          if (doc.W(j) != "fetch" && doc.W(j) != "fetches" && doc.W(j) != "fetching") continue;
          for (uint32_t a = j + 1; !c.money && a < sentence_end && a < j + 4; ++a) c.money = doc.MoneyAt(a);
          break;
        }
        out.push_back(c);
      }
    }
    return;
  }
  // "sold $700 million of new shares to a group of investors led by A, B and C".
  for (uint32_t j = k + 1; buyer.empty() && j + 2 < std::min(doc.ClauseEnd(k), k + 14); ++j) {
    if (doc.W(j) != "to") continue;
    uint32_t g = j + 1;
    if (doc.W(g) == "a" || doc.W(g) == "the") ++g;
    if (doc.W(g) == "group" || doc.W(g) == "consortium" || doc.W(g) == "syndicate") {
      // ("to a consortium of Fenmore Infrastructure and the Dutch pension investor Ostwold": its members.)
      if (g + 2 < doc.ClauseEnd(k) && (doc.W(g + 1) == "of" || doc.W(g + 1) == "including")) {
        uint32_t list_end = g + 2;
        buyer = DescribedList(doc, g + 2, doc.ClauseEnd(k), &list_end);
        if (!buyer.empty()) break;
      }
      for (uint32_t l = g + 1; l + 1 < doc.ClauseEnd(k) && l < g + 5; ++l) {
        if (doc.W(l) == "led" && doc.W(l + 1) == "by") {
          buyer = doc.ListAt(l + 2, doc.ClauseEnd(k), 2);
          break;
        }
      }
    }
    break;
  }
  if (buyer.empty()) return;
  if (IsStakeObject(doc, k)) {
    // "sold $700 million of new shares to X": X invests in the seller.
    if (Has(doc, k + 1, buyer[0]->first_token, {"new"}) && doc.AfterPrep(k, {"in"}, 10).empty()) {
      Mentions issuer = doc.Agent(k);
      if (issuer.empty() || issuer[0]->possessive || issuer[0]->canonical == buyer[0]->canonical) return;
      Candidate c = Make(doc, DealType::kInvestment, k, t, buyer, {issuer[0]});
      c.money = doc.MoneyNear(k, true);
      out.push_back(c);
      return;
    }
    // "the sale of its 40% holding in Funkturm to X": the buyer invests in the
    // company the stake is in, not in the seller.
    Mentions in = doc.AfterPrep(k, {"in"}, 10);
    // "Kolam Labs agreed to sell a 26% stake to Japan's Mitsubori Corp": a
    // stake in the seller itself.
    // ("X has scrapped a planned $200 million sale of employee shares to Y":
    // shares in X.)
    bool own_shares = false;
    if (in.empty() && t.form == Form::kNoun && k + 2 < doc.words().size() && doc.W(k + 1) == "of") {
      for (uint32_t j = k + 2; j < buyer[0]->first_token && j < k + 5 && !own_shares; ++j) {
        if (doc.MentionAt(j)) break;
        own_shares = doc.W(j) == "shares" || doc.W(j) == "stock";
      }
    }
    if (in.empty() && ((t.form != Form::kNoun && k + 1 < doc.words().size() &&
                        (doc.W(k + 1) == "a" || doc.W(k + 1) == "an")) ||
                       own_shares)) {
      Mentions seller = doc.Agent(k);
      if (own_shares) {
        if (const Mention* p = doc.PossessorBefore(k)) seller = {p};
      }
      if (seller.empty() || seller[0]->possessive || seller[0]->canonical == buyer[0]->canonical) return;
      // ("sold a 20% stake to A and B for $420 million": both buy in.)
      Mentions buyers;
      for (const Mention* m : buyer) {
        if (!m->possessive && m->kind == MentionKind::kName && m->canonical != seller[0]->canonical) buyers.push_back(m);
      }
      if (buyers.empty()) buyers = {buyer[0]};
      Candidate c = Make(doc, DealType::kInvestment, k, t, buyers, {seller[0]});
      c.money = doc.MoneyNear(k, true);
      out.push_back(c);
      return;
    }
    // ("sold about 20% of IMS Nanofabrication to Bain Capital": the share of the company.)
    if (in.empty()) {
      for (uint32_t j = k + 1; j + 2 < buyer[0]->first_token && j < k + 6; ++j) {
        if (doc.W(j + 1) != "of" || (doc.W(j) != "%" && doc.W(j) != "percent" && doc.W(j) != "cent")) continue;
        in = doc.ListAt(j + 2, buyer[0]->first_token, 3);
        break;
      }
    }
    // ("Thornbury Ventures has agreed to sell roughly a third of its holding
    // to Y": an investor's stake in the company the article is about.)
    if (in.empty() && t.form != Form::kNoun && Has(doc, k + 1, buyer[0]->first_token, {"its", "their"}) &&
        Has(doc, k + 1, buyer[0]->first_token, {"holding", "stake", "shares", "shareholding"})) {
      Mentions seller = doc.Agent(k);
      if (!seller.empty() && !seller[0]->possessive && LooksLikeInvestmentFirm(doc.gazetteer(), seller[0]->canonical) &&
          seller[0]->canonical != buyer[0]->canonical) {
        Candidate c = Make(doc, DealType::kInvestment, k, t, {buyer[0]}, {});
        c.money = doc.MoneyNear(k, true);
        c.implied_to = true;
        out.push_back(c);
      }
      return;
    }
    // ("X, co-founder of marketplace Y, has sold about a third of her shares
    // to Z": a person's shares in the company named with the person.)
    if (in.empty() && t.form != Form::kNoun && Has(doc, k + 1, buyer[0]->first_token, {"her", "his"}) &&
        Has(doc, k + 1, buyer[0]->first_token, {"holding", "stake", "shares", "shareholding"})) {
      Mentions company = doc.Agent(k);
      Candidate c = Make(doc, DealType::kInvestment, k, t, {buyer[0]}, {});
      if (!company.empty() && !company[0]->possessive && company[0]->kind == MentionKind::kName &&
          company[0]->canonical != buyer[0]->canonical) {
        c.to = {company[0]};
      } else {
        c.implied_to = true;
      }
      c.money = doc.MoneyNear(k, true);
      out.push_back(c);
      return;
    }
    if (in.empty() || in[0]->possessive || in[0]->first_token > buyer[0]->first_token ||
        in[0]->canonical == buyer[0]->canonical) {
      return;
    }
    // ("sold a majority stake in X to Y", "sold 60% of X to Y": control of X,
    // an acquisition; "sold a 60% stake" is a stake, as the stake's own frame reads it.)
    const bool control = Has(doc, k + 1, in[0]->first_token, {"stake", "stakes"})
                             ? Has(doc, k + 1, in[0]->first_token, {"controlling", "majority"})
                             : ControlShare(doc, k + 1, in[0]->first_token);
    // ("the sale of 51% of GD Towers to DigitalBridge and Brookfield": both buy.)
    Mentions buyers;
    for (const Mention* m : buyer) {
      if (!m->possessive && m->kind == MentionKind::kName && m->canonical != in[0]->canonical) AddUnique(buyers, m);
    }
    if (buyers.empty()) buyers = {buyer[0]};
    Candidate c = Make(doc, control ? DealType::kAcquisition : DealType::kInvestment, k, t, buyers, {in[0]});
    c.money = doc.MoneyNear(k, true);
    out.push_back(c);
    return;
  }
  if (t.form == Form::kNoun && k >= 2 && (doc.W(k - 1) == "stake" || doc.W(k - 1) == "stakes")) {
    // "Intel closes Altera stake sale to Silver Lake": the buyer invests in the named company.
    const Mention* in = doc.MentionAt(k - 2);
    if (!in || in->canonical == buyer[0]->canonical) return;
    Candidate c = Make(doc, DealType::kInvestment, k, t, buyer, {in});
    c.money = doc.MoneyNear(k, true);
    out.push_back(c);
    return;
  }
  Mentions seller = t.form == Form::kNoun ? doc.AfterPrep(k, {"of"}, 3) : Object(doc, k);
  if (const Mention* renamed = RenamedUnit(doc, k, buyer[0]->first_token)) seller = {renamed};
  Asset goods = doc.AssetNear(k, true, 8);
  bool unit = Has(doc, k, buyer[0]->first_token,
                  {"business", "unit", "division", "arm", "operations", "stake", "line", "lines", "portfolio", "brand",
                   "brands", "subsidiary", "businesses"});
  // ("sell its spare capacity to Y": its goods, not itself.)
  const bool own_goods = !seller.empty() && seller[0]->kind == MentionKind::kPronoun && seller[0]->possessive &&
                         doc.AssetNear(seller[0]->end_token, true, 3) != Asset::kNone;
  if ((seller.empty() || own_goods) && goods != Asset::kNone && !unit) {
    // "sold the streaming rights to Ubisoft": the buyer pays for goods.
    Mentions agent = doc.Agent(k);
    if (agent.empty()) return;
    Candidate c = Make(doc, DealType::kPurchase, k, t, buyer, agent);
    c.asset = goods;
    c.money = doc.MoneyNear(k, true);
    out.push_back(c);
    return;
  }
  if (seller.empty() && t.form != Form::kNoun && k + 1 < doc.words().size() && doc.W(k + 1) == "it" &&
      doc.MentionAt(k + 1)) {
    seller = {doc.MentionAt(k + 1)};  // "which sold it to Sony"
  }
  if (!seller.empty() && seller[0]->kind == MentionKind::kPronoun && !seller[0]->possessive &&
      doc.W(seller[0]->first_token) == "it") {
    // "AT&T, which sold it to Sony": what is sold is not the seller ("sold itself" is).
    Mentions agent = doc.Agent(k);
    if ((!agent.empty() && agent[0]->canonical == seller[0]->canonical) ||
        buyer[0]->canonical == seller[0]->canonical) {
      const Mention* other = nullptr;
      // The sentence's first other name: "Crunchyroll itself came from AT&T, which sold it to Sony".
      const Sentence& sent = doc.seg().sentences[doc.SentenceOf(k)];
      for (uint32_t j = sent.first_token; !other && j < k; ++j) {
        const Mention* m = doc.MentionAt(j);
        if (m && m->kind == MentionKind::kName && !m->possessive && m->canonical != buyer[0]->canonical &&
            (agent.empty() || m->canonical != agent[0]->canonical)) {
          other = m;
        }
      }
      if (!other) return;
      seller = {other};
    }
  }
  if (seller.empty() && k >= 2 && (doc.W(k - 1) == "were" || doc.W(k - 1) == "was" || doc.W(k - 1) == "been")) {
    // "A 49% stake in Kestrel Data's Spanish business, Kestrel Iberia, was
    // sold to Y": Y invests in the company the stake is in (the unit named
    // in apposition), or takes control of it.
    const uint32_t b = doc.ClauseBegin(k);
    for (uint32_t j = b; j + 2 < k && j < b + 6; ++j) {
      if (doc.W(j) != "stake" && doc.W(j) != "stakes" && doc.W(j) != "holding") continue;
      if (doc.W(j + 1) != "in") break;
      const Mention* in = doc.MentionAt(j + 2);
      if (!in || in->first_token != j + 2) break;
      if (in->possessive) {
        // (Past the unit's description to its name between commas.)
        uint32_t c = in->end_token;
        while (c < k && c < in->end_token + 6 && doc.W(c) != ",") ++c;
        const Mention* unit = c + 1 < k ? doc.MentionAt(c + 1) : nullptr;
        if (!unit || unit->possessive || unit->first_token != c + 1) break;
        in = unit;
      }
      if (in->canonical == buyer[0]->canonical) break;
      const bool control = ControlShare(doc, b, j + 1);
      Candidate c = Make(doc, control ? DealType::kAcquisition : DealType::kInvestment, k, t, {buyer[0]}, {in});
      c.money = doc.MoneyNear(k, true);
      out.push_back(c);
      return;
    }
    // "Spirent's testing businesses were sold to Viavi": the owner of what was sold.
    for (uint32_t j = doc.ClauseBegin(k); j + 1 < k; ++j) {
      const Mention* m = doc.MentionAt(j);
      if (!m) continue;
      if (m->possessive && m->kind == MentionKind::kName) seller = {m};
      break;
    }
  }
  // ("the company's planned $1.2 billion sale to Y": the possessor sells itself.)
  if (seller.empty() && t.form == Form::kNoun) {
    if (const Mention* p = doc.PossessorBefore(k); p && p->canonical != buyer[0]->canonical) seller = {p};
  }
  if (seller.empty()) seller = doc.Agent(k);
  if (seller.empty()) return;
  if (const Mention* named = NamedUnit(doc, k, buyer[0]->first_token)) seller = {named};
  // ("sell its Optical Solutions Group to Keysight": the named part of the
  // seller is what is sold, though no unit word follows its name.)
  if (seller[0]->kind == MentionKind::kPronoun && seller[0]->possessive && seller[0]->first_token == k + 1) {
    const Mention* part = doc.MentionAt(seller[0]->end_token);
    if (part && part->first_token == seller[0]->end_token && part->kind == MentionKind::kName && !part->possessive &&
        part->end_token <= buyer[0]->first_token && part->canonical != buyer[0]->canonical) {
      seller = {part};
    }
  }
  Candidate c = Make(doc, DealType::kAcquisition, k, t, buyer, {seller[0]});
  c.money = doc.MoneyNear(k, true);
  out.push_back(c);
  // Gapping: "sell its small-cell business to X for $4.25 billion, and its
  // fiber unit to Y for another $4.25 billion": a second sale by the same seller.
  const Sentence& sent = doc.seg().sentences[doc.SentenceOf(k)];
  uint32_t from = c.money ? c.money->end_token : buyer.back()->end_token;
  for (uint32_t j = from; j + 3 < sent.end_token && j < from + 3; ++j) {
    if (doc.W(j) != "and") continue;
    for (uint32_t q = j + 1; q + 1 < sent.end_token && q < j + 8; ++q) {
      if (doc.MentionAt(q) && doc.W(q) != "its") break;
      if (doc.W(q) != "to") continue;
      Mentions other = doc.ListAt(q + 1, sent.end_token, 2);
      if (other.empty() || other[0]->possessive || other[0]->canonical == buyer[0]->canonical) break;
      Candidate d = Make(doc, DealType::kAcquisition, k, t, {other[0]}, {seller[0]});
      d.money = nullptr;
      uint32_t after = other.back()->end_token;
      for (uint32_t m = after; m < sent.end_token && m < after + 4 && !d.money; ++m) d.money = doc.MoneyAt(m);
      out.push_back(d);
      break;
    }
    break;
  }
}

// spend, commit, use, supply: purchases of cloud, chips or infrastructure.
// The customer of an order at k: "an order from Y", "an order from a fourth
// customer, widely believed to be Y".
const Mention* OrderCustomer(const DocContext& doc, uint32_t k) {
  Mentions named = doc.AfterPrep(k, {"from"}, WindowPastMoney(doc, k, 8));
  if (!named.empty()) return named[0];
  const uint32_t end = std::min(doc.ClauseEnd(k), k + 2 * WindowPastMoney(doc, k, 8));
  for (uint32_t j = k + 1; j + 1 < end; ++j) {
    if (doc.W(j) != "from") continue;
    for (uint32_t q = j + 1; q < std::min(end + 6, doc.ClauseEnd(k)); ++q) {
      const Mention* m = doc.MentionAt(q);
      if (m && !m->possessive && q >= 2 && doc.W(q - 1) == "be" &&
          (doc.W(q - 2) == "to" || doc.W(q - 2) == "said")) {
        return m;  // "..., believed to be Y"
      }
      if (m) break;
    }
    break;
  }
  return nullptr;
}

bool PowerCompany(const DocContext& doc, const Mention& m);

// A power company by the gazetteer, or by its name ("Hokkaido Electric Power",
// "Tasman Energy").
bool EnergyName(const DocContext& doc, const Mention& m) {
  if (PowerCompany(doc, m)) return true;
  std::string_view n = m.canonical;
  for (std::string_view w : {" Energy", " Power", " Kraft", " Electric", " Utilities", " Energía", " Energia", " Solar",
                             " Renewables", " Wind", " Hydro", " Nuclear"}) {
    if (n.size() > w.size() && n.find(w) != std::string_view::npos) return true;
  }
  return false;
}

// "The campus's first 400 megawatts have been leased for 15 years to a
// hyperscale cloud company that X did not identify", "X's first building
// has been pre-let to a U.S. cloud provider": a lease of the owner's site to
// a tenant the text does not name. False when k is no such passive lease.
bool LeasedToUnnamedTenant(const DocContext& doc, uint32_t k, const TriggerWord& t, std::vector<Candidate>& out) {
  if (k == 0 || (doc.W(k) != "leased" && doc.W(k) != "pre-let")) return false;
  WordView aux = doc.W(k - 1);
  if (aux != "been" && aux != "be" && aux != "was" && aux != "were" && aux != "is" && aux != "are") return false;
  for (uint32_t j = k + 1; j + 2 < doc.ClauseEnd(k) && j < k + 7; ++j) {
    if (doc.MentionAt(j) || doc.MoneyAt(j)) return false;
    if (doc.W(j) != "to") continue;
    if (!IndefiniteCompany(doc, j)) return false;
    // The owner: a company named as the possessor of the site, else the article's subject.
    const Mention* landlord = nullptr;
    for (uint32_t q = doc.ClauseBegin(k); q < k && !landlord; ++q) {
      const Mention* m = doc.MentionAt(q);
      if (m && m->possessive && m->kind == MentionKind::kName) landlord = m;
    }
    if (!landlord) landlord = doc.Topic();
    if (!landlord) return false;
    Candidate c = Make(doc, DealType::kPurchase, k, t, {}, {landlord});
    c.asset = Asset::kInfrastructure;
    c.money = doc.MoneyNear(k, true);
    c.unnamed = true;
    out.push_back(c);
    return true;
  }
  return false;
}

// "X is in talks to lease most of the campus to a U.S. cloud provider": the
// subject leases a site out to a tenant the text does not name. "A large U.S.
// technology company agreed to rent capacity from X": a customer not named
// rents from X.
bool RentsWithUnnamedSide(const DocContext& doc, uint32_t k, const TriggerWord& t, std::vector<Candidate>& out) {
  if (t.form == Form::kNoun) return false;
  const WordView w = doc.W(k);
  if (w.substr(0, 4) != "leas" && w.substr(0, 4) != "rent") return false;
  if (k > 0 && (doc.W(k - 1) == "been" || doc.W(k - 1) == "be" || doc.W(k - 1) == "was" || doc.W(k - 1) == "is")) {
    return false;  // the passive: LeasedToUnnamedTenant
  }
  const uint32_t end = std::min(doc.ClauseEnd(k), k + 10);
  for (uint32_t j = k + 1; j + 2 < end; ++j) {
    if (doc.MentionAt(j) || doc.MoneyAt(j)) break;
    if (doc.W(j) != "to") continue;
    if (!IndefiniteCompany(doc, j)) break;
    Mentions landlord = doc.Agent(k);
    if (landlord.empty() || landlord[0]->possessive) return false;
    Candidate c = Make(doc, DealType::kPurchase, k, t, {}, {landlord[0]});
    c.asset = PurchaseAsset(doc, k, {}, true, 10);
    if (c.asset == Asset::kNone || c.asset == Asset::kOther) c.asset = Asset::kInfrastructure;
    c.money = doc.MoneyNear(k, true);
    c.unnamed = true;
    out.push_back(c);
    return true;
  }
  // The customer: "a"/"an" and a trade opening the clause, no name before the verb.
  // ("said on Tuesday that a large U.S. technology company had agreed to rent ...")
  const uint32_t b = doc.ClauseBegin(k);
  uint32_t a = k;
  for (uint32_t j = b; j < k && a == k; ++j) {
    if ((doc.W(j) == "a" || doc.W(j) == "an") && (j < b + 2 || doc.W(j - 1) == "that")) a = j;
  }
  if (a >= k || !IndefiniteCompanyAt(doc, a)) return false;
  for (uint32_t j = a; j < k; ++j) {
    if (doc.MentionAt(j)) return false;
  }
  Mentions seller = Supplier(doc, k, 12);
  // ("had agreed to rent computing capacity from it": a pronoun after "from".)
  if (seller.empty()) seller = doc.AfterPrep(k, {"from"}, 6);
  if (seller.empty() || seller[0]->possessive) return false;
  Candidate c = Make(doc, DealType::kPurchase, k, t, {}, {seller[0]});
  c.asset = PurchaseAsset(doc, k, seller, true, 12);
  if (c.asset == Asset::kNone) c.asset = Asset::kOther;
  c.money = doc.MoneyNear(k, true);
  c.unnamed = true;
  out.push_back(c);
  return true;
}

// "X has won an order worth more than $400 million from one of the largest
// U.S. cloud providers", "won a contract ... for a customer it did not name":
// X sells to a buyer the text does not name. True when read.
bool WonFromUnnamedBuyer(const DocContext& doc, uint32_t k, const TriggerWord& t, std::vector<Candidate>& out) {
  if (t.form != Form::kNoun || k < 2) return false;
  uint32_t v = k - 1;
  // ("won a 250 million yuan order": past the amount.)
  if (const Entity* m = doc.MoneyAt(v); m && m->first_token > 1) v = m->first_token - 1;
  if (doc.W(v) == "an" || doc.W(v) == "a" || doc.W(v) == "the") --v;
  const WordView verb = doc.W(v);
  if (verb != "won" && verb != "wins" && verb != "win" && verb != "secured" && verb != "landed" && verb != "received") {
    return false;
  }
  const uint32_t end = doc.ClauseEnd(k);
  for (uint32_t j = k + 1; j + 2 < end && j < k + 12; ++j) {
    // ("an order for its humanoids from a customer": the seller's goods.)
    if (const Mention* m = doc.MentionAt(j)) {
      if (m->kind == MentionKind::kPronoun && m->possessive) continue;
      return false;
    }
    if (doc.W(j) != "from" && doc.W(j) != "for") continue;
    uint32_t a = j + 1;
    if (a + 2 < end && doc.W(a) == "one" && doc.W(a + 1) == "of" && doc.W(a + 2) == "the") a += 3;
    bool role = false;
    for (uint32_t q = a; q < end && q < a + 7 && !role; ++q) {
      if (doc.MentionAt(q) && doc.MentionAt(q)->kind == MentionKind::kName) {
        const OrgInfo* info = doc.gazetteer().Find(doc.MentionAt(q)->canonical);
        if (!info || info->kind != OrgKind::kGovernment) return false;  // a country as an adjective only
        continue;
      }
      const WordView w = doc.W(q);
      role = w == "providers" || w == "provider" || w == "customer" || w == "customers" || w == "company" ||
             w == "companies" || w == "hyperscaler" || w == "hyperscalers" || w == "operator" || w == "operators" ||
             w == "lab" || w == "labs" || w == "developer" || w == "buyer" || w == "client";
    }
    if (!role || (a == j + 1 && doc.W(a) != "a" && doc.W(a) != "an")) {
      // ("an order for its robots from a customer": the goods, then the buyer.)
      if (doc.W(j) == "for") continue;
      return false;
    }
    Mentions seller = doc.Agent(v);
    if (seller.empty() || seller[0]->possessive) return false;
    Candidate c = Make(doc, DealType::kPurchase, k, t, {}, {seller[0]});
    // (The goods between the noun and the buyer, not the buyer's trade.)
    c.asset = PurchaseAsset(doc, k, seller, true, j - k);
    if (c.asset == Asset::kNone) c.asset = Asset::kOther;
    c.money = doc.MoneyNear(k, true);
    c.unnamed = true;
    out.push_back(c);
    return true;
  }
  return false;
}

// Money a commit verb gives ("pledged", "committed", "commit") rather than
// goods it buys: a bare pledge after a semicolon, an amount over the
// suppliers listed, equity for a project's company, money for companies the
// text does not name. True when one of these read the verb (a deal or none).
Asset GoodsCueIn(const DocContext& doc, uint32_t k, uint32_t b, uint32_t e);  // (below)
bool DataCentreCompany(const DocContext& doc, const Mention& mention);       // (below)

bool CommittedMoney(const DocContext& doc, uint32_t k, const TriggerWord& t, std::vector<Candidate>& out) {
  // "Microsoft said it would invest up to $5 billion in Y; Nvidia pledged up
  // to $10 billion": the amount alone after a clause that invests in Y.
  if (k + 1 < doc.words().size()) {
    const Entity* money = doc.MoneyAt(k + 1);
    const uint32_t b = doc.ClauseBegin(k);
    if (money && money->end_token < doc.words().size() &&
        (doc.W(money->end_token) == "." || doc.W(money->end_token) == ";") && b > 0 && doc.W(b - 1) == ";") {
      Mentions investee;
      for (uint32_t j = doc.seg().sentences[doc.SentenceOf(k)].first_token; j + 1 < b && investee.empty(); ++j) {
        const TriggerWord* v = doc.TriggerAt(j);
        if (v && v->frame == Frame::kInvest && v->form != Form::kNoun) {
          investee = doc.AfterPrep(j, {"in", "into"}, WindowPastMoney(doc, j, 6));
        }
      }
      Mentions giver = doc.Agent(k);
      if (!investee.empty() && !investee[0]->possessive && !giver.empty() && !giver[0]->possessive &&
          giver[0]->canonical != investee[0]->canonical) {
        Candidate c = Make(doc, DealType::kInvestment, k, t, {giver[0]}, {investee[0]});
        c.money = money;
        out.push_back(c);
        return true;
      }
    }
  }
  // "Microsoft has committed more than $60 billion to neocloud providers
  // including Nebius, Nscale and IREN": purchases from the suppliers listed,
  // one amount over them all.
  if (k + 1 < doc.words().size()) {
    if (const Entity* money = doc.MoneyAt(k + 1); money && money->end_token + 4 < doc.ClauseEnd(k) &&
                                                  doc.W(money->end_token) == "to") {
      for (uint32_t j = money->end_token + 1; j + 1 < doc.ClauseEnd(k) && j < money->end_token + 6; ++j) {
        const WordView w = doc.W(j);
        if (doc.MentionAt(j) || doc.IsPreposition(j)) break;
        if (w != "providers" && w != "suppliers" && w != "vendors" && w != "operators" && w != "chipmakers") continue;
        if (doc.W(j + 1) != "including" && !(doc.W(j + 1) == "such" && j + 2 < doc.ClauseEnd(k) && doc.W(j + 2) == "as")) {
          break;
        }
        const uint32_t from_list = doc.W(j + 1) == "such" ? j + 3 : j + 2;
        Mentions sellers = doc.ListAt(from_list, doc.ClauseEnd(k), 2);
        Mentions buyer = doc.Agent(k);
        if (sellers.size() < 2 || buyer.empty() || buyer[0]->possessive) break;
        Candidate c = Make(doc, DealType::kPurchase, k, t, {buyer[0]}, sellers);
        c.asset = PurchaseAsset(doc, money->end_token, sellers, true, 6);
        if (c.asset == Asset::kNone) c.asset = Asset::kOther;
        c.money = money;
        out.push_back(c);
        return true;
      }
    }
  }
  // "has committed $1.2 billion of equity to the project": equity for the
  // company whose project the article is about.
  if (k + 1 < doc.words().size()) {
    const Entity* money = doc.MoneyAt(k + 1);
    uint32_t j = money ? money->end_token : 0;
    if (money && j + 4 < doc.ClauseEnd(k) && (doc.W(j) == "of" || doc.W(j) == "in") && doc.W(j + 1) == "equity" &&
        doc.W(j + 2) == "to" && doc.W(j + 3) == "the" &&
        (doc.W(j + 4) == "project" || doc.W(j + 4) == "venture" || doc.W(j + 4) == "campus" ||
         doc.W(j + 4) == "development" || doc.W(j + 4) == "company")) {
      Mentions giver = doc.Agent(k);
      if (giver.empty() || giver[0]->possessive) return true;
      Candidate c = Make(doc, DealType::kInvestment, k, t, {giver[0]}, {});
      c.money = money;
      c.implied_to = true;
      out.push_back(c);
      return true;
    }
  }
  // "Uber committed $300 million to Lucid": money for a named company that
  // sells no cloud, chips or sites, and no goods named in the clause, is an
  // investment in it. ("committed a combined 30 billion yen to three robotics
  // start-ups: A, B and C": one amount over each company counted and named.)
  uint32_t at = k + 1;
  if (at + 2 < doc.words().size() && doc.W(at) == "a" &&
      (doc.W(at + 1) == "combined" || doc.W(at + 1) == "total" || doc.W(at + 1) == "further")) {
    at += 2;
  }
  if (const Entity* money = at < doc.words().size() ? doc.MoneyAt(at) : nullptr;
      money && t.form != Form::kNoun && money->end_token + 1 < doc.ClauseEnd(k) && doc.W(money->end_token) == "to") {
    Mentions agent = doc.Agent(k);
    const bool investor = agent.size() == 1 && !agent[0]->possessive &&
                          GoodsCueIn(doc, k, doc.ClauseBegin(k), doc.ClauseEnd(k)) == Asset::kNone;
    auto investee = [&](const Mention* to) {
      return to && to->kind == MentionKind::kName && !to->possessive && agent[0]->canonical != to->canonical &&
             !doc.LooksLikeSupplier(*to, Asset::kCloud) && !doc.LooksLikeSupplier(*to, Asset::kChips) &&
             !doc.LooksLikeSupplier(*to, Asset::kInfrastructure);
    };
    Mentions counted = investor ? CountedList(doc, money->end_token + 1, doc.SentenceEnd(k)) : Mentions{};
    std::erase_if(counted, [&](const Mention* m) { return !investee(m); });
    if (counted.size() >= 2) {
      for (const Mention* to : counted) {
        Candidate c = Make(doc, DealType::kInvestment, k, t, agent, {to});
        c.money = money;
        c.aggregate = true;
        out.push_back(c);
      }
      return true;
    }
    const Mention* to = doc.MentionAt(money->end_token + 1);
    if (investor && investee(to) && to->first_token == money->end_token + 1) {
      Candidate c = Make(doc, DealType::kInvestment, k, t, agent, {to});
      c.money = money;
      out.push_back(c);
      return true;
    }
  }
  // "plans to commit AED 2 billion to UAE-based AI start-ups": money for
  // companies it does not name, an investment.
  {
    const uint32_t end = std::min(doc.ClauseEnd(k), k + 8);
    const Entity* money = nullptr;
    for (uint32_t j = k + 1; j < end; ++j) {
      if (!money) money = doc.MoneyAt(j);
      if (money && doc.W(j) == "to" && UnnamedCompanies(doc, j)) {
        Mentions agent = doc.Agent(k);
        if (agent.empty() || agent[0]->possessive) return true;
        Candidate c = Make(doc, DealType::kInvestment, k, t, {agent[0]}, {});
        c.money = money;
        c.unnamed = true;
        out.push_back(c);
        return true;
      }
    }
  }
  return false;
}

// The goods a cue names between tokens b and e of k's sentence, or kNone.
Asset GoodsCueIn(const DocContext& doc, uint32_t k, uint32_t b, uint32_t e) {
  for (const CueHit& cue : doc.Cues(doc.SentenceOf(k))) {
    if (cue.first < b || cue.end > e || doc.MentionAt(cue.first)) continue;
    if (cue.kind == CueKind::kCloud) return Asset::kCloud;
    if (cue.kind == CueKind::kChips) return Asset::kChips;
    if (cue.kind == CueKind::kInfrastructure) return Asset::kInfrastructure;
  }
  return Asset::kNone;
}

// "a data centre in Ulsan that X is leasing from Y": the goods of the verb k
// stand before the relative clause its subject X opens; kNone otherwise.
Asset GoodsBeforeRelative(const DocContext& doc, uint32_t k, const Mentions& buyer) {
  if (buyer.size() != 1 || buyer[0]->possessive || buyer[0]->end_token > k) return Asset::kNone;
  for (uint32_t j = buyer[0]->end_token; j < k; ++j) {
    if (!Has(doc, j, j + 1, {"is", "was", "are", "were", "has", "had", "have", "will", "would", "be", "been"})) {
      return Asset::kNone;
    }
  }
  const uint32_t rel = buyer[0]->first_token;
  const uint32_t first = doc.seg().sentences[doc.SentenceOf(k)].first_token;
  if (rel < first + 2 || !Has(doc, rel - 1, rel, {"that", "which"})) return Asset::kNone;
  return GoodsCueIn(doc, k, rel > first + 6 ? rel - 6 : first, rel - 1);
}

// "rent any capacity that Y cannot sell to other customers": the owner of the
// goods after the verb at k that it cannot sell or use; nullptr otherwise.
const Mention* UnsoldGoodsOwner(const DocContext& doc, uint32_t k, const Mentions& buyer) {
  const uint32_t end = std::min(doc.SentenceEnd(k), k + 12);
  if (k + 3 >= end || doc.W(k + 1) != "any" || GoodsCueIn(doc, k, k + 2, k + 4) == Asset::kNone) return nullptr;
  for (uint32_t j = k + 3; j + 2 < end; ++j) {
    const Mention* m = doc.MentionAt(j);
    if (!m) continue;
    uint32_t v = m->end_token;
    if (v + 1 < end && (doc.W(v) == "cannot" || doc.W(v) == "can't")) {
      ++v;
    } else if (v + 2 < end && (doc.W(v) == "could" || doc.W(v) == "does" || doc.W(v) == "did") &&
               doc.W(v + 1) == "not") {
      v += 2;
    } else {
      return nullptr;
    }
    if (!Has(doc, v, v + 1, {"sell", "use", "fill", "lease", "rent"})) return nullptr;
    if (m->possessive || (!buyer.empty() && m->canonical == buyer[0]->canonical)) return nullptr;
    return m;
  }
  return nullptr;
}

// "signed a 15-year lease for a campus that Y is building for it": the one
// who builds or runs the site a lease at k names lets it; nullptr otherwise.
const Mention* LessorAfter(const DocContext& doc, uint32_t k, const Mentions& lessee) {
  const uint32_t end = std::min(doc.SentenceEnd(k), k + 24);
  for (uint32_t j = k + 2; j + 2 < end && j < k + 12; ++j) {
    if (doc.MentionAt(j) || doc.W(j) == ",") return nullptr;
    if (!Has(doc, j, j + 1, {"that", "which"})) continue;
    if (GoodsCueIn(doc, k, k + 1, j) == Asset::kNone) return nullptr;
    const Mention* m = doc.MentionAt(j + 1);
    if (!m || m->first_token != j + 1 || m->possessive || m->kind != MentionKind::kName ||
        (!lessee.empty() && m->canonical == lessee[0]->canonical)) {
      return nullptr;
    }
    // (Past an apposition: "that Y, a privately held developer, is building".)
    uint32_t v = PastApposition(doc, m->end_token, end, 10);
    while (v < end && Has(doc, v, v + 1, {"is", "was", "has", "had", "will", "would", "be", "been"})) ++v;
    if (v < end && Has(doc, v, v + 1, {"building", "built", "builds", "build", "develops", "developing", "developed",
                                       "owns", "owned", "operates", "operated", "runs", "running", "run"})) {
      return m;
    }
    return nullptr;
  }
  return nullptr;
}

// "X signed up British neocloud Y to supply 200,000 GPUs", "tapped Y to
// supply", "has chosen Y, a Madrid software company, to supply": Y supplies
// the one that engaged it. Sets *buyer and *supplier when the sentence says so.
bool EngagedToSupply(const DocContext& doc, uint32_t k, const TriggerWord& t, Mentions* buyer, Mentions* supplier) {
  if (t.frame != Frame::kSupply || t.form != Form::kBase || k < 3 || doc.W(k - 1) != "to") return false;
  const Mention* y = doc.MentionAt(k - 2);
  // (Past Y's apposition.)
  if (!y && doc.W(k - 2) == ",") {
    for (uint32_t c = k - 2; c-- > doc.seg().sentences[doc.SentenceOf(k)].first_token + 1 && k - c < 14;) {
      if (doc.W(c) != ",") continue;
      const Mention* named = doc.MentionAt(c - 1);
      if (named && named->end_token == c && PastApposition(doc, c, k, 14) == k - 1) y = named;
      break;
    }
  }
  if (!y || y->kind != MentionKind::kName || y->possessive || (y->end_token != k - 1 && doc.W(k - 2) != ",")) {
    return false;
  }
  auto engaging = [&](WordView w) {
    return w == "tapped" || w == "taps" || w == "hired" || w == "hires" || w == "picked" || w == "picks" ||
           w == "chose" || w == "chosen" || w == "selected" || w == "selects" || w == "contracted" ||
           w == "enlisted" || w == "up";
  };
  // (Past up to four describing words: "signed up British neocloud Y".)
  uint32_t v = y->first_token;
  while (v > doc.ClauseBegin(k) && y->first_token - v < 4 && !doc.MentionAt(v - 1) &&
         doc.seg().tokens[v - 1].kind == TokenKind::kWord && !doc.IsPreposition(v - 1) && !engaging(doc.W(v - 1)) &&
         !doc.TriggerAt(v - 1)) {
    --v;
  }
  const WordView verb = v > 0 ? doc.W(v - 1) : WordView();
  const bool engaged =
      engaging(verb) && (verb != "up" || (v >= 2 && (doc.W(v - 2) == "signed" || doc.W(v - 2) == "signs")));
  if (!engaged) return false;
  Mentions engager = doc.Agent(verb == "up" ? v - 2 : v - 1);
  if (engager.size() != 1 || engager[0]->possessive || engager[0]->canonical == y->canonical) return false;
  *buyer = engager;
  *supplier = {y};
  return true;
}

// "spent about $1.5 billion on esports businesses X and Y": companies
// bought, one takeover each, the amount covering them all. True when taken.
bool SpentOnCompanies(const DocContext& doc, uint32_t k, const TriggerWord& t, std::vector<Candidate>& out) {
  const uint32_t end = doc.ClauseEnd(k);
  const Entity* money = nullptr;
  for (uint32_t j = k + 1; j < end && j <= k + 3 && !money; ++j) money = doc.MoneyAt(j);
  if (!money || money->end_token + 2 >= end || doc.W(money->end_token) != "on") return false;
  uint32_t j = money->end_token + 1;
  bool role = false;
  for (; j < end && j < money->end_token + 5 && !doc.MentionAt(j); ++j) {
    WordView w = doc.W(j);
    role = IsRoleNoun(w) || w == "companies" || w == "businesses" || w == "firms" || w == "startups" ||
           w == "start-ups" || w == "studios" || w == "makers" || w == "developers" || w == "operators";
    if (w == "," || doc.IsPreposition(j)) return false;
  }
  const Mention* first = j < end ? doc.MentionAt(j) : nullptr;
  if (!role || !first || first->first_token != j || first->possessive || first->kind != MentionKind::kName) return false;
  Mentions buyer = doc.Agent(k);
  if (buyer.empty() || buyer[0]->canonical == first->canonical) return false;
  Mentions targets = doc.ListAt(j, end, 4);
  std::erase_if(targets, [&](const Mention* m) { return m->possessive || m->kind != MentionKind::kName; });
  // ("spent a combined $1.5 billion on X and Y": one deal of them all.)
  if (doc.Combined(k)) {
    Candidate c = Make(doc, DealType::kAcquisition, k, t, {buyer[0]}, targets);
    c.money = money;
    out.push_back(c);
    return true;
  }
  for (const Mention* m : targets) {
    Candidate c = Make(doc, DealType::kAcquisition, k, t, {buyer[0]}, {m});
    c.money = money;
    c.aggregate = targets.size() > 1;
    out.push_back(c);
  }
  return true;
}

// "placed an order for four tools from Y", "cancelled a $90 million order":
// a verb before the order noun at k that only the customer does.
bool PlacedOrder(const DocContext& doc, uint32_t k) {
  for (uint32_t j = k; j-- > doc.ClauseBegin(k) && k - j <= 5;) {
    if (doc.MentionAt(j)) return false;
    const WordView w = doc.W(j);
    if (w == "placed" || w == "places" || w == "placing" || w == "place" || w == "cancelled" || w == "canceled" ||
        w == "cancels" || w == "cancel" || w == "scrapped" || w == "submitted" || w == "doubled" || w == "cut") {
      return true;
    }
  }
  return false;
}

void PurchaseFrame(const DocContext& doc, uint32_t k, const TriggerWord& t, std::vector<Candidate>& out) {
  if (t.frame == Frame::kSpend && t.form != Form::kNoun && SpentOnCompanies(doc, k, t, out)) return;
  if (t.frame == Frame::kCommit && WonFromUnnamedBuyer(doc, k, t, out)) return;
  if (t.frame == Frame::kUse && LeasedToUnnamedTenant(doc, k, t, out)) return;
  if (t.frame == Frame::kUse && RentsWithUnnamedSide(doc, k, t, out)) return;
  // "without any financial commitment from either side": none made.
  if (t.form == Form::kNoun && Has(doc, k > 3 ? k - 3 : 0, k, {"without", "no"})) return;
  if (t.frame == Frame::kCommit && k + 1 < doc.words().size() && doc.W(k + 1) == "to") {
    const TriggerWord* next = k + 2 < doc.words().size() ? doc.TriggerAt(k + 2) : nullptr;
    if (next) return;  // "committed to spend/buy": the next verb's frame
  }
  if (t.frame == Frame::kCommit && t.form != Form::kNoun) {
    // "commits the Claude developer to buying ...": the buying verb's frame, with its own subject.
    if (const Mention* m = k + 1 < doc.words().size() ? doc.MentionAt(k + 1) : nullptr) {
      if (m->end_token < doc.words().size() && doc.W(m->end_token) == "to") return;
    }
    if (k + 2 < doc.words().size() && doc.W(k + 1) == "the") {
      for (uint32_t j = k + 2; j < std::min(doc.ClauseEnd(k), k + 6); ++j) {
        if (doc.W(j) == "to") {
          if (doc.MentionAt(j - 1)) return;
          break;
        }
      }
    }
  }
  // "pledged $40 million in funding to Y", "signed a letter of intent to
  // provide up to $150 million to Y": money given to a company, no goods
  // bought; the giver invests. (Grants and subsidies: GrantFrame.)
  if ((t.frame == Frame::kCommit || t.frame == Frame::kSupply) && t.form != Form::kNoun) {
    const uint32_t end = std::min(doc.ClauseEnd(k), k + 10);
    const Entity* money = nullptr;
    for (uint32_t j = k + 1; j < end && j <= k + 3 && !money; ++j) money = doc.MoneyAt(j);
    if (money) {
      uint32_t to_at = 0;
      bool funding = false;
      for (uint32_t j = money->end_token; j < end && !to_at; ++j) {
        const std::string_view w = doc.W(j);
        funding = funding || w == "funding";
        // ("provide a $2 billion loan to Y": lending, no deal.)
        if (w == "loan" || w == "loans" || w == "debt" || w == "credit" || w == "facility" || w == "bonds" ||
            w == "notes") {
          break;
        }
        if (w == "to") to_at = j;
        if (doc.MentionAt(j) || (doc.IsPreposition(j) && w != "to" && w != "in")) break;
      }
      // (The parties are read only for money given: most amounts after the verb buy goods.)
      if (to_at && (funding || (t.frame == Frame::kSupply && doc.AssetNear(money->end_token, true, 4) == Asset::kNone))) {
        Mentions giver = doc.Agent(k);
        Mentions receiver = doc.ListAt(to_at + 1, doc.ClauseEnd(k), 3);
        if (!giver.empty() && !receiver.empty() && !giver[0]->possessive && !receiver[0]->possessive &&
            giver[0]->canonical != receiver[0]->canonical) {
          Candidate c = Make(doc, DealType::kInvestment, k, t, {giver[0]}, {receiver[0]});
          c.money = money;
          out.push_back(c);
          return;
        }
      }
    }
  }
  // "a fully committed $900 million bridge facility from X", "committed
  // financing": money lent, not goods bought.
  if (t.frame == Frame::kCommit &&
      Has(doc, k + 1, std::min(doc.ClauseEnd(k), k + 7),
          {"facility", "facilities", "loan", "loans", "financing", "debt", "credit", "bonds", "notes"})) {
    return;
  }
  if (t.frame == Frame::kCommit && t.form != Form::kNoun && CommittedMoney(doc, k, t, out)) return;
  Mentions buyer, supplier;
  bool let_by_builder = false;  // a lease of a site its builder lets (LessorAfter)
  // ("..., securing supply for Y's products": the purpose of a purchase.)
  if (t.frame == Frame::kSupply && k > 0 &&
      Has(doc, k - 1, k, {"securing", "secure", "secures", "secured", "ensure", "ensuring", "guarantee"})) {
    return;
  }
  // "X agreed to buy all of its output to supply its data centres": the
  // purpose of a purchase, not a second deal.
  if (t.frame == Frame::kSupply && k > 0 && doc.W(k - 1) == "to") {
    for (uint32_t j = doc.ClauseBegin(k); j + 1 < k; ++j) {
      const TriggerWord* before = doc.TriggerAt(j);
      if (before && (before->frame == Frame::kBuy || before->frame == Frame::kSpend || before->frame == Frame::kSell)) {
        return;
      }
    }
  }
  // "X is also negotiating with Y for backup supply from the grid": supply as
  // a noun after "for"; the subject of the talks buys from its other side.
  // ("for a second supply of memory": up to two describing words between.)
  bool for_supply = false;
  for (uint32_t j = k; t.frame == Frame::kSupply && j-- > 0 && k - j <= 3;) {
    if (doc.W(j) == "for") {
      for_supply = true;
      break;
    }
    if (doc.MentionAt(j) || doc.seg().tokens[j].kind != TokenKind::kWord || doc.IsPreposition(j)) break;
  }
  if (for_supply) {
    const Mention *subject = nullptr, *other = nullptr;
    if (FrameParties(doc, doc.SentenceOf(k), &subject, &other) && other->first_token < k &&
        subject->kind == MentionKind::kName && other->kind == MentionKind::kName) {
      Candidate c = Make(doc, DealType::kPurchase, k, t, {subject}, {other});
      c.asset = PurchaseAsset(doc, k, {other}, false, 12);
      if (c.asset == Asset::kNone) c.asset = PowerCompany(doc, *other) ? Asset::kInfrastructure : Asset::kOther;
      c.money = doc.MoneyNear(k, true);
      out.push_back(c);
    }
    return;
  }
  // "X signed a supply agreement with Y for high-bandwidth memory": "supply"
  // names the agreement; Y supplies unless the goods are X's trade.
  // (Also after a term: "a 20-year supply agreement", "a long-term supply deal".)
  // (The word before the agreement's modifiers: an article, a possessive or a term.)
  auto opens_phrase = [&](uint32_t j) {
    return Has(doc, j, j + 1, {"a", "an", "the", "its", "their", "new"}) || doc.W(j) == "long-term" ||
           doc.W(j) == "multi-year" || doc.W(j) == "multiyear" ||
           (j >= 2 && (doc.W(j) == "year" || doc.W(j) == "term") && doc.W(j - 1) == "-");
  };
  const bool supply_agreement =
      t.frame == Frame::kSupply && k > 0 && k + 2 < doc.words().size() &&
      Has(doc, k + 1, k + 2, {"agreement", "agreements", "contract", "contracts", "deal", "deals", "pact"});
  if (supply_agreement && opens_phrase(k - 1)) {
    Mentions subject = doc.Agent(k);
    Mentions with = doc.AfterPrep(k + 1, {"with"}, 3);
    // The goods after "for", right past the other side's name.
    Asset goods = Asset::kNone;
    if (!with.empty() && with[0]->end_token + 1 < doc.ClauseEnd(k) && doc.W(with[0]->end_token) == "for") {
      goods = doc.AssetNear(with[0]->end_token, true, 4);
    }
    // ("... with Hokkaido Electric Power for electricity": a power company's power.)
    const bool power = !with.empty() && goods == Asset::kInfrastructure &&
                       Has(doc, with[0]->end_token + 1, std::min(doc.ClauseEnd(k), with[0]->end_token + 4),
                           {"electricity", "power", "energy", "megawatts", "gigawatts"}) &&
                       EnergyName(doc, *with[0]);
    if (!subject.empty() && !with.empty() && !subject[0]->possessive && !with[0]->possessive &&
        subject[0]->canonical != with[0]->canonical && goods != Asset::kNone && goods != Asset::kOther &&
        ((doc.LooksLikeSupplier(*with[0], goods) && !doc.LooksLikeSupplier(*subject[0], goods)) ||
         (power && !EnergyName(doc, *subject[0])))) {
      Candidate c = Make(doc, DealType::kPurchase, k, t, {subject[0]}, {with[0]});
      c.asset = power ? Asset::kInfrastructure : PurchaseAsset(doc, k, {with[0]}, true, 12);
      c.money = doc.MoneyNear(k, true);
      out.push_back(c);
      return;
    }
  }
  // "X signed a long-term power supply agreement with Y", "an HBM supply deal
  // with Y": the modifier names the goods; the side whose trade they are
  // supplies them (for power: the side that is no energy company buys).
  if (supply_agreement && k > 1) {
    const bool power = Has(doc, k - 1, k, {"power", "electricity", "energy"});
    const Asset goods = power ? Asset::kInfrastructure : doc.AssetNear(k - 1, true, 0);
    uint32_t before = k - 1;
    while (before > 0 && k - before < 3 && !opens_phrase(before - 1) && doc.AssetNear(before - 1, true, 0) == goods) {
      --before;  // "a memory chip supply deal"
    }
    const bool opens = before > 0 && opens_phrase(before - 1);
    Mentions subject = opens && (goods == Asset::kChips || goods == Asset::kCloud || goods == Asset::kInfrastructure)
                           ? doc.Agent(k)
                           : Mentions{};
    Mentions with = subject.empty() ? Mentions{} : doc.AfterPrep(k + 1, {"with"}, 3);
    if (!subject.empty() && !with.empty() && !subject[0]->possessive && !with[0]->possessive &&
        subject[0]->canonical != with[0]->canonical) {
      int subject_supplies = -1;  // unknown
      if (power) {
        subject_supplies = EnergyName(doc, *subject[0]) && !EnergyName(doc, *with[0]);
      } else if (doc.LooksLikeSupplier(*with[0], goods) && !doc.LooksLikeSupplier(*subject[0], goods)) {
        subject_supplies = 0;
      } else if (doc.LooksLikeSupplier(*subject[0], goods) && !doc.LooksLikeSupplier(*with[0], goods)) {
        subject_supplies = 1;
      }
      if (subject_supplies >= 0) {
        Candidate c = Make(doc, DealType::kPurchase, k, t, subject_supplies ? with : Mentions{subject[0]},
                           subject_supplies ? Mentions{subject[0]} : Mentions{with[0]});
        c.asset = goods;
        c.money = doc.MoneyNear(k, true);
        out.push_back(c);
        return;
      }
    }
  }
  const bool engaged = EngagedToSupply(doc, k, t, &buyer, &supplier);
  if (engaged) {
    // (Both sides read already: none of the readings below.)
  } else if (t.frame == Frame::kSupply) {
    supplier = doc.Agent(k);
    buyer = Object(doc, k);
    // ("supply its RNGD chips to Y": "its" owns the goods; the buyer follows "to".)
    if (!buyer.empty() && buyer[0]->kind == MentionKind::kPronoun && buyer[0]->possessive) buyer.clear();
    if (buyer.empty()) buyer = doc.AfterPrep(k, {"to", "for"}, WindowPastMoney(doc, k, 10));
    // "X signed a power purchase agreement with Y to supply 180 megawatts to
    // its campus", "X has been negotiating with Y to supply power to a
    // campus it is planning": the other side supplies the subject's site.
    if (k > 0 && doc.W(k - 1) == "to" && !supplier.empty() &&
        (buyer.empty() || buyer[0]->kind != MentionKind::kName || buyer[0]->canonical == supplier[0]->canonical)) {
      for (uint32_t j = doc.ClauseBegin(k); j + 1 < k; ++j) {
        if (doc.W(j) != "with") continue;
        const Mentions others = doc.ListAt(j + 1, k, 3);
        const Mention* other = others.empty() ? nullptr : others[0];
        // ("X signed an agreement with data-centre operator Y to supply 12
        // gigawatts of power": Y, read as the supplier, is the data-centre
        // side that buys the power; X supplies it.)
        if (other && other->canonical == supplier[0]->canonical && DataCentreCompany(doc, *other) &&
            Has(doc, k + 1, std::min(doc.ClauseEnd(k), k + 8), {"megawatts", "gigawatts", "power", "electricity"})) {
          const Mention *subject = nullptr, *partner = nullptr;
          if (FrameParties(doc, doc.SentenceOf(k), &subject, &partner) && partner->canonical == other->canonical &&
              subject->kind == MentionKind::kName && !DataCentreCompany(doc, *subject)) {
            buyer = {other};
            supplier = {subject};
          }
          break;
        }
        if (!other || other->possessive || other->kind != MentionKind::kName ||
            other->canonical == supplier[0]->canonical || other->first_token <= supplier[0]->first_token) {
          break;
        }
        // (Only when the other side's trade is the goods: a utility's power,
        // a memory maker's chips; "X signed letters with OpenAI to supply
        // memory" is X's supply.)
        const bool power = Has(doc, k + 1, std::min(doc.ClauseEnd(k), k + 6),
                               {"megawatts", "gigawatts", "power", "electricity", "mw", "gw"});
        auto energy = [&](const Mention& m) { return EnergyName(doc, m); };
        const Asset goods = doc.AssetNear(k, true, 12);
        const bool trade = goods != Asset::kNone && goods != Asset::kOther && doc.LooksLikeSupplier(*other, goods) &&
                           !doc.LooksLikeSupplier(*supplier[0], goods);
        if ((power && energy(*other) && !energy(*supplier[0])) || trade) {
          buyer = {supplier[0]};
          supplier = {other};
        }
        break;
      }
    }
    // "in talks to supply HBM to a U.S. cloud company": a buyer the text does not name.
    if (buyer.empty() && supplier.size() == 1 && !supplier[0]->possessive && t.form != Form::kNoun) {
      const uint32_t window = k + 1 + WindowPastMoney(doc, k, 8);
      for (uint32_t j = k + 1; j + 2 < std::min(doc.ClauseEnd(k), window); ++j) {
        if (doc.MentionAt(j)) break;
        if (doc.W(j) != "to") continue;
        if (!IndefiniteCompany(doc, j)) break;
        Candidate c = Make(doc, DealType::kPurchase, k, t, {}, supplier);
        c.asset = PurchaseAsset(doc, k, supplier, true, 12);
        if (c.asset == Asset::kNone) c.asset = Asset::kOther;
        c.money = doc.MoneyNear(k, true);
        c.unnamed = true;
        out.push_back(c);
        return;
      }
    }
    // "Y has agreed to supply up to 250 megawatts to the campus for 20
    // years": power for the site the story is about, bought by its company.
    if (buyer.empty() && supplier.size() == 1 && !supplier[0]->possessive && t.form != Form::kNoun) {
      // (The owner named by "Its power comes from Y, which agreed ...", else
      // the story's company when it builds or runs data centres.)
      const Mention* topic = nullptr;
      for (uint32_t j = doc.seg().sentences[doc.SentenceOf(k)].first_token; j < k && !topic; ++j) {
        const Mention* m = doc.MentionAt(j);
        if (m && m->kind == MentionKind::kPronoun && m->possessive) topic = doc.NameOf(m->canonical);
      }
      if (!topic && doc.Topic() && DataCentreCompany(doc, *doc.Topic())) topic = doc.Topic();
      const uint32_t window = k + 1 + WindowPastMoney(doc, k, 8);
      for (uint32_t j = k + 1; topic && j + 2 < std::min(doc.ClauseEnd(k), window); ++j) {
        if (doc.MentionAt(j)) break;
        if (doc.W(j) != "to" || doc.W(j + 1) != "the") continue;
        if (!Has(doc, j + 2, j + 3, {"campus", "site", "facility", "project", "plant", "park", "complex"})) break;
        if (topic->canonical == supplier[0]->canonical || topic->kind != MentionKind::kName) break;
        Candidate c = Make(doc, DealType::kPurchase, k, t, {topic}, supplier);
        c.asset = PurchaseAsset(doc, k, supplier, true, 12);
        if (c.asset == Asset::kNone) c.asset = Asset::kInfrastructure;
        c.money = doc.MoneyNear(k, true);
        out.push_back(c);
        return;
      }
    }
    // "agreed to provide up to $5 billion of preferred equity financing for
    // X's computing business": money for equity is an investment; lending is
    // no purchase either.
    for (uint32_t j = k + 1; j < std::min(doc.ClauseEnd(k), WindowPastMoney(doc, k, 6) + k + 1); ++j) {
      std::string_view w = doc.W(j);
      if (w == "debt" || w == "loan" || w == "loans" || w == "credit") return;
      if (w != "equity" && w != "financing" && w != "capital" && w != "funding") continue;
      Mentions owner;
      for (uint32_t q = j + 1; q + 1 < doc.ClauseEnd(k) && q < j + 4 && owner.empty(); ++q) {
        const Mention* m = doc.MentionAt(q);
        if ((doc.W(q) == "for" || doc.W(q) == "to") && m == nullptr && doc.MentionAt(q + 1)) owner = {doc.MentionAt(q + 1)};
      }
      if (supplier.empty() || owner.empty() || owner[0]->canonical == supplier[0]->canonical) return;
      Candidate c = Make(doc, DealType::kInvestment, k, t, {supplier[0]}, {owner[0]});
      c.money = doc.MoneyNear(k, true);
      out.push_back(c);
      return;
    }
  } else if (const Mention* customer =
                 t.form == Form::kNoun && (doc.W(k) == "order" || doc.W(k) == "orders") &&
                         // ("intends to order equipment from Y": the verb, Y sells; "the
                         // systems we have on order from Y": placed with Y, which sells.)
                         !(k > 0 && (doc.W(k - 1) == "to" || doc.W(k - 1) == "will" || doc.W(k - 1) == "would" ||
                                     doc.W(k - 1) == "on")) &&
                         !PlacedOrder(doc, k)
                     ? OrderCustomer(doc, k)
                     : nullptr) {
    // "disclosed a $10 billion order from Y": the customer orders from the one who discloses it.
    buyer = {customer};
    supplier = doc.Agent(k);
    if (const Mention* p = doc.PossessorBefore(k)) supplier = {p};
  } else {
    buyer = doc.Agent(k);
    if (const Mention* p = doc.PossessorBefore(k); p && t.form == Form::kNoun) buyer = {p};
    // "Its models are trained on processors rented from Y": goods rented for
    // the owner of the sentence's possessive subject.
    if (buyer.empty() && t.frame == Frame::kUse && t.form == Form::kPast && k > 0 && !doc.MentionAt(k - 1) &&
        doc.seg().tokens[k - 1].kind == TokenKind::kWord && !Has(doc, k - 1, k, {"was", "were", "is", "are", "be",
                                                                                  "been", "has", "have", "had"})) {
      const Sentence& sent = doc.seg().sentences[doc.SentenceOf(k)];
      const Mention* owner = doc.MentionAt(sent.first_token);
      if (owner && owner->possessive && k < sent.first_token + 16) buyer = {owner};
    }
    // "has reserved three turbines from a manufacturer it declined to name":
    // a seller the text does not name.
    if (t.form != Form::kNoun && buyer.size() == 1 && !buyer[0]->possessive) {
      for (uint32_t j = k + 1; j + 1 < std::min(doc.ClauseEnd(k), k + 10); ++j) {
        if (doc.MentionAt(j) || doc.MoneyAt(j)) break;
        if (doc.W(j) != "from") continue;
        if (!IndefiniteCompany(doc, j)) break;
        Candidate c = Make(doc, DealType::kPurchase, k, t, buyer, {});
        c.asset = PurchaseAsset(doc, k, {}, true, 12);
        if (c.asset == Asset::kNone) c.asset = Asset::kOther;
        c.money = doc.MoneyNear(k, true);
        c.unnamed = true;
        out.push_back(c);
        return;
      }
    }
    // ("has ordered about 1.9 billion yuan ($267 million) of switches from
    // Y": the amount's tokens do not count against the window.)
    const uint32_t window = WindowOverMoney(doc, k, 12);
    supplier = Supplier(doc, k, 12);
    // "neoclouds that rent Nvidia hardware to bigger companies", "rents Nvidia
    // GPUs from Y": the maker named before the goods does not let them; the
    // one after "from" does, else no one named.
    if (t.form != Form::kNoun && RentsOrLeases(doc.W(k)) && supplier.size() == 1) {
      const Mention* maker = supplier[0];
      const uint32_t at = k + 1 + (k + 1 < doc.words().size() && doc.W(k + 1) == "out");
      const uint32_t e = maker->end_token;
      if (maker->first_token == at && !maker->possessive && e < doc.ClauseEnd(k)) {
        const WordView goods = doc.W(e);
        if (goods == "gpus" || goods == "gpu" || goods == "chips" || goods == "hardware" || goods == "processors" ||
            goods == "servers" || goods == "accelerators" || goods == "systems") {
          supplier.clear();
          for (const Mention* m : doc.AfterPrep(e, {"from"}, 8)) {
            if (m->canonical != maker->canonical && supplier.empty()) supplier = {m};
          }
          if (supplier.empty()) return;
        }
      }
    }
    // "has signed an agreement with Y, the cloud arm of Z, to rent Nvidia
    // GPUs": the other side of the agreement lets them, not their maker.
    // ("an agreement with Microsoft to deploy AI infrastructure": to deploy is
    // no renting; the trade decides there.)
    if (t.form == Form::kBase && k >= 3 && doc.W(k - 1) == "to" &&
        RentsOrLeases(doc.W(k))) {
      for (uint32_t j = k - 2; j > doc.ClauseBegin(k) + 1 && k - j < 16; --j) {
        if (doc.W(j) != "with") continue;
        const Mention* other = doc.MentionAt(j + 1);
        Mentions signer = doc.Agent(j);
        if (other && !other->possessive && other->kind == MentionKind::kName && signer.size() == 1 &&
            !signer[0]->possessive && other->canonical != signer[0]->canonical &&
            Has(doc, j > 3 ? j - 3 : 0, j, {"agreement", "contract", "deal", "pact"})) {
          buyer = signer;
          supplier = {other};
        }
        break;
      }
    }
    // "placed an order for servers built around Nvidia chips with Taiwanese
    // server maker Y": the one the order is placed with sells.
    if ((doc.W(k) == "order" || doc.W(k) == "orders") &&
        Has(doc, k >= 3 ? k - 3 : 0, k, {"placed", "places", "placing", "place"})) {
      Mentions with = doc.AfterPrep(k, {"with"}, 16);
      if (!with.empty() && !with[0]->possessive && (buyer.empty() || with[0]->canonical != buyer[0]->canonical)) {
        supplier = with;
      }
    }
    if (supplier.empty()) supplier = doc.AfterPrep(k, {"with", "from", "to"}, 12);
    if (supplier.empty() && window > 12) {
      supplier = doc.AfterPrep(k, {"from", "on"}, window);
      // ("spend N ($M) over five years on Google Cloud": a name right after
      // "on"; "on its cloud unit" is one's own spending.)
      if (!supplier.empty() && (supplier[0]->kind != MentionKind::kName || supplier[0]->first_token == 0 ||
                                (doc.W(supplier[0]->first_token - 1) != "from" &&
                                 doc.W(supplier[0]->first_token - 1) != "on"))) {
        supplier.clear();
      }
    }
    if (supplier.empty()) supplier = TalksPartner(doc, k, buyer);
    // "in talks to rent capacity to Y", "will lease servers to Y", "to lease
    // 200 megawatts at its campus to model developer Y": the subject lets the
    // goods; Y rents them ("renting out" has its own reading; "to serve Y" is
    // a purpose, no lessee).
    if (t.frame == Frame::kUse && t.form != Form::kNoun && supplier.size() == 1 && buyer.size() == 1 &&
        RentsOrLeases(doc.W(k)) && doc.W(k + 1) != "out" && supplier[0]->first_token > k + 2 &&
        !Has(doc, k + 1, supplier[0]->first_token, {"from"})) {
      const uint32_t f = supplier[0]->first_token;
      // (Past the lessee's description: "to Chinese AI developer Y".)
      uint32_t d = f - 1;
      while (d > k + 1 && f - d <= 4 && doc.W(d) != "to" && !doc.MentionAt(d) &&
             doc.seg().tokens[d].kind == TokenKind::kWord && !doc.IsPreposition(d)) {
        --d;
      }
      if (doc.W(f - 1) == "to" || (IsRoleNoun(doc.W(f - 1)) && doc.W(d) == "to")) {
        std::swap(buyer, supplier);
      }
    }
    // "agreed to rent any capacity that Y cannot sell to other customers", "to
    // buy any capacity the cloud company cannot sell": a backstop; Y sells.
    if (supplier.empty() && (t.frame == Frame::kUse || t.frame == Frame::kBuy) && t.form != Form::kNoun) {
      if (const Mention* backstop = UnsoldGoodsOwner(doc, k, buyer)) supplier = {backstop};
    }
    if (supplier.empty() && t.frame == Frame::kUse && (doc.W(k) == "lease" || doc.W(k) == "leases")) {
      if (const Mention* lessor = LessorAfter(doc, k, buyer)) {
        supplier = {lessor};
        let_by_builder = true;
      }
    }
  }
  const uint32_t s = doc.SentenceOf(k);
  if (supplier.empty() && t.form == Form::kNoun && !buyer.empty()) {
    // "commitments of $1.4 trillion ... spread across chip designers including
    // Nvidia, AMD and Broadcom and cloud operators such as Oracle and Amazon".
    for (uint32_t j = k + 1; j + 1 < doc.ClauseEnd(k); ++j) {
      bool marker = doc.W(j) == "including" || (doc.W(j) == "as" && j > 0 && doc.W(j - 1) == "such");
      if (!marker) continue;
      for (const Mention* m : doc.ListAt(j + 1, doc.ClauseEnd(k), 0)) AddUnique(supplier, m);
    }
  }
  if (supplier.empty() || buyer.empty()) {
    // Inside "X signed a deal with Y, committing to spend ..." or "X is in talks with Y about ... the use of Y's chips".
    const Mention *subject = nullptr, *other = nullptr;
    if (FrameParties(doc, s, &subject, &other)) {
      if (supplier.empty() && !buyer.empty()) {
        supplier = {buyer[0]->canonical == other->canonical ? subject : other};
        // "Lambda reached an agreement with Microsoft to deploy AI
        // infrastructure": the side whose trade is the goods supplies them.
        Asset goods = doc.AssetNear(k, true, 12);
        if (goods != Asset::kNone && goods != Asset::kOther && doc.LooksLikeSupplier(*buyer[0], goods) &&
            !doc.LooksLikeSupplier(*supplier[0], goods)) {
          std::swap(buyer, supplier);
        }
      } else if (buyer.empty() && !supplier.empty()) {
        buyer = {supplier[0]->canonical == other->canonical ? subject : other};
      } else if (buyer.empty() && supplier.empty()) {
        buyer = {subject};
        supplier = {other};
      }
    }
  }
  if (t.frame == Frame::kCommit && t.form != Form::kNoun && supplier.empty() && buyer.size() == 1 &&
      !buyer[0]->possessive && !Has(doc, buyer[0]->end_token, k, {"that", "which", "who"}) &&
      !Has(doc, doc.ClauseBegin(k), buyer[0]->first_token, {"that", "which", "who"})) {
    // "Kestrel has committed at least a further $150 million if Larkspur meets
    // its targets": more money for the company the article's round is about.
    const Entity* money = doc.MoneyNear(k, true);
    // ("more than $60 billion" is a hedge, not more money.)
    bool more = false;
    for (uint32_t j = k + 1; money && j < money->end_token; ++j) {
      more = more || (doc.W(j) == "more" && !(j + 1 < money->end_token && doc.W(j + 1) == "than"));
    }
    if (money && money->first_token <= k + 6 &&
        (more || Has(doc, k + 1, money->end_token, {"further", "additional", "another"})) &&
        doc.AssetNear(k, true, 8) == Asset::kNone) {
      Candidate c = Make(doc, DealType::kInvestment, k, t, buyer, {});
      c.money = money;
      c.implied_to = true;
      c.money_required = true;
      out.push_back(c);
      return;
    }
  }
  if (buyer.empty() || supplier.empty()) return;
  // "supply startup Halcyon Labs with as many as 400,000 of its accelerators"
  Asset asset = PurchaseAsset(doc, k, supplier, t.frame != Frame::kCommit, t.frame == Frame::kSupply ? 18 : 12);
  // ("a data centre that X is leasing from Y": the goods before the relative clause.)
  const Asset relative_goods =
      t.frame == Frame::kUse && t.form != Form::kNoun ? GoodsBeforeRelative(doc, k, buyer) : Asset::kNone;
  if (asset == Asset::kNone) asset = relative_goods;
  // ("has chosen Y to supply a cloud-native 5G core": a supplier engaged for
  // goods the lexicon does not list.)
  if (asset == Asset::kNone && engaged) asset = Asset::kOther;
  if (asset == Asset::kNone && t.frame == Frame::kSpend && supplier.size() == 1 &&
      supplier[0]->kind == MentionKind::kName && !supplier[0]->possessive && supplier[0]->first_token > 0 &&
      doc.W(supplier[0]->first_token - 1) == "with") {
    // "is spending $500 million with X to buy magnets": money spent with a
    // named seller buys something, even goods the lexicon does not list.
    const Entity* money = doc.MoneyNear(k, true);
    if (money && money->first_token > k && money->first_token <= k + 4) asset = Asset::kOther;
  }
  // ("ordered a satellite from Y for about 250 million euros": an order verb too.)
  const bool ordered = t.frame == Frame::kUse && (doc.W(k) == "ordered" || doc.W(k) == "orders");
  if (asset == Asset::kNone && (t.frame == Frame::kSupply || t.frame == Frame::kBuy || ordered) &&
      t.form != Form::kNoun &&
      supplier.size() == 1 && buyer.size() == 1 && supplier[0]->kind == MentionKind::kName &&
      buyer[0]->canonical != supplier[0]->canonical && k > 0 && k + 1 < doc.words().size() &&
      !Has(doc, k - 1, k, {"a", "an", "the", "of", "for"}) &&
      !Has(doc, k + 1, k + 2, {"contract", "contracts", "agreement", "agreements", "deal", "deals", "pact", "chain"})) {
    // "will supply imagery to Y under a GBP12.4m contract", "will buy nitrogen
    // trifluoride from Y under a supply contract": goods the lexicon does not
    // list, bought under a contract or for an amount.
    const Sentence& sent = doc.seg().sentences[s];
    const bool stake = Has(doc, k + 1, std::min(doc.ClauseEnd(k), k + 6),
                           {"stake", "stakes", "shares", "business", "unit", "division", "assets", "stock"});
    if (!stake && (doc.MoneyNear(k, true) || Has(doc, sent.first_token, sent.end_token, {"contract", "contracts"}))) {
      asset = Asset::kOther;
    }
  }
  if (asset == Asset::kNone) {
    // "Amazon has committed $8 billion to the startup": money pledged to a
    // startup or lab, with no goods named, is an investment in it.
    const Entity* money = doc.MoneyNear(k, true);
    if (t.frame == Frame::kCommit && t.form != Form::kNoun && money && supplier.size() == 1 &&
        !supplier[0]->possessive && doc.LooksLikeInvestee(*supplier[0]) && !doc.LooksLikeInvestee(*buyer[0]) &&
        supplier[0]->first_token > 0 && doc.W(supplier[0]->first_token - 1) == "to") {
      Candidate c = Make(doc, DealType::kInvestment, k, t, buyer, supplier);
      c.money = money;
      out.push_back(c);
    }
    return;
  }
  // Chipmakers and cloud operators in one commitment: mixed infrastructure.
  if (ChipsAndCloud(doc, supplier)) asset = Asset::kInfrastructure;
  WordView w = doc.W(k);
  if (asset == Asset::kChips && RentsOrLeases(w)) asset = Asset::kCloud;
  // ("CoreWeave has signed an order form with Meta worth $14.2 billion": no
  // goods named but an order; a cloud company's order form with a customer
  // sells its cloud.)
  bool flip = false;
  // (Not "placed an order with Y": who places an order buys.)
  if (asset == Asset::kOther && t.form == Form::kNoun && buyer.size() == 1 && supplier.size() == 1 &&
      supplier[0]->first_token > 0 && doc.W(supplier[0]->first_token - 1) == "with" &&
      Has(doc, k > 4 ? k - 4 : 0, k, {"signed", "signs", "inked", "struck"})) {
    if (const Asset sold = TradeSoldTo(doc, *buyer[0], *supplier[0]); sold != Asset::kNone) {
      asset = sold;
      flip = true;
    }
  }
  // "will deploy Nvidia GB300 systems supplied by Hewlett Packard
  // Enterprise": the one the goods come from, not their brand.
  if (!flip && buyer.size() == 1 && supplier.size() == 1 && supplier[0]->first_token > k) {
    const uint32_t end = doc.ClauseEnd(k);
    for (uint32_t j = supplier[0]->end_token; j + 2 < end && j < supplier[0]->end_token + 6; ++j) {
      if (doc.MentionAt(j)) break;
      const WordView v = doc.W(j);
      if ((v != "supplied" && v != "provided" && v != "sold" && v != "delivered") || doc.W(j + 1) != "by") continue;
      const Mention* by = doc.MentionAt(j + 2);
      if (by && by->first_token == j + 2 && !by->possessive && by->canonical != buyer[0]->canonical) supplier = {by};
      break;
    }
  }
  Candidate c = flip ? Make(doc, DealType::kPurchase, k, t, supplier, buyer)
                     : Make(doc, DealType::kPurchase, k, t, buyer, supplier);
  c.asset = asset;
  c.money = doc.MoneyNear(k, true);
  // "spend $N on X": the money follows the verb ("spending heavily on its own chips" is no deal).
  if (t.frame == Frame::kSpend && (!c.money || c.money->first_token < k || c.money->first_token > k + 6)) {
    // "spend tens of billions of dollars on Y's chips": a sum without a figure.
    c.money = nullptr;
    if (!Has(doc, k + 1, std::min(doc.ClauseEnd(k), k + 5), {"billions", "millions", "trillions"})) return;
  }
  if (t.frame == Frame::kUse && t.form != Form::kNoun) {
    // The used thing must be goods: "use AWS Trainium chips", not "use the money".
    // (An order for an amount from a named seller orders goods.)
    bool goods = let_by_builder || relative_goods != Asset::kNone || (ordered && asset == Asset::kOther);
    for (uint32_t j = k + 1; j < std::min(doc.ClauseEnd(k), k + WindowOverMoney(doc, k, 10)); ++j) {
      WordView w = doc.W(j);
      // ("use up to one million of Google's TPUs": "up to" is a hedge.)
      if ((w == "to" && doc.W(j - 1) != "up") || w == "for" || w == ",") break;
      for (const CueHit& cue : doc.Cues(s)) {
        if (cue.first == j && (cue.kind == CueKind::kCloud || cue.kind == CueKind::kChips ||
                               cue.kind == CueKind::kInfrastructure)) {
          goods = true;
        }
      }
    }
    if (!goods) return;
  }
  // Plain "uses" of a product is no deal without money or an agreement around it.
  if (t.frame == Frame::kUse && t.form == Form::kPresent && !c.money) {
    bool agreement = false;
    for (const CueHit& cue : doc.Cues(s)) {
      agreement = agreement || cue.kind == CueKind::kAnnounced || cue.kind == CueKind::kTalks;
    }
    if (!agreement) return;
  }
  out.push_back(c);
  // Gapping: "to rent TPU capacity from Google Cloud and Trainium capacity
  // from AWS": the same buyer's second seller, with goods of its own.
  if (c.to.size() == 1 && c.to[0]->first_token > k + 1 && doc.W(c.to[0]->first_token - 1) == "from") {
    const uint32_t end = doc.SentenceEnd(k);
    uint32_t a = c.to[0]->end_token;
    if (a + 3 < end && doc.W(a) == "and") {
      for (uint32_t j = a + 1; j + 1 < end && j < a + 6; ++j) {
        if (doc.MentionAt(j) || doc.TriggerAt(j) || doc.MoneyAt(j)) break;
        if (doc.W(j) != "from") continue;
        const Mention* m = doc.MentionAt(j + 1);
        if (j > a + 1 && m && m->first_token == j + 1 && !m->possessive && m->canonical != c.to[0]->canonical &&
            (c.from.empty() || m->canonical != c.from[0]->canonical)) {
          Candidate g = c;
          g.to = {m};
          g.money = nullptr;
          const Asset own = doc.AssetNear(a + 1, true, j - a);
          if (own != Asset::kNone) g.asset = own;
          out.push_back(g);
        }
        break;
      }
    }
  }
}

// "X paid (Y) $N for Z": an acquisition of Z, a stake, or goods from Y.
// "for most of the assets and staff of Humane", "for the chip business of
// Y": the named owner after the "of" that closes a phrase naming a part of a
// business, right after "for" at j; nullptr otherwise.
const Mention* OwnerOfPartAfter(const DocContext& doc, uint32_t j) {
  bool part = false;
  for (uint32_t q = j + 1; q + 1 < doc.ClauseEnd(j) && q < j + 11; ++q) {
    if (doc.MentionAt(q) || doc.MoneyAt(q)) return nullptr;
    WordView w = doc.W(q);
    if (w == "of" && part) {
      Mentions owner = doc.ListAt(q + 1, doc.ClauseEnd(j), 2);
      return !owner.empty() && !owner[0]->possessive && owner[0]->kind == MentionKind::kName ? owner[0] : nullptr;
    }
    if (w == "," || (doc.IsPreposition(q) && w != "of")) return nullptr;
    part = part || IsUnitWord(w) || w == "assets" || w == "staff" || w == "technology" || w == "patents" ||
           w == "operations";
  }
  return nullptr;
}

void PayFrame(const DocContext& doc, uint32_t k, const TriggerWord& t, std::vector<Candidate>& out) {
  Mentions payer = doc.Agent(k);
  if (t.form == Form::kIng && k > 0 && doc.W(k - 1) == ",") {
    // "Google first backed Anthropic in 2022, paying $300m for a stake": the
    // participle shares the subject of its clause, not the nearest name.
    for (uint32_t j = doc.ClauseBegin(k); j + 1 < k; ++j) {
      const Mention* m = doc.MentionAt(j);
      if (!m) continue;
      if (!m->possessive && (j == 0 || !doc.IsPreposition(j - 1))) payer = {m};
      break;
    }
  }
  if (payer.empty()) return;
  // "would prepay up to $350 million to Y": money ahead for Y's goods.
  if (doc.W(k).starts_with("prepa")) {
    Mentions seller = doc.AfterPrep(k, {"to"}, WindowPastMoney(doc, k, 4));
    if (seller.empty() || seller[0]->possessive || payer[0]->possessive ||
        seller[0]->canonical == payer[0]->canonical) {
      return;
    }
    Candidate c = Make(doc, DealType::kPurchase, k, t, {payer[0]}, {seller[0]});
    c.asset = PurchaseAsset(doc, k, {seller[0]}, true, 12);
    if (c.asset == Asset::kNone) c.asset = Asset::kOther;
    c.money = doc.MoneyNear(k, true);
    if (c.status == DealStatus::kCompleted) c.status = DealStatus::kAnnounced;
    out.push_back(c);
    return;
  }
  Mentions payee;
  if (k + 1 < doc.ClauseEnd(k)) {
    if (const Mention* m = doc.MentionAt(k + 1); m && m->first_token == k + 1) payee = {m};
  }
  const Entity* money = doc.MoneyNear(k, true);
  // Fees, fines and dividends are payments, not deals.
  if (Has(doc, k + 1, std::min(doc.ClauseEnd(k), k + 12),
          {"fee", "fees", "fine", "fines", "penalty", "dividend", "dividends", "settlement", "salaries", "taxes"})) {
    return;
  }
  Mentions target;
  bool unit_owner = false;  // target is "X's" before a unit word: X sells that unit
  // ("will pay $1.15 billion, about two-thirds in cash and the rest in
  // shares, for X": past an aside between commas.)
  // (Also "will pay $20 a share in cash, or about $400 million, for X": the
  // aside after a few words of the price.)
  uint32_t for_end = k + 12;
  if (const Entity* m = doc.MoneyAt(k + 1)) {
    for (uint32_t j = m->end_token; j < std::min(doc.ClauseEnd(k), m->end_token + 5); ++j) {
      if (doc.W(j) == ",") {
        for_end = k + 26;
        break;
      }
      if (doc.MentionAt(j) || doc.W(j) == "for") break;
    }
  }
  for (uint32_t j = k + 1; j < std::min(doc.ClauseEnd(k), for_end); ++j) {
    if (doc.W(j) != "for") continue;
    // "for cloud security start-up Wiz": a short description may come first.
    // ("for all of Y", "for the whole of Y": the whole company.)
    uint32_t from_q = j + 1;
    if (from_q + 2 < doc.ClauseEnd(k) && doc.W(from_q + 1) == "of" &&
        (doc.W(from_q) == "all" || (doc.W(from_q) == "whole" && doc.W(j + 1) == "the"))) {
      from_q += 2;
    } else if (from_q + 3 < doc.ClauseEnd(k) && doc.W(from_q) == "the" && doc.W(from_q + 1) == "whole" &&
               doc.W(from_q + 2) == "of") {
      from_q += 3;
    }
    for (uint32_t q = from_q; q < std::min(doc.ClauseEnd(k), from_q + 5); ++q) {
      const Mention* m = doc.MentionAt(q);
      if (m && m->kind != MentionKind::kPronoun) target = {m};
      if (m || doc.IsPreposition(q) || doc.MoneyAt(q) || doc.W(q) == ",") break;
    }
    // ("for most of the assets and staff of Humane": the owner of what is bought.)
    if (target.empty()) {
      if (const Mention* owner = OwnerOfPartAfter(doc, j)) target = {owner};
    }
    // ("for Lumen's consumer fibre business": the owner of the unit, as in "buy X's unit".)
    if (!target.empty() && target[0]->possessive && target[0]->kind == MentionKind::kName &&
        target[0]->canonical != payer[0]->canonical) {
      const uint32_t a = target[0]->end_token + 1;
      for (uint32_t u = a; u < std::min(doc.ClauseEnd(k), a + 5); ++u) {
        if (doc.MentionAt(u) || doc.IsPreposition(u) || doc.W(u) == ",") break;
        if (IsUnitWord(doc.W(u))) {
          unit_owner = true;
          break;
        }
      }
    }
    break;
  }
  if (IsStakeObject(doc, k)) {
    // (The amount's own tokens, with a conversion in brackets, do not count
    // against the windows: "pay A$233.25 million (about $153 million) for a
    // 75% stake in Y".)
    const uint32_t window = WindowPastMoney(doc, k, 12);
    Mentions to = doc.AfterPrep(k, {"in"}, window);
    // ("paid $14.3 billion for 49% of data-labelling company Scale AI".)
    // ("will pay Y €4.25 billion for the 50% of Z it does not own": Z's
    // shares, whoever sells them.)
    for (uint32_t j = k + 1; to.empty() && j + 2 < std::min(doc.ClauseEnd(k), k + 16); ++j) {
      // ("for roughly a fifth of Chinese EV maker Y": a fraction too.)
      const WordView w = doc.W(j);
      const bool percent = w == "%" || w == "percent" || (w.size() > 1 && w.back() == '%') ||
                           (j > k + 1 && doc.W(j - 1) == "a" && IsFractionWord(w));
      if (!percent || doc.W(j + 1) != "of") continue;
      Mentions of = doc.ListAt(j + 2, doc.ClauseEnd(k), 3);
      if (!of.empty() && !of[0]->possessive && of[0]->canonical != payer[0]->canonical) to = {of[0]};
      break;
    }
    if (to.empty()) to = payee;
    // "pay $6.01 per share for newly issued Nokia shares": the company whose shares.
    for (uint32_t j = k + 1; to.empty() && j + 1 < std::min(doc.ClauseEnd(k), k + 14); ++j) {
      const Mention* m = doc.MentionAt(j);
      if (m && m->end_token < doc.words().size() &&
          (doc.W(m->end_token) == "shares" || doc.W(m->end_token) == "stock")) {
        to = {m};
      }
    }
    // ("paying 7.2 billion pesos for a 61% stake", "for a majority stake": control, an acquisition.)
    const uint32_t share_end = std::min(doc.ClauseEnd(k), k + 16 + (window - 12));
    const bool control = ControlShare(doc, k + 1, share_end);
    Candidate c = Make(doc, control ? DealType::kAcquisition : DealType::kInvestment, k, t, payer, to);
    c.money = money;
    c.money_required = to.empty();
    c.implied_to = to.empty();
    out.push_back(c);
    return;
  }
  // ("to pay for the Nvidia order", "for the Arcwell chips": the name modifies
  // what is paid for, no company bought.)
  if (!target.empty() && !target[0]->possessive && target[0]->end_token < doc.ClauseEnd(k) &&
      Has(doc, target[0]->end_token, target[0]->end_token + 1,
          {"order", "orders", "contract", "contracts", "deal", "deals", "chips", "processors", "gpus", "systems",
           "servers", "accelerators", "equipment", "capacity", "services", "purchase", "purchases"})) {
    target.clear();
  }
  if (!target.empty() && (!target[0]->possessive || unit_owner)) {
    Candidate c = Make(doc, DealType::kAcquisition, k, t, payer, {target[0]});
    c.money = money;
    // ("to pay about $410 million for Tiderow licence and staff": the company's rights, not the company.)
    const uint32_t a = target[0]->end_token;
    if (a < doc.ClauseEnd(k) && Has(doc, a, a + 1, {"licence", "license", "licensing", "technology", "rights"})) {
      c.type = DealType::kPurchase;
      c.asset = Asset::kOther;
      out.push_back(c);
      return;
    }
    // "X offered $N for Y": a bid, not a done deal.
    if (doc.W(k) == "offered" && c.status == DealStatus::kCompleted) c.status = DealStatus::kAnnounced;
    out.push_back(c);
    // Gapping: "paid $27.7 billion for Slack in 2021 and about $15.7 billion for Tableau".
    for (uint32_t j = target[0]->end_token; j + 3 < doc.ClauseEnd(k) && j < target[0]->end_token + 8; ++j) {
      if (doc.W(j) != "and" || !doc.MoneyAt(j + 1)) continue;
      const Entity* more = doc.MoneyAt(j + 1);
      uint32_t f = j + 1;
      while (f < doc.ClauseEnd(k) && doc.MoneyAt(f) == more) ++f;
      if (f >= doc.ClauseEnd(k) || doc.W(f) != "for") break;
      Mentions next = doc.ListAt(f + 1, doc.ClauseEnd(k), 3);
      if (next.empty() || next[0]->possessive) break;
      Candidate d = Make(doc, DealType::kAcquisition, k, t, payer, {next[0]});
      d.money = more;
      out.push_back(d);
      break;
    }
    return;
  }
  bool licence = false;  // people and rights, not goods
  if (payee.empty() && money && target.empty()) {
    // "paid about $2.7bn to Character.AI for a licence", "paid $900mn to
    // hire Enfabrica's staff and license its technology": the company paid.
    uint32_t after = money->end_token;
    if (after + 1 < doc.ClauseEnd(k) && doc.W(after) == "to") {
      if (const Mention* m = doc.MentionAt(after + 1); m && m->first_token == after + 1 && !m->possessive) {
        payee = {m};
      }
    }
    for (uint32_t j = after; payee.empty() && j < std::min(doc.ClauseEnd(k), after + 6); ++j) {
      WordView w = doc.W(j);
      if (w != "hire" || j == 0 || doc.W(j - 1) != "to") {
        if (!(w == "license" || w == "licence") || j == 0 || doc.W(j - 1) != "to") continue;
      }
      for (uint32_t q = j + 1; q < std::min(doc.ClauseEnd(k), j + 6); ++q) {
        const Mention* m = doc.MentionAt(q);
        if (m && m->kind == MentionKind::kName && (m->possessive || doc.W(q - 1) == "from")) {
          payee = {m};
          licence = true;
        }
        if (m) break;
      }
      break;
    }
    // "will pay about $310 million for a non-exclusive licence to the start-up's models".
    for (uint32_t j = after; payee.empty() && j < std::min(doc.ClauseEnd(k), after + 3); ++j) {
      if (doc.W(j) != "for") continue;
      for (uint32_t l = j + 1; l + 2 < doc.ClauseEnd(k) && l < j + 5; ++l) {
        if (doc.MentionAt(l)) break;
        if (!Has(doc, l, l + 1, {"licence", "license", "licences", "licenses"}) || doc.W(l + 1) != "to") continue;
        if (const Mention* m = doc.MentionAt(l + 2); m && m->possessive) {
          payee = {m};
          licence = true;
        }
        break;
      }
      break;
    }
  }
  if (payee.empty()) {
    // "pay about $23 billion for a different set of EchoStar's licenses": the owner of the goods sells them.
    for (uint32_t j = k + 1; j < std::min(doc.ClauseEnd(k), k + 16); ++j) {
      if (doc.W(j) != "for") continue;
      for (uint32_t q = j + 1; q < std::min(doc.ClauseEnd(k), j + 8); ++q) {
        const Mention* m = doc.MentionAt(q);
        if (!m) continue;
        if (m->possessive && m->kind == MentionKind::kName && doc.AssetNear(m->end_token, true, 3) != Asset::kNone) {
          payee = {m};
        }
        break;
      }
      break;
    }
  }
  // ("paying about $20 billion in cash for the assets": what the earlier deal bought.)
  auto for_the_deal = [&] {
    for (uint32_t j = k + 1; j < std::min(doc.ClauseEnd(k), k + 8) && j + 1 < doc.ClauseEnd(k); ++j) {
      if (doc.W(j) != "for") continue;
      WordView d = doc.W(j + 1);
      if (d != "the" && d != "those" && d != "these") return false;
      for (uint32_t q = j + 2; q < doc.ClauseEnd(k) && doc.W(q) != ","; ++q) {
        if (doc.MentionAt(q) || doc.MoneyAt(q)) return false;
      }
      return true;
    }
    return false;
  };
  // "it will pay $157 a share in cash, or roughly $28 billion": the total
  // after the price per share is the deal's amount.
  const Entity* per_share = k + 1 < doc.ClauseEnd(k) ? doc.MoneyAt(k + 1) : nullptr;
  if (!per_share && k + 2 < doc.ClauseEnd(k) && !doc.MentionAt(k + 1)) per_share = doc.MoneyAt(k + 2);
  if (payee.empty() && per_share && target.empty() && !payer[0]->possessive) {
    uint32_t a = per_share->end_token;
    if (a + 1 < doc.ClauseEnd(k) && (doc.W(a) == "a" || doc.W(a) == "per" || doc.W(a) == "each") &&
        doc.W(a + 1) == "share") {
      for (uint32_t j = a + 2; j + 1 < doc.ClauseEnd(k) && j < a + 8; ++j) {
        if (doc.W(j) != "or") continue;
        const Entity* total = nullptr;
        for (uint32_t q = j + 1; q < doc.ClauseEnd(k) && q < j + 4 && !total; ++q) total = doc.MoneyAt(q);
        if (!total || total == per_share) break;
        Candidate c = Make(doc, DealType::kAcquisition, k, t, payer, {});
        c.money = total;
        c.anaphoric = true;
        out.push_back(c);
        return;
      }
    }
  }
  const bool money_next = doc.MoneyAt(k + 1) == money || (k + 2 < doc.ClauseEnd(k) && doc.MoneyAt(k + 2) == money &&
                                                          !doc.MentionAt(k + 1) && doc.IsPreposition(k + 1));
  if (payee.empty() && money && target.empty() && money_next && !payer[0]->possessive &&
      (!Has(doc, k + 1, std::min(doc.ClauseEnd(k), k + 8), {"for", "to", "per", "a", "each"}) || for_the_deal())) {
    // "Zscaler will pay about $675 million in cash and stock": the price of
    // the deal the payer made in the sentences before.
    Candidate c = Make(doc, DealType::kAcquisition, k, t, payer, {});
    c.money = money;
    c.anaphoric = true;
    out.push_back(c);
    return;
  }
  // ("agreed to pay Character.AI for a licence to its models": rights bought, no amount told.)
  // ("has paid Le Monde and Spain's Prisa Media for the use of their
  // content": content bought from each publisher named.)
  Mentions payees = payee;
  if (!payee.empty() && !money) {
    Mentions list = doc.ListAt(payee[0]->first_token, doc.ClauseEnd(k), 3);
    if (list.size() > 1) payees = list;
  }
  const uint32_t after_payees = payees.empty() ? k : payees.back()->end_token;
  if (!payee.empty() && !money &&
      (Has(doc, payee[0]->end_token, std::min(doc.ClauseEnd(k), payee[0]->end_token + 4),
           {"licence", "license", "licences", "licenses", "rights"}) ||
       (after_payees < doc.ClauseEnd(k) && doc.W(after_payees) == "for" &&
        Has(doc, after_payees + 1, std::min(doc.ClauseEnd(k), after_payees + 6),
            {"content", "journalism", "articles", "archive", "archives", "images", "photos", "music", "songs",
             "catalogue", "catalog", "books", "titles", "footage", "videos"})))) {
    // (No amount covers them together: a purchase from each.)
    for (const Mention* seller : payees) {
      if (seller->possessive && seller != payees.front()) continue;
      Candidate c = Make(doc, DealType::kPurchase, k, t, payer, {seller});
      c.asset = Asset::kOther;
      out.push_back(c);
    }
    return;
  }
  // "is paying about 42 billion naira for the shell to Y": the seller after what is bought.
  if (payee.empty() && money && target.empty()) {
    for (uint32_t j = money->end_token; j + 3 < doc.ClauseEnd(k) && j < money->end_token + 3; ++j) {
      if (doc.W(j) != "for") continue;
      for (uint32_t q = j + 1; q + 1 < doc.ClauseEnd(k) && q < j + 8; ++q) {
        if (doc.MentionAt(q) || doc.MoneyAt(q) || doc.W(q) == ",") break;
        if (doc.W(q) != "to") continue;
        const Mention* m = doc.MentionAt(q + 1);
        if (m && m->first_token == q + 1 && m->kind == MentionKind::kName && !m->possessive &&
            m->canonical != payer[0]->canonical) {
          payee = {m};
        }
        break;
      }
      break;
    }
  }
  if (payee.empty() || !money) return;
  Asset asset = PurchaseAsset(doc, k, payee, true, 16);
  Candidate c = Make(doc, DealType::kPurchase, k, t, payer, payee);
  c.asset = asset == Asset::kNone || licence ? Asset::kOther : asset;
  c.money = money;
  out.push_back(c);
}

// "X is the largest backer of Y", "X, an early investor in Y".
void BackerFrame(const DocContext& doc, uint32_t k, const TriggerWord& t, std::vector<Candidate>& out) {
  // "Yarkon Capital, which is not an investor in Kidon": a holding denied.
  if (k >= 2 && (doc.W(k - 2) == "not" || doc.W(k - 1) == "not" || (k >= 3 && doc.W(k - 3) == "not"))) return;
  const uint32_t end = doc.ClauseEnd(k);
  // "Cohere's investors include Nvidia and Oracle": the possessor's backers are listed.
  if (const Mention* p = doc.PossessorBefore(k); p && k + 2 < end &&
      (doc.W(k + 1) == "include" || doc.W(k + 1) == "included" || doc.W(k + 1) == "includes" ||
       doc.W(k + 1) == "are" || doc.W(k + 1) == "were")) {
    Mentions from = doc.ListAt(k + 2, end, 3);
    if (!from.empty() && from[0]->canonical != p->canonical) {
      Candidate c = Make(doc, DealType::kInvestment, k, t, from, {p});
      if (!doc.HasStatusCue(k)) c.status = DealStatus::kCompleted;
      out.push_back(c);
    }
    return;
  }
  // "Tervane, whose backers include X": the name before "whose".
  if (k >= 3 && doc.W(k - 1) == "whose" && doc.W(k - 2) == "," && k + 2 < end &&
      (doc.W(k + 1) == "include" || doc.W(k + 1) == "included" || doc.W(k + 1) == "includes")) {
    const Mention* owner = doc.MentionAt(k - 3);
    Mentions from = doc.ListAt(k + 2, end, 3);
    if (owner && !owner->possessive && !from.empty() && from[0]->canonical != owner->canonical) {
      Candidate c = Make(doc, DealType::kInvestment, k, t, from, {owner});
      if (!doc.HasStatusCue(k)) c.status = DealStatus::kCompleted;
      out.push_back(c);
    }
    return;
  }
  // "Tervane counts X and Y as investors": the counted names back the subject.
  if (k >= 2 && (doc.W(k - 1) == "as" || (doc.W(k - 1) == "an" && doc.W(k - 2) == "as"))) {
    uint32_t as = doc.W(k - 1) == "as" ? k - 1 : k - 2;
    for (uint32_t j = doc.ClauseBegin(k); j + 1 < as; ++j) {
      WordView w = doc.W(j);
      if (w != "counts" && w != "count" && w != "counted" && w != "lists" && w != "listed") continue;
      Mentions from = doc.ListAt(j + 1, as, 3);
      Mentions owner = doc.Agent(j);
      if (from.empty() || owner.empty() || owner[0]->possessive || from[0]->canonical == owner[0]->canonical) break;
      Candidate c = Make(doc, DealType::kInvestment, k, t, from, {owner[0]});
      if (!doc.HasStatusCue(k)) c.status = DealStatus::kCompleted;
      out.push_back(c);
      return;
    }
  }
  // "Perplexity, which counts Nvidia among its backers": the counted names back the subject.
  if (k >= 2 && doc.W(k - 2) == "among" && (doc.W(k - 1) == "its" || doc.W(k - 1) == "their")) {
    for (uint32_t j = doc.ClauseBegin(k); j + 1 < k; ++j) {
      WordView w = doc.W(j);
      if (w != "counts" && w != "count" && w != "counted" && w != "counting") continue;
      Mentions from = doc.ListAt(j + 1, k, 3);
      const Mention* owner = doc.MentionAt(k - 1);
      if (from.empty() || !owner) break;
      Candidate c = Make(doc, DealType::kInvestment, k, t, from, {owner});
      if (!doc.HasStatusCue(k)) c.status = DealStatus::kCompleted;
      out.push_back(c);
      return;
    }
  }
  // "X was among the investors in Y's $13 billion Series F", "X is among
  // the backers of Y": X backs Y.
  if (k >= 3 && doc.W(k - 2) == "among" && doc.W(k - 1) == "the" && (doc.W(k) == "investors" || doc.W(k) == "backers") &&
      (doc.W(k - 3) == "was" || doc.W(k - 3) == "is" || doc.W(k - 3) == "were" || doc.W(k - 3) == "are")) {
    Mentions from = doc.Agent(k - 3);
    Mentions to = doc.AfterPrep(k, {"in", "of"}, 2);
    if (from.empty() || to.empty() || from[0]->possessive || from[0]->canonical == to[0]->canonical) return;
    if (to[0]->possessive) {
      uint32_t j = to[0]->end_token;
      while (j < end && j < to[0]->end_token + 6 && !IsRoundWord(doc.W(j)) && !doc.IsPreposition(j)) ++j;
      if (!(j < end && IsRoundWord(doc.W(j)))) return;  // ("among the investors in Y's chips")
    }
    // (", a round led by Z": the lead is one of the round's investors too.)
    const uint32_t sentence_end = doc.SentenceEnd(k);
    for (uint32_t j = k + 2; j + 2 < sentence_end && j < k + 20; ++j) {
      if (doc.W(j) != "led" || doc.W(j + 1) != "by") continue;
      for (const Mention* m : doc.ListAt(j + 2, sentence_end, 3)) {
        if (m->canonical != to[0]->canonical) AddUnique(from, m);
      }
      break;
    }
    Candidate c = Make(doc, DealType::kInvestment, k, t, from, {to[0]});
    if (!doc.HasStatusCue(k)) c.status = DealStatus::kCompleted;
    c.money = doc.MoneyNear(k, true);
    out.push_back(c);
    return;
  }
  if (doc.W(k) == "investors" || doc.W(k) == "shareholders") return;  // only in the forms above
  Mentions to = doc.AfterPrep(k, {"of", "in"}, 2);
  if (to.empty()) {  // "became Intel's largest shareholder"
    if (const Mention* p = doc.PossessorBefore(k)) to = {p};
  }
  if (to.empty()) return;
  Mentions from = doc.Agent(k);
  if (from.empty()) return;
  // The backer is named by a copula or an apposition: "X is the largest
  // backer of Y", "X became Y's largest shareholder", "X, an investor in Y".
  bool linked = false;
  uint32_t after = from.back()->end_token;
  for (uint32_t j = after; j < k; ++j) {
    WordView w = doc.W(j);
    // ("X is negotiating a round with its largest shareholder, Y": a copula
    // far from the noun links nothing.)
    if (((w == "is" || w == "was" || w == "became" || w == "becomes" || w == "remains" || w == "remained" ||
          w == "become" || w == "be") && k - j <= 6) ||
        (w == "," && j == after && k - j <= 5)) {
      linked = true;
    }
  }
  if (!linked) return;
  // "The carrier put $100 million into Y in 2023 and was an investor in Z":
  // the second verb's subject is the first's, not the object before "and".
  for (uint32_t j = std::max(after, k > 4 ? k - 4 : 0); j + 1 < k; ++j) {
    if (doc.W(j) != "and" || (doc.W(j + 1) != "was" && doc.W(j + 1) != "is" && doc.W(j + 1) != "became")) continue;
    const Sentence& sent = doc.seg().sentences[doc.SentenceOf(k)];
    const Mention* subject = doc.MentionAt(sent.first_token);
    if (!subject || subject->possessive || subject->first_token >= from[0]->first_token) return;
    // ("X raised $N in a round led by Y, which put $M into the lab and became
    // its largest shareholder": a relative clause has its own subject.)
    if (Has(doc, subject->end_token, j, {",", "which", "who", "that"})) break;
    from = {subject};
    break;
  }
  // "..., Y, the family holding company that is its largest shareholder": the
  // name the description stands for holds the stake (not a subject before it).
  for (uint32_t r = k; r-- > after && k - r <= 6;) {
    if (doc.W(r) != "that" && doc.W(r) != "which") continue;
    if (const Mention* head = NameBeforeApposition(doc, r, 8)) {
      // ("its" there is not the described name's own: the sentence's first other name.)
      if (head->canonical == to[0]->canonical) {
        if (to[0]->kind != MentionKind::kPronoun) return;
        to.clear();
        const uint32_t first = doc.seg().sentences[doc.SentenceOf(k)].first_token;
        for (uint32_t j = first; j < head->first_token && to.empty(); ++j) {
          const Mention* m = doc.MentionAt(j);
          if (m && !m->possessive && m->kind == MentionKind::kName && m->canonical != head->canonical) to = {m};
        }
        if (to.empty()) return;
      }
      from = {head};
    }
    break;
  }
  Candidate c = Make(doc, DealType::kInvestment, k, t, from, {to[0]});
  if (!doc.HasStatusCue(k)) c.status = DealStatus::kCompleted;  // a standing stake
  c.money = doc.MoneyNear(k, false);
  out.push_back(c);
}

// "between Wolfden Data, a developer of data centres in Ohio, and Brennan
// Power": a one-name list read after "between" gets the second party named
// after the apposition's closing comma.
void SecondAfterApposition(const DocContext& doc, uint32_t k, Mentions& pair) {
  if (pair.size() != 1 || doc.W(pair[0]->first_token - 1) != "between" ||
      pair[0]->end_token >= doc.words().size() || doc.W(pair[0]->end_token) != ",") {
    return;
  }
  const Sentence& sent = doc.seg().sentences[doc.SentenceOf(k)];
  for (uint32_t j = pair[0]->end_token + 1; j + 2 < sent.end_token && j < pair[0]->end_token + 16; ++j) {
    if (doc.MentionAt(j) && doc.MentionAt(j)->kind == MentionKind::kName) break;
    if (doc.W(j) != "," || doc.W(j + 1) != "and") continue;
    const Mention* m = doc.MentionAt(j + 2);
    if (m && m->first_token == j + 2 && !m->possessive && m->canonical != pair[0]->canonical) pair.push_back(m);
    break;
  }
}

// A utility, a power producer or a maker of generating equipment, by its
// gazetteer description.
bool PowerCompany(const DocContext& doc, const Mention& m) {
  const OrgInfo* info = doc.gazetteer().Find(m.canonical);
  if (!info) return false;
  for (const std::string& d : info->descriptions) {
    for (std::string_view w : {"power", "energy", "utility", "fuel cell", "nuclear", "electric", "solar", "wind",
                               "turbine", "reactor", "geothermal"}) {
      // (Whole words: "wind farm", not "windows maker"; a plural and "electricity" count.)
      for (size_t at = d.find(w); at != std::string::npos; at = d.find(w, at + 1)) {
        bool starts = at == 0 || d[at - 1] == ' ' || d[at - 1] == '-';
        size_t e = at + w.size();
        bool ends = e == d.size() || d[e] == ' ' || d[e] == '-' || d[e] == 's' || w == "electric";
        if (starts && ends) return true;
      }
    }
  }
  return false;
}

// A builder or owner of data centres, by its gazetteer trade or by the
// apposition after its name ("Brasswell Digital, a developer of high-density
// data centres, ..."): the landlord of a lease.
bool DataCentreCompany(const DocContext& doc, const Mention& mention) {
  // ("data-centre operator Switch": the trade written right before the name.)
  if (mention.kind == MentionKind::kName && mention.first_token >= 2) {
    const uint32_t f = mention.first_token;
    const WordView trade = doc.W(f - 1);
    if ((trade == "operator" || trade == "developer" || trade == "provider" || trade == "landlord") &&
        (doc.W(f - 2) == "data-centre" || doc.W(f - 2) == "data-center" || doc.W(f - 2) == "colocation" ||
         doc.W(f - 2) == "centre" || doc.W(f - 2) == "center")) {
      return true;
    }
  }
  if (const OrgInfo* info = doc.gazetteer().Find(mention.canonical)) {
    for (const std::string& d : info->descriptions) {
      if (d.find("data cent") != std::string::npos || d.find("data-cent") != std::string::npos ||
          d.find("colocation") != std::string::npos) {
        return true;
      }
    }
    return false;
  }
  // (Any of its name's first three mentions with an apposition: a headline
  // names it bare, the lead describes it.)
  int seen = 0;
  for (const Mention& m : doc.mentions()) {
    if (m.kind != MentionKind::kName || m.canonical != mention.canonical) continue;
    if (++seen > 3) break;
    const uint32_t end = doc.seg().sentences[doc.SentenceOf(m.first_token)].end_token;
    uint32_t j = m.end_token;
    if (j + 2 >= end || doc.W(j) != "," || !(doc.W(j + 1) == "a" || doc.W(j + 1) == "an" || doc.W(j + 1) == "the")) {
      continue;
    }
    for (j += 2; j + 1 < end && j < m.end_token + 14 && doc.W(j) != ","; ++j) {
      WordView w = doc.W(j), next = doc.W(j + 1);
      if ((w == "data" && (next == "centres" || next == "centers" || next == "centre" || next == "center")) ||
          w == "data-centre" || w == "data-center" || w == "colocation") {
        return true;
      }
    }
  }
  return false;
}

// "a contract ... for GPU cloud capacity from Y": the seller named after
// "from" when goods words lie between the deal word at k and it, in k's
// clause, and the seller is not the buyer; nullptr otherwise.
const Mention* SellerOfGoods(const DocContext& doc, uint32_t k, const Mention& buyer) {
  const uint32_t end = std::min(doc.ClauseEnd(k), WindowPastMoney(doc, k, 12) + k + 1);
  bool goods = false;
  for (uint32_t j = k + 1; j + 1 < end; ++j) {
    if (const Mention* m = doc.MentionAt(j)) {
      // ("an agreement worth N to run its games on Y servers": the owner of
      // the goods the deal runs on.)
      // ("to move most of its core banking systems to Microsoft's Azure
      // cloud": the cloud a migration moves to.)
      const bool move_to = j > k + 1 && doc.W(j - 1) == "to" &&
                           Has(doc, k + 1, j, {"move", "migrate", "shift", "transfer", "moving", "migrating"});
      if (j > k + 1 && (doc.W(j - 1) == "on" || move_to) && m->kind == MentionKind::kName &&
          m->canonical != buyer.canonical && Has(doc, k + 1, j, {"to"})) {
        // (A possessive owner before the named service: the service.)
        const Mention* named = m;
        if (m->possessive && m->end_token + 1 < end && doc.W(m->end_token) == "'s" && doc.MentionAt(m->end_token + 1)) {
          named = doc.MentionAt(m->end_token + 1);
        }
        const Asset a = doc.AssetNear(named->end_token, true, 2);
        if ((a == Asset::kCloud || a == Asset::kChips) && named->canonical != buyer.canonical) return named;
      }
      if (m->kind == MentionKind::kPronoun && m->possessive) continue;  // "its games"
      return nullptr;
    }
    if (doc.W(j) == "for") goods = doc.AssetNear(j, true, 4) != Asset::kNone;
    if (doc.W(j) != "from") continue;
    const Mention* m = doc.MentionAt(j + 1);
    if (!goods || !m || m->possessive || m->kind != MentionKind::kName || m->canonical == buyer.canonical) return nullptr;
    return m;
  }
  return nullptr;
}

// Whether `other`, the other side of an agreement signed by `signer`, is a
// government body (by the gazetteer) and the signer is not: the state buys.
bool StateBuys(const DocContext& doc, const Mention& other, const Mention& signer) {
  auto government = [&](const Mention& m) {
    const OrgInfo* info = doc.gazetteer().Find(m.canonical);
    if (info) return info->kind == OrgKind::kGovernment;
    // ("the National Reconnaissance Office", "Ministry of Digital Affairs":
    // a public body by the words of its name.)
    if (m.kind != MentionKind::kName) return false;
    const std::string_view name = m.canonical;
    const size_t sp = name.rfind(' ');
    if (sp == std::string_view::npos) return false;
    const std::string_view first = name.substr(0, name.find(' ')), last = name.substr(sp + 1);
    return first == "Ministry" || first == "Department" || last == "Ministry" || last == "Department" ||
           last == "Office" || last == "Agency" || last == "Administration" || last == "Commission" ||
           last == "Command" || last == "Corps" || last == "Force" || last == "Army" || last == "Navy" ||
           last == "Laboratory" || last == "Laboratories";
  };
  return government(other) && !government(signer);
}

// "awarded", "handed", "gave": verbs that give a contract to its seller.
bool AwardVerb(WordView v) {
  return v == "awarded" || v == "awards" || v == "award" || v == "handed" || v == "gave" || v == "given";
}

// A contract `buyer` awarded to `seller` at the deal word k: goods by the
// seller's trade, its amount the nearest (after k first when `money_after`).
Candidate AwardedContract(const DocContext& doc, uint32_t k, const TriggerWord& t, const Mention* buyer,
                          const Mention* seller, bool money_after) {
  Candidate c = Make(doc, DealType::kPurchase, k, t, {buyer}, {seller});
  c.asset = PurchaseAsset(doc, k, {seller}, true, 12);
  if (c.asset == Asset::kNone) c.asset = Asset::kOther;
  c.money = doc.MoneyNear(k, money_after);
  // (A contract awarded, even years ago, runs: agreed, not carried out in full.)
  if (c.status == DealStatus::kCompleted) c.status = DealStatus::kAnnounced;
  return c;
}

void DealFrame(const DocContext& doc, uint32_t k, const TriggerWord& t, std::vector<Candidate>& out) {
  // "A $9.7 billion contract for GPU capacity was signed by X with Y": X
  // buys the goods the contract names from Y.
  if (t.form == Form::kNoun) {
    const uint32_t end = doc.SentenceEnd(k);
    for (uint32_t j = k + 1; j + 3 < end && j < k + 14; ++j) {
      if (doc.MentionAt(j)) break;
      // ("has been signed by X, a Nantes maker of AI tools, with Y": the
      // perfect too, and past an apposition.)
      const bool perfect =
          doc.W(j) == "been" && (doc.W(j - 1) == "has" || doc.W(j - 1) == "have" || doc.W(j - 1) == "had");
      if ((!perfect && doc.W(j) != "was" && doc.W(j) != "were") || doc.W(j + 1) != "signed" || doc.W(j + 2) != "by") {
        continue;
      }
      const Mention* buyer = doc.MentionAt(j + 3);
      if (!buyer || buyer->possessive || buyer->first_token != j + 3) break;
      uint32_t a = buyer->end_token;
      if (a + 2 < end && doc.W(a) == "," && (doc.W(a + 1) == "a" || doc.W(a + 1) == "an" || doc.W(a + 1) == "the")) {
        uint32_t c = a + 2;
        while (c < end && c < a + 16 && doc.W(c) != "," && !doc.MentionAt(c)) ++c;
        if (c + 1 < end && doc.W(c) == "," && doc.W(c + 1) == "with") a = c + 1;
      }
      const Mention* seller = a + 1 < end && doc.W(a) == "with" ? doc.MentionAt(a + 1) : nullptr;
      if (!seller || seller->possessive || seller->canonical == buyer->canonical) break;
      const Asset goods = ComputingFirstCueIn(doc, k, doc.seg().sentences[doc.SentenceOf(k)].first_token, j, false);
      if (goods == Asset::kNone) break;
      Candidate c = Make(doc, DealType::kPurchase, k, t, {buyer}, {seller});
      c.asset = goods;
      if (c.status == DealStatus::kCompleted) c.status = DealStatus::kAnnounced;  // signed, not yet delivered
      c.money = doc.MoneyNear(k, false);
      out.push_back(c);
      return;
    }
  }
  // "NHS England awarded Palantir a £330 million contract": the awarding side buys.
  if ((doc.W(k) == "contract" || doc.W(k) == "contracts") && k >= 3) {
    for (uint32_t j = k - 1; j > doc.ClauseBegin(k) && k - j < 8; --j) {
      if (doc.W(j) != "a" && doc.W(j) != "an") continue;
      const Mention* seller = doc.MentionAt(j - 1);
      // ("has awarded Y, a Scottish maker of drones, a contract": past the apposition.)
      if (!seller && doc.W(j - 1) == ",") seller = NameBeforeApposition(doc, j - 1, 14);
      if (!seller || seller->possessive || seller->first_token == 0) break;
      if (!AwardVerb(doc.W(seller->first_token - 1))) break;
      Mentions buyer = doc.Agent(seller->first_token - 1);
      if (buyer.empty() || buyer[0]->possessive || buyer[0]->canonical == seller->canonical) break;
      out.push_back(AwardedContract(doc, k, t, buyer[0], seller, false));
      return;
    }
  }
  // "Y had been awarded a contract worth up to $24 million by X": the
  // awarding side, named after "by", buys.
  if ((doc.W(k) == "contract" || doc.W(k) == "contracts") && k >= 3) {
    for (uint32_t j = k - 1; j > doc.ClauseBegin(k) && k - j < 8; --j) {
      if (doc.MentionAt(j) || doc.TriggerAt(j)) break;
      if (doc.W(j) != "awarded" || (doc.W(j - 1) != "been" && doc.W(j - 1) != "was" && doc.W(j - 1) != "were")) continue;
      Mentions by = doc.AfterPrep(k, {"by"}, WindowPastMoney(doc, k, 4));
      Mentions seller = doc.Agent(j);
      if (by.empty() || seller.empty() || by[0]->possessive || seller[0]->possessive ||
          by[0]->canonical == seller[0]->canonical) {
        break;
      }
      out.push_back(AwardedContract(doc, k, t, by[0], seller[0], true));
      return;
    }
  }
  // "X awarded the Joint Warfighting Cloud Capability contract, worth up to $9
  // billion, to A, B, C and D": the awarding side buys from each, one amount
  // for all. ("A separate EUR 18 million contract was awarded by X to Y": the same.)
  if ((doc.W(k) == "contract" || doc.W(k) == "contracts") && k >= 2) {
    const uint32_t end = doc.SentenceEnd(k);
    uint32_t verb = 0;
    Mentions buyer;
    for (uint32_t j = k; j-- > doc.ClauseBegin(k) && k - j < 10;) {
      // (A programme's capitalized name may hold a deal word or a name: "the
      // Joint Warfighting Cloud Capability contract".)
      if (!doc.seg().tokens[j].capitalized && (doc.MentionAt(j) || doc.TriggerAt(j))) break;
      if (doc.W(j) == "awarded" || doc.W(j) == "awards") {
        verb = j;
        break;
      }
    }
    if (verb > 0 && doc.W(verb - 1) != "was" && doc.W(verb - 1) != "were" && doc.W(verb - 1) != "been") {
      buyer = doc.Agent(verb);
    }
    uint32_t to = 0;
    for (uint32_t j = k + 1; j + 1 < end && j < k + 16 && !to; ++j) {
      if (doc.TriggerAt(j)) break;
      if (const Mention* m = doc.MentionAt(j)) {
        // ("was awarded by the cooperative to Y": the buyer after "by".)
        const uint32_t by = j >= k + 4 && doc.W(j - 1) == "the" ? j - 2 : j - 1;
        if (buyer.empty() && verb == 0 && by >= k + 3 && doc.W(by) == "by" && doc.W(by - 1) == "awarded" &&
            (doc.W(by - 2) == "was" || doc.W(by - 2) == "were") && !m->possessive) {
          buyer = {m};
          j = m->end_token - 1;
          continue;
        }
        break;
      }
      if (doc.W(j) == "to" && doc.W(j - 1) != "up" && !buyer.empty()) to = j;
    }
    Mentions sellers = to ? doc.ListAt(to + 1, end, 1) : Mentions{};
    std::erase_if(sellers, [&](const Mention* m) {
      return m->possessive || m->kind != MentionKind::kName || m->canonical == buyer[0]->canonical;
    });
    if (!sellers.empty() && !buyer[0]->possessive) {
      for (const Mention* seller : sellers) {
        Candidate c = AwardedContract(doc, k, t, buyer[0], seller, true);
        c.aggregate = sellers.size() > 1;
        out.push_back(c);
      }
      return;
    }
  }
  // "the Pentagon's cloud contract, worth up to $9 billion, was awarded to A,
  // B, C and D": the owner buys from each, one amount for all.
  if ((doc.W(k) == "contract" || doc.W(k) == "contracts") && k >= 2) {
    const Mention* owner = doc.PossessorBefore(k);
    // ("the Pentagon's Joint Warfighting Cloud Capability contract": past the
    // capitalized name of the programme.)
    for (uint32_t j = k; !owner && j-- > doc.ClauseBegin(k) + 1 && k - j < 8;) {
      if (doc.W(j) == "'s") {
        const Mention* m = doc.MentionAt(j - 1);
        if (m && m->possessive) owner = m;
        break;
      }
      if (!doc.seg().tokens[j].capitalized) break;
    }
    const uint32_t end = owner ? doc.SentenceEnd(k) : 0;
    for (uint32_t j = k + 1; j + 2 < end && j < k + 14; ++j) {
      if (doc.MentionAt(j) || doc.TriggerAt(j)) break;
      if (doc.W(j) != "awarded" || doc.W(j + 1) != "to" || (doc.W(j - 1) != "was" && doc.W(j - 1) != "were")) continue;
      Mentions sellers = doc.ListAt(j + 2, end, 0);
      std::erase_if(sellers, [&](const Mention* m) { return m->possessive || m->canonical == owner->canonical; });
      for (const Mention* seller : sellers) {
        Candidate c = AwardedContract(doc, k, t, owner, seller, true);
        c.aggregate = sellers.size() > 1;
        out.push_back(c);
      }
      if (!sellers.empty()) return;
      break;
    }
  }
  // "handed A, B, C and D contracts with ceilings of up to $200 million
  // apiece": each listed seller has a contract of its own.
  if (doc.W(k) == "contracts" && k >= 3 && doc.MentionAt(k - 1)) {
    uint32_t b = doc.MentionAt(k - 1)->first_token;
    while (b >= 2 && (doc.W(b - 1) == "," || doc.W(b - 1) == "and") && doc.MentionAt(b - 2)) {
      b = doc.MentionAt(b - 2)->first_token;
    }
    if (b > 0 && AwardVerb(doc.W(b - 1))) {
      Mentions buyer = doc.Agent(b - 1);
      Mentions sellers = doc.ListAt(b, k, 0);
      if (!buyer.empty() && !buyer[0]->possessive && sellers.size() >= 2) {
        for (const Mention* seller : sellers) {
          if (seller->possessive || seller->canonical == buyer[0]->canonical) continue;
          out.push_back(AwardedContract(doc, k, t, buyer[0], seller, true));
        }
        return;
      }
    }
  }
  Mentions with = doc.AfterPrep(k, {"with", "between"}, WindowPastMoney(doc, k, 6));
  // ("negotiating a second contract, for wind power, with Y": past an aside between commas.)
  if (with.empty() && k + 3 < doc.words().size() && doc.W(k + 1) == ",") {
    const uint32_t end = doc.SentenceEnd(k);
    for (uint32_t j = k + 2; j + 2 < end && j < k + 9; ++j) {
      if (doc.MentionAt(j) || doc.MoneyAt(j) || doc.TriggerAt(j)) break;
      if (doc.W(j) != ",") continue;
      if (doc.W(j + 1) == "with") with = doc.ListAt(j + 2, end, 3);
      break;
    }
  }
  // ("a lease worth $3bn, with Google again standing behind the payments": an
  // absolute clause of its own, not the other side.)
  if (!with.empty() && with[0]->first_token >= 2 && doc.W(with[0]->first_token - 1) == "with" &&
      doc.W(with[0]->first_token - 2) == ",") {
    uint32_t a = with.back()->end_token;
    if (a < doc.ClauseEnd(k) && (doc.W(a) == "again" || doc.W(a) == "also")) ++a;
    std::string_view v = a < doc.ClauseEnd(k) ? doc.W(a) : "";
    if (v.size() > 4 && v.substr(v.size() - 3) == "ing") with.clear();
  }
  Mentions agent;
  if (const Mention* p = doc.PossessorBefore(k)) agent = {p};
  if (agent.empty()) agent = doc.Agent(k);
  // "IREN said that Microsoft had signed a five-year, $9.7 billion contract for
  // access to GPU capacity": the company telling of its customer's contract
  // for goods, with no other side named, sells them.
  if (with.empty() && t.form == Form::kNoun && agent.size() == 1 && !agent[0]->possessive &&
      agent[0]->kind == MentionKind::kName && agent[0]->first_token >= 3) {
    uint32_t a = agent[0]->first_token - 1;
    if (doc.W(a) == "that") --a;
    const Sentence& sent = doc.seg().sentences[doc.SentenceOf(k)];
    uint32_t v = a;
    while (v > sent.first_token && a - v < 5 && doc.W(v) != "said" && doc.W(v) != "told" && doc.W(v) != "says") --v;
    const bool speech = doc.W(v) == "said" || doc.W(v) == "told" || doc.W(v) == "says";
    Asset goods = speech ? doc.AssetNear(k, true, 10) : Asset::kNone;
    Mentions speaker = speech && goods != Asset::kNone ? doc.Agent(v) : Mentions{};
    // ("for access to Nvidia GB300 capacity" from a GPU cloud or a data-centre
    // operator: its cloud.)
    bool sells = false;
    if (speaker.size() == 1) {
      const bool hosts = doc.LooksLikeSupplier(*speaker[0], Asset::kCloud) ||
                         doc.LooksLikeSupplier(*speaker[0], Asset::kInfrastructure);
      if ((goods == Asset::kChips || goods == Asset::kCloud) && hosts) goods = Asset::kCloud;
      sells = goods == Asset::kCloud ? hosts : doc.LooksLikeSupplier(*speaker[0], goods);
    }
    if (sells && !speaker[0]->possessive && speaker[0]->kind == MentionKind::kName &&
        speaker[0]->canonical != agent[0]->canonical && speaker[0]->first_token < v) {
      Candidate c = Make(doc, DealType::kPurchase, k, t, agent, speaker);
      c.asset = goods;
      c.money = doc.MoneyNear(k, true);
      if (c.status == DealStatus::kCompleted) c.status = DealStatus::kAnnounced;
      out.push_back(c);
      return;
    }
  }
  // "X signed a deal in October giving Y access to as many as one million of
  // its TPU chips": Y buys the goods X gives access to.
  if (with.empty() && t.form == Form::kNoun && agent.size() == 1 && !agent[0]->possessive) {
    for (uint32_t j = k + 1; j + 3 < doc.SentenceEnd(k) && j < k + 6; ++j) {
      if (doc.MentionAt(j) || doc.MoneyAt(j)) break;
      if (doc.W(j) != "giving" && doc.W(j) != "gives" && doc.W(j) != "give") continue;
      const Mention* user = doc.MentionAt(j + 1);
      if (!user || user->possessive || user->first_token != j + 1 || user->canonical == agent[0]->canonical ||
          user->end_token + 1 >= doc.SentenceEnd(k) || doc.W(user->end_token) != "access") {
        break;
      }
      const Asset goods = doc.AssetNear(user->end_token, true, 14);
      if (goods == Asset::kNone) break;
      Candidate c = Make(doc, DealType::kPurchase, k, t, {user}, agent);
      c.asset = goods;
      c.money = doc.MoneyNear(k, true);
      out.push_back(c);
      return;
    }
  }
  // "X signed a $3 billion deal for Y's computing capacity": Y sells its goods to X.
  if (with.empty() && t.form == Form::kNoun && agent.size() == 1 && !agent[0]->possessive) {
    const uint32_t window = k + 1 + WindowPastMoney(doc, k, 4);
    for (uint32_t j = k + 1; j + 3 < std::min(doc.ClauseEnd(k), window + 1); ++j) {
      if (doc.W(j) != "for") continue;
      const Mention* owner = doc.MentionAt(j + 1);
      if (!owner || !owner->possessive || owner->kind != MentionKind::kName || owner->first_token != j + 1 ||
          owner->canonical == agent[0]->canonical) {
        break;
      }
      // (Cloud or chips: "for Y's Vizag campus" is the buyer's site, not Y's goods.)
      const Asset goods = ComputingFirstCueIn(doc, k, owner->end_token,
                                              std::min(doc.ClauseEnd(k), owner->end_token + 5), /*power=*/false);
      if (goods == Asset::kNone) break;
      Candidate c = Make(doc, DealType::kPurchase, k, t, agent, {owner});
      c.asset = goods;
      c.money = doc.MoneyNear(k, true);
      out.push_back(c);
      return;
    }
  }
  // "X and Y signed a $2 billion cloud agreement": two sides agreeing on
  // goods; the one whose trade the goods are supplies, the other buys.
  if (with.empty() && agent.size() == 2 && t.form == Form::kNoun && !agent[0]->possessive &&
      !agent[1]->possessive && agent[0]->canonical != agent[1]->canonical) {
    const Asset goods = doc.AssetNear(k, false, 6);
    if (goods != Asset::kNone && goods != Asset::kOther) {
      const bool first_supplies = doc.LooksLikeSupplier(*agent[0], goods);
      if (first_supplies != doc.LooksLikeSupplier(*agent[1], goods)) {
        const Mention* supplier = first_supplies ? agent[0] : agent[1];
        const Mention* buyer = first_supplies ? agent[1] : agent[0];
        Candidate c = Make(doc, DealType::kPurchase, k, t, {buyer}, {supplier});
        c.asset = goods;
        c.money = doc.MoneyNear(k, false);
        out.push_back(c);
        return;
      }
    }
  }
  if (with.empty() && !agent.empty() && (doc.W(k) == "contract" || doc.W(k) == "contracts" || doc.W(k) == "order")) {
    // "X has won a five-year contract from Y", "X was awarded a contract by
    // Y": Y buys what X supplies.
    uint32_t v = k;
    while (v > doc.ClauseBegin(k) && k - v < 6 && !doc.MentionAt(v - 1) &&
           !Has(doc, v - 1, v, {"won", "wins", "win", "winning", "secured", "secures", "landed", "lands", "awarded"})) {
      --v;
    }
    if (v > doc.ClauseBegin(k) && !doc.MentionAt(v - 1) && k - v < 6) {
      bool passive = doc.W(v - 1) == "awarded";
      Mentions buyer = doc.AfterPrep(k, {passive ? "by" : "from"}, WindowPastMoney(doc, k, 4));
      if (!buyer.empty() && !buyer[0]->possessive && buyer[0]->canonical != agent[0]->canonical) {
        Candidate c = Make(doc, DealType::kPurchase, k, t, {buyer[0]}, {agent[0]});
        c.asset = PurchaseAsset(doc, k, {agent[0]}, true, 12);
        // ("X, a cloud operator, has won ...": what the supplier is.)
        if (c.asset == Asset::kNone) c.asset = PurchaseAsset(doc, k, {agent[0]}, false, 16);
        if (c.asset == Asset::kNone) c.asset = Asset::kOther;
        c.money = doc.MoneyNear(k, true);
        out.push_back(c);
        return;
      }
    }
  }
  if (with.empty() && !agent.empty() && !agent[0]->possessive) {
    // "X signed a five-year contract worth $9.7 billion for GPU capacity from
    // Y": goods named after the deal word, then their seller after "from".
    if (const Mention* seller = SellerOfGoods(doc, k, *agent[0])) {
      Candidate c = Make(doc, DealType::kPurchase, k, t, {agent[0]}, {seller});
      c.asset = PurchaseAsset(doc, k, {seller}, true, 12);
      c.money = doc.MoneyNear(k, true);
      out.push_back(c);
      return;
    }
  }
  SecondAfterApposition(doc, k, with);
  if (!with.empty() && doc.W(with[0]->first_token - 1) == "between" && with.size() >= 2 && agent.empty()) {
    agent = {with[0]};
    with.erase(with.begin());
  }
  // "has signed a ten-year lease with a US cloud provider for its Madrid campus",
  // "entered into a 15-year lease agreement with a global cloud service provider":
  // a tenant it does not name pays the landlord.
  const bool lease = doc.W(k) == "lease" || doc.W(k) == "leases" ||
                     (doc.W(k) == "agreement" && k > 0 && doc.W(k - 1) == "lease");
  if (with.empty() && !agent.empty() && lease && !agent[0]->possessive && k + 3 < doc.ClauseEnd(k)) {
    for (uint32_t j = k + 1; j + 2 < doc.ClauseEnd(k) && j < k + 4; ++j) {
      if (doc.W(j) != "with" || (doc.W(j + 1) != "a" && doc.W(j + 1) != "an")) continue;
      for (uint32_t h = j + 2; h < doc.ClauseEnd(k) && h < j + 8; ++h) {
        if (doc.MentionAt(h) || doc.IsPreposition(h)) break;
        WordView w = doc.W(h);
        if (w == "provider" || w == "hyperscaler" || w == "customer" || w == "tenant" || w == "company" ||
            w == "operator" || w == "lab" || w == "developer") {
          // ("its wholly-owned subsidiary, KDW Johor Sdn Bhd, has entered into": the owner's lease.)
          const Mention* landlord = agent[0];
          const uint32_t a = landlord->first_token;
          if (a >= 3 && doc.W(a - 1) == "," && IsUnitWord(doc.W(a - 2))) {
            for (uint32_t q = a - 2; q-- > 0 && a - q <= 5;) {
              const Mention* owner = doc.MentionAt(q);
              if (owner && owner->possessive) {
                landlord = owner;
                break;
              }
            }
          }
          Candidate c = Make(doc, DealType::kPurchase, k, t, {}, {landlord});
          c.asset = Asset::kInfrastructure;
          c.money = doc.MoneyNear(k, false);
          c.unnamed = true;
          out.push_back(c);
          return;
        }
      }
      break;
    }
  }
  if (with.empty() && !agent.empty() && (doc.W(k) == "deal" || doc.W(k) == "agreement")) {
    // "Palo Alto Networks struck a $25 billion deal for CyberArk": a takeover.
    Mentions target = doc.AfterPrep(k, {"for"}, 5);
    // ("announced an agreement to deploy Nvidia infrastructure for Y": work
    // the subject does for Y, which buys it; no takeover.)
    if (!target.empty() && !target[0]->possessive && target[0]->canonical != agent[0]->canonical) {
      for (uint32_t j = k + 1; j + 1 < target[0]->first_token; ++j) {
        if (doc.W(j) != "to") continue;
        const WordView v = doc.W(j + 1);
        if (v == "deploy" || v == "provide" || v == "supply" || v == "build" || v == "deliver" || v == "host" ||
            v == "run" || v == "operate" || v == "install") {
          Candidate c = Make(doc, DealType::kPurchase, k, t, {target[0]}, agent);
          c.asset = doc.AssetNear(j + 1, true);
          if (c.asset == Asset::kNone) c.asset = Asset::kOther;
          c.money = doc.MoneyNear(k, false);
          out.push_back(c);
        }
        return;
      }
    }
    if (!target.empty() && !target[0]->possessive && target[0]->canonical != agent[0]->canonical) {
      // ("signed an agreement for Y to manufacture its chip": Y works for the
      // subject, which buys its work; no takeover.)
      const uint32_t after = target[0]->end_token;
      if (after + 1 < doc.ClauseEnd(k) && doc.W(after) == "to" &&
          doc.seg().tokens[after + 1].kind == TokenKind::kWord && !doc.seg().tokens[after + 1].capitalized) {
        const WordView v = doc.W(after + 1);
        if (v == "manufacture" || v == "make" || v == "produce" || v == "build" || v == "supply" || v == "provide" ||
            v == "deliver" || v == "host" || v == "run" || v == "operate" || v == "fabricate" || v == "package") {
          Candidate c = Make(doc, DealType::kPurchase, k, t, agent, {target[0]});
          c.asset = doc.AssetNear(after + 1, true);
          if (c.asset == Asset::kNone) c.asset = Asset::kOther;
          c.money = doc.MoneyNear(k, false);
          out.push_back(c);
        }
        return;
      }
      // ("signed a $14.2 billion agreement for CoreWeave capacity": the
      // seller's goods, bought, not the seller.)
      const Asset goods = after < doc.ClauseEnd(k) ? doc.AssetNear(after, true, 2) : Asset::kNone;
      Candidate c = Make(doc, goods != Asset::kNone ? DealType::kPurchase : DealType::kAcquisition, k, t, agent,
                         {target[0]});
      c.asset = goods;
      c.money = doc.MoneyNear(k, false);
      out.push_back(c);
      return;
    }
  }
  if (with.empty() && agent.size() == 2 && agent[0]->canonical != agent[1]->canonical && k + 2 < doc.words().size() &&
      doc.W(k + 1) == "to") {
    // "SK Telecom and AWS have signed an agreement to build a data centre":
    // two companies agreeing to make something together.
    // Any verb but one of buying, selling, investing or supplying ("to offer
    // coverage", "to build a data centre", "to jointly develop").
    WordView v = doc.W(k + 2);
    const TriggerWord* vt = doc.TriggerAt(k + 2);
    bool money_verb = vt && vt->frame != Frame::kPartner && vt->frame != Frame::kAcquisition &&
                      vt->frame != Frame::kDeal && vt->frame != Frame::kLead;
    if (doc.seg().tokens[k + 2].kind == TokenKind::kWord && !doc.seg().tokens[k + 2].capitalized && !money_verb &&
        !doc.MentionAt(k + 2) && v != "be" && v != "pay" && v != "take" && v != "acquire") {
      Candidate c = Make(doc, DealType::kPartnership, k, t, {agent[0]}, {agent[1]});
      c.money = doc.MoneyNear(k, false);
      out.push_back(c);
      return;
    }
  }
  // "X and Y signed an agreement under which the supplier's plants will serve
  // as test sites", "X and Y signed an agreement.": no amount, no goods
  // bought, two companies working together.
  // (Not "their merger agreement.", nor "an agreement under which Y will
  // purchase X's chips": a deal of another kind.)
  if (with.empty() && agent.size() == 2 && agent[0]->canonical != agent[1]->canonical &&
      (doc.W(k) == "agreement" || doc.W(k) == "pact") && !doc.MoneyNear(k, false) && k > 0 &&
      Has(doc, k - 1, k, {"a", "an", "cooperation", "co-development", "collaboration", "development", "research"}) &&
      k + 1 < doc.words().size() &&
      (doc.W(k + 1) == "." || (k + 2 < doc.words().size() && doc.W(k + 1) == "under" && doc.W(k + 2) == "which"))) {
    bool trade = false;
    for (uint32_t j = k + 3; j < doc.ClauseEnd(k + 3) && j < k + 12 && !trade; ++j) {
      const TriggerWord* v = doc.TriggerAt(j);
      trade = v && v->frame != Frame::kPartner;
    }
    if (!trade) {
      out.push_back(Make(doc, DealType::kPartnership, k, t, {agent[0]}, {agent[1]}));
      return;
    }
  }
  if (agent.empty() && with.empty() && Indefinite(doc, k)) {  // "the two companies signed a $6.3 billion agreement"
    const Mention *first = nullptr, *second = nullptr;
    if (doc.PairSubject(k, &first, &second)) {
      agent = {first};
      with = {second};
    }
  }
  // ("X has signed a contract to fly as many as 14 missions for Y": a
  // service done for Y, who buys it from the subject.)
  if (agent.size() == 1 && with.empty() && t.form == Form::kNoun && k + 4 < doc.ClauseEnd(k) &&
      doc.W(k + 1) == "to" && doc.seg().tokens[k + 2].kind == TokenKind::kWord) {
    const TriggerWord* v = doc.TriggerAt(k + 2);
    const bool service = !v || (v->frame != Frame::kBuy && v->frame != Frame::kPay && v->frame != Frame::kSpend &&
                                v->frame != Frame::kInvest && v->frame != Frame::kAcquire &&
                                v->frame != Frame::kUse && v->frame != Frame::kRaise);
    for (uint32_t j = k + 3; service && j + 1 < doc.ClauseEnd(k) && j < k + 12; ++j) {
      if (doc.W(j) == "," || doc.MoneyAt(j)) break;
      if (doc.W(j) != "for") continue;
      const Mention* client = doc.MentionAt(j + 1);
      if (client && client->first_token == j + 1 && !client->possessive && client->kind == MentionKind::kName &&
          client->canonical != agent[0]->canonical) {
        with = agent;
        agent = {client};
      }
      break;
    }
  }
  // ("its supply agreement with Y, under which the carmaker will buy lidar
  // sensors", "its agreement with Y, under which the U.S. carrier will spend
  // about $14 billion": the buyer is the one the relative clause says buys
  // or spends; a description there, not "it", is the other side.)
  if (agent.size() == 1 && with.size() == 1) {
    const uint32_t end = doc.SentenceEnd(k);
    // (Past the other side's apposition: "with Y, the model developer, under which".)
    const uint32_t b = PastApposition(doc, with[0]->end_token, end, 14);
    for (uint32_t j = b; j + 4 < end && j < b + 3; ++j) {
      if (doc.W(j) != "under" || doc.W(j + 1) != "which") continue;
      const Mention* buyer = doc.MentionAt(j + 2);
      uint32_t after = buyer ? buyer->end_token : j + 2;
      const bool described = !buyer && doc.W(j + 2) == "the";
      // ("under which they will take roughly $2.1 billion of capacity from
      // us": "they", the other side, takes.)
      const bool they = !buyer && doc.W(j + 2) == "they";
      if (they) after = j + 3;
      if (described) {
        while (after < end && after < j + 7 && doc.seg().tokens[after].kind == TokenKind::kWord &&
               !doc.TriggerAt(after) && doc.W(after) != "will" && doc.W(after) != "would") {
          ++after;
        }
      }
      if ((!buyer && !described && !they) || (buyer && buyer->possessive)) break;
      for (uint32_t v = after; v < end && v < after + 3; ++v) {
        const TriggerWord* vt = doc.TriggerAt(v);
        const bool takes = they && (doc.W(v) == "take" || (vt && vt->frame == Frame::kUse));
        if (!takes && (!vt || vt->form == Form::kNoun ||
                       (vt->frame != Frame::kBuy && vt->frame != Frame::kPay && vt->frame != Frame::kSpend))) {
          continue;
        }
        if ((buyer && buyer->canonical == with[0]->canonical) || described || they) std::swap(agent, with);
        break;
      }
      break;
    }
  }
  Candidate c = Make(doc, DealType::kPurchase, k, t, agent, with);
  c.generic = true;
  c.money = doc.MoneyNear(k, false);
  if (agent.empty() && with.empty()) {
    c.anaphoric = true;
    out.push_back(c);
    return;
  }
  if (with.empty() && !agent.empty()) {
    // "X is in talks with Y about a cloud agreement": the frame names the other side.
    const Mention *subject = nullptr, *other = nullptr;
    if (FrameParties(doc, doc.SentenceOf(k), &subject, &other) && subject->canonical == agent[0]->canonical) {
      with = {other};
      c.to = with;
    }
  }
  if (agent.empty() || with.empty()) return;
  // "a colocation contract with Y, under which the mobile operator would
  // lease several megawatts at the campus": the other side leases.
  if (const uint32_t e = with.back()->end_token; e + 4 < doc.SentenceEnd(k) &&
                                                 doc.W(e) == "," && doc.W(e + 1) == "under" && doc.W(e + 2) == "which") {
    const Mention* who = doc.MentionAt(e + 3);
    for (uint32_t j = who ? who->end_token : e + 3; who && j < who->end_token + 3 && j + 1 < doc.words().size(); ++j) {
      const TriggerWord* v = doc.TriggerAt(j);
      if (!v || v->form == Form::kNoun || (v->frame != Frame::kUse && v->frame != Frame::kBuy)) continue;
      if (who->canonical == with[0]->canonical && who->canonical != agent[0]->canonical) {
        c.from = {with[0]};
        c.to = {agent[0]};
      }
      break;
    }
  }
  // "a licensing and talent agreement with Y", "a licensing-and-hiring deal
  // with Y": X pays for Y's technology and people (asset other).
  {
    bool licence = false, hire = false;
    for (uint32_t j = k; j-- > doc.ClauseBegin(k) && k - j <= 5;) {
      WordView w = doc.W(j);
      // (One token or several: "licensing-and-hiring", "licence-and-hire".)
      licence = licence || w.find("licens") != std::string_view::npos || w.find("licenc") != std::string_view::npos;
      hire = hire || w == "talent" || w.find("hire") != std::string_view::npos ||
             w.find("hiring") != std::string_view::npos;
      if (w == "a" || w == "an" || w == "the" || doc.MentionAt(j)) break;
    }
    if (licence && hire && agent[0]->canonical != with[0]->canonical) {
      c.type = DealType::kPurchase;
      c.asset = Asset::kOther;
      c.generic = false;
      c.from = {agent[0]};
      c.to = {with[0]};
      out.push_back(c);
      return;
    }
  }
  if (k > 0) {
    WordView prev = doc.W(k - 1);
    // ("agreed a non-exclusive licensing deal with Y": rights bought, as the
    // licence frame reads them.)
    if (prev == "licensing" && (doc.W(k) == "deal" || doc.W(k) == "agreement") && !Has(doc, k + 1,
        std::min(doc.ClauseEnd(k), k + 12), {"partnership"})) {
      c.type = DealType::kPurchase;
      c.asset = Asset::kOther;
      c.generic = false;
      out.push_back(c);
      return;
    }
    // ("a joint development agreement", "a development agreement ... to build a version of the robot")
    if (prev == "collaboration" || prev == "partnership" || prev == "alliance" || prev == "cooperation" ||
        prev == "research" || prev == "development" || prev == "co-development") {
      c.type = DealType::kPartnership;  // "a collaboration agreement"
      out.push_back(c);
      return;
    }
  }
  // "signed an agreement with Y to jointly develop a cable landing station":
  // building together, no one selling to the other.
  if (!c.money) {
    for (uint32_t j = with[0]->end_token; j + 2 < doc.ClauseEnd(k) && j < with[0]->end_token + 3; ++j) {
      if (doc.W(j) != "to") continue;
      WordView v = doc.W(j + 1);
      if (v == "jointly" || v == "co-develop" || v == "co-build" || v == "co-invest" ||
          (v == "together" && j + 2 < doc.ClauseEnd(k))) {
        c.type = DealType::kPartnership;
        out.push_back(c);
        return;
      }
      break;
    }
  }
  // ("signed an agreement with SpaceX to sell Starlink equipment to its
  // customers", "agreements with Y to distribute Y's terminals": a reseller's
  // alliance, no sale between the two.)
  // (The first word past the other side and its apposition, read by the
  // readings below too.)
  const uint32_t after_with = PastApposition(doc, with.back()->end_token, doc.SentenceEnd(k), 14);
  {
    uint32_t j = after_with;
    while (j < doc.SentenceEnd(k) && j < after_with + 4 && doc.W(j) != "to") ++j;
    if (j + 1 < doc.SentenceEnd(k) && doc.W(j) == "to" &&
        (doc.W(j + 1) == "distribute" || doc.W(j + 1) == "resell" || doc.W(j + 1) == "market" ||
         (doc.W(j + 1) == "sell" && Has(doc, j + 2, std::min(doc.SentenceEnd(k), j + 14), {"customers", "subscribers"})))) {
      c.type = DealType::kPartnership;
      out.push_back(c);
      return;
    }
  }
  bool weak = false;
  Asset asset = doc.AssetNear(k, false, 64, &weak);
  if (asset == Asset::kNone || asset == Asset::kOther) {
    // No goods named: the supplier's trade may tell ("CoreWeave's agreements with OpenAI").
    for (Asset a : {Asset::kCloud, Asset::kChips}) {
      bool agent_sells = doc.LooksLikeSupplier(*agent[0], a), with_sells = doc.LooksLikeSupplier(*with[0], a);
      if (agent_sells != with_sells && (c.money || asset == Asset::kOther)) {
        asset = a;
        break;
      }
    }
  }
  if (asset != Asset::kNone && asset != Asset::kOther) {
    // The buyer pays the supplier: flip when the subject is the supplier
    // ("AMD's agreement to provide OpenAI with chips").
    bool supplies = false;
    // ("a power purchase agreement with Y, a solar developer, to supply a third
    // of its electricity": the purchase agreement's signer buys.)
    const bool purchase_agreement = k > 0 && doc.W(k - 1) == "purchase";
    for (uint32_t j = doc.ClauseBegin(k); j + 1 < doc.ClauseEnd(k) && !purchase_agreement; ++j) {
      WordView w = doc.W(j), next = doc.W(j + 1);
      // ("signed contracts with Nokia, Ericsson and Samsung to supply 4G
      // equipment": right after the other side, it is that side that supplies.)
      if ((w == "to" || w == "will" || w == "would") &&
          (next == "supply" || next == "provide" || next == "sell" || next == "deliver") &&
          !(w == "to" && j == with.back()->end_token && c.to.size() >= 2)) {
        supplies = true;
      }
    }
    // "signed leases with Fluidstack for capacity at its Lake Mariner campus":
    // the owner of the site supplies it.
    // ("a power purchase agreement with Y for electricity at its campus": the
    // owner of the site buys power for it.)
    bool own_site = false;
    for (uint32_t j = k + 1; j + 1 < doc.ClauseEnd(k) && !own_site && !purchase_agreement; ++j) {
      const Mention* m = doc.MentionAt(j);
      if (!m || m->kind != MentionKind::kPronoun || !m->possessive || m->canonical != agent[0]->canonical) continue;
      // ("for the supply of cooling systems for its first two sites": goods
      // bought for its own sites, not capacity at them.)
      if (doc.W(j - 1) == "for") continue;
      for (uint32_t a = m->end_token; a < doc.ClauseEnd(k) && a < m->end_token + 5 && !own_site; ++a) {
        if (doc.IsPreposition(a)) break;  // ("to host its services in data centres": not its site)
        WordView w = doc.W(a);
        own_site = w == "campus" || w == "site" || w == "facility" || w == "facilities" || w == "campuses" ||
                   w == "sites" || w == "centre" || w == "center" || w == "centres" || w == "centers";
      }
    }
    // Power ("agreements with Bloom Energy for 100 megawatts of on-site
    // generation"): the side whose trade is power sells it, whatever else the
    // other side sells.
    int power = 0;  // +1: the agent sells power, -1: the other side does
    if (Has(doc, doc.ClauseBegin(k), doc.ClauseEnd(k),
            {"electricity", "power", "energy", "generation", "megawatts", "nuclear", "renewable", "cells"})) {
      bool a = PowerCompany(doc, *agent[0]), w = PowerCompany(doc, *with[0]);
      power = a == w ? 0 : a ? 1 : -1;
      // ("X signed a power purchase agreement with Y, a data-centre
      // operator": the data-centre side buys the power.)
      if (power == 0) {
        bool da = DataCentreCompany(doc, *agent[0]), dw = DataCentreCompany(doc, *with[0]);
        power = da == dw ? 0 : dw ? 1 : -1;
      }
    }
    // "signs an offtake agreement with Y": Y takes the output, the agent sells it.
    // ("X, a developer of data centres, signed a lease with Y": the landlord is paid.)
    const bool offtake = (k > 0 && (doc.W(k - 1) == "offtake" || doc.W(k - 1) == "off-take")) ||
                         ((doc.W(k) == "lease" || doc.W(k) == "leases") && DataCentreCompany(doc, *agent[0]) &&
                          !DataCentreCompany(doc, *with[0]));
    // "signed a framework agreement with the Federal Ministry of the Interior":
    // a government body buys from the company.
    const bool state_buys = StateBuys(doc, *with[0], *agent[0]);
    // ("a contract with Y, the former bitcoin miner, for access to Nvidia
    // systems": the signer gets the access and pays Y.)
    const bool access = after_with + 2 < doc.SentenceEnd(k) && doc.W(after_with) == "for" &&
                        doc.W(after_with + 1) == "access" && doc.W(after_with + 2) == "to";
    if ((power < 0 || access) && !offtake && !state_buys) {
      // the text order already has the buyer first
    } else if (supplies || own_site || power > 0 || offtake || state_buys ||
               (doc.LooksLikeSupplier(*agent[0], asset) && !doc.LooksLikeSupplier(*with[0], asset))) {
      std::swap(c.from, c.to);
    }
    c.asset = own_site ? Asset::kInfrastructure : PurchaseAsset(doc, k, c.to, false, 64);
    // ("deals totaling $1.4 trillion with Nvidia, AMD, Oracle and Amazon":
    // chipmakers and cloud operators in one sum, mixed infrastructure.)
    if ((c.asset == Asset::kChips || c.asset == Asset::kCloud) && ChipsAndCloud(doc, c.to)) {
      c.asset = Asset::kInfrastructure;
    }
  } else if (c.money || (k > 0 && (doc.W(k - 1) == "supply" || doc.W(k - 1) == "purchase")) ||
             doc.W(k) == "contract" || doc.W(k) == "contracts") {
    // ("signed a supply contract with X for the design, manufacture and
    // installation of the cable": X supplies, the signer buys; "has agreed a
    // three-year contract with X that will put its models ...", "terminated a
    // contract with X": a contract is a sale, not an alliance.)
    c.asset = Asset::kOther;
    // ("has signed a EUR 44 million contract with the European Space Agency": the state buys.)
    // ("won a contract with Y", "landed a contract with Y": the winner sells.)
    const bool won = Has(doc, k > 5 ? k - 5 : 0, k, {"won", "wins", "win", "winning", "landed", "lands", "secured"});
    // ("X Compute had been close to a contract with start-up Y": a cloud or
    // chip company's contract with a customer sells its goods.)
    const Asset sold = TradeSoldTo(doc, *agent[0], *with[0]);
    const bool trade_sells = sold != Asset::kNone;
    if (trade_sells) c.asset = sold;
    if (StateBuys(doc, *with[0], *agent[0]) || won || trade_sells) std::swap(c.from, c.to);
  } else {
    c.type = DealType::kPartnership;
  }
  out.push_back(c);
}

void PartnerFrame(const DocContext& doc, uint32_t k, const TriggerWord& t, std::vector<Candidate>& out) {
  // "a consortium led by the AI Infrastructure Partnership": a capitalized
  // noun closing a run of capitalized words after a lower-case "the" is a
  // name the entity stage did not find, not an alliance.
  if (doc.seg().tokens[k].capitalized && t.form == Form::kNoun) {
    uint32_t j = k;
    while (j > 0 && doc.seg().tokens[j - 1].capitalized && doc.seg().tokens[j - 1].kind == TokenKind::kWord) --j;
    if (j < k && j > 0 && doc.W(j - 1) == "the" && !doc.seg().tokens[j - 1].capitalized) return;
  }
  // "both promoted new partners in London", "has joined Y as a venture
  // partner": partners of a firm are people.
  if ((doc.W(k) == "partners" || doc.W(k) == "partner") && k > 0) {
    const WordView p = doc.W(k - 1), pp = k > 1 ? doc.W(k - 2) : WordView();
    const bool hired = pp == "promoted" || pp == "hired" || pp == "appointed" || pp == "named";
    if (p == "promoted" || p == "hired" || p == "appointed" || p == "managing" || p == "general" || p == "senior" ||
        p == "limited" || (p == "venture" && pp != "joint") || (p == "new" && hired)) {
      return;
    }
  }
  // "Broadcom, which works with Google on TPU design, ...": a standing relationship told in passing.
  if (doc.W(k) == "with" && k > 0 && (doc.W(k - 1) == "works" || doc.W(k - 1) == "work") && doc.RelativeClause(k)) {
    return;
  }
  // "X has picked Y as the main technology partner", "chose Y as its cloud
  // partner": X and Y are allies.
  // ("partner" is read as a verb by the lexicon; after "as" it is the noun.)
  if (doc.W(k) == "partner") {
    for (uint32_t j = k; j-- > doc.ClauseBegin(k) && k - j < 8;) {
      if (doc.W(j) != "as") {
        // ("as its preferred cloud partner": the possessive pronoun is the chooser's.)
        const Mention* m = doc.MentionAt(j);
        if ((m && !(m->possessive && m->kind == MentionKind::kPronoun)) || doc.IsPreposition(j) || doc.MoneyAt(j)) break;
        continue;
      }
      const Mention* y = j > 0 ? doc.MentionAt(j - 1) : nullptr;
      if (!y || y->possessive || y->first_token == 0) break;
      const WordView verb = doc.W(y->first_token - 1);
      if (verb == "picked" || verb == "picks" || verb == "pick" || verb == "chose" || verb == "chosen" ||
          verb == "choose" || verb == "chooses" || verb == "selected" || verb == "selects" || verb == "select" ||
          verb == "named" || verb == "names" || verb == "tapped" || verb == "taps") {
        Mentions x = doc.Agent(y->first_token - 1);
        if (!x.empty() && !x[0]->possessive && x[0]->canonical != y->canonical) {
          Candidate c = Make(doc, DealType::kPartnership, k, t, {x[0]}, {y});
          if (c.status == DealStatus::kCompleted) c.status = DealStatus::kAnnounced;
          out.push_back(c);
          return;
        }
      }
      break;
    }
  }
  DealStatus status = doc.StatusFor(k, t.form);
  // Only an agreement or talks about one: not "could partner", "would give".
  bool event = t.form == Form::kPast || t.form == Form::kPresent || t.form == Form::kIng;
  for (const CueHit& c : doc.Cues(doc.SentenceOf(k))) {
    if (c.first < doc.ClauseBegin(k) || c.first >= doc.ClauseEnd(k)) continue;
    if (c.kind == CueKind::kAnnounced || c.kind == CueKind::kCancelled || c.kind == CueKind::kDone ||
        c.kind == CueKind::kPlanned) {
      event = true;
    }
    if (c.kind == CueKind::kTalks && doc.W(c.first) != "may" && doc.W(c.first) != "might" &&
        doc.W(c.first) != "potential" && doc.W(c.first) != "possible") {
      event = true;
    }
  }
  // "are expanding their alliance", "deepened its partnership": an existing agreement, renewed.
  // ("set up a joint venture", "created", "launched", "established": one made.)
  if (Has(doc, doc.ClauseBegin(k), k, {"expanding", "expanded", "expand", "expands", "deepen", "deepened",
                                       "deepening", "extended", "extends", "renewed", "formed", "forms", "form",
                                       "set", "sets", "created", "creates", "create", "launched", "launches",
                                       "launch", "established", "establishes", "establish"})) {
    event = true;
  }
  // "months after a tie-up between Kakao and OpenAI": a named pair's agreement.
  Mentions between;
  // ("the partnership between X and Y, which ...": a standing relationship, no news.)
  // ("the $4.4 billion venture between X and Y in Ohio": a venture with its size is news.)
  bool sized = false;
  for (uint32_t j = k; j-- > doc.ClauseBegin(k) && k - j <= 3 && !sized;) sized = doc.MoneyAt(j) != nullptr;
  if (t.form == Form::kNoun && k + 1 < doc.words().size() && doc.W(k + 1) == "between" && (Indefinite(doc, k) || sized)) {
    between = doc.ListAt(k + 2, doc.ClauseEnd(k), 2);
    SecondAfterApposition(doc, k, between);
    if (between.size() == 2) event = true;
  }
  if (Has(doc, doc.ClauseBegin(k), k, {"able", "could", "would"}) && status != DealStatus::kTalks) event = false;
  // "IBM and AMD said they would work together": a reported decision, not a hypothetical.
  for (uint32_t j = doc.ClauseBegin(k) + 2; j < k && !event; ++j) {
    if (doc.W(j) != "would" && doc.W(j) != "will") continue;
    WordView who = doc.W(j - 1);
    if (who != "they" && who != "that" && who != "it") continue;
    // ("X said it would work with Y on ...": the same for one company.)
    // ("X said in March that it would work with Y": past "that" and a time.)
    const uint32_t first = doc.seg().sentences[doc.SentenceOf(k)].first_token;
    for (uint32_t v = j - 1; v-- > first && j - v <= 6 && !event;) {
      WordView verb = doc.W(v);
      event = verb == "said" || verb == "announced" || verb == "agreed" || verb == "say" || verb == "says";
      if (doc.MentionAt(v) || doc.TriggerAt(v) || verb == ",") break;
    }
  }
  if (!event) return;
  Mentions a, b;
  if (between.size() == 2) {
    Candidate c = Make(doc, DealType::kPartnership, k, t, {between[0]}, {between[1]});
    if (sized) c.money = doc.MoneyNear(k, false);
    out.push_back(c);
    return;
  }
  if (const Mention* p = doc.PossessorBefore(k)) a = {p};
  if (a.empty()) a = doc.Agent(k);
  // "X is working with Y on ...": the phrase ends at "with", its partner follows.
  if (doc.W(k) == "with") {
    b = doc.ListAt(k + 1, doc.ClauseEnd(k), 4);
    // ("will work with Y and the authorities to complete the transaction": the work on another deal.)
    if (Has(doc, k + 1, doc.ClauseEnd(k), {"transaction", "deal", "acquisition", "takeover", "merger", "sale"})) return;
    // "agreed with Y to build ...": an agreement to do something together
    // ("agreed with Y on supply volumes", "agreed with Y not to proceed" are not).
    if (doc.W(k - 1) == "agreed") {
      bool to = false;
      if (!b.empty()) {
        const uint32_t after = b.back()->end_token;
        for (uint32_t j = after; j < doc.ClauseEnd(k) && j < after + 6 && !to; ++j) {
          if (doc.W(j) == "not") break;
          to = doc.W(j) == "to";
        }
      }
      if (!to) return;
    }
  } else {
    // ("a joint venture worth more than $15 billion with Y": past the amount.)
    b = doc.AfterPrep(k, {"with", "between", "to"}, WindowPastMoney(doc, k, 6));
  }
  if (!b.empty() && b.size() >= 2 && doc.W(b[0]->first_token - 1) == "between") {
    a = {b[0]};
    b.erase(b.begin());
  }
  // ("X and Y signed a memorandum to test Y's chips": the owner of what is
  // tested is one of the pair, not a third partner.)
  if (a.size() >= 2 && b.size() == 1 && b[0]->possessive) {
    for (const Mention* m : a) {
      if (m->canonical == b[0]->canonical) {
        b.clear();
        break;
      }
    }
  }
  if (b.empty() && a.size() >= 2) {
    b.assign(a.begin() + 1, a.end());
    a.resize(1);
  }
  if (b.empty() && t.form == Form::kNoun) {
    const Mention *subject = nullptr, *other = nullptr;
    if (FrameParties(doc, doc.SentenceOf(k), &subject, &other)) {
      a = {subject};
      b = {other};
    }
  }
  if (b.empty() && a.size() == 1 && t.form == Form::kNoun) {
    // "Microsoft agreed to invest in Mistral as part of a partnership": the
    // organization the subject deals with earlier in the clause.
    for (uint32_t j = k; j-- > std::max(doc.ClauseBegin(k), a[0]->end_token);) {
      const Mention* m = doc.MentionAt(j);
      if (!m || m->possessive || m->canonical == a[0]->canonical) continue;
      std::string_view p = m->first_token > 0 ? doc.W(m->first_token - 1) : "";
      if (p == "in" || p == "into" || p == "with") b = {m};
      break;
    }
  }
  if (a.empty() && (t.form != Form::kNoun || Indefinite(doc, k))) {
    // "The two companies also agreed to jointly develop ...", "signed a collaboration agreement".
    // ("The two companies announced a partnership with the Kenyan government":
    // the pair together, with the third.)
    const Mention *first = nullptr, *second = nullptr;
    if (doc.PairSubject(k, &first, &second)) {
      if (b.empty()) {
        a = {first};
        b = {second};
      } else if (b[0]->canonical != first->canonical && b[0]->canonical != second->canonical) {
        a = {first, second};
      }
    }
  }
  if (a.empty() || b.empty()) return;
  // ("It set up SiliconAuto, a 50-50 joint venture with Foxconn": the
  // venture's founder, not the venture, is Foxconn's partner.)
  if (a.size() == 1 && doc.W(k) == "venture" && a[0]->kind == MentionKind::kName && a[0]->first_token >= 2 &&
      a[0]->end_token < k && doc.W(a[0]->end_token) == ",") {
    const WordView v = doc.W(a[0]->first_token - 1);
    const uint32_t verb = v == "up" ? a[0]->first_token - 2 : a[0]->first_token - 1;
    const WordView w = doc.W(verb);
    if ((v == "up" && (w == "set" || w == "sets" || w == "setting")) || w == "formed" || w == "forms" ||
        w == "created" || w == "creates" || w == "established" || w == "launched" || w == "founded") {
      Mentions founder = doc.Agent(verb);
      if (founder.size() == 1 && !founder[0]->possessive && founder[0]->canonical != b[0]->canonical) a = founder;
    }
  }
  Candidate c = Make(doc, DealType::kPartnership, k, t, a, b);
  // "agreed the tie-up": the word names any deal, a merger as much as an alliance.
  c.generic = doc.W(k) == "tie-up" || doc.W(k) == "tie-ups";
  // "a joint venture that could invest up to $20 billion": the venture's size.
  if (doc.W(k) == "venture" && k + 4 < doc.words().size() && doc.W(k + 1) == "that") {
    uint32_t v = k + 2;
    if (doc.W(v) == "could" || doc.W(v) == "would" || doc.W(v) == "will" || doc.W(v) == "may") ++v;
    const TriggerWord* vt = doc.TriggerAt(v);
    if (vt && (vt->frame == Frame::kInvest || vt->frame == Frame::kSpend)) {
      const Sentence& sent = doc.seg().sentences[doc.SentenceOf(k)];
      for (uint32_t j = v + 1; j < sent.end_token && j < v + 5 && !c.money; ++j) c.money = doc.MoneyAt(j);
    }
  }
  // "form a joint venture ..., with a combined investment of up to EUR2.5 billion": the venture's size.
  const Sentence& sent = doc.seg().sentences[doc.SentenceOf(k)];
  for (uint32_t j = k + 1; !c.money && j + 3 < sent.end_token && j < k + 30; ++j) {
    WordView w = doc.W(j), n = doc.W(j + 1);
    if ((w == "combined" || w == "joint" || w == "total" || w == "initial") &&
        (n == "investment" || n == "commitment" || n == "capital" || n == "funding")) {
      for (uint32_t q = j + 2; q < sent.end_token && q < j + 6 && !c.money; ++q) c.money = doc.MoneyAt(q);
    }
  }
  // "a $20 billion joint venture", "a joint venture worth $5 billion", "a
  // $10 billion collaboration": the venture's size.
  if (!c.money && (doc.W(k) == "venture" || doc.W(k) == "partnership" || doc.W(k) == "collaboration" ||
                   doc.W(k) == "alliance")) {
    uint32_t b = k;
    if (b > 0 && doc.W(b - 1) == "joint") --b;
    if (b > 0 && doc.W(b - 1) == "-") --b;  // "50-50"
    if (b > 0 && (doc.W(b - 1) == "50-50" || doc.W(b - 1) == "50")) --b;
    const Entity* before = b > 0 ? doc.MoneyAt(b - 1) : nullptr;
    if (before && before->end_token == b && !doc.IsValuation(*before)) c.money = before;
    if (!c.money && k + 2 < sent.end_token && doc.W(k + 1) == "worth") {
      const Entity* after = doc.MoneyAt(k + 2);
      if (after && !doc.IsValuation(*after)) c.money = after;
    }
    // ("a partnership with the Kenyan government worth $1 billion": past the other side.)
    const uint32_t e = c.to.empty() ? 0 : c.to.back()->end_token;
    if (!c.money && e > k && e + 1 < sent.end_token && e <= k + 8 && doc.W(e) == "worth") {
      const Entity* after = doc.MoneyAt(e + 1);
      if (after && !doc.IsValuation(*after)) c.money = after;
    }
  }
  out.push_back(c);
}

// The form of a verb that wins or buys rights ("won", "secures"), if `w` is one.
std::optional<Form> RightsVerbForm(WordView w) {
  static constexpr std::string_view kForms[][3] = {{"win", "wins", "won"},
                                                   {"secure", "secures", "secured"},
                                                   {"buy", "buys", "bought"},
                                                   {"acquire", "acquires", "acquired"},
                                                   {"land", "lands", "landed"}};
  for (const auto& verb : kForms) {
    if (w == verb[0]) return Form::kBase;
    if (w == verb[1]) return Form::kPresent;
    if (w == verb[2]) return Form::kPast;
  }
  return std::nullopt;
}

// "X agreed to license chip technology from Y" (X buys rights from Y), "Y
// licenses its designs to X": a purchase of rights, asset other.
void LicenseFrame(const DocContext& doc, uint32_t k, const TriggerWord& t, std::vector<Candidate>& out) {
  const uint32_t end = doc.ClauseEnd(k);
  // "a licensing agreement", "license fees": the noun's own frame or no deal.
  if (k + 1 < end && (doc.W(k + 1) == "agreement" || doc.W(k + 1) == "deal" || doc.W(k + 1) == "fees" ||
                      doc.W(k + 1) == "fee" || doc.W(k + 1) == "revenue" || doc.W(k + 1) == "income")) {
    return;
  }
  // ("taking a licence to its models", "took a license to Y's designs": the
  // taker buys the rights from their owner.)
  // ("signed a licence for Arm's Neoverse designs")
  bool taken = k >= 2 && doc.W(k - 1) == "a" && k + 1 < end && (doc.W(k + 1) == "to" || doc.W(k + 1) == "for") &&
               Has(doc, k - 2, k - 1, {"take", "takes", "took", "taking", "taken", "obtained", "secured", "bought",
                                       "signed", "signs", "sign"});
  if (!taken && k > 0 && (doc.W(k - 1) == "a" || doc.W(k - 1) == "the" || doc.W(k - 1) == "its" || doc.W(k - 1) == "of")) {
    return;
  }
  Mentions agent = doc.Agent(k);
  if (agent.empty() || agent[0]->possessive) return;
  Mentions from = doc.AfterPrep(k, {"from"}, 10);
  // ("license its library of 340 films, including most of its comedies, to Y": past the description.)
  Mentions to = taken ? Mentions{} : doc.AfterPrep(k, {"to"}, 20);
  Mentions buyer, seller;
  // ("agreed to license Midjourney's image technology", "licensed its
  // models": the owner sells the rights.)
  const Mention* owner = nullptr;
  for (uint32_t j = k + 1 + (taken ? 1 : 0); j < std::min(end, k + 5) && !owner; ++j) {
    const Mention* m = doc.MentionAt(j);
    // (One does not take a licence to one's own models: a pronoun that names
    // the licensee there is re-resolved later, see Unclash. "X will license
    // its technology" is X's own.)
    if (m && m->possessive &&
        (m->kind == MentionKind::kName ? m->canonical != agent[0]->canonical : taken)) {
      owner = m;
    }
    if (m || doc.IsPreposition(j)) break;
  }
  // ("agreed to license the inference-chip technology of Groq": the owner after "of".)
  for (uint32_t j = k + 1; !owner && j + 1 < std::min(end, k + 7); ++j) {
    if (doc.MentionAt(j) || doc.MoneyAt(j) || (doc.IsPreposition(j) && doc.W(j) != "of")) break;
    if (doc.W(j) != "of" || !Has(doc, j - 1, j, {"technology", "technologies", "models", "patents", "designs",
                                                   "software", "platform", "ip"})) {
      continue;
    }
    const Mention* m = doc.MentionAt(j + 1);
    if (m && m->kind == MentionKind::kName && !m->possessive && m->canonical != agent[0]->canonical) owner = m;
    break;
  }
  if (!from.empty() && !from[0]->possessive) {
    buyer = {agent[0]};
    seller = {from[0]};
  } else if (owner) {
    buyer = {agent[0]};
    seller = {owner};
  } else if (!to.empty() && !to[0]->possessive) {
    buyer = {to[0]};
    seller = {agent[0]};
  } else {
    return;
  }
  if (buyer[0]->canonical == seller[0]->canonical && seller[0]->kind == MentionKind::kName) return;
  Candidate c = Make(doc, DealType::kPurchase, k, t, buyer, seller);
  c.asset = Asset::kOther;
  c.money = doc.MoneyNear(k, true);
  // ("will pay about $410 million to license ...": the price before the verb.)
  if (!c.money && k >= 2 && doc.W(k - 1) == "to") {
    for (uint32_t j = k - 1; j-- > doc.ClauseBegin(k) && k - j < 8;) {
      if (const Entity* m = doc.MoneyAt(j); m && !doc.IsValuation(*m)) {
        if (j > 0 && Has(doc, doc.ClauseBegin(k), j, {"pay", "pays", "paid", "paying", "spend", "spent"})) c.money = m;
        break;
      }
      if (doc.MentionAt(j)) break;
    }
  }
  out.push_back(c);
}

// "take", "takes", "took", "taken", "taking" and the form each stands for.
bool NegatedVerb(const DocContext& doc, uint32_t k) {
  if (k >= 1 && NegationAt(doc, k - 1)) return true;
  // ("rather than buying it outright", "instead of acquiring it": the road not taken.)
  if (k >= 2 && ((doc.W(k - 2) == "rather" && doc.W(k - 1) == "than") ||
                 (doc.W(k - 2) == "instead" && doc.W(k - 1) == "of"))) {
    return true;
  }
  // ("not yet invested", "never been acquired", "not directly invest")
  return k >= 2 && NegationAt(doc, k - 2) &&
         Has(doc, k - 1, k, {"yet", "be", "been", "ever", "directly", "actively", "currently", "immediately"});
}

bool TakeVerb(std::string_view w, Form* form) {
  if (w == "take") {
    *form = Form::kBase;
  } else if (w == "takes") {
    *form = Form::kPresent;
  } else if (w == "took" || w == "taken") {
    *form = Form::kPast;
  } else if (w == "taking") {
    *form = Form::kIng;
  } else {
    return false;
  }
  return true;
}

// "its purchase of", "the $69bn purchase of": a verb form used as a noun.
bool NounUsage(const DocContext& doc, uint32_t k) {
  if (k == 0) return false;
  WordView p = doc.W(k - 1);
  if (p == "the" || p == "a" || p == "an" || p == "its" || p == "their" || p == "his" || p == "her" || p == "this" ||
      p == "that" || p == "'s" || p == "biggest" || p == "largest" || p == "planned" || p == "proposed") {
    return true;
  }
  if (doc.MoneyAt(k - 1) != nullptr) return true;
  // "a second supply", "its new order": one describing word after a
  // determiner ("the two supply", "the companies supply" are verbs).
  if (k < 2 || doc.MentionAt(k - 1) || doc.seg().tokens[k - 1].kind != TokenKind::kWord ||
      doc.seg().tokens[k - 1].capitalized || p.back() == 's' ||
      Has(doc, k - 1, k, {"two", "three", "four", "both", "all", "also", "will", "would", "can", "could", "to",
                          "not", "then", "jointly", "together", "only", "still", "now", "later"})) {
    return false;
  }
  WordView d = doc.W(k - 2);
  return d == "a" || d == "an" || d == "the" || d == "its" || d == "their" || d == "'s";
}

// A deal trigger word in the clause of k (outside names); partnership and
// agreement words count only when `agreements_count`.
bool DealWordInClause(const DocContext& doc, uint32_t k, bool agreements_count) {
  for (uint32_t j = doc.ClauseBegin(k); j < doc.ClauseEnd(k); ++j) {
    const TriggerWord* o = doc.MentionAt(j) ? nullptr : doc.TriggerAt(j);
    // ("to let advertisers using Amazon's DSP reach ...": a participle describing a noun.)
    if (o && o->frame == Frame::kUse && o->form == Form::kIng && j > 0 && !doc.MentionAt(j - 1) &&
        doc.W(j - 1).size() > 3 && doc.W(j - 1).back() == 's') {
      continue;
    }
    if (o && (agreements_count || (o->frame != Frame::kPartner && o->frame != Frame::kDeal))) return true;
  }
  return false;
}

// Grants and subsidies with an amount, read as the giver's investment in the
// receiver (as the corpus annotates them): "a $75 million grant from X",
// "X approved a grant of up to €110 million for Y", "X will give Y a $3.2
// billion grant", "Y received an award of up to $406 million from X", "$8
// million in grants awarded to Y". A grant without an amount is no deal here.
void GrantFrame(const DocContext& doc, uint32_t k, const TriggerWord& t, std::vector<Candidate>& out) {
  const uint32_t b = doc.ClauseBegin(k), e = doc.ClauseEnd(k);
  // "a contract award", "award-winning": no grant.
  if (k > b && (doc.W(k - 1) == "contract" || doc.W(k - 1) == "-")) return;
  if (k + 1 < e && doc.W(k + 1) == "-") return;
  // The amount: before the noun, with describing words, "in" or "of" between
  // ("a $75 million performance-based grant", "$40 million in training
  // grants", "€5 billion of aid"), or after it ("a grant of up to €110 million").
  const Entity* money = nullptr;
  uint32_t front = k;     // first token of the grant phrase
  uint32_t after = k + 1;  // first token after it
  for (uint32_t j = k; j > b && k - j < 6 && !money; --j) {
    const uint32_t p = j - 1;
    if ((money = doc.MoneyAt(p))) {
      front = money->first_token;
      break;
    }
    if (doc.MentionAt(p) || doc.TriggerAt(p) || doc.W(p) == "," || doc.W(p) == "and" || doc.W(p) == "for" ||
        doc.W(p) == "to" || doc.W(p) == "from") {
      break;
    }
  }
  if (!money && k + 2 < e && doc.W(k + 1) == "of") {
    if ((money = doc.MoneyAt(k + 2))) after = money->end_token;
  }
  if (!money || doc.IsValuation(*money)) return;
  // The sides named after the phrase: "for Y" / "to Y" / "with Y" receive;
  // "from X" / "by X" give ("grants awarded to Y", "from X's programme").
  Mentions giver, receiver;
  for (uint32_t j = after; j + 1 < e && j < after + 8; ++j) {
    const std::string_view w = doc.W(j);
    if (doc.MoneyAt(j) || (doc.TriggerAt(j) && !doc.MentionAt(j))) break;
    const bool gives = w == "from" || w == "by";
    const bool receives = w == "for" || w == "to" || w == "with";
    if (!gives && !receives) {
      if (doc.MentionAt(j)) break;
      continue;
    }
    Mentions named = doc.ListAt(j + 1, e, 2);
    if (named.empty() || named[0]->kind != MentionKind::kName) {
      if (receives && !named.empty() && receiver.empty()) receiver = {named[0]};  // "to the company"
      continue;
    }
    if (gives && giver.empty()) giver = {named[0]};
    if (receives && receiver.empty()) receiver = {named[0]};
  }
  // The sides named before it: "give Y a grant" (Y receives, the subject
  // gives), "Y received/won an award" (the subject receives), else the
  // subject gives ("X approved a grant of ...").
  uint32_t verb = front;
  while (verb > b && (doc.W(verb - 1) == "a" || doc.W(verb - 1) == "an" || doc.W(verb - 1) == "the" ||
                      doc.W(verb - 1) == "its" || doc.W(verb - 1) == "new" || doc.MentionAt(verb - 1))) {
    --verb;
  }
  if (verb <= b) return;
  --verb;
  const std::string_view v = doc.W(verb);
  const bool to_subject = v == "received" || v == "receive" || v == "receives" || v == "receiving" || v == "won" ||
                          v == "win" || v == "wins" || v == "secured" || v == "secure" || v == "secures" ||
                          v == "got" || v == "obtained" || (v == "awarded" && verb > b && Has(doc, verb - 1, verb, {"been", "was", "were"}));
  const bool indirect = v == "give" || v == "gives" || v == "gave" || v == "giving" || v == "offer" ||
                        v == "offered" || v == "offers" || v == "award" || v == "awarded" || v == "awards" ||
                        v == "grant" || v == "granted" || v == "grants";
  if (indirect && !to_subject && receiver.empty() && verb + 1 < front) {
    if (const Mention* m = doc.MentionAt(verb + 1); m && !m->possessive) receiver = {m};
  }
  if (to_subject) {
    if (receiver.empty()) receiver = doc.Agent(verb);
  } else if (giver.empty()) {
    giver = doc.Agent(verb);
  }
  if (giver.empty() || receiver.empty() || giver[0]->canonical == receiver[0]->canonical) return;
  if (giver[0]->possessive && giver[0]->kind != MentionKind::kName) return;
  Candidate c = Make(doc, DealType::kInvestment, k, t, {giver[0]}, {receiver[0]});
  c.money = money;
  // ("gave it a $19.6 million award last month to develop a flight
  // computer": an award for work, which the giver buys.)
  if (doc.W(k) == "award" || doc.W(k) == "awards") {
    const uint32_t end = doc.SentenceEnd(k);
    for (uint32_t j = after; j + 1 < end && j < after + 5; ++j) {
      if (doc.MentionAt(j) || doc.MoneyAt(j)) break;
      if (doc.W(j) != "to") continue;
      const WordView v = doc.W(j + 1);
      if (v == "develop" || v == "build" || v == "deliver" || v == "supply" || v == "provide" || v == "produce" ||
          v == "design" || v == "demonstrate" || v == "manufacture" || v == "test") {
        c.type = DealType::kPurchase;
        c.asset = Asset::kOther;
      }
      break;
    }
  }
  out.push_back(c);
}

}  // namespace

std::vector<const Mention*> RoundInvestors(const DocContext& doc, uint32_t k) { return Investors(doc, k); }

// "Samsung Electronics and SK Hynix each signed letters of intent with
// OpenAI": one deal per member of a side followed by "each" (or "both"
// before the verb's object: "X and Y have each agreed").
void SplitEach(const DocContext& doc, std::vector<Candidate>& out) {
  const size_t n = out.size();
  for (size_t i = 0; i < n; ++i) {
    for (bool to_side : {false, true}) {
      Mentions& side = to_side ? out[i].to : out[i].from;
      if (side.size() < 2) continue;
      uint32_t after = side.back()->end_token;
      // ("Sony and KIRKBI, the Lego family's holding company, each put": past
      // the last member's apposition.)
      if (after + 2 < doc.words().size() && doc.W(after) == "," &&
          (doc.W(after + 1) == "the" || doc.W(after + 1) == "a" || doc.W(after + 1) == "an")) {
        uint32_t c = after + 2;
        while (c < doc.SentenceEnd(after) && c < after + 10 && doc.W(c) != ",") ++c;
        if (c + 1 < doc.SentenceEnd(after) && doc.W(c) == "," && doc.W(c + 1) == "each") after = c + 1;
      }
      // ("X and Y have each agreed", "X, Y and Z were each discussing")
      if (after < doc.words().size() && (doc.W(after) == "have" || doc.W(after) == "had" || doc.W(after) == "will" ||
                                         doc.W(after) == "were" || doc.W(after) == "are")) {
        ++after;
      }
      if (after >= doc.words().size() || doc.W(after) != "each") continue;
      Mentions members = side;
      side = {members[0]};
      for (size_t m = 1; m < members.size(); ++m) {
        Candidate c = out[i];
        (to_side ? c.to : c.from) = {members[m]};
        out.push_back(c);
      }
    }
    // "Oracle later struck similar agreements with Google Cloud and AWS",
    // "A and B signed letters of intent to supply memory chips to Y": a
    // plural deal noun with no amount, one agreement per counterparty.
    Candidate& c = out[i];
    if (c.money || c.type == DealType::kInvestment || c.type == DealType::kAcquisition) continue;
    auto plural = [](WordView w) {
      return w == "agreements" || w == "deals" || w == "partnerships" || w == "contracts" || w == "pacts" ||
             w == "alliances" || w == "tie-ups" || w == "letters";
    };
    bool several = plural(doc.W(c.trigger));
    for (uint32_t j = doc.ClauseBegin(c.trigger); j < c.trigger && !several; ++j) {
      several = plural(doc.W(j)) && !doc.MentionAt(j);
    }
    if (!several) continue;
    const bool split_to = c.from.size() == 1 && c.to.size() >= 2;
    if (!split_to && !(c.to.size() == 1 && c.from.size() >= 2)) continue;
    Mentions members = split_to ? c.to : c.from;
    (split_to ? c.to : c.from) = {members[0]};
    for (size_t m = 1; m < members.size(); ++m) {
      Candidate d = out[i];
      (split_to ? d.to : d.from) = {members[m]};
      out.push_back(d);
    }
  }
}

// A firm that buys companies: an investment firm by the gazetteer or its
// name ("Granite Arch Partners"), or one described so in apposition (", a
// U.S. private equity firm,").
bool BuyoutFirm(const DocContext& doc, const Mention& m) {
  if (LooksLikeInvestmentFirm(doc.gazetteer(), m.canonical)) return true;
  if (doc.gazetteer().Find(m.canonical)) return false;
  uint32_t a = m.end_token;
  if (a + 3 < doc.words().size() && doc.W(a) == ",") {
    for (uint32_t j = a + 1; j < doc.words().size() && j < a + 8 && doc.W(j) != ","; ++j) {
      if (doc.W(j) == "equity" || doc.W(j) == "buyout" || doc.W(j) == "fund") return true;
    }
  }
  return false;
}

// "X was in talks with Y about a block of capacity", "Talks between X and Y
// over a 250-megawatt gas-fired plant broke down": talks about goods, with no
// deal word, are a purchase; the side named first buys from the other.
void TalksAboutGoods(const DocContext& doc, uint32_t s, std::vector<Candidate>& out) {
  const Sentence& sent = doc.seg().sentences[s];
  const uint32_t end = sent.end_token;
  for (uint32_t j = sent.first_token; j + 4 < end; ++j) {
    WordView w = doc.W(j);
    if (w != "talks" && w != "discussions" && w != "negotiations" && w != "negotiating") continue;
    const Mention *buyer = nullptr, *seller = nullptr;
    Mentions others;  // ("negotiating with A and B over etch equipment": each sells)
    uint32_t after = end;
    if (doc.W(j + 1) == "with") {
      Mentions with = doc.ListAt(j + 2, end, 2);
      Mentions agent = doc.Agent(j);
      if (with.empty() || with.size() > 3 || agent.size() != 1) continue;
      bool names = true;
      for (const Mention* m : with) names = names && !m->possessive && m->kind == MentionKind::kName;
      if (with.size() > 1 && !names) continue;
      buyer = agent[0];
      seller = with.back();
      if (with.size() > 1) others.assign(with.begin(), with.end() - 1);
      after = PastApposition(doc, seller->end_token, end, 12);
    } else if (doc.W(j + 1) == "between") {
      Mentions pair = doc.ListAt(j + 2, end, 2);
      if (pair.size() != 2) continue;
      buyer = pair[0];
      seller = pair[1];
      after = seller->end_token;
    }
    if (!buyer || buyer->possessive || seller->possessive || buyer->canonical == seller->canonical) continue;
    if (after + 2 >= end || !(doc.W(after) == "about" || doc.W(after) == "over" || doc.W(after) == "for")) continue;
    // "in talks with Y about selling its spare capacity to the carrier": the
    // other side buys; "about offering its models to Y's customers",
    // "about jointly developing ...": working together.
    const WordView act = doc.W(after + 1);
    uint32_t goods_from = after + 1;
    if (doc.W(after) == "about" && (act == "selling" || act == "supplying" || act == "providing" || act == "leasing")) {
      std::swap(buyer, seller);
      ++goods_from;
    } else if (doc.W(after) == "about" &&
               (act == "offering" || act == "distributing" || act == "bundling" || act == "integrating" ||
                act == "jointly" || act == "co-developing" || act == "developing" || act == "building" ||
                act == "reselling" || act == "marketing")) {
      TriggerWord talks{Frame::kPartner, Form::kNoun};
      out.push_back(Make(doc, DealType::kPartnership, j, talks, {buyer}, {seller}));
      return;
    }
    // The goods right after the preposition, before any other name or deal word.
    // ("over an initial order of roughly 45,000 processors": an order of goods is goods.)
    auto order = [&](uint32_t q) { return doc.W(q) == "order" || doc.W(q) == "orders"; };
    uint32_t stop = goods_from;
    while (stop < end && stop < goods_from + 8 && (!doc.MentionAt(stop) || doc.W(stop) == "its") &&
           (!doc.TriggerAt(stop) || order(stop))) {
      ++stop;
    }
    if (stop < end && doc.TriggerAt(stop) && !order(stop)) continue;
    Asset asset = doc.AssetNear(goods_from, true, stop - goods_from);
    // ("over etch and deposition equipment": machines are goods of their own kind.)
    const bool machines = Has(doc, goods_from, stop, {"equipment", "tools", "machines"});
    if (asset == Asset::kNone || (asset == Asset::kOther && !machines)) continue;
    TriggerWord talks{Frame::kDeal, Form::kNoun};
    Candidate c = Make(doc, DealType::kPurchase, j, talks, {buyer}, {seller});
    c.asset = asset;
    c.money = others.empty() ? doc.MoneyNear(j, true) : nullptr;
    if (w == "negotiating" && !doc.HasStatusCue(j)) c.status = DealStatus::kTalks;
    for (const Mention* m : others) {
      if (m->canonical == c.from[0]->canonical) continue;
      Candidate more = c;
      more.to = {m};
      out.push_back(more);
    }
    out.push_back(c);
    return;
  }
}
// The words of the readings below that are no trigger (FindInSentence tests
// `!t && doc.W(k) == ...`, TalksAboutGoods its talk nouns): a word added to a
// rule there belongs here too.
const std::array<std::string_view, 64> kReadingWords = {
    "control", "approached", "approach", "become", "becomes", "became", "owns", "owned", "holds", "held",
    "private", "off", "host", "hosts", "rights", "agreed", "agree", "agrees", "together", "price",
    "talks", "discussions", "negotiations", "negotiating", "take", "takes", "took", "taking", "proposal", "warrant", "warrants",
    "chose", "chosen", "picked", "selected", "tapped", "customer", "client", "tenant",
    "move", "moves", "moved", "moving", "migrate", "migrates", "migrated", "migrating",
    "shift", "shifts", "shifted", "shifting", "bidder", "auction", "booked", "reserved", "ownership",
    "lend", "lends", "lent", "lending", "borrow", "borrows", "borrowed", "borrowing",
};

// "Kuber will move its core lending systems to Microsoft's Azure cloud",
// "agreed to migrate most of its model training to Y, a GPU provider": the
// mover at k buys cloud from the provider its work moves to, when what moves
// is computing work and the provider's trade is cloud.
void MigratesTo(const DocContext& doc, uint32_t k, Form form, std::vector<Candidate>& out) {
  const uint32_t end = doc.ClauseEnd(k);
  bool work = false;
  for (uint32_t j = k + 1; j + 1 < end && j < k + 12; ++j) {
    if (doc.MoneyAt(j)) return;
    const Mention* m = doc.MentionAt(j);
    if (!m) {
      work = work || Has(doc, j, j + 1,
                         {"workloads", "workload", "systems", "training", "data", "applications", "apps", "operations",
                          "computing", "infrastructure", "services", "models", "servers", "databases", "inference",
                          "platform", "software"});
      continue;
    }
    if (m->kind == MentionKind::kPronoun && m->possessive) continue;  // "its systems"
    if (!work || doc.W(j - 1) != "to" || m->kind != MentionKind::kName) return;
    // ("to Microsoft's Azure cloud": the service after its owner.)
    const Mention* named = m;
    if (m->possessive && m->end_token + 1 < end && doc.W(m->end_token) == "'s" && doc.MentionAt(m->end_token + 1)) {
      named = doc.MentionAt(m->end_token + 1);
    }
    bool cloud = doc.AssetNear(named->end_token, true, 2) == Asset::kCloud || doc.LooksLikeSupplier(*named, Asset::kCloud);
    // ("to Y, a specialist GPU provider": the apposition says the trade.)
    const uint32_t after = named->end_token;
    if (!cloud && after + 2 < doc.words().size() && doc.W(after) == "," && Has(doc, after + 1, after + 2, {"a", "an", "the"})) {
      for (uint32_t q = after + 2; q < doc.words().size() && q < after + 7 && doc.W(q) != ","; ++q) {
        cloud = cloud || Has(doc, q, q + 1, {"cloud", "gpu", "compute", "computing", "hosting"});
      }
    }
    if (!cloud) return;
    Mentions buyer = doc.Agent(k);
    if (buyer.size() != 1 || buyer[0]->possessive || buyer[0]->canonical == named->canonical) return;
    TriggerWord move{Frame::kUse, form};
    Candidate c = Make(doc, DealType::kPurchase, k, move, buyer, {named});
    c.asset = Asset::kCloud;
    c.money = doc.MoneyNear(k, true);
    out.push_back(c);
    return;
  }
}

// "X emerged as the winning bidder for Y", "X won the auction for Y with a
// bid of $N": X is to take Y over.
void WonTheBidding(const DocContext& doc, uint32_t k, std::vector<Candidate>& out) {
  const uint32_t end = doc.ClauseEnd(k);
  if (k < 2 || k + 2 >= end || doc.W(k + 1) != "for") return;
  const bool bidder = doc.W(k) == "bidder" &&
                      Has(doc, k - 1, k, {"winning", "preferred", "successful", "victorious"});
  const bool auction = doc.W(k) == "auction" && Has(doc, k - 2, k - 1, {"won", "wins", "win", "winning"}) &&
                       doc.W(k - 1) == "the";
  if (!bidder && !auction) return;
  // ("Y's owner has chosen X as the preferred bidder": the choice's own reading.)
  if (Has(doc, doc.ClauseBegin(k), k, {"chose", "chosen", "picked", "selected", "named", "picks", "chooses"})) return;
  Mentions target = doc.ListAt(k + 2, end, 2);
  Mentions buyer = doc.Agent(k);
  if (target.empty() || buyer.empty() || target[0]->possessive || buyer[0]->possessive ||
      target[0]->canonical == buyer[0]->canonical) {
    return;
  }
  TriggerWord won{Frame::kAcquisition, Form::kNoun};
  Candidate c = Make(doc, DealType::kAcquisition, k, won, {buyer[0]}, {target[0]});
  if (c.status == DealStatus::kCompleted) c.status = DealStatus::kAnnounced;
  c.money = doc.MoneyNear(k, true);
  out.push_back(c);
}

// "Orvale Bank chose Y to run its card payments under a five-year contract
// worth $12 million", "has picked a consortium of A and B to build ...": the
// chooser at k buys the work from the ones chosen, when the sentence tells of
// a contract or its amount.
void ChosenSupplier(const DocContext& doc, uint32_t k, std::vector<Candidate>& out) {
  const Sentence& sent = doc.seg().sentences[doc.SentenceOf(k)];
  if (k + 3 >= sent.end_token) return;
  Mentions chosen;
  uint32_t after = k + 1;
  uint32_t g = k + 1;
  if (doc.W(g) == "a" || doc.W(g) == "the") ++g;
  if (g + 2 < sent.end_token && (doc.W(g) == "consortium" || doc.W(g) == "group") && doc.W(g + 1) == "of") {
    chosen = DescribedList(doc, g + 2, sent.end_token, &after);
  } else if (const Mention* m = doc.MentionAt(k + 1); m && m->first_token == k + 1) {
    chosen = {m};
    after = PastApposition(doc, m->end_token, sent.end_token, 12);
  }
  if (chosen.empty() || chosen[0]->possessive || chosen[0]->kind != MentionKind::kName) return;
  // "chose Y as its preferred cloud provider": a supplier of the goods the
  // role names (a partner: an alliance).
  if (after + 2 < sent.end_token && doc.W(after) == "as") {
    auto role_word = [&](uint32_t j) { return Has(doc, j, j + 1, {"provider", "supplier", "vendor", "partner"}); };
    uint32_t role = after + 1;
    while (role < sent.end_token && role < after + 6 && doc.seg().tokens[role].kind == TokenKind::kWord &&
           !(doc.MentionAt(role) && doc.MentionAt(role)->kind == MentionKind::kName) && !role_word(role)) {
      ++role;
    }
    if (role < sent.end_token && role_word(role)) {
      Mentions chooser = doc.Agent(k);
      if (chooser.empty() || chooser[0]->possessive || chooser[0]->canonical == chosen[0]->canonical) return;
      const bool partner = doc.W(role) == "partner";
      Candidate c = Make(doc, partner ? DealType::kPartnership : DealType::kPurchase, k,
                         TriggerWord{partner ? Frame::kPartner : Frame::kBuy, Form::kPast}, {chooser[0]}, {chosen[0]});
      if (!partner) {
        c.asset = doc.AssetNear(after + 1, true, role - after);
        if (c.asset == Asset::kNone) c.asset = PurchaseAsset(doc, after, chosen, true, 16);
        if (c.asset == Asset::kNone) c.asset = Asset::kOther;
      }
      c.money = doc.MoneyNear(k, true);
      if (c.status == DealStatus::kCompleted) c.status = DealStatus::kAnnounced;
      out.push_back(c);
      return;
    }
  }
  // The work they were chosen for: "to" and a verb; or goods after "for"
  // ("tapped Y for $2 billion of computing capacity", "picked Y for chips").
  const bool for_goods = after + 1 < sent.end_token && doc.W(after) == "for" && !doc.MentionAt(after + 1) &&
                         doc.AssetNear(after + 1, true, 8) != Asset::kNone;
  if (!for_goods &&
      (after + 1 >= sent.end_token || doc.W(after) != "to" || doc.seg().tokens[after + 1].kind != TokenKind::kWord ||
       doc.seg().tokens[after + 1].capitalized || doc.MentionAt(after + 1))) {
    return;
  }
  const Entity* money = nullptr;
  for (uint32_t j = after; j < sent.end_token && !money; ++j) {
    if (const Entity* m = doc.MoneyAt(j); m && !doc.IsValuation(*m)) money = m;
  }
  if (!money && !for_goods && !Has(doc, after, sent.end_token, {"contract", "contracts"})) return;
  Mentions chooser = doc.Agent(k);
  if (chooser.empty() || chooser[0]->possessive) return;
  for (const Mention* m : chosen) {
    if (m->canonical == chooser[0]->canonical) return;
  }
  Candidate c = Make(doc, DealType::kPurchase, k, TriggerWord{Frame::kBuy, Form::kPast}, {chooser[0]}, chosen);
  c.asset = PurchaseAsset(doc, after, chosen, true, 16);
  if (c.asset == Asset::kNone) c.asset = Asset::kOther;
  c.money = money;
  if (c.status == DealStatus::kCompleted) c.status = DealStatus::kAnnounced;  // chosen, the work still to do
  out.push_back(c);
}

// "Y has signed X as a customer", "signed up X as its anchor tenant", "added
// X as a client": X buys from Y (k is the role noun).
void SignedAsCustomer(const DocContext& doc, uint32_t k, std::vector<Candidate>& out) {
  const uint32_t b = doc.ClauseBegin(k);
  uint32_t as = k;
  while (as > b && k - as < 5 && doc.W(as) != "as") --as;
  if (doc.W(as) != "as" || as < b + 3) return;
  for (uint32_t j = as + 1; j < k; ++j) {  // "a", "its", "an anchor", "the first"
    if (doc.MentionAt(j) && doc.MentionAt(j)->kind != MentionKind::kPronoun) return;
  }
  const Mention* customer = doc.MentionAt(as - 1);
  if (!customer || customer->possessive || customer->kind != MentionKind::kName || customer->first_token < b + 1) {
    return;
  }
  uint32_t v = customer->first_token - 1;
  if (doc.W(v) == "up" && v > b) --v;
  if (!Has(doc, v, v + 1, {"signed", "signs", "sign", "signing", "added", "adds", "won", "wins", "landed", "lands",
                            "secured", "secures"})) {
    return;
  }
  Mentions supplier = doc.Agent(v);
  if (supplier.empty() || supplier[0]->possessive || supplier[0]->canonical == customer->canonical) return;
  Candidate c = Make(doc, DealType::kPurchase, v, TriggerWord{Frame::kBuy, Form::kPast}, {customer}, {supplier[0]});
  c.asset = PurchaseAsset(doc, k, supplier, false, 16);
  if (c.asset == Asset::kNone && doc.W(k) == "tenant") c.asset = Asset::kInfrastructure;
  if (c.asset == Asset::kNone) c.asset = Asset::kOther;
  c.money = doc.MoneyNear(k, false);
  if (c.status == DealStatus::kCompleted) c.status = DealStatus::kAnnounced;  // signed, the service still to come
  out.push_back(c);
}

// "Ondine granted the Tokyo-based carrier warrants to buy up to 3% of its
// shares", "Y gave X warrants for up to 160 million Y shares": the holder
// of the warrants at k takes a stake in the company that grants them.
void WarrantsGranted(const DocContext& doc, uint32_t k, std::vector<Candidate>& out) {
  const uint32_t b = doc.ClauseBegin(k);
  uint32_t v = k;
  for (uint32_t j = k; j-- > b && k - j <= 6;) {
    if (Has(doc, j, j + 1, {"granted", "grants", "grant", "gave", "gives", "give", "issued", "issues", "issue"})) {
      v = j;
      break;
    }
  }
  if (v == k) return;
  const Mention* holder = nullptr;
  for (uint32_t j = v + 1; j < k && !holder; ++j) holder = doc.MentionAt(j);
  Mentions issuer = doc.Agent(v);
  if (!holder || holder->possessive || issuer.empty() || issuer[0]->possessive ||
      holder->canonical == issuer[0]->canonical) {
    return;
  }
  // (A warrant vests later: the stake is agreed, not yet held.)
  Candidate c = Make(doc, DealType::kInvestment, v, TriggerWord{Frame::kStake, Form::kNoun}, {holder}, {issuer[0]});
  if (!doc.HasStatusCue(v)) c.status = DealStatus::kAnnounced;
  out.push_back(c);
}

// The form of a verb of lending or borrowing at w ("lent", "borrows"), if it
// is one; *lends tells which.
std::optional<Form> DebtVerbForm(WordView w, bool* lends) {
  static constexpr std::string_view kForms[][4] = {{"lend", "lends", "lent", "lending"},
                                                   {"borrow", "borrows", "borrowed", "borrowing"}};
  for (const auto& verb : kForms) {
    *lends = verb[0] == "lend";
    if (w == verb[0]) return Form::kBase;
    if (w == verb[1]) return Form::kPresent;
    if (w == verb[2]) return Form::kPast;
    if (w == verb[3]) return Form::kIng;
  }
  return std::nullopt;
}

// Debt is an investment from the lender in the borrower: "JPMorgan has lent
// more than $9 billion to Crusoe's campus", "is in talks to borrow as much
// as $750 million from Ardent Credit". Both sides named, and an amount.
void LendFrame(const DocContext& doc, uint32_t k, Form form, bool lend, std::vector<Candidate>& out) {
  const Entity* money = doc.MoneyNear(k, true);
  if (!money || money->first_token < k || money->first_token > k + 4) return;
  Mentions other = doc.AfterPrep(k, {lend ? "to" : "from"}, WindowPastMoney(doc, k, 4));
  Mentions subject = doc.Agent(k);
  if (other.empty() || subject.empty() || subject[0]->possessive || other[0]->canonical == subject[0]->canonical) {
    return;
  }
  // ("to Crusoe's campus": the owner of what the money builds.)
  if (other[0]->possessive && !lend) return;
  const TriggerWord debt{Frame::kInvest, form};
  Candidate c = lend ? Make(doc, DealType::kInvestment, k, debt, {subject[0]}, {other[0]})
                     : Make(doc, DealType::kInvestment, k, debt, {other[0]}, {subject[0]});
  // ("has lent", "borrowed": money paid out.)
  if (form == Form::kPast && c.status == DealStatus::kAnnounced && !doc.HasStatusCue(k)) {
    c.status = DealStatus::kCompleted;
  }
  c.money = money;
  out.push_back(c);
}

// A would-be buyer sounding out a target: "had been approached by Arm",
// "received an approach from Qualcomm", "rejected a takeover approach in
// March from Y", "turned down an unsolicited proposal from Y", "made an
// approach to Y". Talks, unless the clause rejects or drops it.
void ApproachFrame(const DocContext& doc, uint32_t k, std::vector<Candidate>& out) {
  const Sentence& sent = doc.seg().sentences[doc.SentenceOf(k)];
  const uint32_t end = doc.ClauseEnd(k);
  Mentions bidder, target;
  bool holders = false;  // the target named as "X's board" or "X's shareholders"
  if (doc.W(k) == "approached") {
    if (doc.W(k + 1) != "by") return;
    bidder = doc.ListAt(k + 2, end, 2);
    target = doc.Agent(k);
  } else {
    WordView before = k > sent.first_token ? doc.W(k - 1) : "";
    // ("a $400 million approach": the word before the amount.)
    if (const Entity* m = k > sent.first_token ? doc.MoneyAt(k - 1) : nullptr; m && m->first_token > sent.first_token) {
      before = doc.W(m->first_token - 1);
    }
    if (!(before == "an" || before == "a" || before == "takeover" || before == "unsolicited" ||
          before == "buyout" || before == "acquisition" || before == "rival" || before == "informal")) {
      return;
    }
    // The side after "from" or "to", past a time ("in March", "last year").
    uint32_t p = k + 1;
    // ("made an approach for Y": as "to Y".)
    while (p < end && p < k + 5 && !doc.MentionAt(p) && doc.W(p) != "from" && doc.W(p) != "to" &&
           doc.W(p) != "for" && doc.W(p) != "," && !doc.TriggerAt(p)) {
      ++p;
    }
    if (p + 1 >= end || (doc.W(p) != "from" && doc.W(p) != "to" && doc.W(p) != "for")) return;
    // ("an approach from X": only after a word that says a company approached,
    // or past a time: "an approach last year from X", "in March".)
    bool time_between = p > k + 1;
    for (uint32_t j = k + 1; j < p && time_between; ++j) {
      const WordView w = doc.W(j);
      time_between = w == "last" || w == "this" || w == "earlier" || w == "year" || w == "month" || w == "week" ||
                     w == "in" || doc.seg().tokens[j].kind == TokenKind::kNumber ||
                     (doc.seg().tokens[j].capitalized && !doc.MentionAt(j));
    }
    if (p > k + 1 && !time_between && before != "takeover" && before != "unsolicited" && before != "buyout" &&
        before != "acquisition" && before != "rival") {
      return;
    }
    Mentions other = doc.ListAt(p + 1, end, 3);  // ("from Chinese battery maker X")
    if (doc.W(p) == "from") {
      bidder = other;
      target = doc.Agent(k);
      if (target.empty()) {
        if (const Mention* company = HoldersCompanyBefore(doc, k)) {
          target = {company};
          holders = true;
        }
      }
    } else {
      // "made an approach to Y", "for Y": the subject approaches.
      if (!(k >= 2 && Has(doc, k - 2, k - 1, {"made", "makes", "make", "making"}))) return;
      bidder = doc.Agent(k);
      target = other;
    }
  }
  // ("declined to comment on whether it had been approached by X": a question.)
  bool question = Has(doc, sent.first_token, k, {"whether", "if"});
  if (question || bidder.empty() || target.empty() || bidder[0]->possessive || (target[0]->possessive && !holders) ||
      bidder[0]->canonical == target[0]->canonical) {
    return;
  }
  // ("approached by Y about a minority investment of at least EUR100 million",
  // "about buying a stake", "an approach from Y for a 30% stake": a stake,
  // not the company, unless it is control.)
  bool stake = false;
  for (uint32_t j = k + 1; j + 2 < end && j < k + 12 && !stake; ++j) {
    const bool for_stake = doc.W(j) == "for" && (Has(doc, j + 1, std::min(end, j + 5), {"stake", "holding"}));
    if (doc.W(j) != "about" && doc.W(j) != "over" && !for_stake) continue;
    for (uint32_t q = j + 1; q < end && q < j + 5 && !stake; ++q) {
      const WordView w = doc.W(q);
      stake = w == "stake" || w == "investment" || w == "holding" || (w == "minority" && q + 1 < end);
      if (stake && ControlShare(doc, j + 1, q)) stake = false;
      if (doc.MentionAt(q)) break;
    }
    break;
  }
  TriggerWord approach{stake ? Frame::kInvest : Frame::kAcquisition, Form::kNoun};
  Candidate c = Make(doc, stake ? DealType::kInvestment : DealType::kAcquisition, k, approach, {bidder[0]},
                     {target[0]});
  if (c.status == DealStatus::kAnnounced || c.status == DealStatus::kCompleted) c.status = DealStatus::kTalks;
  c.money = doc.MoneyNear(k, true);
  out.push_back(c);
}

// "agreed to take computing capacity from Y's cluster", "to take all of the
// electricity from Y": goods (not a stake, a company or control) taken from a
// seller are bought; the taker buys.
void TakeGoodsFrom(const DocContext& doc, uint32_t k, Form form, std::vector<Candidate>& out) {
  const uint32_t end = std::min(doc.ClauseEnd(k), k + 12);
  uint32_t from = k + 1;
  while (from < end && doc.W(from) != "from") {
    if (doc.MentionAt(from) || doc.TriggerAt(from) || doc.W(from) == "," || doc.W(from) == "control") return;
    ++from;
  }
  if (from + 1 >= end || from == k + 1) return;
  Mentions seller = doc.ListAt(from + 1, doc.ClauseEnd(k), 2);
  // ("take 300 megawatts from wind farms in Mayo operated by Y": the operator sells.)
  for (uint32_t j = from + 1; seller.empty() && j + 2 < doc.ClauseEnd(k) && j < from + 10; ++j) {
    if (doc.MentionAt(j)) break;
    if (doc.W(j + 1) == "by" && (doc.W(j) == "operated" || doc.W(j) == "owned" || doc.W(j) == "run" ||
                                 doc.W(j) == "built" || doc.W(j) == "developed")) {
      seller = doc.ListAt(j + 2, doc.ClauseEnd(k), 2);
    }
  }
  Mentions buyer = doc.Agent(k);
  // ("Microsoft's agreement to take capacity from Y": the owner of the agreement takes.)
  const bool owner_of_deal = !buyer.empty() && buyer[0]->possessive && k >= 2 && doc.W(k - 1) == "to" &&
                             buyer[0]->end_token + 1 < k && buyer[0]->kind == MentionKind::kName;
  if (seller.empty() || buyer.size() != 1 || (buyer[0]->possessive && !owner_of_deal) ||
      seller[0]->kind == MentionKind::kPronoun ||
      buyer[0]->canonical == seller[0]->canonical) {
    return;
  }
  Asset asset = doc.AssetNear(k + 1, true, from - k - 1);
  if (asset == Asset::kNone || asset == Asset::kOther) return;
  TriggerWord taking{Frame::kBuy, form};
  Candidate c = Make(doc, DealType::kPurchase, k, taking, buyer, {seller[0]});
  c.asset = asset;
  c.money = doc.MoneyNear(k, true);
  out.push_back(c);
}

// "has booked wafer capacity for 2026 at TSMC's plant in Arizona", "reserved
// packaging capacity at SPIL": capacity held for the subject at a maker's
// plant, bought from the maker.
void BookedCapacity(const DocContext& doc, uint32_t k, std::vector<Candidate>& out) {
  const uint32_t end = std::min(doc.ClauseEnd(k), k + 14);
  bool capacity = false;
  for (uint32_t j = k + 1; j + 1 < end; ++j) {
    capacity = capacity || doc.W(j) == "capacity";
    if (doc.MentionAt(j)) return;
    if (doc.W(j) != "at" && doc.W(j) != "from" && doc.W(j) != "with") continue;
    const Mention* seller = doc.MentionAt(j + 1);
    if (!capacity || !seller || seller->first_token != j + 1 || seller->kind != MentionKind::kName) return;
    Mentions buyer = doc.Agent(k);
    if (buyer.size() != 1 || buyer[0]->possessive || buyer[0]->canonical == seller->canonical) return;
    TriggerWord booking{Frame::kBuy, Form::kPast};
    Candidate c = Make(doc, DealType::kPurchase, k, booking, buyer, {seller});
    // ("wafer capacity": chips; "packaging capacity": other work.)
    c.asset = Has(doc, k + 1, j, {"wafer", "wafers", "foundry"}) ? Asset::kChips : doc.AssetNear(k + 1, true, j - k - 1);
    if (c.asset == Asset::kNone || Has(doc, k + 1, j, {"packaging", "assembly", "testing"})) c.asset = Asset::kOther;
    if (c.status == DealStatus::kCompleted) c.status = DealStatus::kAnnounced;  // held, not yet delivered
    c.money = doc.MoneyNear(k, true);
    out.push_back(c);
    return;
  }
}

// The amounts between tokens b and e, each once, valuations left out ("$5
// billion and $10 billion, respectively").
std::vector<const Entity*> DistinctSums(const DocContext& doc, uint32_t b, uint32_t e) {
  std::vector<const Entity*> sums;
  for (uint32_t j = b; j < e; ++j) {
    const Entity* m = doc.MoneyAt(j);
    if (m && (sums.empty() || sums.back() != m) && !doc.IsValuation(*m)) sums.push_back(m);
  }
  return sums;
}

void FindInSentence(const DocContext& doc, uint32_t s, std::vector<Candidate>& out) {
  out.clear();
  const Sentence& sent = doc.seg().sentences[s];
  // "(Corrects paragraph 4 to show ...)", "Correction, July 19: An earlier
  // version said ...": an editor's note about the text, no deal of its own.
  {
    uint32_t f = sent.first_token;
    if (f + 1 < sent.end_token && doc.W(f) == "(") ++f;
    if (f + 1 < sent.end_token && (doc.W(f) == "corrects" || doc.W(f) == "correction" || doc.W(f) == "corrected") &&
        doc.seg().tokens[f].capitalized) {
      return;
    }
  }
  // Only the tokens where a reading may start: a trigger, the second word of
  // a two-word trigger or a word of kReadingWords (most tokens are none).
  for (uint32_t k : doc.Readings(s)) {
    if (doc.MentionAt(k) || doc.MoneyAt(k)) continue;  // inside a name or an amount
    const TriggerWord* t = doc.TriggerAt(k);
    if (!t && (doc.W(k) == "control" || doc.W(k) == "ownership") && k + 1 < sent.end_token && doc.W(k + 1) == "of" &&
        k >= 2) {
      // "will take full control of its IT services arm, NTT Data": an acquisition.
      // ("took full ownership of engineering software maker AspenTech": the same.)
      uint32_t v = doc.W(k - 1) == "full" || doc.W(k - 1) == "majority" || doc.W(k - 1) == "sole" ? k - 2 : k - 1;
      WordView verb = doc.W(v);
      Form form = Form::kBase;
      if (TakeVerb(verb, &form) || verb == "acquire" || verb == "gain" || verb == "gained" || verb == "won") {
        if (verb == "gained" || verb == "won") form = Form::kPast;
        Mentions from = doc.Agent(v);
        Mentions to = doc.AfterPrep(k, {"of"}, 2);
        // (Past the target's trade: "of engineering software maker AspenTech".)
        if (to.empty()) {
          to = doc.ListAt(k + 2, doc.ClauseEnd(k), 4);
          if (!to.empty() && (to[0]->possessive || (!from.empty() && to[0]->canonical == from[0]->canonical))) to.clear();
        }
        if (!from.empty() && !to.empty()) {
          TriggerWord control{Frame::kAcquire, form};
          Candidate c = Make(doc, DealType::kAcquisition, v, control, from, {to[0]});
          c.money = doc.MoneyNear(k, true);
          out.push_back(c);
        }
      }
      continue;
    }
    if (bool lends = false; !t && k + 3 < sent.end_token) {
      if (const std::optional<Form> debt = DebtVerbForm(doc.W(k), &lends)) {
        LendFrame(doc, k, *debt, lends, out);
        continue;
      }
    }
    if (!t && k + 2 < sent.end_token && (doc.W(k) == "approached" || doc.W(k) == "approach" || doc.W(k) == "proposal")) {
      ApproachFrame(doc, k, out);
      continue;
    }
    if (!t && (doc.W(k) == "become" || doc.W(k) == "becomes" || doc.W(k) == "became") && k + 4 < sent.end_token) {
      // "X will become a subsidiary of Y", "became part of Y": Y takes X over.
      uint32_t j = k + 1;
      if (doc.W(j) == "a" || doc.W(j) == "an") ++j;
      if (doc.W(j) == "wholly" || doc.W(j) == "wholly-owned" || doc.W(j) == "fully") ++j;
      if (doc.W(j) == "owned") ++j;
      if ((doc.W(j) == "subsidiary" || doc.W(j) == "unit" || doc.W(j) == "part") && j + 1 < sent.end_token &&
          doc.W(j + 1) == "of") {
        Mentions owner = doc.ListAt(j + 2, doc.ClauseEnd(k), 3);
        Mentions owned = doc.Agent(k);
        if (!owner.empty() && !owned.empty() && !owner[0]->possessive && !owned[0]->possessive &&
            owner[0]->canonical != owned[0]->canonical) {
          TriggerWord take{Frame::kAcquire, doc.W(k) == "became" ? Form::kPast : Form::kBase};
          Candidate c = Make(doc, DealType::kAcquisition, k, take, {owner[0]}, {owned[0]});
          c.money = doc.MoneyNear(k, true);
          out.push_back(c);
        }
      }
      continue;
    }
    if (!t && (doc.W(k) == "owns" || doc.W(k) == "owned" || doc.W(k) == "holds" || doc.W(k) == "held") &&
        k + 3 < sent.end_token) {
      // "Microsoft owns roughly 27% of OpenAI": a standing stake.
      uint32_t j = k + 1;
      if (doc.W(j) == "about" || doc.W(j) == "roughly" || doc.W(j) == "around" || doc.W(j) == "nearly" ||
          doc.W(j) == "almost" || doc.W(j) == "some" || doc.W(j) == "a") {
        ++j;
      }
      std::string_view n = j < sent.end_token ? doc.W(j) : "";
      bool percent = j + 2 < sent.end_token && doc.seg().tokens[j].kind == TokenKind::kNumber &&
                     (doc.W(j + 1) == "%" || doc.W(j + 1) == "percent" || doc.W(j + 1) == "per");
      if (!percent && n.size() > 1 && n.back() == '%') percent = true;
      if (percent) {
        uint32_t of = j + 1;
        while (of < sent.end_token && of < j + 4 && doc.W(of) != "of") ++of;
        Mentions owner = doc.Agent(k);
        const Mention* owned = of + 1 < sent.end_token && doc.W(of) == "of" ? doc.MentionAt(of + 1) : nullptr;
        if (!owner.empty() && owned && !owned->possessive && owned->canonical != owner[0]->canonical) {
          TriggerWord holds{Frame::kStake, Form::kNoun};
          Candidate c = Make(doc, DealType::kInvestment, k, holds, {owner[0]}, {owned});
          if (!doc.HasStatusCue(k)) c.status = DealStatus::kCompleted;
          out.push_back(c);
        }
      }
      continue;
    }
    // ("took Grevel Systems, a Massachusetts warehouse-automation company,
    // private": the name before the apposition.)
    // ("took Mimecast off the Nasdaq in a $5.8 billion deal": a listing ended, a buyout too.)
    // (A name only: "took the company off the exchange" names no target here.)
    const bool private_word =
        doc.W(k) == "private" ||
        (doc.W(k) == "off" && k + 2 < sent.end_token && doc.W(k + 1) == "the" && doc.MentionAt(k - 1) &&
         doc.MentionAt(k - 1)->kind == MentionKind::kName &&
         Has(doc, k + 2, std::min(sent.end_token, k + 5), {"nasdaq", "nyse", "exchange", "bourse"}));
    const Mention* appositive = nullptr;
    if (!t && private_word && k >= sent.first_token + 4 && doc.W(k - 1) == ",") {
      for (uint32_t c = k - 2; c > sent.first_token + 1 && k - c < 14; --c) {
        if (doc.W(c) != ",") continue;
        const Mention* m = doc.MentionAt(c - 1);
        if (m && !m->possessive && (doc.W(c + 1) == "a" || doc.W(c + 1) == "an" || doc.W(c + 1) == "the")) {
          appositive = m;
        }
        break;
      }
    }
    if (!t && private_word && k >= sent.first_token + 2 && (doc.MentionAt(k - 1) || appositive)) {
      // "Thoma Bravo took British cybersecurity company Darktrace private": a buyout.
      const Mention* target = appositive ? appositive : doc.MentionAt(k - 1);
      uint32_t v = target->first_token;
      // ("taken private" is a two-word trigger of its own.)
      Form form = Form::kBase;
      auto take = [&](uint32_t j) { return doc.W(j) != "taken" && TakeVerb(doc.W(j), &form); };
      while (v > sent.first_token && v + 5 > target->first_token && !doc.TriggerAt(v - 1) &&
             !take(v - 1)) {
        if (doc.MentionAt(v - 1) || doc.IsPreposition(v - 1) || doc.W(v - 1) == ",") break;
        --v;
      }
      if (v > sent.first_token && take(v - 1)) {
        Mentions from = doc.Agent(v - 1);
        if (!from.empty() && from[0]->canonical != target->canonical) {
          TriggerWord buyout{Frame::kAcquire, form};
          Candidate c = Make(doc, DealType::kAcquisition, v - 1, buyout, from, {target});
          c.money = doc.MoneyNear(k, true);
          out.push_back(c);
        }
      }
      continue;
    }
    // ("is in early talks to take private Tenma Systems": the verb, then the word, then the target.)
    if (Form form = Form::kBase; !t && doc.W(k) == "private" && k > sent.first_token && k + 1 < sent.end_token &&
                                 doc.W(k - 1) != "taken" && TakeVerb(doc.W(k - 1), &form) && doc.MentionAt(k + 1) &&
                                 !doc.MentionAt(k + 1)->possessive && doc.MentionAt(k + 1)->first_token == k + 1) {
      const Mention* target = doc.MentionAt(k + 1);
      Mentions from = doc.Agent(k - 1);
      if (!from.empty() && !from[0]->possessive && from[0]->canonical != target->canonical) {
        TriggerWord buyout{Frame::kAcquire, form};
        Candidate c = Make(doc, DealType::kAcquisition, k - 1, buyout, {from[0]}, {target});
        c.money = doc.MoneyNear(k, true);
        out.push_back(c);
      }
      continue;
    }
    if (Form take = Form::kBase; !t && k + 3 < sent.end_token && doc.W(k) != "taken" && TakeVerb(doc.W(k), &take)) {
      TakeGoodsFrom(doc, k, take, out);
      continue;
    }
    if (!t && (doc.W(k) == "booked" || doc.W(k) == "reserved") && k + 3 < sent.end_token) {
      BookedCapacity(doc, k, out);
      continue;
    }
    if (!t && (doc.W(k) == "host" || doc.W(k) == "hosts") && k > sent.first_token && k + 1 < sent.end_token &&
        (doc.W(k - 1) == "to" || doc.W(k - 1) == "will" || doc.W(k - 1) == "would") && doc.MentionAt(k + 1) &&
        !doc.MentionAt(k + 1)->possessive) {
      // "agreed to host Fluidstack, a London-based AI cloud, under a 10-year
      // colocation agreement worth about $3 billion": the guest rents the site.
      const Mention* guest = doc.MentionAt(k + 1);
      bool contract = false;
      for (uint32_t j = guest->end_token; j + 1 < sent.end_token && j < guest->end_token + 16 && !contract; ++j) {
        WordView w = doc.W(j);
        contract = w == "agreement" || w == "lease" || w == "contract" || w == "colocation";
      }
      Mentions host = doc.Agent(k);
      if (contract && !host.empty() && !host[0]->possessive && host[0]->canonical != guest->canonical) {
        TriggerWord hosting{Frame::kSupply, Form::kBase};
        Candidate c = Make(doc, DealType::kPurchase, k, hosting, {guest}, {host[0]});
        c.asset = Asset::kInfrastructure;
        c.money = doc.MoneyNear(k, true);
        out.push_back(c);
      }
      continue;
    }
    if (!t && doc.W(k) == "rights" && k + 2 < sent.end_token && doc.W(k + 1) == "to") {
      // "Pitchside has won the UK and Ireland rights to the Elite Padel Tour":
      // broadcast or film rights bought from their owner (asset other).
      Mentions owner = doc.ListAt(k + 2, doc.ClauseEnd(k), 3);
      for (uint32_t v = k; !owner.empty() && !owner[0]->possessive && v-- > doc.ClauseBegin(k) && k - v < 8;) {
        std::optional<Form> form = RightsVerbForm(doc.W(v));
        if (!form) {
          if (doc.MentionAt(v) || doc.IsPreposition(v)) break;
          continue;
        }
        Mentions buyer = doc.Agent(v);
        if (buyer.empty() || buyer[0]->possessive || buyer[0]->canonical == owner[0]->canonical) break;
        TriggerWord bought{Frame::kBuy, *form};
        Candidate c = Make(doc, DealType::kPurchase, v, bought, {buyer[0]}, {owner[0]});
        c.asset = Asset::kOther;
        c.money = doc.MoneyNear(k, true);
        out.push_back(c);
        break;
      }
      continue;
    }
    if (!t && (doc.W(k) == "agreed" || doc.W(k) == "agree" || doc.W(k) == "agrees") && k > sent.first_token) {
      // "Deutsche Telekom and Nvidia have agreed to build a data centre", "X and
      // Y agreed earlier this year to bring ...": two named companies agreeing
      // to do something together, when no deal word of the clause says more.
      uint32_t to = k + 1;
      while (to < doc.ClauseEnd(k) && to < k + 5 && doc.W(to) != "to" && !doc.MentionAt(to) && doc.W(to) != ",") ++to;
      Mentions agent = doc.Agent(k);
      bool other_deal = DealWordInClause(doc, k, /*agreements_count=*/true);
      // ("X and Y agreed to form a joint venture worth $15 billion with Z":
      // the pair deals with a third.)
      for (uint32_t j = to + 1; !other_deal && j + 1 < sent.end_token && j < to + 14; ++j) {
        if (doc.W(j) == "," || doc.W(j) == ";") break;
        other_deal = doc.W(j) == "with" && !doc.ListAt(j + 1, sent.end_token, 1).empty();
      }
      if (!other_deal && to + 1 < doc.ClauseEnd(k) && doc.W(to) == "to" && agent.size() == 2 &&
          agent[0]->canonical != agent[1]->canonical && !agent[0]->possessive && !agent[1]->possessive &&
          doc.seg().tokens[to + 1].kind == TokenKind::kWord && !doc.seg().tokens[to + 1].capitalized) {
        TriggerWord agreed{Frame::kPartner, Form::kPast};
        Candidate c = Make(doc, DealType::kPartnership, k, agreed, {agent[0]}, {agent[1]});
        if (c.status == DealStatus::kCompleted) c.status = DealStatus::kAnnounced;
        out.push_back(c);
      }
      continue;
    }
    if (!t && doc.W(k) == "together" && k > doc.ClauseBegin(k) + 3 &&
        (k + 1 >= sent.end_token || doc.W(k + 1) != "with")) {
      // "The carrier and the start-up will also build a customer-service model
      // together": two subjects making something jointly.
      // ("X, Y and Z will work together": the first with the others.)
      Mentions agent = doc.Agent(k), others;
      for (size_t i = 1; i < agent.size(); ++i) {
        if (agent[i]->canonical != agent[0]->canonical && !agent[i]->possessive) AddUnique(others, agent[i]);
      }
      // ("X, Y and Z together control 70% of the market": a sum, no joint work.)
      const bool sum = !agent.empty() && agent.back()->end_token == k;
      if (agent.size() >= 2 && agent.size() <= 4 && others.size() == agent.size() - 1 && !agent[0]->possessive &&
          !sum && !DealWordInClause(doc, k, /*agreements_count=*/true)) {
        TriggerWord joint{Frame::kPartner, Form::kPresent};
        Candidate c = Make(doc, DealType::kPartnership, k, joint, {agent[0]}, others);
        if (c.status == DealStatus::kCompleted) c.status = DealStatus::kAnnounced;
        out.push_back(c);
      }
      continue;
    }
    if (!t && doc.W(k) == "together" && k + 2 < sent.end_token && doc.W(k + 1) == "with" &&
        k > doc.ClauseBegin(k) + 1 && doc.W(k - 1) != ",") {
      // "G42 is building it together with OpenAI, Oracle and Nvidia": a joint
      // project, unless another deal verb of the clause says more ("X,
      // together with Y, invested ...").
      const bool other_deal = DealWordInClause(doc, k, /*agreements_count=*/false);
      Mentions agent = doc.Agent(k);
      Mentions partners = doc.ListAt(k + 2, doc.ClauseEnd(k), 2);
      if (!other_deal && agent.size() == 1 && !partners.empty() && !agent[0]->possessive && !partners[0]->possessive &&
          agent[0]->first_token < k) {
        Mentions others;
        for (const Mention* m : partners) {
          if (m->canonical != agent[0]->canonical) AddUnique(others, m);
        }
        TriggerWord joint{Frame::kPartner, Form::kPresent};
        if (!others.empty()) out.push_back(Make(doc, DealType::kPartnership, k, joint, agent, others));
      }
      continue;
    }
    TriggerWord picked_money;  // (outlives the reading below)
    if (!t && k > sent.first_token) {
      // Two-word triggers; "take over" and "pick up" want their object next.
      t = doc.PhraseTriggerAt(k);
      WordView w = doc.W(k), next = k + 1 < sent.end_token ? doc.W(k + 1) : "";
      bool named_next = k + 1 < sent.end_token && doc.MentionAt(k + 1);
      // ("picked up data-loss-prevention start-up Y", "took over chip designer
      // Y": the name past lower-case words that say what it is.)
      for (uint32_t j = k + 1; !named_next && j < sent.end_token && j < k + 6; ++j) {
        if (doc.MentionAt(j)) {
          named_next = doc.MentionAt(j)->kind == MentionKind::kName && j > k + 1 && IsRoleNoun(doc.W(j - 1));
          break;
        }
        if (doc.seg().tokens[j].kind != TokenKind::kWord || doc.seg().tokens[j].capitalized || doc.IsPreposition(j)) {
          break;
        }
      }
      // ("was snapped up by X", "was taken over by X": the passive.)
      if (t && w == "over" && !(named_next || next == "the" || next == "by")) t = nullptr;
      // ("Y picked up 18 million euros in seed funding": money picked up is raised.)
      if (t && w == "up" && k + 1 < sent.end_token && doc.MoneyAt(k + 1)) {
        picked_money = TriggerWord{Frame::kRaise, t->form};
        t = &picked_money;
      } else if (t && w == "up" && !(named_next || next == "the" || next == "a" || next == "an" || next == "by")) {
        t = nullptr;
      }
    }
    if (!t && Has(doc, k, k + 1, {"chose", "chosen", "picked", "selected", "tapped"})) {
      ChosenSupplier(doc, k, out);
      continue;
    }
    if (!t && (doc.W(k) == "bidder" || doc.W(k) == "auction")) {
      WonTheBidding(doc, k, out);
      continue;
    }
    if (Form move_form; !t && MoveVerb(doc.W(k), &move_form)) {
      MigratesTo(doc, k, move_form, out);
      continue;
    }
    if (!t && IsCustomerRole(doc.W(k))) {
      SignedAsCustomer(doc, k, out);
      continue;
    }
    if (!t && (doc.W(k) == "warrants" || doc.W(k) == "warrant")) {
      WarrantsGranted(doc, k, out);
      continue;
    }
    if (!t && doc.W(k) == "price" && k >= 1 && k - 1 == doc.ClauseBegin(k) && doc.W(k - 1) == "the" &&
        k + 1 < sent.end_token && doc.TriggerAt(k + 1) == nullptr) {
      // "The price had been set at €410 million": the amount of the deal told
      // in a sentence before.
      TriggerWord noun{Frame::kDeal, Form::kNoun};
      DealFrame(doc, k, noun, out);
      continue;
    }
    if (!t) continue;
    // "a provider of rented AI computing power", "a portfolio of leased sites":
    // a participle describing goods after "of", no deal of its own.
    if (t->form == Form::kPast && k > sent.first_token + 1 && doc.W(k - 1) == "of" && k + 1 < sent.end_token &&
        doc.seg().tokens[k + 1].kind == TokenKind::kWord && !doc.IsPreposition(k + 1) && !doc.MentionAt(k + 1) &&
        doc.W(k + 1) != "by") {
      continue;
    }
    // "It is the largest single order in the company's history": a deal told before, ranked.
    if (t->form == Form::kNoun && k + 2 < sent.end_token && doc.W(k + 1) == "in" &&
        sent.first_token + 2 < k &&
        (doc.W(sent.first_token) == "it" || doc.W(sent.first_token) == "this" || doc.W(sent.first_token) == "that") &&
        (doc.W(sent.first_token + 1) == "is" || doc.W(sent.first_token + 1) == "was" ||
         doc.W(sent.first_token + 1) == "marks" || doc.W(sent.first_token + 1) == "marked" ||
         doc.W(sent.first_token + 1) == "would" || doc.W(sent.first_token + 1) == "'s")) {
      bool history = false;
      for (uint32_t j = k + 2; j < sent.end_token && j < k + 7 && !history; ++j) history = doc.W(j) == "history";
      if (history) continue;
    }
    // "its chief investment officer", "the investment committee": a role, no deal.
    if (t->form == Form::kNoun && k + 1 < sent.end_token &&
        Has(doc, k + 1, k + 2,
            {"officer", "officers", "chief", "committee", "director", "banker", "bankers", "strategist"})) {
      continue;
    }
    // "a Quebec investment fund", "the investment arm of Y": a description of an investor.
    if (t->frame == Frame::kInvestment && t->form == Form::kNoun && k + 1 < sent.end_token &&
        Has(doc, k + 1, k + 2,
            {"fund", "funds", "firm", "firms", "arm", "bank", "banks", "vehicle", "manager", "managers", "house",
             "company", "group", "office"})) {
      continue;
    }
    // "We are not acquiring X", "did not buy", "has not yet invested": a verb
    // the sentence negates states no deal.
    if (t->form != Form::kNoun && NegatedVerb(doc, k)) continue;
    // ("was not taking an equity stake", "will not make an investment": the verb of the noun.)
    if (t->form == Form::kNoun && (t->frame == Frame::kStake || t->frame == Frame::kInvestment)) {
      bool negated = false;
      for (uint32_t j = k; j-- > sent.first_token && k - j <= 4 && !negated;) {
        Form form;
        if (TakeVerb(doc.W(j), &form) || Has(doc, j, j + 1, {"make", "makes", "making", "made"})) {
          negated = NegatedVerb(doc, j);
          break;
        }
      }
      if (negated) continue;
    }
    // "In June 2025, Meta put $14.3 billion into Scale AI": "put" after its
    // subject is the past tense (the base form follows "to" or a modal).
    TriggerWord past_put;
    if (t->form == Form::kBase && doc.W(k) == "put" && k > sent.first_token) {
      WordView p = doc.W(k - 1);
      if (!(BaseVerbLeadIn(p) || p == "did" || p == "does" || p == "do" || p == "'ll" || p == "or")) {
        past_put = *t;
        past_put.form = Form::kPast;
        t = &past_put;
      }
    }
    // "X is backing Y with $40 million": the verb, not the noun "backing".
    TriggerWord backing_verb;
    if (t->frame == Frame::kInvestment && doc.W(k) == "backing" && k > sent.first_token && k + 1 < sent.end_token &&
        Has(doc, k - 1, k, {"is", "are", "was", "were", "been", "be", "also"}) && doc.MentionAt(k + 1) &&
        !doc.MentionAt(k + 1)->possessive) {
      backing_verb = TriggerWord{Frame::kFund, Form::kIng};
      t = &backing_verb;
    }
    switch (t->frame) {
      case Frame::kInvest: InvestFrame(doc, k, *t, out); break;
      case Frame::kFund: FundFrame(doc, k, *t, out); break;
      case Frame::kStake:
      case Frame::kInvestment: InvestmentNounFrame(doc, k, *t, out); break;
      case Frame::kRaise: RaiseFrame(doc, k, *t, out); break;
      case Frame::kRound: RoundFrame(doc, k, *t, out); break;
      case Frame::kLead: LeadFrame(doc, k, *t, out); break;
      case Frame::kAcquire:
      case Frame::kBuy:
        // "a purchase agreement with ASML for EUV systems": the agreement's frame reads it.
        if (k + 1 < sent.end_token && (doc.W(k) == "purchase" || doc.W(k) == "purchasing") &&

            (doc.W(k + 1) == "agreement" || doc.W(k + 1) == "agreements" || doc.W(k + 1) == "contract" ||
             doc.W(k + 1) == "order")) {
          break;
        }
        if (t->form == Form::kBase && k > sent.first_token + 1 && k + 1 < sent.end_token && doc.MentionAt(k - 1) &&
            !doc.MentionAt(k - 1)->possessive && doc.MentionAt(k - 1)->kind == MentionKind::kName &&
            !doc.MentionAt(k + 1) && doc.W(k + 1).size() > 3 && doc.W(k + 1).back() == 's' &&
            doc.seg().tokens[k + 1].kind == TokenKind::kWord && !doc.IsPreposition(k + 1) && !doc.TriggerAt(k + 1)) {
          // "Arvane Holdings - DreamLoft buy pushes Arvane into chiplets": a
          // headline's noun, the name before it the target, the story's subject the buyer.
          const Mention* target = doc.MentionAt(k - 1);
          for (uint32_t j = sent.first_token; j < target->first_token; ++j) {
            const Mention* m = doc.MentionAt(j);
            if (!m || m->kind != MentionKind::kName || m->canonical == target->canonical) continue;
            TriggerWord noun{t->frame, Form::kNoun};
            out.push_back(Make(doc, DealType::kAcquisition, k, noun, {m}, {target}));
            break;
          }
          break;
        }
        if (t->form == Form::kNoun || NounUsage(doc, k)) {
          TriggerWord noun{t->frame, Form::kNoun};
          AcquisitionNounFrame(doc, k, noun, out);
        } else {
          AcquireFrame(doc, k, *t, out);
        }
        break;
      case Frame::kAcquisition: AcquisitionNounFrame(doc, k, *t, out); break;
      case Frame::kMerge: MergeFrame(doc, k, *t, out); break;
      case Frame::kSell: SellFrame(doc, k, *t, out); break;
      case Frame::kUse:
        // "agreed a 15-year lease with Fluidstack": the noun, a contract.
        if (doc.W(k) == "lease" && k > sent.first_token &&
            (doc.W(k - 1) == "a" || doc.W(k - 1) == "the" || doc.W(k - 1) == "new" || doc.W(k - 1) == "its" ||
             (doc.W(k - 1).size() > 5 && doc.W(k - 1).substr(doc.W(k - 1).size() - 5) == "-year") ||
             (doc.W(k - 1) == "year" && k >= 2 && doc.W(k - 2) == "-"))) {
          // ("signed a 12-year lease for the whole of Y's Boden campus": the
          // owner of the site leases it out.)
          bool site_owner = false;
          for (uint32_t j = k + 1; j + 1 < doc.ClauseEnd(k) && j < k + 8 && !site_owner; ++j) {
            const Mention* m = doc.MentionAt(j);
            site_owner = m && m->possessive && m->kind == MentionKind::kName && Has(doc, k + 1, j, {"for", "on", "at", "of"});
            if (m || doc.MoneyAt(j)) break;
          }
          // ("a 15-year lease for a campus that Y is building for it": the builder lets it.)
          if (site_owner || LessorAfter(doc, k, {})) {
            PurchaseFrame(doc, k, TriggerWord{Frame::kUse, Form::kNoun}, out);
            break;
          }
          TriggerWord noun{Frame::kDeal, Form::kNoun};
          DealFrame(doc, k, noun, out);
          break;
        }
        PurchaseFrame(doc, k, *t, out);
        break;
      case Frame::kSpend:
      case Frame::kCommit:
        // "The order could be worth more than $2 billion": an order opening
        // the sentence is the purchase told before, as a deal noun.
        if ((doc.W(k) == "order" || doc.W(k) == "orders") && k == sent.first_token + 1 &&
            (doc.W(k - 1) == "the" || doc.W(k - 1) == "an" || doc.W(k - 1) == "this" || doc.W(k - 1) == "that")) {
          TriggerWord noun{Frame::kDeal, Form::kNoun};
          DealFrame(doc, k, noun, out);
          break;
        }
        PurchaseFrame(doc, k, *t, out);
        break;
      case Frame::kSupply: PurchaseFrame(doc, k, *t, out); break;
      case Frame::kDeal: DealFrame(doc, k, *t, out); break;
      case Frame::kPartner: PartnerFrame(doc, k, *t, out); break;
      case Frame::kPay: PayFrame(doc, k, *t, out); break;
      case Frame::kBacker: BackerFrame(doc, k, *t, out); break;
      case Frame::kLicense: LicenseFrame(doc, k, *t, out); break;
      case Frame::kGrant: GrantFrame(doc, k, *t, out); break;
    }
  }
  // "X teamed up with Y to buy Z": the two buy together; their teaming up is
  // no partnership of its own.
  std::erase_if(out, [&](const Candidate& p) {
    if (p.type != DealType::kPartnership || p.from.size() != 1 || p.to.size() != 1) return false;
    for (const Candidate& c : out) {
      if (c.type != DealType::kAcquisition || c.from.size() < 2) continue;
      bool has_from = false, has_to = false;
      for (const Mention* m : c.from) {
        has_from = has_from || m->canonical == p.from[0]->canonical;
        has_to = has_to || m->canonical == p.to[0]->canonical;
      }
      if (has_from && has_to) return true;
    }
    return false;
  });
  // "X and Y will invest $5 billion and $10 billion, respectively, in Z":
  // one deal per party, each with its own amount.
  for (size_t i = 0, n = out.size(); i < n; ++i) {
    Mentions& side = out[i].from.size() >= 2 ? out[i].from : out[i].to;
    if (side.size() < 2 || side.size() > 4 || !out[i].money) continue;
    const uint32_t b = doc.ClauseBegin(out[i].trigger), e = doc.ClauseEnd(out[i].trigger);
    if (!Has(doc, b, e, {"respectively"})) continue;
    const std::vector<const Entity*> sums = DistinctSums(doc, b, e);
    if (sums.size() != side.size()) continue;
    const bool from_side = &side == &out[i].from;
    const Mentions parties = side;
    for (size_t p = 0; p < parties.size(); ++p) {
      Candidate c = out[i];
      (from_side ? c.from : c.to) = {parties[p]};
      c.money = sums[p];
      if (p == 0) {
        out[i] = c;
      } else {
        out.push_back(c);
      }
    }
  }
  // ("bought A and B for roughly $625 million and $400 million respectively":
  // the deals split from one trigger, each with its own amount, in order.)
  for (size_t i = 0, n = out.size(); i < n; ++i) {
    if (!out[i].money || out[i].to.size() != 1) continue;
    std::vector<size_t> group = {i};
    for (size_t j = i + 1; j < n; ++j) {
      if (out[j].trigger == out[i].trigger && out[j].type == out[i].type && out[j].money == out[i].money &&
          out[j].to.size() == 1 && out[j].to[0] != out[i].to[0]) {
        group.push_back(j);
      }
    }
    if (group.size() < 2 || group.size() > 4) continue;
    const uint32_t b = doc.ClauseBegin(out[i].trigger), e = doc.SentenceEnd(out[i].trigger);
    if (!Has(doc, b, e, {"respectively"})) continue;
    const std::vector<const Entity*> sums = DistinctSums(doc, b, e);
    if (sums.size() != group.size()) continue;
    std::sort(group.begin(), group.end(),
              [&](size_t x, size_t y) { return out[x].to[0]->first_token < out[y].to[0]->first_token; });
    for (size_t p = 0; p < group.size(); ++p) out[group[p]].money = sums[p];
  }
  if (out.empty()) TalksAboutGoods(doc, s, out);
  // Nominal investments with no slots inside an agreement frame ("talks with
  // Amazon about ... investment"): the frame's two sides, the younger company
  // receiving.
  for (Candidate& c : out) {
    if (!c.anaphoric || (c.type != DealType::kInvestment && c.type != DealType::kAcquisition)) continue;
    const Mention *subject = nullptr, *other = nullptr;
    if (!FrameParties(doc, s, &subject, &other)) {
      // "a large American software company had approached Veyra about a
      // takeover": a bidder the text does not name.
      if (c.type != DealType::kAcquisition) continue;
      const Sentence& sent = doc.seg().sentences[s];
      for (uint32_t j = sent.first_token + 2; j + 1 < sent.end_token && j < c.trigger; ++j) {
        if (doc.W(j) != "approached") continue;
        const Mention* target = doc.MentionAt(j + 1);
        if (!target || target->possessive || target->first_token != j + 1) break;
        uint32_t a = doc.ClauseBegin(j);
        while (a < j && doc.W(a) != "a" && doc.W(a) != "an") ++a;
        bool named = false;
        for (uint32_t q = a; q < j; ++q) named = named || doc.MentionAt(q) != nullptr;
        if (a < j && !named && IndefiniteCompanyAt(doc, a)) {
          c.from.clear();
          c.to = {target};
          c.unnamed = true;
          c.anaphoric = false;
        }
        break;
      }
      continue;
    }
    // ("Alongside the acquisition, X signed an agreement with Y to ...": the
    // deal told before, not the matter of this agreement.)
    if (c.trigger < subject->first_token) continue;
    if (c.type == DealType::kAcquisition) {  // "X approached Y about a takeover"
      c.from = {subject};
      c.to = {other};
      // ("X held talks with Y, a U.S. private equity firm, about a buyout": the firm buys.)
      if (BuyoutFirm(doc, *other) && !BuyoutFirm(doc, *subject)) std::swap(c.from, c.to);
    } else {
      bool other_receives = doc.LooksLikeInvestee(*other) && !doc.LooksLikeInvestee(*subject);
      c.from = {other_receives ? subject : other};
      c.to = {other_receives ? other : subject};
    }
    c.anaphoric = false;
  }
  SplitEach(doc, out);
}

}  // namespace dealgraph
