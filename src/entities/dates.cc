// Dates: month names, day numbers and years combined by a few fixed patterns.
#include "entities/dates.h"

#include <array>

#include "common/zero_padded.h"
#include "entities/lexicon.h"
#include "entities/token_flags.h"
#include "entities/word_match.h"

namespace dealgraph {
namespace {

// Value of a token made of 1..4 digits, or -1.
int SmallNumber(std::string_view s) {
  if (s.empty() || s.size() > 4) return -1;
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return -1;
    v = v * 10 + (c - '0');
  }
  return v;
}

// Words before a year or a month that make it a date: "in 2023", "since March".
constexpr std::string_view kPrepositionWords[] = {
    "in",   "on",   "since", "by",      "during",     "until",    "till",     "through",  "from",
    "before", "after", "early", "late", "mid",        "of",       "last",     "next",     "this",
    "between", "and", "to",   "end",    "throughout", "starting", "beginning"};
constexpr FoldedWordList kPrepositions(kPrepositionWords);

// The first bytes of the words a relative date starts with, in either case:
// "last", "next", "this", "today", "tomorrow", "earlier", "yesterday".
constexpr std::array<bool, 256> kRelativeInitial = [] {
  std::array<bool, 256> t{};
  for (char c : {'l', 'n', 't', 'e', 'y'}) t[static_cast<unsigned char>(c)] = t[static_cast<unsigned char>(c - 32)] = true;
  return t;
}();
static_assert([] {
  for (int c = 0; c < 256; ++c) {
    int lower = c >= 'A' && c <= 'Z' ? c + 32 : c;
    bool listed = lower == 'l' || lower == 'n' || lower == 't' || lower == 'e' || lower == 'y';
    if (kRelativeInitial[c] != listed) return false;
  }
  return true;
}());

class DateMatcher {
 public:
  DateMatcher(std::string_view text, const std::vector<Token>& tokens, size_t begin, size_t end)
      : text_(text), toks_(tokens), tok_(tokens.data()), begin_(begin), end_(end) {}

  void Run(std::vector<Entity>* out) {
    std::string iso;  // every match sets it
    for (size_t i = begin_; i < end_;) {
      size_t next = i;
      if (Match(i, &next, &iso)) {
        Entity& e = out->emplace_back();  // made in place: moving an Entity moves its five strings
        e.type = EntityType::kDate;
        e.first_token = static_cast<uint32_t>(i);
        e.end_token = static_cast<uint32_t>(next);
        e.start = tok_[i].start;
        e.end = tok_[next - 1].end;
        e.qualifier_start = e.start;
        e.iso = std::move(iso);
        i = next;
      } else {
        ++i;
      }
    }
  }

 private:
  WordView Text(size_t k) const { return TokenText(text_, tok_[k]); }  // == a literal is inline
  bool Glued(size_t k) const { return k < end_ && !tok_[k].space_before; }
  bool IsNumber(size_t k) const { return k < end_ && tok_[k].kind == TokenKind::kNumber; }

  int Year(size_t k) const {
    if (!IsNumber(k) || tok_[k].end - tok_[k].start != 4) return -1;
    int y = SmallNumber(Text(k));
    return y >= 1900 && y <= 2100 ? y : -1;
  }
  int Day(size_t k) const {
    if (!IsNumber(k)) return -1;
    int d = SmallNumber(Text(k));
    return d >= 1 && d <= 31 ? d : -1;
  }
  int Month(size_t k) const {
    if (k >= end_ || tok_[k].kind != TokenKind::kWord || !tok_[k].capitalized) return 0;
    switch (text_[tok_[k].start]) {  // month names start with one of these
      case 'J': case 'F': case 'M': case 'A': case 'S': case 'O': case 'N': case 'D':
        break;
      default:
        return 0;
    }
    // (Every month name has kMonthWord: the flags, kept per document and asked
    // of these words by the later passes anyway, reject the others.)
    if (!(WordFlagsAt(text_, toks_, k) & kMonthWord)) return 0;
    return MonthNumber(Text(k));
  }
  // Skips an ordinal suffix glued to a day ("28th") and a dot after an abbreviation ("Oct.").
  size_t SkipOrdinal(size_t k) const {
    if (k < end_ && Glued(k) && tok_[k].kind == TokenKind::kWord) {
      std::string_view w = Text(k);
      if (w == "st" || w == "nd" || w == "rd" || w == "th") return k + 1;
    }
    return k;
  }
  bool PrepositionBefore(size_t k) const {
    if (k <= begin_) return false;
    return kPrepositions.Contains(Text(k - 1));
  }

  // "2025-10-28", "2025-10", "2025", "--10-28" or "" (the bytes of
  // "%04d-%02d-%02d" and its shorter forms, written without snprintf; the
  // callers' months are 0..12, their days and years positive or 0).
  static std::string Iso(int y, int m, int d) {
    std::string out;
    if (y > 0 && d > 0) {
      AppendZeroPadded(y, 4, &out);
      out.push_back('-');
      AppendZeroPadded(m, 2, &out);
      out.push_back('-');
      AppendZeroPadded(d, 2, &out);
    } else if (y > 0 && m > 0) {
      AppendZeroPadded(y, 4, &out);
      out.push_back('-');
      AppendZeroPadded(m, 2, &out);
    } else if (y > 0) {
      AppendZeroPadded(y, 4, &out);
    } else if (m > 0 && d > 0) {
      out = "--";
      AppendZeroPadded(m, 2, &out);
      out.push_back('-');
      AppendZeroPadded(d, 2, &out);
    }
    return out;
  }

  bool Match(size_t i, size_t* next, std::string* iso) const {
    const Token& t = tok_[i];
    if (t.kind == TokenKind::kWord) {
      size_t len = t.end - t.start;
      if (t.capitalized && len >= 3 && len <= 9) {
        if (int m = Month(i)) return MonthFirst(i, m, next, iso);
        if (len >= 6 && Text(i).substr(len - 3) == "day" && (WordFlags(Text(i)) & kWeekdayWord)) {
          *next = i + 1;
          iso->clear();
          return true;
        }
      }
      if (!kRelativeInitial[static_cast<unsigned char>(text_[t.start])]) return false;
      if (len < 4 || len > 9) return false;  // "last" ... "yesterday": not "the", "to"
      return Relative(i, next, iso);
    }
    if (t.kind != TokenKind::kNumber) return false;
    // 2025-10-28
    if (int y = Year(i); y > 0 && i + 4 < end_ && Glued(i + 1) && Text(i + 1) == "-" && Glued(i + 2) &&
                         Glued(i + 3) && Text(i + 3) == "-" && Glued(i + 4)) {
      int m = SmallNumber(Text(i + 2)), d = SmallNumber(Text(i + 4));
      if (m >= 1 && m <= 12 && d >= 1 && d <= 31 && Text(i + 2).size() == 2 && Text(i + 4).size() == 2) {
        *next = i + 5;
        *iso = Iso(y, m, d);
        return true;
      }
    }
    // 28 October 2025
    if (int d = Day(i); d > 0) {
      size_t k = SkipOrdinal(i + 1);
      if (int m = Month(k)) {
        ++k;
        if (k < end_ && Glued(k) && Text(k) == ".") ++k;
        int y = Year(k);
        *next = y > 0 ? k + 1 : k;
        *iso = Iso(y, m, d);
        return true;
      }
    }
    // in 2023
    if (int y = Year(i); y > 0 && PrepositionBefore(i) && !(i + 1 < end_ && Glued(i + 1))) {
      *next = i + 1;
      *iso = Iso(y, 0, 0);
      return true;
    }
    return false;
  }

  bool MonthFirst(size_t i, int m, size_t* next, std::string* iso) const {
    size_t k = i + 1;
    if (k < end_ && Glued(k) && Text(k) == ".") ++k;
    if (int d = Day(k); d > 0 && !(k + 1 < end_ && Glued(k + 1) && tok_[k + 1].kind == TokenKind::kNumber)) {
      size_t after_day = SkipOrdinal(k + 1);
      size_t y_at = after_day < end_ && Text(after_day) == "," ? after_day + 1 : after_day;
      int y = Year(y_at);
      *next = y > 0 ? y_at + 1 : after_day;
      *iso = Iso(y, m, d);
      return true;
    }
    if (int y = Year(k); y > 0) {
      *next = k + 1;
      *iso = Iso(y, m, 0);
      return true;
    }
    // A month alone only after a preposition ("in March"); "May" is too often a verb.
    if (PrepositionBefore(i) && Text(i) != "May") {
      *next = i + 1;
      iso->clear();
      return true;
    }
    return false;
  }

  bool Relative(size_t i, size_t* next, std::string* iso) const {
    std::string_view w = Text(i);
    iso->clear();
    if (EqualsLower(w, "yesterday") || EqualsLower(w, "today") || EqualsLower(w, "tomorrow")) {
      *next = i + 1;
      return true;
    }
    bool lead = EqualsLower(w, "last") || EqualsLower(w, "next") || EqualsLower(w, "this") ||
                EqualsLower(w, "earlier") || EqualsLower(w, "later");
    if (!lead || i + 1 >= end_) return false;
    size_t k = i + 1;
    if ((EqualsLower(w, "earlier") || EqualsLower(w, "later")) && k < end_ && EqualsLower(Text(k), "this")) ++k;
    if (k >= end_) return false;
    std::string_view u = Text(k);
    // (Views made at compile time: a braced list of literals was a list of
    // pointers, each measured with strlen at every call.)
    static constexpr std::string_view kUnits[] = {"week",   "month",  "year", "quarter", "weekend",
                                                  "summer", "spring", "fall", "autumn",  "winter"};
    for (std::string_view unit : kUnits) {
      if (EqualsLower(u, unit)) {
        *next = k + 1;
        return true;
      }
    }
    return false;
  }

  std::string_view text_;
  const std::vector<Token>& toks_;
  // (Its data, read per token: a load less than through the vector, which the
  // compiler must reload after stores it cannot tell apart from its fields.)
  const Token* tok_;
  size_t begin_, end_;
};

}  // namespace

void FindDates(std::string_view text, const std::vector<Token>& tokens, size_t begin, size_t end,
               std::vector<Entity>* out) {
  DateMatcher(text, tokens, begin, end < tokens.size() ? end : tokens.size()).Run(out);
}

}  // namespace dealgraph
