// Tests of the Lexicon: two-word triggers (PhraseTrigger against a plain walk
// of the phrase list, for every pair of words the list holds) and the word
// entries (Word) against the trigger table, the cue phrases and clause words.
#include "deals/lexicon.h"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace dealgraph {
namespace {

struct Phrase {
  std::string_view before, word;
  Frame frame;
  Form form;
};

// The list as src/deals/lexicon.cc holds it.
const std::vector<Phrase>& Phrases() {
  static const std::vector<Phrase> kPhrases = {
      {"take", "over", Frame::kAcquire, Form::kBase},      {"takes", "over", Frame::kAcquire, Form::kPresent},
      {"took", "over", Frame::kAcquire, Form::kPast},      {"taken", "over", Frame::kAcquire, Form::kPast},
      {"taking", "over", Frame::kAcquire, Form::kIng},     {"pick", "up", Frame::kAcquire, Form::kBase},
      {"snap", "up", Frame::kAcquire, Form::kBase},        {"picked", "up", Frame::kAcquire, Form::kPast},
      {"snapped", "up", Frame::kAcquire, Form::kPast},     {"work", "together", Frame::kPartner, Form::kBase},
      {"team", "together", Frame::kPartner, Form::kBase},  {"worked", "together", Frame::kPartner, Form::kPast},
      {"teamed", "together", Frame::kPartner, Form::kPast}, {"works", "together", Frame::kPartner, Form::kPast},
      {"capital", "increase", Frame::kRound, Form::kNoun}, {"taken", "private", Frame::kAcquire, Form::kPast},
      {"joint", "venture", Frame::kPartner, Form::kNoun},  {"working", "with", Frame::kPartner, Form::kIng},
      {"works", "with", Frame::kPartner, Form::kPresent},  {"worked", "with", Frame::kPartner, Form::kPast},
      {"pull", "in", Frame::kRaise, Form::kBase},          {"pulls", "in", Frame::kRaise, Form::kPresent},
      {"pulled", "in", Frame::kRaise, Form::kPast},        {"pulling", "in", Frame::kRaise, Form::kIng},
      {"brought", "in", Frame::kRaise, Form::kPast},       {"hauled", "in", Frame::kRaise, Form::kPast},
      {"reeled", "in", Frame::kRaise, Form::kPast},        {"took", "in", Frame::kRaise, Form::kPast},
      {"work", "with", Frame::kPartner, Form::kBase},       {"jointly", "develop", Frame::kPartner, Form::kBase},
      {"jointly", "developed", Frame::kPartner, Form::kPast}, {"jointly", "build", Frame::kPartner, Form::kBase},
      {"agreed", "with", Frame::kPartner, Form::kPast},
  };
  return kPhrases;
}

TEST(LexiconTest, PhraseTriggerMatchesAWalkOfThePhrases) {
  std::set<std::string> words = {"", "i", "in", "inn", "with", "wit", "over", "up", "the", "a", "Took", "IN"};
  for (const Phrase& p : Phrases()) {
    words.insert(std::string(p.before));
    words.insert(std::string(p.word));
  }
  int found = 0;
  for (const std::string& before : words) {
    for (const std::string& word : words) {
      const Phrase* expect = nullptr;
      for (const Phrase& p : Phrases()) {
        if (p.before == before && p.word == word) expect = &p;
      }
      const TriggerWord* t = Lexicon::PhraseTrigger(before, word);
      ASSERT_EQ(t != nullptr, expect != nullptr) << "'" << before << "' '" << word << "'";
      if (t == nullptr) continue;
      ++found;
      EXPECT_EQ(t->frame, expect->frame) << before << " " << word;
      EXPECT_EQ(t->form, expect->form) << before << " " << word;
    }
  }
  EXPECT_EQ(found, static_cast<int>(Phrases().size()));
}

TEST(LexiconTest, WordEntryHoldsTriggerCuesAndClauseClasses) {
  // "and" is a clause word and (here) a trigger; "while" a clause word that
  // opens a cue phrase; "in" opens two phrases.
  Result<Lexicon> parsed = Lexicon::Parse("invest\tinvest\tbase\nand\tdeal\tnoun\ninvest\tfund\tpast\n",
                                          "in talks\ttalks\nin total\tcombined\nwhile\tspeech\n");
  ASSERT_TRUE(parsed.ok()) << parsed.status().message();
  const Lexicon& lex = parsed.value();
  const WordEntry* invest = lex.Word("invest");
  ASSERT_NE(invest, nullptr);
  EXPECT_EQ(lex.TriggerOf(*invest), lex.Trigger("invest"));
  ASSERT_NE(lex.TriggerOf(*invest), nullptr);
  EXPECT_EQ(lex.TriggerOf(*invest)->frame, Frame::kInvest);  // the first row of a word counts
  EXPECT_EQ(invest->cues, WordEntry::kNone);
  EXPECT_EQ(invest->classes, 0u);
  const WordEntry* and_word = lex.Word("and");
  ASSERT_NE(and_word, nullptr);
  EXPECT_EQ(and_word->classes, uint32_t{kAnd});
  ASSERT_NE(lex.TriggerOf(*and_word), nullptr);
  EXPECT_EQ(lex.TriggerOf(*and_word)->frame, Frame::kDeal);
  const WordEntry* while_word = lex.Word("while");
  ASSERT_NE(while_word, nullptr);
  EXPECT_EQ(while_word->classes, uint32_t{kSubordinator | kContrast});
  EXPECT_EQ(lex.TriggerOf(*while_word), nullptr);
  EXPECT_NE(while_word->cues, WordEntry::kNone);
  const WordEntry* the = lex.Word("the");
  ASSERT_NE(the, nullptr);
  EXPECT_EQ(the->classes, uint32_t{kAppositionOpener});
  EXPECT_EQ(the->cues, WordEntry::kNone);
  EXPECT_EQ(lex.Word(","), lex.Word(","));
  ASSERT_NE(lex.Word(","), nullptr);
  EXPECT_EQ(lex.Word(",")->classes, uint32_t{kComma | kCommaLike | kCommaOrDash});
  EXPECT_EQ(lex.Word("'s")->classes, uint32_t{kPossessiveS});
  EXPECT_EQ(lex.Word("investment"), nullptr);
  EXPECT_EQ(lex.Word("weather"), nullptr);  // no trigger, cue phrase, clause class or reading
  ASSERT_NE(lex.Word("talks"), nullptr);     // a reading word (TalksAboutGoods), no phrase start
  EXPECT_TRUE(lex.Word("talks")->opens_reading);
  EXPECT_EQ(lex.Word(""), nullptr);

  std::vector<CueHit> hits;
  auto collect = [&](const CueHit& h) { hits.push_back(h); };
  std::vector<std::string_view> words = {"in", "total", "in", "talks", "in"};
  for (uint32_t k = 0; k < words.size(); ++k) {
    if (const WordEntry* e = lex.Word(words[k])) lex.CuesAt(words, k, *e, collect);
  }
  ASSERT_EQ(hits.size(), 2u);
  EXPECT_EQ(hits[0].kind, CueKind::kCombined);
  EXPECT_EQ(hits[0].first, 0u);
  EXPECT_EQ(hits[0].end, 2u);
  EXPECT_EQ(hits[1].kind, CueKind::kTalks);
  EXPECT_EQ(hits[1].first, 2u);
  EXPECT_EQ(hits[1].end, 4u);
}

TEST(LexiconTest, BuiltInWordEntriesAgreeWithTriggerLookups) {
  Result<Lexicon> built = Lexicon::BuiltIn();
  ASSERT_TRUE(built.ok());
  const Lexicon& lex = built.value();
  int triggers = 0;
  for (std::string_view w : {"invest", "invests", "invested", "investing", "investment", "acquire", "acquired",
                             "acquisition", "buy", "bought", "raise", "raised", "round", "deal", "partnership",
                             "merger", "the", "and", "company", "said", "in", "billion", "", "x", "stake"}) {
    const WordEntry* e = lex.Word(w);
    const TriggerWord* via_entry = e ? lex.TriggerOf(*e) : nullptr;
    EXPECT_EQ(via_entry, lex.Trigger(w)) << w;
    triggers += via_entry != nullptr;
  }
  EXPECT_GE(triggers, 10);
  // Every second word of a two-word trigger is marked, so that the deal stage
  // asks PhraseTrigger only at those words.
  for (const Phrase& p : Phrases()) {
    const WordEntry* e = lex.Word(p.word);
    ASSERT_NE(e, nullptr) << p.word;
    EXPECT_TRUE(e->phrase_end) << p.word;
  }
  for (std::string_view w : {"the", "take", "and", "invest", ","}) {
    const WordEntry* e = lex.Word(w);
    EXPECT_TRUE(e == nullptr || !e->phrase_end) << w;
  }
}

}  // namespace
}  // namespace dealgraph
