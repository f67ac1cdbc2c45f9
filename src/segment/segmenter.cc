// Sentence and token segmentation: one pass over the bytes, no regular expressions.
#include "segment/segmenter.h"

#include <array>
#include <string>

namespace dealgraph {
namespace {

bool IsAsciiAlpha(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }
bool IsUpper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
bool IsSpace(unsigned char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }

// Length of the UTF-8 sequence starting with lead byte c (1 for invalid leads).
size_t Utf8Len(unsigned char c) {
  if (c < 0x80) return 1;
  if ((c >> 5) == 0x6) return 2;
  if ((c >> 4) == 0xE) return 3;
  if ((c >> 3) == 0x1E) return 4;
  return 1;
}

// Multi-byte characters that act as punctuation or currency, not letters.
enum class Special { kNone, kPunct, kApostrophe, kCurrency, kSpace };

Special ClassifyMultibyte(std::string_view s) {
  // U+2018..U+201F quotes, U+2013/2014 dashes, U+2026 ellipsis, U+00A0 nbsp,
  // U+20AC euro, U+00A3 pound, U+00A5 yen, U+2022 bullet, U+00AB/BB guillemets.
  if (s == "\u2019" || s == "\u2018") return Special::kApostrophe;
  if (s == "\u20AC" || s == "\u00A3" || s == "\u00A5" || s == "\u20B9") return Special::kCurrency;
  if (s == "\u00A0" || s == "\u2009" || s == "\u202F" || s == "\u2002" || s == "\u2003") return Special::kSpace;
  if (s == "\u201C" || s == "\u201D" || s == "\u2013" || s == "\u2014" || s == "\u2026" || s == "\u2022" ||
      s == "\u00AB" || s == "\u00BB" || s == "\u00B7" || s == "\u2012" || s == "\u2015") {
    return Special::kPunct;
  }
  return Special::kNone;
}

struct CharInfo {
  size_t len;
  Special special;
};

CharInfo Char(std::string_view text, size_t i) {
  unsigned char c = text[i];
  size_t len = Utf8Len(c);
  if (i + len > text.size()) len = 1;
  if (len == 1) return {1, Special::kNone};
  return {len, ClassifyMultibyte(text.substr(i, len))};
}

bool IsWordByte(std::string_view text, size_t i) {
  unsigned char c = text[i];
  if (c < 0x80) return IsAsciiAlpha(c) || IsDigit(c);
  return Char(text, i).special == Special::kNone;
}

// Words whose trailing dot never ends a sentence.
constexpr std::array<std::string_view, 38> kAbbreviations = {
    "mr", "mrs", "ms", "dr", "prof", "st", "sr", "jr", "vs", "etc", "e.g", "i.e", "no", "nos", "approx", "est",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n",
    "e.u", "fig", "gen", "gov", "sen", "rep", "dept"};
// Corporate suffixes: their dot ends a sentence only before a typical sentence opener.
constexpr std::array<std::string_view, 10> kCorporate = {"inc", "corp", "co", "ltd", "llc", "plc", "bros", "cos",
                                                          "l.p", "n.v"};
constexpr std::array<std::string_view, 30> kOpeners = {
    "The", "It", "Its", "This", "That", "These", "Those", "They", "He", "She", "We", "In", "On", "At", "As",
    "But", "And", "However", "Meanwhile", "A", "An", "According", "Shares", "Last", "Earlier", "Separately",
    "Also", "Under", "With", "For"};

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return out;
}

template <size_t N>
bool Contains(const std::array<std::string_view, N>& list, std::string_view s) {
  for (std::string_view x : list) {
    if (x == s) return true;
  }
  return false;
}

class Tokenizer {
 public:
  explicit Tokenizer(std::string_view text) : text_(text) {}

  std::vector<Token> Run() {
    std::vector<Token> out;
    out.reserve(text_.size() / 5 + 1);
    size_t i = 0;
    bool space = true;
    while (i < text_.size()) {
      unsigned char c = text_[i];
      CharInfo ch = Char(text_, i);
      if (IsSpace(c) || ch.special == Special::kSpace) {
        space = true;
        i += ch.len;
        continue;
      }
      Token t;
      t.start = static_cast<uint32_t>(i);
      t.space_before = space;
      space = false;
      size_t end = i + ch.len;
      if (IsDigit(c)) {
        end = ScanNumber(i);
        t.kind = TokenKind::kNumber;
      } else if (c == '$' || ch.special == Special::kCurrency) {
        t.kind = TokenKind::kCurrency;
      } else if ((c == '\'' || ch.special == Special::kApostrophe) && !out.empty() &&
                 out.back().end == i && out.back().kind == TokenKind::kWord && i + ch.len < text_.size() &&
                 (text_[i + ch.len] == 's' || text_[i + ch.len] == 'S') &&
                 (i + ch.len + 1 >= text_.size() || !IsWordByte(text_, i + ch.len + 1))) {
        end = i + ch.len + 1;
        t.kind = TokenKind::kPossessive;
      } else if (IsWordByte(text_, i)) {
        end = ScanWord(i);
        t.kind = TokenKind::kWord;
        // Currency prefixes written as words: US$, C$, A$, HK$, S$, NZ$.
        if (end < text_.size() && text_[end] == '$') {
          std::string_view w = text_.substr(i, end - i);
          if (w == "US" || w == "C" || w == "A" || w == "HK" || w == "S" || w == "NZ" || w == "NT") {
            end += 1;
            t.kind = TokenKind::kCurrency;
          }
        }
      } else {
        t.kind = TokenKind::kPunct;
      }
      t.end = static_cast<uint32_t>(end);
      if (t.kind == TokenKind::kWord) SetCase(&t);
      out.push_back(t);
      i = end;
    }
    return out;
  }

 private:
  // Digits with inner "." or "," followed by a digit: "1.4", "13,000". Letters
  // glued after digits stay a separate token ("38bn").
  size_t ScanNumber(size_t i) const {
    size_t j = i;
    while (j < text_.size()) {
      unsigned char c = text_[j];
      if (IsDigit(c)) {
        ++j;
      } else if ((c == '.' || c == ',') && j + 1 < text_.size() && IsDigit(text_[j + 1])) {
        ++j;
      } else {
        break;
      }
    }
    return j;
  }

  // Letters and digits with inner hyphens, ampersands in all-caps names (AT&T),
  // dots between letters ("U.S.", "x.ai") and apostrophes not forming "'s".
  size_t ScanWord(size_t i) const {
    size_t j = i;
    while (j < text_.size()) {
      if (IsWordByte(text_, j)) {
        j += Char(text_, j).len;
        continue;
      }
      unsigned char c = text_[j];
      bool next_word = j + 1 < text_.size() && IsWordByte(text_, j + 1);
      if ((c == '-' || c == '&') && next_word && j > i) {
        ++j;
        continue;
      }
      if (c == '.' && next_word && j + 1 < text_.size() && IsAsciiAlpha(text_[j + 1]) && j > i &&
          IsAsciiAlpha(text_[j - 1])) {
        ++j;
        continue;
      }
      // "U.S." keeps its final dot when the word is a dotted initialism.
      if (c == '.' && j - i >= 3 && text_[j - 2] == '.' && IsUpper(text_[j - 1])) {
        ++j;
        break;
      }
      break;
    }
    return j;
  }

  void SetCase(Token* t) const {
    unsigned char c = text_[t->start];
    t->capitalized = IsUpper(c) || (c >= 0xC3 && c < 0xE0 && c != 0xC2);  // rough for accented capitals
    int letters = 0;
    bool all_upper = true;
    for (uint32_t k = t->start; k < t->end; ++k) {
      unsigned char b = text_[k];
      if (IsAsciiAlpha(b)) {
        ++letters;
        if (!IsUpper(b)) all_upper = false;
      }
    }
    t->all_caps = letters >= 2 && all_upper;
  }

  std::string_view text_;
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
  std::string lower = Lower(TokenText(text, prev));
  if (Contains(kAbbreviations, lower)) return false;
  // A single capital letter: an initial ("J. P. Morgan"), unless it names a
  // round or a share class ("raised $50 million in a Series B. The round ...").
  if (prev.end - prev.start == 1 && IsUpper(text[prev.start])) {
    if (k >= 2 && toks[k - 2].kind == TokenKind::kWord) {
      std::string before = Lower(TokenText(text, toks[k - 2]));
      if (before == "series" || before == "class") return true;
    }
    return false;
  }
  if (Contains(kCorporate, lower)) {
    return next.kind == TokenKind::kWord && Contains(kOpeners, TokenText(text, next));
  }
  return true;
}

}  // namespace

Segmentation Segment(std::string_view text) {
  Segmentation seg;
  seg.tokens = Tokenizer(text).Run();
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
  for (size_t k = 0; k < toks.size(); ++k) {
    // A line break between this token and the next closes the sentence.
    bool newline_after = false;
    if (k + 1 < toks.size()) {
      for (uint32_t b = toks[k].end; b < toks[k + 1].start; ++b) {
        if (text[b] == '\n') {
          newline_after = true;
          break;
        }
      }
    }
    std::string_view tt = TokenText(text, toks[k]);
    bool ends = false;
    if (toks[k].kind == TokenKind::kPunct && (tt == "." || tt == "!" || tt == "?" || tt == "\u2026")) {
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
        k = j;
        close(k + 1);
        continue;
      }
    } else if (toks[k].kind == TokenKind::kWord && tt.size() >= 4 && tt.back() == '.' && k + 1 < toks.size() &&
               toks[k + 1].space_before) {
      // "U.S." at the end of a sentence keeps its dot inside the word; treat it
      // as an end only before a typical opener.
      ends = Contains(kOpeners, TokenText(text, toks[k + 1]));
    }
    if (ends || newline_after) close(k + 1);
  }
  close(toks.size());
  return seg;
}

}  // namespace dealgraph
