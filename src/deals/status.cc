// Status of a deal (spec section 3) from the cue words of its trigger's clause
// and the trigger's own form: cancelled, then talks, then planned, then what
// the verb's tense and completion words say.
#include "deals/context.h"

namespace dealgraph {

bool DocContext::SubordinatorBetween(uint32_t b, uint32_t e) const {
  for (uint32_t j = b; j < e; ++j) {
    std::string_view w = words_[j];
    if (w == "after" || w == "before" || w == "since" || w == "following" || w == "while" || w == "when") {
      return true;
    }
  }
  return false;
}

bool DocContext::DealNounAfter(uint32_t b, uint32_t window) const {
  if (b >= words_.size()) return false;
  const uint32_t end = std::min<uint32_t>(b + window, SentenceEnd(b));
  for (uint32_t j = b; j < end; ++j) {
    std::string_view w = words_[j];
    if (w == "deal" || w == "takeover" || w == "acquisition" || w == "merger" || w == "contract" ||
        w == "agreement" || w == "talks" || w == "negotiations" || w == "partnership" || w == "tie-up" ||
        w == "bid" || w == "offer" || w == "transaction" || w == "purchase" || w == "sale" ||
        w == "investment" || w == "relationship" || w == "arrangement" || w == "alliance" || w == "venture" ||
        w == "pact" || w == "discussions") {
      return true;
    }
  }
  return false;
}

DealStatus DocContext::StatusFor(uint32_t k, Form form) const {
  const uint32_t si = SentenceOf(k);
  const uint32_t b = ClauseBegin(k), e = ClauseEnd(k);
  // "X has disclosed a 5.6% stake in Y", "which revealed a 5% holding": a
  // stake made public is held (the verb of saying tells no announcement).
  if (form == Form::kNoun && (words_[k] == "stake" || words_[k] == "holding")) {
    for (uint32_t j = k; j-- > b && k - j <= 5;) {
      const std::string_view w = words_[j];
      if (w == "disclosed" || w == "revealed" || w == "discloses" || w == "reveals") return DealStatus::kCompleted;
      if (!(w == "a" || w == "an" || w == "%" || w == "percent" || w == "per" || w == "cent" ||
            seg_.tokens[j].kind == TokenKind::kNumber)) {
        break;
      }
    }
  }
  // ("paid $12.5 billion to take Qualtrics private", "spent $2.1 billion in
  // 2022 to buy SoftBank's stake": the purpose of a payment made is done.)
  if (form == Form::kBase && k >= b + 3 && words_[k - 1] == "to") {
    for (uint32_t j = k - 1; j-- > b && k - j <= 10;) {
      const std::string_view w = words_[j];
      if (w == "paid" || w == "spent") {
        // (Made, not "to be paid" or "being spent".)
        const bool made = j == b || !(words_[j - 1] == "be" || words_[j - 1] == "been" ||
                                      words_[j - 1] == "being" || words_[j - 1] == "to");
        if (made && MoneyAt(j + 1)) return DealStatus::kCompleted;
        break;
      }
      if (TriggerAt(j) || w == "," || w == "would" || w == "will" || w == "could" || w == "may") break;
    }
  }
  const auto& cues = Cues(si);
  bool cancelled = false, talks = false, planned = false, done = false, announced = false, hypothetical = false;
  bool done_in_sentence = false;
  // Talks said only by "people familiar with ..." (a source, not a stage).
  bool familiar_only = true;
  uint32_t cancel_dist = ~0u, done_dist = ~0u;
  auto dist = [&](const CueHit& c) { return c.first > k ? c.first - k : k - c.first; };
  // A relative pronoun among the three words before token j ("in which it owns").
  auto relative_before = [&](uint32_t j) {
    for (uint32_t q = j; q-- > 0 && j - q <= 3;) {
      if (words_[q] == "which" || words_[q] == "whom" || words_[q] == "that") return true;
    }
    return false;
  };
  // "The round could raise $1 billion": a deal noun opening its clause is
  // its subject, and the verbs after it speak for it.
  const bool subject_noun = form == Form::kNoun && k <= b + 2;
  const uint32_t first = seg_.sentences[si].first_token;
  const bool opens_subordinate = SubordinatorBetween(first, first + 1);
  // A comma between the cue hit c and the trigger: the cue's phrase closes before it.
  auto comma_before_k = [&](const CueHit& c) {
    for (uint32_t j = c.end; j < k; ++j) {
      if (words_[j] == ",") return true;
    }
    return false;
  };
  for (const CueHit& c : cues) {
    // "After talks with Y collapsed, X agreed to buy Z": the subordinate
    // clause opening the sentence tells of something else.
    if (opens_subordinate && c.first < k && !SubordinatorBetween(c.end, k) && comma_before_k(c)) continue;
    // ("Rebuffed at SSI, Meta instead put $14.3 billion into Y": a participle
    // opening the sentence tells of an earlier attempt.)
    if (c.first == first && c.first < k && words_[c.first].size() > 4 && words_[c.first].ends_with("ed") &&
        comma_before_k(c)) {
      continue;
    }
    // ("expects to complete": the longer phrase speaks, not "expects to".)
    bool covered = false;
    for (const CueHit& o : cues) covered = covered || (o.first == c.first && o.end > c.end && o.kind != c.kind);
    if (covered) continue;
    bool in_clause = c.first >= b && c.first < e;
    bool before = in_clause && (c.first < k || subject_noun);
    // "In May 2024": the month, not the modal.
    if (words_[c.first] == "may" && (seg_.tokens[c.first].capitalized && c.first != seg_.sentences[si].first_token))
      continue;
    // ("May 19 (Reuters) - ...": a date opening the sentence.)
    if (words_[c.first] == "may" && seg_.tokens[c.first].capitalized && c.first + 1 < seg_.sentences[si].end_token &&
        seg_.tokens[c.first + 1].kind == TokenKind::kNumber) {
      continue;
    }
    switch (c.kind) {
      case CueKind::kCancelled: {
        // ("was called off once in June before being revived weeks later": undone.)
        bool revived = false;
        for (uint32_t j = c.end; j < seg_.sentences[si].end_token && j < c.end + 12 && !revived; ++j) {
          revived = words_[j] == "revived" || words_[j] == "resumed" || words_[j] == "reinstated" ||
                    words_[j] == "restarted";
        }
        if (revived) break;
        // ("The FTC has abandoned its challenge to X's takeover of Y": the
        // challenge ends, not the deal.)
        bool challenge = false;
        for (uint32_t j = c.end; j < seg_.sentences[si].end_token && j < c.end + 3 && !challenge; ++j) {
          const std::string_view w = words_[j];
          challenge = w == "challenge" || w == "lawsuit" || w == "case" || w == "appeal" || w == "opposition" ||
                      w == "objections" || w == "objection" || w == "probe" || w == "investigation" || w == "suit";
        }
        if (challenge) break;
        // ("where X prevailed and Y abandoned its own bid": the cue's own
        // subject, named after "and" and nowhere before it in the clause, is
        // another bidder.)
        if (c.first > k + 2) {
          bool other_subject = false;
          for (uint32_t a = k + 1; a + 2 <= c.first && !other_subject; ++a) {
            if (words_[a] != "and") continue;
            const Mention* m = MentionAt(a + 1);
            if (!m || m->possessive || m->kind != MentionKind::kName || m->first_token != a + 1) continue;
            if (m->end_token != c.first && !(m->end_token + 1 == c.first && (words_[m->end_token] == "later" ||
                                                                             words_[m->end_token] == "then" ||
                                                                             words_[m->end_token] == "also"))) {
              continue;
            }
            other_subject = true;
            for (uint32_t j = b; j < a && other_subject; ++j) {
              const Mention* before = MentionAt(j);
              if (before && before->canonical == m->canonical) other_subject = false;
            }
          }
          if (other_subject) break;
        }
        // ("a manufacturer it declined to name", "declined to comment": no deal refused.)
        if ((words_[c.first] == "declined" || words_[c.first] == "declines") && c.first + 2 < words_.size() &&
            words_[c.first + 1] == "to") {
          std::string_view v = words_[c.first + 2];
          if (v == "name" || v == "identify" || v == "disclose" || v == "comment" || v == "say" || v == "give" ||
              v == "specify" || v == "elaborate" || v == "reveal" || v == "confirm" || v == "discuss") {
            break;
          }
        }
        // "..., a deal that would have given the chipmaker ...": a counterfactual
        // anywhere in the sentence says the deal did not happen.
        if (words_[c.first] == "would" && !SubordinatorBetween(std::min(c.first, k), std::max(c.first, k))) {
          cancelled = true;
          cancel_dist = std::min(cancel_dist, dist(c));
          break;
        }
        // "..., reviving a tie-up that fell apart last year": the cue tells of
        // another deal, the one its relative clause hangs on.
        if (c.first >= 2 && c.first > k + 2 && (words_[c.first - 1] == "that" || words_[c.first - 1] == "which")) {
          std::string_view noun = words_[c.first - 2];
          if (noun == "tie-up" || noun == "deal" || noun == "agreement" || noun == "merger" || noun == "bid" ||
              noun == "offer" || noun == "talks" || noun == "transaction" || noun == "attempt" || noun == "effort" ||
              noun == "combination" || noun == "approach") {
            break;
          }
        }
        // "X withdrew its IPO filing days after raising $1.1 billion": a cue
        // before a subordinating word speaks of the main clause, not of the
        // trigger inside the subordinate one.
        // ("Deal for X, a Year After Talks Collapsed": the same the other way round.)
        // (But "talks ... broke down ..., when X had been willing to pay",
        // "..., though those talks did not lead to an offer": the talks of the deal.)
        bool talks_end = false;
        for (uint32_t j = c.first; j-- > seg_.sentences[si].first_token && c.first - j <= 6;) {
          std::string_view w = words_[j];
          if (w == "talks" || w == "discussions" || w == "negotiations") talks_end = true;
        }
        // ("...; the discussions ended within weeks": the cue's own subject.)
        const std::string_view cue_word = words_[c.first];
        talks_end = talks_end || cue_word == "talks" || cue_word == "discussions" || cue_word == "negotiations";
        // ("...; by November the two sides had walked away without a deal": a
        // clause after a semicolon whose subject is both parties.)
        if (c.first > k && c.first >= e) {
          const uint32_t cb = clause_begin_[c.first];
          if (cb > 0 && words_[cb - 1] == ";") {
            for (uint32_t j = cb; j + 1 < c.first && !talks_end; ++j) {
              talks_end = (words_[j] == "two" && (words_[j + 1] == "sides" || words_[j + 1] == "companies")) ||
                          (words_[j] == "both" && (words_[j + 1] == "sides" || words_[j + 1] == "companies"));
            }
          }
        }
        // ("After talks with Y collapsed, X agreed to buy Z": other talks.)
        talks_end = talks_end && (c.first > k || SubordinatorBetween(c.end, k));
        if (!talks_end && c.first < k && SubordinatorBetween(c.end, k)) break;
        if (!talks_end && c.first > k && SubordinatorBetween(k + 1, c.first)) break;
        // ("agreed to be taken private by X ..., ending a contest in which a
        // second buyout firm dropped out": another party's exit.)
        if (!talks_end && c.first > k + 2) {
          bool in_which = false;
          for (uint32_t j = k + 1; j + 1 < c.first && !in_which; ++j) {
            in_which = (words_[j] == "in" || words_[j] == "during") && words_[j + 1] == "which";
          }
          if (in_which) break;
        }
        // A denial anywhere in the sentence covers the claim it denies.
        std::string_view w = words_[c.first];
        // "sold its assets to X, ending the startup's attempt to build ...":
        // what ends after the deal must itself be a deal ("ending the takeover").
        if (c.first > k && (w == "ending" || w == "ends" || w == "ended" || w == "end") && !DealNounAfter(c.end, 4)) {
          break;
        }
        // ("... and no longer needed a campus of its own": a change of plans in a
        // clause of its own, no denial of the deal.)
        const bool no_longer = w == "no" && c.first + 1 < words_.size() && words_[c.first + 1] == "longer";
        if (no_longer && c.first > k && c.first > 0 && words_[c.first - 1] == "and") break;
        bool denial = w == "denied" || w == "denies" || (w == "no" && !no_longer) || w == "not" ||
                      w == "dismissed" || w == "dismisses";
        // "X had planned to pay Y ..., but X is now ending the contract".
        bool contrast = c.first >= e && words_[clause_begin_[c.first]] == "but";
        // "A proposed contract between X, ..., and Y, which ..., was called
        // off": a deal noun opening the sentence is the main verb's subject.
        bool sentence_subject = form == Form::kNoun && c.first > k && k <= seg_.sentences[si].first_token + 3 &&
                                !SubordinatorBetween(k + 1, c.first);
        // "bid for Siltronic, which collapsed in 2022", "agreed to buy Y ...,
        // only for the deal to collapse": the fate of this deal, told after it.
        bool told_after = false;
        if (c.first > k && c.first < k + 14 && c.first >= 2) {
          std::string_view p1 = words_[c.first - 1], p2 = words_[c.first - 2];
          if (form == Form::kNoun && (p1 == "which" || p1 == "that") && p2 == ",") {
            told_after = true;
            for (uint32_t j = k + 1; j + 2 < c.first && told_after; ++j) told_after = !TriggerAt(j) && !MoneyAt(j);
          }
          // ("made an offer of about $1 billion for Y in June, which the
          // miner's board rejected": the offer's own amount before the comma,
          // and the rejecting subject after "which".)
          if (!told_after && form == Form::kNoun && c.first >= k + 4) {
            uint32_t which = c.first - 1;
            while (which > k + 2 && c.first - which <= 6 && words_[which] != "which" && !TriggerAt(which) &&
                   !MoneyAt(which) && words_[which] != ",") {
              --which;
            }
            if (words_[which] == "which" && words_[which - 1] == "," && c.first - which >= 2) {
              told_after = true;
              for (uint32_t j = k + 1; j + 1 < which && told_after; ++j) {
                const TriggerWord* t = TriggerAt(j);
                told_after = !t || t->form == Form::kNoun;
              }
            }
          }
          if (p1 == "to" && c.first >= 3 && words_[c.first - 3] == "the" &&
              (p2 == "deal" || p2 == "takeover" || p2 == "merger" || p2 == "acquisition" || p2 == "sale" ||
               p2 == "agreement" || p2 == "transaction")) {
            told_after = true;
          }
        }
        if (in_clause || denial || contrast || sentence_subject || talks_end || told_after) {
          cancelled = true;
          cancel_dist = std::min(cancel_dist, denial ? 0u : dist(c));
        }
        break;
      }
      case CueKind::kTalks:
        // "closed a $300 million round, a month after reports that it was in
        // talks to raise less": talks told in a subordinate clause after the
        // deal came before it.
        if (c.first > k + 1 && SubordinatorBetween(k + 1, c.first)) break;
        // "It bought X last year and, according to Sky News, held early talks about Y":
        // talks of the second verb after "and", not of the first deal.
        if (c.first > k + 2 && [&] {
              for (uint32_t a = k + 1; a + 1 < c.first; ++a) {
                if (words_[a] != "and") continue;
                for (uint32_t v = a + 1; v < c.first; ++v) {
                  std::string_view w = words_[v];
                  // ("agreed to buy $500 million of capacity from Y, she said, and is in
                  // early talks with a second provider": "is in" talks too.)
                  if (w == "held" || w == "had" || w == "began" || w == "opened" || w == "entered" ||
                      w == "started" || ((w == "is" || w == "was") && v + 1 < c.first && words_[v + 1] == "in")) {
                    return true;
                  }
                }
              }
              return false;
            }()) {
          break;
        }
        // "according to people with knowledge of the discussions": attribution, not talks.
        if (in_clause && !(c.first >= 2 && words_[c.first - 1] == "the" &&
                           (words_[c.first - 2] == "of" || words_[c.first - 2] == "on" ||
                            words_[c.first - 2] == "with"))) {
          talks = true;
          // (a source: "people familiar", "according to people", "sources said")
          const bool source = words_[c.first] == "according" || words_[c.first] == "sources" ||
                              (c.first + 1 < e && words_[c.first + 1] == "familiar");
          familiar_only = familiar_only && source;
        }
        break;
      case CueKind::kHypothetical: {
        if (!before) break;
        // ("signed a letter of intent with Y under which the chipmaker would
        // invest up to $100 billion": the terms of an agreement signed.)
        if (c.first >= 4 && [&] {
              for (uint32_t j = c.first; j-- > first + 1 && c.first - j <= 6;) {
                if (words_[j] != "which" || words_[j - 1] != "under") continue;
                for (uint32_t v = j - 1; v-- > first && j - v <= 10;) {
                  const std::string_view w = words_[v];
                  if (w == "signed" || w == "agreed" || w == "struck" || w == "reached" || w == "inked") return true;
                }
                return false;
              }
              return false;
            }()) {
          announced = true;
          break;
        }
        // "said it would acquire": reported speech, not a hypothesis.
        bool speech = false;
        for (const CueHit& s : cues) {
          if (s.kind != CueKind::kSpeech || s.end > c.first) continue;
          if (s.end + 4 >= c.first) speech = true;
          // ("disclosed in September 2025 that it would supply": past a date, then "that".)
          for (uint32_t j = s.end; j + 2 < c.first + 1 && j < s.end + 7 && !speech; ++j) {
            speech = words_[j] == "that" && j + 3 >= c.first;
          }
          // ("X said Y, the Taiwanese foundry, would take a stake": the reported
          // subject with its apposition between.)
          uint32_t a = s.end;
          if (a < c.first && words_[a] == "that") ++a;
          const Mention* subject = a < c.first ? MentionAt(a) : nullptr;
          if (!subject || c.first > a + 16 || words_[c.first - 1] != ",") continue;
          uint32_t comma = subject->end_token;
          while (comma < c.first && comma < subject->end_token + 3 && words_[comma] != ",") ++comma;
          if (comma + 1 < c.first && words_[comma] == ",") speech = true;
        }
        if (speech) {
          announced = true;
        } else {
          hypothetical = true;
        }
        break;
      }
      case CueKind::kPlanned: {
        // ("X plans to use the new funds to expand, and earlier this year
        // agreed to acquire Y": the plan is the first verb's; the second,
        // past one after ", and", tells of its own deal.)
        bool second_verb = false;
        for (uint32_t a = c.end; before && a + 1 < k && !second_verb; ++a) {
          if (words_[a] != "and" || words_[a - 1] != ",") continue;
          for (uint32_t v = a + 1; v < k && v <= a + 5 && !second_verb; ++v) {
            second_verb = words_[v] == "agreed" || words_[v] == "signed" || words_[v] == "bought" ||
                          words_[v] == "acquired" || words_[v] == "struck";
          }
        }
        if (before && !second_verb) planned = true;
        break;
      }
      case CueKind::kAnnounced:
        if (before) announced = true;
        break;
      case CueKind::kDone: {
        // ("X completes acquisition of Y and secures investment from Z": the
        // completion speaks of the deal word right after it, not of the later one.)
        // ("closed a funding round": a deal noun of the trigger's own phrase is no other deal.)
        auto noun = [&](uint32_t j) { return TriggerAt(j) && TriggerAt(j)->form == Form::kNoun; };
        if (c.first < k && [&] {
              for (uint32_t j = c.end; j < k && j <= c.end + 2; ++j) {
                if (!noun(j)) continue;
                bool same_phrase = true;
                for (uint32_t q = j + 1; q < k && same_phrase; ++q) same_phrase = noun(q) || MoneyAt(q);
                if (!same_phrase) return true;
              }
              return false;
            }()) {
          break;
        }
        // ("announced after the Tokyo market closed": trading ended, no deal.)
        if (words_[c.first] == "closed" && c.first > 0 &&
            (words_[c.first - 1] == "market" || words_[c.first - 1] == "markets" ||
             words_[c.first - 1] == "trading" || words_[c.first - 1] == "exchange" ||
             words_[c.first - 1] == "exchanges")) {
          break;
        }
        // ("Qai, the AI company owned by the Qatar Investment Authority,": a description.)
        if (words_[c.first] == "owned" && c.first + 1 < e && words_[c.first + 1] == "by" && c.first > b &&
            words_[c.first - 1] != "was" && words_[c.first - 1] != "were" && words_[c.first - 1] != "is" &&
            words_[c.first - 1] != "be" && words_[c.first - 1] != "been") {
          break;
        }
        // ("from Tarkio Cloud, a Denver provider in which it owns a minority
        // stake": a standing holding told in a relative clause after the deal.)
        if ((words_[c.first] == "owns" || words_[c.first] == "holds") && c.first > k + 2 &&
            relative_before(c.first)) {
          break;
        }
        // ("struck a 2.9 billion pound deal for Y, which it completed in early
        // October": the deal's completion told in a relative clause after it.)
        const bool completed_after = !in_clause && c.first > k && c.first < k + 14 && c.first >= 3 &&
                                     (words_[c.first] == "completed" || words_[c.first] == "closed") &&
                                     ((words_[c.first - 1] == "it" && words_[c.first - 2] == "which" &&
                                       words_[c.first - 3] == ",") ||
                                      (words_[c.first - 1] == "which" && words_[c.first - 2] == ","));
        // (Only the deal's own object before the comma: "to merge with X Corp. Y, which completed" is Y's.)
        uint32_t named_between = 0;
        for (uint32_t j = k + 1; completed_after && j < c.first; ++j) {
          const Mention* m = MentionAt(j);
          if (m && m->first_token == j && m->kind == MentionKind::kName) ++named_between;
        }
        if (in_clause || (completed_after && named_between == 1)) {
          done = true;
          done_dist = std::min(done_dist, dist(c));
        }
        done_in_sentence = true;
        break;
      }
      default:
        break;
    }
  }
  // "completed in 2023 ... after the chipmaker scrapped licences": the nearer word speaks.
  if (cancelled && (!done || cancel_dist <= done_dist)) return DealStatus::kCancelled;
  if (done && cancelled) return DealStatus::kCompleted;
  // "X has agreed to buy Y, according to people familiar with the terms":
  // the agreement is reported by unnamed sources, but it is agreed.
  if (talks && familiar_only && announced && !hypothetical) talks = false;
  // ("closed a $120 million seed round in April, according to people familiar
  // with the matter": a completion, sourced.)
  if (talks && familiar_only && done && !hypothetical) talks = false;
  // "X has built a stake of about 7% in Y, according to people familiar with
  // the matter": a perfect verb right before the deal noun tells a done act, sourced.
  if (talks && familiar_only && !hypothetical && form == Form::kNoun) {
    for (uint32_t j = k; j-- > b && k - j <= 5;) {
      const std::string_view w = words_[j];
      if (w == "a" || w == "an" || w == "%" || seg_.tokens[j].kind == TokenKind::kNumber) continue;
      if (j > b && (words_[j - 1] == "has" || words_[j - 1] == "have" || words_[j - 1] == "had") &&
          (w.ends_with("ed") || w == "built" || w == "bought" || w == "taken" || w == "made")) {
        talks = false;
        done = true;
      }
      break;
    }
  }
  // "The firm sold X to Y for $900 million in 2023, according to people
  // familiar with the deal": a past deal, sourced.
  if (talks && familiar_only && !hypothetical && form == Form::kPast && YearInClause(k) > 0 &&
      YearInClause(k) < latest_year_) {
    talks = false;
  }
  if (talks || hypothetical) return DealStatus::kTalks;
  if (planned) return DealStatus::kPlanned;
  if (done) return DealStatus::kCompleted;
  // "its $19.7 billion takeover of Nuance, which closed in March 2022": a
  // relative clause on the deal noun's object says the deal is done.
  if (form == Form::kNoun) {
    const uint32_t end = seg_.sentences[si].end_token;
    for (uint32_t j = k + 1; j + 2 < end && j < k + 14; ++j) {
      // ("X's $28 billion purchase of Y was quicker, closing in March 2024": a
      // participle after a comma, with a year before this one.)
      if (words_[j - 1] == "," && (words_[j] == "closing" || words_[j] == "completing") && words_[j + 1] == "in") {
        for (uint32_t y = j + 2; y < end && y <= j + 3; ++y) {
          if (const int year = FourDigits(words_[y]); year >= 0 && year < latest_year_) return DealStatus::kCompleted;
        }
        break;
      }
      if (words_[j] != "which" && words_[j] != "that") continue;
      if (j == 0 || words_[j - 1] != ",") break;
      uint32_t v = j + 1;
      if (words_[v] == "was" || words_[v] == "were") ++v;
      if (words_[v] == "closed" || words_[v] == "completed" || words_[v] == "finalised" || words_[v] == "finalized") {
        return DealStatus::kCompleted;
      }
      break;
    }
  }
  const TriggerWord* t = TriggerAt(k);
  if (!t && k > 0) t = Lexicon::PhraseTrigger(words_[k - 1], words_[k]);  // "took over", "taken private"
  Frame frame = t ? t->frame : Frame::kDeal;
  // "took full control of", "took X private": a take verb read as a buyout.
  if (!t && (words_[k] == "took" || words_[k] == "taken")) frame = Frame::kAcquire;
  // "has put $13 billion into": "put" is its own past participle.
  if (words_[k] == "put" && k > 0 && (words_[k - 1] == "has" || words_[k - 1] == "have" || words_[k - 1] == "had" ||
                                     words_[k - 1] == "already" || words_[k - 1] == "also")) {
    form = Form::kPast;
  }
  // "Castellan put $2 billion into Sorrel in 2023": right after its subject, with
  // an earlier year, "put" is the past tense.
  if (words_[k] == "put" && k > 0 &&
      ((MentionAt(k - 1) && !MentionAt(k - 1)->possessive) || words_[k - 1] == "which" || words_[k - 1] == "who")) {
    int year = YearInClause(k);
    if (year > 0 && year < latest_year_) form = Form::kPast;
  }
  // "Berlin stopped Elmos from selling its fab to Silex": a deal prevented.
  if (form == Form::kIng && k > 1 && words_[k - 1] == "from") {
    for (uint32_t j = k - 1; j-- > b && k - j < 10;) {
      std::string_view w = words_[j];
      if (w == "stopped" || w == "prevented" || w == "barred" || w == "blocked" || w == "banned" ||
          w == "prohibited" || w == "stop" || w == "prevent" || w == "bar" || w == "block") {
        return DealStatus::kCancelled;
      }
    }
  }
  // "It expanded into Ghana in 2025 by buying X": the means of a past act.
  if (form == Form::kIng && k > 0 && words_[k - 1] == "by") {
    for (uint32_t j = b; j + 1 < k; ++j) {
      std::string_view w = words_[j];
      std::string_view before = j > 0 ? words_[j - 1] : std::string_view();
      bool past = w.size() > 4 && w.substr(w.size() - 2) == "ed" &&
                  !(before == "be" || before == "been" || before == "is" || before == "are");
      if (past && !TriggerAt(j)) {
        int year = YearInClause(k);
        if (year > 0 && year < latest_year_) return DealStatus::kCompleted;
        break;
      }
    }
  }
  // ("NTT spent about 2.4 trillion yen last year buying the shares of X": money spent on it.)
  if (form == Form::kIng && k > b + 2) {
    for (uint32_t j = k - 1; j-- > b && k - j < 10;) {
      if (words_[j] == "spent" && !(j > 0 && (words_[j - 1] == "be" || words_[j - 1] == "been"))) {
        return DealStatus::kCompleted;
      }
      if (words_[j] == "," || TriggerAt(j)) break;
    }
  }
  // "days after raising $1.1 billion", "since acquiring X": a past event.
  if (form == Form::kIng && k > 0 &&
      (words_[k - 1] == "after" || words_[k - 1] == "since" || words_[k - 1] == "following")) {
    return DealStatus::kCompleted;
  }
  // "..., buying BETA CAE for $1.24 billion last year": a participle in a past setting.
  if (form == Form::kIng && k > 0 && words_[k - 1] == ",") {
    // "Google first backed Anthropic in 2022, paying $300m for a stake": the
    // participle takes the tense of the deal verb before it.
    for (uint32_t j = b; j + 1 < k; ++j) {
      const TriggerWord* before = TriggerAt(j);
      if (before && before->form == Form::kPast && !(j > 0 && (words_[j - 1] == "be" || words_[j - 1] == "being"))) {
        return DealStatus::kCompleted;
      }
    }
    for (uint32_t j = b; j < e; ++j) {
      if ((words_[j] == "last" && j + 1 < e && (words_[j + 1] == "year" || words_[j + 1] == "month")) ||
          (words_[j] == "ago")) {
        return DealStatus::kCompleted;
      }
    }
    // "Meta went another way, paying $14.3 billion for 49% of Scale AI": the
    // past tense of the clause's own verb (not a verb of saying).
    if (!talks && !planned && !hypothetical) {
      for (uint32_t j = b + 1; j + 1 < k; ++j) {
        std::string_view w = words_[j], before = words_[j - 1];
        if (TriggerAt(j) || before == "be" || before == "been" || before == "being" || before == "is" ||
            before == "are" || before == "was" || before == "were") {
          continue;
        }
        if (w == "said" || w == "reported" || w == "announced" || w == "told" || w == "added" || w == "noted" ||
            w == "stated") {
          break;
        }
        // ("Stripe had done much the same in March 2023, raising $6.5 billion":
        // a pluperfect, or "did".)
        // ("X has since pushed deeper into networking, buying Y": a perfect.)
        // (Not "has agreed to pay ..., buying": an agreement, not done.)
        const bool perfect = w.size() > 4 && w.ends_with("ed") && w != "agreed" && w != "signed" &&
                             w != "pledged" && w != "committed" && w != "offered" && w != "proposed" &&
                             w != "planned" && w != "decided" && w != "promised" &&
                             (before == "has" || before == "have" ||
                              (before == "since" && j >= 2 && (words_[j - 2] == "has" || words_[j - 2] == "have")));
        if (w == "went" || w == "made" || w == "took" || w == "struck" || w == "won" || w == "moved" ||
            w == "stepped" || w == "expanded" || w == "followed" || w == "doubled" || w == "did" ||
            before == "had" || perfect) {
          return DealStatus::kCompleted;
        }
      }
    }
  }
  if (form == Form::kPast) {
    // "will be acquired", "to be bought": future passives.
    // ("agreed to be taken over": a two-word trigger's first word is the verb.)
    const uint32_t v = !TriggerAt(k) && k > 0 && PhraseTriggerAt(k) ? k - 1 : k;
    if (v >= 2 && (words_[v - 1] == "be" || words_[v - 1] == "being")) return DealStatus::kAnnounced;
    if (frame == Frame::kCommit || frame == Frame::kDeal || frame == Frame::kPartner || frame == Frame::kSupply ||
        frame == Frame::kUse) {
      return DealStatus::kAnnounced;
    }
    // "has agreed to ..." is caught above; a past deal verb is a done deal.
    return DealStatus::kCompleted;
  }
  if (form == Form::kIng && frame == Frame::kRaise) return DealStatus::kTalks;
  if (announced) return DealStatus::kAnnounced;
  if (form == Form::kNoun && done_in_sentence) return DealStatus::kCompleted;
  if (form == Form::kNoun) {
    // "Its last round, a $22 million Series A, was led by X": a previous deal,
    // or one the sentence tells in the past passive, took place.
    for (uint32_t j = k > b + 3 ? k - 3 : b; j < k; ++j) {
      std::string_view w = words_[j];
      if (w == "last" || w == "previous" || w == "prior") return DealStatus::kCompleted;
    }
    // "Visa made a strategic investment in Y", "X has made an investment":
    // the noun's verb in the past ("will be made", "to be made" are not).
    for (uint32_t j = k > b + 4 ? k - 4 : b; j < k; ++j) {
      if (words_[j] != "made" || (j > b && (words_[j - 1] == "be" || words_[j - 1] == "been"))) continue;
      bool article = false;
      for (uint32_t a = j + 1; a < k; ++a) article = article || words_[a] == "a" || words_[a] == "an";
      if (article) return DealStatus::kCompleted;
    }
    for (uint32_t j = k + 1; j + 1 < seg_.sentences[si].end_token && j < k + 16; ++j) {
      std::string_view w = words_[j], v = words_[j + 1];
      if ((w == "was" || w == "were") && (v == "led" || v == "co-led" || v == "backed" || v == "funded" ||
                                          v == "completed" || v == "closed" || v == "made")) {
        return DealStatus::kCompleted;
      }
    }
  }
  // "its purchase of CA Technologies in 2018": a deal dated before the
  // latest year the article names lies in its past.
  if (form == Form::kNoun) {
    int year = YearInClause(k);
    if (year > 0 && year < latest_year_) return DealStatus::kCompleted;
  }
  return DealStatus::kAnnounced;
}

bool DocContext::HasStatusCue(uint32_t k) const {
  for (const CueHit& c : Cues(SentenceOf(k))) {
    if (c.first < ClauseBegin(k) || c.first >= ClauseEnd(k)) continue;
    if (c.kind == CueKind::kTalks || c.kind == CueKind::kPlanned || c.kind == CueKind::kAnnounced ||
        c.kind == CueKind::kDone || c.kind == CueKind::kCancelled || c.kind == CueKind::kHypothetical) {
      return true;
    }
  }
  return false;
}

bool DocContext::Combined(uint32_t k) const {
  for (const CueHit& c : Cues(SentenceOf(k))) {
    if (c.kind == CueKind::kCombined && c.first >= ClauseBegin(k) && c.first < ClauseEnd(k)) return true;
  }
  return false;
}

}  // namespace dealgraph
