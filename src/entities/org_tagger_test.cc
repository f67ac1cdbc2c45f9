// Tests of the organization tagger: candidates and features, training on a
// tiny invented set, the model file (round trip, missing, corrupt), FIRE
// reading and the recognizer's use of the tagger.
#include "entities/org_tagger.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "entities/org_tagger_train.h"
#include "entities/recognizer.h"

namespace dealgraph {
namespace {

// Token index of the first token spelled `word`.
size_t TokenOf(std::string_view text, const Segmentation& seg, std::string_view word) {
  for (size_t k = 0; k < seg.tokens.size(); ++k) {
    if (TokenText(text, seg.tokens[k]) == word) return k;
  }
  ADD_FAILURE() << "no token " << word;
  return 0;
}

TEST(TagSentenceTest, CandidatesAreFreeNameLikeWords) {
  std::string text = "Yesterday Zorblat & Quennic paid $5 million to the Vantor of Kiel.";
  Segmentation seg = Segment(text);
  std::vector<uint8_t> mask(seg.tokens.size(), 0);
  size_t dollar = TokenOf(text, seg, "$");
  for (size_t k = dollar; k < dollar + 3; ++k) mask[k] = static_cast<uint8_t>(TagMask::kValue);
  TagSentence s(text, seg.tokens, 0, seg.tokens.size(), mask.data());
  EXPECT_TRUE(s.AnyCandidate());
  EXPECT_TRUE(s.Candidate(TokenOf(text, seg, "Zorblat")));
  EXPECT_TRUE(s.Candidate(TokenOf(text, seg, "Quennic")));
  EXPECT_TRUE(s.Connector(TokenOf(text, seg, "&")));
  EXPECT_FALSE(s.Candidate(TokenOf(text, seg, "paid")));
  EXPECT_FALSE(s.Candidate(TokenOf(text, seg, "million")));
  EXPECT_FALSE(s.Candidate(TokenOf(text, seg, "the")));
  EXPECT_TRUE(s.Connector(TokenOf(text, seg, "of")));
  // A name-like word the rules took is no candidate.
  mask[TokenOf(text, seg, "Zorblat")] = static_cast<uint8_t>(TagMask::kOrg);
  TagSentence taken(text, seg.tokens, 0, seg.tokens.size(), mask.data());
  EXPECT_FALSE(taken.Candidate(TokenOf(text, seg, "Zorblat")));
  EXPECT_FALSE(taken.Connector(TokenOf(text, seg, "&")));
}

TEST(TagSentenceTest, APlaceMayContinueANameButNotBeginOne) {
  std::string text = "Shares of Zorblat East rose in Texas.";
  Segmentation seg = Segment(text);
  std::vector<uint8_t> mask(seg.tokens.size(), 0);
  TagSentence s(text, seg.tokens, 0, seg.tokens.size(), mask.data());
  EXPECT_TRUE(s.Candidate(TokenOf(text, seg, "East")));
  EXPECT_TRUE(s.ContinuingOnly(TokenOf(text, seg, "East")));
  EXPECT_FALSE(s.ContinuingOnly(TokenOf(text, seg, "Zorblat")));
  EXPECT_FALSE(s.Candidate(TokenOf(text, seg, "Texas")));
}

TEST(TagSentenceTest, FeaturesDependOnWordContextAndPreviousLabel) {
  std::string a = "Shares of Zorblat rose.", b = "Shares of Quennic rose.", c = "Shares of Zorblat fell.";
  auto features = [](const std::string& text, TagLabel prev) {
    Segmentation seg = Segment(text);
    std::vector<uint8_t> mask(seg.tokens.size(), 0);
    TagSentence s(text, seg.tokens, 0, seg.tokens.size(), mask.data());
    TagFeatures f;
    s.Features(2, prev, &f);
    return f;
  };
  TagFeatures fa = features(a, kTagO);
  EXPECT_EQ(fa, features(a, kTagO));  // deterministic
  EXPECT_NE(fa, features(a, kTagB));
  EXPECT_NE(fa, features(b, kTagO));
  EXPECT_NE(fa, features(c, kTagO));
  EXPECT_GT(fa.size(), 15u);
}

// A one-token organization at token k.
Entity MakeOrgEntityForTest(std::string_view text, const Segmentation& seg, size_t k) {
  Entity e;
  e.start = seg.tokens[k].start;
  e.end = seg.tokens[k].end;
  e.first_token = static_cast<uint32_t>(k);
  e.end_token = static_cast<uint32_t>(k + 1);
  e.canonical = std::string(TokenText(text, seg.tokens[k]));
  return e;
}

// Invented sentences: a name after "engineers visited" is an organization, a name
// before "walked" is not.
std::vector<LabelledText> TinySet() {
  const char* orgs[] = {"Zorblat", "Quennic", "Vantrex", "Mirolla", "Pendix", "Sarnow", "Kelbry", "Trovik"};
  const char* people[] = {"Alma", "Bruno", "Celia", "Dorian", "Enzo", "Fiona", "Gustav", "Hilde"};
  std::vector<LabelledText> out;
  for (int i = 0; i < 8; ++i) {
    LabelledText org;
    org.text = std::string("Our engineers visited ") + orgs[i] + " last year.";
    uint32_t s = static_cast<uint32_t>(org.text.find(orgs[i]));
    org.orgs.emplace_back(s, s + static_cast<uint32_t>(std::string(orgs[i]).size()));
    out.push_back(org);
    out.push_back({std::string("Later ") + people[i] + " walked to the shop.", {}});
  }
  return out;
}

std::vector<std::pair<uint32_t, uint32_t>> TagText(const OrgTagger& tagger, const std::string& text) {
  Segmentation seg = Segment(text);
  std::vector<uint8_t> mask = TagMaskOf(EntityRecognizer(nullptr).Find(text, seg), seg.tokens.size());
  TagSentence s(text, seg.tokens, 0, seg.tokens.size(), mask.data());
  return tagger.Tag(s, 0, seg.tokens.size());
}

std::vector<std::string> TagNames(const OrgTagger& tagger, const std::string& text) {
  Segmentation seg = Segment(text);
  std::vector<std::string> out;
  for (auto [a, b] : TagText(tagger, text)) {
    out.push_back(text.substr(seg.tokens[a].start, seg.tokens[b - 1].end - seg.tokens[a].start));
  }
  return out;
}

TEST(OrgTaggerTest, TrainingOnATinySetLearnsTheContext) {
  EntityRecognizer rules(nullptr);
  OrgTagger tagger = TrainOrgTagger(TinySet(), rules, {});
  EXPECT_EQ(TagNames(tagger, "Our engineers visited Blixoma last year."), std::vector<std::string>{"Blixoma"});
  EXPECT_TRUE(TagNames(tagger, "Later Ingrid walked to the shop.").empty());
  // An untrained model finds nothing.
  OrgTagger empty(10, {});
  EXPECT_TRUE(TagNames(empty, "Our engineers visited Blixoma last year.").empty());
}

TEST(OrgTaggerTest, TrainingIsDeterministic) {
  EntityRecognizer rules(nullptr);
  EXPECT_EQ(TrainOrgTagger(TinySet(), rules, {}).Serialize(), TrainOrgTagger(TinySet(), rules, {}).Serialize());
}

TEST(OrgTaggerTest, ShufflesAverageRunsOverDifferentOrders) {
  EntityRecognizer rules(nullptr);
  TaggerTrainOptions one, other, both;
  one.shuffles = other.shuffles = 1;
  other.seed = 2;
  both.shuffles = 2;
  OrgTagger a = TrainOrgTagger(TinySet(), rules, one), b = TrainOrgTagger(TinySet(), rules, other);
  OrgTagger mean = TrainOrgTagger(TinySet(), rules, both);
  EXPECT_NE(a.weights(), b.weights());
  for (size_t i = 0; i < mean.weights().size(); ++i) {
    ASSERT_FLOAT_EQ(mean.weights()[i], (a.weights()[i] + b.weights()[i]) / 2) << i;
  }
  EXPECT_EQ(TagNames(mean, "Our engineers visited Blixoma last year."), std::vector<std::string>{"Blixoma"});
}

TEST(OrgTaggerTest, SaveAndLoadGiveTheSamePredictions) {
  EntityRecognizer rules(nullptr);
  OrgTagger tagger = TrainOrgTagger(TinySet(), rules, {});
  std::string path = ::testing::TempDir() + "org_tagger_test.bin";
  {
    std::ofstream out(path, std::ios::binary);
    std::string bytes = tagger.Serialize();
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  }
  Result<OrgTagger> loaded = OrgTagger::Load(path);
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  EXPECT_EQ(loaded->Serialize(), tagger.Serialize());
  EXPECT_EQ(loaded->weights(), tagger.weights());
  for (const char* text : {"Our engineers visited Blixoma last year.", "Later Ingrid walked to the shop.",
                           "Zorblat partnered with Quennic and Vantrex."}) {
    EXPECT_EQ(TagText(*loaded, text), TagText(tagger, text)) << text;
  }
  std::remove(path.c_str());
}

TEST(OrgTaggerTest, MissingModelFileIsAnErrorNamingIt) {
  Result<OrgTagger> r = OrgTagger::Load("/nonexistent/dir/org_tagger.bin");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), ErrorCode::kNotFound);
  EXPECT_EQ(r.status().where(), "/nonexistent/dir/org_tagger.bin");
}

TEST(OrgTaggerTest, CorruptModelsAreErrorsNamingTheFile) {
  EntityRecognizer rules(nullptr);
  std::string good = TrainOrgTagger(TinySet(), rules, {}).Serialize();
  ASSERT_TRUE(OrgTagger::Parse(good, "m.bin").ok());
  std::string flipped = good;
  flipped[good.size() / 2] ^= 0x40;
  std::string bad_magic = good;
  bad_magic[0] = 'X';
  std::string newer = good;
  newer[8] = 9;
  for (const std::string& bytes : {flipped, bad_magic, good.substr(0, good.size() - 5), std::string(), newer}) {
    Result<OrgTagger> r = OrgTagger::Parse(bytes, "m.bin");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.status().where(), "m.bin");
    EXPECT_TRUE(r.status().code() == ErrorCode::kParseError || r.status().code() == ErrorCode::kVersionMismatch)
        << r.status().ToString();
  }
  EXPECT_EQ(OrgTagger::Parse(newer, "m.bin").status().code(), ErrorCode::kVersionMismatch);
}

TEST(OrgTaggerTest, BuiltInModelLoads) {
  Result<OrgTagger> r = OrgTagger::BuiltIn();
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  size_t nonzero = 0;
  for (float w : r->weights()) nonzero += w != 0;
  EXPECT_GT(nonzero, 1000u);
}

TEST(OrgTaggerTest, ZeroedWeightsAreZeroAndKeepWhatIsWritten) {
  // Small blocks come from calloc, large ones (over 256 KB) are mapped.
  for (size_t n : {size_t{0}, size_t{5}, size_t{1000}, size_t{1} << 20}) {
    TagWeights w(n);
    ASSERT_EQ(w.size(), n);
    size_t nonzero = 0;
    for (float x : w) nonzero += x != 0;
    EXPECT_EQ(nonzero, 0u) << n;
    if (n == 0) continue;
    w[n - 1] = 2.5f;
    w.insert(w.end(), 3, 0.0f);
    w.push_back(-1.0f);
    TagWeights copy = w;
    EXPECT_EQ(copy, w);
    EXPECT_EQ(copy[n - 1], 2.5f);
    EXPECT_EQ(copy[n], 0.0f);
    EXPECT_EQ(copy.back(), -1.0f);
  }
  // A model read back has the same dense weights as the one written.
  std::vector<float> dense((size_t{1} << 17) * kTagLabels, 0.0f);
  dense[7] = 0.5f;
  dense[dense.size() - 1] = -3.0f;
  OrgTagger model(17, dense);
  Result<OrgTagger> back = OrgTagger::Parse(model.Serialize(), "m.bin");
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_TRUE(std::equal(dense.begin(), dense.end(), back->weights().begin(), back->weights().end()));
}

TEST(FireTest, TokensAreJoinedLikeTheScorerWithCompanySpans) {
  std::string json = R"js([{"tokens": ["Acme", "Corp", "'s", "unit", "(", "Beta", ")", "paid", "$", "5", "."],
      "entities": [{"type": "Company", "start": 0, "end": 2}, {"type": "Company", "start": 5, "end": 6},
                   {"type": "Money", "start": 8, "end": 10}], "relations": []}])js";
  Result<std::vector<LabelledText>> r = ParseFire(json, "f.json");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->size(), 1u);
  const LabelledText& t = (*r)[0];
  EXPECT_EQ(t.text, "Acme Corp's unit (Beta) paid $5.");
  ASSERT_EQ(t.orgs.size(), 2u);
  EXPECT_EQ(t.text.substr(t.orgs[0].first, t.orgs[0].second - t.orgs[0].first), "Acme Corp");
  EXPECT_EQ(t.text.substr(t.orgs[1].first, t.orgs[1].second - t.orgs[1].first), "Beta");
}

TEST(FireTest, BadFilesAreErrorsNamingThem) {
  EXPECT_EQ(ParseFire("[{", "f.json").status().where(), "f.json");
  EXPECT_EQ(ParseFire("{}", "f.json").status().code(), ErrorCode::kSchemaError);
  EXPECT_EQ(ParseFire(R"([{"tokens": ["a"], "entities": [{"type": "Company", "start": 0, "end": 4}]}])", "f.json")
                .status()
                .code(),
            ErrorCode::kSchemaError);
  Result<std::vector<LabelledText>> missing = LoadFire("/nonexistent/fire.json");
  EXPECT_EQ(missing.status().code(), ErrorCode::kNotFound);
  EXPECT_EQ(missing.status().where(), "/nonexistent/fire.json");
}

TEST(RecognizerWithTaggerTest, AddsTheTaggersNamesOnlyWhereTheRulesFoundNothing) {
  EntityRecognizer rules(nullptr);
  OrgTagger tagger = TrainOrgTagger(TinySet(), rules, {});
  EntityRecognizer both(nullptr, &tagger);
  std::string text = "Our engineers visited Blixoma last year for $5 million.";
  Segmentation seg = Segment(text);
  std::vector<std::string> orgs;
  bool money = false;
  for (const Entity& e : both.Find(text, seg)) {
    if (e.type == EntityType::kOrganization) orgs.push_back(e.canonical);
    money = money || e.type == EntityType::kMoney;
    EXPECT_FALSE(e.known);
  }
  EXPECT_EQ(orgs, std::vector<std::string>{"Blixoma"});
  EXPECT_TRUE(money);
  for (const Entity& e : rules.Find(text, seg)) EXPECT_NE(e.type, EntityType::kOrganization);
}

TEST(DropTaggedPersonsTest, ANameTheDocumentUsesForAPersonIsDropped) {
  std::string text = "Our engineers visited Halvik and Zorblat. Later Halvik said the visit went well.";
  Segmentation seg = Segment(text);
  std::vector<Entity> entities;
  std::vector<uint32_t> tagged;
  for (std::string_view w : {"Halvik", "Zorblat"}) {
    size_t k = TokenOf(text, seg, w);
    entities.push_back(MakeOrgEntityForTest(text, seg, k));
    tagged.push_back(entities.back().start);
  }
  // A rule's organization with the same last word stays.
  size_t second = seg.tokens.size() - 7;
  ASSERT_EQ(TokenText(text, seg.tokens[second]), "Halvik");
  entities.push_back(MakeOrgEntityForTest(text, seg, second));
  DropTaggedPersons(text, seg.tokens, tagged, &entities);
  std::vector<std::string> left;
  for (const Entity& e : entities) left.push_back(e.canonical);
  EXPECT_EQ(left, (std::vector<std::string>{"Zorblat", "Halvik"}));
}

TEST(DropTaggedPersonsTest, AWordBeforeASurnamesPossessiveIsAFirstName) {
  // "a raise by Arvo Lindqvist's Zorblat": the tagger took "Arvo" alone.
  std::string text = "Vendel joined a raise by Arvo Lindqvist's Zorblat.";
  Segmentation seg = Segment(text);
  std::vector<Entity> entities;
  std::vector<uint32_t> tagged;
  for (std::string_view w : {"Vendel", "Arvo", "Zorblat"}) {
    size_t k = TokenOf(text, seg, w);
    entities.push_back(MakeOrgEntityForTest(text, seg, k));
    tagged.push_back(entities.back().start);
  }
  DropTaggedPersons(text, seg.tokens, tagged, &entities);
  std::vector<std::string> left;
  for (const Entity& e : entities) left.push_back(e.canonical);
  EXPECT_EQ(left, (std::vector<std::string>{"Vendel", "Zorblat"}));
}

TEST(DropTaggedPersonsTest, FoundersNamedInAListArePeople) {
  std::string text = "Founded in 2023 by Arvo Lindqvist, Maren Solberg and Teodor Halvik, the lab sells models.";
  Segmentation seg = Segment(text);
  std::vector<Entity> entities;
  std::vector<uint32_t> tagged;
  for (std::string_view w : {"Solberg", "Halvik"}) {
    size_t k = TokenOf(text, seg, w);
    entities.push_back(MakeOrgEntityForTest(text, seg, k));
    tagged.push_back(entities.back().start);
  }
  DropTaggedPersons(text, seg.tokens, tagged, &entities);
  EXPECT_TRUE(entities.empty());
}

}  // namespace
}  // namespace dealgraph
