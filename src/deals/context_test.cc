// Tests of the document context's topic: MostNamed against its plain version.
#include "deals/context.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

namespace dealgraph {
namespace {

TEST(ContextTest, MostNamedAgreesWithTheMapOnRandomMentions) {
  // Random documents of 0 to 400 mentions (names, pronouns, descriptions) of
  // 1 to 60 organizations, first tokens in any order: the walk of the names
  // seen (up to 128 names) and the hash map pick the same mention.
  std::mt19937 rng(5);
  size_t topics = 0, walked = 0;
  for (int doc = 0; doc < 2000; ++doc) {
    const size_t n = rng() % (doc % 10 == 0 ? 400 : 60);
    const size_t orgs = 1 + rng() % 60;
    std::vector<Mention> mentions(n);
    size_t names = 0;
    for (Mention& m : mentions) {
      m.kind = rng() % 4 == 0 ? MentionKind::kPronoun : MentionKind::kName;
      m.canonical = "Org" + std::to_string(rng() % orgs);
      m.first_token = static_cast<uint32_t>(rng() % 1000);
      names += m.kind == MentionKind::kName;
    }
    const Mention* fast = MostNamed(mentions);
    const Mention* plain = MostNamedByMap(mentions);
    EXPECT_EQ(fast, plain) << "document " << doc;
    topics += plain != nullptr;
    walked += names <= 128;
  }
  EXPECT_GT(topics, 1000u);
  EXPECT_GT(walked, 1000u);
  EXPECT_LT(walked, 2000u);
}

TEST(ContextTest, MostNamedIsTheFirstMentionOfTheNameNamedMost) {
  auto name = [](const char* canonical, uint32_t first_token) {
    Mention m;
    m.canonical = canonical;
    m.first_token = first_token;
    return m;
  };
  std::vector<Mention> mentions = {name("B", 5), name("A", 1), name("B", 9), name("A", 12), name("C", 2)};
  EXPECT_EQ(MostNamed(mentions), &mentions[1]);  // a tie: A is named first
  mentions.push_back(name("B", 20));
  EXPECT_EQ(MostNamed(mentions), &mentions[0]);
  std::vector<Mention> once = {name("A", 1), name("B", 2)};
  EXPECT_EQ(MostNamed(once), nullptr);
}

}  // namespace
}  // namespace dealgraph
