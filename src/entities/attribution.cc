// Attribution contexts around outlet names, by a few fixed word patterns.
#include "entities/attribution.h"
#include "entities/word_match.h"

namespace dealgraph {
namespace {

constexpr std::string_view kReportNouns[] = {
    "report", "reports", "story", "article", "analysis", "estimate", "estimates", "data", "figures",
    "research", "survey", "reporting", "interview", "interviews", "coverage", "newsletter", "podcast",
    "broadcast", "reporters", "journalists", "sources", "calculations", "tally", "review"};

constexpr std::string_view kReportVerbs[] = {
    "reported", "reports", "reporting", "report", "said", "says", "wrote", "writes", "learned", "cited",
    "citing", "noted", "revealed", "broke", "estimated", "estimates", "calculated", "confirmed", "added",
    "claimed", "claims", "detailed", "published", "quoted", "quoting", "first-reported"};

}  // namespace

bool InDateline(std::string_view text, const std::vector<Token>& tokens, size_t begin, size_t sentence_end,
                size_t first, size_t end) {
  auto at = [&](size_t k) { return TokenText(text, tokens[k]); };
  if (first <= begin || at(first - 1) != "(") return false;
  // The outlet's name may go on past the part recognized, in capitalized
  // words: "(Meridian Wire) -", "(Kabuto Markets Desk) -".
  size_t close = end;
  while (close < sentence_end && close < end + 3 && tokens[close].capitalized) ++close;
  return close + 1 < sentence_end && at(close) == ")" && OneOf(at(close + 1), {"-", "\u2014", "\u2013", "--"});
}

bool IsAttribution(std::string_view text, const std::vector<Token>& tokens, size_t begin, size_t sentence_end,
                   size_t first, size_t end) {
  auto at = [&](size_t k) { return TokenText(text, tokens[k]); };
  if (InDateline(text, tokens, begin, sentence_end, first, end)) return true;
  // Backwards: over articles, adjectives, report nouns and prepositions.
  size_t k = first;
  bool noun = false, prep_before_name = false;
  for (size_t steps = 0; k > begin && steps < 7; ++steps) {
    std::string_view w = at(k - 1);
    if (OneOf(w, {"a", "an", "the", "recent", "new", "earlier", "separate", "exclusive", "previous", "latest",
                  "first", "initial", "weekend", "televised", "published"})) {
    } else if (OneOf(w, kReportNouns)) {
      noun = true;
    } else if (OneOf(w, {"by", "from", "in", "on", "at", "of", "with", "to"})) {
      if (!noun) prep_before_name = true;  // "a report by X", "a report by the X"
      if (EqualsLower(w, "to") && k >= begin + 2 && EqualsLower(at(k - 2), "according")) return true;
      if (EqualsLower(w, "to") && k == first && noun == false && k >= begin + 2 &&
          OneOf(at(k - 2), {"statement", "statements", "comments", "remarks", "told", "said", "spoke", "speaking",
                            "talking", "confirmed", "disclosed"})) {
        return true;
      }
      if (EqualsLower(w, "to")) break;
    } else {
      break;
    }
    --k;
  }
  if (noun && prep_before_name) return true;  // "a report by X", "an interview with X"
  if (k > begin) {
    std::string_view w = at(k - 1);
    if (OneOf(w, {"told", "telling", "tells", "tell", "citing", "cited", "per", "via", "reported", "wrote",
                  "said", "according", "confirmed", "quoted", "quoting", "first-reported", "published"})) {
      return true;
    }
  }
  // Forwards: "X reported", "X has learned", "X, citing", "X's report".
  size_t n = end;
  if (n < sentence_end && tokens[n].kind == TokenKind::kPossessive) {
    return n + 1 < sentence_end && OneOf(at(n + 1), kReportNouns);
  }
  // ("The Nikkei business daily reported": the publication's kind between.)
  for (size_t steps = 0; n < sentence_end && steps < 4; ++steps) {
    if (!OneOf(at(n), {"has", "had", "have", "first", "earlier", "previously", "also", "exclusively", "initially",
                       "was", "recently", "later", "just", "originally", "separately", "last", "business",
                       "daily", "newspaper", "paper", "financial", "economic", "wire", "newswire"})) {
      break;
    }
    ++n;
  }
  if (n < sentence_end && OneOf(at(n), kReportVerbs)) return true;
  if (n < sentence_end && OneOf(at(n), {"news", "reporters", "reporter", "journalist"})) return true;
  if (end + 1 < sentence_end && at(end) == ",") {
    std::string_view w = at(end + 1);
    if (OneOf(w, {"citing", "quoting", "reported", "according", "which", "reporting"})) return true;
  }
  return false;
}

}  // namespace dealgraph
