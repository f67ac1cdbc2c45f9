// Sentence and token segmentation: one pass over the bytes, no regular expressions.
#include "segment/segmenter.h"

#include <array>
#include <cstdint>
#include <string>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "segment/word_list.h"

namespace dealgraph {
namespace {

bool IsAsciiAlpha(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }
bool IsUpper(unsigned char c) { return c >= 'A' && c <= 'Z'; }

// Byte classes of the ASCII range (bytes >= 0x80 are kHigh and decoded).
enum ByteClass : uint8_t { kOther = 0, kUpperByte = 1, kLowerByte = 2, kDigitByte = 4, kSpaceByte = 8, kHigh = 16 };
constexpr uint8_t kLetter = kUpperByte | kLowerByte;
constexpr uint8_t kAlnum = kLetter | kDigitByte;

constexpr std::array<uint8_t, 256> kByteClass = [] {
  std::array<uint8_t, 256> t{};
  for (int c = 'a'; c <= 'z'; ++c) t[c] = kLowerByte;
  for (int c = 'A'; c <= 'Z'; ++c) t[c] = kUpperByte;
  for (int c = '0'; c <= '9'; ++c) t[c] = kDigitByte;
  for (char c : {' ', '\t', '\r', '\n', '\f', '\v'}) t[static_cast<unsigned char>(c)] = kSpaceByte;
  for (int c = 0x80; c < 256; ++c) t[c] = kHigh;
  return t;
}();

// Lead bytes of a capitalized word: ASCII capitals, and the leads of
// two-byte letters from U+00C0 on (rough for accented capitals).
constexpr std::array<bool, 256> kCapitalLead = [] {
  std::array<bool, 256> t{};
  for (int c = 'A'; c <= 'Z'; ++c) t[c] = true;
  for (int c = 0xC3; c < 0xE0; ++c) t[c] = true;
  return t;
}();

// Length of the UTF-8 sequence starting with lead byte c (1 for invalid leads).
inline size_t Utf8Len(unsigned char c) {
  if (c < 0x80) return 1;
  if ((c >> 5) == 0x6) return 2;
  if ((c >> 4) == 0xE) return 3;
  if ((c >> 3) == 0x1E) return 4;
  return 1;
}

// Multi-byte characters that act as punctuation or currency, not letters.
enum class Special : uint8_t { kNone, kPunct, kApostrophe, kCurrency, kSpace };

// The class of the `len`-byte sequence at p: U+2018..U+201F quotes, U+2013/2014
// dashes, U+2026 ellipsis, U+00A0 nbsp, U+20AC euro, U+00A3 pound, U+00A5 yen,
// U+20B9 rupee, U+20A9 won, U+20AA shekel, U+2022 bullet, U+00AB/BB guillemets, U+00B7, U+2012, U+2015,
// and the spaces U+2002, U+2003, U+2009, U+202F.
inline Special ClassifyMultibyte(const unsigned char* p, size_t len) {
  if (len == 2) {
    if (p[0] != 0xC2) return Special::kNone;
    switch (p[1]) {
      case 0xA0: return Special::kSpace;
      case 0xA3: case 0xA5: return Special::kCurrency;
      case 0xAB: case 0xBB: case 0xB7: return Special::kPunct;
      default: return Special::kNone;
    }
  }
  if (len != 3 || p[0] != 0xE2) return Special::kNone;
  if (p[1] == 0x82) {  // € ₹ ₩ ₪ ₱ ₦ ₫
    return p[2] == 0xAC || p[2] == 0xB9 || p[2] == 0xA9 || p[2] == 0xAA || p[2] == 0xB1 || p[2] == 0xA6 ||
                   p[2] == 0xAB
               ? Special::kCurrency
               : Special::kNone;
  }
  if (p[1] != 0x80) return Special::kNone;
  switch (p[2]) {
    case 0x98: case 0x99: return Special::kApostrophe;
    case 0x82: case 0x83: case 0x89: case 0xAF: return Special::kSpace;
    case 0x9C: case 0x9D: case 0x93: case 0x94: case 0xA6: case 0xA2: case 0x92: case 0x95: return Special::kPunct;
    default: return Special::kNone;
  }
}

struct CharInfo {
  size_t len;
  Special special;
};

inline CharInfo Char(std::string_view text, size_t i) {
  unsigned char c = text[i];
  size_t len = Utf8Len(c);
  if (i + len > text.size()) len = 1;
  if (len == 1) return {1, Special::kNone};
  return {len, ClassifyMultibyte(reinterpret_cast<const unsigned char*>(text.data()) + i, len)};
}

inline bool IsWordByte(std::string_view text, size_t i) {
  unsigned char c = text[i];
  if (c < 0x80) return kByteClass[c] & kAlnum;
  return Char(text, i).special == Special::kNone;
}

// Words whose trailing dot never ends a sentence.
constexpr WordList<39> kAbbreviations(std::array<std::string_view, 39>{
    "mr", "mrs", "ms", "dr", "prof", "st", "sr", "jr", "vs", "etc", "e.g", "i.e", "no", "nos", "approx", "est",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n",
    "e.u", "fig", "gen", "gov", "sen", "rep", "dept", "rs"});
// Corporate suffixes: their dot ends a sentence only before a typical sentence opener.
constexpr WordList<10> kCorporate(std::array<std::string_view, 10>{"inc", "corp", "co", "ltd", "llc", "plc", "bros",
                                                                   "cos", "l.p", "n.v"});
constexpr WordList<30> kOpeners(std::array<std::string_view, 30>{
    "The", "It", "Its", "This", "That", "These", "Those", "They", "He", "She", "We", "In", "On", "At", "As",
    "But", "And", "However", "Meanwhile", "A", "An", "According", "Shares", "Last", "Earlier", "Separately",
    "Also", "Under", "With", "For"});

// The longest word of the two lists above whose words DotEndsSentence looks up.
constexpr size_t kLongestListed = 6;
template <size_t N>
constexpr size_t LongestWord(const WordList<N>& list) {
  size_t longest = 0;
  for (std::string_view w : list.words()) longest = w.size() > longest ? w.size() : longest;
  return longest;
}
static_assert(LongestWord(kAbbreviations) <= kLongestListed && LongestWord(kCorporate) <= kLongestListed);

// True when `word` is `lower` with any ASCII letters in upper case.
bool EqualsLower(std::string_view word, std::string_view lower) {
  if (word.size() != lower.size()) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    char c = word[i] >= 'A' && word[i] <= 'Z' ? static_cast<char>(word[i] + 32) : word[i];
    if (c != lower[i]) return false;
  }
  return true;
}

class Tokenizer {
 public:
  explicit Tokenizer(std::string_view text)
      : text_(text), p_(reinterpret_cast<const unsigned char*>(text.data())), n_(text.size()) {}

  // Tokens of the text; *newline_before gets the indices of the tokens a line
  // break precedes, and *may_end the tokens after which a sentence may end
  // (a line break follows, or the token is . ! ? … or a word ending in a dot
  // such as "U.S."), both in increasing order without repeats.
  std::vector<Token> Run(std::vector<uint32_t>* newline_before, std::vector<uint32_t>* may_end) {
    std::vector<Token> out;
    // (News text has about one token per 5.2 bytes; room for one per 4, so
    // that few documents regrow the vector, which copies every token.)
    out.reserve(n_ / 4 + 1);
    newline_before->clear();
    may_end->clear();
    const unsigned char* p = p_;
    const size_t n = n_;
    size_t i = 0;
    bool space = true;
    uint8_t newline = 0;
    uint32_t index = 0;         // of the next token
    size_t prev_word_end = n + 1;  // end of the previous token when it is a word
    while (i < n) {
      unsigned char c = p[i];
      uint8_t cls = kByteClass[c];
      if (cls & kSpaceByte) {
        space = true;
        newline |= c == '\n';
        ++i;
        continue;
      }
      // A multi-byte character is decoded (and a wide space skipped) only
      // off the ASCII path, which tests the byte's class alone.
      CharInfo ch{1, Special::kNone};
      if (cls == kHigh) [[unlikely]] {
        ch = Char(text_, i);
        if (ch.special == Special::kSpace) {
          space = true;
          i += ch.len;
          continue;
        }
      }
      // The token is written in place (its fields straight to memory).
      Token& t = out.emplace_back();
      t.start = static_cast<uint32_t>(i);
      t.space_before = space;
      space = false;
      size_t end = i + ch.len;
      // Whether the sentence may end after this token (. ! ? …, or a word
      // ending in a dot such as "U.S."), and its end when it is a word: set
      // by each kind of token below.
      bool may_end_here = false;
      size_t word_end = n + 1;
      // Words first, the commonest case: a letter or a character that is no mark
      // (digits, "$", currencies and apostrophes are none of these).
      if ((cls & kLetter) || (cls == kHigh && ch.special == Special::kNone)) {
        uint8_t seen = kLowerByte;
        // A word that opens with a lower-case letter is no all-caps word: its
        // scan need not look for lower-case letters.
        end = cls & kLowerByte ? ScanWord<false>(i, &seen) : ScanWord<true>(i, &seen);
        t.kind = TokenKind::kWord;
        t.capitalized = kCapitalLead[c];
        t.all_caps = !(seen & kLowerByte) && HasTwoLetters(i, end);
        may_end_here = end - i >= 4 && p[end - 1] == '.';
        word_end = end;
        // Currency prefixes written as words: US$, C$, A$, HK$, S$, NZ$, NT$, R$, MX$.
        if (end - i <= 2 && end < n && p[end] == '$') {
          std::string_view w = text_.substr(i, end - i);
          if (w == "US" || w == "C" || w == "A" || w == "HK" || w == "S" || w == "NZ" || w == "NT" ||
              w == "R" || w == "MX") {
            end += 1;
            t.kind = TokenKind::kCurrency;
            t.capitalized = t.all_caps = false;
            may_end_here = false;
            word_end = n + 1;
          }
        }
      } else if (cls & kDigitByte) {
        end = ScanNumber(i);
        t.kind = TokenKind::kNumber;
        // "83North", "1Password" (and "21VIANET" in capitals): digits glued to a
        // capitalized word are one name ("5G", "4K", "10bn", "2nm", "500MWh" stay numbers).
        if (end + 3 < n && p[end] >= 'A' && p[end] <= 'Z' && DigitsOnly(i, end) &&
            ((p[end + 1] >= 'a' && p[end + 1] <= 'z' && p[end + 2] >= 'a' && p[end + 2] <= 'z') ||
             UpperRun(end) >= 5)) {
          uint8_t seen = kLowerByte;
          end = ScanWord<false>(end, &seen);
          t.kind = TokenKind::kWord;
          t.capitalized = true;
          word_end = end;
        }
      } else if (c == '$' || ch.special == Special::kCurrency) {
        t.kind = TokenKind::kCurrency;
      } else if ((c == '\'' || ch.special == Special::kApostrophe) && prev_word_end == i && i + ch.len < n &&
                 (p[i + ch.len] | 0x20) == 's' && (i + ch.len + 1 >= n || !IsWordByte(text_, i + ch.len + 1))) {
        end = i + ch.len + 1;
        t.kind = TokenKind::kPossessive;
      } else if ((c == '\'' || (ch.special == Special::kApostrophe && p[i + 2] == 0x99)) && prev_word_end == i &&
                 i > 0 && p[i - 1] == 's' && i + ch.len + 1 < n && p[i + ch.len] == ' ' &&
                 ((kByteClass[p[i + ch.len + 1]] & (kLetter | kDigitByte)) || p[i + ch.len + 1] == '$' ||
                  Char(text_, i + ch.len + 1).special == Special::kCurrency)) {
        // The bare apostrophe of a name ending in "s": "Siemens' takeover",
        // "GlobalWafers' €4.35 billion bid".
        t.kind = TokenKind::kPossessive;
      } else {
        t.kind = TokenKind::kPunct;
        may_end_here = c == '.' || c == '!' || c == '?' ||
                       (end - i == 3 && c == 0xE2 && p[i + 1] == 0x80 && p[i + 2] == 0xA6);
      }
      t.end = static_cast<uint32_t>(end);
      if (newline) {
        newline_before->push_back(index);
        if (index > 0 && (may_end->empty() || may_end->back() != index - 1)) may_end->push_back(index - 1);
        newline = 0;
      }
      if (may_end_here) may_end->push_back(index);
      prev_word_end = word_end;
      ++index;
      // A single space after a token, the commonest case, is taken here
      // instead of by another round of the loop.
      if (end < n && p[end] == ' ') {
        space = true;
        ++end;
      }
      i = end;
    }
    return out;
  }

 private:
  // Digits with inner "." or "," followed by a digit: "1.4", "13,000". Letters
  // glued after digits stay a separate token ("38bn").
  size_t UpperRun(size_t i) const {
    size_t j = i;
    while (j < n_ && p_[j] >= 'A' && p_[j] <= 'Z') ++j;
    return j - i;
  }

  bool DigitsOnly(size_t i, size_t end) const {
    for (size_t j = i; j < end; ++j) {
      if (!IsDigit(p_[j])) return false;
    }
    return true;
  }

  size_t ScanNumber(size_t i) const {
    const unsigned char* p = p_;
    const size_t n = n_;
    size_t j = i;
    while (j < n) {
      unsigned char c = p[j];
      if (IsDigit(c)) {
        ++j;
      } else if ((c == '.' || c == ',') && j + 1 < n && IsDigit(p[j + 1])) {
        ++j;
      } else {
        break;
      }
    }
    return j;
  }

  // True when bytes [i, end) of a word hold two or more ASCII letters (asked
  // only for words without a lower-case letter, so the word loop need not count).
  bool HasTwoLetters(size_t i, size_t end) const {
    int count = 0;
    for (size_t k = i; k < end && count < 2; ++k) count += (kByteClass[p_[k]] & kLetter) != 0;
    return count >= 2;
  }

  // Letters and digits with inner hyphens, ampersands in all-caps names (AT&T),
  // dots between letters ("U.S.", "x.ai") and apostrophes not forming "'s".
  // With kFindLower, sets kLowerByte in *seen when the word holds an ASCII
  // lower-case letter (also one hidden in invalid UTF-8); the other bits of
  // *seen are not kept exactly (only kLowerByte is read). Without, *seen is
  // left alone.
  template <bool kFindLower>
  size_t ScanWord(size_t i, uint8_t* seen) const {
    const unsigned char* p = p_;
    const size_t n = n_;
    size_t j = i;
    uint8_t classes = 0;
    while (j < n) {
      if (j + 16 <= n) {
        // Most of a word is ASCII letters: take them 16 bytes at a time, and
        // leave the byte that stops the run to the checks below.
        size_t run = AsciiAlnumRun<kFindLower>(p + j, &classes);
        j += run;
        if (run == 16) continue;
      }
      unsigned char c = p[j];
      uint8_t cls = kByteClass[c];
      if (cls & kAlnum) {
        classes |= cls;
        ++j;
        continue;
      }
      if (cls & kSpaceByte) break;  // the commonest end of a word
      if (c >= 0x80) {
        CharInfo ch = Char(text_, j);
        if (ch.special == Special::kNone) {
          // Invalid UTF-8 may hide ASCII letters inside a sequence.
          for (size_t k = j + 1; k < j + ch.len; ++k) classes |= kByteClass[p[k]] & kLetter;
          j += ch.len;
          continue;
        }
      }
      // Only "-", "&" and "." may continue a word; any other byte ends it.
      if (c != '-' && c != '&' && c != '.') break;
      bool next_word = j + 1 < n && IsWordByte(text_, j + 1);
      // ("BRIEF-IREN Ltd says ...": a wire service's tag glued to the name.)
      if (c == '-' && IsWireTag(std::string_view(reinterpret_cast<const char*>(p + i), j - i))) break;
      if ((c == '-' || c == '&') && next_word && j > i) {
        ++j;
        continue;
      }
      if (c == '.' && next_word && IsAsciiAlpha(p[j + 1]) && j > i && IsAsciiAlpha(p[j - 1])) {
        ++j;
        continue;
      }
      // "U.S." keeps its final dot when the word is a dotted initialism.
      if (c == '.' && j - i >= 3 && p[j - 2] == '.' && IsUpper(p[j - 1])) {
        ++j;
        break;
      }
      break;
    }
    if (kFindLower) *seen = classes;
    return j;
  }

  // The number of ASCII letters and digits that open the 16 bytes at p (16
  // when all are); with kFindLower, ORs kLowerByte into *classes when a
  // lower-case letter is among them. Reads p[0..15].
  template <bool kFindLower>
  static size_t AsciiAlnumRun(const unsigned char* p, uint8_t* classes) {
#if defined(__SSE2__)
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    // Byte x lies in [lo, lo + len) when x + (0x80 - lo), as a signed byte, is below -128 + len.
    auto in_range = [](__m128i x, char lo, char len) {
      const __m128i shifted = _mm_add_epi8(x, _mm_set1_epi8(static_cast<char>(0x80 - lo)));
      return _mm_cmplt_epi8(shifted, _mm_set1_epi8(static_cast<char>(-128 + len)));
    };
    const unsigned upper = static_cast<unsigned>(_mm_movemask_epi8(in_range(v, 'A', 26)));
    const unsigned lower = static_cast<unsigned>(_mm_movemask_epi8(in_range(v, 'a', 26)));
    const unsigned digit = static_cast<unsigned>(_mm_movemask_epi8(in_range(v, '0', 10)));
    const unsigned alnum = upper | lower | digit;
    const size_t run = static_cast<size_t>(__builtin_ctz(~alnum | 0x10000u));
    const unsigned in_run = (1u << run) - 1;
    if (kFindLower && (lower & in_run)) *classes |= kLowerByte;
    return run;
#else
    size_t run = 0;
    while (run < 16 && (kByteClass[p[run]] & kAlnum)) *classes |= kByteClass[p[run++]];
    return run;
#endif
  }

  std::string_view text_;
  const unsigned char* p_;
  size_t n_;
};

bool IsClosingQuote(std::string_view tok) {
  return tok == "\"" || tok == "'" || tok == "\u201D" || tok == "\u2019" || tok == ")";
}

// Decides whether the "." token at `k` ends a sentence.
bool DotEndsSentence(std::string_view text, const std::vector<Token>& toks, size_t k) {
  size_t n = k + 1;  // skip closing quotes glued to the dot
  while (n < toks.size() && !toks[n].space_before && IsClosingQuote(TokenText(text, toks[n]))) ++n;
  if (n >= toks.size()) return true;
  const Token& next = toks[n];
  if (!next.space_before) return false;  // "1.4" is one token already; "a.b" glued
  if (k == 0) return true;
  const Token& prev = toks[k - 1];
  if (prev.end != toks[k].start || prev.kind != TokenKind::kWord) return true;
  // Lower-case copy of a short word (a longer one is in neither list and is
  // not copied).
  char buf[kLongestListed];
  std::string_view word = TokenText(text, prev);
  std::string_view lower;
  if (word.size() <= kLongestListed) {
    for (size_t i = 0; i < word.size(); ++i) buf[i] = word[i] >= 'A' && word[i] <= 'Z' ? static_cast<char>(word[i] + 32) : word[i];
    lower = std::string_view(buf, word.size());
  }
  if (kAbbreviations.Contains(lower)) return false;
  // A single capital letter: an initial ("J. P. Morgan"), unless it names a
  // round or a share class ("raised $50 million in a Series B. The round ...").
  if (prev.end - prev.start == 1 && IsUpper(text[prev.start])) {
    if (k >= 2 && toks[k - 2].kind == TokenKind::kWord) {
      std::string_view before = TokenText(text, toks[k - 2]);
      if (EqualsLower(before, "series") || EqualsLower(before, "class")) return true;
    }
    return false;
  }
  if (kCorporate.Contains(lower)) {
    return next.kind == TokenKind::kWord && kOpeners.Contains(TokenText(text, next));
  }
  return true;
}

}  // namespace

Segmentation Segment(std::string_view text) {
  Segmentation seg;
  // Scratch of this thread, reused between texts.
  thread_local std::vector<uint32_t> newline_before, may_end;
  seg.tokens = Tokenizer(text).Run(&newline_before, &may_end);
  // (A sentence ends after a marked token, or at the end of the text.)
  seg.sentences.reserve(may_end.size() + 1);
  // The next line break at or after the token asked for (asked for increasing
  // tokens); a sentinel past every token index ends the list.
  newline_before.push_back(UINT32_MAX);
  const uint32_t* next_newline = newline_before.data();
  auto newline_at = [&](size_t k) {
    while (*next_newline < k) ++next_newline;
    return *next_newline == k;
  };
  const auto& toks = seg.tokens;
  size_t first = 0;
  auto close = [&](size_t end_tok) {
    if (end_tok <= first) return;
    Sentence s;
    s.first_token = static_cast<uint32_t>(first);
    s.end_token = static_cast<uint32_t>(end_tok);
    s.start = toks[first].start;
    s.end = toks[end_tok - 1].end;
    seg.sentences.push_back(s);
    first = end_tok;
  };
  // Only the tokens the tokenizer marked can end a sentence; the others are
  // not visited. `next` skips the closing quotes a mark takes along.
  size_t next = 0;
  for (uint32_t mark : may_end) {
    const size_t k = mark;
    if (k < next) continue;
    // A line break between this token and the next closes the sentence.
    bool newline_after = k + 1 < toks.size() && newline_at(k + 1);
    std::string_view tt = TokenText(text, toks[k]);
    bool ends = false;
    if (toks[k].kind == TokenKind::kPunct) {  // . ! ? or …
      ends = tt != "." || DotEndsSentence(text, toks, k);
      // Take closing quotes and brackets glued to the mark along.
      size_t j = k;
      while (ends && j + 1 < toks.size() && !toks[j + 1].space_before &&
             IsClosingQuote(TokenText(text, toks[j + 1]))) {
        ++j;
      }
      if (ends) {
        // Only a following space, line break or end of text makes it a boundary.
        if (j + 1 < toks.size() && !toks[j + 1].space_before) ends = false;
      }
      if (ends) {
        close(j + 1);
        next = j + 1;
        continue;
      }
    } else if (toks[k].kind == TokenKind::kWord && tt.size() >= 4 && tt.back() == '.' && k + 1 < toks.size() &&
               toks[k + 1].space_before) {
      // "U.S." at the end of a sentence keeps its dot inside the word; treat it
      // as an end only before a typical opener.
      ends = kOpeners.Contains(TokenText(text, toks[k + 1]));
    }
    if (ends || newline_after) close(k + 1);
    next = k + 1;
  }
  close(toks.size());
  // (The scratch of a very long text is not kept for the thread's life.)
  if (may_end.capacity() > (1u << 20) || newline_before.capacity() > (1u << 20)) {
    std::vector<uint32_t>().swap(may_end);
    std::vector<uint32_t>().swap(newline_before);
  }
  return seg;
}

}  // namespace dealgraph
