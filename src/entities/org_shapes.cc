// Unknown organizations: capitalized runs accepted by a corporate cue or by the
// deal phrase around them. Word lists here are closed classes of English.
#include "entities/org_shapes.h"

#include <algorithm>
#include <iterator>

#include "entities/lexicon.h"
#include "entities/org_slots.h"
#include "entities/token_flags.h"
#include "entities/word_match.h"

namespace dealgraph {
namespace {

// Trades that open a sentence before a company's name ("Neobank Tanoa is in
// talks", "Chipmakers Tessaro Semiconductor and Corvane joined").
constexpr std::string_view kTradeWords[] = {"neobank",  "startup",   "start-up", "chipmaker",    "fintech",
                                            "insurer",  "lender",    "retailer", "automaker",    "carmaker",
                                            "conglomerate", "telco", "miner", "chipmakers", "startups",
                                            "start-ups", "automakers", "carmakers", "lenders", "insurers",
                                            "telcos", "miners", "fintechs"};
constexpr FoldedWordList kTrades(kTradeWords);

// Members whose plural possessive opens the name of their fund or union
// ("Lakehead Teachers' Pension Plan", "Public Employees' Retirement System").
constexpr std::string_view kMemberWords[] = {"teachers",  "employees",   "workers",   "firefighters", "officers",
                                             "nurses",    "pensioners",  "members",   "mineworkers",  "farmers",
                                             "educators", "steelworkers", "autoworkers", "veterans",   "engineers"};
constexpr FoldedWordList kMembers(kMemberWords);

class ShapeFinder {
 public:
  ShapeFinder(std::string_view text, const std::vector<Token>& tokens, size_t begin, size_t end,
              const std::vector<uint8_t>& taken)
      : text_(text),
        toks_(tokens),
        tok_(tokens.data()),
        begin_(begin),
        end_(end),
        taken_(taken),
        shaped_(NameShapes(text, tokens)),
        flags_(KeptFlags(text, tokens)) {}

  void Run(std::vector<Entity>* out) {
    size_t first_out = out->size();
    pending_.clear();
    size_t i = begin_;
    while (i < end_) {
      // Most tokens are shaped like no name: with the kept shapes, skipped
      // without the other tests.
      if (shaped_ != nullptr) {
        while (i < end_ && shaped_[i] == 0) ++i;
        if (i == end_) break;
      }
      if (!NameAt(i)) {
        ++i;
        continue;
      }
      size_t b = RunEnd(i);
      Process(i, b, out);
      i = b;
    }
    ListNeighbors(first_out, out);
  }

 private:
  WordView Text(size_t k) const { return TokenText(text_, tok_[k]); }  // == a literal is inline
  // Word flags, looked up once per token of the document (token_flags.h).
  uint32_t Flags(size_t k) const { return KeptWordFlags(flags_, text_, tok_[k], k); }
  bool Glued(size_t k) const { return k < end_ && !tok_[k].space_before; }

  // A free word shaped like a name ("Acme", "IBM"; "inContact", "eBay", "xAI"),
  // but no material's formula.
  bool NameAt(size_t k) const {
    if (k >= end_ || taken_[k]) return false;
    if (shaped_ != nullptr ? shaped_[k] == 0 : !NameShaped(text_, tok_[k])) return false;
    return !MaterialFormula(Text(k));
  }

  // "silicon carbide (SiC)", "buy SiC power modules": a semiconductor
  // material's formula, shaped like a brand. (Asked for every name-shaped
  // token: the length and the second letter turn most words away first.)
  static bool MaterialFormula(std::string_view w) {
    if (w.size() < 3 || w.size() > 6 || w[1] < 'a' || w[1] > 'z') return false;
    return w == "SiC" || w == "GaN" || w == "GaAs" || w == "InP" || w == "SiGe" || w == "InGaAs" || w == "AlN";
  }

  static bool AllCaps(std::string_view w) {
    if (w.size() < 3) return false;
    for (char c : w) {
      if (c < 'A' || c > 'Z') return false;
    }
    return true;
  }

  size_t RunEnd(size_t a) const {
    size_t k = a + 1;
    while (k < end_) {
      if (NameAt(k)) {
        ++k;
        continue;
      }
      if (k + 1 < end_ && !taken_[k] && NameAt(k + 1)) {
        std::string_view t = Text(k);
        // "Schering-Plough", "Taylor - Wharton International": a hyphen joins two names.
        // "TOKYO - Mizuhara Electronics": a dateline, not a name.
        // ("PARIS and AUSTIN, Texas - Corvane": the same, for a dateline
        // whose sentence opens with a city in capitals.)
        if (t == "-" && !Glued(k) && (AllCaps(Text(k - 1)) || (Text(begin_).size() >= 3 && AllCaps(Text(begin_))))) {
          break;
        }
        // "BRIEF-Corvane Data Inc says": a wire service's tag, not part of the name.
        if (t == "-" && IsWireTag(Text(k - 1))) break;
        // ("October - Brightwater Pharma agreed": a timeline's month before its entry.)
        if (t == "-" && !Glued(k) && (Flags(k - 1) & (kMonthWord | kWeekdayWord))) break;
        // "Lakehead Teachers' Pension Plan": the members' plural possessive inside the name.
        if (t == "'" && Glued(k) && OneOf(Text(k - 1), kMembers)) {
          k += 2;
          continue;
        }
        // "Turn/River Capital": a slash inside a name, with no space around it.
        if (t == "/" && Glued(k) && Glued(k + 1)) {
          k += 2;
          continue;
        }
        // "Telefónica del Perú", "Banco do Brasil": a Romance "of" between names.
        // ("Pudong Science and Technology Innovation Fund": the set phrase of many Chinese names.)
        if (t == "&" || t == "-" || (t == "of" && (Flags(k - 1) & (kCueWord | kGenericWord))) || ScienceAnd(k) ||
            t == "del" || t == "do" || t == "da" || t == "de" ||
            (t == "." && Glued(k) && Text(k - 1) == "Bros")) {
          k += 2;
          continue;
        }
      }
      break;
    }
    return k;
  }

  // "(QLDN)", "(NASDAQ: NBIS)": a ticker of two to five capitals in brackets at token e.
  bool TickerAfter(size_t e) const {
    if (e + 2 >= end_ || Text(e) != "(") return false;
    size_t j = e + 1;
    if (j + 2 < end_ && tok_[j].all_caps && Text(j + 1) == ":") j += 2;
    if (j + 1 >= end_ || !tok_[j].all_caps || tok_[j].kind != TokenKind::kWord || Text(j + 1) != ")") return false;
    return Text(j).size() >= 2 && Text(j).size() <= 5;
  }

  // "and" in "Science and Technology", inside a name.
  bool ScienceAnd(size_t k) const {
    return k > begin_ && k + 1 < end_ && Text(k) == "and" && Text(k - 1) == "Science" && Text(k + 1) == "Technology";
  }

  bool IsHead(size_t k) const {
    if (!NameAt(k) || tok_[k].end - tok_[k].start < 2) return false;  // "K" in "Form 8-K"
    constexpr uint32_t kNotHead = kFunctionWord | kCueWord | kTitleWord | kPlaceWord | kDemonymWord |
                                  kGenericWord | kMonthWord | kWeekdayWord;
    return !(Flags(k) & kNotHead);
  }

  // Splits a capitalized run at function words and titles ("Greer Bancshares
  // Incorporated The Company", "Acme CEO Jane Doe") and tries each piece.
  void Process(size_t a, size_t b, std::vector<Entity>* out) {
    size_t s = a;
    while (s < b) {
      // ("London-based Quillmark Legal": where a company is based is no part of its name.)
      // ("20-Year Power Supply Agreement": a word after a number and a hyphen is a measure, no name.)
      while (s < b && ((Flags(s) & (kFunctionWord | kTitleWord)) || !NameAt(s) || BasedWord(s) ||
                       (s >= begin_ + 2 && Text(s - 1) == "-" && Glued(s) && Glued(s - 1) &&
                        tok_[s - 2].kind == TokenKind::kNumber))) {
        ++s;
      }
      // ("New York-based Ravensbrook Capital", "Hong Kong-based X": a place of two or three words.)
      for (size_t p = s + 1; p < b && p < s + 3; ++p) {
        if (!BasedWord(p)) continue;
        s = p + 1;
        break;
      }
      // ("Neobank Tanoa is in talks": a trade capitalized only because it opens the sentence.)
      if (s + 1 < b && (s == begin_ || Text(s - 1) == ":") && TradeWord(s)) ++s;
      size_t e = s;
      while (e < b && (!(Flags(e) & (kFunctionWord | kTitleWord)) || ScienceAnd(e))) ++e;
      size_t piece_end = e;
      while (e > s && !NameAt(e - 1)) --e;  // no trailing "&" or "of"
      if (s < e) Piece(s, e, out);
      s = piece_end;
    }
  }

  // A trade that stands before a company's name: "Neobank", "Chipmaker".
  bool TradeWord(size_t k) const { return OneOf(Text(k), kTrades); }

  // "London-based", "Paris-headquartered"; "PIF-owned", "Temasek-backed" (an
  // owner or backer that describes the company: "the PIF-owned AI company").
  // (Every ending is a participle in "d": other words are rejected by their
  // last byte.)
  bool BasedWord(size_t k) const {
    static constexpr std::string_view kEndings[] = {"-based",  "-headquartered", "-owned",  "-backed",
                                                    "-controlled", "-funded",   "-affiliated", "-linked",
                                                    "-supported"};
    static_assert(std::all_of(std::begin(kEndings), std::end(kEndings),
                              [](std::string_view p) { return p.back() == 'd'; }));
    std::string_view w = Text(k);
    if (w.empty() || w.back() != 'd') return false;
    for (std::string_view p : kEndings) {
      if (w.size() > p.size() + 1 && w.substr(w.size() - p.size()) == p) return true;
    }
    return false;
  }

  // Some strong (not generic) head word in [s, k).
  bool StrongHeadBefore(size_t s, size_t k) const {
    for (size_t j = s; j < k; ++j) {
      if (IsHead(j)) return true;
    }
    return false;
  }

  // Some word in [s, k) that is no head only because it names a product:
  // "Cobalt" in "Cobalt Compute" (not a place: "Paris AI").
  bool ProductHeadBefore(size_t s, size_t k) const {
    constexpr uint32_t kNotName = kFunctionWord | kCueWord | kTitleWord | kPlaceWord | kDemonymWord |
                                  kMonthWord | kWeekdayWord;
    for (size_t j = s; j < k; ++j) {
      if (NameAt(j) && tok_[j].end - tok_[j].start >= 2 && !(Flags(j) & kNotName)) return true;
    }
    return false;
  }

  // Some capitalized word that is not a cue in [s, k): "Idaho" in "Idaho Power".
  bool WeakHeadBefore(size_t s, size_t k) const {
    for (size_t j = s; j < k; ++j) {
      if (NameAt(j) && !(Flags(j) & kCueWord)) return true;
    }
    return false;
  }

  void Piece(size_t s, size_t e, std::vector<Entity>* out) {
    // A cue after a head word: "Acme Robotics", "Foo Holdings Ltd"; a firm cue
    // after any capitalized word: "Idaho Power", "U.S. Bank".
    size_t cue_end = 0;
    for (size_t k = s + 1; k < e; ++k) {
      uint32_t f = Flags(k);
      if (!(f & kCueWord)) continue;
      if (StrongHeadBefore(s, k) || ((f & kFirmCue) && WeakHeadBefore(s, k))) cue_end = k + 1;
    }
    // ("Banco Andino", "Grupo Altamar", "Fondo Levante Innovacion", "Caisse
    // Nordique": a Romance firm's word opens its name.)
    if (!cue_end && e > s + 1 &&
        OneOf(Text(s), {"banco", "banca", "banque", "grupo", "gruppo", "groupe", "fondo", "fonds", "caixa", "caja",
                        "caisse", "inversiones", "financiera", "compagnie", "compania", "sociedad", "societe"}) &&
        tok_[s].capitalized && StrongHeadBefore(s + 1, e)) {
      cue_end = e;
    }
    // "YTL Power International", "Kestrel Holdings International": the word
    // after a firm's cue word is part of its name.
    if (cue_end && cue_end < e && Text(cue_end) == "International") ++cue_end;
    // ("Defense Information Systems Agency", "Capital Markets Authority": a
    // public body's head noun after a firm's cue word.)
    if (cue_end && cue_end < e &&
        (Text(cue_end) == "Agency" || Text(cue_end) == "Authority" || Text(cue_end) == "Administration" ||
         Text(cue_end) == "Commission" || Text(cue_end) == "Bureau")) {
      ++cue_end;
    }
    // ("Acadiana Power & Light": a second word joined to the cue by "&".)
    if (cue_end && cue_end + 1 < e && Text(cue_end) == "&" && NameAt(cue_end + 1)) cue_end += 2;
    // "CEO Sam Altman", "chief executive Jane Doe", "Mr. Lai" are people; "the
    // activist investor Elliott Management" ends in a firm's word.
    bool firm_end = cue_end == e && (Flags(e - 1) & kCueWord);
    // ("existing investor Antler", "returning investor Brenwick": a firm the
    // round already had, one word long; "state-backed investor Investinor",
    // "strategic investor Y": no person is that.)
    const bool held_investor =
        e == s + 1 && s > begin_ + 1 && Text(s - 1) == "investor" &&
        (Text(s - 2) == "existing" || Text(s - 2) == "returning" || Text(s - 2) == "state-backed" ||
         Text(s - 2) == "state-owned" || Text(s - 2) == "sovereign" || Text(s - 2) == "strategic" ||
         Text(s - 2) == "institutional" || Text(s - 2) == "corporate");
    // ("Australian infrastructure investor Harbour & Reef", "pension investor
    // Laurentia": a kind of fund before "investor" says no person is meant.)
    const bool fund_investor =
        s > begin_ + 1 && Text(s - 1) == "investor" &&
        (Text(s - 2) == "infrastructure" || Text(s - 2) == "pension" || Text(s - 2) == "impact" ||
         Text(s - 2) == "buyout" || Text(s - 2) == "private-equity" || Text(s - 2) == "growth" ||
         Text(s - 2) == "venture" || Text(s - 2) == "property" || Text(s - 2) == "real-estate");
    if (s > begin_ && (Flags(s - 1) & kTitleWord) && !firm_end && !held_investor && !fund_investor) return;
    if (s > begin_ + 1 && Text(s - 1) == "." && (Flags(s - 2) & kTitleWord)) return;
    if (!cue_end && (Flags(s) & kCueWord) && s + 2 < e && Text(s + 1) == "of") {
      for (size_t k = s + 2; k < e; ++k) {
        if (IsHead(k) || (Flags(k) & kPlaceWord)) cue_end = e;  // "Bank of Ostrava", "Bank of Japan"
      }
    }
    // "PT Nusantara Komputasi Awan": an Indonesian company's legal form before its name.
    if (!cue_end && e > s + 1 && Text(s) == "PT" && StrongHeadBefore(s + 1, e)) cue_end = e;
    bool head = StrongHeadBefore(s, e);
    size_t first = s;
    // ("the American Carrow Instruments", "the Portuguese Mares Data": a
    // nationality between "the" and a company's name says where it is from;
    // a public body or fund keeps it: "the Australian Signals Directorate",
    // "the Nordic Foresight Fund".)
    if ((Flags(s) & kDemonymWord) && s > begin_ && (Text(s - 1) == "the" || Text(s - 1) == "The") && s + 1 < e &&
        IsHead(s + 1)) {
      const std::string_view last = Text(e - 1);
      if (last != "Fund" && last != "Investment" && last != "Directorate" && last != "Authority" &&
          last != "Agency" && last != "Bank" && last != "Office" && last != "Ministry" && last != "Council" &&
          last != "Commission" && last != "Institute" && last != "University" && last != "Foundation" &&
          last != "Trust" && last != "Corporation" && last != "Service" && last != "Administration") {
        first = ++s;
      }
    }
    size_t span_end = 0;
    if (cue_end) {
      span_end = cue_end;
      // "First Security Corporation": an ordinal starts a name with a firm word.
      if (first == s && s > begin_ && Text(s - 1) == "First" && tok_[s].space_before &&
          (Flags(cue_end - 1) & (kFirmCue | kSuffixWord))) {
        --first;
      }
      // "Serum Institute of India", not "Norwest Corporation of Minneapolis".
      if (span_end < e && Text(span_end) == "of" && !(Flags(span_end - 1) & kSuffixWord)) span_end = e;
      // "The Manitowoc Company" inside a sentence keeps its article.
      if (first == s && first > begin_ + 1 && Text(first - 1) == "The") --first;
    } else if ((head || ((Flags(e - 1) & kCueWord) && ProductHeadBefore(s, e - 1))) && e - s <= 6 &&
               (SuffixAfter(e) || InDealSlot(text_, toks_, begin_, end_, s, e))) {
      // (A product word before a cue, "Cobalt Compute", is a name in a deal's slot.)
      span_end = e;
    } else if (e - s <= 3 && CamelHead(s, e)) {
      span_end = e;  // "EchoStar", "PepsiCo", "inContact": inner capitals mark brand names
    } else if (head && e - s <= 4 && TickerAfter(e)) {
      span_end = e;  // "Quillon Data (QLDN) sank 14%": a listed company's ticker in brackets
    }
    if (!span_end) {
      // (Before "said" or "announced" a piece may be a person: it joins only a
      // company named right before it, "Ashcombe Software and Oekalis announced".)
      if (head && e - s <= 3) pending_.push_back({s, e, false, e < end_ && (Flags(e) & kSpeechVerb) != 0});
      return;
    }
    // "the Board of LiqTech International, Inc.", "a Division of Financial West
    // Group": a topic word and "of" before a name that stands on its own.
    for (size_t o = first + 1; o + 1 < span_end; ++o) {
      if (Text(o) != "of") continue;
      bool own_name = StrongHeadBefore(o + 1, span_end) ||
                      ((Flags(span_end - 1) & kFirmCue) && WeakHeadBefore(o + 1, span_end));
      if ((Flags(o - 1) & (kGenericWord | kCueWord)) == kGenericWord && own_name) first = o + 1;
      break;
    }
    size_t name_end;
    size_t full_end = ExtendOrgSpan(text_, toks_, span_end, end_, &name_end);
    for (size_t k = span_end; k < full_end; ++k) {
      if (taken_[k]) return;
    }
    AppendOrgEntity(text_, toks_, first, full_end, name_end, out);
  }

  // A name listed next to an organization ("Zeta and Acme Robotics signed",
  // "acquired Acme, Zeta and Beta") is one too.
  void ListNeighbors(size_t first_out, std::vector<Entity>* out) {
    auto org_at = [&](size_t k, bool starts) {
      if (k < begin_ || k >= end_) return false;
      if (taken_[k] == 2) return true;  // a gazetteer name
      for (size_t j = first_out; j < out->size(); ++j) {
        const Entity& e = (*out)[j];
        if (starts ? e.first_token == k : e.end_token == k + 1) return true;
      }
      return false;
    };
    auto separator = [&](size_t k) {
      std::string_view w = Text(k);
      return w == "," || w == "and" || w == "or";
    };
    for (bool changed = true; changed;) {
      changed = false;
      for (Candidate& c : pending_) {
        if (c.done) continue;
        // ("outside Salt Lake City, Bloomberg said": a source after the comma, no list.)
        auto source_after = [&](size_t k) {
          while (k < end_ && tok_[k].capitalized) ++k;
          return k < end_ && (Flags(k) & kSpeechVerb);
        };
        bool right = !c.speaks && c.e + 1 < end_ && separator(c.e) && org_at(c.e + 1, true) &&
                     !(Text(c.e) == "," && source_after(c.e + 1));
        bool left = c.s >= begin_ + 2 && (c.speaks ? Text(c.s - 1) == "and" : separator(c.s - 1)) &&
                    org_at(c.s - 2, false);
        if (!right && !left) continue;
        size_t name_end;
        size_t full_end = ExtendOrgSpan(text_, toks_, c.e, end_, &name_end);
        AppendOrgEntity(text_, toks_, c.s, full_end, name_end, out);
        c.done = changed = true;
      }
    }
  }

  // A head word with a capital after a lower-case letter, not a surname prefix
  // ("McCarthy", "DeSantis") and not a product in the lexicon ("iPhone").
  bool CamelHead(size_t s, size_t e) const {
    for (size_t k = s; k < e; ++k) {
      if (!IsHead(k) || tok_[k].all_caps) continue;
      std::string_view w = Text(k);

      for (size_t c = 1; c + 1 < w.size(); ++c) {
        bool lower = w[c] >= 'a' && w[c] <= 'z', upper = w[c + 1] >= 'A' && w[c + 1] <= 'Z';
        if (!lower || !upper) continue;
        std::string_view prefix = w.substr(0, c + 1);
        if (prefix == "Mc" || prefix == "Mac" || prefix == "De" || prefix == "Di" || prefix == "Le" ||
            prefix == "La" || prefix == "Du" || prefix == "Van" || prefix == "Von") {
          continue;
        }
        return true;
      }
    }
    return false;
  }

  // ", Inc." or " (UK) Limited" right after the run.
  bool SuffixAfter(size_t e) const {
    if (e < end_ && Text(e) == "plc") return true;  // "Fenbury IP plc"
    if (e + 3 < end_ && Text(e) == "(" && (Flags(e + 1) & kPlaceWord) && Text(e + 2) == ")") e += 2;
    return e + 1 < end_ && (Text(e) == "," || Text(e) == ")") && tok_[e + 1].capitalized &&
           (Flags(e + 1) & kSuffixWord);
  }

  std::string_view text_;
  const std::vector<Token>& toks_;
  // (Its data, read per token: a load less than through the vector, which the
  // compiler must reload after stores it cannot tell apart from its fields.)
  const Token* tok_;
  size_t begin_, end_;
  const std::vector<uint8_t>& taken_;
  const uint8_t* shaped_;  // each token's NameShaped (token_flags.h), or nullptr: ask it
  uint32_t* flags_;        // each token's kept WordFlags (token_flags.h), or nullptr: look them up
  struct Candidate {
    size_t s, e;  // a capitalized piece with a head word, not yet accepted
    bool done = false;
    bool speaks = false;  // a speech verb follows
  };
  // (This thread's, reused by every sentence: a vector of the finder's own
  // would be allocated anew in each sentence that has a piece.)
  static std::vector<Candidate>& Pending() {
    thread_local std::vector<Candidate> pending;
    return pending;
  }
  std::vector<Candidate>& pending_ = Pending();
};

bool IsSuffix(std::string_view text, const std::vector<Token>& tokens, size_t k) {
  return tokens[k].kind == TokenKind::kWord && (WordFlagsAt(text, tokens, k) & kSuffixWord);
}

}  // namespace

size_t LongerNameEnd(std::string_view text, const std::vector<Token>& tokens, size_t known_end, size_t end,
                     const std::vector<uint8_t>& taken) {
  constexpr uint32_t kNotHead = kFunctionWord | kCueWord | kTitleWord | kPlaceWord | kDemonymWord |
                                kGenericWord | kMonthWord | kWeekdayWord;
  bool head = false;
  size_t last_cue = 0;
  for (size_t k = known_end; k < end && k < known_end + 5; ++k) {
    const Token& t = tokens[k];
    if (t.kind != TokenKind::kWord || !(t.capitalized || t.all_caps)) break;
    uint32_t f = WordFlagsAt(text, tokens, k);
    if (f & (kFunctionWord | kTitleWord)) break;
    if ((f & kCueWord) && head) last_cue = k + 1;
    if (!(f & kNotHead)) head = true;
  }
  if (!last_cue) return 0;
  for (size_t k = known_end; k < last_cue; ++k) {
    if (taken[k] == 1) return 0;  // money or a date
  }
  return last_cue;
}

size_t LongerNameStart(std::string_view text, const std::vector<Token>& tokens, size_t begin, size_t first,
                       size_t known_end, size_t end, const std::vector<uint8_t>& taken) {
  constexpr uint32_t kNotName = kFunctionWord | kCueWord | kSuffixWord | kTitleWord | kPlaceWord | kDemonymWord |
                                kGenericWord | kMonthWord | kWeekdayWord | kSpeechVerb;
  auto name_word = [&](size_t k) {
    const Token& t = tokens[k];
    return t.kind == TokenKind::kWord && (t.capitalized || t.all_caps) && t.end - t.start >= 2;
  };
  size_t s = first;
  while (s > begin && first - s < 2 && !taken[s - 1] && name_word(s - 1) &&
         !(WordFlagsAt(text, tokens, s - 1) & kNotName)) {
    --s;
  }
  if (s == first) return first;
  // "Jane Doe Silicon Labs", "CEO Redwood Silicon Labs": a longer capitalized run
  // or a title before it is no single name; "The Redwood Silicon Labs" is one.
  if (s > begin && (name_word(s - 1) || (WordFlagsAt(text, tokens, s - 1) & kTitleWord))) {
    if (!(s - 1 == begin && TokenText(text, tokens[s - 1]) == "The")) return first;
  }
  auto firm_word = [&](size_t k, uint32_t flags) {
    return k < end && tokens[k].kind == TokenKind::kWord && tokens[k].capitalized &&
           (WordFlagsAt(text, tokens, k) & flags);
  };
  bool suffix_after = firm_word(known_end, kSuffixWord) ||
                      (known_end + 1 < end && TokenText(text, tokens[known_end]) == "," &&
                       firm_word(known_end + 1, kSuffixWord));
  if (s == begin) return first;  // "Drugmaker Sanofi SA", "Rival Silicon Labs"
  bool cue_end = WordFlagsAt(text, tokens, known_end - 1) & kCueWord;
  return cue_end || suffix_after || firm_word(known_end, kFirmCue) ? s : first;
}

size_t ExtendOrgSpan(std::string_view text, const std::vector<Token>& tokens, size_t k, size_t end,
                     size_t* name_end) {
  auto glued = [&](size_t j) { return j < end && !tokens[j].space_before; };
  auto at = [&](size_t j) { return TokenText(text, tokens[j]); };
  // Trailing suffix words already inside the name ("Acme Inc") are stripped
  // from the canonical name by MakeOrgEntity; here: dots and ", Inc.".
  while (true) {
    if (k < end && glued(k) && at(k) == "." && (WordFlagsAt(text, tokens, k - 1) & kAbbrevSuffix)) {
      ++k;  // "Inc."
      continue;
    }
    if (k + 1 < end && at(k) == "," && IsSuffix(text, tokens, k + 1) && tokens[k + 1].capitalized) {
      k += 2;  // ", Inc"
      continue;
    }
    if (k + 2 < end && at(k) == "," && at(k + 1) == "National" && at(k + 2) == "Association" &&
        at(k - 1) == "Bank") {
      k += 3;  // "Wells Fargo Bank, National Association": a US national bank's legal form
      continue;
    }
    if (k + 1 < end && at(k - 1) == "Oil" && at(k) == "and" && at(k + 1) == "Gas") {
      k += 2;  // "Bighorn Oil and Gas"
      continue;
    }
    if (k < end && IsSuffix(text, tokens, k) && (tokens[k].capitalized || at(k) == "plc") &&
        (tokens[k - 1].kind == TokenKind::kWord ||
         (k >= 2 && at(k - 1) == "." && (WordFlagsAt(text, tokens, k - 2) & kAbbrevSuffix)))) {
      ++k;  // "Ltd" after "Pvt", "L.P." after "Co."
      continue;
    }
    break;
  }
  // "Pixaya (UK) Limited", "Holdings (Americas) Inc.": a place in brackets inside a
  // legal name, before a suffix or firm word.
  if (k + 3 < end && at(k) == "(" && at(k + 2) == ")" && tokens[k + 1].kind == TokenKind::kWord &&
      (WordFlagsAt(text, tokens, k + 1) & kPlaceWord) && tokens[k + 3].kind == TokenKind::kWord && tokens[k + 3].capitalized &&
      (WordFlagsAt(text, tokens, k + 3) & (kSuffixWord | kFirmCue))) {
    return ExtendOrgSpan(text, tokens, k + 4, end, name_end);
  }
  *name_end = k;
  // "(Gilead)", "(\"DGT\")", "(NYSE: CADE)", "(the Bank)", "(NYSE: FHN or First
  // Horizon)": a short name or ticker in brackets, also after a possessive
  // ("Pool Corp's (POOL)", "ONE Gas' (OGS)") or a comma.
  size_t open = k;
  if (open < end && (tokens[open].kind == TokenKind::kPossessive || (at(open) == "'" && glued(open)) ||
                     at(open) == ",")) {
    ++open;
  }
  if (open + 2 < end && at(open) == "(") {
    size_t j = open + 1;
    bool word = false;
    if (at(j) == "the") ++j;
    while (j < end && j < open + 9 && at(j) != ")") {
      const Token& t = tokens[j];
      std::string_view w = at(j);
      bool ok = (t.kind == TokenKind::kWord && (t.capitalized || t.all_caps)) || w == "\"" || w == "\u201C" ||
                w == "\u201D" || w == ":" || w == "&" || w == "'" || (w == "or" && word);
      if (!ok || w == "Agreement" || w == "Complaint") break;  // "(Teva Agreement)" names a document
      word = word || t.kind == TokenKind::kWord;
      ++j;
    }
    if (word && j < end && at(j) == ")" && at(j - 1) != "or") return j + 1;
  }
  return k;
}

namespace {

// MakeOrgEntity's fields, set on a new (default) entity.
void FillOrgEntity(std::string_view text, const std::vector<Token>& tokens, size_t first, size_t end_token,
                   size_t name_end, Entity* entity) {
  Entity& e = *entity;
  e.type = EntityType::kOrganization;
  e.first_token = static_cast<uint32_t>(first);
  e.end_token = static_cast<uint32_t>(end_token);
  e.start = tokens[first].start;
  e.end = tokens[end_token - 1].end;
  e.qualifier_start = e.start;
  size_t last = name_end;  // strip legal suffixes, commas and dots from the canonical name
  while (last > first + 1) {
    const Token& t = tokens[last - 1];
    std::string_view w = TokenText(text, t);
    if (w == "," || w == "." || IsSuffix(text, tokens, last - 1)) {
      --last;
    } else {
      break;
    }
  }
  // ("PT Telnusa Digital Tbk": the legal form before the name is no part of it either.)
  size_t name_first = first;
  if (last > first + 1 && TokenText(text, tokens[first]) == "PT") ++name_first;
  // (Assigned in place: a temporary string would be made, moved in and freed.)
  e.canonical.assign(text.data() + tokens[name_first].start, tokens[last - 1].end - tokens[name_first].start);
  e.possessive = (end_token < tokens.size() && tokens[end_token].kind == TokenKind::kPossessive) ||
                 (name_end < end_token && tokens[name_end].kind == TokenKind::kPossessive);  // "X's (Y)"
}

}  // namespace

Entity MakeOrgEntity(std::string_view text, const std::vector<Token>& tokens, size_t first, size_t end_token,
                     size_t name_end) {
  Entity e;
  FillOrgEntity(text, tokens, first, end_token, name_end, &e);
  return e;
}

Entity& AppendOrgEntity(std::string_view text, const std::vector<Token>& tokens, size_t first, size_t end_token,
                        size_t name_end, std::vector<Entity>* out) {
  Entity& e = out->emplace_back();
  FillOrgEntity(text, tokens, first, end_token, name_end, &e);
  return e;
}

void FindShapedOrgs(std::string_view text, const std::vector<Token>& tokens, size_t begin, size_t end,
                    const std::vector<uint8_t>& taken, std::vector<Entity>* out) {
  ShapeFinder(text, tokens, begin, end < tokens.size() ? end : tokens.size(), taken).Run(out);
}

}  // namespace dealgraph
