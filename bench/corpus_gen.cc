// Corpus generator: sentence templates, invented organization names and money
// forms combined by a seeded PRNG (see corpus_gen.h).
#include "corpus_gen.h"

#include <cstdio>
#include <initializer_list>
#include <iterator>
#include <string_view>

namespace dealgraph::bench {
namespace {

// Name parts combined into a few thousand company names.
constexpr const char* kHeads[] = {
    "Aether", "Blue", "Cobalt", "Crimson", "Delta", "Ember", "Falcon", "Granite", "Helix", "Indigo",
    "Juniper", "Kestrel", "Lumen", "Meridian", "Nimbus", "Onyx", "Polar", "Quartz", "Redwood", "Sable",
    "Tidal", "Umber", "Vector", "Willow", "Xenon", "Yonder", "Zephyr", "Arcadia", "Boreal", "Cascade",
    "Dune", "Everest", "Fathom", "Glacier", "Harbor", "Iris", "Jade", "Keystone", "Lattice", "Mosaic",
    "Northwind", "Orchid", "Pinnacle", "Quill", "Riverstone", "Summit", "Terra", "Uplift", "Vanguard", "Wavelength"};
constexpr const char* kCores[] = {
    "Quantum", "Neural", "Silicon", "Photon", "Cloud", "Data", "Logic", "Fusion", "Vision", "Signal",
    "Compute", "Robotics", "Genomics", "Orbit", "Vertex", "Cortex", "Axon", "Flux", "Ion", "Pulse"};
constexpr const char* kTails[] = {
    "Labs", "AI", "Systems", "Technologies", "Networks", "Semiconductor", "Dynamics", "Software",
    "Robotics", "Analytics", "Inc.", "Corp.", "Ltd", "GmbH", "Group", "Holdings", "Energy", "Bio"};
constexpr const char* kSyllables[] = {"ra", "vo", "xi", "ne", "tu", "ka", "lo", "mi", "zen", "qua", "dor", "fy"};
constexpr const char* kFundTails[] = {"Capital", "Ventures", "Partners", "Investments", "Growth", "Fund"};
// Organizations the built-in gazetteer knows, so that known-name paths run too.
constexpr const char* kKnown[] = {
    "Microsoft", "OpenAI", "Amazon", "AWS", "Google", "Alphabet", "NVIDIA", "Nvidia", "Anthropic",
    "Meta", "Oracle", "AMD", "Intel", "SoftBank", "xAI", "CoreWeave", "Broadcom", "Apple", "IBM", "Mistral AI"};
constexpr const char* kOutlets[] = {"Reuters", "Bloomberg", "CNBC", "the Financial Times", "The Information",
                                    "The Wall Street Journal", "TechCrunch", "Axios", "the Nikkei"};
constexpr const char* kDays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};
constexpr const char* kMonths[] = {"January", "February", "March", "April", "May", "June", "July",
                                   "August", "September", "October", "November", "December"};
constexpr const char* kProducts[] = {"chatbot", "inference chip", "data platform", "robot arm", "coding assistant",
                                     "satellite modem", "battery pack", "analytics suite", "search engine", "GPU server"};
constexpr const char* kCities[] = {"San Francisco", "London", "Paris", "Berlin", "Tokyo", "Toronto", "Austin",
                                   "Seoul", "Singapore", "Tel Aviv"};
constexpr const char* kDescriptions[] = {"the AI startup", "the chipmaker", "the cloud provider", "the company",
                                         "the software maker", "the robotics firm"};

// Money: currency sign and scale word spelled in every form the extractor reads.
struct Currency {
  const char* sign;
  bool suffix_ok;  // "$38bn" style
};
constexpr Currency kCurrencies[] = {{"$", true}, {"$", true}, {"$", true}, {"€", true}, {"£", true},
                                    {"¥", false}, {"US$", true}, {"C$", true}};
constexpr const char* kDealTitles[] = {"invests in", "to buy", "backs", "partners with", "eyes"};
constexpr const char* kFillerTitles[] = {"posts results", "launches product", "expands hiring", "shares climb"};
constexpr const char* kQualifiers[] = {"up to ", "more than ", "about ", "at least ", "nearly ", "roughly ",
                                       "as much as ", "over ", "less than "};

// Concatenates the pieces in order (a braced list is evaluated left to right).
std::string Cat(std::initializer_list<std::string_view> parts) {
  size_t n = 0;
  for (std::string_view p : parts) n += p.size();
  std::string out;
  out.reserve(n);
  for (std::string_view p : parts) out += p;
  return out;
}

}  // namespace

CorpusGenerator::CorpusGenerator(uint64_t seed) : state_(seed * 0x9E3779B97F4A7C15ull + 1), seed_(seed) {
  // A fixed list of names independent of the seed: the seed picks among them.
  for (const char* h : kHeads) {
    for (const char* c : kCores) {
      orgs_.push_back(std::string(h) + " " + c);
      for (const char* t : kTails) {
        // Keep about one in six three-part names so the list stays ~5,000 long.
        if ((std::string_view(h).size() + std::string_view(c).size() + std::string_view(t).size()) % 6 == 0) {
          orgs_.push_back(std::string(h) + " " + c + " " + t);
        }
      }
    }
    for (const char* s : kSyllables) orgs_.push_back(std::string(h) + s);  // "Aetherra", "Bluevo"
  }
  for (const char* h : kHeads) {
    for (const char* t : kFundTails) funds_.push_back(std::string(h) + " " + t);
  }
}

uint64_t CorpusGenerator::NextU64() {  // splitmix64
  uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

uint32_t CorpusGenerator::Below(uint32_t n) {
  return static_cast<uint32_t>(((NextU64() >> 32) * n) >> 32);  // Lemire's multiply-shift
}

bool CorpusGenerator::Chance(uint32_t percent) { return Below(100) < percent; }

std::string CorpusGenerator::Org() {
  if (Chance(15)) return Pick(kKnown);
  return orgs_[Below(static_cast<uint32_t>(orgs_.size()))];
}

std::string CorpusGenerator::Fund() { return funds_[Below(static_cast<uint32_t>(funds_.size()))]; }

std::string CorpusGenerator::Money() {
  // One PRNG call per statement: the order of evaluation inside one
  // expression is unspecified, and compilers differ.
  const Currency& c = Pick(kCurrencies);
  uint32_t shape = Below(4);
  uint32_t x = Below(99);
  uint32_t y = Below(9);
  uint32_t form = Below(7);
  std::string num;
  if (shape == 0) {
    num = std::to_string(1 + x);
  } else if (shape == 1) {
    num = std::to_string(1 + x % 20) + "." + std::to_string(1 + y);
  } else if (shape == 2) {
    num = std::to_string((1 + y) * 100 + (x % 10) * 10);
  } else {
    num = std::to_string(1 + y);
  }
  std::string sign = c.sign;
  if (!c.suffix_ok) return sign + num + (form % 2 ? " trillion" : " billion");
  switch (form) {
    case 0: return sign + num + " billion";
    case 1: return sign + num + " million";
    case 2: return sign + num + "bn";
    case 3: return sign + num + "m";
    case 4: return sign + num + " trillion";
    case 5: return sign + std::to_string(1 + x) + " billion to " + sign + std::to_string(6 + x) + " billion";
    default: return sign + num + "B";
  }
}

std::string CorpusGenerator::QualifiedMoney() {
  if (Chance(40)) {
    std::string q = Pick(kQualifiers);
    return q + Money();
  }
  return Money();
}

std::string CorpusGenerator::When() {
  switch (Below(4)) {
    case 0: return Cat({"on ", Pick(kDays)});
    case 1: return Cat({"in ", Pick(kMonths), " ", std::to_string(2019 + Below(7))});
    case 2: return "last week";
    default: return "";
  }
}

std::string CorpusGenerator::Attribution() {
  switch (Below(5)) {
    case 0: return Cat({", according to ", Pick(kOutlets)});
    case 1: return Cat({", people familiar with the matter told ", Pick(kOutlets)});
    case 2: return Cat({", ", Pick(kOutlets), " reported"});
    default: return "";
  }
}

// One sentence stating a deal between `a` (paying side) and `b`. Cat's braced
// list evaluates its elements left to right, so the bytes do not depend on
// the compiler.
std::string CorpusGenerator::DealSentence(const std::string& a, const std::string& b) {
  std::string when = When();
  std::string w = when.empty() ? "" : " " + when;
  std::string att = Attribution();
  switch (Below(16)) {
    case 0: return Cat({a, " said", w, " it would invest ", QualifiedMoney(), " in ", b, att, "."});
    case 1: return Cat({a, " has invested ", QualifiedMoney(), " in ", b, ", the companies said."});
    case 2: return Cat({a, " agreed to acquire ", b, " for ", QualifiedMoney(), att, "."});
    case 3: return Cat({a, " completed its ", Money(), " acquisition of ", b, w, "."});
    case 4: return Cat({b, " raised ", Money(), " in a funding round led by ", Fund(), ", with participation from ",
                        Fund(), ", ", Fund(), " and ", a, "."});
    case 5: return Cat({b, ", a ", std::string_view(Pick(kDescriptions)).substr(4), " based in ", Pick(kCities),
                        ", closed a ", Money(), " Series ", std::string(1, static_cast<char>('A' + Below(5))),
                        " round backed by ", Fund(), " and ", a, "."});
    case 6: return Cat({a, " signed a ", QualifiedMoney(), " deal to buy cloud computing capacity from ", b, att, "."});
    case 7: return Cat({a, " will spend ", QualifiedMoney(), " on ", b, " chips over five years", att, "."});
    case 8: return Cat({a, " agreed to purchase ", Money(), " of GPUs from ", b, w, "."});
    case 9: return Cat({a, " and ", b, " announced a strategic partnership", w, " to build data centers in ",
                        Pick(kCities), "."});
    case 10: return Cat({a, " is in talks to invest ", QualifiedMoney(), " in ", b, att, "."});
    case 11: return Cat({a, " could acquire ", b, " in a deal valued at ", Money(), ", analysts said."});
    case 12: return Cat({a, " called off its planned ", Money(), " takeover of ", b, w, "."});
    case 13: return Cat({a, " plans to take a stake in ", b, " worth ", QualifiedMoney(), att, "."});
    case 14: return Cat({"The investment by ", a, " values ", b, " at ", Money(), ", up from ", Money(),
                         " a year earlier."});
    default: return Cat({a, " is weighing a bid for ", b, " that may exceed ", Money(), att, "."});
  }
}

// A sentence with organizations, numbers and money but no deal.
std::string CorpusGenerator::FillerSentence(const std::string& a) {
  switch (Below(10)) {
    case 0: return Cat({a, " reported quarterly revenue of ", Money(), ", up ", std::to_string(2 + Below(60)),
                        " percent from a year earlier."});
    case 1: {
      std::string product = Pick(kProducts);
      std::string when = When();
      return Cat({a, " unveiled a new ", product, when.empty() ? "" : " ", when, ", priced at $",
                  std::to_string(99 + Below(900)), "."});
    }
    case 2: return Cat({"Shares of ", a, " rose ", std::to_string(1 + Below(15)), ".", std::to_string(Below(10)),
                        "% in early trading."});
    case 3: return Cat({"The company expects capital spending of ", QualifiedMoney(), " this year."});
    case 4: return Cat({a, " employs about ", std::to_string(200 + Below(20000)), " people in ", Pick(kCities), "."});
    case 5: return Cat({"Analysts at ", Fund(), " said demand for the ", Pick(kProducts),
                        " remained strong despite supply constraints."});
    case 6: return Cat({"\u201cWe are building for the long term,\u201d said the chief executive of ", a, "."});
    case 7: return Cat({a, " declined to comment."});
    case 8: return Cat({"Its net income fell to ", Money(), " as operating costs climbed."});
    default: return Cat({"The market for ", Pick(kProducts), "s is expected to reach ", Money(), " by ",
                         std::to_string(2027 + Below(8)), "."});
  }
}

GeneratedArticle CorpusGenerator::Next() {
  GeneratedArticle art;
  art.id = "gen-" + std::to_string(seed_) + "-" + std::to_string(++count_);
  uint32_t year = 2019 + Below(7);
  uint32_t month = 1 + Below(12);
  uint32_t day = 1 + Below(28);
  char date[32];
  std::snprintf(date, sizeof date, "%04u-%02u-%02u", year, month, day);
  art.published = date;
  art.outlet = Pick(kOutlets);
  std::string a = Org();
  std::string b = Org();
  while (b == a) b = Org();
  bool deals = Chance(66);
  art.title = deals ? Cat({a, " ", Pick(kDealTitles), " ", b}) : Cat({a, " ", Pick(kFillerTitles)});
  art.text = art.title + "\n";
  uint32_t paragraphs = 2 + Below(10);
  for (uint32_t p = 0; p < paragraphs; ++p) {
    uint32_t sentences = 1 + Below(5);
    for (uint32_t s = 0; s < sentences; ++s) {
      if (s) art.text += ' ';
      if (deals && ((p == 0 && s == 0) || Chance(18))) {
        if (Chance(70)) {
          art.text += DealSentence(a, b);
        } else {
          std::string x = Org();
          std::string y = Org();
          art.text += DealSentence(x, y);
        }
      } else {
        std::string x = Chance(50) ? a : Org();
        art.text += FillerSentence(x);
      }
    }
    art.text += '\n';
  }
  return art;
}

std::string ArticleToJsonl(const GeneratedArticle& a) {
  auto esc = [](std::string_view s) {
    std::string o;
    o.reserve(s.size() + 8);
    for (char c : s) {
      if (c == '"' || c == '\\') {
        o += '\\';
        o += c;
      } else if (c == '\n') {
        o += "\\n";
      } else {
        o += c;  // templates hold no other control characters
      }
    }
    return o;
  };
  return "{\"id\":\"" + esc(a.id) + "\",\"title\":\"" + esc(a.title) + "\",\"published\":\"" + a.published +
         "\",\"outlet\":\"" + esc(a.outlet) + "\",\"text\":\"" + esc(a.text) + "\"}";
}

size_t GenerateCorpus(uint64_t seed, uint64_t bytes, CorpusFormat format, std::string* out) {
  CorpusGenerator gen(seed);
  size_t n = 0;
  for (;;) {
    GeneratedArticle a = gen.Next();
    std::string rec = format == CorpusFormat::kJsonl ? ArticleToJsonl(a) + "\n" : a.text + "\n";
    if (n > 0 && out->size() + rec.size() > bytes) break;
    *out += rec;
    ++n;
  }
  return n;
}

}  // namespace dealgraph::bench
