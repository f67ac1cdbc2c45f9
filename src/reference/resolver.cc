// Reference resolution by salience: the subject-like first organization of a
// sentence and the most recent ones are the likeliest referents of "it" and
// "the company"; specific descriptions ("the ChatGPT maker") are looked up in
// the gazetteer's descriptions first.
#include "reference/resolver.h"

#include "entities/lexicon.h"
#include "entities/token_flags.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <deque>
#include <iterator>
#include <optional>
#include <string>
#include <unordered_map>

#include "reference/mention_order.h"
#include "reference/name_table.h"
#include "segment/time_words.h"
#include "segment/word_list.h"

namespace dealgraph {
namespace {

// Head nouns of descriptions that can stand for an organization.
// (Asked for the words after every "the": a WordList.)
constexpr WordList<34> kHeads(std::array<std::string_view, 34>{
    "company",   "firm",      "startup",   "start-up",  "giant",      "maker",        "chipmaker",
    "developer", "lab",       "group",     "provider",  "operator",   "designer",     "manufacturer",
    "business",  "conglomerate", "retailer", "carrier", "investor",   "fund",         "bank",
    "unicorn",   "titan",     "behemoth",  "juggernaut", "player",    "outfit",       "supplier",
    "vendor",    "heavyweight", "rival",   "specialist", "powerhouse", "laboratory"});
// Heads that say nothing beyond "an organization": resolved by salience alone.
constexpr std::array<std::string_view, 6> kGenericHeads = {"company", "firm", "group", "business", "outfit",
                                                           "player"};

// (Asked for most tokens: the length and first byte are compared inline
// before the bytes.)
template <size_t N>
bool In(const std::array<std::string_view, N>& list, std::string_view s) {
  for (std::string_view x : list) {
    if (x.size() == s.size() && (s.empty() || x[0] == s[0]) && x == s) return true;
  }
  return false;
}
template <size_t N>
bool In(const WordList<N>& list, std::string_view s) {
  return list.Contains(s);
}

WordView Tok(std::string_view lower, const Token& t) { return TokenText(lower, t); }

// True when `w` ends with the literal `suffix` and is longer (a compare of
// known size, inline: asked for most names and references).
template <size_t N>
bool EndsWithLiteral(std::string_view w, const char (&suffix)[N]) {
  return w.size() > N - 1 && std::memcmp(w.data() + w.size() - (N - 1), suffix, N - 1) == 0;
}

// A trade that stands before a company's name inside a capitalized run
// ("Dutch Optics Maker Vossberg", "Data-Center Investor DigitalBridge").
bool TradeBeforeName(WordView w) {
  return w == "maker" || w == "designer" || w == "startup" || w == "start-up" || w == "developer" ||
         w == "operator" || w == "provider" || w == "supplier" || w == "chipmaker" || w == "investor" || w == "shop";
}

struct Seen {
  const std::string* canonical;  // stable storage (see Resolve)
  uint32_t sentence;
  uint32_t token;
  bool first_in_sentence;
  bool possessive = false;
  bool governed = false;  // after a preposition: less likely the subject
  bool gerund_object = false;  // "Buying Greyhollow would ...": not the subject either
  bool predicate = false;  // possessive after "is": "This is Korvane's third round"
  bool opens_possessive = false;  // "Farlowe's largest shareholder, X, ...": the sentence's first word
};

// (Asked for the word before every name and reference: WordLists.)
constexpr WordList<18> kGoverning(std::array<std::string_view, 18>{
    "with", "of", "from", "to", "for", "by", "in", "into", "at", "between", "on", "about", "and", "than",
    "through", "via", "including", "alongside"});
// Verbs (and adverbs before one) after a name that open a clause of its own.
// (Not "said" or "declined", which may follow the last member of a list:
// "the maker of Jira and Confluence said", "X and Y declined to comment".)
constexpr WordList<10> kClauseVerbsAfterName(std::array<std::string_view, 10>{
    "withdrew", "abandoned", "dropped", "walked", "rejected", "pulled", "scrapped", "terminated",
    "later", "then"});
// Words after a name that make it no subject: deal nouns ("The IREN
// agreement"), people of an employer ("former Google researchers").
constexpr WordList<24> kNotSubjectAfter(std::array<std::string_view, 24>{
    "agreement", "deal", "contract", "partnership", "investment", "acquisition", "takeover", "stake",
    "sale", "bid", "offer", "merger", "buyout", "purchase", "ipo", "listing",
    "researchers", "engineers", "employees", "executives", "staff", "veterans", "alumni", "scientists"});
// Goods after their maker's name ("Nvidia GPUs", "Nvidia Blackwell processors"):
// the maker names goods, it is no subject.
constexpr WordList<10> kGoodsAfterName(std::array<std::string_view, 10>{
    "gpus", "gpu", "chips", "chip", "processors", "accelerators", "servers", "tpus", "racks", "hardware"});
// Auxiliaries: a clause's verb is near, so words before them describe no name.
constexpr WordList<9> kAuxiliaries(std::array<std::string_view, 9>{
    "is", "was", "are", "were", "has", "had", "have", "will", "would"});
// Buying and supplying verbs whose object is less likely than their subject to be "its".
// ("A consortium that included Japan's X dropped out": a member, not the subject.)
// ("took SailPoint private": the object of "took" too.)
constexpr WordList<20> kObjectVerbs(std::array<std::string_view, 20>{
    "buy", "acquire", "purchase", "bought", "acquired", "buying", "acquiring", "provide", "provides",
    "provided", "providing", "supply", "supplies", "supplied", "supplying", "included", "includes", "include",
    "took", "taking"});

// Candidates for a reference at (sentence, token): earlier organizations of
// the same sentence (the nearest subject-like one first, then the sentence's
// first), then the first and other organizations of earlier sentences, most
// recent first. Possessive mentions ("OpenAI's rivals") come after the rest.
// The organization remembered first in sentence `sentence`, the latest one
// (its entries are the last of `seen`), or nullptr.
const Seen* FirstInSentence(const std::vector<Seen>& seen, uint32_t sentence) {
  const Seen* first = nullptr;
  for (auto it = seen.rbegin(); it != seen.rend() && it->sentence == sentence; ++it) {
    if (it->first_in_sentence) first = &*it;
  }
  return first;
}

// Moves `name` to the front of the candidates, when it is among them.
void MoveToFront(std::vector<std::string>& cands, const std::string& name) {
  auto it = std::find(cands.begin(), cands.end(), name);
  if (it != cands.end()) std::rotate(cands.begin(), it, it + 1);
}

std::vector<std::string> SalienceOrder(const std::vector<Seen>& all, uint32_t sentence, uint32_t token) {
  // Only the recent past matters: a window of mentions keeps long texts linear.
  const size_t kWindow = 256;
  struct Window {  // the last kWindow entries of `all`, without copying them
    const Seen* first;
    const Seen* last;
    const Seen* begin() const { return first; }
    const Seen* end() const { return last; }
    std::reverse_iterator<const Seen*> rbegin() const { return std::reverse_iterator<const Seen*>(last); }
    std::reverse_iterator<const Seen*> rend() const { return std::reverse_iterator<const Seen*>(first); }
  };
  const Window seen{all.data() + (all.size() > kWindow ? all.size() - kWindow : 0), all.data() + all.size()};
  // The names are gathered as pointers to the stable strings of `all` (this
  // thread's scratch) and copied once at the end.
  thread_local std::vector<const std::string*> out, late;
  out.clear();
  late.clear();
  // (The same entry of `all` is offered by several of the passes below: the
  // same string is found by its address, without comparing its bytes.)
  auto contains = [](const std::vector<const std::string*>& list, const std::string& name) {
    for (const std::string* p : list) {
      if (p == &name || *p == name) return true;
    }
    return false;
  };
  auto add = [&](const Seen& s) {
    auto& list = s.possessive ? late : out;
    if (!contains(list, *s.canonical)) list.push_back(s.canonical);
  };
  // "It is Ashdown's second buyout, after it paid ...": the name the sentence
  // is about leads.
  for (auto it = seen.rbegin(); it != seen.rend() && it->sentence == sentence; ++it) {
    if (it->token < token && it->predicate) {
      out.push_back(it->canonical);
      break;
    }
  }
  for (auto it = seen.rbegin(); it != seen.rend(); ++it) {
    if (it->sentence == sentence && it->token < token && !it->governed) add(*it);
  }
  // "Farlowe's largest shareholder, X, put $400 million into the company":
  // the possessive the sentence opens with comes before earlier sentences.
  for (auto it = seen.rbegin(); it != seen.rend() && it->sentence >= sentence; ++it) {
    if (it->sentence == sentence && it->token < token && it->opens_possessive && !contains(out, *it->canonical)) {
      out.push_back(it->canonical);
    }
  }
  // "A purchase would be Brightmoor's largest since it bought ...": with no
  // other subject-like name before it in the sentence, a possessive one leads.
  if (out.empty()) {
    for (auto it = seen.rbegin(); it != seen.rend(); ++it) {
      if (it->sentence == sentence && it->token < token && it->possessive && !it->governed) {
        out.push_back(it->canonical);
        break;
      }
    }
  }
  for (const Seen& s : seen) {
    if (s.sentence == sentence && s.token < token && s.first_in_sentence) add(s);
  }
  for (auto it = seen.rbegin(); it != seen.rend(); ++it) {
    if (it->sentence == sentence && it->token < token) add(*it);
  }
  // Earlier sentences, most recent first; within one, its first organization first.
  for (auto it = seen.rbegin(); it != seen.rend();) {
    if (it->sentence >= sentence) {
      ++it;
      continue;
    }
    if (it->sentence + 8 < sentence) break;  // salience fades; keeps long texts linear
    uint32_t s = it->sentence;
    auto begin = it;
    while (it != seen.rend() && it->sentence == s) ++it;
    // Its subject-like organization first: the first one not governed by a
    // preposition ("Founded by ex-staff of Google DeepMind, Mistral has ...").
    auto first = it;
    for (auto k = begin; k != it; ++k) {
      if (!k->governed && !k->possessive) first = k;  // reverse order: the last hit is the earliest
    }
    if (first == it) {
      // No subject-like one: the first, unless it is a gerund's object ("Buying Greyhollow would
      // be the largest deal in Norvane's history"): then the next one.
      for (auto k = begin; k != it; ++k) {
        if (k->first_in_sentence) first = k;
      }
      if (first != it && first->gerund_object) {
        auto second = it;
        for (auto k = begin; k != it; ++k) {
          if (*k->canonical != *first->canonical) second = k;  // reverse order: the last hit is the earliest
        }
        // The next one leads, possessive or not.
        if (second != it && !contains(out, *second->canonical)) out.push_back(second->canonical);
      }
    }
    if (first != it) {
      // "This is Korvane's third round.", "Glimmerline's troubles had been
      // building.", "meant to double Kazahana's computing power.": a sentence
      // whose only subject-like name is a possessive one is about that name.
      if (first->possessive && !first->governed && !contains(out, *first->canonical)) {
        out.push_back(first->canonical);
      } else {
        add(*first);
      }
    }
    for (auto k = begin; k != it; ++k) add(*k);
    if (out.size() >= 6) break;
  }
  for (const std::string* name : late) {
    if (!contains(out, *name)) out.push_back(name);
  }
  std::vector<std::string> names;
  names.reserve(out.size());
  for (const std::string* name : out) names.push_back(*name);
  return names;
}

// "X denied a report that ...": in a sentence, the first denial verb after its
// first word and the first report word within four words after that verb.
// A pronoun after both refers to the denier.
struct DenialOfReport {
  uint32_t verb = 0;
  uint32_t report = 0;  // 0: the sentence denies no report
};

DenialOfReport FindDenialOfReport(std::string_view lower, const std::vector<Token>& toks, const Sentence& sent) {
  for (uint32_t j = sent.first_token + 1; j < sent.end_token; ++j) {
    WordView v = Tok(lower, toks[j]);
    if (v != "denied" && v != "denies" && v != "rejected" && v != "rejects" && v != "dismissed" &&
        v != "dismisses") {
      continue;
    }
    for (uint32_t r = j + 1; r < sent.end_token && r <= j + 4; ++r) {
      WordView n = Tok(lower, toks[r]);
      if (n == "report" || n == "reports" || n == "speculation" || n == "rumours" || n == "rumors") return {j, r};
    }
    return {j, 0};
  }
  return {};
}

// "It bought X in 2023, and last year it took over Y": an "it" that opens a
// clause joined by ", and" (after a few words of time) is the subject of the
// clause before. Returns the comma's token, or 0.
uint32_t CoordinatedClauseComma(std::string_view lower, const std::vector<Token>& toks, const Sentence& sent,
                                uint32_t k) {
  for (uint32_t j = k; j-- > sent.first_token + 2 && k - j <= 5;) {
    WordView w = Tok(lower, toks[j]);
    if (w == "and") return Tok(lower, toks[j - 1]) == "," ? j - 1 : 0;
    if (toks[j].kind == TokenKind::kNumber) continue;
    if (!kTimeWords.Contains(w)) return 0;
  }
  return 0;
}

bool IsExpletiveIt(std::string_view lower, const std::vector<Token>& toks, size_t k, size_t end) {
  if (k + 2 >= end) return false;
  WordView next = Tok(lower, toks[k + 1]);
  WordView after = Tok(lower, toks[k + 2]);
  if (next == "is" || next == "was" || next == "\u2019s" || next == "'s" || next == "remains" ||
      next == "seems" || next == "appears") {
    static constexpr std::array<std::string_view, 16> kAdj = {
        "expected", "likely", "unlikely", "unclear", "clear", "possible", "reported", "understood",
        "believed", "thought", "not", "said", "important", "time", "too", "worth"};
    return In(kAdj, after);
  }
  return next == "has" && after == "been";
}

// Words that never serve as a short name on their own.
constexpr WordList<24> kNotShortNames(std::array<std::string_view, 24>{
    "The", "A", "An", "New", "Global", "General", "United", "National", "American", "British", "First", "Open",
    "Digital", "Advanced", "International", "European", "Japan", "China", "Chinese", "Bank", "Royal", "Deutsche",
    "Saudi", "Capital"});

std::string Normalize(std::string_view word) {
  std::string w(word);
  if (w == "start-up") return "startup";
  if (w == "start-ups") return "startups";
  return w;
}

// How well `phrase` (lower-case words, "ai giant") fits the organization's
// descriptions: 10 for an exact match, else the number of shared words when
// the head word is among them, else 0.
int DescriptionScore(const Gazetteer& gz, const std::string& canonical, const std::vector<std::string>& words) {
  const OrgInfo* info = gz.Find(canonical);
  std::string phrase;
  for (const std::string& w : words) phrase += (phrase.empty() ? "" : " ") + w;
  if (!info) return words.back() == "startup" ? 1 : 0;  // unknown names are mostly young companies
  int best = 0;
  for (const std::string& d : info->descriptions) {
    std::string nd;
    std::vector<std::string> dw;
    size_t start = 0;
    while (start <= d.size()) {
      size_t sp = d.find(' ', start);
      std::string w = Normalize(d.substr(start, sp == std::string::npos ? std::string::npos : sp - start));
      dw.push_back(w);
      nd += (nd.empty() ? "" : " ") + w;
      if (sp == std::string::npos) break;
      start = sp + 1;
    }
    if (nd == phrase) return 10;
    if (std::find(dw.begin(), dw.end(), words.back()) == dw.end()) continue;
    int shared = 0;
    for (const std::string& w : words) shared += std::find(dw.begin(), dw.end(), w) != dw.end();
    best = std::max(best, shared);
  }
  return best;
}

}  // namespace

namespace {

// "GPUs", "TPUs", "ASICs": products in the plural, never a company.
bool PluralAcronym(std::string_view w) {
  if (w.size() < 3 || w.back() != 's') return false;
  for (size_t i = 0; i + 1 < w.size(); ++i) {
    if (w[i] < 'A' || w[i] > 'Z') return false;
  }
  return true;
}

bool Capitalized(const Token& t) { return t.kind == TokenKind::kWord && t.capitalized; }


// NameMentions' per-token tables, kept per thread between documents.
struct NameScratch {
  std::vector<int> sentence_of;
  std::vector<uint8_t> taken;
  std::vector<uint32_t> capitalized;
};

// This thread's NameScratch. Tables grown past kKeepUpTo tokens by the
// document before are freed first, so one huge text does not hold their
// memory for the thread's life.
NameScratch& ThisThreadNameScratch() {
  constexpr size_t kKeepUpTo = 1 << 16;  // tokens
  thread_local NameScratch scratch;
  if (scratch.sentence_of.capacity() > kKeepUpTo) scratch = NameScratch();
  return scratch;
}

// Name mentions from the entity stage, cleaned ("Brisbane-based Tallowood
// Analytics" names Tallowood Analytics), plus names in coordinated lists with
// a known name ("Nvidia, Samsung, BNP Paribas and Bpifrance") and short forms
// of names seen earlier ("Halvorsen" for Halvorsen Robotics).
std::vector<Mention> NameMentions(std::string_view text, std::string_view lower, const Segmentation& seg,
                                  const std::vector<Entity>& entities) {
  const auto& toks = seg.tokens;
  // A local: the byte stores into `taken` below may alias the vector's fields
  // for the compiler, which would then reload its size in every loop test.
  const size_t n_toks = toks.size();
  std::vector<Mention> names;
  // (Room for every organization entity and a few names found below: moving
  // a Mention as the vector grows moves its three strings.)
  names.reserve(entities.size() + 8);
  // Per-token tables in this thread's scratch, reused between documents
  // instead of allocated for each (released after a very long one).
  NameScratch& scratch = ThisThreadNameScratch();
  std::vector<int>& sentence_of = scratch.sentence_of;
  sentence_of.assign(n_toks, 0);
  for (uint32_t si = 0; si < seg.sentences.size(); ++si) {
    // (Bounds in locals: the int stores may alias the sentence's fields.)
    const uint32_t first = seg.sentences[si].first_token, end = seg.sentences[si].end_token;
    for (uint32_t k = first; k < end; ++k) sentence_of[k] = static_cast<int>(si);
  }
  std::vector<uint8_t>& taken = scratch.taken;  // bytes, not vector<bool>'s bits: read for most tokens
  taken.assign(n_toks, 0);
  // The capitalized words in order, then the token count as a sentinel: the
  // passes below that look for names at capitalized words visit them alone.
  std::vector<uint32_t>& capitalized = scratch.capitalized;
  capitalized.clear();
  capitalized.reserve(n_toks / 4 + 1);
  for (uint32_t k = 0; k < n_toks; ++k) {
    if (Capitalized(toks[k])) capitalized.push_back(k);
  }
  capitalized.push_back(static_cast<uint32_t>(n_toks));
  // A walk of them: each call gives the first at or after token k, or the
  // token count when none is (for k that never decrease).
  // (Asked past the token count, as "the first after token 0" of an empty
  // text is, it stays at the sentinel.)
  auto capitalized_walk = [&capitalized] {
    return [at = capitalized.data(), last = capitalized.data() + capitalized.size() - 1](uint32_t k) mutable {
      while (at != last && *at < k) ++at;
      return *at;
    };
  };
  std::vector<Mention> found;  // names found by their list or slot alone (below)
  // The text of tokens [b, e), as written.
  auto span_text = [&](uint32_t b, uint32_t e) {
    return std::string(text.substr(toks[b].start, toks[e - 1].end - toks[b].start));
  };
  NameTable<bool> known;  // canonical names the gazetteer gave (views of `entities`)
  for (const Entity& e : entities) {
    const uint32_t taken_end = static_cast<uint32_t>(std::min<size_t>(e.end_token, n_toks));
    for (uint32_t k = e.first_token; k < taken_end; ++k) taken[k] = true;
    if (e.type != EntityType::kOrganization || e.first_token >= n_toks) continue;
    if (e.known) known[e.canonical] = true;
    const uint32_t end_token = std::max(e.end_token, e.first_token + 1);
    WordView first = TokenText(text, toks[e.first_token]);
    auto ends = [&]<size_t N>(const char (&suffix)[N]) { return EndsWithLiteral(first, suffix); };
    // "merged with London-based operator OneWeb": a place with "-based" is no name.
    if (!e.known && end_token - e.first_token == 1 && (ends("-based") || ends("-listed"))) continue;
    // "..., according to Arabian Business.": a source credited for the claim,
    // known or not, is never a party ("according to X's filing" keeps X).
    // ("According to trade publication X": past the source's description.)
    if (!e.possessive && [&] {
          for (uint32_t j = e.first_token; j >= 2 && e.first_token - j <= 3; --j) {
            if (Tok(lower, toks[j - 1]) == "to" && Tok(lower, toks[j - 2]) == "according") return true;
            if (toks[j - 1].kind != TokenKind::kWord || toks[j - 1].capitalized) return false;
          }
          return false;
        }()) {
      continue;
    }
    // (Made in place: `names` has room for every entity, and moving a
    // Mention in moved its strings.)
    Mention& m = names.emplace_back();
    m.first_token = e.first_token;
    m.end_token = end_token;
    m.sentence = sentence_of[e.first_token];
    m.canonical = e.canonical;
    m.parent = e.parent;
    m.possessive = e.possessive;
    // "Brisbane-based Tallowood Analytics", "BlackRock-backed AI Infrastructure Partnership".
    if (!e.known && m.end_token - m.first_token >= 2 &&
        (ends("-based") || ends("-backed") || ends("-owned") || ends("-led") || ends("-controlled") ||
         ends("-funded") || ends("-listed") || ends("-headquartered") || ends("-affiliated") || ends("-linked") ||
         ends("-supported"))) {
      m.first_token += 1;
      size_t cut = m.canonical.find(' ');
      if (cut != std::string::npos) m.canonical = m.canonical.substr(cut + 1);
    } else if (!e.known && m.end_token - m.first_token >= 3) {
      // "Abu Dhabi-based Falaj Robotics": a two-word place before "-based".
      WordView second = TokenText(lower, toks[m.first_token + 1]);
      auto ends3 = [&]<size_t N>(const char (&suffix)[N]) { return EndsWithLiteral(second, suffix); };
      if (ends3("-based") || ends3("-backed") || ends3("-owned") || ends3("-listed") || ends3("-headquartered") ||
          ends3("-affiliated") || ends3("-linked") || ends3("-supported")) {
        m.first_token += 2;
        m.canonical = span_text(m.first_token, m.end_token);
      }
    }
    // "Rival FuriosaAI turned down ...": a role word opening the sentence is no part of the name.
    if (!e.known && m.end_token - m.first_token >= 2) {
      WordView first = TokenText(lower, toks[m.first_token]);
      // ("Distributor Copperline has signed ...": a trade capitalized only
      // because it opens the sentence.)
      const bool opens = seg.sentences[sentence_of[m.first_token]].first_token == m.first_token;
      if (first == "rival" || first == "rivals" || first == "startup" || first == "chipmaker" || first == "fellow" ||
          first == "peer" || first == "competitor" ||
          (opens && (TradeBeforeName(first) || first == "distributor" || first == "carmaker" || first == "automaker" ||
                     first == "insurer" || first == "retailer" || first == "broker"))) {
        m.first_token += 1;
        m.canonical = span_text(m.first_token, m.end_token);
      }
    }
    // "to Buy EchoStar Airwaves" in a title-case headline: what is bought is no part of the name.
    if (!e.known && m.end_token - m.first_token >= 2) {
      WordView last = TokenText(lower, toks[m.end_token - 1]);
      if (last == "airwaves" || last == "spectrum" || last == "licenses" || last == "licences" || last == "assets" ||
          last == "shares" || last == "stake" || last == "stakes") {
        m.end_token -= 1;
        m.canonical = span_text(m.first_token, m.end_token);
      }
    }
    // "Takeover of Dutch Optics Maker Vossberg" in a title-case headline: the trade is no part of the name.
    if (!e.known && m.end_token - m.first_token >= 3) {
      for (uint32_t j = m.end_token - 1; j-- > m.first_token + 1;) {
        if (TradeBeforeName(TokenText(lower, toks[j]))) {
          m.first_token = j + 1;
          m.canonical = span_text(m.first_token, m.end_token);
          break;
        }
      }
    }
  }
  // Adds the name at tokens [b, e); false when it is no name.
  auto add_span = [&](uint32_t b, uint32_t e) {
    if (e == b + 1 && PluralAcronym(TokenText(text, toks[b]))) return false;  // "buy GPUs from Dell"
    // "Takeover of Dutch Optics Maker Vossberg" (a title-case headline): the name after its trade.
    for (uint32_t j = e - 1; j-- > b + 1;) {
      if (TradeBeforeName(TokenText(lower, toks[j]))) {
        b = j + 1;
        break;
      }
    }
    Mention m;
    m.first_token = b;
    m.end_token = e;
    m.sentence = sentence_of[b];
    m.canonical = span_text(b, e);
    m.possessive = e < n_toks && toks[e].kind == TokenKind::kPossessive;
    for (uint32_t k = b; k < e; ++k) taken[k] = true;
    found.push_back(m);
    names.push_back(std::move(m));
    return true;
  };
  // List members: a run of capitalized words between list separators, next to a known name.
  auto is_sep = [&](uint32_t k) {
    WordView w = TokenText(text, toks[k]);
    return w == "," || w == "and" || w == "&";
  };
  bool changed = true;
  while (changed) {
    changed = false;
    SortByFirstToken(&names);
    for (size_t i = 0; i < names.size() && !changed; ++i) {
      // After the name: ", X" / "and X" / ", and X".
      uint32_t k = names[i].end_token;
      if (names[i].possessive) continue;
      uint32_t j = k;
      while (j < n_toks && is_sep(j) && sentence_of[j] == static_cast<int>(names[i].sentence)) ++j;
      // ("in Hinode Cloud, Mr. Morioka said": a title opens a person's name.)
      auto title = [&](uint32_t t) {
        WordView w = TokenText(text, toks[t]);
        return w == "Mr" || w == "Ms" || w == "Mrs" || w == "Dr" || w == "Prof" || w == "Sir" || w == "Dame";
      };
      if (j > k && j < n_toks && !taken[j] && Capitalized(toks[j]) && !title(j) &&
          sentence_of[j] == sentence_of[k - 1]) {
        uint32_t e = j;
        while (e < n_toks && !taken[e] && Capitalized(toks[e]) && e - j < 4) ++e;
        bool ends_item = e >= n_toks || is_sep(e) || TokenText(text, toks[e]) == "." ||
                         toks[e].kind == TokenKind::kPossessive || TokenText(text, toks[e]) == ")";
        // ("from Kestrel Point and Oakmere last year": a time after the last member.)
        bool time_after = false;
        if (!ends_item && e + 1 < n_toks && (Tok(lower, toks[e]) == "last" || Tok(lower, toks[e]) == "this")) {
          const WordView when = Tok(lower, toks[e + 1]);
          time_after = when == "year" || when == "month" || when == "week" || when == "quarter" ||
                       when == "spring" || when == "summer" || when == "autumn" || when == "winter" || when == "fall";
        }
        // (A rejected span changes nothing: looking again would loop forever.)
        if ((ends_item && (e >= n_toks || !taken[e] || is_sep(e))) || time_after) changed = add_span(j, e);
      }
    }
  }
  // Names in the party slots of deal phrases, even when unknown: "sold ... to
  // Ubisoft", "its purchase of Symantec's business", "acquired Lumenpath".
  auto next_in_slot = capitalized_walk();
  for (uint32_t k = next_in_slot(1); k < n_toks; k = next_in_slot(k + 1)) {
    if (taken[k] || !Capitalized(toks[k]) || toks[k].start == seg.sentences[sentence_of[k]].start) continue;
    WordView prev = TokenText(text, toks[k - 1]);
    WordView lower_prev = Tok(lower, toks[k - 1]);
    if (lower_prev == "of" && Tok(lower, toks[k]) == "equals") continue;  // "a Merger of Equals"
    bool slot = lower_prev == "acquire" || lower_prev == "acquired" || lower_prev == "acquires" ||
                lower_prev == "acquiring" || lower_prev == "buy" || lower_prev == "bought" ||
                // "infrastructure investor Ridgemont Infrastructure", "AI startup Orvian"
                lower_prev == "investor" || lower_prev == "startup" || lower_prev == "start-up" ||
                lower_prev == "firm" || lower_prev == "rival" || lower_prev == "designer" ||
                lower_prev == "developer" || lower_prev == "operator" || lower_prev == "specialist" ||
                // (not the verb: "a programme to fund AI \"gigafactories\"")
                (lower_prev == "fund" && !(k >= 2 && (Tok(lower, toks[k - 2]) == "to" ||
                                                      Tok(lower, toks[k - 2]) == "will" ||
                                                      Tok(lower, toks[k - 2]) == "would"))) ||
                lower_prev == "lender" ||
                // "its computing business, since renamed Omnissa"
                lower_prev == "renamed" ||
                // "carmaker Hoshino Motor was preparing a bid"
                lower_prev == "carmaker" || lower_prev == "automaker" || lower_prev == "chipmaker" ||
                lower_prev == "manufacturer" || lower_prev == "supplier" || lower_prev == "provider";
    if (!slot && (lower_prev == "over" || lower_prev == "up") && k >= 2) {  // "took over X", "snapped up X"
      WordView p2 = Tok(lower, toks[k - 2]);
      slot = lower_prev == "over" ? (p2 == "took" || p2 == "take" || p2 == "takes" || p2 == "taking" || p2 == "taken")
                                  : (p2 == "picked" || p2 == "snapped" || p2 == "snap" || p2 == "pick");
    }
    if (!slot && lower_prev == "for" && k >= 2) {  // "Google paid for Motorola Mobility"
      WordView p2 = TokenText(text, toks[k - 2]);
      slot = p2 == "paid" || p2 == "pay" || p2 == "paying" || p2 == "bid" || p2 == "offer" || p2 == "offered";
      // "paid $16.7 billion for Altera": the verb before the amount.
      for (uint32_t j = k - 2; !slot && j > 0 && j + 8 > k && sentence_of[j] == sentence_of[k]; --j) {
        WordView w = TokenText(text, toks[j]);
        if (w == "paid" || w == "pay" || w == "paying" || w == "pays" || w == "offered") slot = true;
        if (toks[j].kind == TokenKind::kWord && w != "billion" && w != "million" && w != "bn" && w != "m" &&
            w != "about" && w != "roughly" && w != "some" && w != "nearly" && w != "around" && w != "almost" &&
            !slot) {
          break;
        }
      }
    }
    if (!slot && (lower_prev == "paid" || lower_prev == "pay" || lower_prev == "pays" || lower_prev == "paying")) {
      // "Exelixis paid Insilico Medicine $80 million": the payee, then the amount.
      uint32_t e = k;
      while (e < n_toks && Capitalized(toks[e]) && e - k < 4 && sentence_of[e] == sentence_of[k]) ++e;
      slot = e > k && e < n_toks && sentence_of[e] == sentence_of[k] &&
             (toks[e].kind == TokenKind::kCurrency || toks[e].kind == TokenKind::kNumber);
    }
    if (!slot && lower_prev == "of" && k >= 5) {  // "agreed to pay $520 million for all of X"
      WordView p2 = Tok(lower, toks[k - 2]);
      uint32_t f = p2 == "all" ? k - 3 : (p2 == "whole" && Tok(lower, toks[k - 3]) == "the") ? k - 4 : 0;
      if (f > 0 && Tok(lower, toks[f]) == "for") {
        for (uint32_t j = f; !slot && j-- > 0 && j + 10 > f && sentence_of[j] == sentence_of[k];) {
          WordView w = Tok(lower, toks[j]);
          slot = w == "paid" || w == "pay" || w == "paying" || w == "pays" || w == "offered" || w == "bid";
        }
      }
    }
    if (!slot && lower_prev == "from" && k >= 3) {  // "buy land and buildings from Sharp"
      for (uint32_t j = k - 2; j > 0 && j + 12 > k && sentence_of[j] == sentence_of[k]; --j) {
        WordView w = TokenText(text, toks[j]);
        if (w == "buy" || w == "bought" || w == "buying" || w == "buys" || w == "purchase" || w == "purchased" ||
            w == "acquire" || w == "acquired" || w == "rent" || w == "rents" || w == "lease" || w == "leases") {
          slot = true;
          break;
        }
      }
    }
    uint32_t of_at = k - 1;  // "its purchase of CA in 2018 and of Symantec's unit": the first "of"
    if (!slot && lower_prev == "of" && k >= 3 && TokenText(text, toks[k - 2]) == "and") {
      for (uint32_t j = k - 2; j-- > 0 && j + 16 > k && sentence_of[j] == sentence_of[k];) {
        if (TokenText(text, toks[j]) == "of") {
          of_at = j;
          break;
        }
      }
    }
    if (!slot && (lower_prev == "of" || lower_prev == "to" || lower_prev == "in") && k >= 2) {
      // "purchase of X", "takeover of X", "stake in X", "sold ... to X"
      for (uint32_t j = k - 1; j-- > 0 && j + 24 > k && sentence_of[j] == sentence_of[k];) {
        WordView w = Tok(lower, toks[j]);
        if ((lower_prev == "of" && j + 2 >= of_at + 1 && j < of_at &&
             (w == "purchase" || w == "acquisition" || w == "takeover" || w == "merger" || w == "buyout")) ||
            (lower_prev == "in" && j + 3 >= k && (w == "stake" || w == "invest" || w == "invested" || w == "investment")) ||
            (lower_prev == "to" && (w == "sold" || w == "sell" || w == "selling"))) {
          slot = true;
          break;
        }
      }
    }
    // "another security start-up, Adallom, to Microsoft": an apposition after a descriptor noun.
    if (!slot && prev == "," && k >= 2) {
      WordView d = TokenText(text, toks[k - 2]);
      slot = d == "start-up" || d == "startup" || d == "company" || d == "firm" || d == "maker" ||
             d == "developer" || d == "rival" || d == "subsidiary" || d == "unit" || d == "provider";
    }
    if (!slot) continue;
    uint32_t e = k;
    while (e < n_toks && !taken[e] && Capitalized(toks[e]) && e - k < 4 && sentence_of[e] == sentence_of[k]) ++e;
    // "buy Taiwan's Silicon Motion": a place's possessive names where the company is.
    bool place = e > k && e + 1 < n_toks && toks[e].kind == TokenKind::kPossessive && !taken[e + 1] &&
                 Capitalized(toks[e + 1]) && sentence_of[e + 1] == sentence_of[k];
    for (uint32_t j = k; place && j < e; ++j) place = (WordFlagsAt(text, toks, j) & kPlaceWord) != 0;
    if (place) {
      k = e + 1;
      e = k;
      while (e < n_toks && !taken[e] && Capitalized(toks[e]) && e - k < 4 && sentence_of[e] == sentence_of[k]) {
        ++e;
      }
    }
    // The name ends the phrase: "British chip designer Arm" and "Japanese companies" are no names.
    bool ends = e >= n_toks || toks[e].kind != TokenKind::kWord || sentence_of[e] != sentence_of[k];
    if (!ends) {
      WordView next = TokenText(text, toks[e]);
      ends = next == "for" || next == "in" || next == "to" || next == "and" || next == "from" || next == "at" ||
             next == "on" || next == "with" || next == "by" || next == "last" || next == "this" ||
             next == "which" || next == "as" || next == "over" || next == "after" || next == "earlier" ||
             // ("carmaker Hoshino Motor was preparing a bid": a verb after the name)
             next == "was" || next == "is" || next == "has" || next == "had" || next == "will" || next == "would" ||
             next == "said" || next == "says";
    }
    if (e > k && ends) add_span(k, e);
  }
  // Short forms: the first word of a multi-word name, used alone later; and
  // one-word names found only by their slot or list ("buy Sharp's plant"),
  // used anywhere else in the text.
  // (Room for all at once: growing by doubling moved the pairs' strings. The
  // words are views of the text until kept.)
  std::vector<std::pair<std::string, std::string>> shorts;  // word -> canonical
  shorts.reserve(found.size() + names.size());
  std::vector<std::string> anywhere;                         // canonicals of the second kind
  for (const Mention& m : found) {
    if (m.end_token - m.first_token != 1) continue;
    const std::string_view word = TokenText(text, toks[m.first_token]);
    if (word.size() < 3 || In(kNotShortNames, word))
      continue;
    shorts.emplace_back(word, m.canonical);
    anywhere.push_back(m.canonical);
  }
  for (const Mention& m : names) {
    if (m.end_token - m.first_token < 2) continue;
    const std::string_view word = TokenText(text, toks[m.first_token]);
    if (word.size() < 3 || In(kNotShortNames, word))
      continue;
    // ("Israel" alone is the country, not the Israel Innovation Authority.)
    // (The word's flags as the recognizer kept them, when the extractor's
    // scope holds the document: token_flags.h.)
    if (WordFlagsAt(text, toks, m.first_token) & (kPlaceWord | kDemonymWord)) continue;
    auto it = std::find_if(shorts.begin(), shorts.end(), [&](const auto& p) { return p.first == word; });
    if (it == shorts.end()) {
      shorts.emplace_back(word, m.canonical);
    } else if (it->second != m.canonical) {
      it->second.clear();  // ambiguous
    }
  }
  SortByFirstToken(&names);
  size_t n_named = names.size();
  auto next_short = capitalized_walk();
  for (uint32_t k = next_short(0); k < n_toks && !shorts.empty(); k = next_short(k + 1)) {
    if (taken[k] || !Capitalized(toks[k])) continue;
    WordView word = TokenText(text, toks[k]);
    for (const auto& [w, canonical] : shorts) {
      if (w != word || canonical.empty()) continue;
      // Only after the full name appeared.
      bool after = std::find(anywhere.begin(), anywhere.end(), canonical) != anywhere.end();
      for (size_t i = 0; i < n_named && !after; ++i) after = names[i].canonical == canonical && names[i].first_token < k;
      if (!after) continue;
      if (k + 1 < n_toks && Capitalized(toks[k + 1])) continue;  // part of another name
      Mention m;
      m.first_token = k;
      m.end_token = k + 1;
      m.sentence = sentence_of[k];
      m.canonical = canonical;
      for (size_t i = 0; i < n_named; ++i) {
        if (names[i].canonical == canonical) m.parent = names[i].parent;
      }
      m.possessive = k + 1 < n_toks && toks[k + 1].kind == TokenKind::kPossessive;
      names.push_back(std::move(m));
      break;
    }
  }
  // A short name defined in brackets after the full one ("Sawasdee Telecom Plc
  // (SWT)", "Nusantara Komputasi Awan (\"Nusakom\")") is that organization
  // wherever it is used alone.
  std::vector<std::pair<std::string, const Mention*>> defined;  // alias -> the name it stands for
  for (const Mention& m : names) {
    if (m.kind != MentionKind::kName) continue;
    // (The brackets inside the name's span, or right after it.)
    const uint32_t limit = std::min<uint32_t>(static_cast<uint32_t>(n_toks), std::max(m.end_token, m.end_token + 6));
    for (uint32_t j = m.first_token + 1; j + 2 < limit && j <= m.end_token; ++j) {
      if (TokenText(text, toks[j]) != "(") continue;
      uint32_t a = j + 1;
      WordView q = TokenText(text, toks[a]);
      if (q == "\"" || q == "\u201C") ++a;
      uint32_t e = a;
      while (e < limit && Capitalized(toks[e]) && e < a + 3) ++e;
      WordView after = e < limit ? TokenText(text, toks[e]) : WordView();
      if (e > a && after != ":" && after != "-") {
        std::string alias(text.substr(toks[a].start, toks[e - 1].end - toks[a].start));
        if (alias != m.canonical && !known.Find(alias)) defined.emplace_back(std::move(alias), &m);
      }
      break;
    }
    // ("Equator Tower Company, or EqTC, is ...": a short name of two or more
    // capitals after ", or", then a comma or the sentence's end.)
    const uint32_t o = m.end_token;
    if (o + 3 < n_toks && TokenText(text, toks[o]) == "," && TokenText(text, toks[o + 1]) == "or" &&
        toks[o + 2].kind == TokenKind::kWord) {
      const WordView after = TokenText(text, toks[o + 3]);
      const std::string_view alias = text.substr(toks[o + 2].start, toks[o + 2].end - toks[o + 2].start);
      size_t capitals = 0;
      for (char c : alias) capitals += c >= 'A' && c <= 'Z';
      if (capitals >= 2 && (after == "," || after == ".") && alias != m.canonical && !known.Find(alias)) {
        defined.emplace_back(std::string(alias), &m);
      }
    }
  }
  if (!defined.empty()) {
    std::vector<std::pair<size_t, const Mention*>> uses;
    for (size_t i = 0; i < names.size(); ++i) {
      for (const auto& [alias, name] : defined) {
        if (names[i].canonical == alias && &names[i] != name) uses.emplace_back(i, name);
      }
    }
    for (const auto& [i, name] : uses) {
      names[i].canonical = name->canonical;
      names[i].parent = name->parent;
    }
  }
  // A one-word name the gazetteer does not know that is the first word of
  // exactly one multi-word name of the text is that organization, before or
  // after it ("Greyhollow" in a headline, "Greyhollow Security" in the body).
  // First word -> its name (null: ambiguous), and whether the word was seen.
  NameTable<std::pair<const Mention*, bool>> heads;
  for (const Mention& m : names) {
    if (m.end_token - m.first_token < 2) continue;
    WordView word = TokenText(text, toks[m.first_token]);
    if (word.size() < 3 || In(kNotShortNames, word)) continue;
    auto& [head, seen] = heads[word];
    if (!seen) {
      head = &m;
      seen = true;
    } else if (head && head->canonical != m.canonical) {
      head = nullptr;
    }
  }
  // (Two names share the word: the one the story opens with, in its headline
  // or first sentence, keeps it when it is named more often than the other:
  // "Jinhae Group" twice in the lead, "Jinhae Heavy Industries" once later,
  // "Jinhae" alone the group.)
  for (const Mention& m : names) {
    if (m.end_token - m.first_token < 2 || m.sentence > 1) continue;
    WordView word = TokenText(text, toks[m.first_token]);
    const auto* found = heads.Find(word);
    if (!found || found->first) continue;
    std::unordered_map<std::string_view, int> count;
    for (const Mention& o : names) {
      if (o.end_token - o.first_token >= 2 && TokenText(text, toks[o.first_token]) == word) ++count[o.canonical];
    }
    bool most = true;
    for (const auto& [name, n] : count) most = most && (name == m.canonical || n < count[m.canonical]);
    if (most) heads[word].first = &m;
  }
  if (heads.size() > 0) {
    // one-word canonical -> the full name's canonical and parent
    std::unordered_map<std::string, std::pair<std::string, std::string>> renames;
    for (const Mention& m : names) {
      if (m.end_token - m.first_token != 1) continue;
      WordView word = TokenText(text, toks[m.first_token]);
      if (m.canonical != word || known.Find(m.canonical)) continue;
      const auto* head = heads.Find(word);
      if (head && head->first) renames.emplace(m.canonical, std::pair(head->first->canonical, head->first->parent));
    }
    for (Mention& m : names) {
      if (renames.empty()) break;
      auto it = renames.find(m.canonical);
      if (it == renames.end()) continue;
      m.canonical = it->second.first;
      m.parent = it->second.second;
    }
  }
  // An acronym the gazetteer does not know made of the initials of exactly one
  // longer name of the text is that organization ("SMM" after "Southern
  // Meridian Media").
  auto initials = [](std::string_view name) {
    std::string out;
    size_t i = 0;
    while (i < name.size()) {
      size_t e = name.find(' ', i);
      if (e == std::string_view::npos) e = name.size();
      std::string_view w = name.substr(i, e - i);
      if (!w.empty() && w[0] >= 'A' && w[0] <= 'Z') out += w[0];
      i = e + 1;
    }
    return out;
  };
  std::vector<std::pair<std::string, const Mention*>> long_names;  // initials -> name (null: ambiguous)
  for (const Mention& m : names) {
    if (m.kind != MentionKind::kName || m.end_token - m.first_token < 2) continue;
    std::string key = initials(m.canonical);
    if (key.size() < 2) continue;
    auto it = std::find_if(long_names.begin(), long_names.end(), [&](const auto& p) { return p.first == key; });
    if (it == long_names.end()) {
      long_names.emplace_back(std::move(key), &m);
    } else if (it->second && it->second->canonical != m.canonical) {
      it->second = nullptr;
    }
  }
  if (!long_names.empty()) {
    std::vector<std::pair<size_t, const Mention*>> acronyms;  // index in names -> the long name
    for (size_t i = 0; i < names.size(); ++i) {
      const Mention& m = names[i];
      if (m.end_token - m.first_token != 1) continue;
      WordView word = TokenText(text, toks[m.first_token]);
      if (word.size() < 2 || word.size() > 5 || m.canonical != word || known.Find(m.canonical)) continue;
      if (!std::all_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) continue;
      for (const auto& [key, name] : long_names) {
        if (key == word && name) acronyms.emplace_back(i, name);
      }
    }
    for (const auto& [i, name] : acronyms) {
      names[i].canonical = name->canonical;
      names[i].parent = name->parent;
    }
  }
  SortByFirstToken(&names);
  return names;
}

// Whether the apposition right after name mention m (", a ..." / ", the
// ...") holds the word `word` (in normal form) among its first `max` words,
// before a comma, a full stop, "of" or a relative pronoun.
bool InAppositionAfter(std::string_view lower, const std::vector<Token>& toks, const Mention& m,
                       const std::string& word, uint32_t max) {
  const uint32_t a = m.end_token;
  if (a + 2 >= toks.size() || TokenText(lower, toks[a]) != ",") return false;
  const WordView opener = TokenText(lower, toks[a + 1]);
  if (opener != "a" && opener != "an" && opener != "the") return false;
  for (uint32_t j = a + 2; j < toks.size() && j < a + 2 + max; ++j) {
    const WordView w = TokenText(lower, toks[j]);
    if (w == "," || w == "." || w == "of" || w == "that" || w == "which" || w == "who") break;
    if (toks[j].kind == TokenKind::kWord && Normalize(w) == word) return true;
  }
  return false;
}

// Whether the text gave the organization `canonical` the trade `head` (in
// normal form) at one of the name mentions [names, names + n_names): right
// before the name ("broadband carrier Baekdu Telecom", "the Taiwanese foundry
// Yuanshan") or in an apposition after it ("Yuanshan, a Taiwanese foundry,").
bool TradeInText(std::string_view lower, const std::vector<Token>& toks, const Mention* names, size_t n_names,
                 const std::string& canonical, const std::string& head) {
  for (size_t i = 0; i < n_names; ++i) {
    const Mention& m = names[i];
    if (m.canonical != canonical) continue;
    for (uint32_t j = m.first_token; j-- > 0 && m.first_token - j <= 3;) {
      if (toks[j].kind != TokenKind::kWord || Capitalized(toks[j])) break;
      if (Normalize(TokenText(lower, toks[j])) == head) return true;
    }
    // ("Baekdu Telecom, a mid-sized South Korean broadband and enterprise network carrier,")
    if (InAppositionAfter(lower, toks, m, head, 12)) return true;
  }
  return false;
}

// Whether the text described the organization `canonical` with the proper
// adjective `word` (in normal form) at one of the name mentions [names, names
// + n_names): in the words right before the name ("Swedish mobile games
// publisher Playmoor") or in an apposition after it ("Vernay, the French
// drugmaker,"). "The Swedish company", "the French group" then mean it.
bool ProperInText(std::string_view lower, const std::vector<Token>& toks, const Mention* names, size_t n_names,
                  const std::string& canonical, const std::string& word) {
  for (size_t i = 0; i < n_names; ++i) {
    const Mention& m = names[i];
    if (m.canonical != canonical) continue;
    for (uint32_t j = m.first_token; j-- > 0 && m.first_token - j <= 5;) {
      if (toks[j].kind != TokenKind::kWord) break;
      WordView w = TokenText(lower, toks[j]);
      if (w == "the" || w == "a" || w == "an" || w == "and") break;
      if (Normalize(w) == word) return true;
    }
    if (InAppositionAfter(lower, toks, m, word, 6)) return true;
  }
  return false;
}

// The organization that speaks in sentence `si` before token k ("X said Y
// would ...", "X said on Friday that Y ..."): the name right before the
// speech verb, when another organization's name follows the verb before k;
// nullptr otherwise. `mentions` ends with the sentence's mentions found so far.
const std::string* SpeakerBefore(std::string_view lower, const std::vector<Token>& toks, uint32_t si,
                                 const std::vector<Mention>& mentions, uint32_t k) {
  // (The sentence's mentions are the last ones found: only they are read.)
  size_t first = mentions.size();
  while (first > 0 && mentions[first - 1].sentence == si) --first;
  const Mention* speaker = nullptr;
  uint32_t verb = 0;
  for (size_t i = first; i < mentions.size(); ++i) {
    const Mention& m = mentions[i];
    if (m.first_token >= k) continue;
    if (speaker && m.first_token > verb) {
      // Another name after the speech verb: the reported clause's own subject.
      return m.kind == MentionKind::kName && m.canonical != speaker->canonical ? &speaker->canonical : nullptr;
    }
    if (speaker || m.kind != MentionKind::kName || m.possessive) continue;
    uint32_t v = m.end_token;
    if (v < k && (TokenText(lower, toks[v]) == "said" || TokenText(lower, toks[v]) == "says")) {
      speaker = &m;
      verb = v;
    }
  }
  return nullptr;
}

// A pronoun or description at tokens [first, end) meaning candidates[0],
// with the other candidates kept as alternatives.
Mention Reference(MentionKind kind, uint32_t first, uint32_t end, uint32_t sentence,
                  std::vector<std::string> candidates, bool possessive, const Gazetteer& gz) {
  Mention m;
  m.kind = kind;
  m.first_token = first;
  m.end_token = end;
  m.sentence = sentence;
  m.canonical = std::move(candidates[0]);
  if (const OrgInfo* info = gz.Find(m.canonical)) m.parent = info->parent;
  m.possessive = possessive;
  m.alternatives.assign(std::make_move_iterator(candidates.begin() + 1), std::make_move_iterator(candidates.end()));
  return m;
}

}  // namespace

std::vector<Mention> ReferenceResolver::Resolve(std::string_view text, std::string_view lower,
                                                const Segmentation& seg,
                                                const std::vector<Entity>& entities) const {
  std::vector<Mention> names = NameMentions(text, lower, seg, entities);
  const size_t n_names = names.size();  // `names` does not change below
  std::vector<Mention> out;
  out.reserve(n_names * 2);
  std::vector<Seen> seen;
  seen.reserve(n_names * 2);
  // Seen points at stable names: those of `names` (not changed below) and
  // copies of the references' names here.
  std::deque<std::string> reference_names;
  const auto& toks = seg.tokens;
  size_t n = 0;  // next name mention
  // Name mentions so far, by name (views of `names`, which does not change).
  NameTable<int> name_count;
  std::string_view topic;  // the most named so far
  const std::string* opener = nullptr;  // the first name given as a subject (not after a preposition)
  int topic_count = 0;
  auto governed = [&](uint32_t k) {
    if (k == 0) return false;
    WordView prev = Tok(lower, toks[k - 1]);
    // ", and Intel abandoned ...": a new clause's subject, not a list member.
    if (prev == "and" && k >= 2 && Tok(lower, toks[k - 2]) == ",") return false;
    // ("with Amsterdam-based Nebius": past a place adjective.)
    if (prev == "based" && k >= 4 && Tok(lower, toks[k - 2]) == "-") return In(kGoverning, Tok(lower, toks[k - 4]));
    if (prev.size() > 6 && prev.substr(prev.size() - 6) == "-based" && k >= 2) return In(kGoverning, Tok(lower, toks[k - 2]));
    // ("owned by Saudi Arabia's Public Investment Fund", "its purchase of
    // Britain's Darktrace": a preposition before a place's possessive.)
    if (toks[k - 1].kind == TokenKind::kPossessive) {
      uint32_t j = k - 1;
      while (j > 0 && k - j < 4 && (WordFlagsAt(text, toks, j - 1) & kPlaceWord)) --j;
      if (j == k - 1 || j == 0) return false;
      const WordView before = Tok(lower, toks[j - 1]);
      return before != "and" && In(kGoverning, before);
    }
    // ("from Schrödinger and the Broad Institute": past the article.)
    if (prev == "the" && k >= 2) {
      WordView before = Tok(lower, toks[k - 2]);
      if (before != "and" || (k >= 3 && Tok(lower, toks[k - 3]) != ",")) return In(kGoverning, before);
    }
    if (In(kGoverning, prev)) return true;
    // ("backed by the pension fund Havbro", "in talks with Danish operator
    // X": a preposition before the name's description, which ends in a trade.)
    const bool trade = TradeBeforeName(prev) || prev == "fund" || prev == "firm" || prev == "group" ||
                       prev == "company" || prev == "specialist" || prev == "lender" || prev == "bank" ||
                       prev == "manager" || prev == "office" || prev == "insurer" || prev == "rival" ||
                       prev == "investors" || prev == "backer" || prev == "partner" || prev == "buyer";
    for (uint32_t j = k - 1; trade && j >= 1 && k - j <= 4; --j) {
      const Token& d = toks[j];
      if (d.kind != TokenKind::kWord || (d.capitalized && !(WordFlagsAt(text, toks, j) & kPlaceWord))) return false;
      const WordView w = Tok(lower, d);
      if (In(kAuxiliaries, w) || w == "said" || w == "says" || w == "its" || w == "their" || w == "which" ||
          w == "that" || w == "who" || w == "since" || w == "after" || w == "before" || w == "when" ||
          w == "while" || w == "as" || w == "because" || w == "if" || w == "although" || w == "until" ||
          w == "then" || w == "also") {
        return false;
      }
      const WordView before = Tok(lower, toks[j - 1]);
      if (before != "and" && before != "to" && before != "for" && In(kGoverning, before)) return true;
    }
    return false;
  };
  for (uint32_t si = 0; si < seg.sentences.size(); ++si) {
    const Sentence& sent = seg.sentences[si];
    bool have_first = false;
    std::optional<DenialOfReport> denial;  // found at the sentence's first "it"
    // `m` is an element of `names` or a reference not stored yet.
    auto remember = [&](const Mention& m, uint32_t k) {
      // ("TOKYO (Nikkei) - ...", "the Nikkei reported": a news outlet is
      // credited for a claim; no later "it" or "the start-up" means it.)
      if (m.kind == MentionKind::kName) {
        const OrgInfo* info = gazetteer_->Find(m.canonical);
        if (info && info->kind == OrgKind::kOutlet) return;
        // ("according to LSEG data", "according to PitchBook": a source of figures, likewise.)
        if (k >= 2 && Tok(lower, toks[k - 1]) == "to" && Tok(lower, toks[k - 2]) == "according") return;
      }
      if (m.kind == MentionKind::kName) {
        int& count = name_count[m.canonical];
        if (++count > topic_count) {
          topic_count = count;
          topic = m.canonical;
        }
      }
      const std::string* name = m.kind == MentionKind::kName ? &m.canonical : &reference_names.emplace_back(m.canonical);
      Seen s{name, si, k, !have_first};
      s.possessive = m.possessive;
      s.governed = governed(k);
      // ("tools from Microsoft, Google and Okta": a list member after a comma
      // shares the governed first member's place, when the list goes on
      // after it; "In a deal with X, Y agreed": a subject follows instead.)
      if (!s.governed && k > sent.first_token + 1 && Tok(lower, toks[k - 1]) == "," && !seen.empty() &&
          seen.back().sentence == si && seen.back().governed && !out.empty() && out.back().sentence == si &&
          out.back().end_token + 1 == k && m.end_token < sent.end_token) {
        const WordView next = Tok(lower, toks[m.end_token]);
        s.governed = next == "," || next == "and" || next == "or";
      }
      if (!opener && m.kind == MentionKind::kName && !m.possessive && !s.governed) opener = name;
      // ("X bought Y and Z withdrew its offer": a name after "and" followed
      // by a verb of its own is a new clause's subject, not a list member.)
      if (s.governed && k > sent.first_token && Tok(lower, toks[k - 1]) == "and" && m.end_token < sent.end_token &&
          In(kClauseVerbsAfterName, Tok(lower, toks[m.end_token]))) {
        s.governed = false;
      }
      // ("Farlowe's largest shareholder, the growth investor X, put $400
      // million into the company": the sentence is about the company it opens with.)
      s.opens_possessive = m.possessive && k == sent.first_token;
      // "The IREN agreement is one of several that Microsoft has struck": a name
      // that modifies a deal noun is not the sentence's subject.
      if (m.kind == MentionKind::kName && m.end_token < sent.end_token && !m.possessive) {
        // ("the lab founded by former Google researchers": people's employer.)
        if (In(kNotSubjectAfter, Tok(lower, toks[m.end_token]))) s.governed = true;
        // ("buy about 4,000 Nvidia Blackwell GPUs, which it ...": the maker of the goods.)
        for (uint32_t g = m.end_token; g < sent.end_token && g < m.end_token + 2 && !s.governed; ++g) {
          if (In(kGoodsAfterName, Tok(lower, toks[g]))) s.governed = true;
          if (!toks[g].capitalized) break;
        }
        // ("to rebuild the Cerner record system": a name between "the" and a
        // lower-case noun modifies it, and is no subject.)
        if (k > sent.first_token && Tok(lower, toks[k - 1]) == "the" && m.end_token + 1 < sent.end_token &&
            toks[m.end_token].kind == TokenKind::kWord && !toks[m.end_token].capitalized &&
            toks[m.end_token + 1].kind == TokenKind::kWord && !toks[m.end_token + 1].capitalized &&
            !In(kGoverning, Tok(lower, toks[m.end_token])) && Tok(lower, toks[m.end_token]) != "and") {
          s.governed = true;
        }
      }
      // "X agreed to buy Worldpay ... and to sell its card business": the
      // object of a buying verb is less likely than the subject to be "its".
      std::string_view prev = k > sent.first_token ? Tok(lower, toks[k - 1]) : "";
      // ("will provide Microsoft with access to GPUs; to do so it is buying": the supplier.)
      if (In(kObjectVerbs, prev)) s.governed = true;
      // (Past a place's possessive: "that included Japan's X".)
      if (prev == "'s" && k >= sent.first_token + 3 && In(kObjectVerbs, Tok(lower, toks[k - 3]))) s.governed = true;
      // ("It bought Finnish model developer Silo AI": past the object's description.)
      for (uint32_t j = k; !s.governed && j > sent.first_token + 1 && k - j < 4; --j) {
        const Token& d = toks[j - 1];
        if (d.kind != TokenKind::kWord) break;
        if (j < k && In(kObjectVerbs, Tok(lower, toks[j - 1]))) s.governed = true;
        const WordView w = Tok(lower, d);
        if (In(kGoverning, w) || In(kObjectVerbs, w) || In(kAuxiliaries, w) || w == "be" || w == "been") {
          break;
        }
      }
      // "Buying Greyhollow would ...": the object of a gerund opening the sentence.
      s.gerund_object = k == sent.first_token + 1 && prev.size() > 4 && prev.substr(prev.size() - 3) == "ing";
      s.governed = s.governed || s.gerund_object;
      s.predicate = s.possessive && (prev == "is" || prev == "was");
      seen.push_back(s);
      have_first = true;
    };
    for (uint32_t k = sent.first_token; k < sent.end_token; ++k) {
      while (n < n_names && names[n].first_token < k) ++n;
      if (n < n_names && names[n].first_token == k) {
        remember(names[n], k);
        out.push_back(names[n]);
        k = names[n].end_token - 1;
        ++n;
        continue;
      }
      if (toks[k].kind != TokenKind::kWord) continue;
      WordView w = Tok(lower, toks[k]);
      // Per token: the first letter before the word compares.
      if (w[0] == 'i' && (w == "it" || w == "its" || w == "itself")) {
        if (w == "it" && IsExpletiveIt(lower, toks, k, sent.end_token)) continue;
        // ("Japanese IT services group": information technology, not the
        // pronoun, unless the whole line is in capitals.)
        if (toks[k].all_caps && k + 1 < sent.end_token && toks[k + 1].kind == TokenKind::kWord &&
            !toks[k + 1].all_caps) {
          continue;
        }
        std::vector<std::string> cands = SalienceOrder(seen, si, k);
        if (cands.empty()) continue;
        // "X denied a report that Y was in talks to buy it": the denier, the
        // sentence's subject, whatever the report's subject.
        if (!denial) denial = FindDenialOfReport(lower, toks, sent);
        if (denial->report != 0 && denial->report < k) {
          const Seen* first = FirstInSentence(seen, si);
          if (first && !first->possessive && first->token < denial->verb) MoveToFront(cands, *first->canonical);
        }
        // ("Streamwell, an Amsterdam-based Kafka alternative, said on Monday
        // it had closed ...": the name before the apposition that closes
        // right before the speech verb, not a name inside the apposition.)
        if (w == "it") {
          for (uint32_t j = k; j-- > sent.first_token + 2 && k - j <= 5;) {
            const WordView v = Tok(lower, toks[j]);
            // ("X, the company majority owned by Y, confirmed it had raised")
            if (v != "said" && v != "says" && v != "confirmed" && v != "confirms" && v != "announced" &&
                v != "announces" && v != "disclosed") {
              continue;
            }
            if (Tok(lower, toks[j - 1]) != ",") break;
            uint32_t open = j - 2;  // the comma that opens the apposition
            while (open > sent.first_token && j - open < 14 && Tok(lower, toks[open]) != ",") --open;
            if (open <= sent.first_token || Tok(lower, toks[open]) != ",") break;
            const WordView a = Tok(lower, toks[open + 1]);
            if (a != "a" && a != "an" && a != "the" && a != "which" && a != "who") break;
            for (size_t i = out.size(); i-- > 0 && out[i].sentence == si;) {
              if (out[i].end_token != open) continue;
              if (out[i].kind == MentionKind::kName && !out[i].possessive) MoveToFront(cands, out[i].canonical);
              break;
            }
            break;
          }
        }
        // ("The X Laboratory gave it a $19.6 million award": the object of a
        // giving verb is not the verb's own subject.)
        if (w == "it" && cands.size() > 1 && k > sent.first_token) {
          const WordView v = Tok(lower, toks[k - 1]);
          if (v == "gave" || v == "gives" || v == "give" || v == "awarded" || v == "awards" || v == "handed" ||
              v == "paid" || v == "pays" || v == "offered" || v == "granted" || v == "sold" || v == "sells" ||
              v == "took" || v == "takes" || v == "bought" || v == "buys" || v == "acquired" || v == "acquires") {
            // (The subject right before the verb, past auxiliaries: "X has also given it".)
            uint32_t a = k - 1;
            while (a > sent.first_token) {
              const WordView aux = Tok(lower, toks[a - 1]);
              if (aux != "has" && aux != "had" && aux != "have" && aux != "also" && aux != "then" && aux != "later" &&
                  aux != "will" && aux != "would" && aux != "recently") {
                break;
              }
              --a;
            }
            // (A coordinated subject, "X and Y took it private", names neither.)
            std::vector<std::string_view> subject;
            for (size_t i = out.size(); i-- > 0 && out[i].sentence == si && out[i].end_token == a;) {
              if (out[i].kind != MentionKind::kName || out[i].possessive) break;
              subject.push_back(out[i].canonical);
              const WordView sep = out[i].first_token > sent.first_token ? Tok(lower, toks[out[i].first_token - 1]) : "";
              if (sep != "and" && sep != ",") break;
              a = out[i].first_token - 1;
              if (a > sent.first_token && sep == "and" && Tok(lower, toks[a - 1]) == ",") --a;
            }
            std::stable_partition(cands.begin(), cands.end(), [&](const std::string& c) {
              return std::find(subject.begin(), subject.end(), c) == subject.end();
            });
          }
        }
        if (w == "it") {
          if (uint32_t comma = CoordinatedClauseComma(lower, toks, sent, k)) {
            const Seen* first = FirstInSentence(seen, si);
            if (first && first->token < comma && !first->possessive && !first->governed) {
              MoveToFront(cands, *first->canonical);
            }
          }
        }
        // "Its Series A, a $90 million round, was led by X": a round that opens
        // the sentence is the article's subject's (the first name it gives as a
        // subject), not the last sentence's customer's or investor's.
        if (w == "its" && k == sent.first_token && opener != nullptr) {
          for (uint32_t j = k + 1; j < sent.end_token && j <= k + 3; ++j) {
            WordView r = Tok(lower, toks[j]);
            if (r == "round" || r == "series" || r == "raise" || r == "fundraising" || r == "funding" ||
                r == "financing") {
              // ("X had raised $52 million before the sale. Its most recent
              // round ...": the last sentence's own subject, not an investor, keeps it.)
              bool last_subject = false;
              for (auto it = seen.rbegin(); it != seen.rend() && it->sentence + 1 >= si; ++it) {
                if (it->sentence + 1 != si || !it->first_in_sentence) continue;
                last_subject = !it->governed && !it->possessive && *it->canonical == cands[0] &&
                               !LooksLikeInvestmentFirm(*gazetteer_, cands[0]);
                break;
              }
              // (Only when that sentence told its funding: "has ordered 300
              // robots. Its Series A ..." is the article's subject's round.)
              bool raised = false;
              for (uint32_t q = si > 0 ? seg.sentences[si - 1].first_token : sent.first_token;
                   last_subject && !raised && q < sent.first_token; ++q) {
                const WordView r = Tok(lower, toks[q]);
                raised = r == "raised" || r == "raise" || r == "raising" || r == "funding";
              }
              last_subject = last_subject && raised;
              if (!last_subject && !LooksLikeInvestmentFirm(*gazetteer_, *opener)) MoveToFront(cands, *opener);
              break;
            }
          }
        }
        // ("raised $5.6 billion in a round led by its parent": the referent's
        // parent in the gazetteer, when no name follows to say which.)
        if (w == "its" && k + 1 < sent.end_token && Tok(lower, toks[k + 1]) == "parent") {
          uint32_t end = k + 2;
          if (end < sent.end_token && (Tok(lower, toks[end]) == "company" || Tok(lower, toks[end]) == "group")) ++end;
          const OrgInfo* info = gazetteer_->Find(cands[0]);
          const bool named_next = n < n_names && names[n].first_token <= end + 1;
          if (info && !info->parent.empty() && !named_next) {
            const bool owns = end < sent.end_token && toks[end].kind == TokenKind::kPossessive;
            Mention m = Reference(MentionKind::kDescription, k, end, si, {info->parent}, owns, *gazetteer_);
            remember(m, k);
            out.push_back(std::move(m));
            k = end - 1;
            continue;
          }
        }
        Mention m = Reference(MentionKind::kPronoun, k, k + 1, si, std::move(cands), w == "its", *gazetteer_);
        remember(m, k);
        out.push_back(std::move(m));
        continue;
      }
      // "We have signed ...", "our investors": in a press release or a
      // company's own statement, the organization named first ("US" is the
      // country). Not remembered: "we" makes no company more salient for a
      // later "it".
      // ("we rate Buy", "we reiterate": an analyst's "we" is no company.)
      // (The next word is read for "we" alone: asked for every word.)
      const WordView after_we = w == "we" && k + 1 < sent.end_token ? Tok(lower, toks[k + 1]) : WordView();
      const bool analyst = w == "we" && (after_we == "rate" || after_we == "flag" || after_we == "reiterate" ||
                                         after_we == "maintain" || after_we == "prefer" || after_we == "upgrade" ||
                                         after_we == "downgrade");
      if ((w == "we" || w == "our" || w == "us") && !analyst && !toks[k].all_caps && !out.empty() &&
          out.front().kind == MentionKind::kName) {
        // ("\"We are not in talks with Y,\" a Pemberton spokesperson said": in
        // a quotation, the organization whose speaker the sentence names after it.)
        std::string speaker = out.front().canonical;
        uint32_t q = k + 1;
        while (q < sent.end_token && Tok(lower, toks[q]) != "\"" && Tok(lower, toks[q]) != "\xe2\x80\x9d") ++q;
        for (size_t i = n; q < sent.end_token && i < n_names && names[i].first_token < q + 6; ++i) {
          if (names[i].first_token <= q || names[i].end_token >= sent.end_token) continue;
          const WordView after = Tok(lower, toks[names[i].end_token]);
          if (after == "spokesperson" || after == "spokeswoman" || after == "spokesman" || after == "said" ||
              after == "says" || after == "executive" || after == "official") {
            speaker = names[i].canonical;
            break;
          }
        }
        out.push_back(Reference(MentionKind::kPronoun, k, k + 1, si, {speaker}, w == "our", *gazetteer_));
        continue;
      }
      if (w[0] != 't' || w != "the") {
        // A bare specific description in a headline or after "as": "as Claude maker commits $30bn".
        if (!Capitalized(toks[k])) continue;
        bool opener = k == sent.first_token || Tok(lower, toks[k - 1]) == "as" || Tok(lower, toks[k - 1]) == ",";
        if (!opener || (n < n_names && names[n].first_token <= k + 3)) continue;
        for (uint32_t h = k + 1; h < sent.end_token && h <= k + 2; ++h) {
          if (!In(kHeads, Tok(lower, toks[h]))) continue;
          std::vector<std::string> words;
          for (uint32_t j = k; j <= h; ++j) words.push_back(Normalize(Tok(lower, toks[j])));
          std::string pick;
          int count = 0;
          for (const OrgInfo& info : gazetteer_->orgs()) {
            if (DescriptionScore(*gazetteer_, info.canonical, words) == 10) {
              pick = info.canonical;
              ++count;
            }
          }
          if (count != 1) break;
          bool possessive = h + 1 < sent.end_token && toks[h + 1].kind == TokenKind::kPossessive;
          Mention m = Reference(MentionKind::kDescription, k, h + 1, si, {pick}, possessive, *gazetteer_);
          remember(m, k);
          out.push_back(std::move(m));
          k = h;
          break;
        }
        continue;
      }
      // "the" + up to three modifiers + a head noun. A place modifier ("the
      // Santa Clara-based chipmaker") says nothing the gazetteer can check.
      uint32_t from = k + 1;
      for (uint32_t j = k + 1; j + 1 < sent.end_token && j <= k + 4; ++j) {
        WordView t = Tok(lower, toks[j]);
        auto ends = [&]<size_t N>(const char (&suffix)[N]) { return EndsWithLiteral(t, suffix); };
        bool glued = ends("-based") || ends("-owned") || ends("-founded") || ends("-listed") || ends("-headquartered");
        if (glued || (j > k + 1 && TokenText(lower, toks[j - 1]) == "-" && (t == "based" || t == "headquartered" || t == "founded" || t == "listed" || t == "owned"))) {
          from = j + 1;
        }
      }
      uint32_t head = 0;
      for (uint32_t j = from; j < sent.end_token && j <= from + 3; ++j) {
        if (toks[j].kind != TokenKind::kWord && TokenText(lower, toks[j]) != "-") break;
        if (In(kHeads, Tok(lower, toks[j]))) {
          head = j;
        } else if (head) {
          break;  // "the company acquired software firm X": the phrase ends at its head
        }
      }
      if (head == 0) continue;
      // A name inside or right after the phrase: "the Pennine Infrastructure Fund",
      // "the startup Wiz" (an apposition): the name speaks.
      if (n < n_names && names[n].first_token <= head + 1) continue;
      // "the image-sensor business of Sakurada": a part of the organization named after it.
      if (head + 1 < sent.end_token && Tok(lower, toks[head + 1]) == "of" &&
          (Tok(lower, toks[head]) == "business" || Tok(lower, toks[head]) == "unit" ||
           Tok(lower, toks[head]) == "division" || Tok(lower, toks[head]) == "arm")) {
        k = head;
        continue;
      }
      // "Scopely, the maker of Monopoly Go, was ...": an apposition that
      // describes the name right before it, no second organization.
      if (k >= 2 && n > 0 && Tok(lower, toks[k - 1]) == "," && names[n - 1].end_token + 1 == k &&
          names[n - 1].sentence == si) {
        k = head;
        continue;
      }
      std::vector<std::string> words;
      WordView head_word = Tok(lower, toks[head]);
      // "the maker of ChatGPT": the product named after the head is its
      // modifier ("the ChatGPT maker").
      uint32_t product_end = head;
      if (head + 2 < sent.end_token && Tok(lower, toks[head + 1]) == "of" &&
          (head_word == "maker" || head_word == "developer" || head_word == "creator" || head_word == "owner" ||
           head_word == "operator") &&
          Capitalized(toks[head + 2]) &&
          !(n < n_names && names[n].first_token == head + 2 && gazetteer_->Find(names[n].canonical))) {
        product_end = head + 2;
        words.push_back(Normalize(Tok(lower, toks[head + 2])));
      }
      for (uint32_t j = from; j <= head; ++j) {
        WordView t = Tok(lower, toks[j]);
        // ("the same company" says no more than "the company".)
        if (t != "-" && t != "same") words.push_back(Normalize(t));
      }
      bool possessive = head + 1 < sent.end_token && toks[head + 1].kind == TokenKind::kPossessive;
      // A capitalized adjective before the head ("the French group"): a nationality or place.
      std::string proper;
      for (uint32_t j = from; j < head && proper.empty(); ++j) {
        if (Capitalized(toks[j]) && j > sent.first_token) proper = Normalize(Tok(lower, toks[j]));
      }
      std::vector<std::string> cands = SalienceOrder(seen, si, k);
      // Specific descriptions ("the software company" is, "the company" is not):
      // the best-described candidate in salience order.
      // "the Austin-based developer": a weak head after a place says no more than "the company".
      bool weak = from > k + 1 && words.size() == 1 &&
                  (head_word == "developer" || head_word == "maker" || head_word == "operator" ||
                   head_word == "provider" || head_word == "startup" || head_word == "start-up");
      if ((!In(kGenericHeads, head_word) || words.size() >= 2) && !weak) {
        // "the Pittsburgh company" says no more than "the company" unless a
        // modifier matches too: one shared word counts only for a bare head.
        int best = words.size() >= 2 ? 1 : 0;
        // (The trades the text gave names are read among the recent names only:
        // a window keeps long texts linear, as in SalienceOrder.)
        const std::string trade = Normalize(head_word);
        const size_t recent = n > 256 ? n - 256 : 0;
        std::string pick;
        for (const std::string& c : cands) {
          int score = DescriptionScore(*gazetteer_, c, words);
          // ("broadband carrier Baekdu Telecom ... The carrier": the trade the text gave the name.)
          // (Not "start-up": most companies in the news are one, so salience decides.)
          if (score < 10 && !In(kGenericHeads, head_word) && head_word != "start-up" && head_word != "startup" &&
              TradeInText(lower, toks, names.data() + recent, n - recent, c, trade)) {
            score = 9;
          }
          // ("Swedish publisher Playmoor ... The Swedish company": the proper
          // adjective the text gave the name.)
          if (score < 9 && !proper.empty() &&
              ProperInText(lower, toks, names.data() + recent, n - recent, c, proper)) {
            score = 9;
          }
          if (score > best) {
            best = score;
            pick = c;
          }
        }
        // Two organizations fit as well ("the chipmaker" after Intel and
        // Marvell): the one the article names most.
        if (!pick.empty()) {
          // (Counts are read without adding a name: the table's keys are
          // views, and `pick` and `cands` die before the table does.)
          auto named = [&](const std::string& name) {
            const int* count = name_count.Find(name);
            return count != nullptr ? *count : 0;
          };
          int most = named(pick);
          for (const std::string& c : cands) {
            if (named(c) > most && DescriptionScore(*gazetteer_, c, words) == best) {
              most = named(c);
              pick = c;
            }
          }
        }
        // (Only a description with a product's or brand's name in it, "the
        // ChatGPT maker": "the semiconductor company" or "the software group"
        // fits many companies the gazetteer does not list as well.)
        auto brand = [&] {
          if (product_end > head) return true;
          for (uint32_t j = from; j < head; ++j) {
            if ((Capitalized(toks[j]) || toks[j].all_caps) && j > sent.first_token &&
                !(WordFlagsAt(text, toks, j) & (kDemonymWord | kPlaceWord))) {
              return true;
            }
          }
          return false;
        };
        if (pick.empty() && words.size() >= 2 && brand()) {
          // Not yet named in the text: a description unique in the gazetteer.
          int count = 0;
          for (const OrgInfo& info : gazetteer_->orgs()) {
            if (DescriptionScore(*gazetteer_, info.canonical, words) == 10) {
              pick = info.canonical;
              ++count;
            }
          }
          if (count != 1) pick.clear();
        }
        // ("Korvex may not stay on its own for long. X is in talks to invest
        // in the chipmaker": the article's subject, which the gazetteer does
        // not know, named more often than the known chipmaker of a
        // background paragraph, stays first; a description of more words,
        // "the maker of Jira", still picks the one it fits.)
        if (!pick.empty() && words.size() == 1) {
          const int* picked = name_count.Find(pick);
          for (const std::string& c : cands) {
            if (c == pick) break;
            const int* count = gazetteer_->Find(c) ? nullptr : name_count.Find(c);
            if (count && *count >= 3 && *count > 2 * (picked ? *picked : 0)) {
              pick.clear();
              break;
            }
          }
        }
        if (!pick.empty()) {
          cands.erase(std::remove(cands.begin(), cands.end(), pick), cands.end());
          cands.insert(cands.begin(), pick);
        }
      }
      // ("Amazon has invested $8 billion in Anthropic, and Google has put $3
      // billion into the same company": the company named as an object
      // before it in the sentence, not the subject; as a subject, "X paid $5
      // billion for Y, and last month the same firm agreed to ...", the
      // subject named before.)
      bool same = false;
      for (uint32_t j = from; j < head && !same; ++j) same = Tok(lower, toks[j]) == "same";
      const bool same_object = k > sent.first_token && In(kGoverning, Tok(lower, toks[k - 1])) &&
                               Tok(lower, toks[k - 1]) != "and";
      if (same) {
        // (The object: the nearest before it; the subject: the sentence's first.)
        const std::string* named = nullptr;
        for (size_t q = seen.size(); q-- > 0;) {
          const Seen& x = seen[q];
          if (x.sentence < si) break;
          if (x.token >= k || x.governed != same_object || x.possessive) continue;
          named = x.canonical;
          if (same_object) break;
        }
        if (named) {
          const std::string c = *named;
          cands.erase(std::remove(cands.begin(), cands.end(), c), cands.end());
          cands.insert(cands.begin(), c);
        }
      }
      // "the Pittsburgh maker of picking arms": a trade is no investor's
      // ("Nordvik Ventures", a fund in the gazetteer); investors go last.
      if (head_word == "maker" || head_word == "developer" || head_word == "designer" || head_word == "startup" ||
          head_word == "start-up" || head_word == "manufacturer" || head_word == "provider" ||
          head_word == "supplier" || head_word == "chipmaker" || head_word == "producer") {
        std::stable_partition(cands.begin(), cands.end(),
                              [&](const std::string& c) { return !LooksLikeInvestmentFirm(*gazetteer_, c); });
      }
      // "The Dallas private equity firm put $350 million into ...", "the
      // venture investor": an investment firm's description, investment
      // firms first.
      if (head_word == "firm" || head_word == "investor" || head_word == "fund" || head_word == "group") {
        bool investing = head_word == "investor" || head_word == "fund";
        if (!investing) {
          for (uint32_t j = from; j < head; ++j) {
            WordView t = Tok(lower, toks[j]);
            if (t == "equity" || t == "buyout" || t == "investment" || t == "venture" || t == "venture-capital") {
              investing = true;
            }
          }
        }
        if (investing) {
          std::stable_partition(cands.begin(), cands.end(),
                                [&](const std::string& c) { return LooksLikeInvestmentFirm(*gazetteer_, c); });
        }
      }
      // "the company", "the startup": not a government body or a regulator
      // (the European Commission, a state fund), which go last.
      if (head_word == "company" || head_word == "startup" || head_word == "start-up" || head_word == "business" ||
          head_word == "maker" || head_word == "developer" || head_word == "provider" || head_word == "operator") {
        std::stable_partition(cands.begin(), cands.end(), [&](const std::string& c) {
          const OrgInfo* info = gazetteer_->Find(c);
          return !info || info->kind != OrgKind::kGovernment;
        });
      }
      // "X said Y, the Taiwanese foundry, would take a 9.9% stake in the
      // company": the speaker, when another subject acts in what it reports.
      if (cands.size() >= 2) {
        if (const std::string* speaker = SpeakerBefore(lower, toks, si, out, k)) {
          if (*speaker != cands[0] && std::find(cands.begin(), cands.end(), *speaker) != cands.end()) {
            cands.erase(std::remove(cands.begin(), cands.end(), *speaker), cands.end());
            cands.insert(cands.begin(), *speaker);
          }
        }
      }
      if (cands.empty() && !topic.empty()) cands.emplace_back(topic);  // long quotes: the article's subject
      if (cands.empty()) continue;
      Mention m = Reference(MentionKind::kDescription, k, head + 1, si, std::move(cands), possessive, *gazetteer_);
      remember(m, k);
      out.push_back(std::move(m));
      k = product_end;
    }
  }
  return out;
}

}  // namespace dealgraph
