// Tests of the Lexicon's two-word triggers: PhraseTrigger against a plain walk
// of the phrase list, for every pair of words the list holds.
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

}  // namespace
}  // namespace dealgraph
