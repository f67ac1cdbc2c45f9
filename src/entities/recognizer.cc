// EntityRecognizer: runs the money, date, gazetteer, shape and outlet passes
// sentence by sentence and merges their results.
#include "entities/recognizer.h"

#include <algorithm>

#include "entities/attribution.h"
#include "entities/dates.h"
#include "entities/lexicon.h"
#include "entities/money.h"
#include "entities/org_repeats.h"
#include "entities/org_shapes.h"
#include "entities/token_flags.h"
#include "entities/word_match.h"

namespace dealgraph {
namespace {

constexpr uint8_t kTakenValue = 1;  // money or date
constexpr uint8_t kTakenOrg = 2;    // a gazetteer name

bool ListSeparator(std::string_view w) { return w == "," || w == "and" || w == "&" || w == "or"; }

// The end of a place (one or two words: "Iowa", "South Korea") after a known
// company's name at `known_end` when it names the company's unit: the company
// names units by place in the gazetteer ("Ameren Illinois" makes "Ameren Iowa"
// one), the place is written in its own language ("Vodafone Italia"), or a firm
// word or legal suffix follows ("Intuitive Surgical Japan Inc."). Else 0. "the
// Microsoft Texas campus" and "Nvidia China sales" keep the place apart.
size_t PlaceUnitEnd(std::string_view text, const std::vector<Token>& toks, const OrgInfo& info, size_t known_end,
                    size_t end, const std::vector<uint8_t>& taken) {
  auto flags = [&](size_t k) -> uint32_t {
    if (k >= end || taken[k] || toks[k].kind != TokenKind::kWord || !(toks[k].capitalized || toks[k].all_caps)) {
      return 0;
    }
    return WordFlagsAt(text, toks, k);
  };
  size_t k = known_end;
  bool local = false;
  while (k < end && k < known_end + 2 && (flags(k) & kPlaceWord)) {
    local = local || (flags(k) & kLocalCountry);
    ++k;
  }
  if (k == known_end) return 0;
  bool firm_after = (flags(k) & (kFirmCue | kSuffixWord)) ||
                    (k + 1 < end && TokenText(text, toks[k]) == "," && (flags(k + 1) & kSuffixWord));
  return info.place_units || local || firm_after ? k : 0;
}

// The first token at or after i, before end, that is not taken and where a
// gazetteer name may start (Gazetteer::MayStartAt), or end. (A loop of its
// own that stores nothing, so that what it reads stays in registers.)
size_t NextKnownNameStart(const Gazetteer& gazetteer, std::string_view text, const std::vector<Token>& toks,
                          const std::vector<uint8_t>& taken, size_t i, size_t end) {
  const uint8_t* const taken_at = taken.data();
  const Token* const tok = toks.data();
  while (i < end && (taken_at[i] || !gazetteer.MayStartAt(text, tok[i]))) ++i;
  return i;
}

// Gazetteer names in tokens [begin, end), with legal suffixes and firm words
// ("Wells Fargo Bank"); longer unknown names that start with a known one.
// kinds[k] is the gazetteer kind of orgs[k].
void FindKnownNames(const Gazetteer& gazetteer, std::string_view text, const std::vector<Token>& toks,
                    size_t begin, size_t end, std::vector<uint8_t>* taken_flags, std::vector<Entity>* orgs,
                    std::vector<OrgKind>* kinds) {
  std::vector<uint8_t>& taken = *taken_flags;
  for (size_t i = begin; (i = NextKnownNameStart(gazetteer, text, toks, taken, i, end)) < end;) {
    AliasMatch m;
    if (!gazetteer.MatchAt(text, toks, i, end, &m)) {
      ++i;
      continue;
    }
    bool free = true;
    for (size_t k = i; k < m.end_token; ++k) free = free && !taken[k];
    if (!free) {
      ++i;
      continue;
    }
    const OrgInfo& info = gazetteer.orgs()[m.org];
    // "Redwood Silicon Labs": a longer unknown name that ends with a known one.
    size_t first = LongerNameStart(text, toks, begin, i, m.end_token, end, taken);
    // "Mitsubishi Chemical Corporation": a longer unknown name that starts with a
    // known one; "Ameren Iowa", "Vodafone Italia", "Acme Japan Ltd": a unit named
    // by place, where the company names units so, the place is written in its own
    // language, or a firm word or legal suffix follows.
    size_t longer = LongerNameEnd(text, toks, m.end_token, end, taken);
    if (!longer && info.kind == OrgKind::kCompany) longer = PlaceUnitEnd(text, toks, info, m.end_token, end, taken);
    // "Vanguard Photon", "Berkshire Grey": a fund known by one word, then one
    // more capitalized word that is no cue, place, month or function word, is
    // another company's two-word name.
    if (!longer && info.kind == OrgKind::kFund && m.end_token == i + 1 && m.end_token < end && !taken[m.end_token]) {
      const size_t k = m.end_token;
      constexpr uint32_t kNotName = kFunctionWord | kCueWord | kSuffixWord | kTitleWord | kPlaceWord |
                                    kDemonymWord | kGenericWord | kMonthWord | kWeekdayWord | kSpeechVerb;
      const bool word = toks[k].kind == TokenKind::kWord && toks[k].capitalized && !toks[k].all_caps &&
                        !(WordFlagsAt(text, toks, k) & kNotName);
      const bool alone = k + 1 >= end || !(toks[k + 1].kind == TokenKind::kWord && toks[k + 1].capitalized);
      if (word && alone && !toks[i].all_caps) longer = k + 1;
    }
    if (longer || first < i) {
      size_t name_end;
      size_t full_end = ExtendOrgSpan(text, toks, longer ? longer : m.end_token, end, &name_end);
      for (size_t k = first; k < full_end; ++k) taken[k] = kTakenOrg;
      AppendOrgEntity(text, toks, first, full_end, name_end, orgs);
      kinds->push_back(OrgKind::kCompany);
      i = full_end;
      continue;
    }
    // "Wells Fargo Bank", "HSBC Holdings": a firm word after a known name stays with it.
    size_t name_stop = m.end_token;
    while (name_stop < end && !taken[name_stop] && toks[name_stop].kind == TokenKind::kWord &&
           toks[name_stop].capitalized &&
           (WordFlagsAt(text, toks, name_stop) & (kFirmCue | kSuffixWord)) == kFirmCue) {
      ++name_stop;
    }
    size_t name_end;
    size_t full_end = ExtendOrgSpan(text, toks, name_stop, end, &name_end);
    for (size_t k = m.end_token; k < full_end; ++k) {
      if (taken[k]) full_end = name_end = name_stop = m.end_token;
    }
    for (size_t k = i; k < full_end; ++k) taken[k] = kTakenOrg;
    // "Thrive Holdings" beside "Thrive Capital": a short name with a firm word
    // other than the one the known name ends in is another organization.
    if (name_stop > m.end_token) {
      std::string_view canonical = info.canonical;
      size_t sp = canonical.rfind(' ');
      std::string_view last = sp == std::string_view::npos ? std::string_view() : canonical.substr(sp + 1);
      std::string_view written = TokenText(text, toks[name_stop - 1]);
      if (!last.empty() && (WordFlags(last) & (kFirmCue | kSuffixWord)) == kFirmCue && written != last &&
          canonical.find(written) == std::string_view::npos) {
        AppendOrgEntity(text, toks, i, full_end, name_end, orgs);
        kinds->push_back(OrgKind::kCompany);
        i = full_end;
        continue;
      }
    }
    // "Fortune 500" names a list, not the magazine; "the GE 400 series" a
    // product, not the company (a year or an amount after the name is neither).
    if (m.end_token < end && toks[m.end_token].kind == TokenKind::kNumber && !taken[m.end_token] &&
        (info.kind == OrgKind::kOutlet || IsModelNumber(TokenText(text, toks[m.end_token])))) {
      i = full_end;
      continue;
    }
    Entity& e = AppendOrgEntity(text, toks, i, full_end, name_end, orgs);
    e.canonical = info.canonical;
    e.parent = info.parent;
    e.known = true;
    e.possessive = name_stop < toks.size() && toks[name_stop].kind == TokenKind::kPossessive;
    kinds->push_back(info.kind);
    i = full_end;
  }
}

// Turns outlet names credited for a claim into kOutlet entities; a list of
// outlets ("CNBC and The Information") shares one context.
void MarkOutlets(std::string_view text, const std::vector<Token>& toks, size_t begin, size_t end,
                 const std::vector<OrgKind>& kinds, std::vector<Entity>* orgs_out) {
  std::vector<Entity>& orgs = *orgs_out;
  for (size_t a = 0; a < kinds.size();) {
    if (kinds[a] != OrgKind::kOutlet) {
      ++a;
      continue;
    }
    size_t b = a + 1;
    while (b < kinds.size() && kinds[b] == OrgKind::kOutlet) {
      bool list = true;
      for (size_t k = orgs[b - 1].end_token; k < orgs[b].first_token && list; ++k) {
        list = ListSeparator(TokenText(text, toks[k]));
      }
      if (!list || orgs[b].first_token == orgs[b - 1].end_token) break;
      ++b;
    }
    if (IsAttribution(text, toks, begin, end, orgs[a].first_token, orgs[b - 1].end_token)) {
      for (size_t k = a; k < b; ++k) orgs[k].type = EntityType::kOutlet;
    }
    a = b;
  }
}

// Words that end a publication's name ("the Mombasa Business Journal").
constexpr std::string_view kPublicationWordsList[] = {
    "journal", "times", "news", "post", "herald", "gazette", "daily", "tribune", "chronicle",
    "telegraph", "observer", "courier", "semanal", "weekly", "standard", "express", "mail",
    "review", "shimbun", "ilbo", "zeitung", "nation", "inquirer", "dispatch", "examiner"};
constexpr FoldedWordList kPublicationWords(kPublicationWordsList);

// "X reported last month that ...", "X reported on Tuesday, citing ...": a
// name that reports what others do is a publication, not a party.
bool ReportsThat(std::string_view text, const std::vector<Token>& toks, size_t end, size_t n) {
  auto at = [&](size_t k) { return TokenText(text, toks[k]); };
  if (n >= end || !EqualsLower(at(n), "reported")) return false;
  for (size_t k = n + 1; k < end && k < n + 5; ++k) {
    std::string_view w = at(k);
    if (EqualsLower(w, "that") || (w == "," && k + 1 < end && OneOf(at(k + 1), {"citing", "quoting"}))) return true;
    if (!OneOf(w, {"last", "this", "earlier", "on", "in", "week", "month", "year", "monday", "tuesday", "wednesday",
                   "thursday", "friday", "saturday", "sunday", "weekend"})) {
      return false;
    }
  }
  return false;
}

// Unknown names of publications credited for a claim ("the Mombasa Business
// Journal reported", "according to Estrategia Semanal") become outlets: the
// name ends with a publication word and stands in an attribution context.
void MarkUnknownOutlets(std::string_view text, const std::vector<Token>& toks, size_t begin, size_t end,
                        std::vector<Entity>* orgs) {
  for (Entity& e : *orgs) {
    if (e.known || e.type != EntityType::kOrganization) continue;
    if (ReportsThat(text, toks, end, e.end_token) || InDateline(text, toks, begin, end, e.first_token, e.end_token)) {
      e.type = EntityType::kOutlet;
      continue;
    }
    if (e.end_token <= e.first_token + 1) continue;
    std::string_view last = TokenText(text, toks[e.end_token - 1]);
    if (!toks[e.end_token - 1].capitalized || !OneOf(last, kPublicationWords)) {
      continue;
    }
    if (IsAttribution(text, toks, begin, end, e.first_token, e.end_token)) e.type = EntityType::kOutlet;
  }
}

}  // namespace

EntityRecognizer::EntityRecognizer(const Gazetteer* gazetteer, const OrgTagger* tagger)
    : gazetteer_(gazetteer), tagger_(tagger) {}

namespace {

// "100 billion yen (roughly $676 million)", "RMB310.4 million (US$48.2
// million)": an amount with its conversion in brackets is one amount, valued
// in the currency written first. Merges the amounts of `money` from `first` on.
void MergeConversions(std::string_view text, const std::vector<Token>& toks, std::vector<Entity>* money,
                      size_t first) {
  auto is = [&](uint32_t k, std::string_view w) { return k < toks.size() && TokenText(text, toks[k]) == w; };
  size_t kept = first;
  for (size_t i = first; i < money->size(); ++i) {
    Entity& e = (*money)[i];
    if (kept > first) {
      Entity& prev = (*money)[kept - 1];
      uint32_t open = prev.end_token;
      bool bracketed = is(open, "(") && open + 1 < toks.size() && toks[open + 1].start >= e.qualifier_start &&
                       toks[open + 1].start <= e.start && is(e.end_token, ")");
      if (bracketed) {
        prev.end_token = e.end_token + 1;
        prev.end = toks[e.end_token].end;
        continue;
      }
    }
    if (kept != i) (*money)[kept] = std::move(e);
    ++kept;
  }
  money->resize(kept);
}

// The organization tagger's names among the tokens the rules left free
// (org_tagger.h): the rules' values and organizations form its mask. Appends
// the start of each name to `tagged`.
void AddTaggedOrgs(const OrgTagger& tagger, std::string_view text, const std::vector<Token>& toks, size_t begin,
                   size_t end, const std::vector<Entity>& values, size_t values_first, std::vector<Entity>* orgs,
                   std::vector<uint32_t>* tagged) {
  static thread_local std::vector<uint8_t> mask;
  mask.assign(end - begin, static_cast<uint8_t>(TagMask::kFree));
  auto mark = [&](const Entity& e, TagMask m) {
    for (uint32_t k = e.first_token; k < e.end_token; ++k) {
      if (k >= begin && k < end) mask[k - begin] = static_cast<uint8_t>(m);
    }
  };
  for (size_t v = values_first; v < values.size(); ++v) mark(values[v], TagMask::kValue);
  for (const Entity& e : *orgs) mark(e, TagMask::kOrg);
  TagSentence sentence(text, toks, begin, end, mask.data());
  if (!sentence.AnyCandidate()) return;
  for (auto [a, b] : tagger.Tag(sentence, begin, end)) {
    // "Temasek-backed investor X": a word glued to a participle describes, it names no one.
    std::string_view last = TokenText(text, toks[b - 1]);
    bool described = false;
    for (std::string_view p : {"-backed", "-based", "-owned", "-led", "-listed", "-founded", "-controlled",
                               "-funded", "-run", "-made", "-born", "-affiliated", "-linked", "-supported"}) {
      described = described || (last.size() > p.size() && last.substr(last.size() - p.size()) == p);
    }
    if (described) continue;
    // ("with New York-based X", "Chiang Mai-based X": the first words of a place.)
    if (b < end && TokenText(text, toks[b]).ends_with("-based")) continue;
    // ("Merger of Equals" in a title-case headline: no name.)
    if (b == a + 1 && a > begin && EqualsLower(last, "equals") && EqualsLower(TokenText(text, toks[a - 1]), "of")) {
      continue;
    }
    // ("the ARC processor IP business": a trade's acronym alone is no name.)
    bool acronym = false;
    for (std::string_view w : {"IP", "EDA", "RF", "SoC", "SoCs", "NPU", "NPUs", "OEM", "OEMs", "TP", "EPS", "EBITDA", "EUV"}) {
      acronym |= last == w;
    }
    if (b == a + 1 && acronym) continue;
    AppendOrgEntity(text, toks, a, b, b, orgs);
    tagged->push_back(orgs->back().start);
  }
}

// A single capital letter with its dot: a middle initial ("M." in
// "Douglas M. VanOort") after a first name of two letters or more.
bool InitialAt(std::string_view text, const std::vector<Token>& toks, size_t k) {
  if (k == 0 || k + 1 >= toks.size() || toks[k].end != toks[k].start + 1) return false;
  char c = text[toks[k].start];
  const Token& first = toks[k - 1];
  return c >= 'A' && c <= 'Z' && TokenText(text, toks[k + 1]) == "." && toks[k + 1].start == toks[k].end &&
         first.kind == TokenKind::kWord && first.capitalized && first.end - first.start >= 2 && toks[k].space_before;
}

// Drops unknown organizations that are a person's name written with a middle
// initial: "Douglas M" of "Douglas M. VanOort", "Sook" of "Perry A. Sook" (a
// single word without a corporate cue after the initial).
void DropInitialledNames(std::string_view text, const std::vector<Token>& toks, std::vector<Entity>* entities) {
  std::erase_if(*entities, [&](const Entity& e) {
    if (e.type != EntityType::kOrganization || e.known || e.end_token > toks.size()) return false;
    bool ends_in_initial = e.end_token >= e.first_token + 2 && InitialAt(text, toks, e.end_token - 1) &&
                           e.end_token + 1 < toks.size() && toks[e.end_token + 1].capitalized;
    bool after_initial = e.end_token == e.first_token + 1 && e.first_token >= 3 &&
                         (WordFlagsAt(text, toks, e.first_token) & (kCueWord | kSuffixWord)) == 0 &&
                         TokenText(text, toks[e.first_token - 1]) == "." &&
                         InitialAt(text, toks, e.first_token - 2) && toks[e.first_token].space_before;
    return ends_in_initial || after_initial;
  });
}

// Words after a short name that end the search for the trade it describes
// ("Ugandan backhaul operator"): a joining or function word, or a verb
// ("X bought savings bank Y": X is the buyer, not a description of Y).
constexpr std::string_view kDescriptionStopsList[] = {
    "and", "or", "with", "to", "of", "from", "by", "for", "in", "at", "the", "a", "an", "its",
    "their", "as", "than", "said", "says", "is", "was", "has", "had", "will", "bought", "buys", "acquired",
    "acquires", "sold", "sells", "backed", "backs", "led", "leads", "joined", "joins", "signed", "signs",
    "hired", "picked", "picks", "chose", "named", "agreed", "agrees", "raised", "invested", "invests", "took",
    "takes", "became", "replaced", "absorbed", "merged", "tapped", "taps", "approached", "courted", "outbid"};
// Trades that describe the company named right after them.
constexpr std::string_view kTradeNounsList[] = {
    "operator", "manufacturer", "maker", "installer", "provider", "developer", "designer",
    "supplier", "builder", "firm", "company", "startup", "start-up", "group", "specialist",
    "vendor", "producer", "carrier", "lender", "platform", "chipmaker", "insurer",
    "integrator", "distributor", "owner", "outfit", "bank", "agency", "investor", "shop"};
// Capitalized trades before a name in a title-case headline.
constexpr std::string_view kTitledTradesList[] = {"investor",  "maker",    "designer", "developer",
                                                  "operator",  "provider", "supplier", "startup",
                                                  "start-up",  "chipmaker", "shop"};
// Capitalized words after a name that make it a law, document, role or building.
constexpr std::string_view kOtherThingNounsList[] = {"act",       "code",   "statements", "officer", "portfolio",
                                                     "center",    "centre", "arena",      "stadium"};
// Document words inside an unknown name: "the XenoPort Complaint".
constexpr std::string_view kDocumentWordsList[] = {"agreement", "complaint"};
// The lists behind their first-byte-and-length filters (asked for every
// organization and the words after it).
constexpr FoldedWordList kDescriptionStops(kDescriptionStopsList);
constexpr FoldedWordList kTradeNouns(kTradeNounsList);
constexpr FoldedWordList kTitledTrades(kTitledTradesList);
constexpr FoldedWordList kOtherThingNouns(kOtherThingNounsList);
constexpr FoldedWordList kDocumentWords(kDocumentWordsList);

// Drops organizations that name something else: the name of a law, document,
// role or building ("the Public Utility Holding Company Act", "Consolidated
// Financial Statements", "Principal Financial Officer", "the Wells Fargo
// Center"), an unknown name with a document word inside ("the XenoPort
// Complaint"), and a town before its state ("Cedar Rapids, Iowa, where").
// Also drops a short unknown name that only describes the company named
// right after its trade ("Ugandan backhaul operator Nile Crest Networks",
// "VSAT installer Korle Link"), and a state named only to describe its
// institution ("French state investment bank Bpifrance").
void DropOtherNames(std::string_view text, const std::vector<Token>& toks, const Gazetteer* gazetteer,
                    std::vector<Entity>* entities) {
  auto word = [&](size_t k) { return k < toks.size() ? TokenText(text, toks[k]) : std::string_view(); };
  thread_local std::vector<uint32_t> org_starts;  // first tokens of the organizations, in order
  org_starts.clear();
  for (const Entity& e : *entities) {
    if (e.type == EntityType::kOrganization) org_starts.push_back(e.first_token);
  }
  auto government = [&](const Entity& e) {
    const OrgInfo* info = gazetteer ? gazetteer->Find(e.canonical) : nullptr;
    return info && info->kind == OrgKind::kGovernment;
  };
  auto described = [&](const Entity& e) {
    if ((e.known && !government(e)) || e.end_token - e.first_token > 2) return false;
    for (size_t k = e.end_token; k < toks.size() && k < e.end_token + 3; ++k) {
      if (toks[k].kind != TokenKind::kWord || toks[k].capitalized || OneOf(word(k), kDescriptionStops)) {
        return false;
      }
      if (OneOf(word(k), kTradeNouns)) {
        return std::binary_search(org_starts.begin(), org_starts.end(), static_cast<uint32_t>(k + 1));
      }
    }
    return false;
  };
  // "Acquire Data-Center Investor DigitalBridge" (a title-case headline): a
  // capitalized trade right before a name describes it.
  auto titled_trade = [&](const Entity& e) {
    if (e.known || e.end_token - e.first_token > 3) return false;
    if (!OneOf(word(e.end_token - 1), kTitledTrades)) {
      return false;
    }
    return std::binary_search(org_starts.begin(), org_starts.end(), static_cast<uint32_t>(e.end_token));
  };
  std::erase_if(*entities, [&](const Entity& e) {
    if (e.type != EntityType::kOrganization || e.end_token > toks.size()) return false;
    if (described(e) || titled_trade(e)) return true;
    size_t n = e.end_token;
    if (n < toks.size() && toks[n].capitalized && OneOf(word(n), kOtherThingNouns)) {
      return true;
    }
    if (e.known) return false;
    for (size_t k = e.first_token; k < e.end_token; ++k) {
      if (toks[k].capitalized && OneOf(word(k), kDocumentWords)) return true;
    }
    // "Rye, New York 10580", "Cedar Rapids, Iowa, where": a town, then its state.
    auto place = [&](size_t k) { return k < toks.size() && toks[k].capitalized && (WordFlagsAt(text, toks, k) & kPlaceWord); };
    if (word(n) == "," && n + 1 < toks.size() && toks[n + 1].capitalized) {
      size_t after = place(n + 1) ? n + 2 : place(n + 2) ? n + 3 : 0;  // "Iowa", "New York"
      if (after == 0) return false;
      return after >= toks.size() || word(after) == "," || word(after) == "." || toks[after].kind == TokenKind::kNumber;
    }
    return false;
  });
}

// "3.4 trillion Colombian pesos ... 2.9 trillion pesos": a currency word
// written bare means the currency the document qualified it as ("Colombian
// pesos", "Norwegian crowns"), not the word's default.
// "Samsung Display said", "Hitachi Rail closed": a known name followed by
// one capitalized word that the rules took for a name of its own is one
// organization, a unit of the known one.
void JoinUnitNames(std::string_view text, const std::vector<Token>& toks, std::vector<Entity>* entities) {
  std::vector<Entity>& es = *entities;
  size_t w = 0;
  for (size_t i = 0; i < es.size(); ++i) {
    if (w > 0) {
      Entity& a = es[w - 1];
      const Entity& b = es[i];
      if (a.type == EntityType::kOrganization && b.type == EntityType::kOrganization && a.known && !a.possessive &&
          !b.known && b.first_token == a.end_token && b.end_token == b.first_token + 1 &&
          b.start == a.end + 1 && text[a.end] == ' ' && !toks[b.first_token].all_caps) {
        a.end = b.end;
        a.end_token = b.end_token;
        a.parent = a.parent.empty() ? a.canonical : a.parent;
        a.canonical = std::string(text.substr(a.start, a.end - a.start));
        a.possessive = b.possessive;
        a.known = false;
        continue;
      }
    }
    if (w != i) es[w] = std::move(es[i]);
    ++w;
  }
  es.resize(w);
}

void CurrencyAsQualified(std::string_view text, const std::vector<Token>& toks, std::vector<Entity>* entities) {
  struct Qualified {
    std::string_view word;
    std::string currency;
  };
  std::vector<Qualified> seen;  // a document names few currencies
  // The amount's last word before a bracketed conversion ("pesos" of "3.4
  // trillion pesos ($830 million)"), or 0 when it ends in no word.
  auto word_at = [&](const Entity& e) -> uint32_t {
    uint32_t last = 0;
    for (uint32_t k = e.first_token; k < e.end_token && k < toks.size(); ++k) {
      if (TokenText(text, toks[k]) == "(") break;
      if (toks[k].kind == TokenKind::kWord) last = k;
    }
    return last;
  };
  auto qualified = [&](const Entity& e, uint32_t w) {
    return w > e.first_token && toks[w - 1].capitalized &&
           (WordFlags(TokenText(text, toks[w - 1])) & (kDemonymWord | kPlaceWord)) != 0;
  };
  // The amounts that end in a word, with that word and whether a place
  // qualifies it, found once for the three passes below (scratch of this
  // thread; the function is not re-entered).
  struct AmountWord {
    size_t index;  // into *entities
    uint32_t word;  // word_at
    bool qualified;
  };
  thread_local std::vector<AmountWord> amounts;
  amounts.clear();
  for (size_t i = 0; i < entities->size(); ++i) {
    const Entity& e = (*entities)[i];
    if (e.type != EntityType::kMoney) continue;
    const uint32_t w = word_at(e);
    if (w != 0) amounts.push_back({i, w, qualified(e, w)});
  }
  for (const AmountWord& a : amounts) {
    if (!a.qualified) continue;
    const Entity& e = (*entities)[a.index];
    const uint32_t w = a.word;
    bool known = false;
    for (const Qualified& q : seen) known = known || q.word == TokenText(text, toks[w]);
    if (!known) seen.push_back({TokenText(text, toks[w]), e.money.currency});
  }
  // ("400 billion pesos" in a story about Colombia: the country the document
  // names most among those that use the word, when no amount qualified it.)
  struct CountryCurrency {
    std::string_view word;      // the bare currency word
    std::string_view iso;
    std::string_view places[4];  // the country's names and adjectives, capitalized
  };
  static constexpr CountryCurrency kByCountry[] = {
      {"pesos", "COP", {"Colombia", "Colombian", "Bogota", "Bogotá"}},
      {"pesos", "CLP", {"Chile", "Chilean", "Santiago", ""}},
      {"pesos", "ARS", {"Argentina", "Argentine", "Argentinian", ""}},
      {"pesos", "PHP", {"Philippines", "Philippine", "Manila", "Filipino"}},
      {"pesos", "MXN", {"Mexico", "Mexican", "", ""}},
      {"crowns", "DKK", {"Denmark", "Danish", "Copenhagen", ""}},
      {"crowns", "NOK", {"Norway", "Norwegian", "Oslo", ""}},
      {"crowns", "CZK", {"Czech", "Prague", "", ""}},
      {"crowns", "SEK", {"Sweden", "Swedish", "Stockholm", ""}},
      // (The singular before a noun: "a 3.5 billion crown funding round".)
      {"crown", "DKK", {"Denmark", "Danish", "Copenhagen", ""}},
      {"crown", "NOK", {"Norway", "Norwegian", "Oslo", ""}},
      {"crown", "CZK", {"Czech", "Prague", "", ""}},
      {"crown", "SEK", {"Sweden", "Swedish", "Stockholm", ""}},
      {"riyals", "QAR", {"Qatar", "Qatari", "Doha", ""}},
      {"riyals", "OMR", {"Oman", "Omani", "Muscat", ""}},
      {"riyals", "SAR", {"Saudi", "Riyadh", "", ""}},
      {"rupees", "PKR", {"Pakistan", "Pakistani", "Karachi", ""}},
      {"rupees", "LKR", {"Lanka", "Lankan", "Colombo", ""}},
      {"rupees", "INR", {"India", "Indian", "Mumbai", "Bengaluru"}},
  };
  bool bare_word = false;
  for (const AmountWord& a : amounts) {
    if (a.qualified) continue;
    for (const CountryCurrency& c : kByCountry) bare_word = bare_word || TokenText(text, toks[a.word]) == c.word;
  }
  int counts[std::size(kByCountry)] = {};
  if (bare_word) {
    for (const Token& t : toks) {
      if (t.kind != TokenKind::kWord || !t.capitalized) continue;
      const std::string_view w = TokenText(text, t);
      for (size_t i = 0; i < std::size(kByCountry); ++i) {
        for (std::string_view p : kByCountry[i].places) counts[i] += !p.empty() && w == p;
      }
    }
  }
  for (const AmountWord& a : amounts) {
    if (a.qualified) continue;
    Entity& e = (*entities)[a.index];
    const uint32_t w = a.word;
    bool from_seen = false;
    for (const Qualified& q : seen) {
      if (q.word == TokenText(text, toks[w])) {
        e.money.currency = q.currency;
        from_seen = true;
      }
    }
    if (from_seen || !bare_word) continue;
    // Each country's names count once in the document and three times more
    // in the amount's own sentence; the word's default currency stays unless
    // another country scores higher.
    uint32_t sb = e.first_token, se = e.end_token;
    // (At most 80 tokens each way: a text without full stops stays linear.)
    while (sb > 0 && e.first_token - sb < 80 && TokenText(text, toks[sb - 1]) != ".") --sb;
    while (se < toks.size() && se - e.end_token < 80 && TokenText(text, toks[se]) != ".") ++se;
    int score[std::size(kByCountry)] = {};
    for (size_t i = 0; i < std::size(kByCountry); ++i) {
      if (kByCountry[i].word != TokenText(text, toks[w])) continue;
      score[i] = counts[i];
      for (uint32_t k = sb; k < se; ++k) {
        for (std::string_view p : kByCountry[i].places) score[i] += 3 * (!p.empty() && TokenText(text, toks[k]) == p);
      }
    }
    int best = 0;
    for (size_t i = 0; i < std::size(kByCountry); ++i) {
      if (kByCountry[i].word == TokenText(text, toks[w]) && kByCountry[i].iso == e.money.currency) best = score[i];
    }
    for (size_t i = 0; i < std::size(kByCountry); ++i) {
      if (kByCountry[i].word == TokenText(text, toks[w]) && score[i] > best) {
        best = score[i];
        e.money.currency = std::string(kByCountry[i].iso);
      }
    }
  }
}

}  // namespace

std::vector<Entity> EntityRecognizer::Find(std::string_view text, const Segmentation& seg) const {
  const std::vector<Token>& toks = seg.tokens;
  TokenFlagsScope flags(text, toks);  // each token's WordFlags looked up once
  std::vector<Entity> out;
  out.reserve(toks.size() / 8 + 4);
  // Scratch of this thread, reused between documents (their allocations cost
  // more than their work on a short text); Find is not re-entered.
  thread_local std::vector<uint8_t> taken;
  thread_local std::vector<Entity> values, orgs;
  thread_local std::vector<OrgKind> kinds;  // per gazetteer org in `orgs`
  thread_local std::vector<uint32_t> order;
  thread_local std::vector<uint32_t> tagged;  // starts of the tagger's organizations
  taken.assign(toks.size(), 0);
  tagged.clear();
  for (const Sentence& s : seg.sentences) {
    size_t begin = s.first_token, end = std::min<size_t>(s.end_token, toks.size());
    size_t sentence_first = out.size();
    values.clear();
    orgs.clear();
    kinds.clear();
    // Amounts go straight into `out` (moving an Entity moves four strings),
    // dates through `values`: a date inside an amount is dropped.
    FindMoney(text, toks, begin, end, &out);
    MergeConversions(text, toks, &out, sentence_first);
    for (size_t v = sentence_first; v < out.size(); ++v) {
      for (uint32_t k = out[v].first_token; k < out[v].end_token; ++k) taken[k] = kTakenValue;
    }
    FindDates(text, toks, begin, end, &values);
    for (size_t v = 0; v < values.size(); ++v) {
      const Entity& e = values[v];
      bool overlaps = false;
      for (uint32_t k = e.first_token; k < e.end_token; ++k) overlaps = overlaps || taken[k];
      if (overlaps) continue;  // a date inside an amount
      for (uint32_t k = e.first_token; k < e.end_token; ++k) taken[k] = kTakenValue;
      out.push_back(std::move(values[v]));
    }
    if (gazetteer_ != nullptr) FindKnownNames(*gazetteer_, text, toks, begin, end, &taken, &orgs, &kinds);
    MarkOutlets(text, toks, begin, end, kinds, &orgs);
    FindShapedOrgs(text, toks, begin, end, taken, &orgs);
    if (tagger_ != nullptr) AddTaggedOrgs(*tagger_, text, toks, begin, end, out, sentence_first, &orgs, &tagged);
    MarkUnknownOutlets(text, toks, begin, end, &orgs);
    // Merge the sentence's entities in text order (they do not overlap).
    order.clear();
    for (uint32_t k = 0; k < orgs.size(); ++k) order.push_back(k);
    std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return orgs[a].start < orgs[b].start; });
    // (The values are mostly in order already, and the organizations mostly
    // after them: the sort and the merge run only when they would move
    // something, as moving an Entity moves three strings.)
    auto before = [](const Entity& a, const Entity& b) { return a.start < b.start; };
    auto not_after = [](const Entity& a, const Entity& b) { return a.start >= b.start; };
    if (std::adjacent_find(out.begin() + sentence_first, out.end(), not_after) != out.end()) {
      std::sort(out.begin() + sentence_first, out.end(), before);
    }
    size_t values_end = out.size();
    if (values_end > sentence_first && !order.empty() && before(orgs[order[0]], out[values_end - 1])) {
      // An organization before a value: merged from the back into place, each
      // entity moved once (std::inplace_merge moved them through a buffer).
      // On equal starts the value comes first, as in a stable merge.
      out.resize(values_end + order.size());
      size_t v = values_end, o = order.size(), w = out.size();
      while (o > 0) {
        if (v > sentence_first && before(orgs[order[o - 1]], out[v - 1])) {
          out[--w] = std::move(out[--v]);
        } else {
          out[--w] = std::move(orgs[order[--o]]);
        }
      }
    } else {
      for (uint32_t k : order) out.push_back(std::move(orgs[k]));
    }
  }
  JoinUnitNames(text, toks, &out);
  if (!tagged.empty()) DropTaggedPersons(text, toks, tagged, &out);
  DropInitialledNames(text, toks, &out);
  DropOtherNames(text, toks, gazetteer_, &out);
  AddRepeatedNames(text, toks, &out);
  CurrencyAsQualified(text, toks, &out);
  return out;
}

}  // namespace dealgraph
