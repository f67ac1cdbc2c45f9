// Closed word classes the recognizers test tokens against: months, weekdays,
// corporate cues and suffixes, person titles, places, sentence function words.
#ifndef DEALGRAPH_ENTITIES_LEXICON_H_
#define DEALGRAPH_ENTITIES_LEXICON_H_

#include <cstdint>
#include <string_view>

namespace dealgraph {

enum WordFlag : uint32_t {
  kMonthWord = 1u << 0,     // "October", "Oct", "Sept"
  kWeekdayWord = 1u << 1,   // "Monday"
  kFunctionWord = 1u << 2,  // capitalized at a sentence start but never a name: "The", "However"
  kCueWord = 1u << 3,       // makes a capitalized sequence a company: "Technologies", "Capital", "AI"
  kSuffixWord = 1u << 4,    // legal form dropped from canonical names: "Inc", "Corp", "Ltd", "LLC"
  kTitleWord = 1u << 5,     // precedes a person's name: "CEO", "Mr", "founder"
  kPlaceWord = 1u << 6,     // a country, region or city: "China", "Texas", "London"
  kDemonymWord = 1u << 7,   // "Chinese", "American", "European"
  kGenericWord = 1u << 8,   // capitalized topic words that do not name an org: "Generative", "Artificial"
  kSpeechVerb = 1u << 9,    // after a person's name: "said", "says", "told", "wrote"
  kFirmCue = 1u << 10,      // a cue naming a form of firm, enough after a place or generic word:
                            // "Idaho Power", "Boston Financial", "U.S. Bank" (not "Chinese AI")
  kAbbrevSuffix = 1u << 11, // a legal suffix written with a dot: "Inc.", "Corp.", "Co.", "Ltd."
  kLocalCountry = 1u << 12, // a country in its own language (also a place): "Italia", "Deutschland";
                            // after a company's name it names the company's unit ("Vodafone Italia")
};

// Flags of `word` (exact bytes; lists hold the usual capitalizations). Thread-safe.
uint32_t WordFlags(std::string_view word);

// True for a product's model number or a rule's number after a name ("GE
// 400", "Boeing 737", "Rule 144"): two to five digits, not a year.
bool IsModelNumber(std::string_view word);

// 1..12 for a month name or abbreviation ("March", "Mar", "Sept"), else 0.
int MonthNumber(std::string_view word);

}  // namespace dealgraph

#endif  // DEALGRAPH_ENTITIES_LEXICON_H_
