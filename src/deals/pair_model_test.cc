// Tests of the deal pair model: its bytes, its features (names and amounts
// masked), its training on a small corpus written here, and how the extractor
// uses it (only where the frame rules kept nothing, never across a negation).
#include "deals/pair_model.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "dealgraph/extractor.h"
#include "deals/pair_model_train.h"

namespace dealgraph {
namespace {

// The features of the first two organizations named in the text's first sentence.
PairFeatures FeaturesOfFirstPair(const std::string& text) {
  static Result<DocPipeline> pipeline = DocPipeline::BuiltIn();
  EXPECT_TRUE(pipeline.ok());
  PairFeatures f;
  pipeline->Read(text, [&](const DocContext& doc) {
    std::vector<const Mention*> named = NamedInSentence(doc, 0);
    EXPECT_EQ(named.size(), 2u) << text;
    if (named.size() >= 2) PairFeaturesOf(doc, 0, *named[0], *named[1], named, &f);
  });
  return f;
}

TEST(PairModelTest, FeaturesDoNotSeeNamesOrAmounts) {
  PairFeatures a = FeaturesOfFirstPair("Tollbridge Capital agreed to put $40 million into Varnholt Robotics.");
  PairFeatures b = FeaturesOfFirstPair("Quennell Partners agreed to put €2.5 billion into Ostrava Systems Inc.");
  EXPECT_FALSE(a.empty());
  EXPECT_EQ(a, b);
  // The words between the two names do count.
  PairFeatures c = FeaturesOfFirstPair("Tollbridge Capital agreed to sue Varnholt Robotics for $40 million.");
  EXPECT_NE(a, c);
}

TEST(PairModelTest, ANameOutsideTheSentenceGivesNoFeatures) {
  // A name the sentence's walk does not reach as a word of its own (here one
  // of another sentence) has no place: no features, never a read past the
  // sentence's words (a fuzz input once crashed there).
  static Result<DocPipeline> pipeline = DocPipeline::BuiltIn();
  ASSERT_TRUE(pipeline.ok());
  pipeline->Read("Harlow Capital said. Tollbridge Capital agreed to put $40 million into Varnholt Robotics.",
                 [&](const DocContext& doc) {
                   const std::vector<const Mention*> first = NamedInSentence(doc, 0);
                   const std::vector<const Mention*> second = NamedInSentence(doc, 1);
                   ASSERT_EQ(first.size(), 1u);
                   ASSERT_EQ(second.size(), 2u);
                   PairFeatures f = {1};
                   PairFeaturesOf(doc, 1, *first[0], *second[1], second, &f);
                   EXPECT_TRUE(f.empty());
                   PairFeaturesOf(doc, 1, *second[0], *second[1], second, &f);
                   EXPECT_FALSE(f.empty());
                 });
}

TEST(PairModelTest, BytesRoundTripAndBadBytesAreErrors) {
  PairModel m;
  m.Add(7, {0.5f, -1.0f, 2.0f, 0.0f, 0.25f});
  m.Add(1u << 17, {-0.5f, 1.0f, 0.0f, 3.0f, 0.0f});
  const std::string bytes = m.Serialize();
  Result<PairModel> back = PairModel::Parse(bytes, "m.bin");
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(back->Serialize(), bytes);
  EXPECT_EQ(back->Score({7, 1u << 17})[3], 3.0f);
  for (const std::string& bad : {std::string("DGPAIRS2") + bytes.substr(8), bytes.substr(0, bytes.size() - 3),
                                 std::string("garbage")}) {
    Result<PairModel> r = PairModel::Parse(bad, "bad.bin");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.status().code(), ErrorCode::kParseError);
    EXPECT_NE(r.status().ToString().find("bad.bin"), std::string::npos);
  }
  EXPECT_TRUE(PairModel::BuiltIn().ok());
}

// A corpus written for the test: "X agreed to gobble Y" states an acquisition
// (a verb the frame rules do not know), "X agreed to meet Y" states none.
class PairTraining : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new std::filesystem::path(std::filesystem::temp_directory_path() /
                                     ("dealgraph_pairs_" + std::to_string(::getpid())));
    std::filesystem::create_directories(*dir_);
    const char* a[] = {"Harrowgate", "Milbrook", "Stennis", "Corvale", "Ashdown", "Pellam", "Rendell", "Tamsworth"};
    const char* b[] = {"Quillon", "Brisco", "Fennick", "Dorrit", "Lanfair", "Ormsby", "Kestle", "Yarrow"};
    for (int i = 0; i < 8; ++i) {
      for (int j = 0; j < 8; ++j) {
        const std::string x = std::string(a[i]) + " Systems", y = std::string(b[j]) + " Labs";
        const std::string deal = x + " agreed to gobble " + y + ".";
        const std::string none = " " + x + " agreed to meet " + y + " next week.";
        const std::string stem = "news-" + std::to_string(100 + i * 8 + j) + "-t";
        std::ofstream(*dir_ / (stem + ".txt")) << deal << none << "\n";
        std::ofstream(*dir_ / (stem + ".gold.jsonl"))
            << "{\"doc\": \"" << stem << "\", \"deals\": [{\"type\": \"acquisition\", \"from\": [\"" << x
            << "\"], \"to\": [\"" << y << "\"], \"evidence\": {\"start\": 0, \"end\": " << deal.size() << "}}]}\n";
      }
    }
  }
  static void TearDownTestSuite() {
    std::filesystem::remove_all(*dir_);
    delete dir_;
  }
  static std::filesystem::path* dir_;
};
std::filesystem::path* PairTraining::dir_ = nullptr;

TEST_F(PairTraining, LearnsAPhraseAndReadsItWithOtherNames) {
  Result<std::vector<PairExample>> examples = PairExamplesFromCorpus(dir_->string(), 0);
  ASSERT_TRUE(examples.ok()) << examples.status().ToString();
  // Two ordered pairs in each of two sentences per file; one is the deal.
  ASSERT_EQ(examples->size(), 64u * 4);
  size_t deals = 0;
  for (const PairExample& e : *examples) deals += e.label == PairClassOf(DealType::kAcquisition);
  EXPECT_EQ(deals, 64u);
  // Files numbered 150 and above left out: fewer examples.
  Result<std::vector<PairExample>> early = PairExamplesFromCorpus(dir_->string(), 150);
  ASSERT_TRUE(early.ok());
  EXPECT_EQ(early->size(), 50u * 4);

  const std::string bytes = TrainPairModel(*examples, {}).Serialize();
  EXPECT_EQ(TrainPairModel(*examples, {}).Serialize(), bytes);  // deterministic
  const std::string path = (*dir_ / "model.bin").string();
  std::ofstream(path, std::ios::binary) << bytes;

  auto extract = [&](const std::string& text, bool with_model) {
    ExtractorOptions options;
    options.pair_model_path = path;
    options.use_pair_model = with_model;
    auto ex = Extractor::Create(options);
    EXPECT_TRUE(ex.ok());
    Document doc;
    doc.id = "t";
    doc.text = text;
    return (*ex)->Extract(doc);
  };
  // Names never seen in training.
  const std::string text = "Wexcombe Systems agreed to gobble Thirlby Labs.";
  EXPECT_TRUE(extract(text, false).empty());
  std::vector<Deal> deals_read = extract(text, true);
  ASSERT_EQ(deals_read.size(), 1u);
  EXPECT_EQ(deals_read[0].type, DealType::kAcquisition);
  EXPECT_EQ(deals_read[0].from, std::vector<std::string>{"Wexcombe Systems"});
  EXPECT_EQ(deals_read[0].to, std::vector<std::string>{"Thirlby Labs"});
  EXPECT_EQ(deals_read[0].evidence.text, text);
  EXPECT_TRUE(extract("Wexcombe Systems agreed to meet Thirlby Labs next week.", true).empty());
  // A negation near a reading word leaves the sentence to the rules.
  EXPECT_TRUE(extract("Wexcombe Systems agreed not to gobble Thirlby Labs.", true).empty());
  // A sentence the rules read gets the rules' deal only.
  EXPECT_EQ(extract("Wexcombe Systems agreed to buy Thirlby Labs.", true).size(), 1u);
  // A sentence whose rule readings all come to nothing ("deal" with no
  // parties of its own) is the model's to read.
  std::vector<Deal> after_reading = extract("In a surprise deal, Wexcombe Systems agreed to gobble Thirlby Labs.", true);
  ASSERT_EQ(after_reading.size(), 1u);
  EXPECT_EQ(after_reading[0].type, DealType::kAcquisition);
}

TEST_F(PairTraining, BaggedPerceptronsScoreTheirMean) {
  // --bags N trains N perceptrons on seeds seed, seed + 1, ... and keeps the
  // mean of their weights: a pair scores the mean of their scores.
  Result<std::vector<PairExample>> examples = PairExamplesFromCorpus(dir_->string(), 0);
  ASSERT_TRUE(examples.ok());
  PairTrainOptions one;
  one.bags = 1;
  one.epochs = 2;
  PairTrainOptions two = one;
  two.bags = 2;
  PairTrainOptions second = one;
  second.seed = one.seed + 1;
  const PairModel a = TrainPairModel(*examples, one), b = TrainPairModel(*examples, second);
  const PairModel both = TrainPairModel(*examples, two);
  EXPECT_NE(a.Serialize(), b.Serialize());  // the order of the examples matters for one
  int compared = 0;
  for (const PairExample& e : *examples) {
    const PairScores sa = a.Score(e.features), sb = b.Score(e.features), s = both.Score(e.features);
    for (int c = 0; c < kPairClasses; ++c) {
      EXPECT_NEAR(s[c], (sa[c] + sb[c]) / 2, 1e-3f);
      ++compared;
    }
  }
  EXPECT_GT(compared, 0);
}

TEST_F(PairTraining, AMissingOrBrokenCorpusIsAnError) {
  EXPECT_FALSE(PairExamplesFromCorpus((*dir_ / "missing").string(), 0).ok());
  const std::filesystem::path broken = *dir_ / "broken";
  std::filesystem::create_directories(broken);
  std::ofstream(broken / "news-1-x.txt") << "Harrowgate agreed to gobble Quillon.\n";
  std::ofstream(broken / "news-1-x.gold.jsonl") << "{\"doc\": \"news-1-x\", \"deals\": [{\"type\": \"merger\"}]}\n";
  Result<std::vector<PairExample>> r = PairExamplesFromCorpus(broken.string(), 0);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().ToString().find("news-1-x.gold.jsonl"), std::string::npos);
}

}  // namespace
}  // namespace dealgraph
