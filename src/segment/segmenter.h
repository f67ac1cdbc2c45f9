// Sentence and token segmentation of a document's UTF-8 text, keeping byte offsets.
//
// Tokens: words (letters, digits, inner hyphens and dots as in "U.S." or
// "x.ai"), numbers ("1.4", "13,000"), currency signs ("$", "US$", "€", "£",
// "¥"), possessive suffixes ("'s", "’s") and single punctuation marks. Digits
// glued to a scale word are split: "38bn" gives "38" "bn".
// Sentences end at . ! ? (unless the dot belongs to an abbreviation such as
// "Inc.", "U.S.", "Mr.", "Jan.") and at every line break.
#ifndef DEALGRAPH_SEGMENT_SEGMENTER_H_
#define DEALGRAPH_SEGMENT_SEGMENTER_H_

#include <cassert>
#include <cstdint>
#include <string_view>
#include <vector>

#include "segment/word_view.h"

namespace dealgraph {

enum class TokenKind : uint8_t {
  kWord,        // letters (and inner digits, hyphens, dots, apostrophes)
  kNumber,      // starts with a digit: "13", "1.4", "13,000"
  kCurrency,    // "$", "US$", "€", "£", "¥", "C$", "A$", "HK$"
  kPossessive,  // "'s" or "’s" after a word
  kPunct,       // any other single mark: , . ; : ( ) " “ ” - — etc.
};

struct Token {
  uint32_t start = 0;  // byte offset into the text
  uint32_t end = 0;    // exclusive
  TokenKind kind = TokenKind::kWord;
  bool capitalized = false;  // first character is an ASCII upper-case letter (or a non-ASCII letter)
  bool all_caps = false;     // two or more letters, all upper case ("AMD", "AWS")
  bool space_before = false;  // whitespace precedes the token
};

struct Sentence {
  uint32_t start = 0;        // byte offset of the first token
  uint32_t end = 0;          // byte offset just past the last token
  uint32_t first_token = 0;  // index into Segmentation::tokens
  uint32_t end_token = 0;    // one past the last token
};

struct Segmentation {
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
};

// Splits `text` (valid UTF-8). Never fails; empty text gives no sentences.
// Texts are limited to 4 GiB by the 32-bit offsets. Thread-safe.
Segmentation Segment(std::string_view text);

// A wire service's story tag that agencies glue to the first word of a
// brief's headline with a hyphen ("BRIEF-Acme Corp says ..."): upper case
// only, so "Brief-case" stays one word. The segmenter ends a word before the
// hyphen after one; the recognizer keeps it out of the name.
// (Inline and tested by its first byte and length first: the segmenter asks
// it at every hyphen inside a word.)
inline bool IsWireTag(std::string_view w) {
  if (w.size() < 5 || w.size() > 9 || w[0] < 'A' || w[0] > 'Z') return false;
  return w == "BRIEF" || w == "UPDATE" || w == "CORRECTED" || w == "REFILE" || w == "EXCLUSIVE" ||
         w == "FACTBOX" || w == "TIMELINE" || w == "WRAPUP";
}

// The token's bytes (a string_view; == against a literal is inline). `text`
// is the segmented text or one of its length (its lower-case copy): the
// token lies inside it, so the view is made without substr's range test and
// clamp (asked about a million times per MB of text).
inline WordView TokenText(std::string_view text, const Token& t) {
  assert(t.start <= t.end && t.end <= text.size());
  return WordView(std::string_view(text.data() + t.start, t.end - t.start));
}

}  // namespace dealgraph

#endif  // DEALGRAPH_SEGMENT_SEGMENTER_H_
