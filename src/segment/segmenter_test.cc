// Tests of sentence and token segmentation.
#include "segment/segmenter.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace dealgraph {
namespace {

std::vector<std::string> Sentences(std::string_view text) {
  Segmentation seg = Segment(text);
  std::vector<std::string> out;
  for (const Sentence& s : seg.sentences) out.emplace_back(text.substr(s.start, s.end - s.start));
  return out;
}

std::vector<std::string> Tokens(std::string_view text) {
  Segmentation seg = Segment(text);
  std::vector<std::string> out;
  for (const Token& t : seg.tokens) out.emplace_back(TokenText(text, t));
  return out;
}

TEST(SegmenterTest, SplitsOnFullStops) {
  EXPECT_EQ(Sentences("Acme raised money. Then it spent it."),
            (std::vector<std::string>{"Acme raised money.", "Then it spent it."}));
}

TEST(SegmenterTest, AbbreviationsAndDecimalsDoNotEndSentences) {
  EXPECT_EQ(Sentences("Mr. Smith said the U.S. unit of Foo Corp. paid $1.4 billion in Jan. 2024 to Bar Inc. "
                      "The deal closed."),
            (std::vector<std::string>{
                "Mr. Smith said the U.S. unit of Foo Corp. paid $1.4 billion in Jan. 2024 to Bar Inc.",
                "The deal closed."}));
}

TEST(SegmenterTest, LineBreaksEndSentences) {
  EXPECT_EQ(Sentences("A headline without a stop\nThe body starts here."),
            (std::vector<std::string>{"A headline without a stop", "The body starts here."}));
}

TEST(SegmenterTest, QuotesStayWithTheirSentence) {
  EXPECT_EQ(Sentences("He said \"we agreed.\" Then he left."),
            (std::vector<std::string>{"He said \"we agreed.\"", "Then he left."}));
}

TEST(SegmenterTest, TokensSplitPossessivesCurrencyAndScales) {
  EXPECT_EQ(Tokens("Amazon\u2019s $38bn deal, US$1.2 billion and 13,000 GPUs"),
            (std::vector<std::string>{"Amazon", "\u2019s", "$", "38", "bn", "deal", ",", "US$", "1.2", "billion",
                                      "and", "13,000", "GPUs"}));
}

TEST(SegmenterTest, HyphensAndDottedNamesStayInOneWord) {
  EXPECT_EQ(Tokens("x.ai and Rolls-Royce, AT&T."),
            (std::vector<std::string>{"x.ai", "and", "Rolls-Royce", ",", "AT&T", "."}));
}

TEST(SegmenterTest, OffsetsPointIntoTheText) {
  std::string text = "  Nvidia\u2014the chipmaker\u2014agreed. ";
  Segmentation seg = Segment(text);
  ASSERT_EQ(seg.sentences.size(), 1u);
  EXPECT_EQ(text.substr(seg.sentences[0].start, seg.sentences[0].end - seg.sentences[0].start),
            "Nvidia\u2014the chipmaker\u2014agreed.");
  for (const Token& t : seg.tokens) EXPECT_LT(t.start, t.end);
}

TEST(SegmenterTest, CaseFlags) {
  std::string text = "AWS and Amazon and cloud";
  Segmentation seg = Segment(text);
  ASSERT_EQ(seg.tokens.size(), 5u);
  EXPECT_TRUE(seg.tokens[0].all_caps);
  EXPECT_TRUE(seg.tokens[2].capitalized);
  EXPECT_FALSE(seg.tokens[2].all_caps);
  EXPECT_FALSE(seg.tokens[4].capitalized);
}

TEST(SegmenterTest, MultibyteSpacesMarksAndCurrencies) {
  // No-break and thin spaces separate; dashes, quotes, bullets and guillemets
  // are marks; euro, pound, yen and rupee signs are currencies; accented
  // letters stay inside words.
  std::string text = "Caf\u00e9\u00A0Nordl\u00f8k\u2009paid\u202F\u20AC5bn \u00A3 \u00A5 \u20B9 "
                     "\u201Cok\u201D \u2022 \u00ABx\u00BB \u2013 \u2026";
  EXPECT_EQ(Tokens(text), (std::vector<std::string>{"Caf\u00e9", "Nordl\u00f8k", "paid", "\u20AC", "5", "bn",
                                                    "\u00A3", "\u00A5", "\u20B9", "\u201C", "ok", "\u201D",
                                                    "\u2022", "\u00AB", "x", "\u00BB", "\u2013", "\u2026"}));
  Segmentation seg = Segment(text);
  EXPECT_EQ(seg.tokens[3].kind, TokenKind::kCurrency);
  EXPECT_EQ(seg.tokens[12].kind, TokenKind::kPunct);
  EXPECT_TRUE(seg.tokens[1].space_before);
}

TEST(SegmenterTest, CaseFlagsAcrossHyphensAndCurrencyWords) {
  std::string text = "SK-HYNIX Rolls-Royce US$5 NT$ I";
  Segmentation seg = Segment(text);
  ASSERT_EQ(seg.tokens.size(), 6u);  // SK-HYNIX Rolls-Royce US$ 5 NT$ I
  EXPECT_TRUE(seg.tokens[0].all_caps);
  EXPECT_FALSE(seg.tokens[1].all_caps);
  EXPECT_TRUE(seg.tokens[1].capitalized);
  EXPECT_EQ(seg.tokens[2].kind, TokenKind::kCurrency);
  EXPECT_FALSE(seg.tokens[2].capitalized);
  EXPECT_FALSE(seg.tokens[2].all_caps);
  EXPECT_EQ(seg.tokens[4].kind, TokenKind::kCurrency);
  EXPECT_TRUE(seg.tokens[5].capitalized);
  EXPECT_FALSE(seg.tokens[5].all_caps);  // one letter is not "all caps"
}

TEST(SegmenterTest, LineBreakAmongSpacesEndsSentence) {
  EXPECT_EQ(Sentences("Acme Corp  \n \tThe body"), (std::vector<std::string>{"Acme Corp", "The body"}));
  EXPECT_EQ(Sentences("Acme Corp \u00A0 the body"), (std::vector<std::string>{"Acme Corp \u00A0 the body"}));
}

TEST(SegmenterTest, EmptyText) {
  EXPECT_TRUE(Segment("").sentences.empty());
  EXPECT_TRUE(Segment("   \n ").tokens.empty());
}

TEST(SegmenterTest, RoundLetterEndsASentence) {
  EXPECT_EQ(Segment("It closed a Series B. Two funds joined the round.").sentences.size(), 2u);
  EXPECT_EQ(Segment("Shares of J. P. Morgan rose.").sentences.size(), 1u);
}

// Words are scanned 16 bytes at a time: every length and offset around the
// block edges, each way a word can stop, and the case flags from any block.
TEST(SegmenterTest, EndsAfterMarksQuotesDottedWordsAndLineBreaks) {
  EXPECT_EQ(Sentences("It rose\u2026 Then it fell! Why? \"Because.\" (Twice.) Done"),
            (std::vector<std::string>{"It rose\u2026", "Then it fell!", "Why?", "\"Because.\"", "(Twice.)", "Done"}));
  EXPECT_EQ(Sentences("\nIt moved to the U.S. The plan worked.\nA line.\n\n\"Quoted.\"\nEnd"),
            (std::vector<std::string>{"It moved to the U.S.", "The plan worked.", "A line.", "\"Quoted.\"", "End"}));
  EXPECT_EQ(Sentences("Sold to the U.S.\nnext line"), (std::vector<std::string>{"Sold to the U.S.", "next line"}));
  EXPECT_EQ(Sentences("Wait...what? No.it is glued."), (std::vector<std::string>{"Wait...what?", "No.it is glued."}));
}

// On random texts of marks, quotes, abbreviations and line breaks, the
// sentences cover the tokens in order, every line break between two tokens
// ends a sentence, and every other end follows a mark (. ! ? …), a closing
// quote or bracket glued to one, or a word ending in a dot.
TEST(SegmenterTest, SentencesPartitionTheTokensAtMarksAndLineBreaks) {
  const std::vector<std::string> pieces = {
      "Inc.", "U.S.", "Mr.", "J.", "Series", "B.", "The", "It", "said", "Acme", ".", "!", "?", "\u2026", "\"",
      "\u201d", ")", "'", "\u2019s", "\n", "\n\n", " ", "$5", "Corp.", "However", ",", "x.ai", "Ltd.", "3.5",
      "N.V.", "But", "\u00a0", "..", "?!", ".\"", "!)"};
  uint64_t state = 12345;
  auto next = [&state] {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<uint32_t>(state >> 33);
  };
  for (int round = 0; round < 300; ++round) {
    std::string text;
    const uint32_t n = next() % 120;
    for (uint32_t i = 0; i < n; ++i) {
      text += pieces[next() % pieces.size()];
      if (next() % 10 < 6) text += ' ';
    }
    Segmentation seg = Segment(text);
    const auto& toks = seg.tokens;
    uint32_t expect_first = 0;
    for (size_t si = 0; si < seg.sentences.size(); ++si) {
      const Sentence& s = seg.sentences[si];
      ASSERT_EQ(s.first_token, expect_first) << text;
      ASSERT_LT(s.first_token, s.end_token) << text;
      EXPECT_EQ(s.start, toks[s.first_token].start);
      EXPECT_EQ(s.end, toks[s.end_token - 1].end);
      expect_first = s.end_token;
      // No line break inside a sentence.
      for (uint32_t k = s.first_token + 1; k < s.end_token; ++k) {
        std::string_view gap(text.data() + toks[k - 1].end, toks[k].start - toks[k - 1].end);
        EXPECT_EQ(gap.find('\n'), std::string_view::npos) << text;
      }
      if (s.end_token == toks.size()) continue;
      std::string_view gap(text.data() + s.end, toks[s.end_token].start - s.end);
      if (gap.find('\n') != std::string_view::npos) continue;
      uint32_t k = s.end_token - 1;
      std::string_view last = TokenText(text, toks[k]);
      while (k > s.first_token && (last == "\"" || last == "'" || last == "\u201d" || last == "\u2019" || last == ")")) {
        last = TokenText(text, toks[--k]);
      }
      EXPECT_TRUE(last == "." || last == "!" || last == "?" || last == "\u2026" ||
                  (toks[k].kind == TokenKind::kWord && last.size() >= 4 && last.back() == '.'))
          << "sentence " << si << " ends at '" << last << "' in: " << text;
    }
    EXPECT_EQ(expect_first, toks.size()) << text;
    // And the other way: "!", "?" and "…" before a space end a sentence.
    std::vector<bool> ends_after(toks.size() + 1, false);
    for (const Sentence& s : seg.sentences) ends_after[s.end_token] = true;
    for (size_t k = 0; k + 1 < toks.size(); ++k) {
      std::string_view t = TokenText(text, toks[k]);
      if ((t == "!" || t == "?" || t == "\u2026") && toks[k + 1].space_before) {
        EXPECT_TRUE(ends_after[k + 1]) << "no end after token " << k << " in: " << text;
      }
    }
  }
}

TEST(SegmenterTest, LongWordsAtEveryOffset) {
  for (size_t pad = 0; pad < 18; ++pad) {
    for (size_t len = 1; len <= 40; ++len) {
      for (int stop = 0; stop < 5; ++stop) {
        std::string word;
        for (size_t i = 0; i < len; ++i) word += static_cast<char>('A' + i % 26);
        if (stop == 4) word[len - 1] = 'z';  // one lower-case letter, at the end
        if (len > 2 && stop == 3) word[len / 2] = '7';
        const char* tails[] = {"", " next", ", next", "-on next", " next"};
        std::string text = std::string(pad, ' ') + word + tails[stop];
        SCOPED_TRACE(text);
        Segmentation seg = Segment(text);
        ASSERT_FALSE(seg.tokens.empty());
        std::string expected = stop == 3 ? word + "-on" : word;
        EXPECT_EQ(TokenText(text, seg.tokens[0]), expected);
        EXPECT_EQ(seg.tokens[0].kind, TokenKind::kWord);
        EXPECT_EQ(seg.tokens[0].capitalized, !(len == 1 && stop == 4));
        // "-on" and the final "z" are lower case.
        EXPECT_EQ(seg.tokens[0].all_caps, stop != 3 && stop != 4 && len >= 2);
        if (stop == 2) {
          EXPECT_EQ(TokenText(text, seg.tokens[1]), ",");
        }
      }
    }
  }
  std::string accented = "Soci\u00e9t\u00e9G\u00e9n\u00e9raleXYZabcdefghij done";
  EXPECT_EQ(Tokens(accented), (std::vector<std::string>{"Soci\u00e9t\u00e9G\u00e9n\u00e9raleXYZabcdefghij", "done"}));
  EXPECT_EQ(Tokens("ABCDEFGHIJKLMNOPQRSTUVWXYZ\u2019s"), (std::vector<std::string>{"ABCDEFGHIJKLMNOPQRSTUVWXYZ", "\u2019s"}));
}

// Every word of the abbreviation, corporate-suffix and opener lists (which a
// filter on first byte and length guards) still counts, in any case the
// lists give; near misses do not.
TEST(SegmenterTest, EveryListedAbbreviationAndOpener) {
  for (std::string_view w : {"mr", "mrs", "ms", "dr", "prof", "st", "sr", "jr", "vs", "etc", "e.g", "i.e", "no", "nos",
                             "approx", "est", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
                             "nov", "dec", "u.s", "u.k", "u.n", "e.u", "fig", "gen", "gov", "sen", "rep", "dept",
                             "Mr", "DEPT", "Sept"}) {
    std::string text = "See the " + std::string(w) + ". Next one.";
    EXPECT_EQ(Segment(text).sentences.size(), 1u) << text;
  }
  for (std::string_view w : {"mrx", "deptx", "ap", "j"}) {
    std::string text = "See the " + std::string(w) + ". Next one.";
    EXPECT_EQ(Segment(text).sentences.size(), 2u) << text;
  }
  for (std::string_view opener : {"The", "It", "Its", "This", "That", "These", "Those", "They", "He", "She", "We",
                                  "In", "On", "At", "As", "But", "And", "However", "Meanwhile", "A", "An",
                                  "According", "Shares", "Last", "Earlier", "Separately", "Also", "Under", "With",
                                  "For"}) {
    for (std::string_view suffix : {"Inc", "corp", "Co", "Ltd", "LLC", "plc", "Bros", "Cos", "L.P", "N.V"}) {
      std::string text = "Acme " + std::string(suffix) + ". " + std::string(opener) + " rose.";
      EXPECT_EQ(Segment(text).sentences.size(), 2u) << text;
    }
  }
  for (std::string_view other : {"the", "Tho", "Acme", "Fore", "Wit", "Meanwhiles"}) {
    std::string text = "Acme Inc. " + std::string(other) + " rose.";
    EXPECT_EQ(Segment(text).sentences.size(), 1u) << text;
  }
}

TEST(SegmenterTest, CapitalizedByEveryLeadByte) {
  // A word opening with each ASCII letter or multi-byte lead (a valid
  // sequence after it) is capitalized for ASCII capitals and the two-byte
  // leads from U+00C0 on, as the plain test of the lead byte says.
  int checked = 0;
  for (int lead = 0x41; lead < 0xF5; ++lead) {
    std::string word(1, static_cast<char>(lead));
    if (lead >= 0xC2) word += "\xA9";
    if (lead >= 0xE0) word += "\xA9";
    if (lead >= 0xF0) word += "\xA9";
    if (lead >= 0x80 && lead < 0xC2) continue;  // no lead byte
    const std::string text = "x " + word + "bc y";
    Segmentation seg = Segment(text);
    ASSERT_GE(seg.tokens.size(), 2u) << lead;
    const Token& t = seg.tokens[1];
    if (t.kind != TokenKind::kWord || t.start != 2) continue;  // a mark, a digit or a currency
    const bool plain = (lead >= 'A' && lead <= 'Z') || (lead >= 0xC3 && lead < 0xE0);
    EXPECT_EQ(t.capitalized, plain) << lead;
    ++checked;
  }
  EXPECT_EQ(checked, 103);  // 52 ASCII letters and 51 lead bytes
}

TEST(SegmenterTest, ScratchReusedBetweenTexts) {
  // The tokenizer's marks are per-thread scratch: a text segments the same
  // before and after a longer one, and after the scratch of a very long one
  // was let go.
  const std::string small = "Acme Inc. raised $5 million. The U.S. unit said so\nNext line. Done";
  std::string big;
  for (int i = 0; i < 200000; ++i) big += "A b. C d\n";
  auto dump = [](std::string_view text) {
    Segmentation seg = Segment(text);
    std::string out;
    for (const Token& t : seg.tokens) {
      out += std::to_string(t.start) + "-" + std::to_string(t.end) + static_cast<char>('0' + static_cast<int>(t.kind)) +
             (t.capitalized ? "C" : "") + (t.all_caps ? "A" : "") + (t.space_before ? "S" : "") + " ";
    }
    for (const Sentence& s : seg.sentences) {
      out += "|" + std::to_string(s.first_token) + "," + std::to_string(s.end_token) + "," + std::to_string(s.start) +
             "," + std::to_string(s.end);
    }
    return out;
  };
  const std::string first = dump(small);
  const size_t big_sentences = Segment(big).sentences.size();
  EXPECT_EQ(big_sentences, 400000u);
  EXPECT_EQ(dump(small), first);
  EXPECT_EQ(Segment(big).sentences.size(), big_sentences);
  EXPECT_EQ(dump(small), first);
  EXPECT_EQ(Sentences(small), (std::vector<std::string>{"Acme Inc. raised $5 million.", "The U.S. unit said so",
                                                         "Next line.", "Done"}));
}

TEST(SegmenterTest, WireTagEndsBeforeItsHyphen) {
  // "BRIEF-Acme Corp says": the agency's tag is a word of its own; other
  // hyphenated words, "Brief-case" among them, stay one.
  EXPECT_EQ(Tokens("BRIEF-IREN says"), (std::vector<std::string>{"BRIEF", "-", "IREN", "says"}));
  EXPECT_EQ(Tokens("CORRECTED-Acme Labs"), (std::vector<std::string>{"CORRECTED", "-", "Acme", "Labs"}));
  EXPECT_EQ(Tokens("Brief-case SPAC-backed"), (std::vector<std::string>{"Brief-case", "SPAC-backed"}));
}

TEST(SegmenterTest, DigitsGluedToACapitalizedWordAreOneName) {
  // "83North", "1Password" are capitalized words; "5G", "4K", "10bn" and
  // "2nm" still open with a number.
  EXPECT_EQ(Tokens("led by 83North and 1Password"),
            (std::vector<std::string>{"led", "by", "83North", "and", "1Password"}));
  Segmentation seg = Segment("with 83North");
  ASSERT_EQ(seg.tokens.size(), 2u);
  EXPECT_EQ(seg.tokens[1].kind, TokenKind::kWord);
  EXPECT_TRUE(seg.tokens[1].capitalized);
  for (const char* text : {"5G", "4K", "10bn", "2nm"}) {
    Segmentation s = Segment(text);
    ASSERT_FALSE(s.tokens.empty()) << text;
    EXPECT_EQ(s.tokens[0].kind, TokenKind::kNumber) << text;
  }
}

}  // namespace
}  // namespace dealgraph
