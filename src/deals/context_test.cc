// Tests of the document context: its topic (MostNamed against its plain
// version) and its per-token tables, which contexts take from a per-thread pool.
#include "deals/context.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "document/text_util.h"

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

// A document as the deal stage gets it, with organizations (capitalized
// words) and amounts ("$" and what follows up to a scale word) marked by hand.
struct Doc {
  std::string text, lower;
  Segmentation seg;
  std::vector<Entity> entities;
  std::vector<Mention> mentions;

  explicit Doc(std::string t) : text(std::move(t)), lower(AsciiLower(text)), seg(Segment(text)) {
    const auto& toks = seg.tokens;
    for (uint32_t k = 0; k < toks.size(); ++k) {
      std::string_view w = TokenText(text, toks[k]);
      if (w == "$" && k + 2 < toks.size()) {
        Entity e;
        e.type = EntityType::kMoney;
        e.first_token = k;
        e.end_token = k + 3;
        e.start = e.qualifier_start = toks[k].start;
        e.end = toks[k + 2].end;
        entities.push_back(e);
      } else if (toks[k].capitalized && k > 0) {
        Mention m;
        m.first_token = k;
        m.end_token = k + 1;
        m.canonical = std::string(w);
        mentions.push_back(m);
      }
    }
  }
};

// Everything the context tells of each token and sentence, as text.
std::string Dump(const DocContext& c, const Segmentation& seg) {
  std::ostringstream out;
  for (uint32_t k = 0; k <= seg.tokens.size(); ++k) {
    out << c.MentionAt(k) << ' ' << c.MoneyAt(k) << ' ' << c.OutletAt(k);
    if (k == seg.tokens.size()) break;
    out << ' ' << std::string_view(c.W(k)) << ' ' << c.TriggerAt(k) << ' ' << c.PhraseTriggerAt(k) << ' ' << c.ClauseBegin(k)
        << ' ' << c.ClauseEnd(k) << ' ' << c.SentenceOf(k) << '\n';
  }
  for (uint32_t s = 0; s < seg.sentences.size(); ++s) {
    for (const CueHit& h : c.Cues(s)) out << "cue " << s << ' ' << static_cast<int>(h.kind) << ' ' << h.first << ' ' << h.end << '\n';
    for (uint32_t k : c.Readings(s)) out << "reading " << s << ' ' << k << '\n';
  }
  out << c.LatestYear() << ' ' << c.Topic() << '\n';
  return out.str();
}

TEST(ContextTest, PooledTablesGiveTheSameContextInAnyOrder) {
  // Contexts reuse the tables of the contexts that ended before them on the
  // thread, and several may be open at once: each document's context reads
  // the same whatever came before, however long, and whatever is still open.
  const Result<Lexicon> lexicon = Lexicon::BuiltIn();
  const Result<Gazetteer> gazetteer = Gazetteer::BuiltIn();
  ASSERT_TRUE(lexicon.ok());
  ASSERT_TRUE(gazetteer.ok());
  std::string long_text;
  for (int i = 0; i < 300; ++i) {
    long_text += "Microsoft agreed to buy Acme for $2 billion in 2019, and Nvidia invested $500 million in Beta, "
                 "which plans to expand. The deal was called off; Gamma took over Delta.\n";
  }
  std::vector<Doc> docs;
  docs.emplace_back("Amazon will invest $4 billion in Anthropic. The two companies signed the deal in 2023.");
  docs.emplace_back(long_text);
  docs.emplace_back("Short.");
  docs.emplace_back("");
  docs.emplace_back("OpenAI, which Microsoft backs, agreed to buy Windsurf after Google walked away. It picked up "
                    "Alpha as well, according to Reuters.");
  auto dump = [&](const Doc& d) {
    DocContext c(d.text, d.lower, d.seg, d.entities, d.mentions, *lexicon, *gazetteer);
    return Dump(c, d.seg);
  };
  std::vector<std::string> first;
  for (const Doc& d : docs) first.push_back(dump(d));
  for (int round = 0; round < 3; ++round) {
    for (size_t i = docs.size(); i-- > 0;) EXPECT_EQ(dump(docs[i]), first[i]) << "document " << i;
  }
  {
    // Open contexts take tables of their own.
    DocContext open_long(docs[1].text, docs[1].lower, docs[1].seg, docs[1].entities, docs[1].mentions, *lexicon, *gazetteer);
    DocContext open_first(docs[0].text, docs[0].lower, docs[0].seg, docs[0].entities, docs[0].mentions, *lexicon, *gazetteer);
    for (size_t i = 0; i < docs.size(); ++i) EXPECT_EQ(dump(docs[i]), first[i]) << "document " << i;
    EXPECT_EQ(Dump(open_long, docs[1].seg), first[1]);
    EXPECT_EQ(Dump(open_first, docs[0].seg), first[0]);
  }
  // A hand-made segmentation whose sentences leave tokens out: those tokens
  // are in clause 0 of sentence 0, as before tables were reused.
  Doc gaps(docs[0].text);
  ASSERT_GE(gaps.seg.sentences.size(), 2u);
  gaps.seg.sentences.erase(gaps.seg.sentences.begin());
  (void)dump(docs[1]);
  DocContext c(gaps.text, gaps.lower, gaps.seg, gaps.entities, gaps.mentions, *lexicon, *gazetteer);
  for (uint32_t k = 0; k < gaps.seg.sentences[0].first_token; ++k) {
    EXPECT_EQ(c.ClauseBegin(k), 0u);
    EXPECT_EQ(c.ClauseEnd(k), 0u);
    EXPECT_EQ(c.SentenceOf(k), 0u);
  }
}

TEST(ContextTest, ReadingsAreTriggersTwoWordTriggersAndReadingWords) {
  // Each sentence's readings are exactly its tokens that are a trigger, end a
  // two-word trigger or are one of kReadingWords, in order; every word of
  // kReadingWords is one, in any case.
  const Result<Lexicon> lexicon = Lexicon::BuiltIn();
  const Result<Gazetteer> gazetteer = Gazetteer::BuiltIn();
  ASSERT_TRUE(lexicon.ok());
  ASSERT_TRUE(gazetteer.ok());
  std::string text = "Acme took over Beta and will invest $2 billion in Gamma. Shares rose in early trading.\n";
  for (std::string_view w : kReadingWords) text += "They said " + std::string(w) + " it. " + std::string(w) + " Now.\n";
  text += "PRIVATE Together HELD. The deal closed.";
  Doc d(text);
  DocContext c(d.text, d.lower, d.seg, d.entities, d.mentions, *lexicon, *gazetteer);
  auto reading_word = [&](std::string_view w) {
    return std::find(kReadingWords.begin(), kReadingWords.end(), w) != kReadingWords.end();
  };
  size_t words = 0, total = 0;
  for (uint32_t s = 0; s < d.seg.sentences.size(); ++s) {
    std::vector<uint32_t> want;
    for (uint32_t k = d.seg.sentences[s].first_token; k < d.seg.sentences[s].end_token; ++k) {
      if (c.TriggerAt(k) || c.PhraseTriggerAt(k) || reading_word(c.W(k))) want.push_back(k);
      words += reading_word(c.W(k));
    }
    std::span<const uint32_t> got = c.Readings(s);
    EXPECT_EQ(std::vector<uint32_t>(got.begin(), got.end()), want) << "sentence " << s;
    total += got.size();
  }
  EXPECT_EQ(words, 2 * kReadingWords.size() + 4);  // and "took" of "took over"
  EXPECT_GE(total, words + 3);  // and "over" of "took over", "invest", "deal"
}

TEST(ContextTest, MayHoldDealWhenAnySentenceHasAReading) {
  // MayHoldDeal is true exactly when some sentence's Readings are not empty:
  // texts of random words, triggers, reading words, the halves of two-word
  // triggers and marks.
  const Result<Lexicon> lexicon = Lexicon::BuiltIn();
  const Result<Gazetteer> gazetteer = Gazetteer::BuiltIn();
  ASSERT_TRUE(lexicon.ok());
  ASSERT_TRUE(gazetteer.ok());
  const std::vector<std::string> pieces = {"Shares", "rose", "in", "early", "trading", ".", ",", "took", "over",
                                           "pulled", "Over", "Took", "capital", "increase", "with", "working",
                                           "invest", "Agreed", "said", "the", "\n", "’s", "Acme", "price"};
  std::mt19937 rng(11);
  size_t holding = 0, docs = 0;
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    const size_t n = rng() % 8;
    for (size_t i = 0; i < n; ++i) text += pieces[rng() % (round % 3 == 0 ? pieces.size() : 7)] + " ";
    Doc d(text);
    DocContext c(d.text, d.lower, d.seg, d.entities, d.mentions, *lexicon, *gazetteer);
    bool any = false;
    for (uint32_t s = 0; s < d.seg.sentences.size(); ++s) any = any || !c.Readings(s).empty();
    EXPECT_EQ(MayHoldDeal(d.lower, d.seg, *lexicon), any) << text;
    holding += any;
    ++docs;
  }
  EXPECT_GT(holding, docs / 10);
  EXPECT_LT(holding, docs / 2);
}

}  // namespace
}  // namespace dealgraph
