// Money amounts: a small hand-written matcher over tokens (no regular expressions).
#include "entities/money.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <string>

#include "entities/amount_words.h"
#include "entities/currency.h"
#include "entities/word_match.h"

namespace dealgraph {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// The first bytes of the words MaybeStart asks for after a word: a scale's
// initial, "hundred", "a" ("half a"), "quarter". Most words fail here, before
// the compares.
constexpr std::array<bool, 256> kMayFollow = [] {
  std::array<bool, 256> a{};
  for (unsigned char c : std::string_view("mbtkclMBTKhaq")) a[c] = true;
  return a;
}();

// The built-in currency table, asked once per sentence: a reference kept here
// is one guard test inline instead of a call.
const CurrencyTable& Currencies() {
  static const CurrencyTable& table = CurrencyTable::BuiltIn();
  return table;
}

// Scale words in lower case (ScaleWord's table holds them in these and other
// cases), and "thirteen", the one number word the shape test below let
// through as if a scale ("hundred thirteen million").
constexpr std::string_view kScaleLikeWords[] = {"k",     "m",     "b",      "t",       "mn",      "bn",
                                                "tn",    "mm",    "mln",    "bln",     "trn",     "lakh",
                                                "lakhs", "crore", "crores", "million", "billion", "trillion",
                                                "thousand", "thirteen"};
constexpr FoldedWordList kScaleLike(kScaleLikeWords);

// Scale words and the number words that start with a scale's initial ("Twenty
// two billion": a number word may stand between a number word and its scale).
constexpr std::string_view kScaleOrNumberWords[] = {"k",     "m",      "b",       "t",        "mn",      "bn",
                                                    "tn",    "mm",     "mln",     "bln",      "trn",     "lakh",
                                                    "lakhs", "crore",  "crores",  "million",  "billion", "trillion",
                                                    "thousand", "two", "ten",     "three",    "twelve",  "thirteen",
                                                    "twenty", "thirty"};
constexpr FoldedWordList kScaleOrNumber(kScaleOrNumberWords);

class Matcher {
 public:
  // wide_filter: the looser test before each amount (MaybeStartWide), for
  // tests of the tighter one.
  Matcher(std::string_view text, const std::vector<Token>& tokens, size_t begin, size_t end, bool wide_filter = false)
      : text_(text), toks_(tokens), tok_(tokens.data()), begin_(begin), end_(end), currencies_(Currencies()),
        wide_filter_(wide_filter) {}

  // One amount (no range) starting at token i.
  struct Simple {
    size_t first = 0, last = 0;  // token span, last exclusive
    double number = 0;           // before scaling
    double scale = 1;
    bool has_scale = false;
    std::string_view iso;        // empty: no currency yet (a bare number in a range)
    bool ambiguous = false;
    bool glued_currency = false;  // "1.2-billion-baht": the scale word carries the currency
    bool plus = false;            // "$40 million-plus", "$5bn-plus": more than the amount
  };

  // "million-plus", glued "bn-plus": a scale word and "-plus" in one token.
  bool ScalePlusAt(size_t k, double* factor) const {
    if (k >= end_ || tok_[k].kind != TokenKind::kWord) return false;
    std::string_view w = Text(k);
    if (w.size() < 6 || !EqualsLower(w.substr(w.size() - 5), "-plus")) return false;
    bool glued_only;
    return ScaleWord(w.substr(0, w.size() - 5), factor, &glued_only) && (!glued_only || Glued(k));
  }

  // "billion-baht", "million-dollar": a scale and a currency word in one token.
  bool ScaleCurrencyAt(size_t k, double* factor, std::string_view* iso) const {
    if (k >= end_ || tok_[k].kind != TokenKind::kWord) return false;
    std::string_view w = Text(k);
    size_t dash = w.find('-');
    if (dash == std::string_view::npos || dash == 0 || dash + 1 >= w.size()) return false;
    bool glued_only;
    CurrencyMatch m;
    if (!ScaleWord(w.substr(0, dash), factor, &glued_only) || glued_only) return false;
    if (!currencies_.MatchWord(w.substr(dash + 1), kCurrencySuffix, &m)) return false;
    *iso = m.iso;
    return true;
  }

  // A cheap test, without hashing, that an amount may start at token i:
  // false only where AmountAt finds none, or where MaybeStartWide was false
  // (the amounts found are the same). The next word is tested against the
  // words AmountAt can read after token i: a scale ("ten billion"), a number
  // word before one ("Twenty two billion"), "hundred", "a" of "half a".
  // (After a lower-case word the next one must also start with a scale's
  // initial, as the wide test asked: most words fail that first.)
  bool MaybeStart(size_t i) const {
    const Token& t = tok_[i];
    if (t.kind == TokenKind::kNumber || t.kind == TokenKind::kCurrency) return true;
    if (t.kind != TokenKind::kWord || i + 1 >= end_) return false;
    const Token& n = tok_[i + 1];
    if (t.capitalized) {
      if (n.kind == TokenKind::kNumber || IsDigit(text_[t.end - 1]) || text_[n.start] == '.') return true;
      if (n.kind != TokenKind::kWord || !kMayFollow[static_cast<unsigned char>(text_[n.start])]) return false;
      WordView next = TokenText(text_, n);
      return (ScaleInitial(next[0]) &&
              (kScaleOrNumber.Contains(next) || next.find('-') != std::string_view::npos)) ||
             (next == "a" && EqualsLower(TokenText(text_, t), "half")) || next == "quarter" || next == "quarters";
    }
    if (n.kind != TokenKind::kWord || !kMayFollow[static_cast<unsigned char>(text_[n.start])]) return false;
    WordView next = TokenText(text_, n);
    if ((ScaleInitial(next[0]) && kScaleLike.Contains(next)) || next == "hundred") return true;
    WordView w = TokenText(text_, t);
    return (next == "a" && EqualsLower(w, "half")) ||
           ((next == "quarter" || next == "quarters") && (w == "a" || w == "one" || w == "three"));
  }

  // The test MaybeStart replaced: a scale's initial or shape in the next word.
  bool MaybeStartWide(size_t i) const {
    const Token& t = tok_[i];
    if (t.kind == TokenKind::kNumber || t.kind == TokenKind::kCurrency) return true;
    if (t.kind != TokenKind::kWord || i + 1 >= end_) return false;
    const Token& n = tok_[i + 1];
    if (t.capitalized) {
      return n.kind == TokenKind::kNumber || IsDigit(text_[t.end - 1]) || text_[n.start] == '.' ||
             ScaleInitial(text_[n.start]) ||
             (n.kind == TokenKind::kWord && TokenText(text_, n) == "a" && EqualsLower(TokenText(text_, t), "half")) ||
             (n.kind == TokenKind::kWord && (TokenText(text_, n) == "quarter" || TokenText(text_, n) == "quarters"));
    }
    if (n.kind != TokenKind::kWord) return false;
    std::string_view next = TokenText(text_, n);
    // ("four hundred and fifty million"; "half a billion", "a quarter of a billion")
    if (LooksLikeScale(next) || next == "hundred") return true;
    std::string_view w = TokenText(text_, t);
    return (next == "a" && EqualsLower(w, "half")) ||
           ((next == "quarter" || next == "quarters") && (w == "a" || w == "one" || w == "three"));
  }

  // Length and letter tests that reject most words before a scale lookup.
  static bool LooksLikeScale(std::string_view w) {
    if (w.empty() || !ScaleInitial(w[0])) return false;
    switch (w.size()) {
      case 1: case 2: case 3: case 4: case 5: case 6:
        return w.size() <= 2 || w[1] == 'l' || w[1] == 'r' || w[1] == 'a' || w[1] == 'i';
      case 7: case 8:
        return w[1] == 'i' || w[1] == 'r' || w[1] == 'h' || w[1] == 'I' || w[1] == 'R' || w[1] == 'H';
      default:
        return false;
    }
  }

  static constexpr bool ScaleInitial(char c) {
    switch (c) {
      case 'm': case 'b': case 't': case 'k': case 'c': case 'l': case 'M': case 'B': case 'T': case 'K':
        return true;
      default:
        return false;
    }
  }

  // The first token at or after i where an amount may start, or end_. (A
  // loop of its own that stores nothing: the members it reads stay in
  // registers, and the choice of filter is made once per call.)
  size_t NextMaybeStart(size_t i) const {
    if (wide_filter_) {
      while (i < end_ && !MaybeStartWide(i)) ++i;
    } else {
      while (i < end_ && !MaybeStart(i)) ++i;
    }
    return i;
  }

  void Run(std::vector<Entity>* out) {
    for (size_t i = begin_; (i = NextMaybeStart(i)) < end_;) {
      Simple a;
      bool bare = false;  // "2" in "between 2 and 3 billion euros"
      if (!AmountAt(i, /*allow_bare=*/false, &a, &bare) && !bare) {
        ++i;
        continue;
      }
      double low = a.number * a.scale;
      size_t last = a.last;
      std::optional<double> high;
      Simple b;
      bool between = a.first > begin_ && EqualsLower(Text(a.first - 1), "between");
      bool from = a.first > begin_ && EqualsLower(Text(a.first - 1), "from");
      if (!from && RangeAfter(a, between, &b)) {
        double range_low = a.number * (a.has_scale ? a.scale : b.scale);
        double range_high = b.number * b.scale;
        if (range_high >= range_low) {
          low = range_low;
          high = range_high;
          last = b.last;
        }
      }
      // A unit price keeps its unit in the span: "$0.33 per share", "$46.41/MWh".
      if (last + 1 < end_ && tok_[last + 1].kind == TokenKind::kWord &&
          (EqualsLower(Text(last), "per") || (Text(last) == "/" && Glued(last) && Glued(last + 1)) ||
           (Text(last) == "/" && OneOfUnits(Text(last + 1))))) {
        last += 2;
      }
      // "$25 million or more": a bound written after the amount is in its span.
      bool or_more = !high && last + 1 < end_ && EqualsLower(Text(last), "or") &&
                     (EqualsLower(Text(last + 1), "more") || EqualsLower(Text(last + 1), "higher") ||
                      EqualsLower(Text(last + 1), "greater"));
      if (or_more) last += 2;
      if (bare && !high) {
        ++i;
        continue;
      }
      if (a.iso.empty()) a.iso = b.iso;
      i = last;
      if (!(low <= kMaxMoneyValue) || (high && !(*high <= kMaxMoneyValue))) continue;
      Entity& e = out->emplace_back();  // made in place: moving an Entity moves its five strings
      e.type = EntityType::kMoney;
      e.first_token = static_cast<uint32_t>(a.first);
      e.end_token = static_cast<uint32_t>(last);
      e.start = tok_[a.first].start;
      e.end = tok_[last - 1].end;
      // ("$8.2 billion" is 8,200,000,000, not the product's 8,199,999,999.999999.)
      if (low >= 1e6) low = std::round(low);
      if (high && *high >= 1e6) high = std::round(*high);
      e.money.value = low;
      e.money.currency.assign(a.iso);
      e.money.max = high;
      e.money.qualifier = high ? Qualifier::kAtLeast : Qualifier::kExact;
      e.qualifier_start = e.start;
      size_t qual_end = between && high ? a.first - 1 : a.first;
      if (between && high) e.qualifier_start = tok_[a.first - 1].start;
      Qualifier q;
      size_t qual_first;
      bool qualified = QualifierBefore(qual_end, &q, &qual_first);
      // "at least a further $150 million", "up to another $2 billion": the
      // hedge before an additive word.
      if (!qualified && qual_end >= begin_ + 2) {
        size_t skip = 0;
        if (EqualsLower(Text(qual_end - 1), "another")) skip = 1;
        if ((EqualsLower(Text(qual_end - 1), "further") || EqualsLower(Text(qual_end - 1), "additional")) &&
            (EqualsLower(Text(qual_end - 2), "a") || EqualsLower(Text(qual_end - 2), "an"))) {
          skip = 2;
        }
        if (skip > 0) qualified = QualifierBefore(qual_end - skip, &q, &qual_first);
      }
      if (or_more && !qualified) e.money.qualifier = Qualifier::kAtLeast;
      if (a.plus && !high && !qualified) e.money.qualifier = Qualifier::kOver;
      if (qualified) {
        e.money.qualifier = q;
        e.qualifier_start = tok_[qual_first].start;
      }
    }
  }

 private:
  WordView Text(size_t k) const { return TokenText(text_, tok_[k]); }  // == a literal is inline
  // Units of a price written with a spaced slash: "$0.42 / share".
  static bool OneOfUnits(std::string_view w) {
    for (std::string_view u : {"share", "unit", "ton", "tonne", "barrel", "month", "year"}) {
      if (w == u) return true;
    }
    return false;
  }
  bool Glued(size_t k) const { return k < end_ && !tok_[k].space_before; }

  // A scale word at token k ("billion", "bn", glued "B").
  bool ScaleAt(size_t k, double* factor) const {
    if (k >= end_ || tok_[k].kind != TokenKind::kWord || !ScaleInitial(text_[tok_[k].start])) return false;
    bool glued_only;
    return ScaleWord(Text(k), factor, &glued_only) && (!glued_only || Glued(k));
  }

  // A number at token k: a number token, or digits glued to a currency code
  // ("EUR1" "." "37"). Sets *next past it; rejects a number glued to a word
  // that is not a scale ("1e400").
  bool NumberAt(size_t k, double* value, size_t* next) const {
    // "$.42": a fraction written without its zero, glued to the sign.
    if (k + 1 < end_ && Text(k) == "." && Glued(k) && Glued(k + 1) && tok_[k + 1].kind == TokenKind::kNumber) {
      std::string_view digits = Text(k + 1);
      if (digits.size() > 8 || !std::all_of(digits.begin(), digits.end(), IsDigit)) return false;
      std::string fraction = "0." + std::string(digits);
      if (!ParseAmountNumber(fraction, value)) return false;
      *next = k + 2;
      return true;
    }
    if (k >= end_ || tok_[k].kind != TokenKind::kNumber) return false;
    if (!ParseAmountNumber(Text(k), value)) return false;
    *next = k + 1;
    return true;
  }

  bool NumberWordAt(size_t k, double* value) const {
    return k < end_ && tok_[k].kind == TokenKind::kWord && NumberWord(Text(k), value);
  }

  // Number words from token k ("a", "two", "four hundred and fifty",
  // "twenty-five"): *value and *next, the token after them.
  bool NumberWordsAt(size_t k, double* value, size_t* next) const {
    // Fractions before a scale: "half a billion", "a quarter of a billion",
    // "three quarters of a million".
    auto word_is = [&](size_t j, std::string_view w) {
      return j < end_ && tok_[j].kind == TokenKind::kWord && EqualsLower(Text(j), w);
    };
    if (word_is(k, "half") && (word_is(k + 1, "a") || word_is(k + 1, "an"))) {
      *value = 0.5;
      *next = k + 2;
      return true;
    }
    for (auto [first, fraction] : {std::pair<std::string_view, double>{"a", 0.25}, {"one", 0.25}, {"three", 0.75}}) {
      if (word_is(k, first) && (word_is(k + 1, "quarter") || word_is(k + 1, "quarters")) && word_is(k + 2, "of") &&
          (word_is(k + 3, "a") || word_is(k + 3, "an"))) {
        *value = fraction;
        *next = k + 4;
        return true;
      }
    }
    double total = 0, word;
    size_t j = k;
    bool any = false;
    while (j < end_) {
      if (any && j + 1 < end_ && (Text(j) == "and" || (Text(j) == "-" && Glued(j))) && NumberWordAt(j + 1, &word)) {
        ++j;  // "hundred and fifty", "twenty-five"
        continue;
      }
      if (!NumberWordAt(j, &word)) {
        // "twenty-five" written as one word
        std::string_view w = j < end_ && tok_[j].kind == TokenKind::kWord ? Text(j) : "";
        size_t dash = w.find('-');
        double tens, units;
        if (dash == std::string_view::npos || !NumberWord(w.substr(0, dash), &tens) ||
            !NumberWord(w.substr(dash + 1), &units) || tens < 20 || units >= 10) {
          break;
        }
        word = tens + units;
      }
      if (word == 100) {
        total = (total == 0 ? 1 : total) * 100;
      } else {
        total += word;
      }
      any = true;
      ++j;
    }
    if (!any) return false;
    *value = total;
    *next = j;
    return true;
  }

  // Number, optional scale ("13-billion" too); sets a->last, scale.
  bool NumberAndScale(size_t k, Simple* a) const {
    size_t next;
    if (!NumberAt(k, &a->number, &next)) return false;
    double factor;
    if (ScaleAt(next, &factor)) {
      a->scale = factor;
      a->has_scale = true;
      ++next;
      // Indian compound scales: "1.5 lakh crore", "20 thousand crore".
      double crore;
      if (factor < 1e7 && next < end_ && ScaleAt(next, &crore) && crore == 1e7) {
        a->scale = factor * crore;
        ++next;
      }
    } else if (next + 1 < end_ && Glued(next) && Glued(next + 1) && Text(next) == "-" &&
               ScaleAt(next + 1, &factor)) {
      a->scale = factor;
      a->has_scale = true;
      next += 2;
    } else if (std::string_view iso; (ScaleCurrencyAt(next, &factor, &iso) && !Glued(next)) ||
                                     (next + 1 < end_ && Glued(next) && Glued(next + 1) && Text(next) == "-" &&
                                      ScaleCurrencyAt(next + 1, &factor, &iso))) {
      // "1.2 billion-baht", "1.2-billion-baht"
      next += Text(next) == "-" ? 2 : 1;
      a->scale = factor;
      a->has_scale = true;
      a->iso = iso;
      a->glued_currency = true;
    } else if (ScalePlusAt(next, &factor)) {
      a->scale = factor;
      a->has_scale = true;
      a->plus = true;
      ++next;
    } else if (Glued(next) && tok_[next].kind == TokenKind::kWord) {
      return false;  // "1e400", "5x", "3D"
    }
    if (next < end_ && (Text(next) == "%" || EqualsLower(Text(next), "percent"))) return false;
    a->last = next;
    return true;
  }

  // A currency code with glued digits: "EUR1" "." "37", "RMB310" "." "4",
  // "R1" "." "1" (a one-letter code only where the table marks it ambiguous,
  // so with a scale word or a large number).
  bool GluedCodeAt(size_t k, Simple* a) const {
    if (tok_[k].kind != TokenKind::kWord) return false;
    std::string_view w = Text(k);
    size_t letters = 0;
    while (letters < w.size() && !IsDigit(w[letters])) ++letters;
    if (letters == 0 || letters == w.size()) return false;
    for (size_t c = letters; c < w.size(); ++c) {
      if (!IsDigit(w[c])) return false;
    }
    CurrencyMatch m;
    if (!currencies_.MatchWord(w.substr(0, letters), kCurrencyPrefix, &m)) return false;
    size_t next = k + 1;
    size_t num_end = tok_[k].end;
    if (next + 1 < end_ && Glued(next) && Text(next) == "." && Glued(next + 1) &&
        tok_[next + 1].kind == TokenKind::kNumber) {
      num_end = tok_[next + 1].end;
      next += 2;
    }
    if (!ParseAmountNumber(text_.substr(tok_[k].start + letters, num_end - tok_[k].start - letters), &a->number)) {
      return false;
    }
    double factor;
    if (ScaleAt(next, &factor)) {
      a->scale = factor;
      a->has_scale = true;
      ++next;
    }
    // ("R1.1 billion" is rand, "R2" and "SR71" are not money.)
    if (m.ambiguous && !a->has_scale && a->number < 1000) return false;
    a->first = k;
    a->last = next;
    a->iso = m.iso;
    return true;
  }

  // An amount at token i. allow_bare: a number with no currency (the low end of
  // "$10 to $15 billion"'s partner is checked by the caller). *bare, when
  // given, is set when token i is such a number (then *a holds it whatever
  // allow_bare is).
  bool AmountAt(size_t i, bool allow_bare, Simple* a, bool* bare = nullptr) const {
    const Token& t = tok_[i];
    CurrencyMatch m;
    a->first = i;
    if (t.kind == TokenKind::kCurrency || t.kind == TokenKind::kWord) {
      // Cheap tests first: a prefix currency is followed by a number ("$5",
      // "EUR 5", "Rs. 5") or glued to digits ("EUR1"); a number word by a scale.
      bool number_next = i + 1 < end_ && (tok_[i + 1].kind == TokenKind::kNumber || Text(i + 1) == ".");
      if ((t.kind == TokenKind::kCurrency || (t.capitalized && number_next)) &&
          currencies_.MatchAt(text_, toks_, i, end_, kCurrencyPrefix, &m)) {
        if (!NumberAndScale(m.end_token, a)) return false;
        if (m.ambiguous && !a->has_scale && a->number < 1000) return false;  // "SR 71"
        a->iso = m.iso;
        SuffixCurrency(a);  // "¥1 trillion yuan"
        return true;
      }
      if (t.capitalized && IsDigit(text_[t.end - 1]) && GluedCodeAt(i, a)) return true;
      if (t.kind != TokenKind::kWord || i + 1 >= end_ || tok_[i + 1].kind != TokenKind::kWord) return false;
      double factor, n;
      size_t next;
      if (!NumberWordsAt(i, &n, &next) || !ScaleAt(next, &factor)) return false;
      // ("several hundred million dollars", "a few hundred million": a vague
      // count, no amount.)
      if (i > begin_ && EqualsLower(Text(i), "hundred") &&
          (EqualsLower(Text(i - 1), "several") || EqualsLower(Text(i - 1), "few") ||
           EqualsLower(Text(i - 1), "many"))) {
        return false;
      }
      a->number = n;
      a->scale = factor;
      a->has_scale = true;
      a->last = next + 1;
      return SuffixCurrency(a);
    }
    if (t.kind != TokenKind::kNumber) return false;
    if (i > begin_ && tok_[i - 1].kind == TokenKind::kCurrency) return false;
    if (!NumberAndScale(i, a)) return false;
    if (SuffixCurrency(a)) return true;
    if (bare) *bare = true;
    return allow_bare;
  }

  // A currency word after the amount: "billion euros", "trillion yen".
  bool SuffixCurrency(Simple* a) const {
    if (a->glued_currency) return true;
    CurrencyMatch m;
    // ("a 1.2-billion-baht investment": the currency glued by a hyphen.)
    if (a->has_scale && a->last + 1 < end_ && Text(a->last) == "-" && Glued(a->last) && Glued(a->last + 1) &&
        currencies_.MatchAt(text_, toks_, a->last + 1, end_, kCurrencySuffix, &m) && !m.ambiguous) {
      a->iso = m.iso;
      a->last = m.end_token;
      return true;
    }
    if (!currencies_.MatchAt(text_, toks_, a->last, end_, kCurrencySuffix, &m)) return false;
    if (m.ambiguous && !a->has_scale && a->number < 1000) return false;
    a->iso = m.iso;
    a->ambiguous = m.ambiguous;
    a->last = m.end_token;
    return true;
  }

  // "-", "to", "and" (after "between") followed by a second amount.
  bool RangeAfter(const Simple& a, bool between, Simple* b) const {
    size_t k = a.last;
    if (k >= end_) return false;
    std::string_view sep = Text(k);
    bool dash = sep == "-" || sep == "\u2013" || sep == "\u2014";
    bool ok = dash || (sep == "to" && !between) || (sep == "and" && between);
    if (!ok || k + 1 >= end_) return false;
    if (!AmountAt(k + 1, /*allow_bare=*/true, b)) return false;
    if (b->first != k + 1) return false;
    if (!b->iso.empty() && !a.iso.empty() && b->iso != a.iso) return false;
    if (a.iso.empty() && b->iso.empty()) return false;
    // "$10 billion to 15" lacks the upper scale: not a range.
    if (b->iso.empty() && !b->has_scale && a.has_scale) return false;
    return true;
  }

  // Qualifier words ending just before token `k`.
  bool QualifierBefore(size_t k, Qualifier* q, size_t* first) const {
    if (k <= begin_) return false;
    size_t best_len = 0;
    for (const QualifierWords* phrase : QualifiersEndingWith(Text(k - 1))) {
      const QualifierWords& p = *phrase;
      size_t n = p.words.size();
      if (n <= best_len || k < begin_ + n) continue;
      bool ok = true;
      for (size_t j = 0; j + 1 < n && ok; ++j) ok = EqualsLower(Text(k - n + j), p.words[j]);
      if (ok) {
        best_len = n;
        *q = p.qualifier;
        *first = k - n;
      }
    }
    return best_len > 0;
  }

  std::string_view text_;
  const std::vector<Token>& toks_;
  // (Its data, read per token: a load less than through the vector, which the
  // compiler must reload after stores it cannot tell apart from its fields.)
  const Token* tok_;
  size_t begin_, end_;
  const CurrencyTable& currencies_;
  bool wide_filter_;
};

// Every scale's initial passes the filter of the words after a word.
static_assert([] {
  for (int c = 0; c < 256; ++c) {
    if (Matcher::ScaleInitial(static_cast<char>(c)) && !kMayFollow[c]) return false;
  }
  return true;
}());

}  // namespace

bool ParseAmountNumber(std::string_view s, double* value) {
  if (s.empty() || s.size() > 24 || !IsDigit(s[0])) return false;
  char buf[32];
  size_t n = 0;
  // Decide the role of commas: thousands separators when every group after one has three digits.
  bool comma_decimal = false;
  size_t commas = 0;
  for (size_t k = 0; k < s.size(); ++k) {
    if (s[k] != ',') continue;
    ++commas;
    size_t digits = 0;
    for (size_t j = k + 1; j < s.size() && IsDigit(s[j]); ++j) ++digits;
    if (digits != 3) comma_decimal = true;
  }
  if (comma_decimal && (commas > 1 || s.find('.') != std::string_view::npos)) return false;
  bool dot = false;
  for (char c : s) {
    if (IsDigit(c)) {
      buf[n++] = c;
    } else if (c == '.' || (c == ',' && comma_decimal)) {
      if (dot) return false;
      dot = true;
      buf[n++] = '.';
    } else if (c != ',') {
      return false;
    }
  }
  if (!dot && n <= 15) {  // an integer below 2^53: exactly the double from_chars gives
    uint64_t whole = 0;
    for (size_t k = 0; k < n; ++k) whole = whole * 10 + static_cast<uint64_t>(buf[k] - '0');
    *value = static_cast<double>(whole);
    return true;
  }
  double v = 0;
  auto [ptr, ec] = std::from_chars(buf, buf + n, v);
  if (ec != std::errc() || ptr != buf + n || !std::isfinite(v)) return false;
  *value = v;
  return true;
}

void FindMoney(std::string_view text, const std::vector<Token>& tokens, size_t begin, size_t end,
               std::vector<Entity>* out) {
  Matcher(text, tokens, begin, std::min(end, tokens.size())).Run(out);
}

void FindMoneyWideFilter(std::string_view text, const std::vector<Token>& tokens, size_t begin, size_t end,
                         std::vector<Entity>* out) {
  Matcher(text, tokens, begin, std::min(end, tokens.size()), /*wide_filter=*/true).Run(out);
}

}  // namespace dealgraph
