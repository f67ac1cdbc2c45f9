// Tests of money amounts: forms, currencies, scales, qualifiers, ranges, limits.
#include "entities/money.h"

#include <gtest/gtest.h>

#include <charconv>
#include <cstdint>
#include <random>
#include <string>
#include <tuple>
#include <vector>

#include "entities/currency.h"

namespace dealgraph {
namespace {

std::vector<Entity> Money(std::string_view text) {
  Segmentation seg = Segment(text);
  std::vector<Entity> out;
  for (const Sentence& s : seg.sentences) FindMoney(text, seg.tokens, s.first_token, s.end_token, &out);
  return out;
}

// The single amount in `text`; fails the test when there is not exactly one.
Entity One(std::string_view text) {
  std::vector<Entity> m = Money(text);
  EXPECT_EQ(m.size(), 1u) << text;
  return m.empty() ? Entity() : m[0];
}

std::string SpanText(std::string_view text, const Entity& e) {
  return std::string(text.substr(e.start, e.end - e.start));
}

struct Case {
  const char* text;
  const char* span;
  double value;
  const char* currency;
};

TEST(MoneyTest, CommonForms) {
  const Case cases[] = {
      {"It paid $10 billion for it.", "$10 billion", 10e9, "USD"},
      {"a $38bn deal", "$38bn", 38e9, "USD"},
      {"a $38 bn deal", "$38 bn", 38e9, "USD"},
      {"raised $500m in May", "$500m", 500e6, "USD"},
      {"raised $500 million", "$500 million", 500e6, "USD"},
      {"raised US$1.2 billion", "US$1.2 billion", 1.2e9, "USD"},
      {"worth 1.4 trillion dollars", "1.4 trillion dollars", 1.4e12, "USD"},
      {"a €2.5 billion plan", "\u20AC2.5 billion", 2.5e9, "EUR"},
      {"a plan of 2.5 billion euros", "2.5 billion euros", 2.5e9, "EUR"},
      {"a £300 million stake", "\u00A3300 million", 300e6, "GBP"},
      {"a ¥1 trillion fund", "\u00A51 trillion", 1e12, "JPY"},
      {"a 1 trillion yen fund", "1 trillion yen", 1e12, "JPY"},
      {"a ¥50 billion yuan loan", "\u00A550 billion yuan", 50e9, "CNY"},
      {"a 50 billion yuan loan", "50 billion yuan", 50e9, "CNY"},
      {"a $13-billion deal", "$13-billion", 13e9, "USD"},
      {"at $1.5B valuation", "$1.5B", 1.5e9, "USD"},
      {"sold for 4.6 billion zloty", "4.6 billion zloty", 4.6e9, "PLN"},
      {"a 12 billion lira plant", "12 billion lira", 12e9, "TRY"},
      {"raised NZ$50 million", "NZ$50 million", 50e6, "NZD"},
      {"raised R1.1 billion in May", "R1.1 billion", 1.1e9, "ZAR"},
      {"a SR10 billion fund", "SR10 billion", 10e9, "SAR"},
      {"paid Dh5 billion", "Dh5 billion", 5e9, "AED"},
      {"paid $250,000 in fees", "$250,000", 250000, "USD"},
      {"lost $2.3 million", "$2.3 million", 2.3e6, "USD"},
      {"a C$4 billion deal", "C$4 billion", 4e9, "CAD"},
      {"a A$4 billion deal", "A$4 billion", 4e9, "AUD"},
      {"a HK$4 billion deal", "HK$4 billion", 4e9, "HKD"},
      {"a ₹400 crore plan", "\u20B9400 crore", 4e9, "INR"},
      {"a Rs 400 crore plan", "Rs 400 crore", 4e9, "INR"},
      {"10 billion rupees", "10 billion rupees", 10e9, "INR"},
      {"received Rs. 5 crore from", "Rs. 5 crore", 5e7, "INR"},
      {"a R$ 300 million round", "R$ 300 million", 300e6, "BRL"},
      {"a R$2 billion loan", "R$2 billion", 2e9, "BRL"},
      {"a Rs 1.5 lakh crore outlay", "Rs 1.5 lakh crore", 1.5e12, "INR"},
      {"20 thousand crore rupees", "20 thousand crore rupees", 2e11, "INR"},
      {"a MX$900 million plant", "MX$900 million", 900e6, "MXN"},
      {"bought for 1.1 billion pesos", "1.1 billion pesos", 1.1e9, "MXN"},
      {"raised four hundred and fifty million dollars from", "four hundred and fifty million dollars", 450e6, "USD"},
      {"two hundred million euros", "two hundred million euros", 200e6, "EUR"},
      {"twenty-five billion yen", "twenty-five billion yen", 25e9, "JPY"},
      {"a 40 billion Chilean pesos loan", "40 billion Chilean pesos", 40e9, "CLP"},
      {"a \u20B15 billion deal", "\u20B15 billion", 5e9, "PHP"},
      {"2 billion Swiss francs", "2 billion Swiss francs", 2e9, "CHF"},
      {"its 310 million franc purchase", "310 million franc", 310e6, "CHF"},
      {"a 420 million crown round", "420 million crown", 420e6, "SEK"},
      {"a 9 billion Danish krone deal", "9 billion Danish krone", 9e9, "DKK"},
      {"a 40 million pound order", "40 million pound", 40e6, "GBP"},
      {"a 900 million krona round", "900 million krona", 900e6, "SEK"},
      {"for 2.4 trillion dong in cash", "2.4 trillion dong", 2.4e12, "VND"},
      {"a \u20A650 billion loan", "\u20A650 billion", 50e9, "NGN"},
      {"raised KSh 3 billion", "KSh 3 billion", 3e9, "KES"},
      {"a 12 billion Kenyan shillings loan", "12 billion Kenyan shillings", 12e9, "KES"},
      {"raised 70 billion Ugandan shillings", "70 billion Ugandan shillings", 70e9, "UGX"},
      {"for 15 billion Tanzanian shillings", "15 billion Tanzanian shillings", 15e9, "TZS"},
      {"a USh 40 billion loan", "USh 40 billion", 40e9, "UGX"},
      {"25 billion CFA francs of debt", "25 billion CFA francs", 25e9, "XOF"},
      {"a 3 billion Ethiopian birr licence", "3 billion Ethiopian birr", 3e9, "ETB"},
      {"for 800 million soles", "800 million soles", 800e6, "PEN"},
      {"a 5 billion Sri Lankan rupees deal", "5 billion Sri Lankan rupees", 5e9, "LKR"},
      {"200 million Jordanian dinars", "200 million Jordanian dinars", 200e6, "JOD"},
      {"3 trillion won in chips", "3 trillion won", 3e12, "KRW"},
      {"a \u20A9300 billion round", "\u20A9300 billion", 300e9, "KRW"},
      {"an RM4.2 billion order", "RM4.2 billion", 4.2e9, "MYR"},
      {"a Rp5 trillion plant", "Rp5 trillion", 5e12, "IDR"},
      {"a \u20AA90 million round", "\u20AA90 million", 90e6, "ILS"},
      {"SAR 2 billion of bonds", "SAR 2 billion", 2e9, "SAR"},
      {"EUR 500 million", "EUR 500 million", 500e6, "EUR"},
      {"500 million USD", "500 million USD", 500e6, "USD"},
      {"a billion dollars", "a billion dollars", 1e9, "USD"},
      {"it costs $5 only", "$5", 5, "USD"},
      {"it costs $5.", "$5", 5, "USD"},
      {"sold for $98 M in total", "$98 M", 98e6, "USD"},
      {"earnings of EUR1.37 in 2024", "EUR1.37", 1.37, "EUR"},
      {"a dividend of $0.33 per share", "$0.33 per share", 0.33, "USD"},
      {"power at $46.41/MWh today", "$46.41/MWh", 46.41, "USD"},
      {"warrants exercisable at $.42 / share for cash", "$.42 / share", 0.42, "USD"},
      {"it paid $3 / month in fees", "$3 / month", 3, "USD"},
      {"it put in 1.8 billion Qatari riyals", "1.8 billion Qatari riyals", 1.8e9, "QAR"},
      {"a deal of 4 billion Saudi riyals", "4 billion Saudi riyals", 4e9, "SAR"},
      {"a QR500 million stake", "QR500 million", 500e6, "QAR"},
      {"a 2 billion UAE dirhams fund", "2 billion UAE dirhams", 2e9, "AED"},
      {"a 90 billion Hungarian forints plant", "90 billion Hungarian forints", 90e9, "HUF"},
  };
  for (const Case& c : cases) {
    Entity e = One(c.text);
    EXPECT_EQ(SpanText(c.text, e), c.span) << c.text;
    EXPECT_DOUBLE_EQ(e.money.value, c.value) << c.text;
    EXPECT_EQ(e.money.currency, c.currency) << c.text;
    EXPECT_EQ(e.money.qualifier, Qualifier::kExact) << c.text;
    EXPECT_FALSE(e.money.max.has_value()) << c.text;
    EXPECT_EQ(e.qualifier_start, e.start) << c.text;
  }
}

TEST(MoneyTest, FractionsOfAScaleInWords) {
  const std::pair<const char*, double> cases[] = {
      {"half a billion dollars", 5e8}, {"a quarter of a billion dollars", 2.5e8},
      {"three quarters of a billion euros", 7.5e8}, {"Half a million pounds", 5e5}, {"a billion dollars", 1e9}};
  for (const auto& [words, value] : cases) {
    std::string text = std::string("They raised ") + words + " last year.";
    Entity e = One(text);
    EXPECT_DOUBLE_EQ(e.money.value, value) << text;
    EXPECT_EQ(SpanText(text, e), words) << text;
  }
}

TEST(MoneyTest, ScaleAndCurrencyJoinedByHyphens) {
  const std::tuple<const char*, double, const char*> cases[] = {
      {"1.2-billion-baht", 1.2e9, "THB"}, {"1.2 billion-baht", 1.2e9, "THB"}, {"13-billion-dollar", 13e9, "USD"},
      {"5-million-euro", 5e6, "EUR"}};
  for (const auto& [words, value, iso] : cases) {
    std::string text = std::string("It announced a ") + words + " investment.";
    Entity e = One(text);
    EXPECT_DOUBLE_EQ(e.money.value, value) << text;
    EXPECT_EQ(e.money.currency, iso) << text;
    EXPECT_EQ(SpanText(text, e), words) << text;
  }
}

TEST(MoneyTest, QualifierWords) {
  const std::pair<const char*, Qualifier> cases[] = {
      {"may exceed", Qualifier::kOver},      {"could exceed", Qualifier::kOver},
      {"more than", Qualifier::kOver},       {"over", Qualifier::kOver},
      {"above", Qualifier::kOver},           {"upwards of", Qualifier::kOver},
      {"north of", Qualifier::kOver},        {"exceeding", Qualifier::kOver},
      {"could top", Qualifier::kOver},       {"topping", Qualifier::kOver},
      {"at least", Qualifier::kAtLeast},     {"a minimum of", Qualifier::kAtLeast},
      {"no less than", Qualifier::kAtLeast}, {"up to", Qualifier::kUpTo},
      {"as much as", Qualifier::kUpTo},      {"a maximum of", Qualifier::kUpTo},
      {"about", Qualifier::kAbout},          {"around", Qualifier::kAbout},
      {"roughly", Qualifier::kAbout},        {"approximately", Qualifier::kAbout},
      {"nearly", Qualifier::kAbout},         {"almost", Qualifier::kAbout},
      {"some", Qualifier::kAbout},           {"an estimated", Qualifier::kAbout},
      {"close to", Qualifier::kAbout},       {"under", Qualifier::kUnder},
      {"less than", Qualifier::kUnder},      {"below", Qualifier::kUnder},
      {"in the region of", Qualifier::kAbout}, {"in the neighbourhood of", Qualifier::kAbout},
      {"shy of", Qualifier::kUnder},
  };
  for (const auto& [words, q] : cases) {
    std::string text = std::string("The deal is worth ") + words + " $4 billion, people said.";
    Entity e = One(text);
    EXPECT_EQ(e.money.qualifier, q) << text;
    EXPECT_EQ(SpanText(text, e), "$4 billion") << text;
    EXPECT_EQ(e.qualifier_start, text.find(words)) << text;
  }
  Entity e = One("More than $2 billion was raised.");
  EXPECT_EQ(e.money.qualifier, Qualifier::kOver);
  EXPECT_EQ(e.qualifier_start, 0u);
  // A hedge before an additive word: "at least a further $150 million".
  EXPECT_EQ(One("It committed at least a further $150 million.").money.qualifier, Qualifier::kAtLeast);
  EXPECT_EQ(One("It may invest up to another $2 billion.").money.qualifier, Qualifier::kUpTo);
  EXPECT_EQ(One("It committed a further $150 million.").money.qualifier, Qualifier::kExact);
  // A bound after the amount is in its span.
  std::string after = "Each site may cost $25 million or more to build.";
  Entity more = One(after);
  EXPECT_EQ(more.money.qualifier, Qualifier::kAtLeast);
  EXPECT_EQ(SpanText(after, more), "$25 million or more");
  EXPECT_EQ(One("It may cost over $2 billion or more.").money.qualifier, Qualifier::kOver);
  // "-plus" glued to the scale: more than the amount.
  std::string plus = "It closed a $40 million-plus round.";
  Entity p = One(plus);
  EXPECT_EQ(SpanText(plus, p), "$40 million-plus");
  EXPECT_EQ(p.money.value, 40e6);
  EXPECT_EQ(p.money.qualifier, Qualifier::kOver);
  EXPECT_EQ(One("a €2bn-plus deal").money.value, 2e9);
  EXPECT_TRUE(Money("Its billion-plus users grew.").empty());
}

TEST(MoneyTest, Ranges) {
  struct RangeCase {
    const char* text;
    const char* span;
    double low, high;
    Qualifier q;
  };
  const RangeCase cases[] = {
      {"valued at $10 billion to $15 billion now", "$10 billion to $15 billion", 10e9, 15e9, Qualifier::kAtLeast},
      {"a $10-15 billion round", "$10-15 billion", 10e9, 15e9, Qualifier::kAtLeast},
      {"a $10bn-$15bn round", "$10bn-$15bn", 10e9, 15e9, Qualifier::kAtLeast},
      {"worth $10 to $15 billion", "$10 to $15 billion", 10e9, 15e9, Qualifier::kAtLeast},
      {"raising up to $5 billion to $7 billion", "$5 billion to $7 billion", 5e9, 7e9, Qualifier::kUpTo},
      {"between $5 billion and $7 billion", "$5 billion and $7 billion", 5e9, 7e9, Qualifier::kAtLeast},
      {"between 2 and 3 billion euros", "2 and 3 billion euros", 2e9, 3e9, Qualifier::kAtLeast},
  };
  for (const RangeCase& c : cases) {
    Entity e = One(c.text);
    EXPECT_EQ(SpanText(c.text, e), c.span) << c.text;
    EXPECT_DOUBLE_EQ(e.money.value, c.low) << c.text;
    ASSERT_TRUE(e.money.max.has_value()) << c.text;
    EXPECT_DOUBLE_EQ(*e.money.max, c.high) << c.text;
    EXPECT_EQ(e.money.qualifier, c.q) << c.text;
  }
  std::string between = "between $5 billion and $7 billion";
  EXPECT_EQ(One(between).qualifier_start, 0u);
  // "from X to Y" is a change between two amounts, not a range.
  EXPECT_EQ(Money("rose from $9.2 million to $9.9 million").size(), 2u);
}

TEST(MoneyTest, NotMoney) {
  for (const char* text : {"It has 5 billion users.", "Shares rose 5% to 300.", "a 20 percent stake",
                           "in 2025 the firm", "$1e400 is absurd", "$999999999999999 trillion",
                           "$99999999999999999999999999999 is too long", "he won 3 games",
                           "it weighs 300 pounds", "Samsung won the contract", "the R2 robot",
                           "an SR 71 jet", "the R5 chip"}) {
    EXPECT_TRUE(Money(text).empty()) << text;
  }
  // The limit: 1e16 is money, above is not.
  EXPECT_EQ(Money("$10,000 trillion").size(), 1u);
  EXPECT_TRUE(Money("$10,001 trillion").empty());
}

TEST(MoneyTest, SeveralAmountsInOneSentence) {
  std::string text = "Revenue rose to $4.2 billion from $3.1 billion, and it will spend £2bn.";
  std::vector<Entity> m = Money(text);
  ASSERT_EQ(m.size(), 3u);
  EXPECT_EQ(SpanText(text, m[0]), "$4.2 billion");
  EXPECT_EQ(SpanText(text, m[1]), "$3.1 billion");
  EXPECT_EQ(SpanText(text, m[2]), "\u00A32bn");
  EXPECT_EQ(m[2].money.currency, "GBP");
}

TEST(MoneyTest, ParseAmountNumber) {
  double v = 0;
  EXPECT_TRUE(ParseAmountNumber("13,000", &v));
  EXPECT_DOUBLE_EQ(v, 13000);
  EXPECT_TRUE(ParseAmountNumber("1,371.6", &v));
  EXPECT_DOUBLE_EQ(v, 1371.6);
  EXPECT_TRUE(ParseAmountNumber("2,5", &v));
  EXPECT_DOUBLE_EQ(v, 2.5);
  EXPECT_FALSE(ParseAmountNumber("1.2.3", &v));
  EXPECT_FALSE(ParseAmountNumber("", &v));
  EXPECT_FALSE(ParseAmountNumber("1234567890123456789012345", &v));
}

// Integers of up to 15 digits are read without from_chars: the same doubles.
TEST(MoneyTest, ParseAmountNumberIntegersAsFromChars) {
  uint64_t x = 7;
  for (int i = 0; i < 2000; ++i) {
    x = x * 6364136223846793005ull + 1442695040888963407ull;
    std::string digits = std::to_string(x >> (i % 64));
    digits = digits.substr(0, 1 + i % 17);
    double expected = 0, v = -1;
    std::from_chars(digits.data(), digits.data() + digits.size(), expected);
    ASSERT_TRUE(ParseAmountNumber(digits, &v)) << digits;
    EXPECT_EQ(v, expected) << digits;
  }
  double v = 0;
  EXPECT_TRUE(ParseAmountNumber("999,999,999,999,999", &v));
  EXPECT_EQ(v, 999999999999999.0);
  EXPECT_TRUE(ParseAmountNumber("9007199254740993", &v));  // 16 digits: from_chars rounds
  EXPECT_EQ(v, 9007199254740992.0);
}

TEST(MoneyTest, TheFilterFindsWhatTheWideFilterFinds) {
  // Random sentences of number words, scales in several cases, currencies,
  // qualifiers and other words, drawn by kind so that amounts are frequent:
  // FindMoney, with its test of the word after each token, finds the same
  // amounts as with the wider test it replaced.
  const std::vector<std::vector<std::string>> kinds = {
      {"a", "A", "an", "half", "Half", "quarter", "quarters", "of", "one", "One", "three", "Three", "two", "Two",
       "ten", "Ten", "twelve", "thirteen", "Thirteen", "twenty", "Twenty", "thirty", "twenty-five", "Twenty-two",
       "forty", "hundred", "and", "-"},
      {"thousand", "Thousand", "k", "K", "m", "M", "MM", "mm", "b", "B", "T", "t", "bn", "Bn", "BN", "mn", "Mn", "tn",
       "mln", "bln", "trn", "TRN", "lakh", "Lakh", "crore", "crores", "million", "Million", "MILLION", "billion",
       "Billion", "trillion", "TRILLION", "billion-baht"},
      {"$", "\u20ac", "US$", "EUR", "Rs", ".", "dollars", "euros", "yen", "baht", "pounds", "won", "EUR1", "RMB310"},
      {"5", "1.5", "2025", "300", ".", ","},
      {"to", "by", "up", "more", "than", "about", "per", "share", "or", "The", "company", "Microsoft", "tech", "made",
       "last", "trading", "be", "co", "la"}};
  std::mt19937 rng(3);
  size_t found = 0;
  for (int round = 0; round < 40000; ++round) {
    std::string text;
    // Pieces of amounts in their usual order (filler, currency, number words
    // or a number, scale, currency), each often left out or drawn from
    // another kind.
    for (int piece = 1 + static_cast<int>(rng() % 3); piece > 0; --piece) {
      for (size_t slot : {4, 2, 0, 0, 0, 3, 1, 2}) {
        if (rng() % 3 == 0) continue;
        const std::vector<std::string>& kind = kinds[rng() % 4 == 0 ? rng() % kinds.size() : slot];
        if (!text.empty() && rng() % 6 != 0) text += ' ';
        text += kind[rng() % kind.size()];
      }
    }
    Segmentation seg = Segment(text);
    std::vector<Entity> fast, wide;
    for (const Sentence& s : seg.sentences) {
      FindMoney(text, seg.tokens, s.first_token, s.end_token, &fast);
      FindMoneyWideFilter(text, seg.tokens, s.first_token, s.end_token, &wide);
    }
    ASSERT_EQ(fast.size(), wide.size()) << text;
    for (size_t i = 0; i < fast.size(); ++i) {
      ASSERT_EQ(fast[i].first_token, wide[i].first_token) << text;
      ASSERT_EQ(fast[i].end_token, wide[i].end_token) << text;
      ASSERT_EQ(fast[i].qualifier_start, wide[i].qualifier_start) << text;
      ASSERT_EQ(fast[i].money.value, wide[i].money.value) << text;
      ASSERT_EQ(fast[i].money.max, wide[i].money.max) << text;
      ASSERT_EQ(fast[i].money.currency, wide[i].money.currency) << text;
      ASSERT_EQ(fast[i].money.qualifier, wide[i].money.qualifier) << text;
    }
    found += fast.size();
  }
  EXPECT_GT(found, 5000u);
}

TEST(MoneyTest, AVagueCountOfHundredsIsNoAmount) {
  // "several hundred million dollars", "a few hundred million dollars": no figure.
  EXPECT_TRUE(Money("It put several hundred million dollars into it.").empty());
  EXPECT_TRUE(Money("It put a few hundred million dollars into it.").empty());
  EXPECT_DOUBLE_EQ(One("It put a hundred million dollars into it.").money.value, 100e6);
  EXPECT_DOUBLE_EQ(One("It put two hundred million dollars into it.").money.value, 200e6);
}

TEST(CurrencyTableTest, BuiltInParsesAndErrorsNameTheLine) {
  EXPECT_GT(CurrencyTable::BuiltIn().size(), 40u);
  Result<CurrencyTable> bad = CurrencyTable::Parse("form\tposition\tiso\tambiguous\n$\tbefore\tUSD\t\n", "c.tsv");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().code(), ErrorCode::kParseError);
  EXPECT_EQ(bad.status().where(), "c.tsv:2");
  EXPECT_FALSE(CurrencyTable::Parse("form\tposition\tiso\tambiguous\n$\tprefix\tUS\t\n", "c.tsv").ok());
  EXPECT_FALSE(CurrencyTable::Parse("$\tprefix\tUSD\t\n", "c.tsv").ok());
}

}  // namespace
}  // namespace dealgraph
