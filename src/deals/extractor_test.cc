// Tests of the deal stage's frame rules through the Extractor facade, on
// sentences written for them. The pair model (pair_model.h), trained on the
// corpus and retrained as it grows, is off here: its own tests are in
// pair_model_test.cc, and the corpus tests score the two together.
#include "dealgraph/extractor.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace dealgraph {
namespace {

std::vector<Deal> ExtractText(const std::string& text) {
  ExtractorOptions options;
  options.use_pair_model = false;
  static auto extractor = Extractor::Create(options);
  EXPECT_TRUE(extractor.ok()) << extractor.status().ToString();
  Document doc;
  doc.id = "t";
  doc.text = text;
  return (*extractor)->Extract(doc);
}

using Names = std::vector<std::string>;

TEST(ExtractorTest, InvestmentWithHedgeAndStatus) {
  auto deals = ExtractText("Pellworth Capital plans to invest up to $750 million in Quarrydale Robotics.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kInvestment);
  EXPECT_EQ(deals[0].from, Names{"Pellworth Capital"});
  EXPECT_EQ(deals[0].to, Names{"Quarrydale Robotics"});
  ASSERT_TRUE(deals[0].amount);
  EXPECT_DOUBLE_EQ(deals[0].amount->value, 750e6);
  EXPECT_EQ(deals[0].amount->qualifier, Qualifier::kUpTo);
  EXPECT_EQ(deals[0].status, DealStatus::kPlanned);
}

TEST(ExtractorTest, PassiveAcquisitionIsCompleted) {
  auto deals = ExtractText("Lumora Analytics was acquired by Intel for $1.2 billion last year.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kAcquisition);
  EXPECT_EQ(deals[0].from, Names{"Intel"});
  EXPECT_EQ(deals[0].to, Names{"Lumora Analytics"});
  EXPECT_EQ(deals[0].status, DealStatus::kCompleted);
}

TEST(ExtractorTest, FundingRoundCollectsAllInvestors) {
  auto deals = ExtractText(
      "Tervane AI has raised $300 million in a round led by Sequoia Capital, with participation from "
      "Nvidia and Accel.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].to, Names{"Tervane AI"});
  EXPECT_EQ(deals[0].from.size(), 3u);
  EXPECT_EQ(deals[0].status, DealStatus::kCompleted);
  EXPECT_FALSE(deals[0].aggregate);
}

TEST(ExtractorTest, CloudPurchaseDirectionAndAsset) {
  auto deals = ExtractText("Anthropic agreed to buy $30 billion of computing capacity from Microsoft's Azure cloud.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kPurchase);
  EXPECT_EQ(deals[0].asset, Asset::kCloud);
  EXPECT_EQ(deals[0].from, Names{"Anthropic"});
  EXPECT_EQ(deals[0].status, DealStatus::kAnnounced);
}

TEST(ExtractorTest, CalledOffIsCancelled) {
  auto deals = ExtractText("Adobe and Figma have called off their planned $20 billion merger.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kAcquisition);
  EXPECT_EQ(deals[0].status, DealStatus::kCancelled);
}

TEST(ExtractorTest, AmountInTheNextSentenceAndAttribution) {
  std::string text =
      "Orvian Labs is in talks with Google about an investment. According to Reuters, the investment could "
      "exceed $2 billion.";
  auto deals = ExtractText(text);
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].status, DealStatus::kTalks);
  ASSERT_TRUE(deals[0].amount);
  EXPECT_EQ(deals[0].amount->qualifier, Qualifier::kOver);
  EXPECT_EQ(deals[0].attribution, Names{"Reuters"});
  EXPECT_EQ(deals[0].evidence.text, text);
}

TEST(ExtractorTest, ValuationIsNotTheAmount) {
  auto deals = ExtractText("Sequoia Capital invested $50 million in Brackenfield AI, valuing the startup at $900 million.");
  ASSERT_EQ(deals.size(), 1u);
  ASSERT_TRUE(deals[0].amount);
  EXPECT_DOUBLE_EQ(deals[0].amount->value, 50e6);
}

TEST(ExtractorTest, PronounResolvesToTheSubject) {
  auto deals = ExtractText("Oracle reported strong results. It has signed a $5 billion cloud contract with Meta.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kPurchase);
  EXPECT_EQ(deals[0].from, Names{"Meta"});  // Oracle sells cloud: Meta pays
  EXPECT_EQ(deals[0].to, Names{"Oracle"});
}

TEST(ExtractorTest, NoDealInEarningsNews) {
  EXPECT_TRUE(ExtractText("Microsoft reported revenue of $77 billion, and its shares rose 4% after Amazon's results.").empty());
}

TEST(ExtractorTest, EvidenceOffsetsMatchText) {
  std::string text = "Headline first\nCisco agreed to acquire Splunk for about $28 billion.";
  auto deals = ExtractText(text);
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(text.substr(deals[0].evidence.start, deals[0].evidence.end - deals[0].evidence.start),
            deals[0].evidence.text);
  EXPECT_EQ(deals[0].evidence.text, "Cisco agreed to acquire Splunk for about $28 billion.");
}

TEST(ExtractorTest, NameAtTheVeryEndOfTheText) {
  // A supplier name as the last tokens once read past the end of the token list.
  auto deals = ExtractText("Cobalt Compute Corp. agreed to purchase $3 trillion of GPUs from Pinnacle Compute Ltd.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].asset, Asset::kChips);
  EXPECT_EQ(ExtractText("Cobalt Compute agreed to buy GPUs from Nvidia").size(), 1u);
}

TEST(ExtractorTest, TwoCompaniesNamePreviousPair) {
  auto deals = ExtractText(
      "Harlow Semiconductor bought a 5% stake in Ostrava Photonics for $90 million. "
      "The two companies also signed a multi-year collaboration agreement on optical interconnects.");
  ASSERT_EQ(deals.size(), 2u);
  EXPECT_EQ(deals[1].type, DealType::kPartnership);
  EXPECT_EQ(deals[1].from, Names{"Harlow Semiconductor"});
  EXPECT_EQ(deals[1].to, Names{"Ostrava Photonics"});
}

TEST(ExtractorTest, SpeakingPairIsNoNewDeal) {
  auto deals = ExtractText(
      "Harlow Semiconductor agreed to acquire Ostrava Photonics for $2 billion in 2022. "
      "The companies said the agreement had been terminated after regulators objected.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kAcquisition);
}

TEST(ExtractorTest, InvesteeImpliedByEarlierReport) {
  auto deals = ExtractText(
      "Brightwell Capital will invest $400 million in Quarrydale Robotics. "
      "Pellworth Ventures, which has invested $150 million, holds two seats on the board.");
  ASSERT_EQ(deals.size(), 2u);
  EXPECT_EQ(deals[1].from, Names{"Pellworth Ventures"});
  EXPECT_EQ(deals[1].to, Names{"Quarrydale Robotics"});
  EXPECT_EQ(deals[1].status, DealStatus::kCompleted);
}

TEST(ExtractorTest, NextSentenceWalkingAwayCancels) {
  auto deals = ExtractText(
      "Last spring Harlow Semiconductor was in talks to buy Ostrava Photonics for about $3 billion. "
      "Ostrava walked away from those negotiations in June.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kAcquisition);
  EXPECT_EQ(deals[0].status, DealStatus::kCancelled);
}

TEST(ExtractorTest, ContrastingClauseCancels) {
  auto deals = ExtractText(
      "Brightwell Capital had planned to invest $50 million in Quarrydale Robotics, but Brightwell is now "
      "ending the agreement.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].status, DealStatus::kCancelled);
}

TEST(ExtractorTest, DatedNominalDealIsInThePast) {
  auto deals = ExtractText(
      "Harlow Semiconductor grew through takeovers, including its purchase of Ostrava Photonics in 2019. "
      "It expects sales to double by 2027.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].to, Names{"Ostrava Photonics"});
  EXPECT_EQ(deals[0].status, DealStatus::kCompleted);
}

TEST(ExtractorTest, PayingForAStakeIsAnInvestment) {
  auto deals = ExtractText("Brightwell Capital is paying about $400 million for a 20% stake in Quarrydale Robotics.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kInvestment);
  ASSERT_TRUE(deals[0].amount);
  EXPECT_EQ(deals[0].amount->qualifier, Qualifier::kAbout);
}

TEST(ExtractorTest, AppositionAfterOwnerNamesTheInvestor) {
  auto deals = ExtractText(
      "Quarrydale Robotics received a cash injection of roughly $80 million from its owner, the pension fund "
      "Pellworth Capital, last year.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].from, Names{"Pellworth Capital"});
  EXPECT_EQ(deals[0].to, Names{"Quarrydale Robotics"});
}

TEST(ExtractorTest, PartnershipAlongsideAnInvestment) {
  auto deals = ExtractText(
      "Brightwell Capital agreed to invest $20 million in Quarrydale Robotics as part of a partnership to sell "
      "its robots in Asia.");
  ASSERT_EQ(deals.size(), 2u);
  EXPECT_EQ(deals[1].type, DealType::kPartnership);
  EXPECT_EQ(deals[1].to, Names{"Quarrydale Robotics"});
}

TEST(ExtractorTest, RoundLedByInvestorOfTheArticlesCompany) {
  auto deals = ExtractText(
      "Quarrydale Robotics is in talks with investors about new funding. The round could raise $200 million "
      "and would be led by Pellworth Capital, people familiar with the matter said. Quarrydale declined to comment.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].from, Names{"Pellworth Capital"});
  EXPECT_EQ(deals[0].to, Names{"Quarrydale Robotics"});
  EXPECT_EQ(deals[0].status, DealStatus::kTalks);
}

TEST(ExtractorTest, TakenPrivateIsACompletedAcquisition) {
  auto deals = ExtractText("Quarrydale Robotics, which was taken private by Pellworth Capital in 2021, is hiring.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kAcquisition);
  EXPECT_EQ(deals[0].from, Names{"Pellworth Capital"});
  EXPECT_EQ(deals[0].status, DealStatus::kCompleted);
  EXPECT_TRUE(ExtractText("Quarrydale Robotics is a private company owned by its founders.").empty());
}

TEST(ExtractorTest, ChipsAndCloudTogetherAreInfrastructure) {
  auto deals = ExtractText(
      "OpenAI has made commitments of about $900 billion to build computing capacity, spread across chipmakers "
      "including Nvidia and AMD and cloud operators such as Oracle and Microsoft.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].asset, Asset::kInfrastructure);
  EXPECT_TRUE(deals[0].aggregate);
}

TEST(ExtractorTest, StreamingRightsAreOtherGoods) {
  auto deals = ExtractText("Microsoft sold the cloud streaming rights for its games to Ubisoft.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kPurchase);
  EXPECT_EQ(deals[0].asset, Asset::kOther);
}

TEST(ExtractorTest, FollowOnInvestorsJoinTheRound) {
  auto deals = ExtractText(
      "Quarrydale Robotics has raised $90 million in a funding round led by Pellworth Capital. "
      "Brightwell Ventures and Accel also took part.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].from, (Names{"Pellworth Capital", "Brightwell Ventures", "Accel"}));
  EXPECT_EQ(deals[0].status, DealStatus::kCompleted);
}

TEST(ExtractorTest, DescriptionBetweenCommasBeforeTheVerb) {
  auto deals = ExtractText(
      "Quarrydale Robotics, founded in 2021 by former engineers of Google's DeepMind, raised $40 million "
      "in a round led by Pellworth Capital.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].to, Names{"Quarrydale Robotics"});
}

TEST(ExtractorTest, SubordinateClauseHasItsOwnSubject) {
  auto deals = ExtractText(
      "Harlow Power will restart a reactor after Microsoft agreed to buy all of its output for 20 years.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kPurchase);
  EXPECT_EQ(deals[0].from, Names{"Microsoft"});
  EXPECT_EQ(deals[0].to, Names{"Harlow Power"});
}

TEST(ExtractorTest, DatelineOutletIsNoParty) {
  auto deals = ExtractText(
      "LONDON, May 2 (Reuters) - An investor group agreed to buy Quarrydale Robotics for $3 billion.");
  for (const Deal& d : deals) {
    for (const std::string& name : d.from) EXPECT_NE(name, "Reuters");
  }
}

TEST(ExtractorTest, BoughtByAConsortiumOfNamedInvestors) {
  auto deals = ExtractText(
      "Quarrydale Robotics agreed to be bought by a consortium of Pellworth Capital and Brightwell Ventures "
      "for $2 billion.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kAcquisition);
  EXPECT_EQ(deals[0].from, (Names{"Pellworth Capital", "Brightwell Ventures"}));
  EXPECT_EQ(deals[0].to, Names{"Quarrydale Robotics"});
}

TEST(ExtractorTest, TakingControlIsAnAcquisition) {
  auto deals = ExtractText("Harlow Semiconductor will take full control of Ostrava Networks for $700 million.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kAcquisition);
  EXPECT_EQ(deals[0].to, Names{"Ostrava Networks"});
  EXPECT_EQ(deals[0].status, DealStatus::kAnnounced);
}

TEST(ExtractorTest, DealForACompanyIsATakeover) {
  auto deals = ExtractText("Harlow Semiconductor struck a $3 billion deal for Ostrava Networks on Monday.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kAcquisition);
  EXPECT_EQ(deals[0].from, Names{"Harlow Semiconductor"});
}

TEST(ExtractorTest, ParticipatingInvestorsJoinTheLead) {
  auto deals = ExtractText(
      "Quarrydale Robotics closed a $60 million round led by Pellworth Capital, with Brightwell Ventures "
      "participating.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].from, (Names{"Pellworth Capital", "Brightwell Ventures"}));
}

TEST(ExtractorTest, StakeSoldToBuyersIsTheirInvestment) {
  auto deals = ExtractText(
      "Harlow Telecom agreed to sell a large stake in Ostrava Towers to a consortium of Pellworth Capital and "
      "Brightwell Ventures.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kInvestment);
  EXPECT_EQ(deals[0].from, (Names{"Pellworth Capital", "Brightwell Ventures"}));
  EXPECT_EQ(deals[0].to, Names{"Ostrava Towers"});
}

TEST(ExtractorTest, SoldUnitNamedIsTheTarget) {
  auto deals = ExtractText("Harlow Telecom sold its Ostrava Networks business to Pellworth Capital for $400 million.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kAcquisition);
  EXPECT_EQ(deals[0].from, Names{"Pellworth Capital"});
  EXPECT_EQ(deals[0].to, Names{"Ostrava Networks"});
  // An unnamed unit: the seller is the party sold from.
  deals = ExtractText("Harlow Telecom sold its tower business to Pellworth Capital for $400 million.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].to, Names{"Harlow Telecom"});
}

TEST(ExtractorTest, HeadlineShortNameIsTheBodysCompany) {
  auto deals = ExtractText(
      "Quarrydale in talks to buy Tervane for $2 billion\n"
      "Quarrydale Robotics is in talks to acquire Tervane Analytics for $2 billion, people familiar with the "
      "matter said.");
  ASSERT_EQ(deals.size(), 1u) << "the headline and the body report one deal";
  EXPECT_EQ(deals[0].status, DealStatus::kTalks);
}

TEST(ExtractorTest, TakeOverIsAnAcquisition) {
  auto deals = ExtractText("Harlow Semiconductor agreed on Monday to take over Ostrava Networks for $900 million.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kAcquisition);
  EXPECT_EQ(deals[0].from, Names{"Harlow Semiconductor"});
  EXPECT_EQ(deals[0].to, Names{"Ostrava Networks"});
}

TEST(ExtractorTest, RelativeClauseObjectIsTheTarget) {
  auto deals = ExtractText(
      "Pellworth Capital reported results. Its portfolio includes Ostrava Networks, which it bought for "
      "$300 million in 2019.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kAcquisition);
  EXPECT_EQ(deals[0].from, Names{"Pellworth Capital"});
  EXPECT_EQ(deals[0].to, Names{"Ostrava Networks"});
  EXPECT_EQ(deals[0].status, DealStatus::kCompleted);
}

TEST(ExtractorTest, LeadAndFollowersJoinTheRoundOfTheSentenceBefore) {
  auto deals = ExtractText(
      "Tervane AI said it had raised $120 million in a Series B round. Pellworth Capital led the round, with "
      "participation from Brightwell Ventures. Existing investor Quarrydale Partners also put in more money.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].to, Names{"Tervane AI"});
  EXPECT_EQ(deals[0].from, (Names{"Pellworth Capital", "Brightwell Ventures", "Quarrydale Partners"}));
}

TEST(ExtractorTest, ProhibitedTakeoverIsCancelled) {
  auto deals = ExtractText(
      "The European Commission on Wednesday prohibited Harlow Semiconductor's planned $2 billion takeover of "
      "Ostrava Networks.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].from, Names{"Harlow Semiconductor"});
  EXPECT_EQ(deals[0].status, DealStatus::kCancelled);
}

TEST(ExtractorTest, UnnamedTargetIsAnEmptySide) {
  auto deals = ExtractText(
      "Harlow Semiconductor agreed to buy Ostrava Networks. Harlow Semiconductor also intends to acquire a small "
      "design-services firm in Lisbon, its chief executive said.");
  ASSERT_EQ(deals.size(), 2u) << "the unnamed target stays a deal of its own";
  EXPECT_EQ(deals[1].type, DealType::kAcquisition);
  EXPECT_TRUE(deals[1].to.empty());
  EXPECT_EQ(deals[1].status, DealStatus::kPlanned);
}

TEST(ExtractorTest, StakeSaleToABuyerIsItsInvestment) {
  auto deals = ExtractText("Harlow Telecom closes Ostrava Towers Ltd stake sale to Pellworth Capital");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kInvestment);
  EXPECT_EQ(deals[0].from, Names{"Pellworth Capital"});
  EXPECT_EQ(deals[0].to, Names{"Ostrava Towers"});
}

TEST(ExtractorTest, TwoWordVerbsOfBuyingAndPartnering) {
  auto deals = ExtractText("Harlow Semiconductor picked up the software firm Ostrava Networks in 2023.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kAcquisition);
  EXPECT_EQ(deals[0].status, DealStatus::kCompleted);
  deals = ExtractText("Harlow Semiconductor and Pellworth Capital agreed to work together on chip packaging.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kPartnership);
}

TEST(ExtractorTest, GappedPaymentsAreTwoAcquisitions) {
  auto deals = ExtractText(
      "Harlow Semiconductor paid $2 billion for Ostrava Networks in 2021 and about $900 million for Tervane "
      "Analytics two years earlier.");
  ASSERT_EQ(deals.size(), 2u);
  EXPECT_EQ(deals[1].to, Names{"Tervane Analytics"});
  ASSERT_TRUE(deals[1].amount);
  EXPECT_DOUBLE_EQ(deals[1].amount->value, 900e6);
  EXPECT_EQ(deals[1].amount->qualifier, Qualifier::kAbout);
}

TEST(ExtractorTest, PassiveWithATimePhraseBeforeBy) {
  auto deals = ExtractText("Ostrava Networks was bought last year by Pellworth Capital for about $1.1 billion.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].from, Names{"Pellworth Capital"});
  EXPECT_EQ(deals[0].to, Names{"Ostrava Networks"});
  EXPECT_EQ(deals[0].status, DealStatus::kCompleted);
}

TEST(ExtractorTest, ListGoesOnAfterAnApposition) {
  auto deals = ExtractText(
      "Tervane Robotics said it had secured $40 million from Pellworth Ventures, the venture arm of trading "
      "house Pellworth & Co., and logistics group Quarrydale Holdings.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].from, (Names{"Pellworth Ventures", "Quarrydale Holdings"}));
}

TEST(ExtractorTest, BuyerNamedInARelativeClauseAfterTheTarget) {
  auto deals = ExtractText(
      "Its chips came from the $1.4 billion purchase of start-up Ostrava Networks, which Harlow Semiconductor "
      "completed in 2021.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].from, Names{"Harlow Semiconductor"});
  EXPECT_EQ(deals[0].to, Names{"Ostrava Networks"});
}

TEST(ExtractorTest, PricePerShareIsNoDealAmount) {
  auto deals = ExtractText("Harlow Semiconductor will pay $6.01 per share for newly issued Ostrava Networks shares.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kInvestment);
  EXPECT_EQ(deals[0].to, Names{"Ostrava Networks"});
  EXPECT_FALSE(deals[0].amount);
}

TEST(ExtractorTest, AgreementAboutATakeoverIsThatTakeover) {
  auto deals = ExtractText(
      "The financing comes months after Harlow Data's merger talks with rival Ostrava Realty Ltd broke down. The "
      "two companies had discussed combining in an all-share deal last year but ended the negotiations after "
      "disagreeing on valuation, its chief executive said.");
  ASSERT_FALSE(deals.empty());
  for (const Deal& d : deals) EXPECT_NE(d.type, DealType::kPartnership);
}

TEST(ExtractorTest, OfferFromABidderTurnedDown) {
  auto deals = ExtractText(
      "Rival Ostrava Networks turned down an acquisition offer of about $800 million from Harlow Semiconductor.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].from, Names{"Harlow Semiconductor"});
  EXPECT_EQ(deals[0].to, Names{"Ostrava Networks"});
  EXPECT_EQ(deals[0].status, DealStatus::kCancelled);
}

TEST(ExtractorTest, PaymentForAnotherCompanysLicensesIsAPurchase) {
  auto deals = ExtractText(
      "Harlow Telecom agreed to pay about $2 billion for a different set of Ostrava Networks Ltd's licenses.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kPurchase);
  EXPECT_EQ(deals[0].asset, Asset::kOther);
  EXPECT_EQ(deals[0].to, Names{"Ostrava Networks"});
}

TEST(ExtractorTest, AnchorAndOtherInvestorsOfARound) {
  auto deals = ExtractText(
      "Harlow Capital said it is anchoring a financing round of roughly $500 million in Tervane Energy, a reactor "
      "developer. "
      "Pellworth Partners and Quarrydale Ventures are among the other investors in the round.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].from, (Names{"Harlow Capital", "Pellworth Partners", "Quarrydale Ventures"}));
}

TEST(ExtractorTest, SellerAfterFromAndUnnamedBuyerInPassive) {
  auto deals = ExtractText(
      "Tervane Labs agreed to rent servers packed with Nvidia chips from cloud provider Ostrava Compute.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].to, Names{"Ostrava Compute"});
  deals = ExtractText("Tervane Labs itself was bought by a larger rival two years ago.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_TRUE(deals[0].from.empty());
  EXPECT_EQ(deals[0].to, Names{"Tervane Labs"});
}

TEST(ExtractorTest, VentureArmTakingPartNamesItsOwner) {
  auto deals = ExtractText(
      "Tervane Semiconductor raised $38 million in a Series A round led by Pellworth Capital, with Qualcomm's "
      "venture arm also taking part.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].from, (Names{"Pellworth Capital", "Qualcomm"}));
}

TEST(ExtractorTest, PowerFromPlantsBuiltByASupplier) {
  auto deals = ExtractText(
      "Harlow Cloud signed an agreement to buy electricity from a fleet of small reactors to be built by Ostrava "
      "Power Corp.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kPurchase);
  EXPECT_EQ(deals[0].asset, Asset::kInfrastructure);
  EXPECT_EQ(deals[0].to, Names{"Ostrava Power"});
}

TEST(ExtractorTest, GoodsPackedWithChipsNameNoParty) {
  auto deals = ExtractText(
      "Tervane Labs is close to an agreement to rent servers packed with Nvidia chips from cloud provider Ostrava "
      "Compute, people involved in the talks said.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].to, Names{"Ostrava Compute"});
}

TEST(ExtractorTest, CompanyExploringASaleHasNoNamedBuyer) {
  auto deals = ExtractText(
      "Ostrava Analytics GmbH is exploring a sale and has held early talks with buyout firms. A transaction could "
      "value Ostrava at more than $800 million, the newspaper said.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kAcquisition);
  EXPECT_TRUE(deals[0].from.empty());
  EXPECT_EQ(deals[0].status, DealStatus::kTalks);
  EXPECT_FALSE(deals[0].amount) << "a value put on the company is no deal amount";
}

TEST(ExtractorTest, InvestorExpectedToJoinARaise) {
  auto deals = ExtractText(
      "Tervane Labs is in discussions to raise as much as $3 billion, with Pellworth Sovereign Fund expected to be "
      "among the largest investors, Reuters reported.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].from, Names{"Pellworth Sovereign Fund"});
  EXPECT_EQ(deals[0].status, DealStatus::kTalks);
}

TEST(ExtractorTest, FundingAfterRaiseVerbIsReadOnce) {
  // The company named inside the apposition is not a second investee.
  auto deals = ExtractText(
      "Quarrydale Labs, the startup founded by a former Nvidia engineer, has raised $90 million in seed funding "
      "from Pellworth Capital.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].from, Names{"Pellworth Capital"});
  EXPECT_EQ(deals[0].to, Names{"Quarrydale Labs"});
}

TEST(ExtractorTest, RoundWithOneLeaderAndOthersParticipating) {
  // The first sentence's round does not absorb the second's investors.
  auto deals = ExtractText(
      "Quarrydale Labs has raised $90 million from Kestrel Partners. "
      "Tervane AI closed a $400 million Series C, with Pellworth Capital leading and Brightwell Ventures and "
      "Ostrava Partners also participating.");
  ASSERT_EQ(deals.size(), 2u);
  EXPECT_EQ(deals[0].from, Names{"Kestrel Partners"});
  EXPECT_EQ(deals[1].to, Names{"Tervane AI"});
  EXPECT_EQ(deals[1].from.size(), 3u);
  auto co = ExtractText(
      "Tervane AI raised $400 million in a round led by Pellworth Capital, with Brightwell Ventures co-leading.");
  ASSERT_EQ(co.size(), 1u);
  EXPECT_EQ(co[0].from.size(), 2u);
}

TEST(ExtractorTest, CancelWordOfTheMainClauseDoesNotReachTheSubordinate) {
  auto deals = ExtractText(
      "Tervane Systems withdrew its listing application days after raising $1.1 billion from Pellworth Capital.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].status, DealStatus::kCompleted);
}

TEST(ExtractorTest, SpendingOnAThingHasNoCounterparty) {
  EXPECT_TRUE(ExtractText("Quarrydale Systems is investing $60 billion in U.S. infrastructure over four years.").empty());
  auto round = ExtractText("Pellworth Capital invested an undisclosed sum in Tervane AI's latest round.");
  ASSERT_EQ(round.size(), 1u);
  EXPECT_EQ(round[0].to, Names{"Tervane AI"});
}

TEST(ExtractorTest, SpendingAnUnquantifiedSumOnAnotherCompanysChips) {
  auto deals = ExtractText("Tervane Labs will spend tens of billions of dollars on Quarrydale Systems' accelerators.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kPurchase);
  EXPECT_EQ(deals[0].from, Names{"Tervane Labs"});
  EXPECT_EQ(deals[0].to, Names{"Quarrydale Systems"});
  EXPECT_FALSE(deals[0].amount);
}

TEST(ExtractorTest, OrderFromACustomerAndOfferFromABidder) {
  auto order = ExtractText("Quarrydale Systems disclosed a $2 billion order from Tervane Labs for its accelerators.");
  ASSERT_EQ(order.size(), 1u);
  EXPECT_EQ(order[0].from, Names{"Tervane Labs"});
  EXPECT_EQ(order[0].to, Names{"Quarrydale Systems"});
  auto offer = ExtractText("Tervane Labs rejected a $900 million offer from Quarrydale Systems last year.");
  ASSERT_EQ(offer.size(), 1u);
  EXPECT_EQ(offer[0].type, DealType::kAcquisition);
  EXPECT_EQ(offer[0].from, Names{"Quarrydale Systems"});
  EXPECT_EQ(offer[0].to, Names{"Tervane Labs"});
  EXPECT_EQ(offer[0].status, DealStatus::kCancelled);
}

TEST(ExtractorTest, HeadlinePurchaseIsTheBodysPurchase) {
  auto deals = ExtractText(
      "Tervane Labs lands data centre order from Quarrydale Telecom\n"
      "Quarrydale Telecom has agreed to buy Tervane Labs' inference accelerators for a new data centre.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].asset, Asset::kChips);
}

TEST(ExtractorTest, BuyoutsAndDescribedTargets) {
  auto priv = ExtractText("Pellworth Capital took British security company Quarrydale Systems private last year.");
  ASSERT_EQ(priv.size(), 1u);
  EXPECT_EQ(priv[0].type, DealType::kAcquisition);
  EXPECT_EQ(priv[0].from, Names{"Pellworth Capital"});
  EXPECT_EQ(priv[0].to, Names{"Quarrydale Systems"});
  EXPECT_EQ(priv[0].status, DealStatus::kCompleted);
  auto pay = ExtractText("Tervane Labs agreed in March to pay $3 billion for cloud security start-up Quarrydale Systems.");
  ASSERT_EQ(pay.size(), 1u);
  EXPECT_EQ(pay[0].to, Names{"Quarrydale Systems"});
  auto described = ExtractText("Tervane Labs acquired the car electronics and audio maker Quarrydale Systems in 2017.");
  ASSERT_EQ(described.size(), 1u);
  EXPECT_EQ(described[0].to, Names{"Quarrydale Systems"});
}

TEST(ExtractorTest, MergerTalksWithTheOtherParty) {
  auto deals = ExtractText(
      "Tervane Interactive said on Wednesday it was in early talks with Quarrydale Games about a possible merger.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kAcquisition);
  EXPECT_EQ(deals[0].from, Names{"Tervane Interactive"});
  EXPECT_EQ(deals[0].to, Names{"Quarrydale Games"});
  EXPECT_EQ(deals[0].status, DealStatus::kTalks);
}

TEST(ExtractorTest, SharesBoughtAsAPercentOrAHolding) {
  auto pct = ExtractText("Quarrydale Systems will buy about 10% of Tervane Labs for roughly $300 million.");
  ASSERT_EQ(pct.size(), 1u);
  EXPECT_EQ(pct[0].type, DealType::kInvestment);
  EXPECT_EQ(pct[0].to, Names{"Tervane Labs"});
  auto holding = ExtractText(
      "Quarrydale Systems has agreed to buy most of Pellworth Capital's holding in Tervane Labs for $90 million.");
  ASSERT_EQ(holding.size(), 1u);
  EXPECT_EQ(holding[0].type, DealType::kInvestment);
  EXPECT_EQ(holding[0].from, Names{"Quarrydale Systems"});
  EXPECT_EQ(holding[0].to, Names{"Tervane Labs"});
}

TEST(ExtractorTest, WhatIsSoldIsNotTheSeller) {
  auto deals = ExtractText(
      "Brightwell Media Inc. runs a streaming service. Brightwell Media itself came from Tervane Labs, which sold it "
      "to Quarrydale Systems for $1.2 billion in 2021.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].from, Names{"Quarrydale Systems"});
  EXPECT_EQ(deals[0].to, Names{"Brightwell Media"});
}

TEST(ExtractorTest, PriceStatedLaterByThePayer) {
  auto deals = ExtractText(
      "Tervane Labs said on Tuesday it had agreed to acquire Quarrydale Systems. The company did not disclose the "
      "price. Tervane Labs will pay about $675 million in cash and stock, according to a person familiar with it.");
  ASSERT_EQ(deals.size(), 1u);
  ASSERT_TRUE(deals[0].amount);
  EXPECT_DOUBLE_EQ(deals[0].amount->value, 675e6);
  EXPECT_EQ(deals[0].amount->qualifier, Qualifier::kAbout);
}

TEST(ExtractorTest, RoundLedWhenTheSubjectRaised) {
  auto deals = ExtractText(
      "Pellworth Capital agreed to buy Quarrydale Systems for $2 billion. Quarrydale Systems last raised money in "
      "2021, when Brightwell Ventures led a $200 million round.");
  ASSERT_EQ(deals.size(), 2u);
  EXPECT_EQ(deals[1].from, Names{"Brightwell Ventures"});
  EXPECT_EQ(deals[1].to, Names{"Quarrydale Systems"});
}

TEST(ExtractorTest, HeadlineStatusComesFromTheBody) {
  auto deals = ExtractText(
      "Tervane Labs becomes top shareholder of Quarrydale Systems after buying stake\n"
      "Tervane Labs has agreed to buy a 20% stake in Quarrydale Systems for $90 million.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].status, DealStatus::kAnnounced);
}

TEST(ExtractorTest, ANamedSiteBelongsToItsOwner) {
  auto deals = ExtractText(
      "Tervane Labs has agreed to buy the electricity from Quarrydale Energy's Brightwell nuclear plant for 20 years.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].to, Names{"Quarrydale Energy"});
}

TEST(ExtractorTest, AFurtherCommitmentByAnInvestor) {
  auto deals = ExtractText(
      "Tervane Grid said on Monday it had raised $310 million from Pellworth Capital and Osaka-based Quarrydale "
      "Energy. Pellworth Capital has committed at least a further $150 million if Tervane Grid meets its targets.");
  ASSERT_EQ(deals.size(), 2u);
  EXPECT_EQ(deals[0].from.size(), 2u);
  EXPECT_EQ(deals[1].from, Names{"Pellworth Capital"});
  EXPECT_EQ(deals[1].to, Names{"Tervane Grid"});
  ASSERT_TRUE(deals[1].amount);
  EXPECT_EQ(deals[1].amount->qualifier, Qualifier::kAtLeast);
}

TEST(ExtractorTest, ACustomersContractIsNoRaise) {
  auto deals = ExtractText(
      "Tervane Cloud lands Quarrydale Systems contract worth up to $4 billion\n"
      "Tervane Cloud said it had signed a deal worth up to $4 billion to supply Quarrydale Systems with computing "
      "power.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kPurchase);
  EXPECT_EQ(deals[0].from, Names{"Quarrydale Systems"});
}

TEST(ExtractorTest, ACompanyDescribedInAnAppositionIsBought) {
  auto deals = ExtractText(
      "Tervane Cloud agreed to buy Quarrydale Systems, a data-centre operator and former bitcoin miner, for $9 "
      "billion.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kAcquisition);
}

TEST(ExtractorTest, PartnershipPhrasings) {
  const char* sentences[] = {
      "Tervane Labs is also working with French AI developer Quarrydale Systems on models for drones.",
      "Tervane Labs is teaming up with Quarrydale Systems to restart a nuclear plant.",
      "Tervane Labs said it has formed a joint venture with Quarrydale Systems.",
      "Tervane Labs and Quarrydale Systems are expanding their alliance.",
      "Tervane Labs is collaborating with Quarrydale Systems on an industrial cloud.",
  };
  for (const char* text : sentences) {
    auto deals = ExtractText(text);
    ASSERT_EQ(deals.size(), 1u) << text;
    EXPECT_EQ(deals[0].type, DealType::kPartnership) << text;
  }
}

TEST(ExtractorTest, TheNameAfterWithActsInAParticipleClause) {
  auto deals = ExtractText(
      "Tervane Labs and Quarrydale Systems announced a partnership, with Tervane Labs investing $1 billion in "
      "Quarrydale Systems.");
  bool investment = false;
  for (const Deal& d : deals) {
    if (d.type != DealType::kInvestment) continue;
    investment = true;
    EXPECT_EQ(d.from, Names{"Tervane Labs"});
    EXPECT_EQ(d.to, Names{"Quarrydale Systems"});
  }
  EXPECT_TRUE(investment);
}

TEST(ExtractorTest, BackersNamedAsAListOrCounted) {
  auto listed = ExtractText("Tervane AI's investors include Pellworth Capital, Brightwell Ventures and Ostrava Partners.");
  ASSERT_EQ(listed.size(), 1u);
  EXPECT_EQ(listed[0].from.size(), 3u);
  EXPECT_EQ(listed[0].to, Names{"Tervane AI"});
  EXPECT_EQ(listed[0].status, DealStatus::kCompleted);
  auto counted = ExtractText("Tervane Labs, which counts Pellworth Capital among its backers, is valued at $2 billion.");
  ASSERT_EQ(counted.size(), 1u);
  EXPECT_EQ(counted[0].from, Names{"Pellworth Capital"});
  EXPECT_EQ(counted[0].to, Names{"Tervane Labs"});
  EXPECT_FALSE(counted[0].amount) << "a valuation is no deal amount";
  EXPECT_TRUE(ExtractText("Tervane AI's investors said they were pleased.").empty());
}

TEST(ExtractorTest, StakeTakenInTheNameBeforeInWhich) {
  auto deals = ExtractText("Tervane Labs, in which Pellworth Capital took a 49% stake in June, lost customers.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].from, Names{"Pellworth Capital"});
  EXPECT_EQ(deals[0].to, Names{"Tervane Labs"});
  EXPECT_EQ(deals[0].status, DealStatus::kCompleted);
}

TEST(ExtractorTest, PossessiveBeforeAModifiedDealNounIsTheBuyer) {
  auto deals = ExtractText(
      "The European Commission on Wednesday blocked Ostrava Rail's proposed €4 billion acquisition of Kestrel "
      "Signalling.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kAcquisition);
  EXPECT_EQ(deals[0].from, Names{"Ostrava Rail"});
  EXPECT_EQ(deals[0].to, Names{"Kestrel Signalling"});
  EXPECT_EQ(deals[0].status, DealStatus::kCancelled);
}

TEST(ExtractorTest, OfferForNamesTheTarget) {
  auto deals = ExtractText("Brightwell Systems said its offer for Quillane was final.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kAcquisition);
  EXPECT_EQ(deals[0].from, Names{"Brightwell Systems"});
  EXPECT_EQ(deals[0].to, Names{"Quillane"});
}

TEST(ExtractorTest, StakeInAUnitNamedBeforeItsDescription) {
  auto deals = ExtractText(
      "Pellworth Systems agreed to sell a 51% stake in its Tarrow programmable-chip unit to Brightwell Capital for "
      "$4 billion.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kInvestment);
  EXPECT_EQ(deals[0].from, Names{"Brightwell Capital"});
  EXPECT_EQ(deals[0].to, Names{"Tarrow"});
}

TEST(ExtractorTest, StakeInTheSellersOwnFactories) {
  auto deals = ExtractText(
      "Pellworth Systems agreed to sell a 49% stake in its planned chip factories in Arizona to Brightwell Capital "
      "for up to $15 billion.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].from, Names{"Brightwell Capital"});
  EXPECT_EQ(deals[0].to, Names{"Pellworth Systems"});
  ASSERT_TRUE(deals[0].amount);
  EXPECT_EQ(deals[0].amount->qualifier, Qualifier::kUpTo);
}

TEST(ExtractorTest, WhatEndsAfterADealMustBeADealToCancelIt) {
  auto sold = ExtractText(
      "Quillo Devices sold most of its assets to Pellworth Systems for $116 million, ending the startup's attempt "
      "to build a wearable.");
  ASSERT_EQ(sold.size(), 1u);
  EXPECT_EQ(sold[0].status, DealStatus::kCompleted);
  auto ended = ExtractText(
      "Shareholders voted against Pellworth Group's offer for Quillo Devices on Monday, ending the takeover.");
  ASSERT_EQ(ended.size(), 1u);
  EXPECT_EQ(ended[0].status, DealStatus::kCancelled);
}

TEST(ExtractorTest, InvestorsFromAGroupThatIncluded) {
  auto deals = ExtractText(
      "Tervane AI said it had raised another $450 million from a group that included Pellworth Capital and "
      "Brightwell Ventures.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].from, (Names{"Pellworth Capital", "Brightwell Ventures"}));
  EXPECT_EQ(deals[0].to, Names{"Tervane AI"});
}

TEST(ExtractorTest, BuyingAMajorityOfACompanyIsATakeover) {
  auto deals = ExtractText(
      "Ostrava Partners is buying a majority of Quarrydale Energy, the French power producer, for 6.1 billion euros.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kAcquisition);
  EXPECT_EQ(deals[0].from, Names{"Ostrava Partners"});
  EXPECT_EQ(deals[0].to, Names{"Quarrydale Energy"});
  ASSERT_TRUE(deals[0].amount);
  EXPECT_EQ(deals[0].amount->currency, "EUR");
}

TEST(ExtractorTest, AnAgreementToldByPeopleFamiliarIsAgreed) {
  auto deals = ExtractText(
      "Parsec Labs has agreed to rent capacity on Drayfield Cloud's clusters under a three-year contract worth "
      "about $310 million, according to a person familiar with the terms.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].status, DealStatus::kAnnounced);
  deals = ExtractText(
      "Ostlund AI has agreed to buy computing capacity from Cerebral Systems, according to people familiar with "
      "the arrangement.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].status, DealStatus::kAnnounced);
  deals = ExtractText("Parsec Labs is in talks to rent capacity from Drayfield Cloud, people familiar with the matter said.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].status, DealStatus::kTalks);
}

TEST(ExtractorTest, MoneySpentWithANamedSeller) {
  auto deals = ExtractText("Tervane Motors is spending $500 million with Quarrydale Materials to buy magnets.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kPurchase);
  EXPECT_EQ(deals[0].asset, Asset::kOther);
  EXPECT_EQ(deals[0].from, Names{"Tervane Motors"});
  EXPECT_EQ(deals[0].to, Names{"Quarrydale Materials"});
}

TEST(ExtractorTest, InvestorsInTheRoundJoinTheRoundBefore) {
  auto deals = ExtractText(
      "Vesperline Bio raised $80 million. Investors in the round included Pellworth Capital and Brightwell "
      "Ventures, the company said.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].from, (Names{"Pellworth Capital", "Brightwell Ventures"}));
  EXPECT_EQ(deals[0].to, Names{"Vesperline Bio"});
  EXPECT_EQ(deals[0].status, DealStatus::kCompleted);
}

TEST(ExtractorTest, DescribingWordsBeforeTheTarget) {
  auto deals = ExtractText(
      "Pellworth Systems has terminated its planned $5.4 billion acquisition of Israeli contract chipmaker "
      "Quarrydale Semiconductor.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].to, Names{"Quarrydale Semiconductor"});
  EXPECT_EQ(deals[0].status, DealStatus::kCancelled);
}

TEST(ExtractorTest, APlacesPossessiveBeforeTheTarget) {
  auto deals = ExtractText("Pellworth Systems agreed to buy Taiwan's Quarry Motion for $3.8 billion.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kAcquisition);
  EXPECT_EQ(deals[0].to, Names{"Quarry Motion"});
}

TEST(ExtractorTest, ADescriptionWithItsOwnRelativeClause) {
  auto deals = ExtractText(
      "Tervane uses designs from Quarrydale Holdings, the British company that Pellworth Capital bought for $32 "
      "billion in 2016.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kAcquisition);
  EXPECT_EQ(deals[0].from, Names{"Pellworth Capital"});
  EXPECT_EQ(deals[0].to, Names{"Quarrydale Holdings"});
  EXPECT_EQ(deals[0].status, DealStatus::kCompleted);
}

TEST(ExtractorTest, TakingPartInAnotherCompanysRound) {
  auto deals = ExtractText(
      "Pellworth Telecom invested $100 million in Tervane AI in 2023. It also took part in a funding round for "
      "Quarrydale Labs last year. Brightwell Ventures participated in Orbis Robotics's $30 million Series A.");
  ASSERT_EQ(deals.size(), 3u);
  EXPECT_EQ(deals[1].from, Names{"Pellworth Telecom"});
  EXPECT_EQ(deals[1].to, Names{"Quarrydale Labs"});
  EXPECT_EQ(deals[1].status, DealStatus::kCompleted);
  EXPECT_EQ(deals[2].from, Names{"Brightwell Ventures"});
  EXPECT_EQ(deals[2].to, Names{"Orbis Robotics"});
  ASSERT_TRUE(deals[2].amount);
  EXPECT_DOUBLE_EQ(deals[2].amount->value, 30e6);
}

TEST(ExtractorTest, WhatRemainedOfACompanyBoughtBy) {
  auto deals = ExtractText("Within days the rest of Quarrydale Labs had been bought by Tervane AI, a rival start-up.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].from, Names{"Tervane AI"});
  EXPECT_EQ(deals[0].to, Names{"Quarrydale Labs"});
  EXPECT_EQ(deals[0].status, DealStatus::kCompleted);
}

TEST(ExtractorTest, AcquisitionInterestTurnedDown) {
  auto deals = ExtractText("Quarrydale Labs turned down acquisition interest from Tervane AI earlier this year.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].from, Names{"Tervane AI"});
  EXPECT_EQ(deals[0].to, Names{"Quarrydale Labs"});
  EXPECT_EQ(deals[0].status, DealStatus::kCancelled);
}

TEST(ExtractorTest, PaymentsForLicencesAndStaff) {
  auto licence =
      ExtractText("Pellworth Systems paid about $2.7 billion to Quarrydale Labs for a licence to its models.");
  ASSERT_EQ(licence.size(), 1u);
  EXPECT_EQ(licence[0].type, DealType::kPurchase);
  EXPECT_EQ(licence[0].asset, Asset::kOther);
  EXPECT_EQ(licence[0].to, Names{"Quarrydale Labs"});
  auto hire = ExtractText(
      "Tervane AI paid more than $900 million to hire Quarrydale's chief executive and to license its networking "
      "chips.");
  ASSERT_EQ(hire.size(), 1u);
  EXPECT_EQ(hire[0].asset, Asset::kOther) << "people and rights, not the chips themselves";
  EXPECT_EQ(hire[0].from, Names{"Tervane AI"});
  EXPECT_EQ(hire[0].to, Names{"Quarrydale"});
}

TEST(ExtractorTest, AJointInvestmentIsAPartnership) {
  auto deals = ExtractText(
      "Pellworth Cloud and Tervane AI said they would invest more than $5 billion together in a data centre zone.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kPartnership);
  EXPECT_EQ(deals[0].from, Names{"Pellworth Cloud"});
  EXPECT_EQ(deals[0].to, Names{"Tervane AI"});
  ASSERT_TRUE(deals[0].amount);
  EXPECT_EQ(deals[0].amount->qualifier, Qualifier::kOver);
}

TEST(ExtractorTest, AContractBetweenTwoDescribedCompaniesCalledOff) {
  auto deals = ExtractText(
      "A proposed contract between Wolfden Data, a developer of data centres in Ohio, and Brennan Power, which owns "
      "two gas-fired plants, was called off in May.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].from, Names{"Wolfden Data"});
  EXPECT_EQ(deals[0].to, Names{"Brennan Power"});
  EXPECT_EQ(deals[0].status, DealStatus::kCancelled);
}

TEST(ExtractorTest, AnAgreementToBuildSomethingTogether) {
  auto deals = ExtractText("Pellworth Telecom and Tervane Cloud have signed an agreement to build a large AI campus.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kPartnership);
  EXPECT_EQ(deals[0].status, DealStatus::kAnnounced);
}

TEST(ExtractorTest, LeadingARoundWithALongAmountBeforeTheCompany) {
  auto deals = ExtractText(
      "Pellworth Capital is preparing to lead a funding round of as much as $40 billion in Tervane AI, people "
      "familiar with the matter said.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].from, Names{"Pellworth Capital"});
  EXPECT_EQ(deals[0].to, Names{"Tervane AI"});
  EXPECT_EQ(deals[0].status, DealStatus::kTalks);
  ASSERT_TRUE(deals[0].amount);
  EXPECT_EQ(deals[0].amount->qualifier, Qualifier::kUpTo);
}

TEST(ExtractorTest, AStakeTakenIsDone) {
  auto deals = ExtractText("Separately, Pellworth Systems said it had taken a $1 billion stake in Tervane AI.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].status, DealStatus::kCompleted);
}

TEST(ExtractorTest, AFirmWordAfterAKnownNameKeepsTheListGoing) {
  auto deals = ExtractText(
      "Tervane AI raised $13 billion in a round led by Iconiq, Fidelity Management and Lightspeed Venture Partners.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].from.size(), 3u);
}

TEST(ExtractorTest, ApproachesByWouldBeBuyers) {
  auto approached = ExtractText(
      "Quarrydale Labs said it had been approached by Tervane AI earlier in the year about a possible offer.");
  ASSERT_EQ(approached.size(), 1u);
  EXPECT_EQ(approached[0].type, DealType::kAcquisition);
  EXPECT_EQ(approached[0].from, Names{"Tervane AI"});
  EXPECT_EQ(approached[0].to, Names{"Quarrydale Labs"});
  EXPECT_EQ(approached[0].status, DealStatus::kTalks);
  auto received = ExtractText("Quarrydale Labs confirmed it had received an approach from Tervane AI.");
  ASSERT_EQ(received.size(), 1u);
  EXPECT_EQ(received[0].from, Names{"Tervane AI"});
  EXPECT_TRUE(ExtractText("Quarrydale Labs declined to say whether it had been approached by Tervane AI.").empty());
}

TEST(ExtractorTest, ATieUpBetweenANamedPair) {
  auto deals = ExtractText(
      "The launch comes months after a tie-up between Quarrydale, the country's biggest messaging app operator, "
      "and Tervane AI.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kPartnership);
  EXPECT_EQ(deals[0].from, Names{"Quarrydale"});
  EXPECT_EQ(deals[0].to, Names{"Tervane AI"});
  auto merger = ExtractText(
      "Pellworth Telecom and Tervane Mobile completed their merger on Friday, two years after they agreed the "
      "tie-up.");
  for (const Deal& d : merger) EXPECT_NE(d.type, DealType::kPartnership) << "the tie-up is the merger";
}

TEST(ExtractorTest, InWhichItHasInvested) {
  auto deals = ExtractText(
      "Pellworth Systems' relationship with Tervane AI, in which it has invested about $13 billion since 2019, "
      "was built to avoid control.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].from, Names{"Pellworth Systems"});
  EXPECT_EQ(deals[0].to, Names{"Tervane AI"});
  EXPECT_EQ(deals[0].status, DealStatus::kCompleted);
}

TEST(ExtractorTest, AStakePaidForIsDone) {
  auto deals = ExtractText("Pellworth Systems paid $14.3 billion in June for a 49% stake in Tervane AI.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kInvestment);
  EXPECT_EQ(deals[0].status, DealStatus::kCompleted);
}

TEST(ExtractorTest, NamesWithASlashOrABracketedShortForm) {
  auto slash = ExtractText("Kest/River Capital took software company Quarrydale Labs private in April.");
  ASSERT_EQ(slash.size(), 1u);
  EXPECT_EQ(slash[0].from, Names{"Kest/River Capital"});
  auto bracket = ExtractText(
      "Tervane Electronics agreed to buy Quarrydale Semiconductor Manufacturing Corporation (QSMC) for $2 billion.");
  ASSERT_EQ(bracket.size(), 1u);
  ASSERT_EQ(bracket[0].to.size(), 1u);
  EXPECT_EQ(bracket[0].to[0].find('('), std::string::npos) << bracket[0].to[0];
}

TEST(ExtractorTest, TwoSalesInOneSentenceAndAFundNamedByItsManager) {
  auto deals = ExtractText(
      "Tervane Towers agreed to sell its small-cell business to EQT's Active Core Infrastructure fund for $4.25 "
      "billion, and its fiber unit to Quarrydale Group for another $4.25 billion.");
  ASSERT_EQ(deals.size(), 2u);
  EXPECT_EQ(deals[0].from, Names{"EQT"});
  EXPECT_EQ(deals[0].to, Names{"Tervane Towers"});
  EXPECT_EQ(deals[1].from, Names{"Quarrydale Group"});
  EXPECT_EQ(deals[1].to, Names{"Tervane Towers"});
  ASSERT_TRUE(deals[1].amount);
  EXPECT_DOUBLE_EQ(deals[1].amount->value, 4.25e9);
}

TEST(ExtractorTest, RaisingAHoldingInACompany) {
  auto deals = ExtractText(
      "Pellworth Electronics said it would raise its holding in Quarrydale Robotics, a maker of serving robots, "
      "to 51 percent.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kInvestment);
  EXPECT_EQ(deals[0].from, Names{"Pellworth Electronics"});
  EXPECT_EQ(deals[0].to, Names{"Quarrydale Robotics"});
  EXPECT_EQ(deals[0].status, DealStatus::kAnnounced);
}

TEST(ExtractorTest, TheAcquisitionOfABusinessOfASeller) {
  auto deals = ExtractText(
      "Pellworth Semiconductor closed its $115 million acquisition of the silicon carbide business of Quarrydale "
      "Systems in January.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].to, Names{"Quarrydale Systems"});
  EXPECT_EQ(deals[0].status, DealStatus::kCompleted);
}

TEST(ExtractorTest, ACoBuyerNamedTogetherWith) {
  auto deals = ExtractText(
      "Pellworth Partners has agreed to buy Quarrydale Data, the largest data-centre operator in the region, "
      "together with Tervane Pension Fund, in a deal worth more than A$24 billion.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].from, (Names{"Pellworth Partners", "Tervane Pension Fund"}));
  EXPECT_EQ(deals[0].to, Names{"Quarrydale Data"});
}

TEST(ExtractorTest, InvestorsWhoAlsoJoined) {
  auto deals = ExtractText(
      "Cuyabra Pagos closed an $18 million Series A led by Andes Frontier Capital. Tlaloc Partners and several "
      "angel investors also joined.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].from, (Names{"Andes Frontier Capital", "Tlaloc Partners"}));
}

TEST(ExtractorTest, UnknownNamesInTakeoverAndPriceSlots) {
  auto took = ExtractText("Pellworth Motors took over Takisawa Machine Tool in 2023.");
  ASSERT_EQ(took.size(), 1u);
  EXPECT_EQ(took[0].to, Names{"Takisawa Machine Tool"});
  auto paid = ExtractText("Pellworth agreed to pay about $150 million for Vulcan Cyber, another Israeli company.");
  ASSERT_EQ(paid.size(), 1u);
  EXPECT_EQ(paid[0].to, Names{"Vulcan Cyber"});
  auto centres = ExtractText(
      "Ipanema Data Centres, which is building a campus outside Campinas, has signed a 15-year power purchase "
      "agreement with Serra Azul Energia.");
  ASSERT_EQ(centres.size(), 1u);
  EXPECT_EQ(centres[0].from, Names{"Ipanema Data Centres"});
}

TEST(ExtractorTest, NoCommitmentMadeIsNoPurchase) {
  auto deals = ExtractText(
      "Gaon Thermal signed a memorandum of understanding with Daehan Data Centres to test its systems, without "
      "any financial commitment from either side.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kPartnership);
}

TEST(ExtractorTest, AnOfferedPriceIsABid) {
  auto deals = ExtractText("Pellworth Systems offered $2 billion for Quarrydale Sensors last month.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kAcquisition);
  EXPECT_EQ(deals[0].to, Names{"Quarrydale Sensors"});
  EXPECT_EQ(deals[0].status, DealStatus::kAnnounced);
}

TEST(ExtractorTest, TheFullerFormOfAShortNameIsWritten) {
  auto deals = ExtractText(
      "NTT Docomo will acquire Quarrydale Net Bank for about 420 billion yen. Docomo said the deal would close "
      "next year. Docomo expects growth.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].from, Names{"NTT Docomo"}) << "not the shorter 'Docomo' written more often";
}

TEST(ExtractorTest, StakesBoughtFromSellersAndBuybacks) {
  auto stake = ExtractText(
      "Pellworth Mobile bought a 49% stake in Quarrydale Securities from Quarrydale Group in January for about 48.5 "
      "billion yen.");
  ASSERT_EQ(stake.size(), 1u);
  EXPECT_EQ(stake[0].from, Names{"Pellworth Mobile"});
  EXPECT_EQ(stake[0].to, Names{"Quarrydale Securities"});
  EXPECT_TRUE(ExtractText("Pellworth Design said it had bought back $250 million of its own shares.").empty());
}

TEST(ExtractorTest, BuyingTheBusinessOfASellerOrTheWholeCompany) {
  auto unit = ExtractText(
      "Pellworth Design agreed to buy the design and engineering business of Sweden's Quarrydale for 2.7 billion "
      "euros.");
  ASSERT_EQ(unit.size(), 1u);
  EXPECT_EQ(unit[0].to, Names{"Quarrydale"});
  auto whole = ExtractText("Pellworth Test agreed to buy the whole of Quarrydale Communications for £1 billion.");
  ASSERT_EQ(whole.size(), 1u);
  EXPECT_EQ(whole[0].to, Names{"Quarrydale Communications"});
}

TEST(ExtractorTest, RoundLeadersFromAPlaceAndInvestorsAmongTheRest) {
  auto deals = ExtractText(
      "Tervane Cloud raised $1.1 billion in a round led by Norway's Kvaloy, with Pellworth Systems among the "
      "investors. Former Quarrydale CEO Jane Holm also invested.");
  ASSERT_GE(deals.size(), 1u);
  EXPECT_EQ(deals[0].from, (Names{"Kvaloy", "Pellworth Systems"}));
  EXPECT_TRUE(ExtractText("Tervane Cloud is backed by Italy's Kvaloy family.").empty());
}

TEST(ExtractorTest, TheTargetOfANamedAcquisitionIsNoBuyer) {
  auto deals = ExtractText(
      "It completed the acquisition of French chip-security specialist Kestrel-IC in the first quarter, and "
      "Pellworth Design agreed to take over Quarrydale's memory business.");
  for (const Deal& d : deals) EXPECT_NE(d.from, Names{"Kestrel-IC"});
}

TEST(ExtractorTest, ARoundToldInThePastIsDone) {
  auto deals = ExtractText(
      "Tervane Voice raised $80 million in June in a round led by Quarry Capital. The company sells voice "
      "software to banks. Customers include lenders in Poland. Its seed round was led by Pellworth Ventures.");
  ASSERT_EQ(deals.size(), 2u);
  EXPECT_EQ(deals[1].from, Names{"Pellworth Ventures"});
  EXPECT_EQ(deals[1].to, Names{"Tervane Voice"});
  EXPECT_EQ(deals[1].status, DealStatus::kCompleted);
}

TEST(ExtractorTest, UnitsSoldInThePassiveAndASuperlativesOwner) {
  auto sold = ExtractText("Quarrydale Group's testing businesses were sold to Pellworth Solutions for $425 million.");
  ASSERT_EQ(sold.size(), 1u);
  EXPECT_EQ(sold[0].from, Names{"Pellworth Solutions"});
  EXPECT_EQ(sold[0].to, Names{"Quarrydale Group"});
  auto largest = ExtractText(
      "Pellworth Test reported results. Its largest was the $1.6 billion acquisition of Quarrydale "
      "Networks, completed in 2017.");
  ASSERT_EQ(largest.size(), 1u);
  EXPECT_EQ(largest[0].from, Names{"Pellworth Test"});
}

TEST(ExtractorTest, ASentenceWithItsOwnRoundIsNoFollowUp) {
  auto deals = ExtractText(
      "Tervane Legal closed a $300 million Series D led by Pellworth Capital. Last summer, it pulled in $100 "
      "million in a Series C led by Quarry Ventures, with Brightwell Partners participating.");
  ASSERT_EQ(deals.size(), 2u);
  EXPECT_EQ(deals[0].from, Names{"Pellworth Capital"});
  EXPECT_EQ(deals[1].from, (Names{"Quarry Ventures", "Brightwell Partners"}));
}

TEST(ExtractorTest, FollowUpsThatLedThatRoundOrReturned) {
  auto deals = ExtractText(
      "This summer Tervane Labs raised a further $500 million. Quarry Ventures and Brightwell Capital led that "
      "round, and existing backers including Pellworth Partners and Kestrel Fund returned.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].from.size(), 4u);
}

TEST(ExtractorTest, ListsStopAtWhoseAndPeopleAreNoInvestors) {
  auto alliance = ExtractText(
      "Tervane Labs struck an alliance with Quarrydale Networks, whose parent Pellworth Group is already an investor.");
  ASSERT_GE(alliance.size(), 1u);
  EXPECT_EQ(alliance[0].to, Names{"Quarrydale Networks"});
  auto round = ExtractText(
      "Tervane Labs closed a $4.5 million seed round led by Quarry Ventures, with angel investors including "
      "engineers from Pellworth Systems.");
  ASSERT_EQ(round.size(), 1u);
  EXPECT_EQ(round[0].from, Names{"Quarry Ventures"});
}

TEST(ExtractorTest, ADealPreventedAndAPastPut) {
  auto stopped = ExtractText(
      "In 2022, Berlin stopped Elmos Semi from selling its wafer fab for 85 million euros to Silex Microsystems.");
  ASSERT_EQ(stopped.size(), 1u);
  EXPECT_EQ(stopped[0].status, DealStatus::kCancelled);
  auto put = ExtractText(
      "Pellworth Systems is in talks to invest in Tervane AI this year, in 2025. Pellworth Systems put $2 billion "
      "into Tervane AI in 2023.");
  bool done = false;
  for (const Deal& d : put) done = done || (d.amount && d.amount->value == 2e9 && d.status == DealStatus::kCompleted);
  EXPECT_TRUE(done);
}

TEST(ExtractorTest, ATargetWithAParticipleAfterIt) {
  auto deals = ExtractText(
      "Pellworth reported results. Its biggest acquisitions so far include security firm Quarrydale Labs, which it "
      "bought for about $5.4 billion in 2022, and tracker maker Tervane Devices, acquired for $2.1 billion the year "
      "before.");
  ASSERT_EQ(deals.size(), 2u);
  EXPECT_EQ(deals[1].from, Names{"Pellworth"});
  EXPECT_EQ(deals[1].to, Names{"Tervane Devices"});
  ASSERT_TRUE(deals[1].amount);
  EXPECT_DOUBLE_EQ(deals[1].amount->value, 2.1e9);
}

TEST(ExtractorTest, PerSharePricesPursuitsAndPhrasalPassives) {
  auto each =
      ExtractText("Pellworth Systems will pay $12 in cash for each Quarrydale Networks share, the companies said.");
  ASSERT_EQ(each.size(), 1u);
  EXPECT_FALSE(each[0].amount) << "a price per share is not the deal's amount";
  auto pursuit = ExtractText(
      "Pellworth Systems said it had dropped its pursuit of Quarrydale Labs after shareholders rejected the offer.");
  ASSERT_EQ(pursuit.size(), 1u);
  EXPECT_EQ(pursuit[0].to, Names{"Quarrydale Labs"});
  EXPECT_EQ(pursuit[0].status, DealStatus::kCancelled);
  auto snapped = ExtractText("Quarrydale Labs has been snapped up by Pellworth Systems for an undisclosed sum.");
  ASSERT_EQ(snapped.size(), 1u);
  EXPECT_EQ(snapped[0].from, Names{"Pellworth Systems"});
  EXPECT_EQ(snapped[0].to, Names{"Quarrydale Labs"});
}

TEST(ExtractorTest, AStandingShareAndAConvertedStake) {
  auto owns = ExtractText("Pellworth Systems owns roughly 27% of Tervane AI after the restructuring.");
  ASSERT_EQ(owns.size(), 1u);
  EXPECT_EQ(owns[0].type, DealType::kInvestment);
  EXPECT_EQ(owns[0].from, Names{"Pellworth Systems"});
  EXPECT_EQ(owns[0].to, Names{"Tervane AI"});
  EXPECT_EQ(owns[0].status, DealStatus::kCompleted);
  auto converted = ExtractText(
      "The Ostrava government converted $8.9 billion of grants into a 10% equity stake in Tervane Semiconductor.");
  ASSERT_EQ(converted.size(), 1u);
  EXPECT_EQ(converted[0].status, DealStatus::kCompleted);
}

TEST(ExtractorTest, AHeadlineThatEyesATakeoverIsTalk) {
  auto deals = ExtractText("Pellworth Systems eyes $3 billion takeover of Quarrydale Labs\nThe talks are early.");
  ASSERT_GE(deals.size(), 1u);
  EXPECT_EQ(deals[0].status, DealStatus::kTalks);
}

TEST(ExtractorTest, BackersCountedListedOrActedOn) {
  auto counts = ExtractText("Tervane AI counts Pellworth Systems and Brightwell Capital as investors.");
  ASSERT_EQ(counts.size(), 1u);
  EXPECT_EQ(counts[0].from, (Names{"Pellworth Systems", "Brightwell Capital"}));
  EXPECT_EQ(counts[0].to, Names{"Tervane AI"});
  auto whose = ExtractText("Tervane AI, whose backers include Pellworth Systems, raised $40 million.");
  ASSERT_EQ(whose.size(), 1u);
  EXPECT_EQ(whose[0].from, Names{"Pellworth Systems"});
  auto on = ExtractText("Pellworth Systems doubled down on Tervane AI with a fresh $2 billion investment.");
  ASSERT_EQ(on.size(), 1u);
  EXPECT_EQ(on[0].to, Names{"Tervane AI"});
}

TEST(ExtractorTest, TalksBetweenAPairOverAMerger) {
  auto deals = ExtractText(
      "Talks between Pellworth Systems and Quarrydale Labs over a merger have stalled, according to Reuters.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kAcquisition);
  EXPECT_EQ(deals[0].status, DealStatus::kTalks);
  EXPECT_EQ(deals[0].attribution, Names{"Reuters"});
}

TEST(ExtractorTest, AnUnknownSuppliersNameSaysItsTrade) {
  auto cloud = ExtractText("Tervane AI expanded its contract with Pellworth Cloud by $4 billion.");
  ASSERT_EQ(cloud.size(), 1u);
  EXPECT_EQ(cloud[0].asset, Asset::kCloud);
  auto services = ExtractText(
      "Tervane AI has committed to spending $20 billion on Pellworth Cloud's services over seven years.");
  ASSERT_EQ(services.size(), 1u);
  EXPECT_EQ(services[0].asset, Asset::kCloud);
}

TEST(ExtractorTest, ATwoWordPlaceBeforeBased) {
  auto deals = ExtractText("Abu Dhabi-based Falaj Robotics raised $60 million in a round led by Sahra Ventures.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].to, Names{"Falaj Robotics"});
}

TEST(ExtractorTest, MoreRaiseVerbs) {
  auto pulled = ExtractText("Kestrel Robotics pulled in $40 million from Northwind Capital and Harbor Ventures.");
  ASSERT_EQ(pulled.size(), 1u);
  EXPECT_EQ(pulled[0].type, DealType::kInvestment);
  EXPECT_EQ(pulled[0].to, Names{"Kestrel Robotics"});
  EXPECT_EQ(pulled[0].from, (Names{"Northwind Capital", "Harbor Ventures"}));
  auto garnered = ExtractText("Lumina Bio garnered $25 million in seed funding led by Orchard Ventures.");
  ASSERT_EQ(garnered.size(), 1u);
  EXPECT_EQ(garnered[0].from, Names{"Orchard Ventures"});
}

TEST(ExtractorTest, ASecondRaiseAfterCommaAndADescribedName) {
  auto deals = ExtractText(
      "Tervane AI raised $500 million in a round co-led by Pellworth Ventures and the Quarrydale Fund, and the "
      "Oslo translation company Fjordline Labs pulled in $300 million from a round led by Harbor Capital.");
  ASSERT_EQ(deals.size(), 2u);
  EXPECT_EQ(deals[0].to, Names{"Tervane AI"});
  EXPECT_EQ(deals[0].from, (Names{"Pellworth Ventures", "Quarrydale Fund"}));
  EXPECT_EQ(deals[1].to, Names{"Fjordline Labs"});
  EXPECT_EQ(deals[1].from, Names{"Harbor Capital"});
}

TEST(ExtractorTest, UnderWhichARelativeClauseNamesItsOwnSubject) {
  auto deals = ExtractText(
      "Pellworth Systems announced an expanded agreement with Quarrydale Cloud, under which Pellworth Systems has "
      "committed to spend at least $150 million on Quarrydale Cloud's services.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kPurchase);
  EXPECT_EQ(deals[0].from, Names{"Pellworth Systems"});
  EXPECT_EQ(deals[0].to, Names{"Quarrydale Cloud"});
  ASSERT_TRUE(deals[0].amount);
  EXPECT_EQ(deals[0].amount->qualifier, Qualifier::kAtLeast);
}

TEST(ExtractorTest, AgreementBetweenTwoNamedCompaniesToDoSomething) {
  auto deals = ExtractText(
      "Telecom operator Marisol Telecom and satellite company Pallas Orbital struck an agreement to offer coverage "
      "across Chile.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kPartnership);
  EXPECT_EQ(deals[0].from, Names{"Marisol Telecom"});
  EXPECT_EQ(deals[0].to, Names{"Pallas Orbital"});
  // An agreement to buy is the buying verb's deal, not a partnership.
  auto buy = ExtractText("Marisol Telecom and Pallas Orbital signed an agreement to buy Quarrydale Systems.");
  for (const Deal& d : buy) EXPECT_NE(d.type, DealType::kPartnership);
}

TEST(ExtractorTest, BuyingTheRestOfACompany) {
  auto deals = ExtractText("Halvorsen Group is negotiating to buy the rest of Tidewell Data Centres.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kAcquisition);
  EXPECT_EQ(deals[0].to, Names{"Tidewell Data Centres"});
  EXPECT_EQ(deals[0].status, DealStatus::kTalks);
}

TEST(ExtractorTest, HedgedCapexIntoThingsIsNoDeal) {
  EXPECT_TRUE(ExtractText("Quarrydale Systems plans to invest about $200 billion in US manufacturing and research.")
                  .empty());
}

TEST(ExtractorTest, SaidTheyWouldWorkTogether) {
  auto deals = ExtractText("Pellworth Systems and Quarrydale Labs said they would work together on quantum computing.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kPartnership);
  EXPECT_EQ(deals[0].status, DealStatus::kAnnounced);
}

TEST(ExtractorTest, MergerOfAUnitWithACompany) {
  auto deals = ExtractText("The merger of Pellworth Group's Spanish unit with Quarrydale Movil was completed in March.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].from, Names{"Pellworth Group"});
  EXPECT_EQ(deals[0].to, Names{"Quarrydale Movil"});
  EXPECT_EQ(deals[0].status, DealStatus::kCompleted);
}

TEST(ExtractorTest, AnUnknownUnitIsNamedByItsOwner) {
  auto deals = ExtractText(
      "Tervane Electronics agreed to acquire Quarrydale Holdings's Connectivity and Cable Solutions business for "
      "about $10.5 billion.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].from, Names{"Tervane Electronics"});
  EXPECT_EQ(deals[0].to, Names{"Quarrydale Holdings"});
}

TEST(ExtractorTest, FollowUpSentencesNameTheRoundsInvestors) {
  auto all = ExtractText(
      "Fjordline Labs has raised $1 billion in cash. Pellworth Ventures, Quarrydale Capital and Harbor Partners all "
      "put money in, as did Tervane Fund.");
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].from,
            (Names{"Pellworth Ventures", "Quarrydale Capital", "Harbor Partners", "Tervane Fund"}));
  auto led = ExtractText(
      "Fjordline Robotics closed a $30 million Series B. Pellworth Ventures led, with Quarrydale Bank's venture arm "
      "following on.");
  ASSERT_EQ(led.size(), 1u);
  EXPECT_EQ(led[0].from, (Names{"Pellworth Ventures", "Quarrydale Bank"}));
}

TEST(ExtractorTest, ACounterfactualSaysTheDealDidNotHappen) {
  auto deals = ExtractText(
      "Quarrydale Modems had agreed to be taken over by Tervane Electronics for $249 million, a deal that would have "
      "given the buyer its own modem technology.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].status, DealStatus::kCancelled);
  auto agreed = ExtractText("Quarrydale Modems had agreed to be taken over by Tervane Electronics for $249 million.");
  ASSERT_EQ(agreed.size(), 1u);
  EXPECT_EQ(agreed[0].status, DealStatus::kAnnounced);
}

TEST(ExtractorTest, NeverMadeAnOfferIsADenial) {
  auto deals = ExtractText("Varden Systems said it has never made an offer for Quarrydale Labs.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].status, DealStatus::kCancelled);
}

TEST(ExtractorTest, CustomersWonAwayFromAChipmakerAreNoInvestors) {
  auto deals = ExtractText(
      "Quarrydale Chips raised $676 million in a round led by Pellworth Fund. It was one of the last big rounds "
      "before start-ups struggled to win customers away from Tervane Semiconductor.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].from, Names{"Pellworth Fund"});
}

TEST(ExtractorTest, AnInvestmentTakenIsDone) {
  auto deals = ExtractText("Developer-tools company Tessaly AI took an undisclosed investment from Ferngate Capital.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].from, Names{"Ferngate Capital"});
  EXPECT_EQ(deals[0].status, DealStatus::kCompleted);
}

TEST(ExtractorTest, LicensingTechnologyIsAPurchaseOfRights) {
  auto from = ExtractText("Tervane Systems has agreed to license chip technology from Quarrydale Labs.");
  ASSERT_EQ(from.size(), 1u);
  EXPECT_EQ(from[0].type, DealType::kPurchase);
  EXPECT_EQ(from[0].asset, Asset::kOther);
  EXPECT_EQ(from[0].from, Names{"Tervane Systems"});
  EXPECT_EQ(from[0].to, Names{"Quarrydale Labs"});
  auto to = ExtractText("Quarrydale Labs licenses its designs to Tervane Systems.");
  ASSERT_EQ(to.size(), 1u);
  EXPECT_EQ(to[0].from, Names{"Tervane Systems"});
  EXPECT_EQ(to[0].to, Names{"Quarrydale Labs"});
  auto owner = ExtractText("Tervane Systems agreed to license Quarrydale Labs's image technology.");
  ASSERT_EQ(owner.size(), 1u);
  EXPECT_EQ(owner[0].to, Names{"Quarrydale Labs"});
}

TEST(ExtractorTest, PayingForTheAssetsPricesTheDealBefore) {
  auto deals = ExtractText(
      "Tervane Systems agreed to license technology from Quarrydale Labs. Tervane Systems is paying about $2 billion "
      "in cash for the assets, Reuters reported.");
  ASSERT_EQ(deals.size(), 1u);
  ASSERT_TRUE(deals[0].amount);
  EXPECT_DOUBLE_EQ(deals[0].amount->value, 2e9);
  EXPECT_EQ(deals[0].amount->qualifier, Qualifier::kAbout);
}

TEST(ExtractorTest, ACommittedLoanFacilityIsNoPurchase) {
  EXPECT_TRUE(
      ExtractText("Brandrith Software has obtained a fully committed $900 million bridge facility from Pellworth Bank.")
          .empty());
}

TEST(ExtractorTest, BuildingSomethingTogetherWithOthers) {
  auto deals = ExtractText("Falaj Group is building the campus together with Tervane AI, Quarrydale Cloud and Pellworth Systems.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kPartnership);
  EXPECT_EQ(deals[0].from, Names{"Falaj Group"});
  EXPECT_EQ(deals[0].to, (Names{"Tervane AI", "Quarrydale Cloud", "Pellworth Systems"}));
}

TEST(ExtractorTest, NothingCameOfTheTalks) {
  auto deals = ExtractText(
      "Pellworth Systems held early takeover talks with Quarrydale Labs in June. Nothing came of it, and Quarrydale "
      "Labs has since raised more money.");
  ASSERT_GE(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kAcquisition);
  EXPECT_EQ(deals[0].status, DealStatus::kCancelled);
  auto unit = ExtractText(
      "Tervane Semiconductor asked about buying Quarrydale Systems's product division, but was told the unit was not for sale.");
  ASSERT_EQ(unit.size(), 1u);
  EXPECT_EQ(unit[0].status, DealStatus::kCancelled);
}

TEST(ExtractorTest, FuelCellsAreInfrastructure) {
  auto deals = ExtractText(
      "Pellworth Asset Management agreed to spend up to $5 billion buying and installing Quarrydale Energy's fuel "
      "cells at its data centres.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kPurchase);
  EXPECT_EQ(deals[0].asset, Asset::kInfrastructure);
  EXPECT_EQ(deals[0].to, Names{"Quarrydale Energy"});
}

TEST(ExtractorTest, AStakeOfAShareInANamedCompany) {
  auto deals = ExtractText("Tervane Systems gets warrants equivalent to a stake of about 5.4 per cent in Quarrydale Mining.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kInvestment);
  EXPECT_EQ(deals[0].from, Names{"Tervane Systems"});
  EXPECT_EQ(deals[0].to, Names{"Quarrydale Mining"});
}

TEST(ExtractorTest, TalksToRaiseWithoutASum) {
  auto deals = ExtractText("Fjordline Cloud is in talks to raise fresh equity, The Information reported.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].to, Names{"Fjordline Cloud"});
  EXPECT_TRUE(deals[0].from.empty());
  EXPECT_EQ(deals[0].status, DealStatus::kTalks);
  EXPECT_TRUE(ExtractText("Fjordline Cloud has no plans to raise new equity.").empty());
}

TEST(ExtractorTest, TheSiteOwnerLeasesItsCampus) {
  auto deals = ExtractText(
      "Quarrydale Mining signed two ten-year leases with Fjordline Cloud for computing capacity at its Lake Mariner "
      "campus.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kPurchase);
  EXPECT_EQ(deals[0].asset, Asset::kInfrastructure);
  EXPECT_EQ(deals[0].from, Names{"Fjordline Cloud"});
  EXPECT_EQ(deals[0].to, Names{"Quarrydale Mining"});
}

TEST(ExtractorTest, AnAbsoluteWithClauseIsNoCounterparty) {
  auto deals = ExtractText(
      "Fjordline Cloud signed a ten-year lease worth roughly $3 billion, with Tervane Systems again standing behind "
      "the payments.");
  for (const Deal& d : deals) {
    EXPECT_NE(d.from, Names{"Tervane Systems"});
    EXPECT_NE(d.to, Names{"Tervane Systems"});
  }
}

TEST(ExtractorTest, RespectivelyGivesEachPartyItsAmount) {
  auto deals = ExtractText(
      "Pellworth Systems and Quarrydale Labs said they would invest $5 billion and $10 billion, respectively, in "
      "Tervane AI.");
  ASSERT_EQ(deals.size(), 2u);
  EXPECT_EQ(deals[0].from, Names{"Pellworth Systems"});
  ASSERT_TRUE(deals[0].amount);
  EXPECT_DOUBLE_EQ(deals[0].amount->value, 5e9);
  EXPECT_EQ(deals[1].from, Names{"Quarrydale Labs"});
  ASSERT_TRUE(deals[1].amount);
  EXPECT_DOUBLE_EQ(deals[1].amount->value, 10e9);
}

TEST(ExtractorTest, ARoundThatIncludedAnInvestor) {
  auto deals = ExtractText("Tervane AI closed a $20 billion funding round that included Pellworth Capital.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].from, Names{"Pellworth Capital"});
  ASSERT_TRUE(deals[0].amount);
  EXPECT_DOUBLE_EQ(deals[0].amount->value, 20e9);
}

TEST(ExtractorTest, TheMakerOfWhatPowersTheGoodsIsNoSeller) {
  auto deals = ExtractText(
      "Lambda reached a multibillion-dollar agreement with Microsoft to deploy AI infrastructure powered by tens of "
      "thousands of Nvidia GPUs.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].from, Names{"Microsoft"});
  EXPECT_EQ(deals[0].to, Names{"Lambda"});
}

TEST(ExtractorTest, APlacePossessiveBeforeADescribedPartner) {
  auto deals = ExtractText(
      "Equinix said it had formed a joint venture with Singapore's sovereign wealth fund GIC and the Canada Pension "
      "Plan Investment Board.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kPartnership);
  EXPECT_EQ(deals[0].to.size(), 2u);
}

TEST(ExtractorTest, ThePowerCompanySellsThePower) {
  // Both sides sell infrastructure of some kind; the power is the utility's.
  auto buyer_first = ExtractText(
      "Equinix has signed agreements with Bloom Energy for more than 100 megawatts of on-site generation.");
  ASSERT_EQ(buyer_first.size(), 1u);
  EXPECT_EQ(buyer_first[0].from, Names{"Equinix"});
  EXPECT_EQ(buyer_first[0].to, Names{"Bloom Energy"});
  auto seller_first = ExtractText("Talen Energy signed a power agreement with Amazon for 1.9 gigawatts of electricity.");
  ASSERT_EQ(seller_first.size(), 1u);
  EXPECT_EQ(seller_first[0].from, Names{"Amazon"});
  EXPECT_EQ(seller_first[0].to, Names{"Talen Energy"});
}

TEST(ExtractorTest, AnAcronymTheGazetteerSpellsOutIsNamedInFull) {
  auto deals = ExtractText("Meta tried to buy SSI outright earlier this year and got turned down.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].to, Names{"Safe Superintelligence"});
  EXPECT_EQ(deals[0].status, DealStatus::kCancelled);
}

TEST(ExtractorTest, AnOrderFromACustomerBelievedToBeX) {
  auto deals = ExtractText(
      "Quarrydale Semiconductor disclosed a $10 billion order from a fourth customer, widely believed to be "
      "Tervane AI.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kPurchase);
  EXPECT_EQ(deals[0].from, Names{"Tervane AI"});
  EXPECT_EQ(deals[0].to, Names{"Quarrydale Semiconductor"});
}

TEST(ExtractorTest, ThePriceAfterAPricePerShare) {
  auto deals = ExtractText(
      "Pellworth Systems said it would acquire Quarrydale Software. Under the terms, it will pay $157 a share in "
      "cash, or roughly $28 billion.");
  ASSERT_EQ(deals.size(), 1u);
  ASSERT_TRUE(deals[0].amount);
  EXPECT_DOUBLE_EQ(deals[0].amount->value, 28e9);
  EXPECT_EQ(deals[0].amount->qualifier, Qualifier::kAbout);
}

TEST(ExtractorTest, TwoCompaniesAgreedToDoSomething) {
  auto deals = ExtractText("Pellworth Telecom and Quarrydale Systems have agreed to build a data centre in Munich.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kPartnership);
  EXPECT_EQ(deals[0].status, DealStatus::kAnnounced);
  auto later = ExtractText("Pellworth Telecom and Quarrydale Systems agreed earlier this year to bring its models into "
                           "the editor.");
  ASSERT_EQ(later.size(), 1u);
  EXPECT_EQ(later[0].type, DealType::kPartnership);
}

TEST(ExtractorTest, EquityFinancingProvidedIsAnInvestment) {
  auto deals = ExtractText(
      "Pellworth Asset Management agreed to provide up to $5 billion of preferred equity financing for Quarrydale "
      "Systems's computing business.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kInvestment);
  EXPECT_EQ(deals[0].from, Names{"Pellworth Asset Management"});
  EXPECT_EQ(deals[0].to, Names{"Quarrydale Systems"});
  EXPECT_TRUE(ExtractText("Pellworth Bank agreed to provide a $2 billion loan to Quarrydale Systems.").empty());
}

TEST(ExtractorTest, LeasingMegawattsAtAnOwnersCampus) {
  auto deals = ExtractText("Fjordline Cloud has now leased the full 400 megawatts at Quarrydale Systems's campus.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].asset, Asset::kInfrastructure);
  EXPECT_EQ(deals[0].from, Names{"Fjordline Cloud"});
  EXPECT_EQ(deals[0].to, Names{"Quarrydale Systems"});
}

TEST(ExtractorTest, ANamedBackerJoinedTheRound) {
  auto deals = ExtractText(
      "Tervane Robotics has raised $45 million in a Series B round led by Pellworth Ventures. Existing backer "
      "Quarrydale Capital joined, the company said.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].from, (Names{"Pellworth Ventures", "Quarrydale Capital"}));
}

TEST(ExtractorTest, TheBulkOfAnOwnersUnitAndAnEarlierYear) {
  auto deals = ExtractText(
      "In September 2025, Quarrydale Systems approached Tervane Devices about a potential investment. Tervane Devices bought the "
      "bulk of Quarrydale Systems's modem business for $1 billion in 2019.");
  ASSERT_EQ(deals.size(), 2u);
  EXPECT_EQ(deals[0].type, DealType::kInvestment);
  EXPECT_EQ(deals[1].type, DealType::kAcquisition);
  EXPECT_EQ(deals[1].from, Names{"Tervane Devices"});
  EXPECT_EQ(deals[1].to, Names{"Quarrydale Systems"});
}

TEST(ExtractorTest, TheSaleOfAHoldingInAnotherCompany) {
  auto deals = ExtractText(
      "Ostmark Kabel reported higher sales. In July it completed the sale of its 40% holding in tower company "
      "Funkturm to Larsen Infrastructure Partners, which paid \u20AC520 million for the stake.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kInvestment);
  EXPECT_EQ(deals[0].from, Names{"Larsen Infrastructure Partners"});
  EXPECT_EQ(deals[0].to, Names{"Funkturm"});
  ASSERT_TRUE(deals[0].amount.has_value());
  EXPECT_EQ(deals[0].amount->currency, "EUR");
  EXPECT_EQ(deals[0].status, DealStatus::kCompleted);
}

TEST(ExtractorTest, AStateInvestorInARoundList) {
  auto deals = ExtractText(
      "Ravel Compute said it had closed a $300 million Series B. The round was led by Pinecrest Partners, with "
      "participation from Oakvale Capital, Invest-NL and existing investor Sable Ventures.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].from, (Names{"Pinecrest Partners", "Oakvale Capital", "Invest-NL", "Sable Ventures"}));
}

TEST(ExtractorTest, CoordinatedSubjectsOfASecondClauseOwnTheirPurchase) {
  auto deals = ExtractText(
      "In August, Hollins Equity agreed to buy payroll software group Dantry Systems for about $2.3 billion, and "
      "Vesta Partners and Orrin Capital closed their $840 million purchase of work-management company Tilemark "
      "Software at the start of the year.");
  ASSERT_EQ(deals.size(), 2u);
  EXPECT_EQ(deals[0].from, Names{"Hollins Equity"});
  EXPECT_EQ(deals[0].status, DealStatus::kAnnounced);
  EXPECT_EQ(deals[1].from, (Names{"Vesta Partners", "Orrin Capital"}));
  EXPECT_EQ(deals[1].to, Names{"Tilemark Software"});
  EXPECT_EQ(deals[1].status, DealStatus::kCompleted);
}

TEST(ExtractorTest, ExpectedToLeadWithOthersInDiscussions) {
  auto deals = ExtractText(
      "Stackrow AI is in talks to raise as much as $120 million. Harrowgate Ventures is expected to lead, with "
      "Pellucid Capital and Meridia Ventures, the investment arm of Meridia Bank, also in discussions.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].from, (Names{"Harrowgate Ventures", "Pellucid Capital", "Meridia Ventures"}));
  EXPECT_EQ(deals[0].status, DealStatus::kTalks);
}

TEST(ExtractorTest, ALastRoundLedByAnInvestorTookPlace) {
  auto deals = ExtractText(
      "Stackrow AI makes coding agents. Its last round, a $22 million Series A in March, was led by Pellucid "
      "Capital.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].to, Names{"Stackrow AI"});
  EXPECT_EQ(deals[0].status, DealStatus::kCompleted);
}

TEST(ExtractorTest, AnAgreementForComponentsIsAPurchase) {
  auto deals = ExtractText(
      "Corvane Networks signed a multiyear agreement with Tessaly Semiconductor for radio-frequency components made "
      "in Ohio.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kPurchase);
  EXPECT_EQ(deals[0].asset, Asset::kChips);
  EXPECT_EQ(deals[0].from, Names{"Corvane Networks"});
  EXPECT_EQ(deals[0].to, Names{"Tessaly Semiconductor"});
}

TEST(ExtractorTest, AgreedToCombineWithACompany) {
  auto deals = ExtractText(
      "Tollund Communications agreed last year to combine with Brevik Cable in a transaction worth about $12 "
      "billion including debt.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kAcquisition);
  EXPECT_EQ(deals[0].from, Names{"Tollund Communications"});
  EXPECT_EQ(deals[0].to, Names{"Brevik Cable"});
  EXPECT_TRUE(ExtractText("Tollund Systems will combine its chips with Brevik Software's models.").empty());
}

TEST(ExtractorTest, AnArrangementToHostServices) {
  auto deals = ExtractText(
      "Brennholt Software has agreed a five-year arrangement with Aurelle Cloud, a French cloud provider, to host "
      "its services in data centres in Paris.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kPurchase);
  EXPECT_EQ(deals[0].asset, Asset::kCloud);
  EXPECT_EQ(deals[0].from, Names{"Brennholt Software"});
  EXPECT_EQ(deals[0].to, Names{"Aurelle Cloud"});
}

TEST(ExtractorTest, ATenderOfferForAllShares) {
  auto deals = ExtractText(
      "Kawabe Denki, the Kyoto-based maker of factory equipment, said it will launch a tender offer for all shares "
      "of Tenrai Systems in a deal worth about 84 billion yen.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kAcquisition);
  EXPECT_EQ(deals[0].from, Names{"Kawabe Denki"});
  EXPECT_EQ(deals[0].to, Names{"Tenrai Systems"});
  ASSERT_TRUE(deals[0].amount);
  EXPECT_EQ(deals[0].amount->currency, "JPY");
}

TEST(ExtractorTest, ATakeoverByABuyerAfterTheTargetsApposition) {
  auto deals = ExtractText(
      "Ministers block takeover of Bristol chip designer Dunmore\n\nThe government has blocked the \u00A363 million "
      "takeover of Dunmore Semiconductor, a Bristol designer of sensor chips used in radios, by Huaxin "
      "Microelectronics, a company controlled from Wuhan.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].from, Names{"Huaxin Microelectronics"});
  EXPECT_EQ(deals[0].to, Names{"Dunmore Semiconductor"});
  EXPECT_EQ(deals[0].status, DealStatus::kCancelled);
}

TEST(ExtractorTest, AMakerIsNoInvestor) {
  auto deals = ExtractText(
      "Korvath Robotics raised $10 million last year. Nordvik Ventures led it. Separately, the Pittsburgh maker of "
      "picking arms is in early discussions about selling itself to Brinmoor Systems.");
  ASSERT_EQ(deals.size(), 2u);
  EXPECT_EQ(deals[1].from, Names{"Brinmoor Systems"});
  EXPECT_EQ(deals[1].to, Names{"Korvath Robotics"});
}

TEST(ExtractorTest, AJointVentureOfAPairWithADescribedMemberAndItsSize) {
  auto deals = ExtractText(
      "In Qatar, Dunmore Infrastructure and Qalam AI, the AI company owned by the Qatar Investment Authority, agreed "
      "to form a joint venture that could invest up to $20 billion in data centres.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kPartnership);
  EXPECT_EQ(deals[0].from, Names{"Dunmore Infrastructure"});
  EXPECT_EQ(deals[0].to, Names{"Qalam AI"});
  EXPECT_EQ(deals[0].status, DealStatus::kAnnounced);
  ASSERT_TRUE(deals[0].amount);
  EXPECT_DOUBLE_EQ(deals[0].amount->value, 20e9);
  EXPECT_EQ(deals[0].amount->qualifier, Qualifier::kUpTo);
}

TEST(ExtractorTest, BuyingFromEachSellerOfAList) {
  auto deals = ExtractText(
      "Under the arrangements, Quarrow Data will buy electricity from Vistrel Power, TerraNova Nuclear and Oklam "
      "Energy.");
  ASSERT_EQ(deals.size(), 3u);
  EXPECT_EQ(deals[0].to, Names{"Vistrel Power"});
  EXPECT_EQ(deals[1].to, Names{"TerraNova Nuclear"});
  EXPECT_EQ(deals[2].to, Names{"Oklam Energy"});
  for (const Deal& d : deals) EXPECT_EQ(d.from, Names{"Quarrow Data"});
}

TEST(ExtractorTest, APurchaseValuedByItsBuyerIsItsAmount) {
  for (const char* next : {"The purchase, which Selatan valued at about RM4.2 billion, needed an export licence.",
                           "The purchase is valued at about RM4.2 billion."}) {
    auto deals = ExtractText(
        std::string("Selatan Digital Bhd has signed an agreement to buy 12,000 accelerators from Kestrel Chips. ") + next);
    ASSERT_EQ(deals.size(), 1u) << next;
    ASSERT_TRUE(deals[0].amount) << next;
    EXPECT_DOUBLE_EQ(deals[0].amount->value, 4.2e9);
    EXPECT_EQ(deals[0].amount->currency, "MYR");
  }
}

TEST(ExtractorTest, AnInvestorDescribedByItsBackerIsNamedItself) {
  auto deals = ExtractText(
      "Lumora Pay Systems runs a wallet in Jakarta. The company raised S$180 million from Temasek-backed investor Pavilion "
      "Capital in February.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].from, Names{"Pavilion Capital"});
  EXPECT_EQ(deals[0].to, Names{"Lumora Pay Systems"});
}

TEST(ExtractorTest, TheCompanysRoundIsNoInvestmentFirms) {
  auto deals = ExtractText(
      "Amplify Partners led a $22 million Series A in Spindrift AI in 2024. Last year Index Ventures led the "
      "company's $90 million Series B.");
  ASSERT_EQ(deals.size(), 2u);
  EXPECT_EQ(deals[1].from, Names{"Index Ventures"});
  EXPECT_EQ(deals[1].to, Names{"Spindrift AI"});
}

TEST(ExtractorTest, ItIsTheSpeakerNotTheEmployerOfItsFounders) {
  auto deals = ExtractText(
      "Orrery, the artificial intelligence lab founded by former Kestrel Systems researchers, said on Thursday it "
      "had raised $12 billion in a funding round led by Ridgeline Capital.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].from, Names{"Ridgeline Capital"});
  EXPECT_EQ(deals[0].to, Names{"Orrery"});
}

TEST(ExtractorTest, IntendsToOrderEquipmentFromASeller) {
  auto deals = ExtractText(
      "Atlasgrid Data intends to order cooling and electrical equipment from Vertane Systems for the first phase.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].from, Names{"Atlasgrid Data"});
  EXPECT_EQ(deals[0].to, Names{"Vertane Systems"});
  EXPECT_EQ(deals[0].status, DealStatus::kPlanned);
}

TEST(ExtractorTest, PreparingAnOfferIsTalks) {
  auto deals = ExtractText(
      "The Financial Times reported that Wexmoor Semiconductor was preparing an offer for Tavira Networks worth "
      "around $22 billion.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kAcquisition);
  EXPECT_EQ(deals[0].status, DealStatus::kTalks);
}

TEST(ExtractorTest, BecomingASubsidiaryOfABuyer) {
  auto deals = ExtractText(
      "Kazamori Games will become a subsidiary of Korean publisher Nexora Entertainment after the two companies "
      "agreed on a takeover worth about 62 billion yen.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kAcquisition);
  EXPECT_EQ(deals[0].from, Names{"Nexora Entertainment"});
  EXPECT_EQ(deals[0].to, Names{"Kazamori Games"});
  ASSERT_TRUE(deals[0].amount);
  EXPECT_EQ(deals[0].amount->currency, "JPY");
}

TEST(ExtractorTest, FeesAndRoyaltiesReceivedAreNoFunding) {
  EXPECT_TRUE(ExtractText("Orlen Advisory received $40 million from Kestava Holdings in fees for its work on the merger.")
                  .empty());
  EXPECT_TRUE(ExtractText("Mivora Systems received about $3 million in royalties from Catoline Corp.").empty());
  auto deals = ExtractText("Halden Robotics received $25 million from Sorrelgate Ventures in a seed round.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].from, Names{"Sorrelgate Ventures"});
}

TEST(ExtractorTest, PressReleaseWeIsTheCompanyNamedFirst) {
  auto deals = ExtractText(
      "RIGA - Quellmoor Robotics, a Latvian maker of warehouse robots, today announced its Series A.\n\nWe are pleased to announce that we have closed a €20 million Series A "
      "round. The round was led by Farrowby Capital, with participation from our existing investors Tannick Ventures "
      "and Olvera Partners. We have also acquired Brisklet, a small team in Riga. In addition, we are partnering with "
      "Dunmore Telecom to offer our agents to its customers.");
  ASSERT_EQ(deals.size(), 3u);
  EXPECT_EQ(deals[0].type, DealType::kInvestment);
  EXPECT_EQ(deals[0].from, (Names{"Farrowby Capital", "Tannick Ventures", "Olvera Partners"}));
  EXPECT_EQ(deals[0].to, Names{"Quellmoor Robotics"});
  EXPECT_EQ(deals[1].from, Names{"Quellmoor Robotics"});
  EXPECT_EQ(deals[1].to, Names{"Brisklet"});
  EXPECT_EQ(deals[2].type, DealType::kPartnership);
  // "US" is the country, not "us".
  EXPECT_TRUE(ExtractText("Halvane raised $30 million from Tormead Capital. The round was led by US pension fund "
                          "Calder Retirement System.")[0].to == Names{"Halvane"});
}

TEST(ExtractorTest, AnAmountBeforeAnotherDealVerbIsThatVerbs) {
  auto deals = ExtractText("Pellimore closes $40 million Series B, signs cloud deal with Ostrava Cloud and acquires "
                           "Quibbly.");
  bool acquisition = false;
  for (const auto& d : deals) {
    if (d.type != DealType::kAcquisition) continue;
    acquisition = true;
    EXPECT_EQ(d.to, Names{"Quibbly"});
    EXPECT_FALSE(d.amount);
  }
  EXPECT_TRUE(acquisition);
}

TEST(ExtractorTest, ANegatedDealVerbStatesNoDeal) {
  EXPECT_TRUE(ExtractText("\"We are not acquiring Quibbly as a company,\" a Pellimore spokesperson said.").empty());
  EXPECT_TRUE(ExtractText("Pellimore did not buy Quibbly. Tarskel won't invest in Quibbly.").empty());
  EXPECT_TRUE(ExtractText("Pellimore has not yet invested in Quibbly.").empty());
  EXPECT_EQ(ExtractText("Pellimore has invested in Quibbly.").size(), 1u);
}

TEST(ExtractorTest, BackedByItsManagementNamesNoInvestor) {
  for (const auto& d : ExtractText("Tellinor Cloud leases space from Quarrow Data. Quarrow Data is backed by its "
                                   "management and a group of family offices.")) {
    EXPECT_NE(d.type, DealType::kInvestment);
  }
}

TEST(ExtractorTest, TheCompanyIsNoRegulator) {
  auto deals = ExtractText(
      "Pendholm Software expects to close its purchase of Vestry Data in March. The European Commission is still "
      "reviewing the deal. The company has committed to spend at least $1.5 billion on Google Cloud over five years.");
  bool cloud = false;
  for (const auto& d : deals) {
    if (d.type != DealType::kPurchase) continue;
    cloud = true;
    EXPECT_EQ(d.from, Names{"Pendholm Software"});
  }
  EXPECT_TRUE(cloud);
}

TEST(ExtractorTest, RoundInvestorsNamedInTheNextSentence) {
  auto a = ExtractText(
      "Trellfast Robotics has raised $210 million. Marrowby Ventures led the Series B; Quillan Capital, Ashgrove "
      "Partners and the corporate fund of logistics group Hexton Freight also took part.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].from.size(), 4u);
  auto b = ExtractText(
      "Last week the startup Pallow AI closed a $1.2 billion funding round. Dorran Capital led the financing, and "
      "Kesby Ventures also took part.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].to, Names{"Pallow AI"});
  EXPECT_EQ(b[0].from, (Names{"Dorran Capital", "Kesby Ventures"}));
  auto c = ExtractText(
      "Lumentor Mobility is in talks to raise about €80 million, Handelsblatt reported. Existing backer Orrick "
      "Mobility Fund is expected to anchor the round.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].from, Names{"Orrick Mobility Fund"});
  EXPECT_EQ(c[0].status, DealStatus::kTalks);
}

TEST(ExtractorTest, MoreWaysToJoinARound) {
  // "led the round, and Y and Z joined as strategic investors"
  auto a = ExtractText(
      "Kagemori Labs said on Tuesday it had raised ¥18 billion in a Series B round. Hoshimura Capital led the round, "
      "and Tsurugawa Trading and Takanobu Electric joined as strategic investors.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].from, (Names{"Hoshimura Capital", "Tsurugawa Trading", "Takanobu Electric"}));
  // "is expected to lead, with existing backer Y also set to invest"
  auto b = ExtractText(
      "Halvory Robotics is in talks to raise at least €150 million, a newspaper reported. Oberfeld Capital is "
      "expected to lead, with existing backer Tessow Partners also set to invest.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].from, (Names{"Oberfeld Capital", "Tessow Partners"}));
  // "in a round led by X, with Y among the other backers"
  auto c = ExtractText(
      "The largest cheque remains the $1.05 billion that Wendray Autonomy raised in 2024 in a round led by Sorrow "
      "Ventures, with Malkin Capital among the other backers.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].from, (Names{"Sorrow Ventures", "Malkin Capital"}));
  // "A and the venture arm of B also invested, and existing backer C put in more money"
  auto d = ExtractText(
      "Wrennick Robotics has raised £31 million. The round was led by Calderby Ventures, a London fund. Angmere "
      "Growth Fund and the venture arm of grocer Harlow Stores also invested, and existing backer Grantly Seed "
      "Partners put in more money.");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].from.size(), 4u);
}

TEST(ExtractorTest, ARoundRestatedInAppositionAddsItsLead) {
  // "X took part in Y's Series A in 2024, a round led by Z": one round, two investors.
  auto a = ExtractText(
      "Harbourlyn Ventures had also taken part in Penwold's £9 million Series A in 2024, a round led by Localmere "
      "Capital.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].to, Names{"Penwold"});
  EXPECT_EQ(a[0].from, (Names{"Harbourlyn Ventures", "Localmere Capital"}));
}

TEST(ExtractorTest, LicenceAndHireDealsArePurchasesOfRights) {
  // "a licensing and talent agreement with Y": X pays for Y's models and people.
  auto a = ExtractText(
      "Corvell Data has struck a licensing and talent agreement with Nimbrane Labs. Corvell Data will pay about "
      "$310 million for a non-exclusive licence to Nimbrane's models.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kPurchase);
  EXPECT_EQ(a[0].asset, Asset::kOther);
  EXPECT_EQ(a[0].from, Names{"Corvell Data"});
  EXPECT_EQ(a[0].to, Names{"Nimbrane Labs"});
  ASSERT_TRUE(a[0].amount);
  EXPECT_EQ(a[0].amount->value, 310e6);
  auto b = ExtractText("Dovantry Software had discussed a licensing-and-hiring deal with Thimbleby Labs.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].type, DealType::kPurchase);
  // "taking a licence to its models rather than buying it outright": no acquisition.
  auto c = ExtractText(
      "Amberlin Systems did much the same with Covarro Robotics, hiring the start-up's founders and taking a licence "
      "to its models rather than buying it outright.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].type, DealType::kPurchase);
  EXPECT_EQ(c[0].from, Names{"Amberlin Systems"});
  EXPECT_EQ(c[0].to, Names{"Covarro Robotics"});
  // "X will license its technology": X's own, no purchase by X.
  for (const auto& d : ExtractText("Under the pact, Pemwick Semiconductor will license its process technology.")) {
    EXPECT_NE(d.from, Names{"Pemwick Semiconductor"});
  }
}

TEST(ExtractorTest, AcquiredInARelativeClauseAfterADescription) {
  auto a = ExtractText(
      "Revenue was lifted by Luzarro Lightwave, the Manila fibre operator that was acquired by Kurosawa Telecom in "
      "June for ¥38 billion.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kAcquisition);
  EXPECT_EQ(a[0].from, Names{"Kurosawa Telecom"});
  EXPECT_EQ(a[0].to, Names{"Luzarro Lightwave"});
}

TEST(ExtractorTest, GoodsFromANamedSellerAndAnApproachAboutATakeover) {
  // "a plan to buy a satellite from X": goods the lexicon does not list.
  auto a = ExtractText(
      "Garrow Orbit has scrapped a plan to buy a high-throughput satellite from French manufacturer Veldane Space.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kPurchase);
  EXPECT_EQ(a[0].to, Names{"Veldane Space"});
  EXPECT_EQ(a[0].status, DealStatus::kCancelled);
  // "X approached Y about a takeover": talks.
  auto b = ExtractText("Cordale Infra Partners has approached Sulvia Fibra about a takeover.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].type, DealType::kAcquisition);
  EXPECT_EQ(b[0].to, Names{"Sulvia Fibra"});
  EXPECT_EQ(b[0].status, DealStatus::kTalks);
}

TEST(ExtractorTest, AnInvestmentPastItsAmountAndAnUnknownNewspaper) {
  auto a = ExtractText(
      "Pwenda Networks may soon have a new shareholder. Harwick Development Capital is weighing an investment of "
      "about £20 million in the group, the Mombasa Business Journal reported on Wednesday.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].from, Names{"Harwick Development Capital"});
  EXPECT_EQ(a[0].to, Names{"Pwenda Networks"});
  EXPECT_EQ(a[0].status, DealStatus::kTalks);
  EXPECT_EQ(a[0].attribution, Names{"Mombasa Business Journal"});
}

TEST(ExtractorTest, ClausesAfterSemicolonsShareTheSubjectOfAnInvestmentVehicle) {
  // "X, the AI investment vehicle ...": a one-word name with a trade in apposition.
  auto a = ExtractText(
      "Sadrem, the AI investment vehicle set up last year, has rarely been this active. In ten days it led a $400 "
      "million round for Lumaris, with Kinslow Ventures also taking part; bought analytics start-up Tahrin "
      "outright; and signed a memorandum with Mawjar Telecom to develop an AI campus.");
  ASSERT_EQ(a.size(), 3u);
  EXPECT_EQ(a[0].type, DealType::kInvestment);
  EXPECT_EQ(a[0].from, (Names{"Sadrem", "Kinslow Ventures"}));
  EXPECT_EQ(a[0].to, Names{"Lumaris"});
  EXPECT_EQ(a[1].type, DealType::kAcquisition);
  EXPECT_EQ(a[1].from, Names{"Sadrem"});
  EXPECT_EQ(a[2].type, DealType::kPartnership);
  EXPECT_EQ(a[2].from, Names{"Sadrem"});
}

TEST(ExtractorTest, AMergerOfTwoNamesWithAppositions) {
  auto a = ExtractText(
      "Ashcroft Software, the Leeds-based maker of finance software, and Oekalon, the Stuttgart group best known "
      "for HR tools, announced an all-share merger of equals on Monday.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kAcquisition);
  EXPECT_EQ(a[0].from, Names{"Ashcroft Software"});
  EXPECT_EQ(a[0].to, Names{"Oekalon"});
}

TEST(ExtractorTest, ItAfterAPossessiveSubject) {
  // "X's venture arm said it had invested": with no other subject before it
  // in the sentence, "it" is the possessor, not the last sentence's company.
  auto a = ExtractText(
      "Dunmore Labs raised $5 million from Kestle Capital last week. Separately, Brightwell Semiconductor's venture "
      "arm said it had invested in Oakum Power.");
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[1].from, Names{"Brightwell Semiconductor"});
  EXPECT_EQ(a[1].to, Names{"Oakum Power"});
}

TEST(ExtractorTest, ABidForTheAssetsOfACompany) {
  auto a = ExtractText(
      "Aldermoor Infrastructure Partners abandoned its bid for the towers of Danish operator Skovholt Networks in "
      "2023.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kAcquisition);
  EXPECT_EQ(a[0].to, Names{"Skovholt Networks"});
  EXPECT_EQ(a[0].status, DealStatus::kCancelled);
}

TEST(ExtractorTest, InvestorsWhoCameInAlongsideOrTookPartAlongside) {
  auto a = ExtractText(
      "Byeolmar Semiconductor has closed a 150 billion won Series C. Cheonggo Investment led the round; Namsol "
      "Partners and Baekro Ventures came in alongside it.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].from, (Names{"Cheonggo Investment", "Namsol Partners", "Baekro Ventures"}));
  auto b = ExtractText(
      "Solbury Atomics completed a £210m funding round. That round was led by Pennock Infrastructure Partners, and "
      "the Korean builder Daeson Construction took part alongside Kestrel Growth Capital.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].from, (Names{"Pennock Infrastructure Partners", "Daeson Construction", "Kestrel Growth Capital"}));
}

TEST(ExtractorTest, ADealNounThatEndsTheText) {
  // A descriptor walk that reaches the last token looks no further (found by the fuzzer).
  for (const char* text : {"Anthropic will buy up ta deal", "Kestrel Labs will acquire a deal"}) {
    for (const auto& d : ExtractText(text)) EXPECT_FALSE(d.from.empty() && d.to.empty());
  }
}

TEST(ExtractorTest, AnAnalystsPriceTargetIsNoAmount) {
  for (const auto& d : ExtractText("Castlemere held talks about a partnership with Zellor Auto Group this year. Our "
                                   "new $84 target reflects the deal.")) {
    EXPECT_FALSE(d.amount);
  }
}

TEST(ExtractorTest, EndedTheirTalksCancels) {
  auto deals = ExtractText("Carrowby Media and Tellan Group ended their merger talks on Tuesday.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].status, DealStatus::kCancelled);
}

TEST(ExtractorTest, TheCashCameFromAndItselfJoinTheRound) {
  auto a = ExtractText("Wardmere, a Leeds health-tech firm, has raised £22 million. The cash came from Octave Health "
                       "Partners and Kinloss Capital.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].from, (Names{"Octave Health Partners", "Kinloss Capital"}));
  auto b = ExtractText("Isomar Labs has raised $600 million. Thrivefield Capital led the round, with Gorsey Ventures "
                       "and Alvane itself also taking part.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].from.size(), 3u);
}

TEST(ExtractorTest, GoodsBoughtFromTheOtherSideOfTheTalks) {
  auto a = ExtractText("Verandyl AI is also negotiating with Nortane Semiconductor to buy chips outright for a research "
                       "cluster. The order could be worth more than $2 billion, The Information reported.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kPurchase);
  EXPECT_EQ(a[0].from, Names{"Verandyl AI"});
  EXPECT_EQ(a[0].to, Names{"Nortane Semiconductor"});
  ASSERT_TRUE(a[0].amount);
  EXPECT_EQ(a[0].amount->qualifier, Qualifier::kOver);
  auto b = ExtractText("The chipmaker Tesselon is in talks with Seoul-based Hanrow Memory about buying high-bandwidth "
                       "memory for its accelerators.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].from, Names{"Tesselon"});
  EXPECT_EQ(b[0].to, Names{"Hanrow Memory"});
}

TEST(ExtractorTest, ExploringASaleOfWhatIsSold) {
  auto a = ExtractText("Ashmere Partners is exploring a sale of Quillon, the email-filtering business it bought in "
                       "2019. A deal could value the company at as much as $2 billion, Reuters reported.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].to, Names{"Quillon"});
  EXPECT_TRUE(a[0].from.empty());
  EXPECT_FALSE(a[0].amount);  // a valuation
  auto b = ExtractText("In Colombia, neobank Tiquara is exploring a sale that could fetch at least $200 million.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].to, Names{"Tiquara"});
  ASSERT_TRUE(b[0].amount);
  EXPECT_EQ(b[0].amount->qualifier, Qualifier::kAtLeast);
  EXPECT_TRUE(ExtractText("Norvane Telecom is exploring a sale of a minority stake in its fibre network.").empty());
}

TEST(ExtractorTest, TakePrivateAbsorbJointVentureAndContractsWon) {
  auto a = ExtractText("Thorne Bravado Partners struck an agreement in July to take restaurant-ordering platform Olvo private for "
                       "about $2 billion.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kAcquisition);
  EXPECT_EQ(a[0].to, Names{"Olvo"});
  auto b = ExtractText("Hylon Information Technology has scrapped its plan to absorb Sugmar through a share swap.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].status, DealStatus::kCancelled);
  auto c = ExtractText("Finnish utility Brennholm Energi and data-centre developer Altavane have agreed to form a joint "
                       "venture to build an AI campus.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].type, DealType::kPartnership);
  auto d = ExtractText("Veldmark, a Utrecht-based cloud operator, has won a five-year contract from Kestrane Corp "
                       "worth about €310 million.");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].type, DealType::kPurchase);
  EXPECT_EQ(d[0].asset, Asset::kCloud);
  EXPECT_EQ(d[0].from, Names{"Kestrane"});
  EXPECT_EQ(d[0].to, Names{"Veldmark"});
}

TEST(ExtractorTest, OneWordNamesInRoleAndDescriptionSlots) {
  auto a = ExtractText("Its closest competitor, Harrowmere, completed a $2.5 billion investment in the Paris-based lab "
                       "Ondrine in November.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].from, Names{"Harrowmere"});
  EXPECT_EQ(a[0].to, Names{"Ondrine"});
  auto b = ExtractText("Ferrowby Entertainment called off its planned €700 million purchase of the German film library "
                       "Kinotrel after regulators objected.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].to, Names{"Kinotrel"});
  EXPECT_EQ(b[0].status, DealStatus::kCancelled);
  // A modifier is no name: "of the Roomba maker".
  for (const auto& d : ExtractText("Amazon dropped its planned acquisition of the Vacuvo maker.")) {
    EXPECT_NE(d.to, Names{"Vacuvo"});
  }
}

TEST(ExtractorTest, PassiveStakeUnitInAppositionAndPaymentAside) {
  auto a = ExtractText("A 25% stake in Calderby Fibre was bought by Wexmoor Pension Trust in 2021 for £95 million.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kInvestment);
  EXPECT_EQ(a[0].from, Names{"Wexmoor Pension Trust"});
  EXPECT_EQ(a[0].to, Names{"Calderby Fibre"});
  EXPECT_EQ(a[0].status, DealStatus::kCompleted);
  auto b = ExtractText("Dortmark Telekom sold a majority of its towers business, DT Masts, to Brookvale Partners in 2023.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].to, Names{"DT Masts"});
  auto c = ExtractText("Ridgeholm Mobility will pay $1.15 billion, about two-thirds in cash and the rest in new shares, "
                       "for Castlemere Autonomy, the Austin-based developer.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].from, Names{"Ridgeholm Mobility"});
  EXPECT_EQ(c[0].to, Names{"Castlemere Autonomy"});
}

TEST(ExtractorTest, ItsExistingShareholdersAreNoParty) {
  auto deals = ExtractText("Neobank Tanova is in talks to raise about $100 million from its existing shareholders, "
                           "people familiar with the matter said.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_TRUE(deals[0].from.empty());
  EXPECT_EQ(deals[0].to, Names{"Tanova"});
}

TEST(ExtractorTest, CoordinatedTradeDescriptorAndPassiveFromPhrase) {
  auto a = ExtractText("Tarrow Telecom and investment firm Kelvane Partners completed their joint takeover of Metrolink "
                       "Fibre last month.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].from, (Names{"Tarrow Telecom", "Kelvane Partners"}));
  auto b = ExtractText("Prairieline was bought from its founding family in 2019 by infrastructure investor Greyholm "
                       "Partners, which has since extended the network.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].type, DealType::kAcquisition);
  EXPECT_EQ(b[0].from, Names{"Greyholm Partners"});
  EXPECT_EQ(b[0].to, Names{"Prairieline"});
}

TEST(ExtractorTest, ThePriceInTheNextSentenceAndExpectedToBuy) {
  auto a = ExtractText("Brightmere Interactive has called off its planned acquisition of Kuurala Games. The price had "
                       "been set at €410 million in cash and shares.");
  ASSERT_EQ(a.size(), 1u);
  ASSERT_TRUE(a[0].amount);
  EXPECT_EQ(a[0].amount->value, 410e6);
  EXPECT_EQ(a[0].status, DealStatus::kCancelled);
  auto b = ExtractText("Kiyomori Labs is also expected to buy accelerators from Ivorane Semiconductor once its first "
                       "chips ship.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].status, DealStatus::kPlanned);
}

TEST(ExtractorTest, TalksThatEndedAndTalksOfAnotherClause) {
  auto a = ExtractText("The agreement comes a year after talks between the two companies broke down over price, when "
                       "Salemark Systems had been willing to pay more than $11 billion for Infomera Software.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].status, DealStatus::kCancelled);
  auto b = ExtractText("Alphaveil Semi said it had also been approached by Armholt Holdings earlier in the year, though "
                       "those talks did not lead to an offer.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].status, DealStatus::kCancelled);
  auto c = ExtractText("After talks with Quorra Labs collapsed, Pellham Systems agreed to buy Zentrix Software.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].status, DealStatus::kAnnounced);
}

TEST(ExtractorTest, FirmDescriptionNegatedStakeAndObjectOfAnEarlierVerb) {
  EXPECT_TRUE(ExtractText("Ridgemere Capital Partners is a private equity firm with more than $30 billion of capital "
                          "commitments, investing in software and technology-enabled services companies.")
                  .empty());
  EXPECT_TRUE(ExtractText("Brennan said Kinmore Telecom was not taking an equity stake in the start-up Vantaro Labs.")
                  .empty());
  auto deals = ExtractText("Okeham Instruments bought the US optics company Brightmere Photonics for $1.1 billion in "
                           "2022 and last year took a minority stake in a Taiwanese software start-up, Yunshan Vision.");
  ASSERT_EQ(deals.size(), 2u);
  EXPECT_EQ(deals[1].type, DealType::kInvestment);
  EXPECT_EQ(deals[1].from, Names{"Okeham Instruments"});
}

TEST(ExtractorTest, MoreRoundJoiners) {
  // A state bank named by its description joins without the state, past a relative clause.
  auto a = ExtractText("Korvane Labs has raised $90 million in a Series B round led by Tessaly Capital, the Oslo "
                       "investment firm.\n\nFrench state investment bank Bpifrance and Orrin Ventures, which backed "
                       "Korvane's first round in 2023, also took part.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].from, (Names{"Tessaly Capital", "Bpifrance", "Orrin Ventures"}));
  // "...led the round; Y and two family offices it would not name joined."
  auto b = ExtractText("Pellam AI has closed a $40 million Series A. Dunmore Capital, the venture arm of a Danish "
                       "pension group, led the round; Halvard Partners and two family offices it would not name joined.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].from, (Names{"Dunmore Capital", "Halvard Partners"}));
  // ", with Y, the fund-of-funds of a state bank, also putting in money"
  auto c = ExtractText("Vasko Labs raised $65 million, led by Brindle Ventures, with Corran Growth Fund, the "
                       "fund-of-funds run by a state bank, also putting in money.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].from, (Names{"Brindle Ventures", "Corran Growth Fund"}));
}

TEST(ExtractorTest, SalesOfUnitsPastRelativeClausesAndAppositions) {
  auto a = ExtractText("Finance chief Tomas Lind said Brelvik Security had signed an agreement to sell its hardware "
                       "firewall line, which brought in about $160 million of revenue last year, to Stourmead Capital "
                       "for $275 million.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kAcquisition);
  EXPECT_EQ(a[0].from, Names{"Stourmead Capital"});
  EXPECT_EQ(a[0].to, Names{"Brelvik Security"});
  ASSERT_TRUE(a[0].amount);
  EXPECT_DOUBLE_EQ(a[0].amount->value, 275e6);
  // An unknown buyer after a named unit in apposition; "expects to complete"
  // an announced sale is no plan.
  auto b = ExtractText("Prior to closing, Nimbrel Systems expects to complete the previously announced sale of its "
                       "payments business, Nimbrel Pay, to Merriden Payments for $180 million.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].from, Names{"Merriden Payments"});
  EXPECT_EQ(b[0].to, Names{"Nimbrel Pay"});
  EXPECT_EQ(b[0].status, DealStatus::kAnnounced);
  auto c = ExtractText("Hollanby Group said on Monday that it had agreed to sell Hollanby Secure, its cybersecurity "
                       "division, to private equity firm Pendry Capital.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].to, Names{"Hollanby Secure"});
  // An exploration whose price is told in a relative clause.
  auto d = ExtractText("Cardew Systems is exploring a sale of its managed-detection business, which could fetch "
                       "around $600 million, Reuters reports.");
  ASSERT_EQ(d.size(), 1u);
  ASSERT_TRUE(d[0].amount);
  EXPECT_DOUBLE_EQ(d[0].amount->value, 600e6);
  EXPECT_EQ(d[0].status, DealStatus::kTalks);
}

TEST(ExtractorTest, TakePrivatesAndMergersOfEquals) {
  auto a = ExtractText("Tamerlane Equity completed its \u20AC1.6 billion take-private of Wrenlow Software in May.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kAcquisition);
  EXPECT_EQ(a[0].to, Names{"Wrenlow Software"});
  EXPECT_EQ(a[0].status, DealStatus::kCompleted);
  auto b = ExtractText("Kilbride Software and Dunmark Systems to Combine in All-Stock Merger of Equals");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].from, Names{"Kilbride Software"});
  EXPECT_EQ(b[0].to, Names{"Dunmark Systems"});
}

TEST(ExtractorTest, AnOwnerGluedToADescriptionIsNoName) {
  auto deals = ExtractText("Qorvath, the Gulf AI group, has been busy. The PIF-owned AI company agreed last May to buy 18,000 of Zentro "
                           "Systems' accelerators for its first data centres.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].from, Names{"Qorvath"});
  EXPECT_EQ(deals[0].to, Names{"Zentro Systems"});
}

TEST(ExtractorTest, JointVenturesMemorandaAndACommitmentToUnnamedStartups) {
  auto a = ExtractText("Dubai's Sahab Compute and French chip start-up Arcane Silicon have signed a memorandum of "
                       "understanding to test Arcane's inference chips in Sahab's facility.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kPartnership);
  EXPECT_EQ(a[0].from, Names{"Sahab Compute"});
  EXPECT_EQ(a[0].to, Names{"Arcane Silicon"});
  auto b = ExtractText("Altavia DC and Layan Capital have agreed to form a 50-50 joint venture to develop data-centre "
                       "capacity across Iberia, with a combined investment of up to \u20AC2.5 billion over five years.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].type, DealType::kPartnership);
  ASSERT_TRUE(b[0].amount);
  EXPECT_DOUBLE_EQ(b[0].amount->value, 2.5e9);
  EXPECT_EQ(b[0].amount->qualifier, Qualifier::kUpTo);
  auto c = ExtractText("Layan Capital, the Abu Dhabi AI investor, plans to commit AED 2 billion to UAE-based AI "
                       "start-ups over the next three years, its chief investment officer said.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].type, DealType::kInvestment);
  EXPECT_EQ(c[0].from, Names{"Layan Capital"});
  EXPECT_TRUE(c[0].to.empty());
  EXPECT_EQ(c[0].status, DealStatus::kPlanned);
  // A place of two words before the possessive: "with Abu Dhabi's X among the investors".
  auto d = ExtractText("Quillon Labs is in talks to raise as much as $200 million in new equity, with Abu Dhabi's "
                       "Tessaly Capital among the investors in discussions, Bloomberg reported.");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].from, Names{"Tessaly Capital"});
}

TEST(ExtractorTest, AHeadlinePurchaseYieldsToTheBodysDirection) {
  auto deals = ExtractText("PRESS RELEASE\n\nNordhavn Compute signs GPU cluster agreement with Tiefbrunn AI\n\n"
                           "Nordhavn Compute said today that it has signed a five-year agreement to supply Tiefbrunn "
                           "AI with a dedicated GPU cluster worth up to \u20AC1.4 billion.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kPurchase);
  EXPECT_EQ(deals[0].from, Names{"Tiefbrunn AI"});
  EXPECT_EQ(deals[0].to, Names{"Nordhavn Compute"});
}

TEST(ExtractorTest, AmountsInWholeUnitsAndASaleOfItself) {
  auto deals = ExtractText("National Instruments rebuffed Emerson Electric's $53-a-share approach in early 2023. "
                           "Three months later it agreed to sell itself to Emerson for $60 a share, or about $8.2 "
                           "billion.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].from, Names{"Emerson Electric"});
  EXPECT_EQ(deals[0].to, Names{"National Instruments"});
  ASSERT_TRUE(deals[0].amount);
  EXPECT_EQ(deals[0].amount->value, 8.2e9);  // exactly: 8,200,000,000
}

TEST(ExtractorTest, TakeoverOffersAndTheWholeCompanysShares) {
  // All of a company's shares are the company; the price per share is no amount.
  auto a = ExtractText("Under the merger plan, Brightvane Technologies will acquire all outstanding Norrhold shares for "
                       "\u20AC21.60 in cash per share, for a total of about \u20AC1.35bn.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kAcquisition);
  ASSERT_TRUE(a[0].amount);
  EXPECT_DOUBLE_EQ(a[0].amount->value, 1.35e9);
  // The target after the price and its total.
  auto b = ExtractText("Parcival Financial said on Tuesday that it was considering a cash offer of 905p a share, or "
                       "roughly \u00A32.1bn, for Greyfield Wealth.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].from, Names{"Parcival Financial"});
  EXPECT_EQ(b[0].to, Names{"Greyfield Wealth"});
  EXPECT_EQ(b[0].status, DealStatus::kTalks);
  // The board's company, and a consortium's members.
  auto c = ExtractText("Harwell Lansdown's board recommended a \u00A35.4bn offer from a consortium of Corven Capital "
                       "Partners, Nordvik Capital and Ostvale Capital.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].from, (Names{"Corven Capital Partners", "Nordvik Capital", "Ostvale Capital"}));
  EXPECT_EQ(c[0].to, Names{"Harwell Lansdown"});
}

TEST(ExtractorTest, AcquisitionBudgetsControllingStakesAndOfftakes) {
  auto a = ExtractText("Kisaragi Systems said it planned to spend up to 30 billion yen on further acquisitions over "
                       "the next three years.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kAcquisition);
  EXPECT_EQ(a[0].from, Names{"Kisaragi Systems"});
  EXPECT_TRUE(a[0].to.empty());
  EXPECT_EQ(a[0].status, DealStatus::kPlanned);
  auto b = ExtractText("Hanbit Power Systems is also in talks to buy a controlling stake in Ohio-based Maumee "
                       "Transformer Works, two people with knowledge of the discussions said.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].type, DealType::kAcquisition);
  EXPECT_EQ(b[0].status, DealStatus::kTalks);
  auto c = ExtractText("Solway Atomics says it intends to sign a 30-year offtake agreement with Northfold Data, the "
                       "London-listed operator of AI data centres, for power from its first reactors.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].from, Names{"Northfold Data"});
  EXPECT_EQ(c[0].to, Names{"Solway Atomics"});
  // A relative clause after a role with its own "of" phrase.
  auto d = ExtractText("Kurobane Memory said the quarter included the first contribution from Yongxin Microsystems, "
                       "the Hsinchu-based designer of memory controllers that Kurobane acquired for 48 billion yen in "
                       "May.");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].type, DealType::kAcquisition);
  EXPECT_EQ(d[0].to, Names{"Yongxin Microsystems"});
  EXPECT_EQ(d[0].status, DealStatus::kCompleted);
}

TEST(ExtractorTest, PrivatePlacementsLicencesToABuyerAndAcronyms) {
  // The issuer is the subject of the first verb, not its object.
  auto a = ExtractText("Trillium Forge Games agreed to acquire Montr\u00E9al studio Bonhomme Pixel and announced a C$45 "
                       "million private placement with Fonds Laurier, a Qu\u00E9bec investment fund.");
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[0].type, DealType::kAcquisition);
  EXPECT_EQ(a[0].to, Names{"Bonhomme Pixel"});
  EXPECT_EQ(a[1].type, DealType::kInvestment);
  EXPECT_EQ(a[1].from, Names{"Fonds Laurier"});
  EXPECT_EQ(a[1].to, Names{"Trillium Forge Games"});
  auto b = ExtractText("Hollowbrook Pictures has agreed to license its library of 340 British films, including most of "
                       "its 1990s comedies, to Cinevault for ten years.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].type, DealType::kPurchase);
  EXPECT_EQ(b[0].from, Names{"Cinevault"});
  EXPECT_EQ(b[0].to, Names{"Hollowbrook Pictures"});
  auto c = ExtractText("Southern Meridian Media held its investor day on Wednesday. SMM has signed a three-year contract "
                       "worth A$8 million with Sydney-based Coolabah AI, which will supply ad-insertion software.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].from, Names{"Southern Meridian Media"});
}

TEST(ExtractorTest, CoLeadsSalesOfNewSharesAndCoBuyers) {
  auto a = ExtractText("In September Ardel Labs raised $13 billion in a Series F round led by Iconiq, with Fidelity and "
                       "Lightspeed Venture Partners as co-leads.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].from, (Names{"Iconiq", "Fidelity", "Lightspeed Venture Partners"}));
  auto b = ExtractText("In December Varnel Cloud sold $700 million of new shares to a group of investors led by Accel, "
                       "Nvidia and Orbis Investments, money that went mainly into GPUs.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].type, DealType::kInvestment);
  EXPECT_EQ(b[0].from.size(), 3u);
  EXPECT_EQ(b[0].to, Names{"Varnel Cloud"});
  auto c = ExtractText("Telmora Communications has agreed to sell its data-centre business to a group led by Ridgemont "
                       "Infrastructure Partners. Ridgemont is buying the unit together with Ashcombe Capital.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].from, (Names{"Ridgemont Infrastructure Partners", "Ashcombe Capital"}));
  EXPECT_EQ(c[0].to, Names{"Telmora Communications"});
}

TEST(ExtractorTest, WhoPaysInPowerAgreementsAndLeases) {
  // A power company sells its power; "windows maker" is no wind-power trade.
  auto a = ExtractText("Last September Constellation Energy agreed to bring a reactor back into service under a 20-year "
                       "power purchase agreement with Microsoft.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].from, Names{"Microsoft"});
  EXPECT_EQ(a[0].to, Names{"Constellation Energy"});
  // A developer of data centres is the landlord.
  auto b = ExtractText("Brasswell Digital, a developer of high-density data centres for AI workloads, today announced "
                       "that it has signed a 12-year lease with Kinterra Cloud for its Lockhart campus.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].from, Names{"Kinterra Cloud"});
  EXPECT_EQ(b[0].to, Names{"Brasswell Digital"});
  EXPECT_EQ(b[0].asset, Asset::kInfrastructure);
}

TEST(ExtractorTest, StandingTiesAndGoodsBeforeAName) {
  EXPECT_TRUE(ExtractText("Broadcom, which works with Google on TPU design, also gained.").empty());
  // The name after the goods is in a clause of its own.
  EXPECT_TRUE(ExtractText("Meta, which plans to spend as much as $72 billion on capital projects this year, has been "
                          "buying capacity wherever it can find it.")
                  .empty());
  // "more than $60 billion" is a hedge, not more money for the article's company.
  auto deals = ExtractText("Kestrel Cloud raised $200 million last year. Halvard Systems has committed more than $60 "
                           "billion to neocloud contracts with companies including Nebius and Nscale.");
  for (const Deal& d : deals) EXPECT_NE(d.from, Names{"Halvard Systems"}) << "no investment in Kestrel Cloud";
}

TEST(ExtractorTest, AmountsToldInTheSentencesAfterADeal) {
  auto a = ExtractText("Cipher Ridge Mining announced a 15-year lease with Harlow Cloud for 300 megawatts of capacity "
                       "at a site in Texas. It is worth about $5.5 billion over the term, the company said.");
  ASSERT_EQ(a.size(), 1u);
  ASSERT_TRUE(a[0].amount);
  EXPECT_DOUBLE_EQ(a[0].amount->value, 5.5e9);
  EXPECT_EQ(a[0].amount->qualifier, Qualifier::kAbout);
  auto b = ExtractText("Talwen Energy will sell 1,920 megawatts from its nuclear plant to Kestrel Cloud through 2042. "
                       "Talwen puts the value of the arrangement in the region of $18 billion.");
  ASSERT_EQ(b.size(), 1u);
  ASSERT_TRUE(b[0].amount);
  EXPECT_DOUBLE_EQ(b[0].amount->value, 18e9);
  auto c = ExtractText("Sablemoor Cloud has signed a four-year agreement to provide dedicated capacity to Thornby AI. "
                       "Its chief executive would not give a number. The filing does: it puts the contract at no less "
                       "than $2 billion over its term.");
  ASSERT_EQ(c.size(), 1u);
  ASSERT_TRUE(c[0].amount);
  EXPECT_EQ(c[0].amount->qualifier, Qualifier::kAtLeast);
  auto d = ExtractText("To fund construction, Brassmere Digital has formed a joint venture with Pellby Capital. The "
                       "partners expect combined investment in the project to reach as much as $4.5 billion.");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].type, DealType::kPartnership);
  ASSERT_TRUE(d[0].amount);
  EXPECT_EQ(d[0].amount->qualifier, Qualifier::kUpTo);
  // A company's revenue is no deal's amount.
  auto e = ExtractText("Cipher Ridge Mining announced a 15-year lease with Harlow Cloud. Its revenue was $300 million.");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_FALSE(e[0].amount);
}

TEST(ExtractorTest, RightsWonFromTheirOwner) {
  auto deals = ExtractText("The sports streamer Pitchgate has won the UK and Ireland rights to the Elite Padel Tour for "
                           "five seasons. People briefed on the auction say the deal is worth \u00A385m.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kPurchase);
  EXPECT_EQ(deals[0].asset, Asset::kOther);
  EXPECT_EQ(deals[0].from, Names{"Pitchgate"});
  EXPECT_EQ(deals[0].to, Names{"Elite Padel Tour"});
  ASSERT_TRUE(deals[0].amount);
  EXPECT_DOUBLE_EQ(deals[0].amount->value, 85e6);
}

TEST(ExtractorTest, StatusOfMeansAndOfTheOtherDealWord) {
  auto a = ExtractText("Sahemba Networks expanded into Ghana in 2025 by buying Accra-based VSAT installer Korlebu Link "
                       "for an undisclosed sum. It plans more deals in 2026.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].status, DealStatus::kCompleted);
  auto b = ExtractText("Veltrana completes acquisition of Kuusk Labs and secures \u20AC40 million strategic investment "
                       "from Boreal Telecom");
  ASSERT_EQ(b.size(), 2u);
  EXPECT_EQ(b[0].status, DealStatus::kCompleted);
  EXPECT_EQ(b[1].type, DealType::kInvestment);
  EXPECT_EQ(b[1].status, DealStatus::kAnnounced);
}

TEST(ExtractorTest, SupplyContractsAndStakesUpToAShare) {
  auto a = ExtractText("Sinaran Networks today also signed a supply contract with Tessaline Marine Systems for the "
                       "design, manufacture and installation of MSC-1.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kPurchase);
  EXPECT_EQ(a[0].from, Names{"Sinaran Networks"});
  EXPECT_EQ(a[0].to, Names{"Tessaline Marine Systems"});
  auto b = ExtractText("Sinaran Networks further intends to acquire up to 30% of Johor-based interconnection provider "
                       "Tebrau Exchange during 2027.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].type, DealType::kInvestment);
  EXPECT_EQ(b[0].to, Names{"Tebrau Exchange"});
  EXPECT_EQ(b[0].status, DealStatus::kPlanned);
}

TEST(ExtractorTest, UnitsOfAnOwnerHeadlineNounsAndVentureArms) {
  auto a = ExtractText("Cadmere to buy Hexmoor's design software arm for 2.7 billion euros");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kAcquisition);
  EXPECT_EQ(a[0].to, Names{"Hexmoor"});
  auto b = ExtractText("Arvane Holdings plc (ARV US) - DreamLoft buy pushes Arvane further into chiplets");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].from, Names{"Arvane Holdings"});
  EXPECT_EQ(b[0].to, Names{"DreamLoft"});
  auto c = ExtractText("Mesquite Labs closed a $60 million Series B last spring, led by Bexar Street Capital, with "
                       "Longhorn Deep Tech Fund and the venture arm of Okawa Electric also putting in money.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].from.size(), 3u);
  // The acronym of a trade is no name: the unit's owner is the seller.
  auto d = ExtractText("GlobalFoundries Inc. has agreed to acquire the ARC processor IP business of Synopsys.");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].to, Names{"Synopsys"});
  // A price told a sentence later: "A sale could fetch around N".
  auto e = ExtractText("Tessaline Capital is exploring a sale of Vltava Design Services, the Prague firm that carries "
                       "out physical design work, Bloomberg News reported. A sale could fetch around \u20AC250 million, "
                       "the report said.");
  ASSERT_EQ(e.size(), 1u);
  ASSERT_TRUE(e[0].amount);
  EXPECT_DOUBLE_EQ(e[0].amount->value, 250e6);
}

TEST(ExtractorTest, BlankCheckMergersAndDenialsOfReports) {
  // The blank-check company buys the company it merges with, named first or not.
  auto a = ExtractText("Northwind Orbital, Inc. (\"Northwind\"), which builds spacecraft that refuel satellites, and "
                       "Cascade Ridge Acquisition Corp. (Nasdaq: CRAQ) (\"Cascade Ridge\"), a special purpose "
                       "acquisition company, today announced that they have entered into a definitive business "
                       "combination agreement.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kAcquisition);
  EXPECT_EQ(a[0].from, Names{"Cascade Ridge Acquisition"});
  EXPECT_EQ(a[0].to, Names{"Northwind Orbital"});
  auto b = ExtractText("Vaelo, which builds stratospheric airships, says its planned merger with blank-check company "
                       "Ember Point Acquisition Corp. has been terminated.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].from, Names{"Ember Point Acquisition"});
  EXPECT_EQ(b[0].status, DealStatus::kCancelled);
  // "X denied a report that Y was preparing a bid for it": it is X.
  auto c = ExtractText("Pickwell Logistics signed a contract last week. Ferrow Robotics, the Osaka maker of welding "
                       "robots, denied a Nikkei report that carmaker Hoshino Motor was preparing a bid for it.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].from, Names{"Hoshino Motor"});
  EXPECT_EQ(c[0].to, Names{"Ferrow Robotics"});
  EXPECT_EQ(c[0].status, DealStatus::kCancelled);
}

TEST(ExtractorTest, AmountsInWordsAndPipes) {
  auto a = ExtractText("Tervane Robotics said on Tuesday it had raised half a billion dollars in a Series C round led by "
                       "Hollin Street Capital, with Norrby Growth and Pietra Ventures alongside.");
  ASSERT_EQ(a.size(), 1u);
  ASSERT_TRUE(a[0].amount);
  EXPECT_DOUBLE_EQ(a[0].amount->value, 5e8);
  EXPECT_EQ(a[0].from.size(), 3u);
  auto b = ExtractText("Northwind Space Systems is supported by a fully committed private placement (PIPE) of a "
                       "quarter of a billion dollars at $10.00 per share, anchored by satellite-bus maker Tallis "
                       "Aerospace and including funds managed by Harlow Peak Capital and Osgood Asset Management.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].type, DealType::kInvestment);
  EXPECT_EQ(b[0].to, Names{"Northwind Space Systems"});
  EXPECT_EQ(b[0].from.size(), 3u);
  ASSERT_TRUE(b[0].amount);
  EXPECT_DOUBLE_EQ(b[0].amount->value, 2.5e8);
}

TEST(ExtractorTest, TitleCaseHeadlinesWithTradesBeforeNames) {
  auto a = ExtractText("EU Blocks Lanthier's \u20AC3.1 Billion Takeover of Dutch Optics Maker Vossberg");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].from, Names{"Lanthier"});
  EXPECT_EQ(a[0].to, Names{"Vossberg"});
  EXPECT_EQ(a[0].status, DealStatus::kCancelled);
  auto b = ExtractText("SoftBank Is Said to Be in Talks to Acquire Data-Center Investor Bridgewell");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].to, Names{"Bridgewell"});
  auto c = ExtractText("Hsinlu Semiconductor buys Grenoble RISC-V shop Voltaire Design to fill CPU gap");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].to, Names{"Voltaire Design"});
  // "May 19" opening a wire story is a date, not a hedge.
  auto d = ExtractText("May 19 (Reuters) - Ardent Micro Devices has agreed to sell the server manufacturing "
                       "operations of Zettel Systems to contract manufacturer Sanmore, the chipmaker said.");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].status, DealStatus::kAnnounced);
}

TEST(ExtractorTest, JoinersAfterADescriptorAndRoundsOfTwoSeries) {
  auto a = ExtractText("Tavor Silicon today announced that it has closed an $85 million Series C financing round led "
                       "by Carmel Ridge Partners. New investors Brenntal Ventures and the corporate venture arm of "
                       "Lindqvist Automotive AB joined the round, alongside existing investors Galil Capital and "
                       "Yarden Growth.");
  ASSERT_EQ(a.size(), 1u);
  ASSERT_EQ(a[0].from.size(), 5u);
  EXPECT_EQ(a[0].from[3], "Galil Capital");
  EXPECT_EQ(a[0].from[4], "Yarden Growth");
  // A Series D is not the Series E of the same amount.
  auto b = ExtractText("Harlow Legal has raised $300 million in a Series E round co-led by Kestrel Partners and "
                       "Coatbridge Capital. Existing investor Sequel Capital also took part. The new money comes four "
                       "months after Harlow Legal closed a $300 million Series D led by Sequel Capital.");
  ASSERT_EQ(b.size(), 2u);
  EXPECT_EQ(b[0].from.size(), 3u);
  EXPECT_EQ(b[1].from, Names{"Sequel Capital"});
}

TEST(ExtractorTest, WhatFirmsDoAndFundingOnesOwnPlans) {
  auto a = ExtractText("Tavor Silicon raised $85 million from Carmel Ridge Partners. Carmel Ridge Partners is a Tel "
                       "Aviv-based venture capital firm investing in deep-technology companies in Israel and Europe.");
  ASSERT_EQ(a.size(), 1u);
  auto b = ExtractText("Vantage Data Centers is growing. SoftBank, for its part, has been selling assets to fund its AI "
                       "ambitions.");
  EXPECT_TRUE(b.empty());
}

TEST(ExtractorTest, PaymentsCompaniesAppsAndLeadsTogetherWithOthers) {
  auto a = ExtractText("Marlow Payments, the Atlanta card processor, is in talks to acquire Ostrander, a Chicago company "
                       "whose software lets banks issue virtual cards.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].from, Names{"Marlow Payments"});
  EXPECT_EQ(a[0].status, DealStatus::kTalks);
  auto b = ExtractText("Lumio, the Brazilian payments app for gig workers, has raised R$600 million in a Series C led by "
                       "Cerrado Capital.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].to, Names{"Lumio"});
  ASSERT_TRUE(b[0].amount);
  EXPECT_EQ(b[0].amount->currency, "BRL");
  auto c = ExtractText("Hallstrom Custody raised \u20AC38 million in March in a round led by Kolmar Landesbank, "
                       "together with Eisvogel Ventures.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].from, (Names{"Kolmar Landesbank", "Eisvogel Ventures"}));
}

TEST(ExtractorTest, ItsAfterABuyingVerbIsTheBuyer) {
  auto deals = ExtractText("Glenmore Payments agreed in April to buy Worldline Cards for about $24 billion and to sell its "
                           "card-issuing business to Fenwick Systems for $13.5 billion.");
  ASSERT_EQ(deals.size(), 2u);
  EXPECT_EQ(deals[1].from, Names{"Fenwick Systems"});
  EXPECT_EQ(deals[1].to, Names{"Glenmore Payments"});
}

TEST(ExtractorTest, ShortNamesDefinedInBracketsAndAsianLegalForms) {
  auto a = ExtractText("Sawasdee Telecom Plc (SWT), the mobile operator, yesterday announced a 1.2-billion-baht "
                       "investment in Phasa AI. SWT has also signed a 15-year power purchase agreement with Chao Phraya "
                       "Power for the campus.");
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[0].from, Names{"Sawasdee Telecom"});
  ASSERT_TRUE(a[0].amount);
  EXPECT_DOUBLE_EQ(a[0].amount->value, 1.2e9);
  EXPECT_EQ(a[0].amount->currency, "THB");
  EXPECT_EQ(a[1].from, Names{"Sawasdee Telecom"});
  auto b = ExtractText("Kinabalu DataWorks Berhad (\"KDW\" or \"the Group\") builds data centres. Its subsidiary KDW "
                       "Johor Sdn Bhd signed a lease. In March, KDW completed a private placement of 120 million new "
                       "shares to Permodalan Sentosa Berhad, raising RM540 million.");
  ASSERT_FALSE(b.empty());
  EXPECT_EQ(b.back().type, DealType::kInvestment);
  EXPECT_EQ(b.back().from, Names{"Permodalan Sentosa"});
  EXPECT_EQ(b.back().to, Names{"Kinabalu DataWorks"});
}

TEST(ExtractorTest, SharePricesSpeculationDismissedAndSpendingOnOnesOwnProjects) {
  EXPECT_TRUE(ExtractText("Merlion Telecom is cheap. We raise our TP to S$4.10 as we now include the unit.").empty());
  auto a = ExtractText("Mr Anan dismissed market speculation that Sawasdee Telecom was preparing to take over Khlong "
                       "Toei Cloud, a smaller rival cloud services provider.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].status, DealStatus::kCancelled);
  EXPECT_TRUE(ExtractText("Google said last year it would invest US$1 billion to build a data centre and expand cloud "
                          "infrastructure in the country.")
                  .empty());
}

TEST(ExtractorTest, IndonesianLegalFormsAndAttemptsToBuy) {
  auto a = ExtractText("PT Telnusa Digital Tbk will inject Rp 1.6 trillion (US$98 million) into PT Nusantara Komputasi "
                       "Awan (Nusakom), a local provider of GPU capacity. Nusakom previously raised US$15 million from "
                       "Merapi Capital.");
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[0].from, Names{"Telnusa Digital"});
  EXPECT_EQ(a[0].to, Names{"Nusantara Komputasi Awan"});
  EXPECT_EQ(a[1].to, Names{"Nusantara Komputasi Awan"});
  auto b = ExtractText("Rival Changi Mobile's attempt to buy data-centre operator Tampines Digital collapsed in June "
                       "after the two sides failed to agree on price.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].from, Names{"Changi Mobile"});
  EXPECT_EQ(b[0].status, DealStatus::kCancelled);
  auto c = ExtractText("Ferrante Group's 2024 agreement to buy Pelham Trust lapsed after 14 months without a decision "
                       "from the state regulator.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].status, DealStatus::kCancelled);
}

TEST(ExtractorTest, NewcomersAfterAColonListingMergersAndBuyersNouns) {
  auto a = ExtractText("Tervola Robotics said it had raised half a billion dollars in a Series C round led by Hollin "
                       "Street Capital. Existing backers Norrhav Growth and Larchmont Partners put in more money, the "
                       "company said, as did two newcomers: the venture arm of Japanese parts maker Ishida Seiki and "
                       "Abu Dhabi's Qasr Capital.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].from, (Names{"Hollin Street Capital", "Norrhav Growth", "Larchmont Partners", "Ishida Seiki",
                              "Qasr Capital"}));
  // Going public through a merger: the partner is the blank-check company.
  auto b = ExtractText("Lockheed Martin paid $450 million for satellite maker Terran Orbital in 2024, a company that "
                       "had itself gone public two years earlier through a merger with Tailwind Two.");
  ASSERT_EQ(b.size(), 2u);
  EXPECT_EQ(b[1].from, Names{"Tailwind Two"});
  EXPECT_EQ(b[1].to, Names{"Terran Orbital"});
  EXPECT_TRUE(ExtractText("Halvorsen Defence will build Astrane Systems' imagery into the command software it sells to "
                          "NATO armies.")
                  .empty());
}

TEST(ExtractorTest, MergingPartiesWithLongAppositionsAndTalksOfAnotherVerb) {
  auto a = ExtractText("Lumencast, the London company that uses large language models to match ads to what's on the "
                       "page, and Oxbeam, the Amsterdam-based supply-side platform, are merging.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kAcquisition);
  EXPECT_EQ(a[0].from, Names{"Lumencast"});
  EXPECT_EQ(a[0].to, Names{"Oxbeam"});
  // "... and, according to Sky News, held early talks ...": the talks are the second verb's.
  auto b = ExtractText("Halvergate Arc Games bought Lyon-based Paravent Jeux for an undisclosed sum last year and, "
                       "according to Sky News, held early talks in the autumn about taking a stake in a Polish studio.");
  ASSERT_FALSE(b.empty());
  EXPECT_EQ(b[0].type, DealType::kAcquisition);
  EXPECT_EQ(b[0].status, DealStatus::kCompleted);
}

TEST(ExtractorTest, LicencesSignedStakesBuiltOffersReceivedAndHosting) {
  auto a = ExtractText("Vantessa Microsystems Inc., a Texas maker of networking processors, had signed a licence for "
                       "Arm's Neoverse designs during the quarter.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kPurchase);
  EXPECT_EQ(a[0].to, Names{"Arm"});
  auto b = ExtractText("Harlan Point Capital has built a 6.2% stake in Meridale Semiconductor, according to a filing.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].status, DealStatus::kCompleted);
  auto c = ExtractText("Fenbury IP plc, the Cambridge developer of memory interface IP, says it has received a possible "
                       "offer from Calloway Technologies Inc., a US design-services group.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].from, Names{"Calloway Technologies"});
  EXPECT_EQ(c[0].to, Names{"Fenbury IP"});
  auto d = ExtractText("Cipher Ridge Mining is busy. In September it agreed to host Fluidstack, a London-based AI "
                       "cloud, under a 10-year colocation agreement worth about $3 billion.");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].from, Names{"Fluidstack"});
  EXPECT_EQ(d[0].to, Names{"Cipher Ridge Mining"});
  EXPECT_EQ(d[0].asset, Asset::kInfrastructure);
}

TEST(ExtractorTest, PurchasesOfDescribedCompaniesAndSourcedPastSales) {
  auto a = ExtractText("It was a good year for Corvanta Security. It completed its purchase of Tel Aviv-based cloud "
                       "posture start-up Tamar Labs for about $340 million in March.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].to, Names{"Tamar Labs"});
  EXPECT_EQ(a[0].status, DealStatus::kCompleted);
  auto b = ExtractText("Harrowgate Partners sold payroll software company Tillage to Keswick Group for $900 million in "
                       "2023, a deal that returned roughly three times its money, according to people familiar with "
                       "the fund. It now plans a new fund in 2026.");
  ASSERT_FALSE(b.empty());
  EXPECT_EQ(b[0].status, DealStatus::kCompleted);
}

TEST(ExtractorTest, LeasesToTenantsNotNamed) {
  auto a = ExtractText("Altmoor Data Centres has also signed a ten-year lease with a US cloud provider for all 48 "
                       "megawatts of its new Madrid campus.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kPurchase);
  EXPECT_TRUE(a[0].from.empty());
  EXPECT_EQ(a[0].to, Names{"Altmoor Data Centres"});
  EXPECT_EQ(a[0].asset, Asset::kInfrastructure);
  auto b = ExtractText("Kinabalu DataWorks Berhad is pleased to announce that its wholly-owned subsidiary, KDW Johor "
                       "Sdn Bhd, has today entered into a 15-year lease agreement with a global cloud service provider.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].to, Names{"Kinabalu DataWorks"});
}

TEST(ExtractorTest, PurchaseAgreementsForEquipment) {
  auto deals = ExtractText("Sejin Foundry today announced two agreements. First, we have signed a purchase agreement with "
                           "ASML Holding N.V. for extreme ultraviolet (EUV) lithography systems to be installed at our "
                           "Asan Fab 3.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kPurchase);
  EXPECT_EQ(deals[0].from, Names{"Sejin Foundry"});
  EXPECT_EQ(deals[0].to, Names{"ASML Holding"});
}

TEST(ExtractorTest, GovernmentBodiesBuyFromCompanies) {
  auto a = ExtractText("In Germany, Rheinhalle Digital signed a framework agreement of up to \u20AC1.1bn with the "
                       "Federal Ministry of the Interior in February, for the federal administration's cloud services.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kPurchase);
  EXPECT_EQ(a[0].from, Names{"Federal Ministry of the Interior"});
  EXPECT_EQ(a[0].to, Names{"Rheinhalle Digital"});
  auto b = ExtractText("Greywell Cloud, the Reading-based hosting company, has won a \u00A395m contract from the Home "
                       "Office to run immigration systems.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].from, Names{"Home Office"});
  EXPECT_EQ(b[0].to, Names{"Greywell Cloud"});
}

TEST(ExtractorTest, RespectiveAmountsSharePurchasesLicensingDealsAndRemnants) {
  auto a = ExtractText("Halvane Systems and Corvid Chips said they would invest up to $5 billion and up to $10 billion, "
                       "respectively, in Ardent Labs.");
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[0].to, Names{"Ardent Labs"});
  EXPECT_EQ(a[1].to, Names{"Ardent Labs"});
  ASSERT_TRUE(a[1].amount);
  EXPECT_DOUBLE_EQ(a[1].amount->value, 10e9);
  auto b = ExtractText("One more for the file: Nvidia's $5 billion purchase of Intel shares, agreed in September 2025, "
                       "came with a plan for the two to co-develop products.");
  ASSERT_FALSE(b.empty());
  EXPECT_EQ(b[0].type, DealType::kInvestment);
  EXPECT_EQ(b[0].to, Names{"Intel"});
  auto c = ExtractText("In December Halvane Systems agreed a non-exclusive licensing deal with inference-chip maker "
                       "Grovel Labs.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].type, DealType::kPurchase);
  EXPECT_EQ(c[0].asset, Asset::kOther);
  auto d = ExtractText("Cognition Labs bought what was left of Windrake Software days later.");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].type, DealType::kAcquisition);
  EXPECT_EQ(d[0].to, Names{"Windrake Software"});
}

TEST(ExtractorTest, ConditionsEndListsAnalystsWeAndPastPutsInRelatives) {
  auto a = ExtractText("The Commission has cleared Bergly Networks' EUR 2.3bn acquisition of the Swedish network-software "
                       "firm Ostlund Systems, provided Bergly licenses Ostlund's orchestration software to rivals.");
  ASSERT_FALSE(a.empty());
  EXPECT_EQ(a[0].type, DealType::kAcquisition);
  EXPECT_EQ(a[0].to, Names{"Ostlund Systems"});
  // An analyst's "we rate" names no company.
  auto b = ExtractText("US Internet & Software\n\nVantory Cloud, the cloud-software group we rate Buy, is negotiating to "
                       "license speech-recognition models from Quenby AI for about $400 million.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].from, Names{"Vantory Cloud"});
  auto c = ExtractText("The largest owner is Industrifonden, the Swedish state-backed investor, which put SEK 150m into "
                       "Kvarnby Systems in 2019, three years before the listing in 2022.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].status, DealStatus::kCompleted);
}

TEST(ExtractorTest, EmptyAndSpaceOnlyTexts) {
  // The resolver's walk over capitalized words is asked for the first one
  // after token 1 of a text with no tokens (found by the extract fuzzer).
  EXPECT_TRUE(ExtractText("").empty());
  EXPECT_TRUE(ExtractText(" ").empty());
  EXPECT_TRUE(ExtractText("Acme").empty());
}

TEST(ExtractorTest, InvestorsReturningOrInDiscussionsAfterALongDescription) {
  auto a = ExtractText("Tesserine Labs closed a $310 million Series B. Hollinsworth Ventures led, with Sable Arch "
                       "Partners returning from the seed.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].from, (Names{"Hollinsworth Ventures", "Sable Arch Partners"}));
  auto b = ExtractText("Arvenna Semiconductor is raising as much as \u20AC200 million, with the French state bank "
                       "Bpifrance in discussions to anchor the round.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].from, Names{"Bpifrance"});
  EXPECT_EQ(b[0].status, DealStatus::kTalks);
}

TEST(ExtractorTest, GoodsOrderedOrContractedFromASellerAndAPronounPhraseBeforeTheBuyer) {
  // "ordered ... through Y": Y sells what X ordered, whoever made it.
  auto a = ExtractText("Corvanth Compute has ordered about 4,000 Nvidia GPUs through the server maker Tallis Systems "
                       "for about $180 million.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kPurchase);
  EXPECT_EQ(a[0].asset, Asset::kChips);
  EXPECT_EQ(a[0].from, Names{"Corvanth Compute"});
  EXPECT_EQ(a[0].to, Names{"Tallis Systems"});
  // A contract for goods, their seller after "from".
  auto b = ExtractText("Brindle Software signed a four-year contract worth $2.1 billion for GPU cloud capacity from "
                       "Oskar Cloud, a former crypto miner.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].type, DealType::kPurchase);
  EXPECT_EQ(b[0].asset, Asset::kCloud);
  EXPECT_EQ(b[0].from, Names{"Brindle Software"});
  EXPECT_EQ(b[0].to, Names{"Oskar Cloud"});
  // "To serve it, Y has agreed to buy": the pronoun is no second buyer.
  auto c = ExtractText("Brindle Software signed a contract with Oskar Cloud in May. To serve it, Oskar Cloud has agreed "
                       "to buy servers from Hallam Hardware for about $900 million.");
  bool found = false;
  for (const Deal& d : c) {
    if (d.to != Names{"Hallam Hardware"}) continue;
    found = true;
    EXPECT_EQ(d.from, Names{"Oskar Cloud"});
  }
  EXPECT_TRUE(found);
}

TEST(ExtractorTest, GoodsTheLexiconDoesNotListAndPartsOfABusinessBoughtFromTheirOwner) {
  auto a = ExtractText("Corvane Memory agreed to buy precursors from Tallow Materials for five years.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kPurchase);
  EXPECT_EQ(a[0].asset, Asset::kOther);
  EXPECT_EQ(a[0].to, Names{"Tallow Materials"});
  for (const char* text : {"Brisco Instruments agreed to buy several product lines from Austria's Kelmet for $300 million.",
                           "Brisco Instruments agreed to buy the business from Kelmet for $300 million."}) {
    auto b = ExtractText(text);
    ASSERT_EQ(b.size(), 1u) << text;
    EXPECT_EQ(b[0].type, DealType::kAcquisition) << text;
    EXPECT_EQ(b[0].from, Names{"Brisco Instruments"}) << text;
    EXPECT_EQ(b[0].to, Names{"Kelmet"}) << text;
  }
}

TEST(ExtractorTest, SubjectsPastARelativeClauseLongDescriptionsAndTargetsWhoseOwnersAnswer) {
  // A name the recognizer knows only as the subject of a deal verb past its relative clause.
  auto a = ExtractText("Marrow Creek Data, which is building a campus in Ohio, has formed a joint venture with Tamsin "
                       "Midstream.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kPartnership);
  EXPECT_EQ(a[0].from, Names{"Marrow Creek Data"});
  // "International" after a firm's cue word.
  auto b = ExtractText("Since Kestrel Power International and Nvidia agreed in May 2024 to build AI infrastructure, "
                       "the state has drawn other builders.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].from, Names{"Kestrel Power International"});
  auto c = ExtractText("Orlund Cloud has raised EUR 900 million in new equity, in a round led by the Oslo "
                       "infrastructure investor Fennick Partners.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].from, Names{"Fennick Partners"});
  auto d = ExtractText("Last week Quillon Data's shareholders rejected Harth Compute's all-stock takeover offer, worth "
                       "about $4 billion.");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].from, Names{"Harth Compute"});
  EXPECT_EQ(d[0].to, Names{"Quillon Data"});
  EXPECT_EQ(d[0].status, DealStatus::kCancelled);
}

TEST(ExtractorTest, PaymentsForPartsOfACompanyOrAShareOfADescribedOne) {
  auto a = ExtractText("In February Brannick Devices paid $116 million for most of the assets and staff of Halcyte, "
                       "the maker of a wearable assistant.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kAcquisition);
  EXPECT_EQ(a[0].to, Names{"Halcyte"});
  auto b = ExtractText("Orrin Platforms paid $2.3 billion for 49% of data-labelling company Quarro AI last June.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].type, DealType::kInvestment);
  EXPECT_EQ(b[0].to, Names{"Quarro AI"});
}

TEST(ExtractorTest, RoundTalksPartnersEndedTalksTriesToRaiseAndBracketedOutlets) {
  auto a = ExtractText("Velmont Labs is in talks with Harrowby Partners about a bridge round of up to EUR 25 million.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].from, Names{"Harrowby Partners"});
  EXPECT_EQ(a[0].to, Names{"Velmont Labs"});
  EXPECT_EQ(a[0].status, DealStatus::kTalks);
  auto b = ExtractText("Tachibana Holdings had discussed taking a stake of as much as 30% in Amagumo Labs last year, "
                       "but the talks ended over its demand for exclusive rights.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].to, Names{"Amagumo Labs"});
  EXPECT_EQ(b[0].status, DealStatus::kCancelled);
  auto c = ExtractText("Kestovar AI, a Tel Aviv start-up, is now trying to raise about $90 million, The Information "
                       "reported.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].status, DealStatus::kPlanned);
  // A dateline's outlet in brackets is no investor.
  auto d = ExtractText("LONDON, Oct 20, 2025 (Calder Financial News) - A state-backed investment office is close to "
                       "leading a EUR 750 million funding round for Orvelia AI, people familiar with the matter said.");
  for (const Deal& deal : d) EXPECT_TRUE(deal.from.empty() || deal.from != Names{"Calder Financial"});
}

TEST(ExtractorTest, BuyingIntoSubscribingEachSitesAndLicences) {
  auto a = ExtractText("Hongwei Electronics first bought into Sanyi Glass in 2023, paying NT$4.2 billion for an 18% stake.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kInvestment);
  EXPECT_EQ(a[0].to, Names{"Sanyi Glass"});
  auto b = ExtractText("Orinda Compute will also subscribe to 310 billion won of new Geumsan Semiconductor shares.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].type, DealType::kInvestment);
  EXPECT_EQ(b[0].to, Names{"Geumsan Semiconductor"});
  // A subscription to a service is no stake.
  for (const Deal& d : ExtractText("Orinda Compute will also subscribe to the Azure cloud for its engineers.")) {
    EXPECT_NE(d.type, DealType::kAcquisition);
    EXPECT_NE(d.type, DealType::kInvestment);
  }
  // "each": one deal per member.
  auto c = ExtractText("In October, Hanbit Memory and Daesan Devices each signed letters of intent with Quill AI to "
                       "supply memory for the lab's data-centre project.");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].to.size(), 1u);
  EXPECT_EQ(c[1].to.size(), 1u);
  // A plant bought from its owner is an acquisition.
  auto d = ExtractText("In March Geumsan Semiconductor scrapped a plan to buy a chip-packaging plant in Penang from "
                       "Lembah Microsystems for about 180 billion won.");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].type, DealType::kAcquisition);
  EXPECT_EQ(d[0].status, DealStatus::kCancelled);
  // Licences: paid for, owned "of" a company, priced before "to license".
  auto e = ExtractText("In August 2024 Brightwell agreed to pay Tessary AI for a licence to its models.");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].type, DealType::kPurchase);
  EXPECT_EQ(e[0].to, Names{"Tessary AI"});
  auto f = ExtractText("Stonewick Software will pay about $410 million to license the technology of Tiderow Labs.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].to, Names{"Tiderow Labs"});
  ASSERT_TRUE(f[0].amount);
  EXPECT_DOUBLE_EQ(f[0].amount->value, 410e6);
  auto g = ExtractText("Stonewick Software to pay about $410 million for Tiderow Labs licence and staff");
  ASSERT_EQ(g.size(), 1u);
  EXPECT_EQ(g[0].type, DealType::kPurchase);
  EXPECT_EQ(g[0].asset, Asset::kOther);
}

TEST(ExtractorTest, AHeadlineDealReportedInTheBodyHasTheBodysEvidence) {
  const std::string text =
      "Harth Compute to buy Quillon Data for $4 billion\n\nHarth Compute has agreed to buy Quillon Data, a Texas "
      "data-centre operator, for about $4 billion in cash.";
  auto deals = ExtractText(text);
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].evidence.start, text.find("Harth Compute has agreed"));
  ASSERT_TRUE(deals[0].amount);
  EXPECT_EQ(deals[0].amount->qualifier, Qualifier::kAbout);
}

TEST(ExtractorTest, ReservedFromAnUnnamedMakerAndRefusalsToNameAndFarCopulas) {
  // A seller the text does not name; "declined to name" refuses no deal.
  auto a = ExtractText("Marrow Creek Data Inc. has already reserved three gas turbines from a manufacturer it "
                       "declined to name.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kPurchase);
  EXPECT_EQ(a[0].from, Names{"Marrow Creek Data"});
  EXPECT_TRUE(a[0].to.empty());
  EXPECT_EQ(a[0].status, DealStatus::kAnnounced);
  auto b = ExtractText("Last month Quenby Systems said it had reserved 3-nanometre capacity at TSMC for its next chip.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].asset, Asset::kChips);
  // A copula far from "shareholder" makes the subject no shareholder.
  auto c = ExtractText("Velmont Labs, a voice-AI start-up in Berlin, is negotiating a bridge round of up to EUR 25 "
                       "million with its largest shareholder, Harrowby Partners, two people said.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].from, Names{"Harrowby Partners"});
}

TEST(ExtractorTest, AHeadlineContractLandedFromANamedCustomer) {
  auto a = ExtractText("Finland's Kestrava Cloud lands $6.2 billion Sorrelwind Labs compute contract\n\nThe deal runs "
                       "for five years.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kPurchase);
  EXPECT_EQ(a[0].from, Names{"Sorrelwind Labs"});
  EXPECT_EQ(a[0].to, Names{"Kestrava Cloud"});
}

TEST(ExtractorTest, FeesHoldingsInRelativeClausesAndChangesOfPlanSayNothingOfTheDeal) {
  // "no longer" after "and" and "owns" in a relative clause leave the deal announced.
  auto a = ExtractText("Hatteras Labs said it had signed a two-year agreement to rent GPUs from Tarkio Cloud, a Denver "
                       "provider in which it owns a minority stake, and no longer needed a campus of its own.");
  ASSERT_FALSE(a.empty());
  EXPECT_EQ(a[0].to, Names{"Tarkio Cloud"});
  EXPECT_EQ(a[0].status, DealStatus::kAnnounced);
  // A termination payment is no deal's amount.
  auto b = ExtractText("Hatteras Labs has terminated its lease with Hallowmere Data. Under the lease terms, Hallowmere "
                       "Data will receive a termination payment of $180 million.");
  ASSERT_FALSE(b.empty());
  EXPECT_FALSE(b[0].amount);
}

TEST(ExtractorTest, RoundMembersWithDescriptionsAlongWithAndPartOfARound) {
  auto a = ExtractText("Amagumo Labs said it had raised 25 billion yen in a Series B round. The round was led by Minato "
                       "Growth Partners, with Keiyo Innovation Partners, the venture arm of Keiyo Bank, telecom operator "
                       "Sakaiwa Telecom and the state-backed Japan Growth Fund also taking part.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].from.size(), 4u);
  auto b = ExtractText("Tijori Labs has raised Rs 450 crore in a Series C round led by Peak XV Partners, the company "
                       "said. Existing investors Accel and Blume Ventures also took part, along with new backer Trifecta "
                       "Capital.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].from.size(), 4u);
  auto c = ExtractText("The National Development Fund says it will take a minority stake in Lumiwave Photonics, a "
                       "Hsinchu company, as part of a NT$2.5 billion round led by Formosa Growth Partners.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].to, Names{"Lumiwave Photonics"});
  EXPECT_EQ(c[0].from.size(), 2u);
}

TEST(ExtractorTest, ATitleAfterAListedNameOpensAPerson) {
  auto a = ExtractText("Regarding a report that mobile carrier Yamato Mobile is considering taking a stake in Hinode "
                       "Cloud, Mr. Morioka said, \"We do not comment on speculation.\"");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].to, Names{"Hinode Cloud"});
}

TEST(ExtractorTest, SitesLeasedToTenantsTheTextDoesNotName) {
  auto a = ExtractText("Alcorza Data builds data centres in Spain. Alcorza's first building has been pre-let for 10 "
                       "years to a U.S. cloud provider that the company would not name.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kPurchase);
  EXPECT_EQ(a[0].asset, Asset::kInfrastructure);
  EXPECT_TRUE(a[0].from.empty());
  EXPECT_EQ(a[0].to, Names{"Alcorza"});
}

TEST(ExtractorTest, SupplyNegotiatedWithTheSeller) {
  auto a = ExtractText("Bayou Forge Holdings is building a campus. Bayou Forge Holdings is also negotiating with Acadiana Power "
                       "& Light for backup supply from the grid, Bloomberg News reported.");
  bool found = false;
  for (const Deal& d : a) {
    if (d.to != Names{"Acadiana Power & Light"}) continue;
    found = true;
    EXPECT_EQ(d.type, DealType::kPurchase);
    EXPECT_EQ(d.from, Names{"Bayou Forge Holdings"});
    EXPECT_EQ(d.status, DealStatus::kTalks);
  }
  EXPECT_TRUE(found);
}

TEST(ExtractorTest, TwoDescribedSubjectsBuildingSomethingTogether) {
  auto a = ExtractText("Baekdu Telecom, a mid-sized South Korean broadband and enterprise network carrier, said it met "
                       "Saebyeok AI, a Seoul developer of language models. The carrier and the developer will also build "
                       "a customer-service model together.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kPartnership);
  EXPECT_EQ(a[0].from, Names{"Baekdu Telecom"});
  EXPECT_EQ(a[0].to, Names{"Saebyeok AI"});
}

TEST(ExtractorTest, ReturningBackersDescribedMembersAndUpToHedgesInUse) {
  auto a = ExtractText("Vetrikal AI makes voice models. We closed a Rs 410 crore Series B in August 2025. Godavari Growth "
                       "Fund led it and Tamarind Ventures, who backed us at seed, came back in.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].from, (Names{"Godavari Growth Fund", "Tamarind Ventures"}));
  auto b = ExtractText("Fjellstad Robotics closed a EUR 70 million Series C in May. That round was led by Skarholm "
                       "Growth, with participation from Blackfen Capital and the Norwegian state-backed fund Vekstfondet.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].from.size(), 3u);
  auto c = ExtractText("Anthropic agreed last year to use up to one million of Google's TPUs.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].to, Names{"Google"});
}

TEST(ExtractorTest, ReportedSpeechPastAnAppositionAndTheSpeakerAsTheCompany) {
  auto a = ExtractText("Kuramoto Securities rates the stock a buy. After the market closed on Friday, Mizusawa Holdings "
                       "said Yuanshan Semiconductor, the Taiwanese foundry, would take a 9.9% stake in the company for "
                       "36.5 billion yen.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].from, Names{"Yuanshan Semiconductor"});
  EXPECT_EQ(a[0].to, Names{"Mizusawa Holdings"});
  EXPECT_EQ(a[0].status, DealStatus::kAnnounced);
  auto b = ExtractText("Yuanshan Semiconductor will buy EUV photoresists and underlayer materials from Mizusawa Holdings.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].type, DealType::kPurchase);
  EXPECT_EQ(b[0].to, Names{"Mizusawa Holdings"});
}

TEST(ExtractorTest, GappedInvestorsAndCoInvestorsAfterALeadWithPlaces) {
  auto a = ExtractText("Anthropic agreed to buy compute from Microsoft. In return, Microsoft said it would invest up to $5 "
                       "billion in the company and Nvidia up to $10 billion.");
  bool found = false;
  for (const Deal& d : a) {
    if (d.from != Names{"NVIDIA"}) continue;
    found = true;
    EXPECT_EQ(d.to, Names{"Anthropic"});
  }
  EXPECT_TRUE(found);
  auto b = ExtractText("Brightstow Cloud confirmed the round, saying it raised $520 million. Tamsworth Capital led, with "
                       "Granary Peak and the Abu Dhabi fund Al Reem Ventures also taking part.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].from, (Names{"Tamsworth Capital", "Granary Peak", "Al Reem Ventures"}));
}

TEST(ExtractorTest, ContractsWonFromOrSignedWithSpaceAgencies) {
  auto a = ExtractText("In March Astrane Systems won a EUR 38 million contract from the European Space Agency to fly two "
                       "demonstration satellites.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].from, Names{"European Space Agency"});
  EXPECT_EQ(a[0].to, Names{"Astrane Systems"});
  auto b = ExtractText("Orbitale Nord Systems has signed a EUR 44 million contract with the European Space Agency for a "
                       "demonstration flight.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].from, Names{"European Space Agency"});
}

TEST(ExtractorTest, AnOrderPlacedWithAServerMaker) {
  auto a = ExtractText("Nusakom Holdings has placed an order for servers built around Nvidia H200 chips with Taiwanese "
                       "server maker Kaisheng Computing, with delivery expected in December.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].from, Names{"Nusakom Holdings"});
  EXPECT_EQ(a[0].to, Names{"Kaisheng Computing"});
}

TEST(ExtractorTest, MajorityStakesInUnitsDivisionsOfDescribedOwnersAndOwnersByTrade) {
  auto a = ExtractText("Kaiyuan Packaging Technology has agreed to acquire a 51% stake in the glass-substrate unit of "
                       "Japan's Ibukiya for about NT$14 billion.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kAcquisition);
  EXPECT_EQ(a[0].to, Names{"Ibukiya"});
  auto b = ExtractText("Japan's Asagiri Thermal is in early talks to buy the liquid-cooling division of Taipei server "
                       "maker Hongtai Technology for as much as $400 million, Bloomberg News reported.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].from, Names{"Asagiri Thermal"});
  EXPECT_EQ(b[0].to, Names{"Hongtai Technology"});
  EXPECT_EQ(b[0].status, DealStatus::kTalks);
  auto c = ExtractText("Skagerrak Mobil, Norway's third-largest mobile operator, has agreed to buy fibre network owner "
                       "Vestlink Fiber from private equity firm Gransund Capital for 6.8 billion Norwegian crowns.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].from, Names{"Skagerrak Mobil"});
  EXPECT_EQ(c[0].to, Names{"Vestlink Fiber"});
}

TEST(ExtractorTest, ABuyerTheTextDoesNotNameAsTheSubject) {
  auto a = ExtractText("Kurobane Semiconductor said a large U.S. cloud provider, which it declined to identify, has "
                       "committed to buy at least 200 billion yen of HBM from the chipmaker over three years.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kPurchase);
  EXPECT_TRUE(a[0].from.empty());
  EXPECT_EQ(a[0].to, Names{"Kurobane Semiconductor"});
  EXPECT_EQ(a[0].status, DealStatus::kAnnounced);
}

TEST(ExtractorTest, AnEarlierRoundLedByAnInvestorInARelativeClause) {
  auto a = ExtractText("Sollinger Quantum has raised EUR 60 million in a Series B, Sollinger Quantum said. The financing "
                       "follows a EUR 24 million Series A in 2023, which was led by Vesterby Growth.");
  ASSERT_EQ(a.size(), 2u);
  bool found = false;
  for (const Deal& d : a) {
    if (d.from != Names{"Vesterby Growth"}) continue;
    found = true;
    EXPECT_EQ(d.to, Names{"Sollinger Quantum"});
    ASSERT_TRUE(d.amount);
    EXPECT_DOUBLE_EQ(d.amount->value, 24e6);
  }
  EXPECT_TRUE(found);
}

TEST(ExtractorTest, AStakeInTheSellerItself) {
  auto a = ExtractText("Kolam Labs said it had agreed to sell a 26% stake to Japan's Mitsubori Corp for 4.5 billion yen.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kInvestment);
  EXPECT_EQ(a[0].to, Names{"Kolam Labs"});
}

TEST(ExtractorTest, ABareApostropheIsAPossessive) {
  auto a = ExtractText("Analysts compared it with Brannings' takeover of simulation software maker Quillfort Systems, "
                       "worth about $4 billion and completed in March.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kAcquisition);
  EXPECT_EQ(a[0].from, Names{"Brannings"});
  EXPECT_EQ(a[0].to, Names{"Quillfort Systems"});
}

TEST(ExtractorTest, ANameAfterAPlacesPossessiveTookOver) {
  auto a = ExtractText("A year earlier, South Korea's Dorunet took over New Zealand's Valewick Health Technologies "
                       "for about NZ$290 million.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].from, Names{"Dorunet"});
  EXPECT_EQ(a[0].to, Names{"Valewick Health Technologies"});
}

TEST(ExtractorTest, ThePossessiveTheSentenceIsAboutLeadsForIt) {
  auto a = ExtractText("Korvane Labs has closed a $180 million round led by Halden Capital. Tessmark Inc. uses its software. "
                       "This is Korvane Labs' third priced round. In January, it raised an $80 million Series B led by "
                       "Ostrava Ventures.");
  ASSERT_EQ(a.size(), 2u);
  for (const Deal& d : a) EXPECT_EQ(d.to, Names{"Korvane Labs"});
}

TEST(ExtractorTest, PayingForAUnitOfAPossessiveOwner) {
  auto a = ExtractText("Brightwell agreed to pay $5.1 billion for Marlow Networks's consumer fibre business.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kAcquisition);
  EXPECT_EQ(a[0].from, Names{"Brightwell"});
  EXPECT_EQ(a[0].to, Names{"Marlow Networks"});
}

TEST(ExtractorTest, TheOwnerOfAnAgreementToSupplyActs) {
  auto a = ExtractText("Cindral Semiconductor's agreement to provide Vantelo AI with two gigawatts of accelerators "
                       "changed how investors see the chipmaker.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kPurchase);
  EXPECT_EQ(a[0].from, Names{"Vantelo AI"});
  EXPECT_EQ(a[0].to, Names{"Cindral Semiconductor"});
}

TEST(ExtractorTest, APlannedAcquisitionIsAnAgreedOne) {
  auto a = ExtractText("The European Commission opened an in-depth probe into Halvard Telecom's planned EUR 2 billion "
                       "acquisition of Oskari Mobile.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kAcquisition);
  EXPECT_EQ(a[0].status, DealStatus::kAnnounced);
}

TEST(ExtractorTest, ShareholdersVotingDownAnOfferCancelIt) {
  auto a = ExtractText("Ostmark Data's shareholders voted down Brevik Cloud's all-stock takeover offer last October.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].from, Names{"Brevik Cloud"});
  EXPECT_EQ(a[0].status, DealStatus::kCancelled);
}

TEST(ExtractorTest, BackingAnOfferIsNoInvestment) {
  auto a = ExtractText("Kelvedon Semiconductor backs £1.3bn Harrowgate buyout as rival weighs counterbid\n\nLONDON, "
                       "March 10 (Wire) - Kelvedon Semiconductor has agreed to be taken private by U.S. buyout firm "
                       "Harrowgate Capital in a cash deal worth £1.3 billion.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kAcquisition);
  EXPECT_EQ(a[0].from, Names{"Harrowgate Capital"});
}

TEST(ExtractorTest, AnUnknownNameThatReportsIsAnOutlet) {
  auto a = ExtractText("Baomoi reported last month that Lac Vien Compute was in talks with Sao Hoa Data Centers about "
                       "leasing 20 megawatts at a campus.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].from, Names{"Lac Vien Compute"});
  EXPECT_EQ(a[0].attribution, Names{"Baomoi"});
}

TEST(ExtractorTest, ServerRacksAreChips) {
  auto a = ExtractText("Tinde Compute has ordered GB300 server racks from Dellmark Systems.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kPurchase);
  EXPECT_EQ(a[0].asset, Asset::kChips);
  EXPECT_EQ(a[0].to, Names{"Dellmark Systems"});
}

TEST(ExtractorTest, TheCustomerOfASupplierIsNotItsIt) {
  auto a = ExtractText("Iveron Cloud will provide Maxwell Labs with access to GPU systems for $9.7 billion over five "
                       "years; to do so it is buying equipment from Dellmark Systems for about $5.8 billion.");
  bool found = false;
  for (const Deal& d : a) {
    if (d.to != Names{"Dellmark Systems"}) continue;
    found = true;
    EXPECT_EQ(d.from, Names{"Iveron Cloud"});
  }
  EXPECT_TRUE(found);
}

TEST(ExtractorTest, TheVentureArmOfABankJoinsARound) {
  auto a = ExtractText("Lumora AI raised $300 million in a Series B round in July, led by Paulista Growth Partners with "
                       "participation from the venture arm of Banco Serra Verde.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].from, (Names{"Paulista Growth Partners", "Banco Serra Verde"}));
  auto b = ExtractText("Lumora AI raised $300 million in a Series B round led by Paulista Growth Partners, with "
                       "participation from the corporate venture arm of Banco Serra Verde and Haldor Capital.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].from, (Names{"Paulista Growth Partners", "Banco Serra Verde", "Haldor Capital"}));
}

TEST(ExtractorTest, ANameBeforeASaleIsNotTheNextSubject) {
  auto a = ExtractText("Bankers who worked on the Glasshouse sale pointed to Spirent Communications as proof that "
                       "boards can get a higher price. Keysight Technologies agreed in 2024 to buy the network-testing "
                       "company for about £1.16 billion.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].to, Names{"Spirent Communications"});
}

TEST(ExtractorTest, TalksAboutGoodsAreAPurchaseInTalks) {
  auto a = ExtractText("The Globe and Mail reported last week that Corriveau Labs was in talks with Tessaro Cloud about a "
                       "separate, smaller block of capacity in the United States.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kPurchase);
  EXPECT_EQ(a[0].asset, Asset::kCloud);
  EXPECT_EQ(a[0].from, Names{"Corriveau Labs"});
  EXPECT_EQ(a[0].to, Names{"Tessaro Cloud"});
  EXPECT_EQ(a[0].status, DealStatus::kTalks);
  EXPECT_EQ(a[0].attribution, Names{"The Globe and Mail"});
  auto b = ExtractText("Talks between Prairie Loom Labs and Ridgeline Energy over a 250-megawatt gas-fired plant for "
                       "the campus broke down in January.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].asset, Asset::kInfrastructure);
  EXPECT_EQ(b[0].from, Names{"Prairie Loom Labs"});
  EXPECT_EQ(b[0].status, DealStatus::kCancelled);
  auto c = ExtractText("Campo Alto Compute is in talks with Tessaro Systems over an initial order of roughly 45,000 "
                       "processors, according to two people.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].asset, Asset::kChips);
  EXPECT_EQ(c[0].to, Names{"Tessaro Systems"});
}

TEST(ExtractorTest, SupplyToABuyerPastAConvertedAmount) {
  auto a = ExtractText("Gwangseo Memory has agreed to supply high-bandwidth memory worth more than 4 trillion won ($2.8 "
                       "billion) to Pellavar Micro, a U.S. designer of AI accelerators.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].from, Names{"Pellavar Micro"});
  EXPECT_EQ(a[0].to, Names{"Gwangseo Memory"});
  EXPECT_EQ(a[0].asset, Asset::kChips);
}

TEST(ExtractorTest, SupplyToABuyerTheTextDoesNotName) {
  auto a = ExtractText("Geumgang Semiconductor is also in talks to supply HBM to a U.S. cloud company, the Korea "
                       "Economic Daily reported on Monday.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_TRUE(a[0].from.empty());
  EXPECT_EQ(a[0].to, Names{"Geumgang Semiconductor"});
  EXPECT_EQ(a[0].status, DealStatus::kTalks);
}

TEST(ExtractorTest, GoodsTakenFromASellerAreBought) {
  auto a = ExtractText("Yushan Telecom has agreed to take computing capacity from Lanyang Compute's cluster in Taichung "
                       "for five years.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kPurchase);
  EXPECT_EQ(a[0].asset, Asset::kCloud);
  EXPECT_EQ(a[0].from, Names{"Yushan Telecom"});
  EXPECT_EQ(a[0].to, Names{"Lanyang Compute"});
  EXPECT_TRUE(ExtractText("Tessara Labs agreed to take a 10% stake from Halden Capital.").size() <= 1u);
}

TEST(ExtractorTest, EachCompanyAcquiredInAListIsADeal) {
  auto a = ExtractText("This year Velcor Systems acquired Enosemi Inc and Brium Labs.");
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[0].to, Names{"Enosemi"});
  EXPECT_EQ(a[1].to, Names{"Brium Labs"});
  for (const Deal& d : a) EXPECT_EQ(d.from, Names{"Velcor Systems"});
}

TEST(ExtractorTest, ANameBeforeAVerbStartsAClauseNotAListMember) {
  auto a = ExtractText("In 2023 Korvane Mobile completed its merger with Halden Telecom and Brisk Networks absorbed "
                       "Ostara Telecom Inc.");
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[0].from, Names{"Korvane Mobile"});
  EXPECT_EQ(a[0].to, Names{"Halden Telecom"});
  EXPECT_EQ(a[1].to, Names{"Ostara Telecom"});
}

TEST(ExtractorTest, NairaWithItsDollarConversion) {
  auto a = ExtractText("Okuta Digital, which runs two data centres in Lagos, has raised 180 billion naira ($117 million) "
                       "from Halden Capital.");
  ASSERT_EQ(a.size(), 1u);
  ASSERT_TRUE(a[0].amount);
  EXPECT_EQ(a[0].amount->currency, "NGN");
  EXPECT_DOUBLE_EQ(a[0].amount->value, 180e9);
}

TEST(ExtractorTest, TowersSoldAreInfrastructureBought) {
  auto a = ExtractText("Khanya Mobile said it had agreed to sell 3,100 of its towers to Ubuntu Towers for 4.8 billion rand.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kPurchase);
  EXPECT_EQ(a[0].asset, Asset::kInfrastructure);
  EXPECT_EQ(a[0].from, Names{"Ubuntu Towers"});
  EXPECT_EQ(a[0].to, Names{"Khanya Mobile"});
}

TEST(ExtractorTest, AnAgreementToDevelopJointlyIsAPartnership) {
  auto a = ExtractText("Meranti Digital will acquire 60% of Phuong Nam Data Centre JSC. Alongside the acquisition, "
                       "Meranti Digital signed an agreement with Truong Son Telecom to jointly develop a cable landing "
                       "station and a 20-megawatt data centre.");
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[1].type, DealType::kPartnership);
  EXPECT_EQ(a[1].to, Names{"Truong Son Telecom"});
}

TEST(ExtractorTest, ChipsACloudSellsAreCloud) {
  auto a = ExtractText("Velloran AI has agreed to spend about $2 billion over five years on Pellworth Cloud TPUs.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kPurchase);
  EXPECT_EQ(a[0].asset, Asset::kCloud);
  auto b = ExtractText("Velloran AI has agreed to buy $2 billion of GPUs from Quarrydale Semiconductor.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].asset, Asset::kChips);
}

TEST(ExtractorTest, ARejectedApproachFromABidder) {
  auto a = ExtractText("Sabre Peak Cloud's board had rejected a takeover approach in March from Redfield Data, a larger "
                       "data-centre operator, worth about $2.1 billion.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kAcquisition);
  EXPECT_EQ(a[0].from, Names{"Redfield Data"});
  EXPECT_EQ(a[0].to, Names{"Sabre Peak Cloud"});
  EXPECT_EQ(a[0].status, DealStatus::kCancelled);
  auto b = ExtractText("Last spring Limmat Microsystems turned down an unsolicited proposal from Hoshida Electric, the "
                       "Japanese sensor group.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].from, Names{"Hoshida Electric"});
  EXPECT_EQ(b[0].to, Names{"Limmat Microsystems"});
  EXPECT_EQ(b[0].status, DealStatus::kCancelled);
}

TEST(ExtractorTest, AHeadlinesShortNamesAreTheBodysDeal) {
  auto a = ExtractText("Varenne signs chip pact worth up to EUR 2.4 billion with Kestrion\n\nPARIS, Feb 11 (Wire) - "
                       "Varenne Automobiles SA has agreed to buy driver-assistance processors from Kestrion "
                       "Semiconductor for up to EUR 2.4 billion.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kPurchase);
  EXPECT_NE(a[0].evidence.text.find("PARIS"), std::string::npos);
}

TEST(ExtractorTest, GoodsValuedAtAnAmountAreTheDealsAmount) {
  auto a = ExtractText("Sorvik Compute will in turn supply Fjallmark AI with GPU capacity valued at about 2.9 billion "
                       "Norwegian crowns over five years.");
  ASSERT_EQ(a.size(), 1u);
  ASSERT_TRUE(a[0].amount);
  EXPECT_EQ(a[0].amount->currency, "NOK");
  EXPECT_EQ(a[0].from, Names{"Fjallmark AI"});
}

TEST(ExtractorTest, PayingForGoodsToASeller) {
  auto a = ExtractText("Okuta Data Centres is paying about 42 billion naira for the building to Lekki Gateway Properties, a "
                       "local real-estate developer.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kPurchase);
  EXPECT_EQ(a[0].from, Names{"Okuta Data Centres"});
  EXPECT_EQ(a[0].to, Names{"Lekki Gateway Properties"});
}

TEST(ExtractorTest, ABidsFateToldAfterIt) {
  auto a = ExtractText("He referred to Korvane Semiconductors' EUR 4.35 billion bid for Siltrona, which collapsed in 2022 after "
                       "Berlin failed to clear it in time.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].from, Names{"Korvane Semiconductors"});
  EXPECT_EQ(a[0].status, DealStatus::kCancelled);
  auto b = ExtractText("Kallio Mining Systems agreed in 2024 to buy Norrkant Autonomy for about 1.9 billion kronor, only "
                       "for the deal to collapse months later.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].status, DealStatus::kCancelled);
}

TEST(ExtractorTest, TwoOwnersOfOneBuyout) {
  auto a = ExtractText("Garrow points to Blackmoor Capital and Vista Equity Partners' $8.4 billion buyout of Smartline, "
                       "completed in January.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].from, (Names{"Blackmoor Capital", "Vista Equity Partners"}));
}

TEST(ExtractorTest, AHedgedCountOfUnlistedGoodsFromASeller) {
  auto a = ExtractText("Kerrowan Robotics has agreed to buy up to 40,000 precision actuators over three years from "
                       "Japan's Nakaizumi Seiki.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kPurchase);
  EXPECT_EQ(a[0].to, Names{"Nakaizumi Seiki"});
}

TEST(ExtractorTest, AnUndisclosedAmountTakesNoLaterAmount) {
  auto a = ExtractText("In January Kerrowan Robotics bought Lattice Hands Inc for an undisclosed amount. The deal adds "
                       "12 engineers. Separately, the company will spend about 28 billion yen on actuators.");
  ASSERT_GE(a.size(), 1u);
  EXPECT_EQ(a[0].to, Names{"Lattice Hands"});
  EXPECT_FALSE(a[0].amount);
}

TEST(ExtractorTest, GoodsOrderedThroughAResellerInARelativeClause) {
  auto a = ExtractText("Lac Long Compute plans to buy about 4,000 Tessaro Blackwell GPUs, which it expects to order "
                       "through Super Micro Computer before the end of the year.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].from, Names{"Lac Long Compute"});
  EXPECT_EQ(a[0].to, Names{"Super Micro Computer"});
  EXPECT_EQ(a[0].asset, Asset::kChips);
  EXPECT_EQ(a[0].status, DealStatus::kPlanned);
}

TEST(ExtractorTest, ABareCurrencyWordTakesTheCurrencyTheTextNamed) {
  auto a = ExtractText("Paramo Towers has agreed to buy Mastiles Andinos for 3.4 trillion Colombian pesos. In 2024 "
                       "Pacifico Towers had agreed to buy Vela Networks for 2.9 trillion pesos.");
  ASSERT_EQ(a.size(), 2u);
  ASSERT_TRUE(a[1].amount);
  EXPECT_EQ(a[1].amount->currency, "COP");
}

TEST(ExtractorTest, AMemberTakingAMinorityPartAndAFundsName) {
  auto a = ExtractText("Halvorsk Compute said it had raised 4.2 billion crowns in new equity from a group led by "
                       "Orrinvale Capital, a Copenhagen-based infrastructure investor, with the state-backed climate "
                       "fund Nysno Climate Investments taking a minority part.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].from, (Names{"Orrinvale Capital", "Nysno Climate Investments"}));
  EXPECT_EQ(a[0].to, Names{"Halvorsk Compute"});
}

TEST(ExtractorTest, SellingItsOwnGoodsIsASaleOfGoods) {
  auto a = ExtractText("Auwald Compute agreed to sell its spare capacity to Brennmark Telekom.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kPurchase);
  EXPECT_EQ(a[0].asset, Asset::kCloud);
  EXPECT_EQ(a[0].from, Names{"Brennmark Telekom"});
  EXPECT_EQ(a[0].to, Names{"Auwald Compute"});
  auto b = ExtractText("Caldris Security agreed to sell its hardware firewall line to Stourmead Capital.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].type, DealType::kAcquisition);
}

TEST(ExtractorTest, TalksAboutSellingOrOfferingTogether) {
  auto a = ExtractText("Auwald Compute held talks with Brennmark Telekom about selling its spare capacity.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kPurchase);
  EXPECT_EQ(a[0].from, Names{"Brennmark Telekom"});
  EXPECT_EQ(a[0].status, DealStatus::kTalks);
  auto b = ExtractText("Aubrac AI is also in discussions with Vesta Telecom, the Franco-Belgian operator, about offering "
                       "its models to the carrier's business customers.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].type, DealType::kPartnership);
  EXPECT_EQ(b[0].status, DealStatus::kTalks);
}

TEST(ExtractorTest, APossessiveAloneInTheSentenceBeforeLeadsForIts) {
  auto a = ExtractText("Kazahana Intelligence declined to comment. Toyokawa Shoji said it had decided nothing. The "
                       "fundraising comes weeks after the collapse of a deal that was meant to double Kazahana "
                       "Intelligence's computing power. Its 28 billion yen agreement to buy 4,000 processors through "
                       "Sumiyoshi Systems was terminated in November.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].from, Names{"Kazahana Intelligence"});
  EXPECT_EQ(a[0].to, Names{"Sumiyoshi Systems"});
  EXPECT_EQ(a[0].status, DealStatus::kCancelled);
}

TEST(ExtractorTest, AFundAfterAnArticleIsANoun) {
  // "the Johannesburg fund": a noun, not "to fund"; Halden funds no one here.
  for (const Deal& d : ExtractText("Halden Capital, the Johannesburg fund Okuta Digital invested in, said nothing.")) {
    EXPECT_NE(d.from, Names{"Halden Capital"});
  }
}

TEST(ExtractorTest, PutAfterItsSubjectIsPast) {
  auto a = ExtractText("In June 2025, Vantelo put $14.3 billion into Scalewright AI for a 49% stake.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].status, DealStatus::kCompleted);
  auto b = ExtractText("Vantelo will put $2 billion into Scalewright AI.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].status, DealStatus::kAnnounced);
}

TEST(ExtractorTest, WouldInWhatACompanyDisclosedIsAnnounced) {
  auto a = ExtractText("Nebarra Cloud disclosed in September 2025 that it would supply Vantelo Labs with computing capacity "
                       "worth $17.4 billion over five years.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].status, DealStatus::kAnnounced);
}

TEST(ExtractorTest, APlantBoughtFromASellerPastItsPlace) {
  auto a = ExtractText("Shengtai Electronics, the Taiwanese contract manufacturer, will buy a server-assembly plant in "
                       "Guadalajara, Mexico, from U.S.-based Rackwell Systems for $265 million.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kAcquisition);
  EXPECT_EQ(a[0].from, Names{"Shengtai Electronics"});
  EXPECT_EQ(a[0].to, Names{"Rackwell Systems"});
}

TEST(ExtractorTest, ABuyoutFirmInTalksBuysAndFailingToAgreeEndsIt) {
  auto a = ExtractText("Ridgeback Systems held talks in 2025 with Granite Arch Partners, a U.S. private equity firm, "
                       "about a buyout, but the two sides could not agree on price.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kAcquisition);
  EXPECT_EQ(a[0].from, Names{"Granite Arch Partners"});
  EXPECT_EQ(a[0].to, Names{"Ridgeback Systems"});
  EXPECT_EQ(a[0].status, DealStatus::kCancelled);
}

TEST(ExtractorTest, ACancellationRevivedLaterIsUndone) {
  auto a = ExtractText("Skyhaven Media's takeover of Paravale Global was called off once in June 2024 before being "
                       "revived weeks later; the $8 billion deal finally closed in August 2025.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].status, DealStatus::kCompleted);
}

TEST(ExtractorTest, ARoundLedByAnInvestorThatIncludedOthers) {
  auto a = ExtractText("Runwell Labs raised $308 million in April in a round led by Harbor Atlantic Capital that "
                       "included Quarrydale Ventures, Baillie Partners and Kestrel Growth.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].from,
            (Names{"Harbor Atlantic Capital", "Quarrydale Ventures", "Baillie Partners", "Kestrel Growth"}));
}

TEST(ExtractorTest, AnOutletNamedWithItsKind) {
  auto a = ExtractText("The Nikkei business daily reported last month that Tencent Holdings was in talks to take a 20% "
                       "stake in Hoshikage Entertainment.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].attribution, Names{"Nikkei"});
  EXPECT_EQ(a[0].status, DealStatus::kTalks);
}

TEST(ExtractorTest, WithdrawnProposalIsACancelledBid) {
  auto a = ExtractText(
      "Kenvar Systems said it had withdrawn its proposal of 2.1 billion euros, or 31 euros a share, for "
      "Tollund Instruments.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kAcquisition);
  EXPECT_EQ(a[0].from, Names{"Kenvar Systems"});
  EXPECT_EQ(a[0].to, Names{"Tollund Instruments"});
  ASSERT_TRUE(a[0].amount.has_value());
  EXPECT_EQ(a[0].amount->currency, "EUR");
  EXPECT_EQ(a[0].status, DealStatus::kCancelled);
  auto b = ExtractText("Kenvar Systems has submitted a proposal to build a research campus near Tollund Instruments.");
  EXPECT_TRUE(b.empty());
}

TEST(ExtractorTest, DatelineOutletIsNotCredited) {
  // Known or not, the outlet in a dateline published the article; it is
  // neither a party nor the source the claim is credited to.
  for (const char* outlet : {"Reuters", "Meridian Wire"}) {
    auto a = ExtractText(std::string("OSLO, Feb 17 (") + outlet +
                         ") - Kenvar Systems said it had agreed to buy Tollund Instruments for $900 million.");
    ASSERT_EQ(a.size(), 1u) << outlet;
    EXPECT_EQ(a[0].from, Names{"Kenvar Systems"}) << outlet;
    EXPECT_TRUE(a[0].attribution.empty()) << outlet;
  }
  auto b = ExtractText("Kenvar Systems has agreed to buy Tollund Instruments for $900 million, Reuters reported.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].attribution, Names{"Reuters"});
}

TEST(ExtractorTest, ItAfterCommaAndIsTheFirstClausesSubject) {
  // "..., and last year it took over Y": the "it" of a clause joined by
  // ", and" is the subject of the clause before, not its object.
  auto a = ExtractText(
      "Harlow Semiconductor reported results on Monday. It picked up the start-up Ostrava Networks in 2023, "
      "and in October it agreed to buy Quarrydale Robotics for $900 million.");
  bool found = false;
  for (const Deal& d : a) {
    if (d.to == Names{"Quarrydale Robotics"}) {
      found = true;
      EXPECT_EQ(d.from, Names{"Harlow Semiconductor"});
    }
  }
  EXPECT_TRUE(found);
  // Without the comma the sentence's latest name still leads.
  auto b = ExtractText(
      "Harlow Semiconductor sold its stake in Ostrava Networks. Ostrava Networks said it agreed to buy "
      "Quarrydale Robotics for $900 million.");
  ASSERT_FALSE(b.empty());
  EXPECT_EQ(b.back().from, Names{"Ostrava Networks"});
}

TEST(ExtractorTest, PrivateEquityFirmDescriptionIsTheInvestmentFirm) {
  // "The Dallas private equity firm": among the recent names, the one that
  // reads as an investment firm, even when another was named later.
  auto a = ExtractText(
      "Lonmore Power, founded in 2023, is controlled by Tallis Creek Partners. The Dallas private equity firm "
      "put $350 million into the developer in March.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kInvestment);
  EXPECT_EQ(a[0].from, Names{"Tallis Creek Partners"});
  EXPECT_EQ(a[0].to, Names{"Lonmore Power"});
}

TEST(ExtractorTest, RelativeClauseAfterAnAppositionHangsOnTheName) {
  // "Y, the Dutch maker of X, which became its largest shareholder": the
  // relative clause's subject is Y, past its description.
  auto a = ExtractText(
      "Orvale Labs raised EUR 1.7 billion in a round led by Tessaly Instruments, the Dutch maker of lithography "
      "machines, which became its largest shareholder.");
  ASSERT_FALSE(a.empty());
  for (const Deal& d : a) {
    EXPECT_EQ(d.type, DealType::kInvestment);
    EXPECT_EQ(d.from, Names{"Tessaly Instruments"});
    EXPECT_EQ(d.to, Names{"Orvale Labs"});
  }
}

TEST(ExtractorTest, LeadInvestorAfterALongDescriptionWithArticle) {
  // "led by the California public pension fund X": the article is not one
  // of the describing words a name may follow.
  auto a = ExtractText(
      "Quarrydale Robotics raised $450 million in a round led by the Ontario public pension fund Kestrel Capital.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].from, Names{"Kestrel Capital"});
  EXPECT_EQ(a[0].to, Names{"Quarrydale Robotics"});
}

TEST(ExtractorTest, OpeningPurposeClauseNamesNoBuyer) {
  // "To serve X, Y will buy ...": X is who the goods are for, not a buyer.
  auto a = ExtractText("To serve Fenmoor Labs, Orrin Cloud will buy about $2.5 billion of Nvidia processors.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kPurchase);
  EXPECT_EQ(a[0].from, Names{"Orrin Cloud"});
  EXPECT_EQ(a[0].to, Names{"NVIDIA"});
}

TEST(ExtractorTest, ClauseAfterCommaAndTimeWordsHasItsOwnStatus) {
  // ", and in October it agreed to buy Y": a clause of its own after a few
  // words of time; the first clause's "completed" does not reach it.
  auto a = ExtractText(
      "Kestrel Holdings completed its $6.5 billion takeover of Ampere Labs last month, and in October it agreed "
      "to buy Orvale Robotics for $5.4 billion.");
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[0].status, DealStatus::kCompleted);
  EXPECT_EQ(a[1].to, Names{"Orvale Robotics"});
  EXPECT_EQ(a[1].from, Names{"Kestrel Holdings"});
  EXPECT_EQ(a[1].status, DealStatus::kAnnounced);
}

TEST(ExtractorTest, NotInTalksIsNoTalks) {
  // "said it was \"not in discussions\" to acquire Y": a denial, read as
  // cancelled like "denied"; the same words without "not" are talks.
  auto a = ExtractText("Vardell Games said it was \"not in discussions\" to acquire Oskerlund Interactive.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].status, DealStatus::kCancelled);
  auto b = ExtractText("Vardell Games said it was in discussions to acquire Oskerlund Interactive.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].status, DealStatus::kTalks);
}

TEST(ExtractorTest, RoundInAppositionToAPossessedNoun) {
  // "X's last fundraising, a $65 million Series B led by Y, closed": the
  // round belongs to the owner of the noun it stands in apposition to.
  auto a = ExtractText("Obsidra's last fundraising, a $65 million Series B led by Tidebrook Ventures, closed in 2024.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kInvestment);
  EXPECT_EQ(a[0].from, Names{"Tidebrook Ventures"});
  EXPECT_EQ(a[0].to, Names{"Obsidra"});
  auto b = ExtractText("Verigrid's first institutional money, a $22 million Series A, came from Brightline Ventures.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].from, Names{"Brightline Ventures"});
  EXPECT_EQ(b[0].to, Names{"Verigrid"});
}

TEST(ExtractorTest, SubscribingForNewSharesIsAnInvestment) {
  // "agreed to subscribe for NT$3 billion of new X shares": an investment in
  // the company whose shares are issued; without it named, no deal here.
  auto a = ExtractText(
      "The National Development Fund has agreed to subscribe for NT$3 billion of new Chenghe Packaging shares.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kInvestment);
  EXPECT_EQ(a[0].from, Names{"National Development Fund"});
  EXPECT_EQ(a[0].to, Names{"Chenghe Packaging"});
  EXPECT_TRUE(ExtractText("Orvale Capital would subscribe for EUR150mn of new shares.").empty());
}

TEST(ExtractorTest, LeaseForASiteOwnersCampus) {
  // "signed a 12-year lease for the whole of Y's campus": Y leases it out.
  auto a = ExtractText("Microsoft signed a 12-year lease for the whole of Norrvik Data Centers' Boden campus.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kPurchase);
  EXPECT_EQ(a[0].asset, Asset::kInfrastructure);
  EXPECT_EQ(a[0].from, Names{"Microsoft"});
  EXPECT_EQ(a[0].to, Names{"Norrvik Data Centers"});
}

TEST(ExtractorTest, GoodsRentedForThePossessiveSubject) {
  // "Its models are trained on processors rented from Y": rented by the
  // owner of the possessive subject; a passive "were rented" is not this.
  auto a = ExtractText(
      "Sorin Labs is a Seoul start-up. Its models are trained on graphics processors rented from KT Cloud "
      "under a three-year contract worth more than 30 billion won.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kPurchase);
  EXPECT_EQ(a[0].asset, Asset::kCloud);
  EXPECT_EQ(a[0].from, Names{"Sorin Labs"});
  EXPECT_EQ(a[0].to, Names{"KT Cloud"});
}

TEST(ExtractorTest, RentingWithAnUnnamedSide) {
  // The landlord leases to a tenant it does not name; a customer not named
  // rents from the company (after "that", with a country as an adjective).
  auto a = ExtractText("Yodogard Data Centres is in talks to lease most of the campus to a U.S. cloud provider.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kPurchase);
  EXPECT_TRUE(a[0].from.empty());
  EXPECT_EQ(a[0].to, Names{"Yodogard Data Centres"});
  EXPECT_EQ(a[0].status, DealStatus::kTalks);
  auto b = ExtractText(
      "Sorabune Compute said that a large U.S. technology company had agreed to rent computing capacity from it "
      "for five years in a contract worth up to 240 billion yen.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_TRUE(b[0].from.empty());
  EXPECT_EQ(b[0].to, Names{"Sorabune Compute"});
  EXPECT_EQ(b[0].asset, Asset::kCloud);
  // A named tenant is no unnamed one.
  auto c = ExtractText("Yodogard Data Centres will lease the campus to Kestrel Cloud.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_FALSE(c[0].from.empty());
}

TEST(ExtractorTest, UnlistedGoodsUnderAContract) {
  // Goods the lexicon does not list, supplied or bought under a contract or
  // for an amount: a purchase of other goods. "a supply contract" is a noun.
  auto a = ExtractText("Corrieside Space will supply imagery to Kestrel Systems under a £12.4m contract.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kPurchase);
  EXPECT_EQ(a[0].asset, Asset::kOther);
  EXPECT_EQ(a[0].from, Names{"Kestrel Systems"});
  EXPECT_EQ(a[0].to, Names{"Corrieside Space"});
  auto b = ExtractText(
      "Seomun Semiconductor will buy nitrogen trifluoride from Hanul Gases under a supply contract worth about "
      "140 billion won.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].from, Names{"Seomun Semiconductor"});
  EXPECT_EQ(b[0].to, Names{"Hanul Gases"});
  EXPECT_TRUE(ExtractText("Corrieside Space will supply imagery to Kestrel Systems.").empty());
}

TEST(ExtractorTest, AgreementToRunOnAnotherCompanysCloud) {
  // "signed an agreement worth N to run its games on Y servers": Y sells the
  // computing the deal runs on.
  auto a = ExtractText(
      "Solgeum Games said it had signed a five-year agreement worth more than 85 billion won to run its games on "
      "Naver Cloud servers.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kPurchase);
  EXPECT_EQ(a[0].asset, Asset::kCloud);
  EXPECT_EQ(a[0].from, Names{"Solgeum Games"});
  EXPECT_EQ(a[0].to, Names{"Naver Cloud"});
}

TEST(ExtractorTest, WorkingTogetherPhrases) {
  // "said it would work with Y on ...", "agreed with Y to build ...",
  // "said it would jointly develop X with Y": partnerships.
  for (const char* text : {"Nissan said it would work with Wayve on a new version of its driver-assistance system.",
                           "Kakao agreed with OpenAI in February to build chat features into its apps.",
                           "Akebono Robotics said it would jointly develop lighter grippers with Sagami Precision."}) {
    auto a = ExtractText(text);
    ASSERT_EQ(a.size(), 1u) << text;
    EXPECT_EQ(a[0].type, DealType::kPartnership) << text;
  }
  // Not a partnership: the work on another deal, an agreement not to proceed.
  EXPECT_TRUE(ExtractText("Norrvik said it will work with Brightlane to complete the transaction.").empty());
  EXPECT_TRUE(ExtractText("Rawda said it had agreed with Vespera not to proceed.").empty());
}

TEST(ExtractorTest, FundsManagedByANamedManager) {
  // "with funds managed by Y": the manager is the party.
  auto a = ExtractText("Meta Platforms formed a joint venture with funds managed by Blue Owl Capital to finance its campus.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kPartnership);
  EXPECT_EQ(a[0].from, Names{"Meta Platforms"});
  EXPECT_EQ(a[0].to, Names{"Blue Owl Capital"});
}

TEST(ExtractorTest, NamedUnitAfterItsOwnersDescription) {
  // "absorbed X's chip unit Y": the unit is named, so it is the party.
  auto a = ExtractText("Kestrel Labs absorbed Hanmi Telecom's chip unit Sapeon in a merger completed in 2024.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kAcquisition);
  EXPECT_EQ(a[0].from, Names{"Kestrel Labs"});
  EXPECT_EQ(a[0].to, Names{"Sapeon"});
}

TEST(ExtractorTest, TenderOfferForTheRestOfASubsidiary) {
  // "a tender offer for the 49% of listed subsidiary Y it does not own".
  auto a = ExtractText(
      "Kurobane Electric will launch a tender offer for the 49% of listed subsidiary Kurobane Sensing it does not "
      "already own, in a deal worth about 88 billion yen.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kAcquisition);
  EXPECT_EQ(a[0].to, Names{"Kurobane Sensing"});
  ASSERT_TRUE(a[0].amount.has_value());
  EXPECT_EQ(a[0].amount->currency, "JPY");
}

TEST(ExtractorTest, ListGoesOnPastAnAppositionBeforeAPreposition) {
  // "led by X, the family's real-estate company, and Y in a deal of ...": Y
  // is a list member, and the deal's amount is the clause's.
  auto a = ExtractText(
      "Kasuga Looms agreed to be taken private by a group led by Kasuga Fudosan, the family's real-estate company, "
      "and Hollis Capital in a deal of roughly 4.7 trillion yen.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].from, (Names{"Kasuga Fudosan", "Hollis Capital"}));
  EXPECT_EQ(a[0].to, Names{"Kasuga Looms"});
  ASSERT_TRUE(a[0].amount.has_value());
  // ", and X in turn agreed to buy ...": a clause of its own.
  auto b = ExtractText(
      "Halvern Chips has committed up to $4 billion to the round, and Orrery Labs in turn agreed to buy Halvern "
      "Chips' processors.");
  for (const Deal& d : b) {
    if (d.type == DealType::kPurchase) {
      EXPECT_FALSE(d.amount.has_value());
    }
  }
}

TEST(ExtractorTest, NumbersThatAreNoFundingAndDeniedHoldings) {
  // A raised budget, revenue "taken in", no plan to raise, a firm that is
  // not an investor, an editor's correction note: no deals.
  for (const char* text : {
           "Gwangseo Memory raised its 2026 capital expenditure plan to about 14 trillion won.",
           "Kaisun Electronics said it would raise capital spending to NT$55 billion this year.",
           "Meridale Platforms took in $164.5 billion in 2024.",
           "Yarden Systems said it had \"no need and no plan\" to raise capital.",
           "Yarkon Capital, which is not an investor in Kidon Vision, declined to comment.",
           "(Corrects paragraph 4 to show Pennick Labs' round was led by Amadeus Capital Partners, not Octopus "
           "Ventures)"}) {
    EXPECT_TRUE(ExtractText(text).empty()) << text;
  }
  // The same verbs about money raised are deals.
  EXPECT_EQ(ExtractText("Kidon Vision took in $75 million from investors led by Yarkon Capital.").size(), 1u);
}

TEST(ExtractorTest, CoInvestorAlongsideTheLead) {
  // "X led Y's $900 million Series C in 2024, alongside the Texas fund Z".
  auto a = ExtractText(
      "Redbank Compute is growing. Halvern Chips led Redbank Compute's $900 million Series C in 2024, alongside the "
      "Texas fund Pecos Growth Partners.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].from, (Names{"Halvern Chips", "Pecos Growth Partners"}));
  EXPECT_EQ(a[0].to, Names{"Redbank Compute"});
}

TEST(ExtractorTest, PastEmployerInsideTheSubjectsDescription) {
  // "The company founded by former X staff closed a round": X is no subject.
  auto a = ExtractText(
      "Larkmoor Labs is hiring. The company founded by former Orvale Systems staff closed a $2 billion seed round "
      "led by Andreessen Horowitz.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].to, Names{"Larkmoor Labs"});
}

TEST(ExtractorTest, OtherSideSuppliesItsTrade) {
  // "X has been negotiating with Y to supply 400 megawatts to a campus":
  // the utility supplies; "X signed a letter with Y to supply memory": X does.
  auto a = ExtractText(
      "Caldmere Cloud has been negotiating with Sable Ridge Energy to supply up to 400 megawatts to a campus it is "
      "planning in Wyoming.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].from, Names{"Caldmere Cloud"});
  EXPECT_EQ(a[0].to, Names{"Sable Ridge Energy"});
  auto b = ExtractText("Samsung Electronics signed a letter of intent with OpenAI to supply memory for its data centres.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].from, Names{"OpenAI"});
  EXPECT_EQ(b[0].to, Names{"Samsung Electronics"});
}

TEST(ExtractorTest, SupplyAgreementWithAMakerOfTheGoods) {
  // "X signed a supply agreement with Y for high-bandwidth memory": Y makes
  // memory, X buys it; the other way round the subject supplies.
  for (const char* text : {"Dawon Silicon signed a supply agreement with SK Hynix for high-bandwidth memory.",
                           "SK Hynix signed a supply agreement with Dawon Silicon for high-bandwidth memory."}) {
    auto a = ExtractText(text);
    ASSERT_EQ(a.size(), 1u) << text;
    EXPECT_EQ(a[0].from, Names{"Dawon Silicon"}) << text;
    EXPECT_EQ(a[0].to, Names{"SK Hynix"}) << text;
  }
}

TEST(ExtractorTest, UnderWhichTheOtherSideLeases) {
  // "a colocation contract with Y, under which Y would lease megawatts at
  // the campus": Y buys; without the clause the subject does.
  // (A carrier in the gazetteer, named by its trade: "the mobile operator".)
  auto a = ExtractText(
      "Okuta Digital is negotiating a colocation contract with Airtel Africa, under which the mobile operator would "
      "lease several megawatts at its Lekki campus.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].from, Names{"Airtel Africa"});
  EXPECT_EQ(a[0].to, Names{"Okuta Digital"});
}

TEST(ExtractorTest, ShareOfACompanySoldOrPaidFor) {
  // "sold about 20% of Y to Z": Z invests in Y; "X's board approved paying
  // up to $N for about 10% of Y": X invests in Y.
  auto a = ExtractText("In 2023 Halvern Chips sold about 20% of Kestrel Optics to Bramley Capital.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kInvestment);
  EXPECT_EQ(a[0].from, Names{"Bramley Capital"});
  EXPECT_EQ(a[0].to, Names{"Kestrel Optics"});
  auto b = ExtractText("Halvern Chips' board approved paying up to $432.8 million for about 10% of Kestrel Optics.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].type, DealType::kInvestment);
  EXPECT_EQ(b[0].from, Names{"Halvern Chips"});
  EXPECT_EQ(b[0].to, Names{"Kestrel Optics"});
}

TEST(ExtractorTest, AmountInTheNextSentence) {
  // The sentence after a deal prices it: "put its value at", "Those orders
  // are valued at", "The total consideration is", "X will pay Y N".
  const std::string deal =
      "Lumivik has signed a four-year contract to rent computing capacity from Evenfjord Data Centers. ";
  for (const char* next : {"People familiar with the contract put its value at about $2.5 billion.",
                           "CNBC put the value at $2.5 billion.",
                           "Those orders are valued at approximately $2.5 billion.",
                           "The total consideration is $2.5 billion.",
                           "Lumivik will pay Evenfjord Data Centers $2.5 billion over the term."}) {
    auto a = ExtractText(deal + next);
    ASSERT_EQ(a.size(), 1u) << next;
    EXPECT_EQ(a[0].asset, Asset::kCloud) << next;
    ASSERT_TRUE(a[0].amount.has_value()) << next;
    EXPECT_DOUBLE_EQ(a[0].amount->value, 2.5e9) << next;
  }
}

TEST(ExtractorTest, EndedNegotiationsIsCancelled) {
  auto a = ExtractText("Kestrel Capital ended negotiations last month to buy a majority of Orlev Labs.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].status, DealStatus::kCancelled);
}

TEST(ExtractorTest, RoundOwnerAndAbandonedChallenge) {
  // "took part in X's $6.6 billion funding round": one investment in X, with
  // the round's amount; "abandoned its challenge to X's takeover of Y" ends
  // the challenge, not the takeover.
  auto a = ExtractText("Harlan Capital took part in Cohere's $6.6 billion funding round in October 2024.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].from, Names{"Harlan Capital"});
  EXPECT_EQ(a[0].to, Names{"Cohere"});
  ASSERT_TRUE(a[0].amount.has_value());
  auto b = ExtractText("The regulator has abandoned its challenge to Kestrel Systems' $9 billion takeover of Orvale Labs.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_NE(b[0].status, DealStatus::kCancelled);
}

TEST(ExtractorTest, LeadWithCoInvestors) {
  // "a Series F led by X with Y and Z": Y and Z invest alongside the lead.
  auto a = ExtractText("Orvale Labs raised $13 billion in a Series F led by Harlan Capital with Kestrel Partners and "
                       "Lightspeed Venture Partners.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].from, (Names{"Harlan Capital", "Kestrel Partners", "Lightspeed Venture Partners"}));
}

TEST(ExtractorTest, PledgedToACompany) {
  // "X and Y together pledged up to $15 billion to Z": both invest in Z.
  auto a = ExtractText("Microsoft and Nvidia together pledged up to $15 billion to Anthropic.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kInvestment);
  EXPECT_EQ(a[0].from, (Names{"Microsoft", "NVIDIA"}));
  EXPECT_EQ(a[0].to, Names{"Anthropic"});
  EXPECT_TRUE(ExtractText("Halvern Chips pledged to halve its emissions by 2030.").empty());
}

TEST(ExtractorTest, MoneyProvidedToACompanyIsAnInvestment) {
  // "a letter of intent to provide up to $150 million to Y", "pledged $40
  // million in grants to Y": money given, no goods; "provide $2 billion of
  // computing capacity to Y" stays a purchase.
  auto a = ExtractText("Halvern Capital signed a letter of intent to provide up to $150 million to Orvale AI.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kInvestment);
  EXPECT_EQ(a[0].from, Names{"Halvern Capital"});
  EXPECT_EQ(a[0].to, Names{"Orvale AI"});
  auto b = ExtractText("Kestrel Cloud will provide $2 billion of computing capacity to Orvale AI.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].type, DealType::kPurchase);
}

TEST(ExtractorTest, AnotherPartysExitAndBackingAnOffer) {
  // "..., ending a contest in which a second buyout firm dropped out": the
  // deal stands; "X backs ¥380 billion Y tender offer" funds no one.
  auto a = ExtractText(
      "Ledgerline Software agreed on Monday to be taken private by Harrowgate Capital in an all-cash deal worth "
      "about $4.6 billion, ending a six-week contest in which a second buyout firm dropped out.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].status, DealStatus::kAnnounced);
  auto b = ExtractText("Kurobane Systems backs 380 billion yen Hoshimi tender offer");
  for (const Deal& d : b) EXPECT_NE(d.type, DealType::kInvestment);
}

TEST(ExtractorTest, CloudContractsWithATermAndAMove) {
  // "worth a combined $450 million over four years with A, B and C": the term
  // between the amount and the sellers; "to move its systems to Y's cloud".
  auto a = ExtractText(
      "Corvane Labs said it had signed agreements worth a combined $450 million over four years with Oracle, "
      "Google Cloud and CoreWeave for the computing power to train its models.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].to, (Names{"Oracle", "Google Cloud", "CoreWeave"}));
  auto b = ExtractText(
      "Nordhavn Bank has signed a ten-year agreement worth about 1.4 billion euros to move most of its core "
      "banking systems to Kestrel Systems' Orvale cloud.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].type, DealType::kPurchase);
  EXPECT_EQ(b[0].from, Names{"Nordhavn Bank"});
}

TEST(ExtractorTest, GrantsAreTheGiversInvestments) {
  // A grant or subsidy with an amount: the giver invests in the receiver,
  // named after "for", "to" or "give", or as the subject of "received".
  auto a = ExtractText("The Ministry of Economic Affairs approved a grant of up to \u20ac110 million for Orvale Photonics.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kInvestment);
  EXPECT_EQ(a[0].from, Names{"Ministry of Economic Affairs"});
  EXPECT_EQ(a[0].to, Names{"Orvale Photonics"});
  EXPECT_EQ(a[0].amount->qualifier, Qualifier::kUpTo);
  auto b = ExtractText("The French government will give Halvern Substrates a \u20ac290 million grant.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].type, DealType::kInvestment);
  EXPECT_EQ(b[0].from, Names{"French government"});
  EXPECT_EQ(b[0].to, Names{"Halvern Substrates"});
  // A contract award is a sale; a grant with no receiver named is no deal.
  auto c = ExtractText("Halvern Systems won a $300 million contract award from the Pentagon.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].type, DealType::kPurchase);
  EXPECT_TRUE(ExtractText("The expansion is backed by a 120 billion won investment subsidy from Brenwick Province.").empty());
}

TEST(ExtractorTest, RoundLedByOneAndIncludingOthers) {
  // "The round was led by X, <apposition>, and included Y, <apposition>, as
  // well as Z": every member invests.
  auto a = ExtractText(
      "Orvale Silicon has raised \u20ac160 million in a Series B round. The round was led by Halvern Capital, a "
      "London growth investor, and included the Brenwick Fund, the venture arm of a state bank, as well as "
      "Kestrel Ventures.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].from, (Names{"Halvern Capital", "Brenwick Fund", "Kestrel Ventures"}));
  EXPECT_EQ(a[0].to, Names{"Orvale Silicon"});
}

TEST(ExtractorTest, ParticipleAfterOfDescribesGoods) {
  // "a provider of rented computing power": a description of the buyer, no
  // rental; the order is for chips.
  auto a = ExtractText(
      "Orvale Cloud, a Gulf provider of rented AI computing power, has placed an order for 20,000 accelerators "
      "with Halvern Semiconductor.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kPurchase);
  EXPECT_EQ(a[0].asset, Asset::kChips);
  EXPECT_EQ(a[0].from, Names{"Orvale Cloud"});
  EXPECT_EQ(a[0].to, Names{"Halvern Semiconductor"});
  // Gulf currencies: "1.8 billion Qatari riyals" is an amount.
  auto b = ExtractText("Dafna Holding agreed to invest 1.8 billion Qatari riyals in Orvale Cloud.");
  ASSERT_EQ(b.size(), 1u);
  ASSERT_TRUE(b[0].amount.has_value());
  EXPECT_EQ(b[0].amount->currency, "QAR");
}

TEST(ExtractorTest, AgreedToBeBoughtPastADescribingClause) {
  // "X, whose software helps Y ..., has agreed to be bought by Z": X is sold,
  // not the name inside the clause that describes it.
  auto a = ExtractText(
      "Orvale Analytics, whose software helps Microsoft plan beds, has agreed to be bought by Halvern "
      "Health for \u00a3620 million.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kAcquisition);
  EXPECT_EQ(a[0].from, Names{"Halvern Health"});
  EXPECT_EQ(a[0].to, Names{"Orvale Analytics"});
}

TEST(ExtractorTest, CoInvestorsInTheNextClause) {
  // "X led its Series B, and Y also took part": Y invests in the same round.
  auto a = ExtractText(
      "Orvale Bio makes drugs. Halvern Capital led its \u00a348 million Series B last year, and Brenwick Ventures "
      "also took part.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].from, (Names{"Halvern Capital", "Brenwick Ventures"}));
  EXPECT_EQ(a[0].to, Names{"Orvale Bio"});
  // A clause of its own with its own amount is no co-investment.
  auto b = ExtractText(
      "Orvale Bio raised $40 million in a round led by Halvern Capital, and Brenwick Ventures also invested $5 "
      "million in Kestrel Labs.");
  ASSERT_EQ(b.size(), 2u);
  EXPECT_EQ(b[0].from, Names{"Halvern Capital"});
}

TEST(ExtractorTest, UpfrontPaymentReceivedIsAPurchase) {
  // "Y will receive $40 million upfront from X": X pays for rights or work
  // under a licence or research deal, no equity.
  auto a = ExtractText("Brenna AI will receive $40 million upfront from Orvale Pharma under the agreement.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kPurchase);
  EXPECT_EQ(a[0].asset, Asset::kOther);
  EXPECT_EQ(a[0].from, Names{"Orvale Pharma"});
  EXPECT_EQ(a[0].to, Names{"Brenna AI"});
}

TEST(ExtractorTest, JointVentureSize) {
  // "a $20 billion joint venture", "a joint venture worth N", "with an
  // initial investment of N": the venture's size is the partnership's amount.
  auto a = ExtractText("Orvale AI and Halvern Capital agreed to form a $20 billion joint venture to build data centres.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kPartnership);
  ASSERT_TRUE(a[0].amount.has_value());
  EXPECT_DOUBLE_EQ(a[0].amount->value, 20e9);
  auto b = ExtractText("Orvale AI and Halvern Capital formed a joint venture worth $5 billion.");
  ASSERT_EQ(b.size(), 1u);
  ASSERT_TRUE(b[0].amount.has_value());
  EXPECT_DOUBLE_EQ(b[0].amount->value, 5e9);
}

TEST(ExtractorTest, AmountPutAtInTheNextSentence) {
  // "... put it at more than $900 million": the amount of the deal told before.
  auto a = ExtractText(
      "Orvale AI has agreed to buy 1,200 racks of Nvidia's accelerators. The companies did not give a value; two "
      "people close to the talks put it at more than $900 million.");
  ASSERT_EQ(a.size(), 1u);
  ASSERT_TRUE(a[0].amount.has_value());
  EXPECT_DOUBLE_EQ(a[0].amount->value, 900e6);
  EXPECT_EQ(a[0].amount->qualifier, Qualifier::kOver);
}

TEST(ExtractorTest, ChoseAsPartner) {
  // "X has chosen Y as its preferred cloud partner": an alliance of X and Y.
  auto a = ExtractText("Halvern Systems has chosen Microsoft as its preferred cloud partner.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kPartnership);
  EXPECT_EQ(a[0].from, Names{"Halvern Systems"});
  EXPECT_EQ(a[0].to, Names{"Microsoft"});
  EXPECT_EQ(a[0].status, DealStatus::kAnnounced);
  // "could partner": no choice made.
  EXPECT_TRUE(ExtractText("Halvern Systems said Microsoft could partner with it one day.").empty());
}

TEST(ExtractorTest, SoldToAConsortiumOfNamedMembers) {
  // "sell Y to a consortium of A and the Dutch pension investor B": A and B buy.
  auto a = ExtractText(
      "Halvern Group agreed to sell its chip unit Brenwick Semi to a consortium of Orvale Capital and the Dutch "
      "pension investor Kestrel Partners for $2 billion.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kAcquisition);
  EXPECT_EQ(a[0].from, (Names{"Orvale Capital", "Kestrel Partners"}));
  EXPECT_EQ(a[0].to, Names{"Brenwick Semi"});
}

TEST(ExtractorTest, BackAsAParticleBacksNoOne) {
  // "will lease back the space", "bought back shares": no investment.
  for (const auto& d : ExtractText("Orvale Telecom sold its data centres to Halvern Capital. Under the agreement, the "
                                   "telecom group will lease back the space it uses, paying Halvern Capital $110 "
                                   "million a year.")) {
    EXPECT_NE(d.type, DealType::kInvestment);
  }
  EXPECT_TRUE(ExtractText("Orvale Telecom bought back shares worth $40 million from Halvern Capital.").empty() ||
              ExtractText("Orvale Telecom bought back shares worth $40 million from Halvern Capital.")[0].type !=
                  DealType::kInvestment);
  // "Halvern Capital will back Orvale Telecom" still invests.
  auto a = ExtractText("Halvern Capital will back Orvale Telecom with $40 million.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kInvestment);
}

TEST(ExtractorTest, ConditionalWalkAwayCancelsNothing) {
  // "... if it walks away early" in the next sentence: a condition of the
  // deal, not its end.
  auto a = ExtractText(
      "Orsolan Cloud will rent the site from Cindervale Data for 16 years. It has also guaranteed part of the "
      "venture's value if it walks away early.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].status, DealStatus::kAnnounced);
}

TEST(ExtractorTest, RelativeObjectWithADescribedSubject) {
  // "Y, which the infrastructure investor X bought for N": X bought Y.
  auto a = ExtractText(
      "Cascade Ridge Systems, which the infrastructure investor Northfield Partners bought for $2.3 billion in "
      "2023, said the smaller scope would not change its plans.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kAcquisition);
  EXPECT_EQ(a[0].from, Names{"Northfield Partners"});
  EXPECT_EQ(a[0].to, Names{"Cascade Ridge Systems"});
}

TEST(ExtractorTest, PayingForANamedOrderAndARankedOrder) {
  // "to pay for the Nvidia order": no company bought; "It is the largest
  // single order in the company's history": the order told before.
  auto a = ExtractText(
      "Halvern Group put 2.5 billion dirhams of new equity into Sahra Cloud in September to pay for the Nvidia order.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kInvestment);
  auto b = ExtractText(
      "Sahra Cloud ordered chips from Nvidia. It is the largest single order in the company's history; Nvidia's "
      "revenue for its last fiscal year was $2.7 billion.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].asset, Asset::kChips);
}

TEST(ExtractorTest, UnnamedBidderApproachedAndWentOnToBuy) {
  // "a large American software company had approached Y about a takeover":
  // a bidder the text does not name; an outlet credited is no party.
  auto a = ExtractText(
      "Les \u00c9chos reported in July that a large American software company had approached Veyra Systems about a "
      "takeover.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kAcquisition);
  EXPECT_TRUE(a[0].from.empty());
  EXPECT_EQ(a[0].to, Names{"Veyra Systems"});
  // "X went on to buy Y": done.
  auto b = ExtractText("Brenwick Games later went on to buy Orvale Studios for $3.5 billion.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].status, DealStatus::kCompleted);
}

TEST(ExtractorTest, AgreedToPastAParticipleOfUse) {
  // "X and Y agreed to let advertisers using X's tools reach Y's homes": an
  // agreement of the two; "using" describes the advertisers, no purchase.
  auto a = ExtractText("Orvale Media and Halvern TV agreed to let advertisers using Orvale Media's tools reach Halvern TV's viewers.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kPartnership);
}

TEST(ExtractorTest, NamedCoInvestorsBeforeUnnamedOnes) {
  // ", with Y and a group of angel investors also taking part": Y invests.
  auto a = ExtractText(
      "Hivecast Labs raised an $8 million seed round led by Northfold Ventures, with Kestrel Capital and a group of "
      "angel investors also taking part.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].from, (Names{"Northfold Ventures", "Kestrel Capital"}));
}

TEST(ExtractorTest, GoodsLeftBehindAreNotBought) {
  // "moving its systems off its own data centres": the cloud is bought, not
  // the data centres left.
  auto a = ExtractText(
      "Orvale Retail has signed a five-year agreement with Google Cloud, moving its ordering software off its own "
      "data centres.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].asset, Asset::kCloud);
  EXPECT_EQ(a[0].from, Names{"Orvale Retail"});
}

TEST(ExtractorTest, AwardedAContractAndFundingADealNamed) {
  // "X awarded Y a £330 million contract": X buys from Y.
  auto a = ExtractText("NHS England awarded Halvern Analytics a \u00a3330 million contract in 2023 to build a data platform.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kPurchase);
  EXPECT_EQ(a[0].from, Names{"NHS England"});
  EXPECT_EQ(a[0].to, Names{"Halvern Analytics"});
  EXPECT_EQ(a[0].status, DealStatus::kAnnounced);
  // "will fund the Nvidia purchase with a loan": no one funded.
  EXPECT_TRUE(ExtractText("Orvale Health will fund the Nvidia purchase with cash and a new $500 million term loan.").empty());
}

TEST(ExtractorTest, StaffShareSalesAreTheBuyersInvestments) {
  // Employees selling shares to named buyers: the buyers invest in the company.
  auto a = ExtractText(
      "Current and former Orvale AI staff sold about $6.6 billion of stock to a group including Halvern Capital and "
      "Kestrel Partners.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kInvestment);
  EXPECT_EQ(a[0].from, (Names{"Halvern Capital", "Kestrel Partners"}));
  EXPECT_EQ(a[0].to, Names{"Orvale AI"});
  auto b = ExtractText(
      "In September Orvale AI let employees sell around $100 million of shares to Halvern Capital and Kestrel "
      "Partners.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].to, Names{"Orvale AI"});
  EXPECT_EQ(b[0].status, DealStatus::kCompleted);
  auto c = ExtractText(
      "Employees of Orvale AI will be able to sell up to $1.1 billion of their shares in a tender offer led by "
      "Halvern Capital.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].from, Names{"Halvern Capital"});
  EXPECT_EQ(c[0].to, Names{"Orvale AI"});
}

TEST(ExtractorTest, AnInvestorSellingItsHoldingToAnother) {
  // "Y Ventures agreed to sell a third of its holding to Z": Z invests in the
  // company the article is about.
  auto a = ExtractText(
      "Orvale AI is raising money. Thornbury Ventures, an early backer of Orvale AI, has agreed to sell roughly a "
      "third of its holding to Halvern "
      "Partners for about \u00a3240 million.");
  bool found = false;
  for (const auto& d : a) {
    if (d.from == Names{"Halvern Partners"}) {
      found = true;
      EXPECT_EQ(d.to, Names{"Orvale AI"});
    }
  }
  EXPECT_TRUE(found);
}

TEST(ExtractorTest, ARivalBidSeenOff) {
  // "X took Y private after seeing off a rival bid from Z": Z bid for Y and lost.
  auto a = ExtractText("Silver Lake took Brenwick Systems private in 2023 after seeing off a rival bid from Kestrel Partners.");
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[1].from, Names{"Kestrel Partners"});
  EXPECT_EQ(a[1].to, Names{"Brenwick Systems"});
  EXPECT_EQ(a[1].status, DealStatus::kCancelled);
}

TEST(ExtractorTest, InvestorsOnTheListAndSyndicates) {
  // ", with X, Y and Z all on the list of investors"; "Severn Angel Syndicate" is a firm.
  auto a = ExtractText(
      "Orvale Photonics raised $155 million in a Series D round, with Nvidia, AMD and Intel Capital all on the list "
      "of investors.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].from, (Names{"NVIDIA", "AMD", "Intel Capital"}));
  auto b = ExtractText(
      "Orvale Photonics had raised about \u00a338 million from investors including Severn Angel Syndicate and the "
      "Clifton Deep Tech Fund.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].from, (Names{"Severn Angel Syndicate", "Clifton Deep Tech Fund"}));
}

TEST(ExtractorTest, FormerStaffOfACompanyAreNoInvestors) {
  // "a group of angel investors that includes two former Shopify executives":
  // people, not Shopify.
  auto a = ExtractText(
      "Orvale AI closed a $85 million Series A round led by Halvern Capital, with participation from Brenwick "
      "Ventures and a group of angel investors that includes two former Shopify executives.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].from, (Names{"Halvern Capital", "Brenwick Ventures"}));
}

TEST(ExtractorTest, PutMoneyInARoundAlongsideOthers) {
  // "X put money into Y in a $N round alongside A and B": A and B invest too.
  auto a = ExtractText("Halvern Telecom put money into Orvale Systems in 2024 in a $206.5 million round alongside Kestrel Capital and Google.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].from, (Names{"Halvern Telecom", "Kestrel Capital", "Google"}));
  EXPECT_EQ(a[0].to, Names{"Orvale Systems"});
}

TEST(ExtractorTest, AGainIsNoDealsAmount) {
  // "booked a gain of $9.5 billion from marking up its stake in Y": the stake
  // stands; the gain is not what was paid. "for $4.9 billion to gain
  // engineers" is still the price.
  auto a = ExtractText("Halvern Group booked a pre-tax gain of $9.5 billion from marking up its stake in Orvale AI.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_FALSE(a[0].amount.has_value());
  auto b = ExtractText("Halvern Group bought Orvale Systems for $4.9 billion to gain engineers.");
  ASSERT_EQ(b.size(), 1u);
  ASSERT_TRUE(b[0].amount.has_value());
}

TEST(ExtractorTest, APledgeAfterASemicolonInvestsInTheSameCompany) {
  // "X said it would invest up to $5 billion in Y; Z pledged up to $10 billion".
  auto a = ExtractText("Halvern Group said it would invest up to $5 billion in Orvale AI; Kestrel Capital pledged up to $10 billion.");
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[1].from, Names{"Kestrel Capital"});
  EXPECT_EQ(a[1].to, Names{"Orvale AI"});
  EXPECT_DOUBLE_EQ(a[1].amount->value, 10e9);
}

TEST(ExtractorTest, CashRaisedBySellingIsNoRound) {
  // "raised $9.17 billion by selling part of its holding in Y": a sale on the market.
  EXPECT_TRUE(ExtractText("Halvern Group had also raised $9.17 billion by selling part of its holding in T-Mobile US.").empty());
}

TEST(ExtractorTest, CommittedToSuppliersIncludingAndOrdersFromUnnamedBuyers) {
  // "X has committed more than $60 billion to neocloud providers including A,
  // B and C": one purchase over the suppliers listed.
  auto a = ExtractText("Halvern Group has committed more than $60 billion to neocloud providers including Nebius, Nscale and IREN.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kPurchase);
  EXPECT_EQ(a[0].to, (Names{"Nebius", "Nscale", "IREN"}));
  EXPECT_TRUE(a[0].aggregate);
  // "X has won an order worth N from one of the largest U.S. cloud providers":
  // X sells to a buyer the text does not name.
  auto b = ExtractText("Orvale Systems has won an order worth more than $400 million from one of the largest U.S. cloud providers.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_TRUE(b[0].from.empty());
  EXPECT_EQ(b[0].to, Names{"Orvale Systems"});
}

TEST(ExtractorTest, APossessorsPlannedSale) {
  // "voted down the company's planned $1.2 billion sale to Y": the possessor is sold.
  auto a = ExtractText(
      "Shareholders of Orvale Data voted down Orvale Data's planned $1.2 billion sale to private equity firm Halvern "
      "Equity on Thursday.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kAcquisition);
  EXPECT_EQ(a[0].from, Names{"Halvern Equity"});
  EXPECT_EQ(a[0].to, Names{"Orvale Data"});
  EXPECT_EQ(a[0].status, DealStatus::kCancelled);
}

TEST(ExtractorTest, AnAgreementsOwnerTakesCapacity) {
  // "X's agreement to take capacity from Y, $N over five years": X buys from Y.
  auto a = ExtractText("Halvern Group's agreement to take capacity from Orvale Cloud, $17.4 billion over five years, set the benchmark.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].from, Names{"Halvern Group"});
  EXPECT_EQ(a[0].to, Names{"Orvale Cloud"});
  EXPECT_EQ(a[0].asset, Asset::kCloud);
}

TEST(ExtractorTest, CompensationReceivedIsNoFunding) {
  // An analyst's disclosure: fees for services, no investment.
  EXPECT_TRUE(ExtractText("Disclosures: Dunholm Securities has received compensation for investment banking services from Orvale Compute in the past 12 months.").empty());
}

TEST(ExtractorTest, EquityCommittedToTheProject) {
  // "X has committed $1.2 billion of equity to the project": X invests in the
  // company whose project the article tells of.
  auto a = ExtractText(
      "Orvale Digital is building a campus. Halvern Infrastructure Partners has committed $1.2 billion of equity to "
      "the project, Orvale Digital said.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kInvestment);
  EXPECT_EQ(a[0].from, Names{"Halvern Infrastructure Partners"});
  EXPECT_EQ(a[0].to, Names{"Orvale Digital"});
}

TEST(ExtractorTest, TakingPowerFromFarmsOperatedByY) {
  // "agreed to take 300 megawatts from wind farms in Mayo operated by Y": Y sells.
  auto a = ExtractText("Orvale Data Centres signed a 15-year agreement to take 300 megawatts from wind farms in Mayo operated by Halvern Wind.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kPurchase);
  EXPECT_EQ(a[0].to, Names{"Halvern Wind"});
  EXPECT_EQ(a[0].asset, Asset::kInfrastructure);
}

TEST(ExtractorTest, NetworkGearIsInfrastructure) {
  // Switches and optical modules are goods a purchase buys.
  auto a = ExtractText("Orvale Data has ordered about 1.9 billion yuan of Ethernet switches and optical modules from Halvern Networks.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kPurchase);
  EXPECT_EQ(a[0].from, Names{"Orvale Data"});
  EXPECT_EQ(a[0].to, Names{"Halvern Networks"});
  EXPECT_EQ(a[0].asset, Asset::kInfrastructure);
}

TEST(ExtractorTest, LeaseOfASiteItsBuilderLets) {
  // "signed a lease for a campus that Y, <apposition>, is building for it": Y lets it.
  auto a = ExtractText(
      "Orvale Cloud signed a 15-year lease for a 900-megawatt campus outside Lubbock that Halvern Digital, a "
      "privately held developer, is building for it.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kPurchase);
  EXPECT_EQ(a[0].from, Names{"Orvale Cloud"});
  EXPECT_EQ(a[0].to, Names{"Halvern Digital"});
  EXPECT_EQ(a[0].asset, Asset::kInfrastructure);
}

TEST(ExtractorTest, SiteThatTheBuyerIsLeasingFromY) {
  // "a data centre that X is leasing from Y": the goods stand before the relative clause.
  auto a = ExtractText(
      "The servers will be installed at a 120-megawatt data centre in Ulsan that Orvale Intelligence is leasing from "
      "Halvern Data Centers under a 12-year agreement.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kPurchase);
  EXPECT_EQ(a[0].from, Names{"Orvale Intelligence"});
  EXPECT_EQ(a[0].to, Names{"Halvern Data Centers"});
  EXPECT_EQ(a[0].asset, Asset::kInfrastructure);
}

TEST(ExtractorTest, OfferPastItsPriceFromABidder) {
  // "X's board rejected an offer of around N from Y", "the board of X
  // rejected a proposal of 390 pence a share from rival Y": Y bid for X.
  auto a = ExtractText(
      "In September Orvale Telecom's board rejected an offer of around €1.7 billion from Halvern Capital, a "
      "London-based buyout firm.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kAcquisition);
  EXPECT_EQ(a[0].from, Names{"Halvern Capital"});
  EXPECT_EQ(a[0].to, Names{"Orvale Telecom"});
  EXPECT_EQ(a[0].status, DealStatus::kCancelled);
  auto b = ExtractText("The board of Orvale Security rejected an unsolicited proposal of 390 pence a share from rival Halvern Group.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].from, Names{"Halvern Group"});
  EXPECT_EQ(b[0].to, Names{"Orvale Security"});
  EXPECT_FALSE(b[0].amount.has_value());
}

TEST(ExtractorTest, NewSharesIssuedToAnInvestor) {
  // "X will issue new shares worth N to Y": Y invests in X; other things
  // issued are no sale (warrants: WarrantsGrantedMakeTheHolderAnInvestor).
  auto a = ExtractText("Orvale Systems will issue new shares worth €60 million to Halvern Beheer.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kInvestment);
  EXPECT_EQ(a[0].from, Names{"Halvern Beheer"});
  EXPECT_EQ(a[0].to, Names{"Orvale Systems"});
  EXPECT_TRUE(ExtractText("Orvale Systems issued $60 million of convertible notes to Halvern Capital.").empty());
}

TEST(ExtractorTest, ItsLargestShareholderInADescription) {
  // "X ... Y, the family holding company that is its largest shareholder": Y holds a stake in X.
  auto a = ExtractText("Orvale Systems met Halvern Beheer, the family holding company that is its largest shareholder.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kInvestment);
  EXPECT_EQ(a[0].from, Names{"Halvern Beheer"});
  EXPECT_EQ(a[0].to, Names{"Orvale Systems"});
}

TEST(ExtractorTest, ARaisedOfferIsNoFunding) {
  EXPECT_TRUE(ExtractText("Orvale Systems raised its offer to $2.2 billion.").empty());
  EXPECT_TRUE(ExtractText("Orvale Systems raised its bid for the unit to $2.2 billion.").empty());
}

TEST(ExtractorTest, SecondGroupOfARoundWithAppositions) {
  // ", with X leading and Y, Z's venture capital arm, and W joining the
  // round": every member; a place's possessive before a member is no apposition.
  auto a = ExtractText(
      "Orvale Robotics closed a $410 million Series B, with Halvern Ventures leading and Brenwick Partners, "
      "Lumen Group's venture capital arm, and the Tarrow Catalyst Fund joining the round.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].from, (Names{"Halvern Ventures", "Brenwick Partners", "Tarrow Catalyst Fund"}));
  auto b = ExtractText(
      "Current and former employees of Orvale Labs have sold about $6.6 billion of stock to a group of investors "
      "that includes Halvern Capital, Tarrow Fund, Abu Dhabi's Brenwick Partners and Lumen Group, a person "
      "familiar with the transaction said.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].from, (Names{"Halvern Capital", "Tarrow Fund", "Brenwick Partners", "Lumen Group"}));
}

TEST(ExtractorTest, AMajorityStakeIsControl) {
  // A majority stake bought or sold is control of the company: an acquisition.
  for (const char* text : {"Orvale Realty bought a majority stake in Halvern Data in 2022.",
                           "Brenwick Capital sold a majority stake in Halvern Data to Orvale Realty.",
                           "Brenwick Capital sold 60% of Halvern Data to Orvale Realty."}) {
    auto a = ExtractText(text);
    ASSERT_EQ(a.size(), 1u) << text;
    EXPECT_EQ(a[0].type, DealType::kAcquisition) << text;
    EXPECT_EQ(a[0].from, Names{"Orvale Realty"}) << text;
    EXPECT_EQ(a[0].to, Names{"Halvern Data"}) << text;
  }
  // A minority one stays an investment.
  auto b = ExtractText("Brenwick Capital sold a 20% stake in Halvern Data to Orvale Realty.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].type, DealType::kInvestment);
}

TEST(ExtractorTest, RentingGoodsToY) {
  // "in talks to rent capacity to Y": Y rents from the subject.
  auto a = ExtractText("Orvale Compute was in talks to rent capacity to Halvern Labs.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].from, Names{"Halvern Labs"});
  EXPECT_EQ(a[0].to, Names{"Orvale Compute"});
  // ("lease servers from Y to train its models": "to" opens a purpose.)
  auto b = ExtractText("Halvern Labs will lease servers from Orvale Compute to train its models.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].from, Names{"Halvern Labs"});
  EXPECT_EQ(b[0].to, Names{"Orvale Compute"});
}

TEST(ExtractorTest, CoInvestorCameInAlongside) {
  auto a = ExtractText(
      "In October Orvale Compute closed a \u00a3420 million round led by Halvern Partners, and Brenwick Capital "
      "came in alongside them.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].from, (Names{"Halvern Partners", "Brenwick Capital"}));
  EXPECT_EQ(a[0].to, Names{"Orvale Compute"});
}

TEST(ExtractorTest, RoundForTheRivalNamedInApposition) {
  // "led a round for X's Danish rival, Y,": Y raised it, not X.
  auto a = ExtractText("Halvern Capital led a \u20ac45 million round for Orvale's Danish rival, Brenwick Robotics, last month.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].from, Names{"Halvern Capital"});
  EXPECT_EQ(a[0].to, Names{"Brenwick Robotics"});
}

TEST(ExtractorTest, SecuringSupplyIsAPurpose) {
  // "..., securing supply for Y's products": why the purchase is made, no second deal.
  auto a = ExtractText(
      "Halvern Systems has committed to buy at least $200 million of photonics wafers from Orvale Foundry over four "
      "years, securing supply for Brenwick's products.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].from, Names{"Halvern Systems"});
  EXPECT_EQ(a[0].to, Names{"Orvale Foundry"});
}

TEST(ExtractorTest, WarrantsGrantedMakeTheHolderAnInvestor) {
  // "Y granted X warrants for up to N Y shares": X takes a stake in Y, agreed, not yet held.
  auto a = ExtractText(
      "Orvale Silicon, a Cambridge designer of inference processors, granted Halvern AI warrants for up to 25 "
      "million Orvale shares.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kInvestment);
  EXPECT_EQ(a[0].from, Names{"Halvern AI"});
  EXPECT_EQ(a[0].to, Names{"Orvale Silicon"});
  EXPECT_EQ(a[0].status, DealStatus::kAnnounced);
  auto b = ExtractText("Orvale Systems issued Halvern Labs a warrant to buy 25 million shares.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].from, Names{"Halvern Labs"});
  EXPECT_EQ(b[0].to, Names{"Orvale Systems"});
  // Warrants the company holds in itself name no holder.
  EXPECT_TRUE(ExtractText("Orvale Silicon said its warrants expire in 2027.").empty());
}

TEST(ExtractorTest, DebtRaisedIsNoRound) {
  EXPECT_TRUE(ExtractText("Orvale Infrastructure raised $3.4 billion of construction debt last year.").empty());
  EXPECT_TRUE(ExtractText("Orvale Infrastructure raised $3.4 billion in bank loans.").empty());
  // Debt with equity, or notes that convert, still bring in investors.
  EXPECT_EQ(ExtractText("Orvale Infrastructure has raised $4.2 billion in debt and equity.").size(), 1u);
  EXPECT_EQ(ExtractText("Orvale Infrastructure raised $18 million in convertible notes from Halvern Ventures.").size(), 1u);
}

TEST(ExtractorTest, AListedBackerIsNotTheFirm) {
  // "X's backers include Y, which invested N in the firm": the firm is X,
  // not a name the list includes nor one told of before.
  auto a = ExtractText(
      "Brenwick Pay raised money last year. Orvale's backers include Halvern Ventures Fund, which invested "
      "\u20ac18m in the firm in 2023.");
  bool found = false;
  for (const Deal& d : a) {
    if (d.from == Names{"Halvern Ventures Fund"} && d.amount) {
      found = true;
      EXPECT_EQ(d.to, Names{"Orvale"});
    }
  }
  EXPECT_TRUE(found);
}

TEST(ExtractorTest, LeadOfARoundWithABracketedConversion) {
  // "X will lead a ¥62 billion ($410 million) funding round in Y, with A and
  // B also taking part": one round, X leads; the round's noun is no second reading.
  auto a = ExtractText(
      "Orvale Motor will lead a \u00a562 billion ($410 million) funding round in Halvern Drive, a Sendai-based "
      "developer of driverless-taxi software, with Brenwick Growth Partners and the state-owned Tarrow Bank also "
      "taking part.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].from, (Names{"Orvale Motor", "Brenwick Growth Partners", "Tarrow Bank"}));
  EXPECT_EQ(a[0].to, Names{"Halvern Drive"});
}

TEST(ExtractorTest, BackstopForUnsoldCapacity) {
  // "agreed to rent any capacity that Y cannot sell to other customers": Y sells it.
  auto a = ExtractText(
      "Orvale Microsystems has also agreed to rent any capacity that Halvern Compute cannot sell to other "
      "customers, a backstop worth up to $2.5 billion through 2030.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kPurchase);
  EXPECT_EQ(a[0].from, Names{"Orvale Microsystems"});
  EXPECT_EQ(a[0].to, Names{"Halvern Compute"});
  EXPECT_EQ(a[0].asset, Asset::kCloud);
}

TEST(ExtractorTest, PayingForAMajorityStakeIsControl) {
  // "took control of Y, paying N for a 61% stake": one acquisition, with its price.
  auto a = ExtractText("Orvale Alfa took control of Halvern Telecom in 2021, paying 7.2 billion pesos for a 61% stake held by a family trust.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kAcquisition);
  EXPECT_EQ(a[0].to, Names{"Halvern Telecom"});
  ASSERT_TRUE(a[0].amount);
  EXPECT_DOUBLE_EQ(a[0].amount->value, 7.2e9);
  // A minority stake paid for stays an investment.
  auto b = ExtractText("Orvale Capital paid $900 million for a 20% stake in Halvern Systems.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].type, DealType::kInvestment);
}

TEST(ExtractorTest, InvestmentMadeWithoutDisclosingTheAmount) {
  // "Y made a strategic investment in X, without disclosing the amount": done,
  // and no amount from the sentence before.
  auto a = ExtractText(
      "Orvale Pay raised $110 million in October 2024. Halvern Capital made a strategic investment in Orvale Pay three "
      "months later, without disclosing the amount.");
  bool found = false;
  for (const Deal& d : a) {
    if (d.from != Names{"Halvern Capital"}) continue;
    found = true;
    EXPECT_FALSE(d.amount.has_value());
    EXPECT_EQ(d.status, DealStatus::kCompleted);
  }
  EXPECT_TRUE(found);
}

TEST(ExtractorTest, ChosenToDoTheWorkUnderAContract) {
  // "X chose Y to run ... under a contract worth N": X buys the work from Y.
  auto a = ExtractText(
      "Last month Orvale Bank chose Halvern Systems to run its card payments under a five-year contract worth $12 "
      "million.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kPurchase);
  EXPECT_EQ(a[0].from, Names{"Orvale Bank"});
  EXPECT_EQ(a[0].to, Names{"Halvern Systems"});
  EXPECT_EQ(a[0].status, DealStatus::kAnnounced);
  // A consortium chosen: its members.
  auto b = ExtractText(
      "Orvale Telecom has picked a consortium of Garuda Systems and Bima Infra Group to build and operate its cloud, "
      "in a contract worth $200 million.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].to, (Names{"Garuda Systems", "Bima Infra Group"}));
  // Chosen with no contract or amount told: no purchase.
  EXPECT_TRUE(ExtractText("Orvale Bank chose Halvern Systems to lead the review.").empty());
}

TEST(ExtractorTest, AContractWithYIsASale) {
  // A contract with a named side, no goods or amount named: the signer buys,
  // the winner of one sells; an agreement alone is still an alliance.
  auto a = ExtractText(
      "Orvale Bank has agreed a three-year contract with Halvern AI that will put the start-up's models in the "
      "hands of its staff.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kPurchase);
  EXPECT_EQ(a[0].from, Names{"Orvale Bank"});
  EXPECT_EQ(a[0].to, Names{"Halvern AI"});
  auto b = ExtractText("Orvale Airlines has terminated a contract with Halvern Labs.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].type, DealType::kPurchase);
  EXPECT_EQ(b[0].status, DealStatus::kCancelled);
  auto c = ExtractText("Orvale Systems won a contract with Halvern Bank.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].from, Names{"Halvern Bank"});
  EXPECT_EQ(c[0].to, Names{"Orvale Systems"});
  auto d = ExtractText("Orvale Bank signed an agreement with Halvern AI.");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].type, DealType::kPartnership);
}

TEST(ExtractorTest, AnAmountWithItsConversionBeforeTheGoods) {
  // "ordered <amount> (<converted>) of switches from Y": the amount's own
  // tokens do not push the goods and the seller out of reach.
  auto a = ExtractText(
      "Orvale Data, which runs AI data centres in the desert city of Zhongwei, has ordered about 1.9 billion yuan "
      "($267 million) of Ethernet switches and optical modules from Halvern Networks, a Suzhou company.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kPurchase);
  EXPECT_EQ(a[0].from, Names{"Orvale Data"});
  EXPECT_EQ(a[0].to, Names{"Halvern Networks"});
  ASSERT_TRUE(a[0].amount.has_value());
  EXPECT_DOUBLE_EQ(a[0].amount->value, 1.9e9);
}

TEST(ExtractorTest, GivingUpOrLettingAnOfferLapseCancels) {
  // "gave up on its takeover", "saw its offer lapse", "only to withdraw it".
  for (const char* text : {
           "Orvale Systems gave up on its $4 billion takeover of Halvern Devices in 2019 when approval never came.",
           "In 2021 Orvale Systems saw its 2.1 billion euro offer for Halvern Wafers lapse because the review had not "
           "finished.",
           "Orvale Systems went public with a $6 billion offer for Halvern Devices in March, only to withdraw it weeks "
           "later.",
       }) {
    auto a = ExtractText(text);
    ASSERT_EQ(a.size(), 1u) << text;
    EXPECT_EQ(a[0].type, DealType::kAcquisition) << text;
    EXPECT_EQ(a[0].status, DealStatus::kCancelled) << text;
  }
}

TEST(ExtractorTest, OrdersPlacedWithSeveralSuppliers) {
  // "placed orders worth N with A and B": one commitment over both sellers.
  auto a = ExtractText(
      "Orvale Compute, a developer building a campus near Odessa, has placed orders worth about $3.2 billion with "
      "Halvern Energy and Quillon Power for gas turbines.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kPurchase);
  EXPECT_EQ(a[0].from, Names{"Orvale Compute"});
  EXPECT_EQ(a[0].to, (Names{"Halvern Energy", "Quillon Power"}));
  EXPECT_TRUE(a[0].aggregate);
}

TEST(ExtractorTest, CombinedWithAndPickedUpADescribedName) {
  // "X combined with Y" merges; "picked up <trade> start-up Y" and "took over
  // chip designer Y" buy the company past the words that say what it is.
  auto a = ExtractText("Orvale Networks combined with Halvern Telecom in 2023.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kAcquisition);
  EXPECT_EQ(a[0].to, Names{"Halvern Telecom"});
  auto b = ExtractText("Orvale Systems picked up data-loss-prevention start-up Quellmark for an undisclosed sum in March.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].type, DealType::kAcquisition);
  EXPECT_EQ(b[0].from, Names{"Orvale Systems"});
  EXPECT_EQ(b[0].to, Names{"Quellmark"});
  auto c = ExtractText("Orvale Systems took over chip designer Quellmark in March.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].to, Names{"Quellmark"});
  EXPECT_TRUE(ExtractText("Demand picked up sharply in March, Orvale Systems said.").empty());
}

TEST(ExtractorTest, AmongTheInvestorsInARoundLedByAnother) {
  // "X was among the investors in Y's $13 billion Series F in September, a
  // round led by Z": X and Z back Y, one round; Z backs no one else.
  auto a = ExtractText(
      "Orvale Sovereign Fund was among the investors in Halvern AI's $13 billion Series F in September 2025, a round "
      "led by Quince Ventures.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kInvestment);
  EXPECT_EQ(a[0].from, (Names{"Orvale Sovereign Fund", "Quince Ventures"}));
  EXPECT_EQ(a[0].to, Names{"Halvern AI"});
  EXPECT_EQ(a[0].status, DealStatus::kCompleted);
  ASSERT_TRUE(a[0].amount.has_value());
  EXPECT_DOUBLE_EQ(a[0].amount->value, 13e9);
}

TEST(ExtractorTest, TalksAfterAnAgreedDealAreAnotherDeal) {
  // "X agreed to invest $N in three developers. It is in talks to buy a
  // stake in Y": talks after an agreed deal are a deal of their own, with no
  // amount from the agreed one.
  auto a = ExtractText(
      "Orvale Infrastructure agreed to invest $11 billion in three data-centre developers. It is in talks to buy a "
      "minority stake in Halvern Data, according to two people familiar with the matter.");
  const Deal* talks = nullptr;
  for (const Deal& d : a) {
    if (d.to == Names{"Halvern Data"}) talks = &d;
  }
  ASSERT_NE(talks, nullptr);
  EXPECT_EQ(talks->status, DealStatus::kTalks);
  EXPECT_FALSE(talks->amount.has_value());
}

TEST(ExtractorTest, BuyingACompanyItDoesNotNameIsNoGoods) {
  // "considering buying a networking company to close the gap with Y": an
  // acquisition of a company the text does not name, no goods bought from Y.
  auto a = ExtractText(
      "Orvale Devices is considering buying a networking company to close the remaining gap with Halvern Systems.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kAcquisition);
  EXPECT_EQ(a[0].from, Names{"Orvale Devices"});
  EXPECT_TRUE(a[0].to.empty());
}

TEST(ExtractorTest, SecondVerbOfACoordinatedSubject) {
  // "The carrier put $N into Y in 2023 and was an investor in Z": the subject
  // of both verbs is the carrier, never Y.
  auto a = ExtractText(
      "Orvale Telecom, the country's largest carrier, is making AI bets. The carrier put $100 million into U.S. "
      "start-up Halvern AI in 2023 and was an investor in Quince Chips Inc, its own chip unit.");
  for (const Deal& d : a) {
    EXPECT_NE(d.from, Names{"Halvern AI"});
  }
  bool put = false;
  for (const Deal& d : a) put = put || (d.from == Names{"Orvale Telecom"} && d.to == Names{"Halvern AI"});
  EXPECT_TRUE(put);
}

TEST(ExtractorTest, TheCompanyOfTheSentencesOpeningPossessive) {
  // "Y's largest shareholder, the growth investor X, put $400 million into
  // the company": the company the sentence opens with, not one of the
  // sentence before.
  auto a = ExtractText(
      "Orvale Analytics agreed to be bought by Halvern Data. Quince Labs was bought by Tamsin Systems in 2023. "
      "Orvale's largest shareholder, the growth investor Pellmark Capital, put $400 million into the company in "
      "2022.");
  bool found = false;
  for (const Deal& d : a) {
    if (d.from == Names{"Pellmark Capital"}) {
      found = true;
      EXPECT_EQ(d.to, Names{"Orvale Analytics"});
    }
  }
  EXPECT_TRUE(found);
}

TEST(ExtractorTest, TheChipmakerTheArticleIsAbout) {
  // "the chipmaker" after a background paragraph naming a known chipmaker:
  // the article's own subject, named again and again, is meant.
  auto a = ExtractText(
      "Orvale Semiconductor said it had ended its agreement to buy Korvane Microdevices. Korvane fell 19% on Monday. "
      "Korvane said it would stay independent. The collapse follows a familiar pattern: MaxLinear walked away from "
      "its deal for Silicon Motion in 2023. Korvane may not stay on its own for long. Halvern Capital, a Boston "
      "private equity firm, is in talks to invest up to $600 million in the chipmaker.");
  bool found = false;
  for (const Deal& d : a) {
    if (d.from == Names{"Halvern Capital"}) {
      found = true;
      ASSERT_EQ(d.to.size(), 1u);
      EXPECT_TRUE(d.to[0].starts_with("Korvane")) << d.to[0];
    }
  }
  EXPECT_TRUE(found);
}

TEST(ExtractorTest, RentCapacityAtASiteAndPayPublishersForContent) {
  // "agreed to rent GPU capacity at Y": Y rents it out. "has paid A and B
  // for the use of their content": content bought from each publisher.
  auto a = ExtractText(
      "Orvale AI, a Copenhagen developer of language models, has agreed to rent GPU capacity at Halvern Data for "
      "five years in a deal worth up to 900 million Danish kroner.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kPurchase);
  EXPECT_EQ(a[0].from, Names{"Orvale AI"});
  EXPECT_EQ(a[0].to, Names{"Halvern Data"});
  auto b = ExtractText(
      "Orvale AI has paid Quotidien Media and Spain's Prensa Halvern Media for the use of their content since 2024.");
  ASSERT_EQ(b.size(), 2u);
  EXPECT_EQ(b[0].type, DealType::kPurchase);
  EXPECT_EQ(b[0].asset, Asset::kOther);
  EXPECT_EQ(b[0].to, Names{"Quotidien Media"});
  EXPECT_EQ(b[1].to, Names{"Prensa Halvern Media"});
}

TEST(ExtractorTest, ContentIsOtherGoods) {
  // Images, footage, articles, songs and books are goods a licence sells.
  auto a = ExtractText("Orvale Images signed a six-year agreement to supply Halvern AI with images, video and metadata.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kPurchase);
  EXPECT_EQ(a[0].asset, Asset::kOther);
  EXPECT_EQ(a[0].from, Names{"Halvern AI"});
  EXPECT_EQ(a[0].to, Names{"Orvale Images"});
}

TEST(ExtractorTest, ARoundBehindAValuationJoinedByItsLead) {
  // "X was valued at $1.9 billion after a $160 million Series B. Y led that
  // round, and Z also took part": a done round, its investors named next.
  auto a = ExtractText(
      "Orvale Compute was valued at $1.9 billion after a $160 million Series B in September. Halvern Partners led "
      "that round, and Quince Ventures also took part.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kInvestment);
  EXPECT_EQ(a[0].from, (Names{"Halvern Partners", "Quince Ventures"}));
  EXPECT_EQ(a[0].to, Names{"Orvale Compute"});
  EXPECT_EQ(a[0].status, DealStatus::kCompleted);
  ASSERT_TRUE(a[0].amount.has_value());
  EXPECT_DOUBLE_EQ(a[0].amount->value, 160e6);
}

TEST(ExtractorTest, TwoCompaniesSignAnAgreementUnderWhich) {
  // "X and Y signed an agreement under which Y's plants will serve as test
  // sites": an alliance; "under which Y will purchase" is a sale, and "their
  // merger agreement." no alliance.
  auto a = ExtractText(
      "Orvale AI and Halvern Gruppe signed an agreement under which the supplier's 14 plants will serve as test "
      "sites for the software.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kPartnership);
  for (const Deal& d : ExtractText("Orvale Systems and Halvern Devices today announced a four-year agreement under "
                                   "which Halvern Devices will purchase Orvale's inference chips.")) {
    EXPECT_NE(d.type, DealType::kPartnership);
  }
}

TEST(ExtractorTest, GovernmentBodiesAwardContracts) {
  // "Ministry of X" and "Department of X" are organizations; "awarded Y, a
  // maker of drones, a contract"; "handed A, B and C contracts ... apiece":
  // one contract for each.
  auto a = ExtractText(
      "Britain's Ministry of Defence has awarded Orvale Aerial Systems, a Scottish maker of fixed-wing drones, a "
      "contract worth up to £310 million over five years.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kPurchase);
  EXPECT_EQ(a[0].from, Names{"Ministry of Defence"});
  EXPECT_EQ(a[0].to, Names{"Orvale Aerial Systems"});
  auto b = ExtractText(
      "The Department of Labor handed Orvale AI, Halvern Labs and Quince Systems contracts with ceilings of up to "
      "$200 million apiece.");
  ASSERT_EQ(b.size(), 3u);
  for (const Deal& d : b) {
    EXPECT_EQ(d.from, Names{"Department of Labor"});
    ASSERT_TRUE(d.amount.has_value());
    EXPECT_DOUBLE_EQ(d.amount->value, 200e6);
  }
}

TEST(ExtractorTest, LeadBeforeASemicolonAndBackersWhoCameBack) {
  // "X closed a $N Series A. Y led; A and B, its seed investors, came back
  // for more": the lead and every returning backer join the round.
  auto a = ExtractText(
      "Orvale Claims, a Lisbon start-up, closed a $22 million Series A. Halvern Capital led; Quince Ventures and "
      "Tamsin Capital, its seed investors, came back for more.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kInvestment);
  EXPECT_EQ(a[0].to, Names{"Orvale Claims"});
  std::vector<std::string> from = a[0].from;
  std::sort(from.begin(), from.end());
  EXPECT_EQ(from, (Names{"Halvern Capital", "Quince Ventures", "Tamsin Capital"}));
}

TEST(ExtractorTest, OpeningParticipleBackedBy) {
  // "Backed by a fresh $15 million from X, Y will grow ...": X backs Y,
  // also after a list's bullet.
  for (const char* text : {"Backed by a fresh $15 million from Halvern Partners, Orvale AI will grow its team.",
                           "- Backed by a fresh $15 million from Halvern Partners, Orvale AI will grow its team."}) {
    auto a = ExtractText(text);
    ASSERT_EQ(a.size(), 1u) << text;
    EXPECT_EQ(a[0].type, DealType::kInvestment);
    EXPECT_EQ(a[0].from, Names{"Halvern Partners"});
    EXPECT_EQ(a[0].to, Names{"Orvale AI"});
    EXPECT_EQ(a[0].status, DealStatus::kCompleted);
  }
}

TEST(ExtractorTest, DebtRaisedOrSoldIsNoDeal) {
  // "and secured a further £300 million of debt": lending, no round of the
  // list before it; "the venture sold $27 billion of bonds, most of them to
  // Y": no company sold.
  auto a = ExtractText(
      "Orvale Fibre has raised £150 million of equity in a round led by Halvern Infrastructure, with participation "
      "from Quince Life and Tamsin Capital, and secured a further £300 million of debt.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].to, Names{"Orvale Fibre"});
  EXPECT_TRUE(ExtractText("The venture, Orvale Hyperion, sold about $27 billion of bonds, most of them to Halvern "
                          "Investment Management.")
                  .empty());
}

TEST(ExtractorTest, PowerPurchaseAgreementSignerBuys) {
  // "has lined up a power purchase agreement with Y, a solar developer, to
  // supply a third of the electricity": the signer of the purchase agreement
  // buys, whatever "to supply" says.
  auto a = ExtractText(
      "Orvale Data has lined up a 15-year power purchase agreement with Halvern Green Power, a solar and battery "
      "developer, to supply about a third of the electricity.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kPurchase);
  EXPECT_EQ(a[0].from, Names{"Orvale Data"});
  EXPECT_EQ(a[0].to, Names{"Halvern Green Power"});
}

TEST(ExtractorTest, PlaceBeforeBasedIsNoParty) {
  // "with Chiang Mai-based X": the first word of the place is no party.
  auto a = ExtractText(
      "Last month Orvale AI signed a three-year contract with Chiang Mai-based Halvern GPU Cloud to rent graphics "
      "processors for training its models.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].from, Names{"Orvale AI"});
  EXPECT_EQ(a[0].to, Names{"Halvern GPU Cloud"});
}

TEST(ExtractorTest, ParticipleAfterAPastVerbIsDone) {
  // "X went another way, paying $N for 49% of Y": done, as the clause's verb.
  auto a = ExtractText("Orvale Holdings went another way, paying $14.3 billion for 49% of Halvern AI.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kInvestment);
  EXPECT_EQ(a[0].status, DealStatus::kCompleted);
}

TEST(ExtractorTest, TalksEndedAfterASemicolon) {
  // "X held talks about buying Y ...; the discussions ended within weeks",
  // "...; by November the two sides had walked away": cancelled.
  for (const char* text :
       {"Orvale Data held talks in 2024 about buying Halvern AI, a model developer, for more than $1 billion; the "
        "discussions ended within weeks without an agreement.",
        "Reports in 2025 had Orvale Data in advanced talks to buy Halvern AI for about $2 billion; by November the "
        "two sides had walked away without a deal."}) {
    auto a = ExtractText(text);
    ASSERT_EQ(a.size(), 1u) << text;
    EXPECT_EQ(a[0].type, DealType::kAcquisition) << text;
    EXPECT_EQ(a[0].status, DealStatus::kCancelled) << text;
  }
}

TEST(ExtractorTest, AgreementWithYToRentGoods) {
  // "signed an agreement with Y, the cloud arm of Z, to rent Nvidia GPUs, a
  // contract it valued at N": the signer rents from Y, at the contract's value.
  auto a = ExtractText(
      "Orvale AI has signed a three-year agreement with Halvern Cloud, the cloud arm of retailer Quince Group, to "
      "rent Nvidia GPUs in German data centres, a contract it valued at more than 60 million euros.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kPurchase);
  EXPECT_EQ(a[0].from, Names{"Orvale AI"});
  EXPECT_EQ(a[0].to, Names{"Halvern Cloud"});
  ASSERT_TRUE(a[0].amount.has_value());
  EXPECT_DOUBLE_EQ(a[0].amount->value, 60e6);
}

TEST(ExtractorTest, WithListMemberInAppositionOfItsOwner) {
  // ", with X, Y's venture capital arm, and existing backers A and B also
  // putting in money": every member joins, past the apposition's commas.
  auto a = ExtractText(
      "Orvale Bio has raised $320 million in a Series B round. The round was led by Halvern Capital, with Quince "
      "Ventures, Tamsin's venture capital arm, and existing backers Pellmark Bio Fund and Sorrel Capital also putting "
      "in money.");
  ASSERT_EQ(a.size(), 1u);
  std::vector<std::string> from = a[0].from;
  std::sort(from.begin(), from.end());
  EXPECT_EQ(from, (Names{"Halvern Capital", "Pellmark Bio Fund", "Quince Ventures", "Sorrel Capital"}));
}

TEST(ExtractorTest, AnAmountsOwnHedgeMarksNoSecondRound) {
  // "more than" in the body's amount is its hedge, not "more" money: the
  // headline's report and the body's are one round.
  auto deals = ExtractText(
      "Drovane Compute raises over 900 million yuan\n\n"
      "Drovane Compute has closed a round of more than 900 million yuan led by Ketterby Capital, the company said.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].from, Names{"Ketterby Capital"});
  EXPECT_EQ(deals[0].to, Names{"Drovane Compute"});
  EXPECT_EQ(deals[0].status, DealStatus::kCompleted);
}

TEST(ExtractorTest, ListMemberAfterAnArticleAndFourWordsOfDescription) {
  auto deals = ExtractText(
      "Ondrel AI raised 450 million euros last June in a round led by Gallant Capital and the French public "
      "investment bank Bpifrance.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].from, (Names{"Gallant Capital", "Bpifrance"}));
  EXPECT_EQ(deals[0].to, Names{"Ondrel AI"});
}

TEST(ExtractorTest, TheBodysFirstReportOfTheHeadlinesRoundIsNoFollowUp) {
  // The headline's talk of failed takeover talks gives no status: the body's
  // report of the round, with its second investor, does.
  auto deals = ExtractText(
      "Harwick Ventures leads EUR60 million round for Tessam after takeover talks fail\n\n"
      "Tessam Analytics has raised 60 million euros from a group led by Harwick Ventures, with Obrist Capital "
      "also participating.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].from, (Names{"Harwick Ventures", "Obrist Capital"}));
  EXPECT_EQ(deals[0].status, DealStatus::kCompleted);
}

TEST(ExtractorTest, WithXAsLeadInvestorAndAClosedFundingRound) {
  // ", with X as lead investor" names the lead; "closed a funding round" is
  // done: "funding" is the round's own word, not another deal's.
  auto deals = ExtractText(
      "Brassock Dynamics has closed a financing round of about 900 million yuan, with Tormere Holdings as lead "
      "investor, the company said on Friday.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].from, Names{"Tormere Holdings"});
  EXPECT_EQ(deals[0].to, Names{"Brassock Dynamics"});
  EXPECT_EQ(deals[0].status, DealStatus::kCompleted);
  auto b = ExtractText("Brassock Dynamics has closed a funding round of $90 million led by Tormere Capital.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].status, DealStatus::kCompleted);
}

TEST(ExtractorTest, AnAgreementForYToMakeSomethingIsAPurchaseNotATakeover) {
  auto deals = ExtractText("Mirela Semiconductor signed an agreement for Tovar Foundry to manufacture its next inference chip.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kPurchase);
  EXPECT_EQ(deals[0].asset, Asset::kChips);
  EXPECT_EQ(deals[0].from, Names{"Mirela Semiconductor"});
  EXPECT_EQ(deals[0].to, Names{"Tovar Foundry"});
  // An agreement for Y to do anything else is no takeover of Y.
  for (const Deal& d : ExtractText("Mirela Semiconductor signed an agreement for Tovar Foundry to review its designs.")) {
    EXPECT_NE(d.type, DealType::kAcquisition);
  }
}

TEST(ExtractorTest, JoinedAsANewBackerAndAHeadlineRoundRestatedWithItsOwnRoundNoun) {
  auto a = ExtractText(
      "Fennor has raised 140 million euros in a round led by Castrell Ventures. Existing investors Obley Partners "
      "and Rudge Capital put in more money, and Dutch pension investor Velmar Pension Fund joined as a new backer.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].from, (Names{"Castrell Ventures", "Obley Partners", "Rudge Capital", "Velmar Pension Fund"}));
  auto b = ExtractText(
      "Drone start-up Kessin raises $75 million, with Harlow Aerospace as strategic backer\n\n"
      "Kessin Vision said on Tuesday it had closed a $75 million Series B round led by Tamber Growth Partners, with "
      "Harlow Aerospace joining as a strategic investor.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].from, (Names{"Tamber Growth Partners", "Harlow Aerospace"}));
  EXPECT_EQ(b[0].status, DealStatus::kCompleted);
}

TEST(ExtractorTest, AListMemberNamedInApposition_OwnersVentureArm) {
  // "Y's own venture arm, Z," names Z; the comma closing the apposition
  // does not end the joining phrase.
  auto a = ExtractText(
      "Tallor Labs closed a $60 million Series B round led by Norgale Ventures, with Pikehill Capital and Quorvane's "
      "own venture arm, Quorvane Ventures, also taking part.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].from, (Names{"Norgale Ventures", "Pikehill Capital", "Quorvane Ventures"}));
  auto b = ExtractText(
      "Tallor Labs raised $220 million in a Series B round led by Ardwent Ventures, with Foxley Capital and "
      "Castley's own corporate venture arm, Castley Ventures, taking part.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].from, (Names{"Ardwent Ventures", "Foxley Capital", "Castley Ventures"}));
}

TEST(ExtractorTest, ATermedSupplyAgreementWithAPowerCompanyForElectricity) {
  auto deals = ExtractText(
      "Hoshimura Compute has signed a 20-year supply agreement with Tokachi Electric Power for electricity from "
      "offshore wind.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kPurchase);
  EXPECT_EQ(deals[0].asset, Asset::kInfrastructure);
  EXPECT_EQ(deals[0].from, Names{"Hoshimura Compute"});
  EXPECT_EQ(deals[0].to, Names{"Tokachi Electric Power"});
}

TEST(ExtractorTest, WonControlAndADisclosedStakeAreDone) {
  auto a = ExtractText("Kestor Partners won control of Fujiwa Soft after a drawn-out contest.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kAcquisition);
  EXPECT_EQ(a[0].status, DealStatus::kCompleted);
  auto b = ExtractText("Harrier Lane Capital has disclosed a 5.6% stake in Quenwick Software.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].type, DealType::kInvestment);
  EXPECT_EQ(b[0].status, DealStatus::kCompleted);
}

TEST(ExtractorTest, ATakeoversPriceAfterARelativeClause) {
  auto deals = ExtractText(
      "Sorabe Data said it had completed the acquisition of Kansawa Hosting, which runs a 36-megawatt data centre "
      "in Osaka's Bay Area, for 38 billion yen.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kAcquisition);
  ASSERT_TRUE(deals[0].amount.has_value());
  EXPECT_EQ(deals[0].amount->value, 38e9);
  EXPECT_EQ(deals[0].amount->currency, "JPY");
}

TEST(ExtractorTest, ASourcedStakeBuiltAndItsValueInTheNextSentence) {
  // "has built a stake ..., according to people familiar": a done act, only
  // sourced; "The holding, worth roughly $N, ...": its amount.
  auto deals = ExtractText(
      "Activist fund Hallam Street Capital has built a stake of about 7% in Veridon, the Atlanta software group, "
      "according to people familiar with the matter. The holding, worth roughly $2.6 billion at Tuesday's close, "
      "makes it one of the largest shareholders.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].status, DealStatus::kCompleted);
  ASSERT_TRUE(deals[0].amount.has_value());
  EXPECT_EQ(deals[0].amount->value, 2.6e9);
  // Talks sourced the same way stay talks.
  auto talks = ExtractText("Hallam Street Capital is preparing a bid for Veridon, according to people familiar with the matter.");
  ASSERT_EQ(talks.size(), 1u);
  EXPECT_EQ(talks[0].status, DealStatus::kTalks);
}

TEST(ExtractorTest, RentingAMakersHardwareBuysNothingFromTheMaker) {
  // The maker named before the goods does not let them.
  EXPECT_TRUE(ExtractText("Kestwell Compute is one of a handful of neoclouds that rent Nvidia hardware to bigger "
                          "technology companies.")
                  .empty());
  EXPECT_TRUE(ExtractText("Microsoft has struck deals with smaller providers that rent out Nvidia chips.").empty());
}

TEST(ExtractorTest, NoDiscussionsIsNoTalks) {
  auto deals = ExtractText("Al Warda AI Fund has had no discussions with Mistelle Labs about an investment.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].status, DealStatus::kCancelled);
}

TEST(ExtractorTest, TookATargetWithAnAppositionPrivate) {
  auto deals = ExtractText(
      "Harlan Group took Grevel Systems, a Massachusetts warehouse-automation company, private in a deal worth "
      "roughly $375 million.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kAcquisition);
  EXPECT_EQ(deals[0].from, Names{"Harlan Group"});
  EXPECT_EQ(deals[0].to, Names{"Grevel Systems"});
}

TEST(ExtractorTest, ADealNounsRelativeClauseSaysItClosed) {
  auto deals = ExtractText(
      "Marisoft entered the market through its $19.7 billion takeover of Nuvance Communications, which closed in "
      "March 2022.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].status, DealStatus::kCompleted);
}

TEST(ExtractorTest, APlotOfLandSoldIsAPurchaseOfInfrastructure) {
  auto deals = ExtractText(
      "Sahyar Realty has sold a 40-acre industrial plot in Navi Mumbai to data-centre developer Bharav Hyperscale "
      "for 1,250 crore rupees.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kPurchase);
  EXPECT_EQ(deals[0].asset, Asset::kInfrastructure);
  EXPECT_EQ(deals[0].from, Names{"Bharav Hyperscale"});
  EXPECT_EQ(deals[0].to, Names{"Sahyar Realty"});
}

TEST(ExtractorTest, AStakeOfMoreThanHalfIsATakeover) {
  // The stake's share before it, and past an amount with its conversion.
  auto a = ExtractText("Millcorp agreed to buy a 67.5% stake in Coltera for about $400 million.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kAcquisition);
  ASSERT_TRUE(a[0].amount.has_value());
  EXPECT_EQ(a[0].amount->value, 400e6);
  auto b = ExtractText(
      "Infosar will pay A$233.25 million (about $153 million) for a 75% stake in Versentia Group, the Melbourne "
      "cloud business.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].type, DealType::kAcquisition);
  EXPECT_EQ(b[0].to, Names{"Versentia Group"});
  ASSERT_TRUE(b[0].amount.has_value());
  EXPECT_EQ(b[0].amount->currency, "AUD");
}

TEST(ExtractorTest, TakeoverInterestFromTwoSuitorsIsTalksWithEach) {
  auto deals = ExtractText(
      "Veyran Metrologie, a Grenoble maker of inspection systems, has attracted preliminary takeover interest from "
      "U.S. private-equity firm Harwood Capital and Japan's Shinaga Instruments, Les Echos reported.");
  ASSERT_EQ(deals.size(), 2u);
  for (const Deal& d : deals) {
    EXPECT_EQ(d.type, DealType::kAcquisition);
    EXPECT_EQ(d.to, Names{"Veyran Metrologie"});
    EXPECT_EQ(d.status, DealStatus::kTalks);
  }
  EXPECT_EQ(deals[0].from, Names{"Harwood Capital"});
  EXPECT_EQ(deals[1].from, Names{"Shinaga Instruments"});
}

TEST(ExtractorTest, DecliningToDiscussAReportCancelsNothing) {
  auto deals = ExtractText(
      "Vidara Fabtech is in advanced talks to buy Tuamar Precision Parts for roughly $25 million, Mint reported. "
      "Raghavan declined to discuss the report.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].status, DealStatus::kTalks);
}

TEST(ExtractorTest, AUnitNamedInAppositionAfterItsOwnersDescription) {
  auto deals = ExtractText(
      "Ubanta Financial said it had agreed to a five-year arrangement with Mavun's fintech unit, MoPay, under "
      "which its terminals will accept MoPay wallets.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].to, Names{"MoPay"});
}

TEST(ExtractorTest, ASourcedCompletionIsDone) {
  auto deals = ExtractText(
      "Xuanmo AI closed a $120 million seed round in April led by Lianshan Capital, according to people familiar "
      "with the matter.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].status, DealStatus::kCompleted);
}

TEST(ExtractorTest, TheOwnerOfADealNounBeforeAnAsideActs) {
  // "X's $N agreement, struck in 2023, to buy Y": an aside between commas
  // between the deal noun and "to"; an amount between the possessive and the noun.
  auto deals = ExtractText(
      "Not every attempt has worked: Ostrava Rail Systems' roughly $249 million agreement, struck in 2023, to buy "
      "signalling maker Kestrel Signalling was called off last year.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kAcquisition);
  EXPECT_EQ(deals[0].from, Names{"Ostrava Rail Systems"});
  EXPECT_EQ(deals[0].to, Names{"Kestrel Signalling"});
  EXPECT_EQ(deals[0].status, DealStatus::kCancelled);
  auto invest = ExtractText("Tollbridge Capital's $2 billion commitment, announced in May, to invest in Varnholt "
                            "Robotics still stands.");
  ASSERT_EQ(invest.size(), 1u);
  EXPECT_EQ(invest[0].type, DealType::kInvestment);
  EXPECT_EQ(invest[0].from, Names{"Tollbridge Capital"});
  EXPECT_EQ(invest[0].to, Names{"Varnholt Robotics"});
}

TEST(ExtractorTest, ADealNounAfterADeterminerAndOneDescribingWord) {
  // "abandoned an agreed purchase of Y": "purchase" is the noun after "an agreed".
  auto deals = ExtractText("In April, Ostrava Rail Systems abandoned an agreed purchase of Kestrel Signalling, a "
                           "Brno company, after the two sides could not settle on a price.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kAcquisition);
  EXPECT_EQ(deals[0].from, Names{"Ostrava Rail Systems"});
  EXPECT_EQ(deals[0].to, Names{"Kestrel Signalling"});
  EXPECT_EQ(deals[0].status, DealStatus::kCancelled);
}

TEST(ExtractorTest, NegotiatingForASecondSupply) {
  // "negotiating with Y for a second supply of memory": the subject buys from Y.
  auto deals = ExtractText("Tollbridge Compute is also negotiating with Varnholt Electronics for a second supply of "
                           "memory, the people said.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kPurchase);
  EXPECT_EQ(deals[0].from, Names{"Tollbridge Compute"});
  EXPECT_EQ(deals[0].to, Names{"Varnholt Electronics"});
  EXPECT_EQ(deals[0].asset, Asset::kChips);
  EXPECT_EQ(deals[0].status, DealStatus::kTalks);
}

TEST(ExtractorTest, AnInvestorBeforeAnAsideJoinsTheRound) {
  // "X, which is owned by Z, and Y also took part": X joins, Z does not.
  auto deals = ExtractText(
      "Quillmoor AI said on Wednesday it had raised $420 million in a Series B round led by Tollbridge Capital. "
      "Harrowgate Investments, which is wholly owned by the Varnholt Pension Fund, and Tokyo-based Milbrook "
      "Partners also took part.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kInvestment);
  std::vector<std::string> from = deals[0].from;
  std::sort(from.begin(), from.end());
  EXPECT_EQ(from, (Names{"Harrowgate Investments", "Milbrook Partners", "Tollbridge Capital"}));
  EXPECT_EQ(deals[0].to, Names{"Quillmoor AI"});
}

TEST(ExtractorTest, AParticleAfterTheObjectCancels) {
  // "called the deal off", "turned the proposal down": the verb and its
  // particle around the object.
  auto a = ExtractText("Harrowgate Systems agreed to buy Quillon Labs for $2.5 billion. The two companies called "
                       "the deal off in May.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].status, DealStatus::kCancelled);
  auto b = ExtractText("Harrowgate Systems had offered about $2.5 billion for Quillon Labs. The start-up's board "
                       "turned the proposal down as too low.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].type, DealType::kAcquisition);
  EXPECT_EQ(b[0].status, DealStatus::kCancelled);
  // An earlier proposal turned down says nothing of the one told before.
  auto c = ExtractText("Quillon Labs said its board would recommend a raised cash offer from Harrowgate Systems "
                       "worth about $2.6 billion. Harrowgate is now offering $12.40 a share, up from the $11 "
                       "proposal Quillon turned down in September.");
  ASSERT_FALSE(c.empty());
  EXPECT_EQ(c[0].status, DealStatus::kAnnounced);
}

TEST(ExtractorTest, NoPlansToBuyIsNoPlan) {
  // "said it had no plans to buy Y": a denial, not a plan.
  auto a = ExtractText("Harrowgate Systems said it had no plans to buy Quillon Labs.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].status, DealStatus::kCancelled);
  // No plans for further deals in the next sentence leave the one told before alone.
  auto b = ExtractText("Harrowgate Systems acquired Quillon Labs for $900 million in 2023. Harrowgate said it had "
                       "no plans for further large acquisitions.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].status, DealStatus::kCompleted);
}

TEST(ExtractorTest, IsBackingIsTheVerb) {
  // "X is backing Y with $40 million": the verb; "backing from X" stays the noun.
  auto a = ExtractText("Tollbridge Capital is backing Quillon Labs with $40 million.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kInvestment);
  EXPECT_EQ(a[0].from, Names{"Tollbridge Capital"});
  EXPECT_EQ(a[0].to, Names{"Quillon Labs"});
  ASSERT_TRUE(a[0].amount);
  EXPECT_DOUBLE_EQ(a[0].amount->value, 40e6);
  EXPECT_TRUE(ExtractText("Quillon Labs is backing Tollbridge Capital's bid.").empty());
}

TEST(ExtractorTest, TappedForGoods) {
  // "tapped Y for $2 billion of computing capacity": Y supplies the goods.
  auto a = ExtractText("Quillon Labs tapped Varnholt Cloud for $2 billion of computing capacity.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kPurchase);
  EXPECT_EQ(a[0].from, Names{"Quillon Labs"});
  EXPECT_EQ(a[0].to, Names{"Varnholt Cloud"});
  EXPECT_EQ(a[0].asset, Asset::kCloud);
  // Chosen for something that is no goods: no deal.
  EXPECT_TRUE(ExtractText("Quillon Labs picked Varnholt Partners for its board.").empty());
}

TEST(ExtractorTest, AJointVentureSetUpOrCreated) {
  // "set up", "created", "launched", "established" a joint venture: one made.
  for (const char* text : {"Quillon Labs and Varnholt Cloud set up a joint venture in Texas.",
                           "Quillon Labs created a joint venture with Varnholt Cloud.",
                           "Quillon Labs established a joint venture with Varnholt Cloud last year."}) {
    auto deals = ExtractText(text);
    ASSERT_EQ(deals.size(), 1u) << text;
    EXPECT_EQ(deals[0].type, DealType::kPartnership) << text;
    EXPECT_EQ(deals[0].from, Names{"Quillon Labs"}) << text;
    EXPECT_EQ(deals[0].to, Names{"Varnholt Cloud"}) << text;
  }
}

TEST(ExtractorTest, AnAmountBeforeApproachAndRebuffed) {
  // "rebuffed a $400 million approach from X": the bidder after "from", the
  // amount before the noun; "rebuffed" and "spurned" say no.
  auto deals = ExtractText("Quillon Labs rebuffed a $400 million approach from Harrowgate Systems in May.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kAcquisition);
  EXPECT_EQ(deals[0].from, Names{"Harrowgate Systems"});
  EXPECT_EQ(deals[0].to, Names{"Quillon Labs"});
  ASSERT_TRUE(deals[0].amount);
  EXPECT_DOUBLE_EQ(deals[0].amount->value, 400e6);
  EXPECT_EQ(deals[0].status, DealStatus::kCancelled);
}

TEST(ExtractorTest, TheObjectOfARelativeClauseWithAModal) {
  // "Y, which X will acquire for $N", "Y, which X agreed to buy": the
  // relative pronoun is the object, after a modal or "agreed to" too.
  auto a = ExtractText("Quillon Labs, which Harrowgate Systems will acquire for $400 million, makes sensors.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kAcquisition);
  EXPECT_EQ(a[0].from, Names{"Harrowgate Systems"});
  EXPECT_EQ(a[0].to, Names{"Quillon Labs"});
  EXPECT_EQ(a[0].status, DealStatus::kAnnounced);
  auto b = ExtractText("Quillon Labs, which Harrowgate Systems agreed to buy in May, makes sensors.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].from, Names{"Harrowgate Systems"});
  EXPECT_EQ(b[0].to, Names{"Quillon Labs"});
}

TEST(ExtractorTest, SupplyItsGoodsToABuyer) {
  // "signed a deal to supply its chips to Y": "its" owns the goods, Y buys.
  auto deals = ExtractText("Harrowgate Systems signed a deal to supply its chips to Quillon Labs.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kPurchase);
  EXPECT_EQ(deals[0].from, Names{"Quillon Labs"});
  EXPECT_EQ(deals[0].to, Names{"Harrowgate Systems"});
  EXPECT_EQ(deals[0].asset, Asset::kChips);
}

TEST(ExtractorTest, APricePerShareThenTheTotalBeforeFor) {
  // "will pay $20 a share in cash, or about $400 million, for X".
  auto deals = ExtractText("Harrowgate Systems will pay $20 a share in cash, or about $400 million, for Quillon Labs.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kAcquisition);
  EXPECT_EQ(deals[0].to, Names{"Quillon Labs"});
  ASSERT_TRUE(deals[0].amount);
  EXPECT_DOUBLE_EQ(deals[0].amount->value, 400e6);
}

TEST(ExtractorTest, ForAnEnterpriseValueIsThePrice) {
  // "bought X for an enterprise value of €410 million": the price; "has an
  // enterprise value of" is no deal.
  auto deals = ExtractText("Harrowgate Systems bought Quillon Labs for an enterprise value of about 410 million euros.");
  ASSERT_EQ(deals.size(), 1u);
  ASSERT_TRUE(deals[0].amount);
  EXPECT_DOUBLE_EQ(deals[0].amount->value, 410e6);
  EXPECT_EQ(deals[0].amount->currency, "EUR");
}

TEST(ExtractorTest, AConsortiumLedByItsMembersBuys) {
  // "A consortium led by X and Y agreed to buy Z": the leaders buy.
  auto deals = ExtractText("A group led by Tollbridge Capital and Milbrook Partners will acquire Quillon Labs.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kAcquisition);
  EXPECT_EQ(deals[0].from, (Names{"Tollbridge Capital", "Milbrook Partners"}));
  EXPECT_EQ(deals[0].to, Names{"Quillon Labs"});
}

TEST(ExtractorTest, DivestedAndOffloadedAreSales) {
  auto a = ExtractText("Quillon Labs divested its sensor business to Harrowgate Systems.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kAcquisition);
  EXPECT_EQ(a[0].from, Names{"Harrowgate Systems"});
  EXPECT_EQ(a[0].to, Names{"Quillon Labs"});
  auto b = ExtractText("Quillon Labs offloaded its robotics arm to Varnholt Robotics for $40 million.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].from, Names{"Varnholt Robotics"});
  EXPECT_TRUE(ExtractText("Quillon Labs has divested non-core assets.").empty());
}

TEST(ExtractorTest, TwoSidesSignAnAgreementOnGoods) {
  // "X and Y signed a $2 billion cloud agreement": Y's trade is the goods, X buys.
  auto deals = ExtractText("Varnholt Cloud and Quillon Labs signed a $2 billion compute agreement.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kPurchase);
  EXPECT_EQ(deals[0].from, Names{"Quillon Labs"});
  EXPECT_EQ(deals[0].to, Names{"Varnholt Cloud"});
  EXPECT_EQ(deals[0].asset, Asset::kCloud);
  // Neither side's trade is the goods: who pays is not said.
  EXPECT_TRUE(ExtractText("Quillon Labs and Tollbridge Robotics signed a $2 billion cloud agreement.").empty());
}

TEST(ExtractorTest, SignedAsACustomer) {
  // "Y has signed X as a customer", "signed up X as its anchor tenant": X buys from Y.
  auto a = ExtractText("Varnholt Cloud has signed Quillon Labs as a customer.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kPurchase);
  EXPECT_EQ(a[0].from, Names{"Quillon Labs"});
  EXPECT_EQ(a[0].to, Names{"Varnholt Cloud"});
  EXPECT_EQ(a[0].status, DealStatus::kAnnounced);
  auto b = ExtractText("Bayfront Data Parks signed up Quillon Labs as an anchor tenant.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].from, Names{"Quillon Labs"});
  EXPECT_EQ(b[0].to, Names{"Bayfront Data Parks"});
  // Named as a customer is no contract.
  EXPECT_TRUE(ExtractText("Varnholt Cloud named Quillon Labs as a customer.").empty());
}

TEST(ExtractorTest, InvestorsNamedWithTheBareVerbJoinTheRound) {
  // "Quillon Labs raised $40 million. X and Y invested.": the round's investors.
  auto deals = ExtractText("Quillon Labs raised $40 million. Tollbridge Capital and Milbrook Ventures invested.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kInvestment);
  EXPECT_EQ(deals[0].from, (Names{"Tollbridge Capital", "Milbrook Ventures"}));
  EXPECT_EQ(deals[0].to, Names{"Quillon Labs"});
}

TEST(ExtractorTest, AgreedToATakeoverBy) {
  // "Y agreed to a $400 million takeover by X": the named subject is the target.
  auto deals = ExtractText("Quillon Labs agreed to a $400 million takeover by Harrowgate Systems.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kAcquisition);
  EXPECT_EQ(deals[0].from, Names{"Harrowgate Systems"});
  EXPECT_EQ(deals[0].to, Names{"Quillon Labs"});
  EXPECT_EQ(deals[0].status, DealStatus::kAnnounced);
}

TEST(ExtractorTest, TheDealWhichIsWorthPricesTheDealBefore) {
  // "The deal, which is worth $400 million, is expected to close in June."
  auto deals = ExtractText("Harrowgate Systems agreed to buy Quillon Labs. The deal, which is worth $400 million, is "
                           "expected to close in June.");
  ASSERT_EQ(deals.size(), 1u);
  ASSERT_TRUE(deals[0].amount);
  EXPECT_DOUBLE_EQ(deals[0].amount->value, 400e6);
}

TEST(ExtractorTest, ChosenAsAProvider) {
  // "chose Y as its preferred cloud provider": Y supplies the goods the role names.
  auto a = ExtractText("Quillon Labs chose Varnholt Cloud as its preferred cloud provider.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kPurchase);
  EXPECT_EQ(a[0].from, Names{"Quillon Labs"});
  EXPECT_EQ(a[0].to, Names{"Varnholt Cloud"});
  EXPECT_EQ(a[0].asset, Asset::kCloud);
  // An adviser is no supplier of goods.
  EXPECT_TRUE(ExtractText("Quillon Labs picked Varnholt Partners as its adviser.").empty());
}

TEST(ExtractorTest, GerundAfterSubordinatorHasTheMainSubject) {
  // "X will fold Y into its unit after buying it": the buyer is the main
  // clause's subject, not the name nearest the gerund.
  auto deals = ExtractText("Harrowgate Systems will fold Quillon Labs into its cloud unit after buying it for $90 million.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kAcquisition);
  EXPECT_EQ(deals[0].from, Names{"Harrowgate Systems"});
  EXPECT_EQ(deals[0].to, Names{"Quillon Labs"});
  ASSERT_TRUE(deals[0].amount.has_value());
  EXPECT_EQ(deals[0].amount->value, 90000000);
}

TEST(ExtractorTest, JoinedForcesIsAPartnership) {
  // "X and Y have joined forces on ...": an alliance, two words.
  auto deals = ExtractText("Harrowgate Systems and Quillon Labs have joined forces on chip design.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kPartnership);
  EXPECT_EQ(deals[0].from, Names{"Harrowgate Systems"});
  EXPECT_EQ(deals[0].to, Names{"Quillon Labs"});
  // (Forces of other kinds are no alliance.)
  EXPECT_TRUE(ExtractText("Harrowgate Systems said market forces joined to lift Quillon Labs shares.").empty());
}

TEST(ExtractorTest, EyeingATargetIsTalks) {
  // "X is said to be eyeing Y": a takeover interest, not an agreement.
  auto deals = ExtractText("Harrowgate Systems is said to be eyeing Quillon Labs, a sensor maker.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kAcquisition);
  EXPECT_EQ(deals[0].from, Names{"Harrowgate Systems"});
  EXPECT_EQ(deals[0].to, Names{"Quillon Labs"});
  EXPECT_EQ(deals[0].status, DealStatus::kTalks);
  // (Eyeing something that is no organization is no deal.)
  EXPECT_TRUE(ExtractText("Harrowgate Systems is eyeing a listing in New York next year.").empty());
}

TEST(ExtractorTest, DealNounTheSpeakerValuesAtIsTheAmount) {
  // "..., a purchase it valued at roughly £140 million": what a party says
  // its deal is worth is the deal's amount, not a company's valuation.
  auto deals = ExtractText(
      "Quillon Labs said it had ordered 2,000 processors from Harrowgate Systems, a purchase it valued at roughly "
      "£140 million.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kPurchase);
  ASSERT_TRUE(deals[0].amount.has_value());
  EXPECT_EQ(deals[0].amount->value, 140000000);
  EXPECT_EQ(deals[0].amount->qualifier, Qualifier::kAbout);
  deals = ExtractText(
      "Quillon Labs signed an agreement to buy power from Harrowgate Systems, a contract it values at about $31 "
      "million.");
  ASSERT_EQ(deals.size(), 1u);
  ASSERT_TRUE(deals[0].amount.has_value());
  EXPECT_EQ(deals[0].amount->value, 31000000);
  // (A deal that values a company is still a valuation.)
  deals = ExtractText("Harrowgate Systems agreed to buy Quillon Labs in a deal that values it at $900 million.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_FALSE(deals[0].amount.has_value());
}

TEST(ExtractorTest, MovingWorkToACloudIsACloudPurchase) {
  // "X will move its systems to Y's cloud": X buys cloud from Y.
  auto deals = ExtractText(
      "Quillon Labs agreed to move its core banking systems to Harrowgate Cloud under a five-year contract worth "
      "about $40 million.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kPurchase);
  EXPECT_EQ(deals[0].asset, Asset::kCloud);
  EXPECT_EQ(deals[0].from, Names{"Quillon Labs"});
  EXPECT_EQ(deals[0].to, Names{"Harrowgate Cloud"});
  ASSERT_TRUE(deals[0].amount.has_value());
  EXPECT_EQ(deals[0].amount->value, 40000000);
  // (The provider's trade in an apposition.)
  deals = ExtractText("Quillon Labs will migrate most of its model training to Harrowgate Systems, a GPU cloud provider.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].to, Names{"Harrowgate Systems"});
  // (Moving anything else, or to no cloud, is no purchase.)
  EXPECT_TRUE(ExtractText("Quillon Labs moved its headquarters to Harrowgate Cloud's old campus.").empty());
  EXPECT_TRUE(ExtractText("Quillon Labs moved its systems to Harrowgate Systems after the merger.").empty());
}

TEST(ExtractorTest, ThreeCompaniesWorkingTogether) {
  // "X, Y and Z said they would work together": one alliance of three.
  auto deals = ExtractText("Harrowgate Systems, Quillon Labs and Marrow Biotech said they would work together on AI tools.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kPartnership);
  EXPECT_EQ(deals[0].from, Names{"Harrowgate Systems"});
  EXPECT_EQ(deals[0].to, (Names{"Quillon Labs", "Marrow Biotech"}));
  // (Names that "together" hold a share of a market made no deal.)
  EXPECT_TRUE(ExtractText("Harrowgate Systems, Quillon Labs and Marrow Biotech together control 70% of the market.").empty());
  EXPECT_TRUE(ExtractText("Harrowgate Systems and Quillon Labs together account for two-thirds of the market.").empty());
}

TEST(ExtractorTest, SaidInAMonthThatItWouldWorkWith) {
  // "X said in March that it would work with Y": a reported decision, with a
  // time and "that" between the verb of saying and "it".
  auto deals = ExtractText("Harrowgate Motors said in March that it would work with Quillon Labs on AI for its factories.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kPartnership);
  EXPECT_EQ(deals[0].status, DealStatus::kAnnounced);
}

TEST(ExtractorTest, WonAnOrderForItsGoodsFromAnUnnamedCustomer) {
  // "X won a 250 million yuan order for its robots from a customer it did
  // not name": X sells; the buyer is not named.
  auto deals = ExtractText(
      "Quillon Robotics said it had won a 250 million yuan order for its humanoids from a customer it did not name.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kPurchase);
  EXPECT_TRUE(deals[0].from.empty());
  EXPECT_EQ(deals[0].to, Names{"Quillon Robotics"});
  ASSERT_TRUE(deals[0].amount.has_value());
  EXPECT_EQ(deals[0].amount->value, 250000000);
  EXPECT_EQ(deals[0].amount->currency, "CNY");
}

TEST(ExtractorTest, StakeJoiningARoundLedBySomeoneElse) {
  // "X took a stake in Y, joining a round led by Z": X and Z invest in Y; the
  // participle's subject is no investee.
  auto deals = ExtractText(
      "Harrowgate Systems took a minority stake in Quillon Labs a year ago, joining an $800 million funding round "
      "led by Tidewell Capital.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kInvestment);
  EXPECT_EQ(deals[0].from, (Names{"Harrowgate Systems", "Tidewell Capital"}));
  EXPECT_EQ(deals[0].to, Names{"Quillon Labs"});
  ASSERT_TRUE(deals[0].amount.has_value());
  EXPECT_EQ(deals[0].amount->value, 800000000);
}

TEST(ExtractorTest, CommittedMoneyToANamedCompanyIsAnInvestment) {
  // "X committed $300 million to Y": money for a company that sells no
  // cloud, chips or sites is an investment in it.
  auto deals = ExtractText("Harrowgate Systems committed $300 million to Quillon Motors in July.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kInvestment);
  EXPECT_EQ(deals[0].from, Names{"Harrowgate Systems"});
  EXPECT_EQ(deals[0].to, Names{"Quillon Motors"});
  EXPECT_EQ(deals[0].status, DealStatus::kAnnounced);
  // (To a cloud, a purchase.)
  deals = ExtractText("Harrowgate Systems committed $3 billion to Quillon Cloud for computing capacity.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kPurchase);
}

TEST(ExtractorTest, APlanByXToBuy) {
  // "A plan by X to buy ... collapsed": the one named after "by" buys.
  auto deals = ExtractText(
      "A plan by Tokyo-based Harrowgate Partners to buy a 60-megawatt site from Quillon Realty for about $140 million "
      "collapsed in May.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kPurchase);
  EXPECT_EQ(deals[0].from, Names{"Harrowgate Partners"});
  EXPECT_EQ(deals[0].to, Names{"Quillon Realty"});
  EXPECT_EQ(deals[0].status, DealStatus::kCancelled);
}

TEST(ExtractorTest, CoLedThatRoundWithAnArmAlsoParticipating) {
  // "X, Y's venture arm, and Z co-led that round, and W's investment arm also
  // participated": all four invest in the round the sentence before told of,
  // with its amount; W is no investee.
  auto deals = ExtractText(
      "Quillon Labs, a drug-discovery start-up, is building a GPU cluster. Quillon Labs says it is paid for with part "
      "of a $200 million Series C that closed in September. "
      "Harrowgate Ventures, Nvidia's venture capital arm, and Tidewell Capital co-led that round, and the Harbor "
      "Bank's investment arm also participated.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kInvestment);
  EXPECT_EQ(deals[0].from, (Names{"Harrowgate Ventures", "Tidewell Capital", "Harbor Bank"}));
  EXPECT_EQ(deals[0].to, Names{"Quillon Labs"});
  ASSERT_TRUE(deals[0].amount.has_value());
  EXPECT_EQ(deals[0].amount->value, 200000000);
}

TEST(ExtractorTest, PowerPurchaseAgreementsSellPowerToTheDataCentreSide) {
  // "X signed a power purchase agreement with Y": a purchase of power, never
  // a takeover; the data-centre side or the side with no energy trade buys.
  auto a = ExtractText("Harrowgate Data has signed a power purchase agreement with Quillon Solar.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kPurchase);
  EXPECT_EQ(a[0].asset, Asset::kInfrastructure);
  EXPECT_EQ(a[0].from, Names{"Harrowgate Data"});
  EXPECT_EQ(a[0].to, Names{"Quillon Solar"});
  auto b = ExtractText(
      "Quillon Iberia said it had signed a 12-year power purchase agreement with Harrowgate Norte, a data-centre "
      "operator building a campus near Madrid.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].from, Names{"Harrowgate Norte"});
  EXPECT_EQ(b[0].to, Names{"Quillon Iberia"});
  // (Power for one's own campus: the campus owner buys it.)
  auto c = ExtractText(
      "Harrowgate Data has signed a power purchase agreement with Quillon Energy for electricity at its Ohio campus.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].from, Names{"Harrowgate Data"});
}

TEST(ExtractorTest, PayForAllOfACompany) {
  // "agreed to pay $N for all of Y": the whole company, a takeover (Y an
  // unknown name found in that slot).
  auto deals = ExtractText(
      "Harrowgate Capital had agreed in June to pay $520 million for all of Quillon Towers, which owns about 31,000 "
      "towers.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kAcquisition);
  EXPECT_EQ(deals[0].from, Names{"Harrowgate Capital"});
  EXPECT_EQ(deals[0].to, Names{"Quillon Towers"});
  ASSERT_TRUE(deals[0].amount.has_value());
  EXPECT_EQ(deals[0].amount->value, 520000000);
}

TEST(ExtractorTest, OutbiddingARivalNamesNoTarget) {
  // "an offer for Y, outbidding Z": Z is a rival bidder, not a second target.
  auto deals = ExtractText(
      "Harrowgate Technologies on Friday made a £1.15 billion cash offer for Quillon Sensing, outbidding Marrow "
      "Systems.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kAcquisition);
  EXPECT_EQ(deals[0].to, Names{"Quillon Sensing"});
}

TEST(ExtractorTest, MadeAnApproachForACompany) {
  // "X made an approach for Y ... but withdrew": takeover talks, ended.
  auto deals = ExtractText(
      "Marrow Systems made an approach for Quillon Labs in the spring but withdrew after the two sides could not "
      "agree on price.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kAcquisition);
  EXPECT_EQ(deals[0].from, Names{"Marrow Systems"});
  EXPECT_EQ(deals[0].to, Names{"Quillon Labs"});
  EXPECT_EQ(deals[0].status, DealStatus::kCancelled);
}

TEST(ExtractorTest, LongAppositionBeforeAndStillOneSubject) {
  // "X, a utility serving 1.8 million customers in two states, and Y have
  // signed a memorandum": X and Y, past a long apposition.
  auto deals = ExtractText(
      "Quillon Energy, a Midwestern utility serving 1.8 million customers in Michigan and Wisconsin, and Harrowgate "
      "Systems have signed a memorandum of understanding.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kPartnership);
  EXPECT_EQ(deals[0].from, Names{"Quillon Energy"});
  EXPECT_EQ(deals[0].to, Names{"Harrowgate Systems"});
}

TEST(ExtractorTest, UpfrontPaymentGivesWayToTheDealsCeiling) {
  // "will pay Y $110 million upfront in a collaboration worth up to $5.3
  // billion": the deal's amount is its ceiling, as news gives it.
  auto a = ExtractText(
      "Harrowgate Pharma agreed to pay Quillon Bio $110 million upfront in a research collaboration worth up to $5.3 "
      "billion.");
  ASSERT_EQ(a.size(), 1u);
  ASSERT_TRUE(a[0].amount.has_value());
  EXPECT_EQ(a[0].amount->value, 5300000000);
  EXPECT_EQ(a[0].amount->qualifier, Qualifier::kUpTo);
  // (In the next sentence when it tells of milestones and names no one else;
  // "after the market closed" completes nothing.)
  auto b = ExtractText(
      "Under the agreement, announced after the Tokyo market closed on Thursday, Harrowgate Pharma will pay Quillon "
      "Bio ¥12 billion upfront. Including development milestones, the licence could be worth as much as ¥180 "
      "billion.");
  ASSERT_EQ(b.size(), 1u);
  ASSERT_TRUE(b[0].amount.has_value());
  EXPECT_EQ(b[0].amount->value, 180000000000);
  EXPECT_EQ(b[0].status, DealStatus::kAnnounced);
  // (Not when the next sentence is about another company's deal.)
  auto c = ExtractText(
      "Harrowgate Pharma agreed to pay Quillon Bio $37.5 million upfront. Marrow Labs struck its own arrangement, "
      "paying $45 million upfront with up to $1.7 billion in milestones.");
  ASSERT_GE(c.size(), 1u);
  ASSERT_TRUE(c[0].amount.has_value());
  EXPECT_EQ(c[0].amount->value, 37500000);
}

TEST(ExtractorTest, ANewsOutletInTheDatelineIsNoParty) {
  // "TOKYO (Nikkei Asia-style wire) - ...": a later "the Boston start-up"
  // means a company of the story, never the outlet credited.
  auto deals = ExtractText(
      "Harrowgate pays Boston AI start-up for fibrosis drug rights\n\n"
      "TOKYO (Nikkei Asia-style wire) - Harrowgate Pharmaceutical, the Osaka-based drugmaker, has licensed worldwide "
      "rights to a lung-fibrosis compound designed with artificial intelligence by Quillon Bio, betting that a "
      "machine-designed molecule can help replace revenue.\n\n"
      "Under the agreement, announced on Thursday, Harrowgate will pay the Boston start-up ¥12 billion upfront.\n");
  ASSERT_GE(deals.size(), 1u);
  for (const auto& d : deals) {
    EXPECT_NE(d.to, Names{"Nikkei"});
  }
}

TEST(ExtractorTest, RunningTotalIsNoDeal) {
  // "..., bringing its total investment to $6 billion": a running total, no
  // second deal.
  auto deals = ExtractText(
      "Harrowgate Systems will invest an additional $2 billion in Quillon Labs, bringing its total investment to $6 "
      "billion.");
  ASSERT_EQ(deals.size(), 1u);
  ASSERT_TRUE(deals[0].amount.has_value());
  EXPECT_EQ(deals[0].amount->value, 2000000000);
}

TEST(ExtractorTest, SoldAStakeIsOneDeal) {
  // "sold a 60% stake in Y to Z": one investment by Z in Y, as the stake's
  // frame reads it; "sold 60% of Y" is control, a takeover.
  auto a = ExtractText("Marrow Group sold a 60% stake in Quillon Labs to Harrowgate Systems for $300 million.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kInvestment);
  auto b = ExtractText("Marrow Group sold 60% of Quillon Labs to Harrowgate Systems for $300 million.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].type, DealType::kAcquisition);
  // (A company worth $N is no deal's amount.)
  auto c = ExtractText("Harrowgate Systems agreed to merge with Quillon Labs in an all-stock deal creating a company "
                       "worth $20 billion.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_FALSE(c[0].amount.has_value());
}

TEST(ExtractorTest, PaidAnUnknownCompanyAnAmount) {
  // "X paid Y $80 million upfront for rights to ...": Y is a name in the
  // payee's slot, unknown to the gazetteer and with no corporate word.
  auto a = ExtractText("Harrowgate paid Northwind Medicine $80 million upfront in 2023 for rights to a cancer compound.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kPurchase);
  EXPECT_EQ(a[0].to, Names{"Northwind Medicine"});
  // ("will pay Y €4.25 billion in cash for the 50% of Z it does not already
  // own": Z's shares, the rest of them, a takeover.)
  auto b = ExtractText(
      "Harrowgate Telecom will pay Lorwick Partners €4.25 billion in cash for the 50% of Quillon Mobile it does not "
      "already own.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].type, DealType::kAcquisition);
  EXPECT_EQ(b[0].to, Names{"Quillon Mobile"});
}

TEST(ExtractorTest, PowerSuppliedToTheCampusIsBoughtByItsOwner) {
  // "Y has agreed to supply up to 250 megawatts to the campus": the power is
  // bought by the company whose campus the story is about (named by "Its",
  // or a data-centre company the story describes).
  auto a = ExtractText(
      "Harrowgate Digital signs tenant for Ohio campus\n\n"
      "Harrowgate Digital, a data-centre developer, said a cloud company had leased its campus. Power will come "
      "partly from the grid: Quillon Energy has agreed to supply up to 250 megawatts to the campus for 20 years.");
  bool found = false;
  for (const auto& d : a) {
    if (d.type == DealType::kPurchase && d.to == Names{"Quillon Energy"}) {
      found = true;
      EXPECT_EQ(d.from, Names{"Harrowgate Digital"});
      EXPECT_EQ(d.asset, Asset::kInfrastructure);
    }
  }
  EXPECT_TRUE(found);
  auto b = ExtractText(
      "Harrowgate Digital runs a campus in Lulea. Its power comes from Quillon Energi, a hydropower producer, which "
      "agreed in 2024 to supply up to 120 megawatts to the site under a 15-year contract.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].from, Names{"Harrowgate Digital"});
  EXPECT_EQ(b[0].to, Names{"Quillon Energi"});
}

TEST(ExtractorTest, EarlierRoundInAppositionLedBy) {
  // "That earlier round, a $95 million Series A, was led by X": a round of
  // the story's company, its subject's apposition between.
  auto deals = ExtractText(
      "Quillon Labs makes sensors for drones. Quillon Labs has raised money before. That earlier round, a $95 "
      "million Series A, was led by Tidewell Capital, with Marrow Ventures also taking part.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kInvestment);
  EXPECT_EQ(deals[0].from, (Names{"Tidewell Capital", "Marrow Ventures"}));
  EXPECT_EQ(deals[0].to, Names{"Quillon Labs"});
  ASSERT_TRUE(deals[0].amount.has_value());
  EXPECT_EQ(deals[0].amount->value, 95000000);
}

TEST(ExtractorTest, TalksAboutAnOfferAndTheWinningBid) {
  // "in preliminary discussions with Y about a possible offer": takeover talks.
  auto a = ExtractText("Harrowgate Systems confirmed it was in preliminary discussions with Quillon Labs about a possible offer.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kAcquisition);
  EXPECT_EQ(a[0].to, Names{"Quillon Labs"});
  EXPECT_EQ(a[0].status, DealStatus::kTalks);
  // ("does not intend to make an offer": a bid ruled out.)
  auto b = ExtractText("Harrowgate Systems said it does not intend to make an offer for Quillon Labs.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].status, DealStatus::kCancelled);
  // ("won the auction for Y with a bid of $N", "emerged as the winning bidder for Y")
  auto c = ExtractText("Harrowgate Systems won the auction for Quillon Labs with a bid of $400 million.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].type, DealType::kAcquisition);
  EXPECT_EQ(c[0].from, Names{"Harrowgate Systems"});
  EXPECT_EQ(c[0].to, Names{"Quillon Labs"});
  ASSERT_TRUE(c[0].amount.has_value());
  auto d = ExtractText("Harrowgate Systems emerged as the winning bidder for Quillon Labs.");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].status, DealStatus::kAnnounced);
}

TEST(ExtractorTest, SecuredOrReceivedForGoodsIsAPurchase) {
  // "secured 1 gigawatt of computing capacity from Y": cloud bought from Y.
  auto a = ExtractText("Harrowgate Systems said it had secured 1 gigawatt of computing capacity from Quillon Cloud.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kPurchase);
  EXPECT_EQ(a[0].asset, Asset::kCloud);
  EXPECT_EQ(a[0].from, Names{"Harrowgate Systems"});
  EXPECT_EQ(a[0].to, Names{"Quillon Cloud"});
  EXPECT_EQ(a[0].status, DealStatus::kAnnounced);
  // "Y will receive $3 billion from X for computing capacity": X buys from Y.
  auto b = ExtractText("Quillon Cloud will receive $3 billion from Harrowgate Systems over five years for computing capacity.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].type, DealType::kPurchase);
  EXPECT_EQ(b[0].from, Names{"Harrowgate Systems"});
  EXPECT_EQ(b[0].to, Names{"Quillon Cloud"});
  // (Money secured from an investor is still a raise.)
  auto c = ExtractText("Quillon Labs secured $40 million from Tidewell Capital.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].type, DealType::kInvestment);
}

TEST(ExtractorTest, InvestorsIncludingActForTheSubject) {
  // "Investors including X and Y poured $50 million into Z": X and Y invest.
  auto deals = ExtractText("Investors including Tidewell Capital and Marrow Ventures poured $50 million into Quillon Labs.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kInvestment);
  EXPECT_EQ(deals[0].from, (Names{"Tidewell Capital", "Marrow Ventures"}));
  EXPECT_EQ(deals[0].to, Names{"Quillon Labs"});
}

TEST(ExtractorTest, DealForAnotherCompanysGoods) {
  // "X signed a $3 billion deal for Y's computing capacity": Y sells to X.
  auto a = ExtractText("Harrowgate Systems signed a $3 billion deal for Quillon Cloud's computing capacity.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kPurchase);
  EXPECT_EQ(a[0].asset, Asset::kCloud);
  EXPECT_EQ(a[0].from, Names{"Harrowgate Systems"});
  EXPECT_EQ(a[0].to, Names{"Quillon Cloud"});
  // (A deal for the buyer's own site names no seller.)
  auto b = ExtractText("Marrow Solar signs power deal for Quillon Data's Ohio campus.");
  for (const auto& d : b) EXPECT_NE(d.to, Names{"Quillon Data"});
}

TEST(ExtractorTest, NameOpeningTheTextBeforeToAndAVerb) {
  // "X Group Inc to acquire Y": a headline whose long name opens the text,
  // with no word before it for "A plan by X to buy" to read.
  auto deals = ExtractText("Harrowgate Systems Group Inc to acquire Marrow Labs.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kAcquisition);
  EXPECT_EQ(deals[0].to, Names{"Marrow Labs"});
}

TEST(ExtractorTest, JoinersListOpensWithAPossessiveAside) {
  // "X, Malaysia's sovereign wealth fund, and Y also joined the round": X joins too.
  auto deals = ExtractText(
      "Quillon Packaging has raised $420 million in a round led by Tidewell Capital. Harrowmere Fund, Malaysia's "
      "sovereign wealth fund, and Japanese substrate maker Marrow Devices also joined the round.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].from, (Names{"Tidewell Capital", "Marrow Devices", "Harrowmere Fund"}));
}

TEST(ExtractorTest, ObjectAfterAPlacesPossessiveIsNoSubject) {
  // "It bought Finland's X for $N and last year agreed to take a stake in Y":
  // "It" takes the stake, not the company it bought.
  auto deals = ExtractText(
      "Harrowgate Systems makes planning software. It bought Finland's Quillon Analytics for $140 million in 2024 "
      "and last year agreed to take a 25% stake in Polish start-up Marrowly, with an option to buy the rest.");
  ASSERT_EQ(deals.size(), 2u);
  EXPECT_EQ(deals[1].type, DealType::kInvestment);
  EXPECT_EQ(deals[1].from, Names{"Harrowgate Systems"});
  EXPECT_EQ(deals[1].to, Names{"Marrowly"});
}

TEST(ExtractorTest, CapitalizedPartnershipClosingAnUnfoundNameIsNoAlliance) {
  // "a consortium led by the Global Compute Partnership": a name, not an alliance of the sentence's buyers.
  auto deals = ExtractText(
      "Infrastructure funds have poured money into the sector. Tidewell Capital and Marrow Pension bought "
      "Australia's Lanterra for more than A$24 billion in 2024, and in October a consortium led by the Global "
      "Compute Partnership, Harrowgate Fund and Vantor's Quillon Partners agreed to buy Vessra Data Centers for "
      "about $40 billion.");
  for (const auto& d : deals) EXPECT_NE(d.type, DealType::kPartnership);
}

TEST(ExtractorTest, NameAfterAndWithAVerbOfItsOwnOpensAClause) {
  // "X agreed to buy Y and Z then withdrew its rival offer for W": Z is no
  // second target, its withdrawal cancels only its own offer, and "its" is Z's.
  auto deals = ExtractText(
      "Tidewell Capital agreed to buy Quillon Soft last month and Marrow Partners then withdrew its rival offer "
      "for Vessra.");
  ASSERT_EQ(deals.size(), 2u);
  EXPECT_EQ(deals[0].from, Names{"Tidewell Capital"});
  EXPECT_EQ(deals[0].to, Names{"Quillon Soft"});
  EXPECT_EQ(deals[0].status, DealStatus::kAnnounced);
  EXPECT_EQ(deals[1].from, Names{"Marrow Partners"});
  EXPECT_EQ(deals[1].to, Names{"Vessra"});
  EXPECT_EQ(deals[1].status, DealStatus::kCancelled);
}

TEST(ExtractorTest, BrandBeforeItsGoodsIsNoTakeoverTarget) {
  // "agreed to buy Xbox consoles", "users who buy X games": goods of a brand, not the company.
  for (const char* text : {"Quillon Systems agreed to buy Xbox consoles for its lounges.",
                           "Quillon users who buy Xbox games through the store will be able to stream them."}) {
    for (const auto& d : ExtractText(text)) EXPECT_NE(d.type, DealType::kAcquisition) << text;
  }
  // (The company itself still is.)
  auto deals = ExtractText("Quillon Systems agreed to buy Marrow Games for $40 million.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kAcquisition);
}

TEST(ExtractorTest, TalksOfASecondVerbAfterAndIsIn) {
  // "X has agreed to buy $N of capacity from Y, she said, and is in early
  // talks with a second provider": the talks are the second verb's.
  auto deals = ExtractText(
      "Quillon has agreed to buy about $500 million of cloud capacity from Vessra Cloud over the next three years, "
      "she said, and is in early talks with a second provider.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kPurchase);
  EXPECT_EQ(deals[0].status, DealStatus::kAnnounced);
}

TEST(ExtractorTest, ItsRoundOpeningASentenceIsTheArticlesSubjects) {
  // "Its Series A, a $90 million round, was led by X" after a sentence about
  // a customer: the round is the company the article opened with.
  auto deals = ExtractText(
      "Quillon Robotics builds two-armed humanoid robots for car factories. Harrowgate Industries, an Ohio maker "
      "of axles, has ordered 300 robots under a four-year contract. Its Series A, a $90 million round in 2024, was "
      "led by Tidewell Ventures.");
  bool found = false;
  for (const auto& d : deals) {
    if (d.type != DealType::kInvestment) continue;
    EXPECT_EQ(d.from, Names{"Tidewell Ventures"});
    EXPECT_EQ(d.to, Names{"Quillon Robotics"});
    found = true;
  }
  EXPECT_TRUE(found);
}

TEST(ExtractorTest, ObjectBeforeAndTheNextVerbIsNoSubject) {
  // "It took a stake in X in 2023 and bought Y last year": "It" does both.
  auto deals = ExtractText(
      "Harrowgate Capital is a buyout firm. It took a minority stake in Chicago-based payroll card provider "
      "Quillpay in 2023 and bought Spanish point-of-sale software firm Caja Marrow last year.");
  ASSERT_EQ(deals.size(), 2u);
  EXPECT_EQ(deals[1].type, DealType::kAcquisition);
  EXPECT_EQ(deals[1].from, Names{"Harrowgate Capital"});
  EXPECT_EQ(deals[1].to, Names{"Caja Marrow"});
}

TEST(ExtractorTest, PerfectParticipleHasTheSentencesSubject) {
  // "X bought Y, having earlier paid $1 billion for Z": X paid for Z.
  auto deals = ExtractText(
      "In 2024, Harrowgate bought Cambridge-based fraud specialist Quillspace, having earlier paid $1 billion for "
      "Brazilian banking software firm Marrowbank.");
  ASSERT_EQ(deals.size(), 2u);
  EXPECT_EQ(deals[1].from, Names{"Harrowgate"});
  EXPECT_EQ(deals[1].to, Names{"Marrowbank"});
}

TEST(ExtractorTest, CompletionInARelativeClauseAfterTheDeal) {
  // "struck a $2.9 billion deal for Y, which it completed in October": done.
  auto a = ExtractText(
      "Three months later, Harrowgate Systems struck a $2.9 billion deal for Quillon Labs, which it completed in "
      "early October.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].status, DealStatus::kCompleted);
  // (Another company's completion after the deal's object is not the deal's.)
  auto b = ExtractText(
      "Marrow Systems agreed in September to merge with Tidewell Acquisition Corp, and Vessra Quantum, which "
      "completed its own listing last year, is weighing a bid.");
  for (const auto& d : b) {
    if (d.to == Names{"Tidewell Acquisition Corp"}) {
      EXPECT_NE(d.status, DealStatus::kCompleted);
    }
  }
}

TEST(ExtractorTest, OwnersDealOfANamedYearIsDone) {
  // "follows X's 2023 acquisition of Y": done; "X's €11.5 billion takeover of Y" is no year.
  auto a = ExtractText("The deal follows Harrowgate's 2023 acquisition of Quillon Timing, a Dallas designer of clocks.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].status, DealStatus::kCompleted);
  auto b = ExtractText("Regulators are reviewing Harrowgate's $2023 million takeover of Quillon Timing.");
  for (const auto& d : b) EXPECT_NE(d.status, DealStatus::kCompleted);
}

TEST(ExtractorTest, AmongTheInvestorsWhenAnotherCompanyRaised) {
  // "X was among the investors when Y raised $6 billion": X invests in Y,
  // not in the round told just before.
  auto deals = ExtractText(
      "Quillon Labs raised $300 million in a round led by Tidewell Capital. Harrowgate Systems was among the "
      "investors when Marrow AI raised $6 billion in December.");
  ASSERT_EQ(deals.size(), 2u);
  EXPECT_EQ(deals[0].from, Names{"Tidewell Capital"});
  EXPECT_EQ(deals[1].from, Names{"Harrowgate Systems"});
  EXPECT_EQ(deals[1].to, Names{"Marrow AI"});
}

TEST(ExtractorTest, MoneyPutIntoSeveralCompaniesIsOneDealEach) {
  // "It has also put money into X and Y": no amount to share, one deal per company.
  auto deals = ExtractText("Harrowgate Systems has also put money into Marrow AI and Vessra Labs.");
  ASSERT_EQ(deals.size(), 2u);
  EXPECT_EQ(deals[0].to, Names{"Marrow AI"});
  EXPECT_EQ(deals[1].to, Names{"Vessra Labs"});
  // (A shared amount stays one deal.)
  auto shared = ExtractText("Harrowgate Systems put a combined $40 million into Marrow AI and Vessra Labs.");
  ASSERT_EQ(shared.size(), 1u);
  EXPECT_EQ(shared[0].to.size(), 2u);
}

TEST(ExtractorTest, FigureReportedBeforeIsNoSecondRound) {
  // "closed a $2.4 billion round, topping the roughly $2 billion figure that
  // had been circulating": one round, of $2.4 billion.
  auto deals = ExtractText(
      "Quillon said on Monday it has closed a $2.4 billion funding round led by Tidewell Capital, confirming "
      "weeks of reports about the raise and topping the roughly $2 billion figure that had been circulating.");
  ASSERT_EQ(deals.size(), 1u);
  ASSERT_TRUE(deals[0].amount.has_value());
  EXPECT_EQ(deals[0].amount->value, 2.4e9);
}

TEST(ExtractorTest, ApproachFromXToBuyHasXAsBuyer) {
  // "it had rejected an approach from X to buy the company": X would buy; one deal.
  auto deals = ExtractText(
      "Quillon Labs builds coding models. It was also the subject of speculation in December, when The "
      "Information reported that it had rejected an approach from Harrowgate to buy the company for about $3 "
      "billion.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].from, Names{"Harrowgate"});
  EXPECT_EQ(deals[0].to, Names{"Quillon Labs"});
  EXPECT_EQ(deals[0].status, DealStatus::kCancelled);
}

TEST(ExtractorTest, InvestorListInARelativeClauseGoesPastItsCommas) {
  // "Y, which raised $700 million from a group including A, B and C, now has ...": all three.
  auto deals = ExtractText(
      "Quillon Cloud, which raised $700 million in December 2024 from a group including Tidewell Capital, Marrow "
      "Ventures and Vessra Investments, now has a dedicated sales team.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].from, (Names{"Tidewell Capital", "Marrow Ventures", "Vessra Investments"}));
}

TEST(ExtractorTest, ContractSignedByXWithY) {
  // "A $9.7 billion contract for GPU capacity was signed by X with Y": X buys from Y.
  auto deals = ExtractText(
      "A $9.7 billion, five-year contract for GPU capacity was signed by Harrowgate with Quillon Cloud, the "
      "Sydney-founded operator.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kPurchase);
  EXPECT_EQ(deals[0].asset, Asset::kCloud);
  EXPECT_EQ(deals[0].from, Names{"Harrowgate"});
  EXPECT_EQ(deals[0].to, Names{"Quillon Cloud"});
}

TEST(ExtractorTest, AgreementToDeployForYIsNoTakeover) {
  // "X announced an agreement to deploy servers for Y": Y buys X's work; no takeover of Y.
  auto deals = ExtractText(
      "Quillon Cloud announced a multibillion-dollar agreement to deploy GPU servers for Harrowgate Systems.");
  ASSERT_FALSE(deals.empty());
  for (const auto& d : deals) EXPECT_NE(d.type, DealType::kAcquisition);
  EXPECT_EQ(deals[0].type, DealType::kPurchase);
  EXPECT_EQ(deals[0].from, Names{"Harrowgate Systems"});
  EXPECT_EQ(deals[0].to, Names{"Quillon Cloud"});
}

TEST(ExtractorTest, SignedUpYToSupply) {
  // "X signed up British neocloud Y to supply 200,000 GPUs": X buys from Y.
  auto deals = ExtractText(
      "Earlier the same month, Harrowgate Systems signed up British neocloud Quillon Cloud to supply roughly "
      "200,000 Nvidia GPUs across sites in Texas.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kPurchase);
  EXPECT_EQ(deals[0].from, Names{"Harrowgate Systems"});
  EXPECT_EQ(deals[0].to, Names{"Quillon Cloud"});
}

TEST(ExtractorTest, CloudCompanysOrderFormWithACustomer) {
  // "CoreWeave has signed an order form with Y worth $N": the cloud company
  // sells its cloud to Y; who places an order buys.
  auto a = ExtractText("CoreWeave said it has signed an order form with Harrowgate Systems worth about $1.2 billion.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].asset, Asset::kCloud);
  EXPECT_EQ(a[0].from, Names{"Harrowgate Systems"});
  EXPECT_EQ(a[0].to, Names{"CoreWeave"});
  auto b = ExtractText("CoreWeave has placed an order worth $90 million for cooling units with Harrowgate Systems.");
  for (const auto& d : b) EXPECT_EQ(d.from, Names{"CoreWeave"});
}

TEST(ExtractorTest, MoneyPickedUpIsRaised) {
  // "Y picked up 18 million euros in seed funding from X": a raise, done.
  auto deals = ExtractText(
      "Paris invoice-financing start-up Quillon picked up 18 million euros in seed funding from Tidewell Capital "
      "and Marrow Ventures.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kInvestment);
  EXPECT_EQ(deals[0].status, DealStatus::kCompleted);
  EXPECT_EQ(deals[0].to, Names{"Quillon"});
}

TEST(ExtractorTest, RunningTotalPastAQualifier) {
  // "The round brings Y's total equity funding to about $260 million": a running total, no deal.
  auto deals = ExtractText(
      "Quillon raised $120 million led by Tidewell Capital. The round brings Quillon's total equity funding to "
      "about $260 million since its founding in 2019.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].from, Names{"Tidewell Capital"});
}

TEST(ExtractorTest, CreditFacilityIsNoGoodsAndOwnFundingNoDeal) {
  // "Y secured a $75 million warehouse credit facility from X to fund its
  // loan book": X lends to Y; no warehouse bought, no deal of Y with itself.
  auto deals = ExtractText(
      "Quillon Pay has secured a $75 million warehouse credit facility from Standard Chartered to fund its growing "
      "loan book.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kInvestment);
  EXPECT_EQ(deals[0].from, Names{"Standard Chartered"});
  EXPECT_EQ(deals[0].to, Names{"Quillon Pay"});
}

TEST(ExtractorTest, PlanOfTheFirstVerbIsNotTheSecondVerbsDeal) {
  // "X plans to use the funds to expand, and earlier this year agreed to acquire Y": agreed, not planned.
  auto deals = ExtractText(
      "Quillon plans to use part of the new funds to expand into western India, and earlier this year agreed to "
      "acquire Pune-based operator Marrow Hub.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].status, DealStatus::kAnnounced);
}

TEST(ExtractorTest, ExploringASaleWithTalksNamesTheSuitor) {
  // "Y has hired advisers to explore a sale and has held early talks with X": X would buy Y.
  auto deals = ExtractText(
      "Warsaw-based Quillon, a grocery delivery app, has hired advisers to explore a sale and has held early talks "
      "with Estonian mobility group Marrow Motors, according to two people.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kAcquisition);
  EXPECT_EQ(deals[0].from, Names{"Marrow Motors"});
  EXPECT_EQ(deals[0].to, Names{"Quillon"});
  EXPECT_EQ(deals[0].status, DealStatus::kTalks);
}

TEST(ExtractorTest, CloudCompanysContractWithAStartUpSellsItsCloud) {
  // "X Compute had been close to a contract with start-up Y": a cloud
  // company's contract with a customer sells its cloud to the customer.
  auto deals = ExtractText(
      "Quillon Compute had been close to a similar contract with video-generation start-up Marrow Reel earlier "
      "this year, but those talks were called off in April.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kPurchase);
  EXPECT_EQ(deals[0].asset, Asset::kCloud);
  EXPECT_EQ(deals[0].from, Names{"Marrow Reel"});
  EXPECT_EQ(deals[0].to, Names{"Quillon Compute"});
}

TEST(ExtractorTest, SimilarTransactionIsOfTheDealBefore) {
  // "Y had earlier discussed a similar transaction with Z": a stake sale
  // like the one told before, Z in the buyer's role.
  auto deals = ExtractText(
      "Quillon Games is in advanced talks to sell a minority stake in its mobile division to Tidewell Capital for "
      "up to 400 million euros. Quillon Games had earlier discussed a similar transaction with Chinese games "
      "group Marrow Interactive, but those talks were abandoned.");
  ASSERT_EQ(deals.size(), 2u);
  EXPECT_EQ(deals[1].type, DealType::kInvestment);
  EXPECT_EQ(deals[1].from, Names{"Marrow Interactive"});
  EXPECT_EQ(deals[1].to, Names{"Quillon Games"});
  EXPECT_EQ(deals[1].status, DealStatus::kCancelled);
}

TEST(ExtractorTest, RoundMembersInTheClauseAfterTheLeadWithDescriptions) {
  // "X led the round, and the contractor Y joined as a first-time investor",
  // "X led the round and Z, a vehicle backed by the city, also invested",
  // "and Y and Z, where the founders met, came in alongside it", "X led the
  // round; Y also invested": members described, in an "and" clause inside
  // the lead's or after a semicolon.
  const char* texts[] = {
      "Pellmore Drones has closed a $310 million Series D round. Granite Ash Capital led the financing, and the "
      "defence contractor Tarnwell Dynamics joined as a first-time investor.",
      "Tamsey Labs has raised £85 million. Kingsmere Partners led the round and the fund Tarnwell Dynamics invested "
      "alongside it, a person familiar with the financing said.",
      "Qinglu Robotics closed a 700 million yuan Series B last week. Huashan Capital led the round and Tarnwell "
      "Dynamics, a vehicle backed by the Hangzhou city government, also invested.",
      "Orbitra secured £4 million. Granite Ash Capital led the seed investment, and Kingsmere Partners and "
      "Tarnwell Dynamics, where the founders met, came in alongside it.",
      "Verant Cloud has raised $400 million. Granite Ash Capital led the round; Tarnwell Dynamics also invested.",
  };
  for (const char* text : texts) {
    auto deals = ExtractText(text);
    ASSERT_EQ(deals.size(), 1u) << text;
    EXPECT_EQ(deals[0].type, DealType::kInvestment) << text;
    EXPECT_EQ(deals[0].from.size(), std::string(text).find("Kingsmere Partners and") != std::string::npos ? 3u : 2u)
        << text;
    EXPECT_EQ(deals[0].from.back(), "Tarnwell Dynamics") << text;
  }
}

TEST(ExtractorTest, ArmOfAnOwnerNamedWithItsTrade) {
  // "with Y and the investment arm of automaker Z also taking part": Z, past its trade.
  auto deals = ExtractText(
      "Marrowfield Robotics has closed a round of 900 million yuan led by Tanhe Capital, with Ruixing Partners and "
      "the investment arm of automaker Dongfeld Motor also taking part.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].from, (Names{"Tanhe Capital", "Ruixing Partners", "Dongfeld Motor"}));
}

TEST(ExtractorTest, PossessiveArmOpensTheJoinersList) {
  // "with X's venture arm and Y also investing": the arm's owner and Y.
  auto deals = ExtractText(
      "Olvera Systems raised $210 million in a Series C round led by Greystone Peak Capital, with Samsung's venture "
      "arm and Intel Capital also investing.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].from, (Names{"Greystone Peak Capital", "Samsung", "Intel Capital"}));
}

TEST(ExtractorTest, AlongsideANewInvestorAfterPuttingInMoney) {
  // "Existing backers X and Y also put in money, alongside a new investor, Z".
  auto deals = ExtractText(
      "Kestwick Robotics has raised $410 million in a Series C round led by Greyholm Partners. Existing backers "
      "Norvale Ventures and Tamsford Capital also put in money, alongside a new investor, Ospreyfield Capital.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].from,
            (Names{"Greyholm Partners", "Norvale Ventures", "Tamsford Capital", "Ospreyfield Capital"}));
}

TEST(ExtractorTest, AmongTheParticipantsOfTheRound) {
  // "X, Y and Z were among the participants": members of the round before.
  auto deals = ExtractText(
      "Kalmara AI has raised $600 million in a Series D round led by Fallowfield Capital. Hwasan Memory "
      "Technologies, the Saudi data-centre developer Jurmah Digital and Stoneleigh Cloud were among the "
      "participants.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].from,
            (Names{"Fallowfield Capital", "Hwasan Memory Technologies", "Jurmah Digital", "Stoneleigh Cloud"}));
}

TEST(ExtractorTest, BackedByTheLeadAndAnotherInvestor) {
  // "The start-up was backed by X, which led the round, and Y": both.
  auto deals = ExtractText(
      "Ovenlark Labs raised a $7 million seed round. The Oakland start-up was backed by Tidemark Ventures, which "
      "led the round, and Marigate Health Fund.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].from, (Names{"Tidemark Ventures", "Marigate Health Fund"}));
}

TEST(ExtractorTest, LeadWhichAlsoIncludedOtherMembers) {
  // "a round led by X, which also included Y and Z": the round's other members.
  auto deals = ExtractText(
      "Pelliq Optics took in $640 million in a round led by Halvard Capital, which also included Cisco Investments "
      "and Samsung Catalyst Fund.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].from, (Names{"Halvard Capital", "Cisco Investments", "Samsung Catalyst Fund"}));
}

TEST(ExtractorTest, SupplierChosenPastItsApposition) {
  // "X has chosen Y, a Madrid software company, to supply a 5G core": X
  // buys from Y, goods the lexicon does not list.
  auto deals = ExtractText(
      "Soltera Telecom has also chosen Vireo Networks, a Madrid-based software company, to supply a cloud-native "
      "5G core.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kPurchase);
  EXPECT_EQ(deals[0].from, Names{"Soltera Telecom"});
  EXPECT_EQ(deals[0].to, Names{"Vireo Networks"});
  EXPECT_EQ(deals[0].asset, Asset::kOther);
  // ("tapped Y to supply 200,000 GPUs": the verb, not the subject's name, before Y.)
  deals = ExtractText("Harrowgate Systems tapped Quillon Cloud to supply 200,000 GPUs.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].from, Names{"Harrowgate Systems"});
  EXPECT_EQ(deals[0].to, Names{"Quillon Cloud"});
}

TEST(ExtractorTest, TookInMoneyFromNamedInvestors) {
  // "X, which took in more than $200 million from A, B and C": a raise, the
  // money's sources named (not revenue).
  auto deals = ExtractText(
      "Orbitel Systems, which took in more than $200 million from Halvard Systems, Tamsford Telecom and Norvale "
      "Networks at the start of the year, said on Tuesday it had begun network tests.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kInvestment);
  EXPECT_EQ(deals[0].from, (Names{"Halvard Systems", "Tamsford Telecom", "Norvale Networks"}));
  EXPECT_EQ(deals[0].to, Names{"Orbitel Systems"});
  EXPECT_TRUE(ExtractText("Orbitel Systems took in $164 billion in 2024.").empty());
}

TEST(ExtractorTest, SaleOfLicencesIsAPurchase) {
  // "X is exploring a sale of its CBRS licences": rights change hands, not a company.
  auto deals = ExtractText(
      "Cascadia Cellular, a regional carrier, has hired advisers to explore a sale of its CBRS licences, according "
      "to two people familiar with the matter.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kPurchase);
  EXPECT_TRUE(deals[0].from.empty());
  EXPECT_EQ(deals[0].to, Names{"Cascadia Cellular"});
  EXPECT_EQ(deals[0].asset, Asset::kOther);
  EXPECT_EQ(deals[0].status, DealStatus::kTalks);
}

TEST(ExtractorTest, HeadlineUnitSaleIsTheBodysNamedUnit) {
  // Headline "X agrees to sell tower unit to Y for about EUR780m", body "X
  // agreed to sell its tower subsidiary, Z, to Y for about 780 million
  // euros": one deal, with the body's target.
  auto deals = ExtractText(
      "Corrib Mobile agrees to sell Irish tower unit to Pelham for about 780 million euros\n"
      "DUBLIN (Telecom Wire) - Corrib Mobile, Ireland's third-largest wireless operator, said on Tuesday it had "
      "agreed to sell its tower subsidiary, Corrib Towers, to infrastructure investor Pelham Infrastructure "
      "Partners for about 780 million euros.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kAcquisition);
  EXPECT_EQ(deals[0].from, Names{"Pelham Infrastructure Partners"});
  EXPECT_EQ(deals[0].to, Names{"Corrib Towers"});
}

TEST(ExtractorTest, OrderOfUnlistedGoodsForAnAmount) {
  // "X ordered a replacement satellite from Y for about 250 million euros":
  // goods the lexicon does not list, ordered from a named seller for an amount.
  auto deals = ExtractText(
      "In March Kvitfjell Satellite ordered a replacement for its ageing Arctic-coverage satellite from Orbella "
      "Space Systems for about 250 million euros.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kPurchase);
  EXPECT_EQ(deals[0].from, Names{"Kvitfjell Satellite"});
  EXPECT_EQ(deals[0].to, Names{"Orbella Space Systems"});
  EXPECT_EQ(deals[0].asset, Asset::kOther);
  // (No amount, no order of goods: "ordered a review from Y".)
  EXPECT_TRUE(ExtractText("Kvitfjell Satellite ordered a review from Orbella Space Systems.").empty());
}

TEST(ExtractorTest, RoundWhichWasLedByItsInvestors) {
  // "X raised a $300 million Series A, which was led by A, B and C": the
  // relative clause names the round's investors.
  auto deals = ExtractText(
      "Skellig AI raised a $300 million Series A, which was led by Larchmont Venture Partners, Corrib Capital and "
      "Tamsford Partners.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].from, (Names{"Larchmont Venture Partners", "Corrib Capital", "Tamsford Partners"}));
  EXPECT_EQ(deals[0].to, Names{"Skellig AI"});
}

TEST(ExtractorTest, OneWordNameCombinedWithARival) {
  // "Ousterra combined with rival Velodrix in early 2023": a merger, the
  // subject a name by its verb alone.
  auto deals = ExtractText("The industry has shrunk: Ousterra combined with rival Velodrix in early 2023.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kAcquisition);
  EXPECT_EQ(deals[0].from, Names{"Ousterra"});
  EXPECT_EQ(deals[0].to, Names{"Velodrix"});
}

TEST(ExtractorTest, TerminationFeeIsNoFunding) {
  // "raised $40 million from investors led by X, and that it would receive a
  // termination fee from Y": Y pays a fee, it does not invest.
  auto deals = ExtractText(
      "Tillerman Labs said it had raised $40 million from existing investors led by Insight Partners to fund its "
      "operations, and that it would receive a termination fee from Brightwater Software.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].from, Names{"Insight Partners"});
  EXPECT_EQ(deals[0].to, Names{"Tillerman Labs"});
}

TEST(ExtractorTest, JoinersWithTheirOwnEarlierRoundInARelativeClause) {
  // "A and B, which led the company's $19 million Series A in 2023, also took
  // part, along with the venture arm of Japanese IT services group C": A, B
  // and C join the round before; B's earlier round is a deal of its own.
  auto deals = ExtractText(
      "Ledgerwick said on Wednesday it had raised $85 million in a Series B round led by Index Ventures. Amplify "
      "Partners and Tidewater Capital, which led the company's $19 million Series A in 2023, also took part, along "
      "with the venture arm of Japanese IT services group Kanjo Systems.");
  ASSERT_EQ(deals.size(), 2u);
  EXPECT_EQ(deals[0].from, (Names{"Index Ventures", "Amplify Partners", "Tidewater Capital", "Kanjo Systems"}));
  EXPECT_EQ(deals[0].to, Names{"Ledgerwick"});
  EXPECT_EQ(deals[1].from, Names{"Tidewater Capital"});
  EXPECT_EQ(deals[1].to, Names{"Ledgerwick"});
  ASSERT_TRUE(deals[1].amount.has_value());
  EXPECT_DOUBLE_EQ(deals[1].amount->value, 19e6);
}

TEST(ExtractorTest, JoinerDescribedWithAPlacesPossessive) {
  // "with X and Norway's state-backed investor Y also taking part": Y, a
  // one-word name a person could not be, past the place's possessive.
  auto deals = ExtractText(
      "Hollis Data raised $60 million last year in a round led by Greylock, with Kettle Ventures and Norway's "
      "state-backed investor Halvorn also taking part.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].from, (Names{"Greylock", "Kettle Ventures", "Halvorn"}));
}

TEST(ExtractorTest, TookPartInARoundWhichWasLedByAnother) {
  // "Y is also an investor in X: it took part in the company's $600 million
  // Series C in March, which was led by Z": one round, Y and its lead Z.
  auto deals = ExtractText(
      "Halvern Compute runs GPU clusters in Texas. Quillon Systems is also an investor in Halvern Compute: it took "
      "part in the company's $600 million Series C in March, which was led by Gantry Peak Partners.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kInvestment);
  EXPECT_EQ(deals[0].from, (Names{"Quillon Systems", "Gantry Peak Partners"}));
  EXPECT_EQ(deals[0].to, Names{"Halvern Compute"});
}

TEST(ExtractorTest, InvestingInExpandingItsOwnPlantIsNoDeal) {
  // "X will invest SEK 1.2 billion in expanding its transformer plant":
  // spending on its own site, no company funded.
  EXPECT_TRUE(ExtractText("To keep pace with demand, Ostvik Grid will invest SEK 1.2 billion in expanding its "
                          "transformer plant in Vasteras.")
                  .empty());
}

TEST(ExtractorTest, RoundWhoseInvestorsIncluded) {
  // "raised $863 million in a round whose investors included A, B and C".
  auto deals = ExtractText(
      "Last month, Orvane Fusion raised $863 million in a round whose investors included Halvard Capital, Tamsford "
      "Partners and Corrib Ventures.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].from, (Names{"Halvard Capital", "Tamsford Partners", "Corrib Ventures"}));
}

TEST(ExtractorTest, HeadlineRoundTakesTheBodysAmountSubjectAndPastTense) {
  // Headline "X raises $240 million ...", body "X said it had closed a Series
  // C funding round. The $240 million raise was led by A, with B also taking
  // part.": one round, its investors from the body, completed.
  auto deals = ExtractText(
      "Geothermal start-up Tidewater raises $240 million as clouds chase clean power\n"
      "RENO, Nevada - Tidewater Geothermal said on Tuesday it had closed a Series C funding round. The $240 million "
      "raise was led by Ashgrove Capital, with Meridian Climate Partners also taking part.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].from, (Names{"Ashgrove Capital", "Meridian Climate Partners"}));
  EXPECT_EQ(deals[0].status, DealStatus::kCompleted);
}

TEST(ExtractorTest, SecondVerbOfTheSubjectNotOfTheFirstVerbsObject) {
  // "It acquired cloud-firewall maker Y for $1.2 billion last year and in May
  // agreed to buy a stake in Z": X buys both; the object of the first verb,
  // past its description and amount, is not the second verb's subject.
  auto deals = ExtractText(
      "Orlin Systems is growing. It acquired cloud-firewall maker Stratocirrus for $1.2 billion last year and in "
      "May agreed to buy a minority stake in Kavach Networks, an Indian managed-security firm.");
  ASSERT_EQ(deals.size(), 2u);
  EXPECT_EQ(deals[1].from, Names{"Orlin Systems"});
  EXPECT_EQ(deals[1].to, Names{"Kavach Networks"});
  // ("X took Y private for about $6.9 billion and bought Z": a verb the lexicon does not list.)
  deals = ExtractText("In 2022 Tamsford Partners took SailCrest private for about $6.9 billion and bought Pingora "
                      "Identity for $2.8 billion.");
  ASSERT_EQ(deals.size(), 2u);
  EXPECT_EQ(deals[1].from, Names{"Tamsford Partners"});
  EXPECT_EQ(deals[1].to, Names{"Pingora Identity"});
  // ("It bought Y, which ..., in May, and agreed to acquire Z": past the object's relative clause.)
  deals = ExtractText(
      "Fivewell Systems said the deal would close next year. It bought Censara Labs, which pushes warehouse data back "
      "into business applications, in May, and agreed in September to acquire Tobiko Data, the developer of "
      "SQLMesh.");
  ASSERT_EQ(deals.size(), 2u);
  EXPECT_EQ(deals[1].from, Names{"Fivewell Systems"});
  EXPECT_EQ(deals[1].to, Names{"Tobiko Data"});
}

TEST(ExtractorTest, AwardedPastAnAppositionWithCityAndState) {
  // "has awarded Y, a company based in Reston, Virginia, a contract worth up
  // to $218 million": the place's comma stays inside the apposition.
  auto deals = ExtractText(
      "The Pentagon has awarded Bastion Systems, an identity-security company based in Reston, Virginia, a "
      "contract worth up to $218 million to replace passwords.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kPurchase);
  EXPECT_EQ(deals[0].from, Names{"Pentagon"});
  EXPECT_EQ(deals[0].to, Names{"Bastion Systems"});
}

TEST(ExtractorTest, StakeInTheCompanyWhoseShareholderIsNamed) {
  // "Y's largest shareholder is X, which paid about $410 million for a 19%
  // stake in 2023": a stake in Y.
  auto deals = ExtractText(
      "Vigilo Security's largest shareholder is growth investor Harrowgate Capital, which paid about $410 million "
      "for a 19% stake in 2023.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].from, Names{"Harrowgate Capital"});
  EXPECT_EQ(deals[0].to, Names{"Vigilo Security"});
}

TEST(ExtractorTest, TookANameOffTheExchange) {
  // "Y took X off the Nasdaq in a $5.8 billion deal": a take-private.
  auto deals = ExtractText("Vista Ridge paid roughly $4.6 billion for KnowHarbor, while Permont Capital took "
                           "Mimeline Systems off the Nasdaq in a $5.8 billion deal.");
  ASSERT_EQ(deals.size(), 2u);
  EXPECT_EQ(deals[1].type, DealType::kAcquisition);
  EXPECT_EQ(deals[1].from, Names{"Permont Capital"});
  EXPECT_EQ(deals[1].to, Names{"Mimeline Systems"});
}

TEST(ExtractorTest, JoinedThroughItsVentureArmAfterASemicolon) {
  // "X led the round; Y and Z, the Kansas utility, joined through its venture arm".
  auto deals = ExtractText(
      "Solstra Energy, a Denver company building thermal batteries, closed an $85 million Series B. Tamarack "
      "Climate Fund led the round; Halberd Ventures and Great Plains Electric, the Kansas utility, joined through "
      "its venture arm.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].from, (Names{"Tamarack Climate Fund", "Halberd Ventures", "Great Plains Electric"}));
}

TEST(ExtractorTest, ItAfterASemicolonIsNotTheObjectOfTook) {
  // "In 2022 X took Y private ... and bought Z ...; the following year it
  // closed a purchase of W": "it" is X, not Y.
  auto deals = ExtractText(
      "In 2022 Tamsford Partners took SailCrest private for about $6.9 billion and bought Pingora Identity for "
      "$2.8 billion; the following year it closed a $2.3 billion purchase of ForgeLine Systems.");
  ASSERT_EQ(deals.size(), 3u);
  EXPECT_EQ(deals[2].from, Names{"Tamsford Partners"});
  EXPECT_EQ(deals[2].to, Names{"ForgeLine Systems"});
}

TEST(ExtractorTest, PaidForAFractionOfACompanyIsAStake) {
  // "X paid about EUR1.5 billion for roughly a fifth of Chinese EV maker Y":
  // a stake, not a takeover.
  auto deals = ExtractText(
      "Stellgard Motors paid about EUR1.5 billion for roughly a fifth of Chinese EV maker Leapward in a deal agreed "
      "in 2023.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kInvestment);
  EXPECT_EQ(deals[0].from, Names{"Stellgard Motors"});
  EXPECT_EQ(deals[0].to, Names{"Leapward"});
}

TEST(ExtractorTest, SecondInvesteeOfTheSameInvestor) {
  // "would invest $300 million in X and a further several hundred million
  // dollars in Y": two investments by one investor.
  auto deals = ExtractText(
      "Ubiqua Mobility said on Thursday it would invest $300 million in Lucera Motors and a further several hundred "
      "million dollars in Nurovia Systems, the autonomous-driving developer.");
  ASSERT_EQ(deals.size(), 2u);
  EXPECT_EQ(deals[1].from, Names{"Ubiqua Mobility"});
  EXPECT_EQ(deals[1].to, Names{"Nurovia Systems"});
  EXPECT_FALSE(deals[1].amount.has_value());
}

TEST(ExtractorTest, NameModifyingANounIsNoAntecedentAndSinceCompletingIsDone) {
  // "X has spent heavily to rebuild the Y record system since completing its
  // $28 billion takeover of the company": X bought Y ("its" is X; "the Y
  // record system" names no subject), and the takeover is done.
  auto deals = ExtractText(
      "Orlanda Systems has spent heavily to rebuild the Cernova Health record system since completing its roughly $28 "
      "billion takeover of the company in June 2022.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kAcquisition);
  EXPECT_EQ(deals[0].from, Names{"Orlanda Systems"});
  EXPECT_EQ(deals[0].to, Names{"Cernova Health"});
  EXPECT_EQ(deals[0].status, DealStatus::kCompleted);
}

TEST(ExtractorTest, UnderWhichTheDescribedPartyBuys) {
  // "Y said its supply agreement with X, under which the carmaker will buy
  // lidar sensors, remains in place": X buys from Y.
  auto deals = ExtractText(
      "Photonyx Systems makes lidar sensors. Photonyx said its supply agreement with Meridian Auto, under which the "
      "carmaker will buy lidar sensors for its luxury range from 2027, remains in place.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kPurchase);
  EXPECT_EQ(deals[0].from, Names{"Meridian Auto"});
  EXPECT_EQ(deals[0].to, Names{"Photonyx Systems"});
}

TEST(ExtractorTest, AVentureWithAPartnerBuysForBothOwners) {
  // "Its venture with EQT completed the purchase of Lumos": the venture's
  // owners, X and its partner, are the buyers.
  auto deals = ExtractText(
      "Tamsford Telecom has been buying fibre networks. Its venture with Harrow Equity completed the purchase of "
      "Lumora Fiber in April.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kAcquisition);
  EXPECT_EQ(deals[0].from, (Names{"Tamsford Telecom", "Harrow Equity"}));
  EXPECT_EQ(deals[0].to, Names{"Lumora Fiber"});
}

TEST(ExtractorTest, OneAmountForTwoTargetsMakesTwoAggregateTakeovers) {
  // "X acquired Y and Z from W for $300 million": two takeovers, each with
  // the amount that covers both.
  auto deals = ExtractText("In 2021, Harlow Interactive acquired Pellin Studios and Corvo Games from Tessmark for $300 million.");
  ASSERT_EQ(deals.size(), 2u);
  EXPECT_EQ(deals[0].to, Names{"Pellin Studios"});
  EXPECT_EQ(deals[1].to, Names{"Corvo Games"});
  for (const Deal& d : deals) {
    EXPECT_EQ(d.type, DealType::kAcquisition);
    EXPECT_EQ(d.from, Names{"Harlow Interactive"});
    ASSERT_TRUE(d.amount.has_value());
    EXPECT_EQ(d.amount->value, 300e6);
    EXPECT_TRUE(d.aggregate);
  }
}

TEST(ExtractorTest, SpendingOnDescribedCompaniesBuysEachOfThem) {
  // "X paid $N for Y, a year after spending $M on esports businesses Z and
  // W": X bought Z and W, one amount for both; "a combined $M" makes one deal.
  auto deals = ExtractText(
      "Torvane Games paid $4.9 billion for Quillo in 2023, a year after spending about $1.5 billion on esports "
      "businesses Brask Arena and Pelmora.");
  ASSERT_EQ(deals.size(), 3u);
  EXPECT_EQ(deals[0].to, Names{"Quillo"});
  EXPECT_EQ(deals[1].to, Names{"Brask Arena"});
  EXPECT_EQ(deals[2].to, Names{"Pelmora"});
  for (const Deal& d : deals) {
    EXPECT_EQ(d.type, DealType::kAcquisition);
    EXPECT_EQ(d.from, Names{"Torvane Games"});
  }
  ASSERT_TRUE(deals[1].amount.has_value());
  EXPECT_EQ(deals[1].amount->value, 1.5e9);
  EXPECT_TRUE(deals[1].aggregate);
  auto combined = ExtractText(
      "Torvane Games spent a combined $1.5 billion on esports companies Brask Arena and Pelmora in 2022 and paid $4.9 "
      "billion for mobile publisher Quillo the following year.");
  ASSERT_EQ(combined.size(), 2u);
  EXPECT_EQ(combined[0].to, (Names{"Brask Arena", "Pelmora"}));
  EXPECT_EQ(combined[1].from, Names{"Torvane Games"});
  EXPECT_EQ(combined[1].to, Names{"Quillo"});
}

TEST(ExtractorTest, TheStakeBoughtFromASellerIsInTheCompanyOwned) {
  // "Y is 35% owned by X, which bought the stake from private equity firm Z":
  // X invested in Y; Z, the seller, is neither side.
  auto deals = ExtractText(
      "Orvano Cloud is 35% owned by Tessin Holdings, which bought the stake from private equity firm Marrow Partners "
      "in 2023 for $410 million.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kInvestment);
  EXPECT_EQ(deals[0].from, Names{"Tessin Holdings"});
  EXPECT_EQ(deals[0].to, Names{"Orvano Cloud"});
  ASSERT_TRUE(deals[0].amount.has_value());
  EXPECT_EQ(deals[0].amount->value, 410e6);
}

TEST(ExtractorTest, TwoCompaniesInvestingInAProjectArePartners) {
  // "X and Y said they plan to invest more than $5 billion in an AI zone": a
  // joint project, a partnership with its size.
  auto deals = ExtractText(
      "Brenmoor Cloud and Qadira Systems said they plan to invest more than $5 billion in an \"AI Zone\" in the "
      "kingdom.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kPartnership);
  EXPECT_EQ(deals[0].from, Names{"Brenmoor Cloud"});
  EXPECT_EQ(deals[0].to, Names{"Qadira Systems"});
  EXPECT_EQ(deals[0].status, DealStatus::kPlanned);
  ASSERT_TRUE(deals[0].amount.has_value());
  EXPECT_EQ(deals[0].amount->qualifier, Qualifier::kOver);
}

TEST(ExtractorTest, ACollaborationsSizeIsItsAmount) {
  // "X announced a $10 billion collaboration with Y": the partnership's amount.
  auto deals = ExtractText("Hours later, Corvail Systems announced a $10 billion collaboration with Qadira AI to build out data centres.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kPartnership);
  ASSERT_TRUE(deals[0].amount.has_value());
  EXPECT_EQ(deals[0].amount->value, 10e9);
}

TEST(ExtractorTest, FundAsAVerbMakesNoPartyOfTheNextWord) {
  // "a programme to fund AI \"gigafactories\"": "AI" is no organization.
  auto deals = ExtractText("The European Commission has proposed a €20 billion programme to fund AI \"gigafactories\".");
  EXPECT_TRUE(deals.empty());
}

TEST(ExtractorTest, AContractAwardedByTheBuyerInThePassive) {
  // "Y had been awarded a contract worth up to $24 million by X": X buys.
  auto deals = ExtractText(
      "Sallow Qubit, a developer of trapped-ion processors, said on Tuesday it had been awarded a contract worth up "
      "to $24 million by the Ardent Research Laboratory to build two systems.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kPurchase);
  EXPECT_EQ(deals[0].from, Names{"Ardent Research Laboratory"});
  EXPECT_EQ(deals[0].to, Names{"Sallow Qubit"});
  ASSERT_TRUE(deals[0].amount.has_value());
  EXPECT_EQ(deals[0].amount->qualifier, Qualifier::kUpTo);
}

TEST(ExtractorTest, GoodsBoughtThroughAResellerAndSuppliedByAVendor) {
  // "took delivery of chips bought through X": a purchase from X, not a
  // takeover; "deploy Nvidia systems supplied by X": X sells, not the brand.
  auto through = ExtractText("Quorrel, which builds accounting agents, took delivery of 8,000 H200 chips bought through Dell Technologies last month.");
  ASSERT_EQ(through.size(), 1u);
  EXPECT_EQ(through[0].type, DealType::kPurchase);
  EXPECT_EQ(through[0].asset, Asset::kChips);
  EXPECT_EQ(through[0].to, Names{"Dell Technologies"});
  auto supplied = ExtractText("Nordvik Cloud will deploy Nvidia GB300 systems supplied by Hewlett Packard Enterprise.");
  ASSERT_EQ(supplied.size(), 1u);
  EXPECT_EQ(supplied[0].from, Names{"Nordvik Cloud"});
  EXPECT_EQ(supplied[0].to, Names{"Hewlett Packard Enterprise"});
}

TEST(ExtractorTest, GappedSecondSellerOfTheSameBuyer) {
  // "rent TPU capacity from Google Cloud and Trainium capacity from AWS": two purchases.
  auto deals = ExtractText(
      "Tesmark, a Boston start-up, is in talks to rent TPU capacity from Google Cloud and Trainium capacity from AWS.");
  ASSERT_EQ(deals.size(), 2u);
  EXPECT_EQ(deals[0].to, Names{"Google Cloud"});
  EXPECT_EQ(deals[1].to, Names{"AWS"});
  EXPECT_EQ(deals[1].from, Names{"Tesmark"});
  EXPECT_EQ(deals[1].status, DealStatus::kTalks);
}

TEST(ExtractorTest, TalksWithBuyersAboutASale) {
  // "Y has held early talks with buyout firms including X about a sale worth
  // more than $6 billion": X would buy Y.
  auto deals = ExtractText(
      "Carrow Cloud, a Virginia-based operator, has held early talks with buyout firms including Brindle Partners "
      "about a sale worth more than $6 billion, people familiar with the matter said.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kAcquisition);
  EXPECT_EQ(deals[0].from, Names{"Brindle Partners"});
  EXPECT_EQ(deals[0].to, Names{"Carrow Cloud"});
  EXPECT_EQ(deals[0].status, DealStatus::kTalks);
  ASSERT_TRUE(deals[0].amount.has_value());
}

TEST(ExtractorTest, ANamedUnitOfItsOwnerIsTheTarget) {
  // "X's agreement to buy Y's Z business in Taiwan": Z, the unit named, is bought.
  auto deals = ExtractText(
      "Tovra Mobility's agreement to buy Delmark Holding's Quickpanda business in Taiwan for $950 million was blocked in "
      "December.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].from, Names{"Tovra Mobility"});
  EXPECT_EQ(deals[0].to, Names{"Quickpanda"});
  EXPECT_EQ(deals[0].status, DealStatus::kCancelled);
}

TEST(ExtractorTest, AStakeTakenAsPartOfARoundLedByAnother) {
  // "X agreed to take a stake in Y as part of a funding round led by Z": Z
  // invests in Y, not in X.
  auto deals = ExtractText(
      "Last year Ganton agreed to take a minority stake in Flipmart as part of a funding round led by Wellstore, the "
      "marketplace's majority owner.");
  ASSERT_FALSE(deals.empty());
  for (const Deal& d : deals) {
    EXPECT_EQ(d.to, Names{"Flipmart"});
    EXPECT_EQ(d.type, DealType::kInvestment);
  }
}

TEST(ExtractorTest, ItAfterASpeechVerbPastAnAppositionWithAName) {
  // "X, the company majority owned by Y, confirmed it had raised": X raised,
  // and Y, inside the apposition, is not a second company.
  auto deals = ExtractText(
      "Quorvane, the trapped-ion company majority owned by Hollis Industries, confirmed it had raised close to $600 "
      "million from Tarrow Capital.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].from, Names{"Tarrow Capital"});
  EXPECT_EQ(deals[0].to, Names{"Quorvane"});
}

TEST(ExtractorTest, BlankCheckCompaniesTakingTargetsPublic) {
  // "X agreed to take Y, the ... company, public through a merger"; "Z said
  // it would merge with W, taking the quantum company public": X buys Y, Z buys W.
  auto deals = ExtractText(
      "Harbrook Acquisition Corp, a blank-check company, agreed in September to take Infolume, the Colorado-based "
      "neutral-atom company, public through a merger. This month Cranmore Acquisition Corp said it would merge with "
      "Canada's Zanadeo, taking the photonic quantum computing company public in Toronto.");
  ASSERT_EQ(deals.size(), 2u);
  EXPECT_EQ(deals[0].type, DealType::kAcquisition);
  EXPECT_EQ(deals[0].to, Names{"Infolume"});
  EXPECT_EQ(deals[1].type, DealType::kAcquisition);
  EXPECT_EQ(deals[1].to, Names{"Zanadeo"});
}

TEST(ExtractorTest, TwoRaisesInOneSentenceKeepTheirOwnLeads) {
  // "X raised $N in a Series D led by funds managed by A, and Canada's Y
  // secured $M in a round led by B and C": A backs X; B and C back Y.
  auto deals = ExtractText(
      "Groveline raised $640 million last August in a Series D led by funds managed by Blackmere Capital, and "
      "Canada's Tenswell secured nearly $700 million in December in a round led by Aeron Capital and Samwell "
      "Securities.");
  ASSERT_EQ(deals.size(), 2u);
  EXPECT_EQ(deals[0].from, Names{"Blackmere Capital"});
  EXPECT_EQ(deals[0].to, Names{"Groveline"});
  EXPECT_EQ(deals[1].from, (Names{"Aeron Capital", "Samwell Securities"}));
  EXPECT_EQ(deals[1].to, Names{"Tenswell"});
}

TEST(ExtractorTest, TheVentureArmOfADescribedGrocerJoinsTheRound) {
  // "with participation from X and the venture arm of Dutch grocer Y": Y is
  // an investor, named after its trade.
  auto deals = ExtractText(
      "Quellon, a robotics startup, raised $140 million last year in a round led by Ridgewell Ventures, with "
      "participation from Oakfield Partners and the venture arm of Dutch grocer Verhoeven.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].from, (Names{"Ridgewell Ventures", "Oakfield Partners", "Verhoeven"}));
  EXPECT_EQ(deals[0].to, Names{"Quellon"});
}

TEST(ExtractorTest, APublicBodyNamedAsAnOfficeBuys) {
  // "X was building satellites under a $1.8 billion contract with the Y
  // Office": a public body by its name buys from X.
  auto deals = ExtractText(
      "Starvane Systems was building a network of satellites under a $1.8 billion contract with the National Survey "
      "Office signed in 2021.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kPurchase);
  EXPECT_EQ(deals[0].from, Names{"National Survey Office"});
  EXPECT_EQ(deals[0].to, Names{"Starvane Systems"});
}

TEST(ExtractorTest, AnAwardToDevelopIsWorkBoughtAndItIsNotTheGiver) {
  // "The Y Laboratory gave it a $19.6 million award to develop a computer":
  // "it" is the company before, not Y; Y buys the work.
  auto deals = ExtractText(
      "Halmark Space, a satellite maker, has had a busy quarter. The Ardent Research Laboratory gave it a $19.6 "
      "million award last month to develop a flight computer.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kPurchase);
  EXPECT_EQ(deals[0].asset, Asset::kOther);
  EXPECT_EQ(deals[0].from, Names{"Ardent Research Laboratory"});
  EXPECT_EQ(deals[0].to, Names{"Halmark Space"});
}

TEST(ExtractorTest, AContractAwardedToSeveralSellers) {
  // "the Y's cloud contract, worth up to $9 billion, was awarded to A, B and
  // C": Y buys from each, one amount for all.
  auto deals = ExtractText(
      "Providers have competed since the Ministry of Defence's Joint Cloud Capability contract, worth up to $9 "
      "billion, was awarded to Amazon, Google and Oracle in December 2022.");
  ASSERT_EQ(deals.size(), 3u);
  EXPECT_EQ(deals[0].to, Names{"Amazon"});
  EXPECT_EQ(deals[2].to, Names{"Oracle"});
  for (const Deal& d : deals) {
    EXPECT_EQ(d.type, DealType::kPurchase);
    EXPECT_EQ(d.from, Names{"Ministry of Defence"});
    EXPECT_TRUE(d.aggregate);
  }
}

TEST(ExtractorTest, AUnitSoldUnderTheNameItHasSince) {
  // "sold X's computing business, since renamed Y, to Z": Z bought Y.
  auto deals = ExtractText("Broadcom then sold Vantera's end-user computing business, since renamed Omnivo, to KKR for $4 billion.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].from, Names{"KKR"});
  EXPECT_EQ(deals[0].to, Names{"Omnivo"});
}

TEST(ExtractorTest, RoundMembersJoiningAgainAndALeadKnownByAnotherName) {
  // "X joined again, along with Y and Z"; "led by China's third national chip
  // fund, known as W": all of them back the round.
  auto again = ExtractText(
      "Quellmark Security, which builds AI agents, raised $85 million in a Series C led by Index Ventures. Accel, "
      "which led the company's Series B last year, joined again, along with Greylock and Tamwell Growth.");
  ASSERT_EQ(again.size(), 1u);
  EXPECT_EQ(again[0].from, (Names{"Index Ventures", "Accel", "Greylock", "Tamwell Growth"}));
  auto known = ExtractText(
      "Xinmoor Semiconductor, a Hefei designer of memory controllers, said it had closed a 1.5 billion yuan Series C "
      "led by China's third national chip fund, known as Big Fund III.");
  ASSERT_EQ(known.size(), 1u);
  EXPECT_EQ(known[0].from, Names{"Big Fund III"});
}

TEST(ExtractorTest, WhoseRaiseWasCoLedBy) {
  // "X, whose $240 million raise was co-led by A and B, ...": A and B back X.
  auto deals = ExtractText(
      "Shieldwell AI, whose $240 million raise in March was co-led by Harlan Defense and Hanwell Aerospace, is one of "
      "the closest rivals.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].from, (Names{"Harlan Defense", "Hanwell Aerospace"}));
  EXPECT_EQ(deals[0].to, Names{"Shieldwell AI"});
}

TEST(ExtractorTest, ItTakenPrivateIsNotItsBuyers) {
  // "A and B took it private": "it" is the company before, not A or B.
  auto deals = ExtractText(
      "Infomark Software is a data company. Perrow Capital and Canada Pension Plan Investment Board took it private in "
      "2015 in a buyout worth about $5.3 billion.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kAcquisition);
  EXPECT_EQ(deals[0].from, (Names{"Perrow Capital", "Canada Pension Plan Investment Board"}));
  EXPECT_EQ(deals[0].to, Names{"Infomark Software"});
}

TEST(ExtractorTest, MoneyReceivedFromUnnamedInvestors) {
  // "received more than 1 billion yuan from state-owned investors": funding
  // whose investors the text does not name.
  auto deals = ExtractText("Zhiyun AI said in March it had received more than 1 billion yuan from state-owned investors in Hangzhou.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kInvestment);
  EXPECT_TRUE(deals[0].from.empty());
  EXPECT_EQ(deals[0].to, Names{"Zhiyun AI"});
}

TEST(ExtractorTest, ListMembersAfterAnAppositionAndAPlaceWord) {
  // "including X, the venture arm of Y, and South Korea's Z"; "from X and
  // Gulf sovereign investor Z": Z is a member too.
  auto place = ExtractText(
      "Terrawell, the reactor developer, raised $650 million from investors including NVentures, the venture arm "
      "of Nvidia, and South Korea's Hanmoor Heavy Industries.");
  ASSERT_EQ(place.size(), 1u);
  EXPECT_EQ(place[0].from, (Names{"NVentures", "Hanmoor Heavy Industries"}));
  auto described = ExtractText(
      "Meridale Cloud raised $1.8 billion in equity in January from Harbourside Capital and Gulf sovereign investor "
      "Safwa Holdings.");
  ASSERT_EQ(described.size(), 1u);
  EXPECT_EQ(described[0].from, (Names{"Harbourside Capital", "Safwa Holdings"}));
}

TEST(ExtractorTest, APurchaseOfAnOwnersNamedCampusIsInfrastructure) {
  // "X's $650 million purchase of Y's Cumulus data-centre campus": X buys a
  // site from Y, no company.
  auto deals = ExtractText(
      "The closest parallel is Amazon's $650 million purchase in March 2024 of Tallow Energy's Cumulus data-centre "
      "campus, which sits beside the plant.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kPurchase);
  EXPECT_EQ(deals[0].asset, Asset::kInfrastructure);
  EXPECT_EQ(deals[0].from, Names{"Amazon"});
  EXPECT_EQ(deals[0].to, Names{"Tallow Energy"});
}

TEST(ExtractorTest, ABlankChequeCompanyInAppositionBuys) {
  // "X agreed to merge with Y, a blank-cheque company": Y, the listed shell, buys X.
  auto deals = ExtractText("Kestrelmoor Nuclear agreed to merge with Ironvale Holdings, a blank-cheque company, in a deal valued at $1 billion.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].from, Names{"Ironvale Holdings"});
  EXPECT_EQ(deals[0].to, Names{"Kestrelmoor Nuclear"});
}

TEST(ExtractorTest, ADevelopmentAgreementIsAPartnership) {
  // "a joint development agreement with Y covering a processor": working
  // together, no goods sold.
  auto deals = ExtractText(
      "Tessmoor Systems also has a joint development agreement with Korean AI chip designer Hanmark Semiconductor "
      "covering a chiplet-based processor.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kPartnership);
}

TEST(ExtractorTest, TheBuyerInARelativeClauseAfterTheTarget) {
  // "the $6.5 billion takeover of X that Y agreed to in March": Y buys X.
  auto deals = ExtractText("Remember the $6.5 billion all-cash takeover of Amberly Computing that Sorrel Group agreed to in March?");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].from, Names{"Sorrel Group"});
  EXPECT_EQ(deals[0].to, Names{"Amberly Computing"});
}

TEST(ExtractorTest, UnderWhichTheyTakeCapacityFromUs) {
  // "we signed an agreement with Y, the model developer, under which they
  // will take $2.1 billion of capacity from us": Y buys from the speaker.
  auto deals = ExtractText(
      "Corvale Cloud said: In June we signed a five-year agreement with Meridale Foundry, the foundation-model "
      "developer, under which they will take roughly $2.1 billion of capacity from us.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kPurchase);
  EXPECT_EQ(deals[0].from, Names{"Meridale Foundry"});
  EXPECT_EQ(deals[0].to, Names{"Corvale Cloud"});
}

TEST(ExtractorTest, SystemsOnOrderFromAMakerAndCapacityBookedAtAFoundry) {
  // "the systems we have on order from Nvidia": ordered from Nvidia, which
  // sells; "has booked wafer capacity at TSMC's plant": chips from TSMC.
  auto ordered = ExtractText(
      "Corvale Cloud is a GPU cloud. That includes the GB300 systems we have on order from Nvidia, which we committed "
      "to in May.");
  ASSERT_EQ(ordered.size(), 1u);
  EXPECT_EQ(ordered[0].from, Names{"Corvale Cloud"});
  EXPECT_EQ(ordered[0].to, Names{"NVIDIA"});
  auto booked = ExtractText("Trellmark Silicon has booked wafer capacity for 2026 and 2027 at TSMC's plant in Arizona.");
  ASSERT_EQ(booked.size(), 1u);
  EXPECT_EQ(booked[0].type, DealType::kPurchase);
  EXPECT_EQ(booked[0].asset, Asset::kChips);
  EXPECT_EQ(booked[0].from, Names{"Trellmark Silicon"});
  EXPECT_EQ(booked[0].to, Names{"TSMC"});
}

TEST(ExtractorTest, ASaleExploredWithInterestFromASuitor) {
  // "hired bankers to explore a sale and has drawn early interest from Y": Y
  // would buy (the interest is no stake).
  auto deals = ExtractText(
      "Chiplet firm Lattmoor Systems has hired bankers to explore a sale and has drawn early interest from Marvell "
      "Technology, The Information reported.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kAcquisition);
  EXPECT_EQ(deals[0].from, Names{"Marvell Technology"});
  EXPECT_EQ(deals[0].to, Names{"Lattmoor Systems"});
  EXPECT_EQ(deals[0].status, DealStatus::kTalks);
}

TEST(ExtractorTest, AFurtherAmountFromASecondInvestor) {
  // "raised $200 million from X and a further $100 million from Y": two
  // investments, each with its amount.
  auto deals = ExtractText(
      "Two years earlier Tamber Africa raised $200 million from private equity firm Torrant Partners and a further "
      "$100 million from Mastercard.");
  ASSERT_EQ(deals.size(), 2u);
  const Deal& tp = deals[0].from == Names{"Torrant Partners"} ? deals[0] : deals[1];
  const Deal& mc = deals[0].from == Names{"Mastercard"} ? deals[0] : deals[1];
  EXPECT_EQ(tp.from, Names{"Torrant Partners"});
  ASSERT_TRUE(tp.amount.has_value());
  EXPECT_EQ(tp.amount->value, 200e6);
  EXPECT_EQ(mc.from, Names{"Mastercard"});
  ASSERT_TRUE(mc.amount.has_value());
  EXPECT_EQ(mc.amount->value, 100e6);
}

TEST(ExtractorTest, ADataCentreOperatorBuysThePowerAReactorMakerSupplies) {
  // "X signed an agreement with data-centre operator Y to supply up to 12
  // gigawatts of power": Y buys X's power.
  auto deals = ExtractText(
      "Okmoor, the reactor start-up, signed a non-binding master agreement with data-centre operator Swale in "
      "December to supply up to 12 gigawatts of power from its reactors through 2044.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kPurchase);
  EXPECT_EQ(deals[0].from, Names{"Swale"});
  EXPECT_EQ(deals[0].to, Names{"Okmoor"});
}

TEST(ExtractorTest, RoundListsGoOnWithPlusAndAPersonsInvestmentFirm) {
  // "A, B and C plus new investors D and E"; "... and Jeff Bezos's investment
  // firm Bezos Expeditions": members too. "had done much the same in 2023,
  // raising $N": the participle is past.
  auto plus = ExtractText(
      "Stribe Payments had done much the same in March 2023, raising $6.5 billion in a Series I from existing backers including "
      "Andreessen Horowitz, Founders Fund and Thrive Capital plus new investors GIC and Temasek.");
  ASSERT_EQ(plus.size(), 1u);
  EXPECT_EQ(plus[0].from, (Names{"Andreessen Horowitz", "Founders Fund", "Thrive Capital", "GIC", "Temasek"}));
  EXPECT_EQ(plus[0].status, DealStatus::kCompleted);
  auto firm = ExtractText(
      "Figmore AI raised $675 million in February 2024 from a group that included Microsoft, Intel Capital and Jeff "
      "Bezos's investment firm Bezos Expeditions.");
  ASSERT_EQ(firm.size(), 1u);
  EXPECT_EQ(firm[0].from, (Names{"Microsoft", "Intel Capital", "Bezos Expeditions"}));
}

TEST(ExtractorTest, ATenderOfferLedByAnInvestor) {
  // "X completed a tender offer in early 2024 led by Y": Y bought staff
  // shares, an investment in X (no takeover).
  auto deals = ExtractText("Orvale AI completed a tender offer in early 2024 led by Thrive Capital that valued the company at about $86 billion.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kInvestment);
  EXPECT_EQ(deals[0].from, Names{"Thrive Capital"});
  EXPECT_EQ(deals[0].to, Names{"Orvale AI"});
}

TEST(ExtractorTest, AnotherCompanysBackersDoNotJoinTheLastRound) {
  // "... Klarna raised $800 million from A, B and C. Y's earlier backers
  // include the US fund Z": Z backs Y, not Klarna's round.
  auto deals = ExtractText(
      "The reset mirrors Klarna's in 2022, when the Swedish group raised $800 million from investors including Sequoia "
      "Capital, Silver Lake and Mubadala. Velmora Systems's earlier backers include the US fund Tiger Global, which "
      "led its 2021 round.");
  ASSERT_EQ(deals.size(), 2u);
  EXPECT_EQ(deals[0].from, (Names{"Sequoia Capital", "Silver Lake", "Mubadala"}));
  EXPECT_EQ(deals[1].from, Names{"Tiger Global"});
  EXPECT_EQ(deals[1].to, Names{"Velmora Systems"});
}

TEST(ExtractorTest, AClauseAfterAndHasItsOwnSubjectAndMixedSuppliersAreInfrastructure) {
  // "Add it up and X has made deals totaling $1.4 trillion with A, B, C and
  // D": X buys from each, chipmakers and cloud operators alike.
  auto deals = ExtractText(
      "Add it up and Orvane AI has made deals totaling about $1.4 trillion with Nvidia, AMD, Oracle and Amazon, "
      "against revenue of around $13 billion.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kPurchase);
  EXPECT_EQ(deals[0].from, Names{"Orvane AI"});
  EXPECT_EQ(deals[0].to, (Names{"NVIDIA", "AMD", "Oracle", "Amazon"}));
  EXPECT_EQ(deals[0].asset, Asset::kInfrastructure);
}

TEST(ExtractorTest, StockReceivedBesideAContractIsAStake) {
  // "signed a contract worth up to $11.9 billion with Y and received $350
  // million of the cloud company's stock": a purchase and a stake, each with
  // its amount.
  auto deals = ExtractText(
      "Orvane AI is growing. In March, the ChatGPT rival signed a five-year contract worth up to $11.9 billion with "
      "CoreWeave and received $350 million of the cloud company's stock ahead of its listing.");
  ASSERT_EQ(deals.size(), 2u);
  EXPECT_EQ(deals[0].type, DealType::kPurchase);
  EXPECT_EQ(deals[1].type, DealType::kInvestment);
  EXPECT_EQ(deals[1].from, Names{"Orvane AI"});
  EXPECT_EQ(deals[1].to, Names{"CoreWeave"});
  ASSERT_TRUE(deals[1].amount.has_value());
  EXPECT_EQ(deals[1].amount->value, 350e6);
}

TEST(ExtractorTest, AnAgreementForASellersCapacityAndADealGivingAccess) {
  // "signed a $14.2 billion agreement for Y capacity": a purchase from Y;
  // "X signed a deal giving Z access to its TPU chips": Z buys from X.
  auto capacity = ExtractText("Meta Platforms signed a $14.2 billion agreement for CoreWeave capacity at the end of September.");
  ASSERT_EQ(capacity.size(), 1u);
  EXPECT_EQ(capacity[0].type, DealType::kPurchase);
  EXPECT_EQ(capacity[0].to, Names{"CoreWeave"});
  auto access = ExtractText(
      "Google signed a deal in October giving Quorvane AI access to as many as one million of its TPU chips.");
  ASSERT_EQ(access.size(), 1u);
  EXPECT_EQ(access[0].type, DealType::kPurchase);
  EXPECT_EQ(access[0].from, Names{"Quorvane AI"});
  EXPECT_EQ(access[0].to, Names{"Google"});
}

TEST(ExtractorTest, AlsoInvestedInAnotherCompanyIsNoRoundMember) {
  // "X agreed to lead Y's round. Z has also invested in W": Z backs W, not Y.
  auto deals = ExtractText(
      "SoftBank agreed in March to lead Orvane AI's $40 billion funding round. Nvidia has also invested in France's "
      "Mistral AI, which is building a data centre.");
  ASSERT_EQ(deals.size(), 2u);
  EXPECT_EQ(deals[0].from, Names{"SoftBank"});
  EXPECT_EQ(deals[1].from, Names{"NVIDIA"});
  EXPECT_EQ(deals[1].to, Names{"Mistral AI"});
}

TEST(ExtractorTest, FullOwnershipTakenAndAVentureSetUpWithAPartner) {
  // "Y took full ownership of engineering software maker Z": Y buys Z. "It
  // set up W, a 50-50 joint venture with V": its partner is V, not W. "the
  // $4.4 billion joint venture between A and B": a partnership of that size.
  auto owned = ExtractText("Emberson Controls took full ownership of engineering software maker Aspenwell the same month.");
  ASSERT_EQ(owned.size(), 1u);
  EXPECT_EQ(owned[0].type, DealType::kAcquisition);
  EXPECT_EQ(owned[0].from, Names{"Emberson Controls"});
  EXPECT_EQ(owned[0].to, Names{"Aspenwell"});
  auto venture = ExtractText(
      "Stellmoor Motors went further. It set up SiliconMoor, a 50-50 joint venture with Foxconn, to design chips.");
  ASSERT_EQ(venture.size(), 1u);
  EXPECT_EQ(venture[0].type, DealType::kPartnership);
  EXPECT_EQ(venture[0].from, Names{"Stellmoor Motors"});
  EXPECT_EQ(venture[0].to, Names{"Foxconn"});
  auto sized = ExtractText(
      "The $4.4 billion joint venture between Hondell Motors and LG Energy Solution in Ohio is due to start "
      "production next year.");
  ASSERT_EQ(sized.size(), 1u);
  EXPECT_EQ(sized[0].type, DealType::kPartnership);
  ASSERT_TRUE(sized[0].amount.has_value());
  EXPECT_EQ(sized[0].amount->value, 4.4e9);
}

TEST(ExtractorTest, TalksToldAfterTheRoundAndBackersAlongsideStrategicInvestors) {
  // "closed a $300 million round ..., a month after reports that the start-up
  // was in talks to raise less": the round is closed; the talks came before.
  // "A and B came in as strategic investors, alongside existing backers C and
  // D": all four join the round.
  auto deals = ExtractText(
      "Torvane Robotics said it had closed a $300 million Series C led by Halden Ventures, a month after reports "
      "that the start-up was in talks to raise about $250 million. Brightline Capital and Oskarsson Growth came in "
      "as strategic investors, alongside existing backers Mirelle Partners and Eastfold.");
  ASSERT_GE(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kInvestment);
  EXPECT_EQ(deals[0].status, DealStatus::kCompleted);
  EXPECT_EQ(deals[0].to, Names{"Torvane Robotics"});
  EXPECT_EQ(deals[0].from,
            (Names{"Halden Ventures", "Brightline Capital", "Oskarsson Growth", "Mirelle Partners", "Eastfold"}));
}

TEST(ExtractorTest, ItsBoardRejectedAnOfferAndAStakeBoughtInADescribedCompany) {
  // "Its board rejected an unsolicited offer from rival Y": Y bid for the
  // company "its" points at. "A 30% stake in lidar maker X has been bought
  // by Y": Y invests in X, past the trade before its name.
  auto board = ExtractText(
      "Corrant Power runs four gas plants in Texas. Its board rejected an unsolicited offer from rival Pellmoor "
      "Energy in 2024.");
  ASSERT_EQ(board.size(), 1u);
  EXPECT_EQ(board[0].type, DealType::kAcquisition);
  EXPECT_EQ(board[0].from, Names{"Pellmoor Energy"});
  EXPECT_EQ(board[0].to, Names{"Corrant Power"});
  EXPECT_EQ(board[0].status, DealStatus::kCancelled);
  auto stake = ExtractText(
      "A 30% stake in Turin-based lidar maker Vendara has been bought by auto-parts group Castelmonte for about "
      "90 million euros.");
  ASSERT_EQ(stake.size(), 1u);
  EXPECT_EQ(stake[0].type, DealType::kInvestment);
  EXPECT_EQ(stake[0].from, Names{"Castelmonte"});
  EXPECT_EQ(stake[0].to, Names{"Vendara"});
}

TEST(ExtractorTest, CompaniesCountedThenNamed) {
  // "bought two Israeli start-ups, A and B": one takeover each. "committed a
  // combined 30 billion yen to three robotics start-ups: A, B and C": one
  // amount over three investments.
  auto bought = ExtractText(
      "In 2023 Harwell Networks bought two Israeli start-ups, Talvon Cyber Security and Dekel Security.");
  ASSERT_EQ(bought.size(), 2u);
  EXPECT_EQ(bought[0].type, DealType::kAcquisition);
  EXPECT_EQ(bought[0].to, Names{"Talvon Cyber Security"});
  EXPECT_EQ(bought[1].to, Names{"Dekel Security"});
  EXPECT_EQ(bought[1].from, Names{"Harwell Networks"});
  auto backed = ExtractText(
      "Ishikura Heavy Industries said it had committed a combined 30 billion yen to three robotics start-ups: "
      "Tsumura Robotics, Keshelon Motion and Hanbyul Robotics.");
  ASSERT_EQ(backed.size(), 3u);
  for (const Deal& d : backed) {
    EXPECT_EQ(d.type, DealType::kInvestment);
    EXPECT_EQ(d.from, Names{"Ishikura Heavy Industries"});
    EXPECT_TRUE(d.aggregate);
  }
  EXPECT_EQ(backed[2].to, Names{"Hanbyul Robotics"});
}

TEST(ExtractorTest, CoBuyersAlongsideAndPassiveInvestorsPastAYear) {
  // "agreed to acquire X for A$24 billion alongside Y": Y buys too. "About $45
  // million was invested in X in 2024 by A and B": A and B invest. "paid $2.5
  // billion in 2022 for a minority stake in X's business": a stake.
  auto buyout = ExtractText(
      "Tallis Partners agreed in September to acquire Australia's Harbourline for more than A$24 billion alongside "
      "Ontario Teachers' Pension Plan.");
  ASSERT_EQ(buyout.size(), 1u);
  EXPECT_EQ(buyout[0].type, DealType::kAcquisition);
  EXPECT_EQ(buyout[0].from, (Names{"Tallis Partners", "Ontario Teachers' Pension Plan"}));
  auto passive = ExtractText("About $45 million was invested in Sorvane in 2024 by Kestrel Capital and Hollin Ventures.");
  ASSERT_EQ(passive.size(), 1u);
  EXPECT_EQ(passive[0].type, DealType::kInvestment);
  EXPECT_EQ(passive[0].from, (Names{"Kestrel Capital", "Hollin Ventures"}));
  EXPECT_EQ(passive[0].to, Names{"Sorvane"});
  auto stake = ExtractText(
      "Granite Arch paid $2.5 billion in 2022 for a minority stake in Meriton Towers' data-centre business.");
  ASSERT_EQ(stake.size(), 1u);
  EXPECT_EQ(stake[0].type, DealType::kInvestment);
  EXPECT_EQ(stake[0].to, Names{"Meriton Towers"});
  ASSERT_TRUE(stake[0].amount.has_value());
  EXPECT_EQ(stake[0].amount->value, 2.5e9);
}

TEST(ExtractorTest, PairsDealingWithAThirdAndLendersInTalks) {
  // "A and B agreed to form a joint venture worth more than $15 billion with
  // C": the pair on one side. "X had held talks with A, B and C about raising
  // $29 billion": they would put the money in. "both promoted new partners":
  // people, no alliance. "bought what remained of X": a takeover.
  auto venture = ExtractText(
      "In October, Singapore's Temasek and Norvale Pension Board agreed to form a joint venture worth more than $15 "
      "billion with Halvane Data to build large campuses.");
  ASSERT_EQ(venture.size(), 1u);
  EXPECT_EQ(venture[0].type, DealType::kPartnership);
  EXPECT_EQ(venture[0].from, (Names{"Temasek", "Norvale Pension Board"}));
  EXPECT_EQ(venture[0].to, Names{"Halvane Data"});
  auto talks = ExtractText(
      "Before that, Corvin Data had held talks with Apollo, KKR and Carlyle about raising some $29 billion for the "
      "project.");
  ASSERT_EQ(talks.size(), 1u);
  EXPECT_EQ(talks[0].type, DealType::kInvestment);
  EXPECT_EQ(talks[0].from, (Names{"Apollo", "KKR", "Carlyle"}));
  EXPECT_EQ(talks[0].to, Names{"Corvin Data"});
  EXPECT_EQ(talks[0].status, DealStatus::kTalks);
  EXPECT_TRUE(ExtractText("Index Ventures and Balderton Capital both promoted new partners in London this week.").empty());
  auto rest = ExtractText("Cognition bought what remained of Windmere Labs days later.");
  ASSERT_EQ(rest.size(), 1u);
  EXPECT_EQ(rest[0].type, DealType::kAcquisition);
  EXPECT_EQ(rest[0].to, Names{"Windmere Labs"});
}

TEST(ExtractorTest, TwoRoundsOfOneRaiseAndBackersOfARelativeClause) {
  // "raised a $3 million seed round from A in 2022 and a $20 million Series A
  // led by B in 2024": two rounds, each with its own investor. "A and B,
  // which put $38 million into Y": both invest; "A and B, which has also
  // backed Y": only B.
  auto rounds = ExtractText(
      "Sablemoor Labs raised a $3 million seed round from Amplify Partners in 2022 and a $20 million Series A led "
      "by Essence VC in 2024.");
  ASSERT_EQ(rounds.size(), 2u);
  for (const Deal& d : rounds) {
    EXPECT_EQ(d.to, Names{"Sablemoor Labs"});
    ASSERT_TRUE(d.amount.has_value());
    EXPECT_EQ(d.from, d.amount->value == 3e6 ? Names{"Amplify Partners"} : Names{"Essence VC"});
  }
  auto both = ExtractText(
      "Quarry Analytics licensed its models to Halvard. Lattice Ventures and Dunmore Capital, which put $38 million "
      "into Quarry Analytics in 2024, expect to receive most of the fee.");
  bool found = false;
  for (const Deal& d : both) {
    if (d.type != DealType::kInvestment) continue;
    found = true;
    EXPECT_EQ(d.from, (Names{"Lattice Ventures", "Dunmore Capital"}));
  }
  EXPECT_TRUE(found);
  auto one = ExtractText(
      "Nimbra raised $400 million from Blackstone and Magnetar Capital, which has also invested $50 million in "
      "Corvane Cloud.");
  found = false;
  for (const Deal& d : one) {
    if (d.type != DealType::kInvestment || d.to != Names{"Corvane Cloud"}) continue;
    found = true;
    EXPECT_EQ(d.from, Names{"Magnetar Capital"});
  }
  EXPECT_TRUE(found);
}

TEST(ExtractorTest, ExistingInvestorFollowedOn) {
  // "Existing investor Y followed on": Y joins the round told before.
  auto deals = ExtractText(
      "Mareza Energia closed a 12 million euro Series A. Existing investor Indigo Capital Partners followed on, the "
      "company said.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].from, Names{"Indigo Capital Partners"});
  EXPECT_EQ(deals[0].to, Names{"Mareza Energia"});
}

TEST(ExtractorTest, CountedCompaniesNamedWithTheirCountries) {
  // "to three robotics start-ups: Osaka-based A, Israel's B and Korea's C":
  // each member of the counted list is a company, past where it is from.
  auto deals = ExtractText(
      "Ishikura Heavy Industries said in March it had committed a combined 30 billion yen to three robotics "
      "start-ups: Osaka-based Tsumura Robotics, Israel's Keshelon Motion and Korea's Hanbyul Robotics.");
  ASSERT_EQ(deals.size(), 3u);
  EXPECT_EQ(deals[0].to, Names{"Tsumura Robotics"});
  EXPECT_EQ(deals[1].to, Names{"Keshelon Motion"});
  EXPECT_EQ(deals[2].to, Names{"Hanbyul Robotics"});
}

TEST(ExtractorTest, ContractsAwardedToSeveralAndByABuyerToASeller) {
  // "X awarded the Joint ... Capability contract, worth up to $9 billion, to
  // A, B, C and D": X buys from each, one amount for all. "A contract was
  // awarded by X to Y": X buys from Y.
  auto awarded = ExtractText(
      "In December 2022 the Defense Department awarded the Joint Warfighting Cloud Capability contract, worth up "
      "to $9 billion through 2028, to Amazon Web Services, Google, Microsoft and Oracle.");
  ASSERT_EQ(awarded.size(), 4u);
  for (const Deal& d : awarded) {
    EXPECT_EQ(d.type, DealType::kPurchase);
    EXPECT_EQ(d.from, Names{"Defense Department"});
    EXPECT_TRUE(d.aggregate);
  }
  EXPECT_EQ(awarded[3].to, Names{"Oracle"});
  auto passive = ExtractText(
      "A separate EUR 18 million contract for backup was awarded by Zorgdata Holding to Leiden-based Kadeline Cloud.");
  ASSERT_EQ(passive.size(), 1u);
  EXPECT_EQ(passive[0].from, Names{"Zorgdata Holding"});
  EXPECT_EQ(passive[0].to, Names{"Kadeline Cloud"});
}

TEST(ExtractorTest, TargetsPastTheirTradesAndStakesSoldToSeveral) {
  // "bought photonics start-up A and compiler developer B": two takeovers.
  // "its acquisition of Arm server-chip designer Y": Y, not Arm. "sold a 20%
  // stake to A and B": both invest. "Across the Tasman, the Australian
  // government signed ...": the opening phrase's place buys nothing.
  auto two = ExtractText("Orvane bought silicon photonics start-up Enosira and compiler developer Brimmo in 2025.");
  ASSERT_EQ(two.size(), 2u);
  EXPECT_EQ(two[1].to, Names{"Brimmo"});
  auto ampere = ExtractText(
      "SoftBank completed its acquisition of Arm server-chip designer Amperion Computing for $6.5 billion in November.");
  ASSERT_EQ(ampere.size(), 1u);
  EXPECT_EQ(ampere[0].to, Names{"Amperion Computing"});
  auto stake = ExtractText("Cobalt Airways sold a 20% stake to Ridgeway Capital and Sable Point for $420 million in 2023.");
  ASSERT_EQ(stake.size(), 1u);
  EXPECT_EQ(stake[0].type, DealType::kInvestment);
  EXPECT_EQ(stake[0].from, (Names{"Ridgeway Capital", "Sable Point"}));
  auto government = ExtractText(
      "Tasman Ridge Capital runs data centres in Auckland. Across the Tasman, the Australian government last year "
      "signed a A$2 billion, ten-year deal with AWS to build a top-secret cloud.");
  ASSERT_EQ(government.size(), 1u);
  EXPECT_EQ(government[0].from, Names{"Australian government"});
  EXPECT_EQ(government[0].to, Names{"AWS"});
}

TEST(ExtractorTest, SecondarySalesAndOpeningParticiples) {
  // "About $300 million of X stock was bought from employees by A and B":
  // they invest in X. "X has scrapped a planned sale of employee shares to
  // Y": Y's investment, called off. "Rebuffed at Z, Y instead put $N into X":
  // Y invests; Z does not, and the deal is not the one rebuffed.
  auto bought = ExtractText(
      "About $300 million of Cobaltine stock was bought from employees last month by Ridgeway Secondaries and "
      "Halden Capital.");
  ASSERT_EQ(bought.size(), 1u);
  EXPECT_EQ(bought[0].type, DealType::kInvestment);
  EXPECT_EQ(bought[0].from, (Names{"Ridgeway Secondaries", "Halden Capital"}));
  EXPECT_EQ(bought[0].to, Names{"Cobaltine"});
  auto scrapped = ExtractText(
      "Noctua Labs has scrapped a planned 200 million euro sale of employee shares to Kestrel Fund after the two "
      "sides failed to agree on price.");
  ASSERT_EQ(scrapped.size(), 1u);
  EXPECT_EQ(scrapped[0].type, DealType::kInvestment);
  EXPECT_EQ(scrapped[0].from, Names{"Kestrel Fund"});
  EXPECT_EQ(scrapped[0].to, Names{"Noctua Labs"});
  EXPECT_EQ(scrapped[0].status, DealStatus::kCancelled);
  auto rebuffed =
      ExtractText("Rebuffed at Safe Superintelligence, Meta instead put $14.3 billion into Scale AI in June.");
  ASSERT_EQ(rebuffed.size(), 1u);
  EXPECT_EQ(rebuffed[0].from, Names{"Meta"});
  EXPECT_EQ(rebuffed[0].status, DealStatus::kCompleted);
}

TEST(ExtractorTest, AParticipleAfterTheLeadOpensNoListMember) {
  // "led by X, valuing the two-year-old company at $38 billion": the company
  // valued is the one raising, not an investor.
  auto deals = ExtractText(
      "Halvane, the AI developer founded by a group of former Google researchers, said on Wednesday it had raised "
      "$4.2 billion in a Series C round led by Corvane Capital, valuing the two-year-old company at $38 billion.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].from, Names{"Corvane Capital"});
  EXPECT_EQ(deals[0].to, Names{"Halvane"});
}

TEST(ExtractorTest, OrdersCancelledPrepaymentsAndOwnersNamedByTrade) {
  // "X cancelled an order for tools from Y": X was the buyer. "would prepay
  // up to $350 million to Y": a purchase from Y. "and pension manager Z also
  // taking part": Z joins. "to Czech billionaire A's EPEI": A's company buys.
  auto order = ExtractText(
      "Arvane Displays, a South Korean OLED panel maker, cancelled an order for four deposition tools from Brenmoor "
      "Systems worth about $90 million last week.");
  ASSERT_EQ(order.size(), 1u);
  EXPECT_EQ(order[0].type, DealType::kPurchase);
  EXPECT_EQ(order[0].from, Names{"Arvane Displays"});
  EXPECT_EQ(order[0].to, Names{"Brenmoor Systems"});
  EXPECT_EQ(order[0].status, DealStatus::kCancelled);
  auto prepay = ExtractText(
      "Brightline Power said this month it would prepay up to $350 million to Halden Crystal, a Norwegian start-up "
      "that grows silicon carbide boules.");
  ASSERT_EQ(prepay.size(), 1u);
  EXPECT_EQ(prepay[0].type, DealType::kPurchase);
  EXPECT_EQ(prepay[0].to, Names{"Halden Crystal"});
  EXPECT_EQ(prepay[0].amount->qualifier, Qualifier::kUpTo);
  auto round = ExtractText(
      "Kaskelot Memory received 600 million euros in fresh equity in June from a group led by Ostsee Capital, with "
      "the Baltic Growth Fund and pension manager Kustvik also taking part.");
  ASSERT_EQ(round.size(), 1u);
  EXPECT_EQ(round[0].from, (Names{"Ostsee Capital", "Baltic Growth Fund", "Kustvik"}));
  auto sale = ExtractText(
      "Atos spent months in talks to sell its Tech Foundations business to Czech billionaire Daniel Kretinsky's "
      "EPEI before the negotiations collapsed.");
  ASSERT_EQ(sale.size(), 1u);
  EXPECT_EQ(sale[0].from, Names{"EPEI"});
  EXPECT_EQ(sale[0].status, DealStatus::kCancelled);
}

TEST(ExtractorTest, LeasesToADescribedLesseeAndContractsToldByTheSeller) {
  // "agreed to lease 200 megawatts at its campus to model developer Y": Y
  // rents from the lessor. "IREN said that Microsoft had signed a $9.7 billion
  // contract for access to GPU capacity": Microsoft buys IREN's cloud.
  auto lease = ExtractText(
      "Kestrel Ridge Mining runs sites in Texas. In June it agreed to lease 200 megawatts at its Odessa campus to "
      "model developer Altamira Labs for ten years, a contract it said was worth about $3.1 billion.");
  ASSERT_GE(lease.size(), 1u);
  EXPECT_EQ(lease[0].type, DealType::kPurchase);
  EXPECT_EQ(lease[0].from, Names{"Altamira Labs"});
  EXPECT_EQ(lease[0].to, Names{"Kestrel Ridge Mining"});
  auto told = ExtractText(
      "IREN said on Nov 3 that Microsoft had signed a five-year, $9.7 billion contract for access to Nvidia GB300 "
      "capacity.");
  ASSERT_EQ(told.size(), 1u);
  EXPECT_EQ(told[0].from, Names{"Microsoft"});
  EXPECT_EQ(told[0].to, Names{"IREN"});
  EXPECT_EQ(told[0].asset, Asset::kCloud);
}

TEST(ExtractorTest, ApproachesForAStakeLabsThatBuyAndBackersComingIn) {
  // "approached by Y about a minority investment": Y would invest. "X's
  // contract with the Air Force Research Laboratory": the laboratory buys.
  // "with A, B and C coming in as new backers": they join the round. "raised
  // $675 million from A, B and C, and said it had raised $1 billion in a round
  // led by D": D is not among the first round's investors.
  auto approach = ExtractText(
      "Stanmore Markets has also been approached by Germany's Hessel Bank about a minority investment of at least "
      "100 million euros.");
  ASSERT_EQ(approach.size(), 1u);
  EXPECT_EQ(approach[0].type, DealType::kInvestment);
  EXPECT_EQ(approach[0].from, Names{"Hessel Bank"});
  auto lab = ExtractText(
      "IonQ's $54.5 million contract with the Air Force Research Laboratory, signed last year, covers quantum "
      "networking hardware.");
  ASSERT_EQ(lab.size(), 1u);
  EXPECT_EQ(lab[0].from, Names{"Air Force Research Laboratory"});
  EXPECT_EQ(lab[0].to, Names{"IonQ"});
  auto backers = ExtractText(
      "Synthesia's Series D was led by NEA, with WiL, Atlassian Ventures and PSP Growth coming in as new backers.");
  ASSERT_EQ(backers.size(), 1u);
  EXPECT_EQ(backers[0].from, (Names{"NEA", "WiL", "Atlassian Ventures", "PSP Growth"}));
  auto two = ExtractText(
      "Figure AI raised $675 million last year from investors including Microsoft, Nvidia and the OpenAI Startup "
      "Fund, and said in September that it had raised more than $1 billion in a Series C led by Parkway Venture "
      "Capital.");
  ASSERT_GE(two.size(), 1u);
  EXPECT_EQ(two[0].from, (Names{"Microsoft", "NVIDIA", "OpenAI Startup Fund"}));
}

TEST(ExtractorTest, AContractSignedByABuyerInThePerfect) {
  // "A 30 million euro cloud contract has been signed by X, a Nantes maker of
  // AI tools, with Y": X buys Y's cloud.
  auto deals = ExtractText(
      "A 30 million euro, four-year cloud contract has been signed by Caillebotte Sante, a Nantes-based maker of AI "
      "tools for hospitals, with Brumaire Cloud, a Rennes hosting company.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kPurchase);
  EXPECT_EQ(deals[0].from, Names{"Caillebotte Sante"});
  EXPECT_EQ(deals[0].to, Names{"Brumaire Cloud"});
  EXPECT_EQ(deals[0].asset, Asset::kCloud);
}

TEST(ExtractorTest, TalksWithNoSubjectAndMinorityShareholdersBoughtOut) {
  // "Talks to acquire X broke down": the article's own company's talks.
  // "bought out the minority shareholders of X": the rest of X. "Y, which
  // bought X for $139 million": Y, named only there, is a company.
  auto talks = ExtractText(
      "Corvale Semiconductor builds chips for cars.\n\nCorvale Semiconductor grew fast this year. Talks to acquire "
      "Israeli start-up Ravid Compute broke down in June without agreement.");
  ASSERT_EQ(talks.size(), 1u);
  EXPECT_EQ(talks[0].type, DealType::kAcquisition);
  EXPECT_EQ(talks[0].from, Names{"Corvale Semiconductor"});
  EXPECT_EQ(talks[0].to, Names{"Ravid Compute"});
  EXPECT_EQ(talks[0].status, DealStatus::kCancelled);
  auto rest =
      ExtractText("Emerson this year bought out the minority shareholders of AspenTech for about $7.2 billion.");
  ASSERT_EQ(rest.size(), 1u);
  EXPECT_EQ(rest[0].to, Names{"AspenTech"});
  auto which = ExtractText(
      "Commure, which bought Augmedix for about $139 million last year, is widely expected by bankers to keep "
      "shopping.");
  ASSERT_EQ(which.size(), 1u);
  EXPECT_EQ(which[0].from, Names{"Commure"});
  EXPECT_EQ(which[0].to, Names{"Augmedix"});
}

TEST(ExtractorTest, RoundsThatAlsoIncludedAndTalksEndedByAnUnknownName) {
  // "X led the round, which also included new investors A and B": they join
  // the round. "Y has ended talks to buy Z": Y, named only there, is a company.
  auto round = ExtractText(
      "Stacklane said it had raised $38 million in a Series B. Harlow Street Ventures led the round, which also "
      "included new investors Pinecrest Growth and Ostara Partners.");
  ASSERT_EQ(round.size(), 1u);
  EXPECT_EQ(round[0].from, (Names{"Harlow Street Ventures", "Pinecrest Growth", "Ostara Partners"}));
  auto ended = ExtractText(
      "Audiomax has ended talks to buy Soundpost, the podcast advertising network owned by Tallis Media, after the "
      "two sides failed to agree on a price.");
  ASSERT_EQ(ended.size(), 1u);
  EXPECT_EQ(ended[0].from, Names{"Audiomax"});
  EXPECT_EQ(ended[0].to, Names{"Soundpost"});
  EXPECT_EQ(ended[0].status, DealStatus::kCancelled);
}

TEST(ExtractorTest, ATradeOpeningTheSentenceIsNoPartOfTheName) {
  // "Distributor Copperline has signed a reseller agreement with Y": the
  // trade is capitalized only because it opens the sentence.
  auto deals = ExtractText("Distributor Copperlane has signed a reseller agreement with Israeli firm Netzer Security.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kPartnership);
  EXPECT_EQ(deals[0].from, Names{"Copperlane"});
  EXPECT_EQ(deals[0].to, Names{"Netzer Security"});
}

TEST(ExtractorTest, ABuyerBeforeAParticiplesDescription) {
  // "Y, best known for the XRP token, is buying X": Y, named only there, buys.
  auto deals = ExtractText(
      "And Ripplane, best known for the XRP token, is buying prime broker Hidden Road for $1.25 billion.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].from, Names{"Ripplane"});
  EXPECT_EQ(deals[0].to, Names{"Hidden Road"});
}

TEST(ExtractorTest, ADatelineOfTwoCitiesNamesNoOne) {
  // "PARIS and AUSTIN, Texas - Corvane, the software provider, announced a
  // partnership with Y": the cities of the dateline are no parties.
  auto deals = ExtractText(
      "Corvane and Mistral AI team up\n\nPARIS and AUSTIN, Texas - Corvane, the customer-service software provider, "
      "on Monday announced a strategic partnership with Mistral AI to bring its models to banks.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kPartnership);
  EXPECT_EQ(deals[0].from, Names{"Corvane"});
  EXPECT_EQ(deals[0].to, Names{"Mistral AI"});
}

TEST(ExtractorTest, ADenialOfAReportAboutSellingItself) {
  // "X denied a report that it was in talks to sell itself to Y": X, named
  // only there, is the company; the talks are denied.
  auto deals = ExtractText(
      "Sable Quantix denied a report in The Information that it was in talks to sell itself to networking-equipment "
      "maker Corvane for roughly $700 million.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kAcquisition);
  EXPECT_EQ(deals[0].from, Names{"Corvane"});
  EXPECT_EQ(deals[0].to, Names{"Sable Quantix"});
  EXPECT_EQ(deals[0].status, DealStatus::kCancelled);
}

TEST(ExtractorTest, ADealNounClosingInAnEarlierYear) {
  // "X's $28 billion purchase of Y was quicker, closing in March 2024": done,
  // when the article's latest year is later.
  auto deals = ExtractText(
      "Halvane merged with Cortessa in 2025. Cisco's $28 billion purchase of Splunk was quicker, closing in March "
      "2024 about six months after it was unveiled.");
  ASSERT_EQ(deals.size(), 2u);
  EXPECT_EQ(deals[1].to, Names{"Splunk"});
  EXPECT_EQ(deals[1].status, DealStatus::kCompleted);
}

TEST(ExtractorTest, TalksThatHaveSinceEnded) {
  // "X had held merger talks with Y. Those discussions have since ended.": the
  // talks are off.
  auto deals = ExtractText(
      "The Wall Street Journal reported that Pitchmoor Media had also held merger talks with Rendell Sports Group. "
      "Those discussions have since ended, according to one of the people.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].from, Names{"Pitchmoor Media"});
  EXPECT_EQ(deals[0].status, DealStatus::kCancelled);
}

TEST(ExtractorTest, TermsOfASignedAgreementAreAgreed) {
  // "signed a letter of intent with Y under which the chipmaker would invest
  // up to $100 billion": agreed, not a hypothesis; "is negotiating a deal
  // under which ... would" stays talks.
  auto signed_deal = ExtractText(
      "Calder AI signed a letter of intent with Nvidia under which the chipmaker would invest up to $100 billion in "
      "Calder AI.");
  ASSERT_EQ(signed_deal.size(), 1u);
  EXPECT_EQ(signed_deal[0].status, DealStatus::kAnnounced);
  auto talks = ExtractText(
      "Calder AI is negotiating a deal with Nvidia under which the chipmaker would invest up to $100 billion in "
      "Calder AI.");
  ASSERT_EQ(talks.size(), 1u);
  EXPECT_EQ(talks[0].status, DealStatus::kTalks);
}

TEST(ExtractorTest, AParticipleAfterAPerfectIsDone) {
  // "X has since pushed deeper into networking, buying Y for $2.3 billion":
  // done; "X has agreed to pay ..., buying" is not.
  auto done = ExtractText(
      "The Finnish company Nokia has since pushed deeper into optical networking, buying US group Infinera for $2.3 "
      "billion.");
  ASSERT_EQ(done.size(), 1u);
  EXPECT_EQ(done[0].status, DealStatus::kCompleted);
  auto said = ExtractText("Nokia has said it will grow, buying US group Infinera for $2.3 billion.");
  ASSERT_EQ(said.size(), 1u);
  EXPECT_EQ(said[0].status, DealStatus::kAnnounced);
}

TEST(ExtractorTest, ARivalBeforeANameDescribesIt) {
  // "acquired by Adobe rival Pixwick": the buyer is the rival, not the company it is compared with.
  auto a = ExtractText("Tessmoor, a design-software maker, has been acquired by Adobe rival Pixwick, the companies said.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].from, Names{"Pixwick"});
  EXPECT_EQ(a[0].to, Names{"Tessmoor"});
}

TEST(ExtractorTest, ADecimalShareJustOverHalfIsControl) {
  // "a 50.03% stake": more than half, an acquisition; "a 49.9% stake" is not.
  auto a = ExtractText("In 2023 Etherline paid $400 million for a 50.03% stake in Corvane Mobility.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kAcquisition);
  auto b = ExtractText("In 2023 Etherline paid $400 million for a 49.9% stake in Corvane Mobility.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].type, DealType::kInvestment);
}

TEST(ExtractorTest, ARoundMemberDescribedThenNamed) {
  // "with participation from A and the company's seed investor, B": B is a
  // member too; "..., and Canada's Y secured ..." starts a raise of its own.
  auto a = ExtractText(
      "Quellbyte raised $42 million in a Series A round. The round was led by Ironmoor Ventures, with participation "
      "from Cobalt Fell Capital and the company's seed investor, Harrowgate Ventures.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].from, (Names{"Ironmoor Ventures", "Cobalt Fell Capital", "Harrowgate Ventures"}));
}

TEST(ExtractorTest, WhatWasPaidForIsNoSubject) {
  // "X paid N for Britain's Y in 2021 and, a year later, took majority
  // control of Z": X took control of Z, not Y.
  auto a = ExtractText(
      "Halvorsen Games paid 300 million pounds for Britain's Quarry Studios in 2021 and, a year later, took majority "
      "control of Kestrel Games, the Guangzhou developer of a hit title.");
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[1].from, Names{"Halvorsen Games"});
  EXPECT_EQ(a[1].to, Names{"Kestrel Games"});
}

TEST(ExtractorTest, TheBodyNamesTheHeadlinesPartiesInFull) {
  // A headline's "Samsung venture fund ... Corvik" is the body's "Samsung
  // Catalyst Fund ... Corvik Silicon": one deal, with the body's names.
  auto a = ExtractText(
      "Samsung venture fund in talks to back chip designer Corvik\n\n"
      "Samsung Catalyst Fund is in talks to lead an investment of about $100 million in Corvik Silicon, a designer of "
      "inference chips, people familiar with the matter said.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].from, Names{"Samsung Catalyst Fund"});
  EXPECT_EQ(a[0].to, Names{"Corvik Silicon"});
}

TEST(ExtractorTest, ASourceOfFiguresIsNoAntecedent) {
  // "according to LSEG data": a source of figures, not "the company" of the
  // next sentence.
  auto a = ExtractText(
      "Halvorsen Semiconductor said its backlog rose to a record. Revenue beat forecasts, according to LSEG data. The company "
      "also closed the purchase of Pellmark Optics, a Danish maker of optical engines, during the quarter.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].from, Names{"Halvorsen Semiconductor"});
  EXPECT_EQ(a[0].to, Names{"Pellmark Optics"});
}

TEST(ExtractorTest, AnApproachForAMinorityStakeIsAnInvestment) {
  // "rejected an approach from Y for a 30% stake": an investment; for 60%, control.
  auto a = ExtractText("Tanjong Fibre said its board had rejected an approach from Johor Digital Holdings for a 30% stake.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kInvestment);
  EXPECT_EQ(a[0].from, Names{"Johor Digital Holdings"});
  auto b = ExtractText("Tanjong Fibre said its board had rejected an approach from Johor Digital Holdings for a 60% stake.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].type, DealType::kAcquisition);
}

TEST(ExtractorTest, LendingAndBorrowingAreInvestments) {
  // Debt is money from the lender to the borrower: "has lent $N to Y's
  // campus" (done), "is in talks to borrow as much as $N from Y" (talks).
  auto lent = ExtractText("Orsk Bank has now lent more than $9 billion to Caldera Compute's campus in Texas.");
  ASSERT_EQ(lent.size(), 1u);
  EXPECT_EQ(lent[0].type, DealType::kInvestment);
  EXPECT_EQ(lent[0].from, Names{"Orsk Bank"});
  EXPECT_EQ(lent[0].to, Names{"Caldera Compute"});
  EXPECT_EQ(lent[0].status, DealStatus::kCompleted);
  auto borrow = ExtractText("Kestrel Grid is in talks to borrow as much as $750 million from Ardent Holm, secured against its chips.");
  ASSERT_EQ(borrow.size(), 1u);
  EXPECT_EQ(borrow[0].from, Names{"Ardent Holm"});
  EXPECT_EQ(borrow[0].to, Names{"Kestrel Grid"});
  EXPECT_EQ(borrow[0].status, DealStatus::kTalks);
  // Borrowing with no lender named is no deal between two parties.
  EXPECT_TRUE(ExtractText("Kestrel Grid borrowed $750 million last year.").empty());
}

TEST(ExtractorTest, APhrasesObjectBeforeTheSubjectIsNoBuyer) {
  // "..., as part of a restructuring of its relationship with Y, X contracted
  // to purchase ...": X buys alone; "a consortium of A, B and C agreed" keeps all three.
  auto a = ExtractText(
      "In late October, as part of a restructuring of its relationship with Microsoft, Calder AI contracted to "
      "purchase an incremental $25 billion of Azure services.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].from, Names{"Calder AI"});
  auto b = ExtractText(
      "A consortium of Ravel Capital, Nordic Capital and the Abu Dhabi Investment Authority agreed to buy Halden "
      "Wealth.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].from.size(), 3u);
}

TEST(ExtractorTest, TheFirstDealsObjectIsNoCoBuyerOfTheNext) {
  // "Oracle's purchase of Cerner and Microsoft's takeover of Y": Microsoft alone buys Y.
  auto a = ExtractText(
      "The deal follows Orvane's $2.3 billion purchase of Kelder Health and Halvern's $1.7 billion takeover of "
      "Quillon Records, both completed in 2022.");
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[1].from, Names{"Halvern"});
  EXPECT_EQ(a[1].to, Names{"Quillon Records"});
}

TEST(ExtractorTest, ATimelinesMonthIsNoPartOfTheName) {
  // "October - Brightwater Pharma agreed to ...": the entry's month is no part of the buyer's name.
  auto a = ExtractText("October - Brightwater Pharma agreed to buy Vireo Labs for $900 million.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].from, Names{"Brightwater Pharma"});
}

TEST(ExtractorTest, AUnitNamedAfterItsOwnersPossessiveIsBought) {
  // "its planned purchase of Delivery Hero's Foodpanda business": the unit.
  auto a = ExtractText("Orvane walked away in March from its planned $950 million purchase of Delivery Hero's Quickpanda "
                       "business in Taiwan.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].to, Names{"Quickpanda"});
}

TEST(ExtractorTest, APersonsSharesSoldAreAStakeInHerCompany) {
  // "X, co-founder of Y, has sold about a third of her shares to Z": Z invests in Y.
  auto a = ExtractText(
      "Meera Lakshmanan, co-founder of marketplace Tessmoor, has sold about a third of her shares to Straits Harbour "
      "Capital for about $85 million.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kInvestment);
  EXPECT_EQ(a[0].from, Names{"Straits Harbour Capital"});
  EXPECT_EQ(a[0].to, Names{"Tessmoor"});
}

TEST(ExtractorTest, ThePairPartnersWithAThird) {
  // "The two companies announced a partnership with Z worth $1 billion": the
  // pair on one side, Z on the other, and the amount past Z.
  auto a = ExtractText(
      "Orvane Cloud and Halvern Data said they would build a campus in Kenya. The two companies announced a "
      "partnership with the Kenyan government worth $1 billion.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kPartnership);
  EXPECT_EQ(a[0].from, (Names{"Orvane Cloud", "Halvern Data"}));
  EXPECT_EQ(a[0].to, Names{"Kenyan government"});
  ASSERT_TRUE(a[0].amount);
  EXPECT_DOUBLE_EQ(a[0].amount->value, 1e9);
}

TEST(ExtractorTest, TakePrivateBeforeItsTarget) {
  // "in early talks to take private Tenma Systems": a buyout in talks.
  auto a = ExtractText("Buyout fund Karasuma Partners is in early talks to take private Tenmaru Systems, a software developer.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kAcquisition);
  EXPECT_EQ(a[0].from, Names{"Karasuma Partners"});
  EXPECT_EQ(a[0].to, Names{"Tenmaru Systems"});
  EXPECT_EQ(a[0].status, DealStatus::kTalks);
}

TEST(ExtractorTest, BuyingTheSharesNotAlreadyOwned) {
  // "spent N last year buying the shares of Y that it did not already own":
  // the rest of Y, control, and done.
  auto a = ExtractText(
      "Kurobane Holdings spent about 240 billion yen last year buying the shares of Kurobane Data that it did not "
      "already own.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kAcquisition);
  EXPECT_EQ(a[0].status, DealStatus::kCompleted);
}

TEST(ExtractorTest, TheSameCompanyIsTheObjectNamedBefore) {
  // "X has invested $8 billion in Y, and Z has put $3 billion into the same company": Y.
  auto a = ExtractText(
      "Orvane has invested $8 billion in Calder AI, and Halvern Capital has put about $3 billion into the same "
      "company.");
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[1].from, Names{"Halvern Capital"});
  EXPECT_EQ(a[1].to, Names{"Calder AI"});
}

TEST(ExtractorTest, AFounderInTheDescriptionIsNoAntecedent) {
  // "Y, the lab started by Ilya Sutskever, which raised $2 billion": Y raised it.
  auto a = ExtractText(
      "It would also top Quellon Labs, the lab started by Ilya Sutskever, which raised $2 billion in April in a round "
      "led by Greenmoor Capital.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].from, Names{"Greenmoor Capital"});
  EXPECT_EQ(a[0].to, Names{"Quellon Labs"});
}

TEST(ExtractorTest, TheSameFirmAsASubjectIsTheSubjectBefore) {
  // "X paid $5.3 billion for Y, and last month the same firm agreed to acquire Z": X buys Z.
  auto a = ExtractText(
      "In Britain, Halvern Partners paid $5.3 billion for cybersecurity group Darkwell, and last month the same firm "
      "agreed to acquire payroll software maker Dayline for $12.3 billion.");
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[1].from, Names{"Halvern Partners"});
  EXPECT_EQ(a[1].to, Names{"Dayline"});
}

TEST(ExtractorTest, AnAgreementsOwnerPastATime) {
  // "X's agreement in March to acquire Y": X buys.
  auto a = ExtractText("It points to Cisco's agreement in March to acquire Israeli security company Wizmoor for $3.2 billion.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].from, Names{"Cisco"});
  EXPECT_EQ(a[0].to, Names{"Wizmoor"});
}

TEST(ExtractorTest, AConsortiumsDescribedMembersAndOwnersBeforeHaving) {
  // "a consortium including A, its B unit and Abu Dhabi's C agreed to buy Y": all three.
  auto a = ExtractText(
      "In October, a consortium including BlackRock, its Global Infrastructure Partners unit and Abu Dhabi's MGX "
      "agreed to buy Alder Data Centers for $4 billion.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].from, (Names{"BlackRock", "Global Infrastructure Partners", "MGX"}));
  // "opened with A and B having completed their acquisition of Y": A and B bought Y.
  auto b = ExtractText(
      "The year opened with Blackmoor Capital and Ridgeline Pension having just completed their acquisition of "
      "Sydney-based Airvault for more than A$2.4 billion.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].from, (Names{"Blackmoor Capital", "Ridgeline Pension"}));
  EXPECT_EQ(b[0].to, Names{"Airvault"});
}

TEST(ExtractorTest, AStakeSoldInThePassive) {
  // "A 49% stake in X's Spanish business, Y, was sold to Z": Z invests in Y;
  // a 60% stake is control.
  auto a = ExtractText(
      "A 49% stake in Kestrel Data's Spanish business, Kestrel Iberia, was sold to Dutch pension investor Zuidmoor "
      "Capital in September for about EUR 700 million.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kInvestment);
  EXPECT_EQ(a[0].from, Names{"Zuidmoor Capital"});
  EXPECT_EQ(a[0].to, Names{"Kestrel Iberia"});
  EXPECT_EQ(a[0].status, DealStatus::kCompleted);
  auto b = ExtractText("A 60% stake in Kestrel Iberia was sold to Zuidmoor Capital in 2024.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].type, DealType::kAcquisition);
}

TEST(ExtractorTest, ARankedDealToldBeforeAndANegatedMember) {
  // "It would be Google's largest acquisition by far": no second deal.
  auto a = ExtractText("Google agreed to buy Wizmoor for $3.2 billion. It would be Google's largest acquisition by far.");
  ASSERT_EQ(a.size(), 1u);
  // "X ... was not named among the investors": no member of the round.
  auto b = ExtractText(
      "Halvern Capital agreed to lead a $400 million funding round in Orvane AI, with Thrive Capital also "
      "participating. Microsoft, which has invested about $13 billion in Orvane AI since 2019, was not named among "
      "the investors.");
  ASSERT_EQ(b.size(), 2u);
  EXPECT_EQ(b[0].from, (Names{"Halvern Capital", "Thrive Capital"}));
}

TEST(ExtractorTest, ABackerInsideAnAppositionIsNoAntecedent) {
  // "X is owned by Y, the company backed by Z, which bought it": Y bought X.
  auto a = ExtractText(
      "Scoperly is owned by Savant Games Group, the company backed by Halvern Capital, which bought it for $4.9 "
      "billion in 2023.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].from, Names{"Savant Games Group"});
}

TEST(ExtractorTest, FundingFromInvestorsItDeclinedToName) {
  // "from investors it declined to name": "it" is the company, no investor.
  auto a = ExtractText(
      "Index Ventures took part. Palisade Labs emerged this month with $45 million in seed funding from investors it "
      "declined to name.");
  for (const auto& d : a) {
    EXPECT_NE(d.from, Names{"Index Ventures"});
  }
}

TEST(ExtractorTest, AFundraiseIsARound) {
  // "completed a fundraise of about $850 million from investors led by X, with Y also taking part".
  auto a = ExtractText(
      "Pharvo completed a fundraise of about $850 million in 2023 from investors led by General Atlantic, with Ribbit "
      "Capital also taking part.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].from, (Names{"General Atlantic", "Ribbit Capital"}));
  EXPECT_EQ(a[0].to, Names{"Pharvo"});
}

TEST(ExtractorTest, NegotiatingWithSeveralSuppliersOverEquipment) {
  // "is negotiating with A and B over etch and deposition equipment": talks to buy from each.
  auto a = ExtractText(
      "Halvard Semiconductor is also negotiating with Tokyo Electron and Lam Research over etch and deposition "
      "equipment for the same site.");
  ASSERT_EQ(a.size(), 2u);
  for (const auto& d : a) {
    EXPECT_EQ(d.type, DealType::kPurchase);
    EXPECT_EQ(d.from, Names{"Halvard Semiconductor"});
    EXPECT_EQ(d.status, DealStatus::kTalks);
  }
}

TEST(ExtractorTest, ALeadInARelativeClauseAndSoundingOut) {
  // "in a round that Alibaba is expected to lead": Alibaba leads; "has been
  // sounding out Y about taking a stake": talks.
  auto a = ExtractText(
      "Qinghe AI is in discussions to raise as much as $600 million in a round that Alibaba is expected to lead.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].from, Names{"Alibaba"});
  EXPECT_EQ(a[0].status, DealStatus::kTalks);
  auto b = ExtractText("Baidu has been sounding out Qingluo Robotics about a $50 million investment in the company.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].status, DealStatus::kTalks);
}

TEST(ExtractorTest, AContractToServeAClientIsTheClientsPurchase) {
  // "X has signed a contract to fly 14 missions for Y": Y buys the service from X.
  auto a = ExtractText(
      "Kestrel Launch has signed a contract to fly as many as 14 missions for Orbanis, a Toronto-based broadband "
      "start-up, in a deal the companies valued at more than $420 million.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kPurchase);
  EXPECT_EQ(a[0].from, Names{"Orbanis"});
  EXPECT_EQ(a[0].to, Names{"Kestrel Launch"});
}

TEST(ExtractorTest, ASourceAfterAccordingToIsNoParty) {
  // "..., according to Arabian Business": the outlet credited is no buyer,
  // known or not.
  auto a = ExtractText("Dubai fashion marketplace Lamsa has held early talks with Noon about a sale, according to "
                       "Levant Business Weekly.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].from, Names{"Noon"});
  EXPECT_EQ(a[0].to, Names{"Lamsa"});
  EXPECT_TRUE(ExtractText("The ministry has hired Rothschild & Co as adviser on the sale, according to Kunlik.uz.")
                  .empty());
}

TEST(ExtractorTest, AnOwnerAfterByAndAPlacesPossessiveIsNoSubject) {
  // "X, owned by Saudi Arabia's Y, completed its acquisition": X buys.
  auto a = ExtractText("Corvel Games, owned by Saudi Arabia's Harlow Capital, completed its $400 million acquisition "
                       "of mobile publisher Pinnacle Studio in 2023.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].from, Names{"Corvel Games"});
  EXPECT_EQ(a[0].to, Names{"Pinnacle Studio"});
}

TEST(ExtractorTest, CoInvestorsAlongsideAfterTheInvestee) {
  // "led a round in Y, alongside A and B": A and B invest, Y receives; "the
  // total raised in the round" is no raise of its own.
  auto a = ExtractText("Ravenhill makes payroll software. It led a 35 million euro funding round in payroll start-up "
                       "Lohnwerk, alongside Cherry Ventures and Point Nine.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].from, (Names{"Ravenhill", "Cherry Ventures", "Point Nine"}));
  EXPECT_EQ(a[0].to, Names{"Lohnwerk"});
  auto b = ExtractText("Existing investors Atlas Partners and Ribeira Capital will invest a further 12 million euros "
                       "in Veltrana alongside the operator, bringing the total raised in the round to 52 million euros.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].to, Names{"Veltrana"});
}

TEST(ExtractorTest, AContractForAccessToSystemsIsTheSignersPurchase) {
  // "signed a contract with Y, the former bitcoin miner, for access to Nvidia
  // systems": the signer buys from Y, whatever its own trade.
  auto a = ExtractText("In November Microsoft signed a five-year, $9.7 billion contract with Corrandi, the Australian "
                       "former bitcoin miner, for access to Nvidia GB300 systems at its Texas campus.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].from, Names{"Microsoft"});
  EXPECT_EQ(a[0].to, Names{"Corrandi"});
}

TEST(ExtractorTest, VerbsJoinedByCommasShareTheSubject) {
  // "X took A private ..., bought B ..., and then acquired C": X buys all three.
  auto a = ExtractText("Harrowgate Equity took Sailmark private for $6.9 billion in 2022, bought Pingora Identity for "
                       "$2.8 billion the same year, and then acquired Forgemont for $2.3 billion.");
  ASSERT_EQ(a.size(), 3u);
  for (const Deal& d : a) EXPECT_EQ(d.from, Names{"Harrowgate Equity"});
}

TEST(ExtractorTest, APartnerTogetherWithInARelativeClauseInvestsToo) {
  // "Sony, which together with Lego owner KIRKBI put $2 billion into Y": both invest.
  auto a = ExtractText("Sony, which together with investment firm Brickhaven put $2 billion into Ember Games in 2022, "
                       "reports quarterly results next week.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].from, (Names{"Sony", "Brickhaven"}));
  EXPECT_EQ(a[0].to, Names{"Ember Games"});
}

TEST(ExtractorTest, ARoundWithItsOwnLeadReadsItsJoiners) {
  // "X raises $210 million. The maker closed a $210 million Series B led by A,
  // with B and C participating": all three invest in X.
  auto a = ExtractText("Parallax Robotics raises $210 million. The Pittsburgh warehouse-robot maker closed a $210 "
                       "million Series B led by Kestrel Ventures, with Harbourline Capital and Osaka-based Minato "
                       "Partners participating.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].from, (Names{"Kestrel Ventures", "Harbourline Capital", "Minato Partners"}));
  EXPECT_EQ(a[0].to, Names{"Parallax Robotics"});
}

TEST(ExtractorTest, InvestorsNamedAmongTheLeads) {
  // "X, which raised $250 million ..., with A and B among the leads": A and B invest.
  auto a = ExtractText("Applied Veritas, which raised $250 million at a $6 billion valuation in March 2024, with Lux "
                       "Harbor and Porsche Investments Management among the leads, says its tools are widely used.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].from, (Names{"Lux Harbor", "Porsche Investments Management"}));
  EXPECT_EQ(a[0].to, Names{"Applied Veritas"});
}

TEST(ExtractorTest, AnEquityFinancingLedByXWithParticipants) {
  // "a €260 million equity financing led by X, with participation from A and
  // existing shareholder B": all three invest.
  auto a = ExtractText("Vireo Compute has completed a 260 million euro equity financing led by Nordkap Capital, with "
                       "participation from Kaleva Mutual Pension and existing shareholder Blue Fjord Ventures.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].from, (Names{"Nordkap Capital", "Kaleva Mutual Pension", "Blue Fjord Ventures"}));
}

TEST(ExtractorTest, MoneyIntoAnUnnamedUnitGoesToItsOwner) {
  // "put a combined $1 billion into Coherent's silicon carbide business": the
  // unit has no name of its own, so the owner receives.
  auto a = ExtractText("Tanaka Denki and Mitsuwa Electric agreed to put a combined $1 billion into Corvell's silicon "
                       "carbide business.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].from, (Names{"Tanaka Denki", "Mitsuwa Electric"}));
  EXPECT_EQ(a[0].to, Names{"Corvell"});
}

TEST(ExtractorTest, ShelvedTalksToRentCapacityToADescribedLessee) {
  // "has shelved talks to rent capacity to Chinese AI developer Y": Y would
  // have rented from the subject; the talks are off.
  auto a = ExtractText("Meranti Compute, a Malaysian operator of GPU data centres, has shelved talks to rent "
                       "Nvidia-powered computing capacity to Chinese AI developer Qingyu AI.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].from, Names{"Qingyu AI"});
  EXPECT_EQ(a[0].to, Names{"Meranti Compute"});
  EXPECT_EQ(a[0].status, DealStatus::kCancelled);
}

TEST(ExtractorTest, MoneyPutIntoExtendingOnesOwnNetworkIsNoDeal) {
  // "has since put more than $60 million into extending its network": spending, no investee.
  auto a = ExtractText("Ridgeline Fiber is owned by Calder Point Capital, a Columbus infrastructure investor, which "
                       "has since put more than $60 million into extending its network into three counties.");
  for (const Deal& d : a) EXPECT_FALSE(d.amount && d.amount->value == 60e6);
}

TEST(ExtractorTest, AListMemberBeforeATimeIsAName) {
  // "from Kestrel Point and Oakmere last year": Oakmere, unknown, is the list's
  // second investor.
  auto a = ExtractText("Tessellate makes maps. The company raised 22 million euros from Kestrel Point and Oakmere "
                       "last year.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].from, (Names{"Kestrel Point", "Oakmere"}));
}

TEST(ExtractorTest, AStakeInItsNetworkSoldIsAnInvestmentInTheOwner) {
  // "X sold a 40% stake in its fibre network to Y": Y invests in X (the network has no name).
  auto a = ExtractText("Sydvest Telecom sold a 40% stake in its fibre network to Aurland Capital for $600 million in 2023.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kInvestment);
  EXPECT_EQ(a[0].from, Names{"Aurland Capital"});
  EXPECT_EQ(a[0].to, Names{"Sydvest Telecom"});
}

TEST(ExtractorTest, PluralAgreementsWithSeveralPartnersAreOneEach) {
  // "struck similar agreements with A and B": two partnerships, one per partner.
  auto a = ExtractText("Harlow Data later struck similar agreements with Corvane Cloud and Tessaly Compute.");
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[0].to, Names{"Corvane Cloud"});
  EXPECT_EQ(a[1].to, Names{"Tessaly Compute"});
  auto b = ExtractText("Harlow Data struck an agreement with Corvane Cloud and Tessaly Compute.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].to.size(), 2u);
}

TEST(ExtractorTest, LettersOfIntentFromTwoSuppliersAreTwoDeals) {
  // "A and B signed letters of intent to supply memory chips to Y": Y buys from each.
  auto a = ExtractText("Hanbit Memory and Daesan Semiconductor signed letters of intent on Wednesday to supply memory "
                       "chips to Corvane AI for its data centres.");
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[0].from, Names{"Corvane AI"});
  EXPECT_EQ(a[0].to, Names{"Hanbit Memory"});
  EXPECT_EQ(a[1].to, Names{"Daesan Semiconductor"});
}

TEST(ExtractorTest, BuyersTogetherWithOthersBetweenCommas) {
  // "A group led by X, together with Y and Z, completed its tender offer for W": all three buy.
  auto a = ExtractText("Last month a group led by Harukaze Capital, together with the Development Bank of Japan and "
                       "Mitsui Chemicals, completed its tender offer for substrate maker Shinkai Electric.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].from, (Names{"Harukaze Capital", "Development Bank of Japan", "Mitsui Chemicals"}));
  EXPECT_EQ(a[0].to, Names{"Shinkai Electric"});
}

TEST(ExtractorTest, TalksToJoinAnotherCompanysRound) {
  // "is in talks to join OpenAI's funding round": an investment under discussion.
  auto a = ExtractText("Harlow Devices is in talks to join Corvane AI's latest funding round.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kInvestment);
  EXPECT_EQ(a[0].from, Names{"Harlow Devices"});
  EXPECT_EQ(a[0].to, Names{"Corvane AI"});
  EXPECT_EQ(a[0].status, DealStatus::kTalks);
}

TEST(ExtractorTest, ALeadInAnInWhichClause) {
  // "Moonshot AI, in which Alibaba led a financing of $1 billion": Moonshot raised it.
  auto a = ExtractText("Yuexin AI, in which Alibaba led a financing of more than 1 billion US dollars in early 2024, "
                       "released a new model.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].from, Names{"Alibaba"});
  EXPECT_EQ(a[0].to, Names{"Yuexin AI"});
}

TEST(ExtractorTest, CompaniesThatWereEachDiscussingFunding) {
  // "A, B and C were each discussing funding from X": one deal per company.
  auto a = ExtractText("The Wall Street Journal reported in October that Halvorsen Quantum, Tessel Qubits and Corvane "
                       "Photonics were each discussing funding from the Commerce Department in exchange for equity, with awards "
                       "of at least $10 million apiece.");
  ASSERT_EQ(a.size(), 3u);
  for (const Deal& d : a) EXPECT_EQ(d.to.size(), 1u);
}

TEST(ExtractorTest, AnAgreementPricedInTheNextSentenceIsASale) {
  // "in talks with Y over a multi-year agreement to deploy Y's models ... The
  // arrangement could be worth more than $150 million": the insurer buys.
  auto a = ExtractText("Calloway Mutual, the Ohio insurer, is in advanced talks with Sorrento Labs over a multi-year "
                       "agreement to deploy the start-up's models across its claims operations. The arrangement could "
                       "be worth more than $150 million over three years, the people said.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kPurchase);
  EXPECT_EQ(a[0].from, Names{"Calloway Mutual"});
  EXPECT_EQ(a[0].to, Names{"Sorrento Labs"});
}

TEST(ExtractorTest, TwoTakeoversWithAmountsRespectively) {
  // "bought A and B for $625 million and $400 million respectively": each its own amount.
  auto a = ExtractText("Tollgate Networks bought two start-ups, Talvik Security and Dorne Data, for $625 million and "
                       "$400 million respectively.");
  ASSERT_EQ(a.size(), 2u);
  ASSERT_TRUE(a[0].amount && a[1].amount);
  EXPECT_DOUBLE_EQ(a[0].amount->value, 625e6);
  EXPECT_DOUBLE_EQ(a[1].amount->value, 400e6);
}

TEST(ExtractorTest, ACountedListWithADescriptionPerMember) {
  // "bought two local start-ups, browser security firm A and cloud data specialist B".
  auto a = ExtractText("Tollgate Networks bought two local start-ups, browser security firm Talvik Security and cloud "
                       "data specialist Dorne Data, in 2023.");
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[0].to, Names{"Talvik Security"});
  EXPECT_EQ(a[1].to, Names{"Dorne Data"});
}

TEST(ExtractorTest, JoinersAlsoTakingPartAndEachPastAnApposition) {
  // "led by X, with A and the venture arm of B also taking part": A and B
  // invest; "A and B, the family's holding company, each put $1 billion": two deals.
  auto a = ExtractText("Lumora raised $48 million in a Series B round in 2023 led by Foresite Capital, with Harbor "
                       "Ventures and the venture arm of Calder Health also taking part.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].from, (Names{"Foresite Capital", "Harbor Ventures", "Calder Health"}));
  auto b = ExtractText("Sonora Media and Brickhaven, the Lund family's holding company, each put $1 billion into Ember "
                       "Games in 2022.");
  ASSERT_EQ(b.size(), 2u);
  EXPECT_EQ(b[0].from.size(), 1u);
}

TEST(ExtractorTest, AParentNamedInApposition) {
  // "bought Bethesda's parent, ZeniMax Media, for $7.5 billion": ZeniMax is bought.
  auto a = ExtractText("Harlow Games bought Brightfell's parent, Zenimar Media, for $7.5 billion in 2021.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].to, Names{"Zenimar Media"});
}

TEST(ExtractorTest, ContractsWithSeveralSuppliersToSupplyEquipment) {
  // "signed contracts with A, B and C to supply 4G equipment": the signer buys
  // from the three, who supply.
  auto a = ExtractText("Najd Mobile signed three-year contracts worth about $3.6 billion with Nokia, Ericsson and "
                       "Samsung to supply 4G and 5G equipment.");
  ASSERT_FALSE(a.empty());
  EXPECT_EQ(a[0].type, DealType::kPurchase);
  EXPECT_EQ(a[0].from, Names{"Najd Mobile"});
}

TEST(ExtractorTest, AnAgreementToResellTheOtherSidesGoodsIsAPartnership) {
  // "signed an agreement with Y to sell Y's equipment to its customers": a
  // reseller's alliance, no sale between the two.
  auto a = ExtractText("Tapti Telecom on Tuesday signed an agreement with Skyward Orbital to sell Skyward equipment "
                       "and services to its business and residential customers in India.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kPartnership);
}

TEST(ExtractorTest, AnAgreementsOwnerBeforeItsAmount) {
  // "and Google's $32 billion agreement to buy Wiz": Google buys, not the first clause's buyer.
  auto a = ExtractText("Tollgate Networks agreed in July to acquire Cyberion for about $25 billion, and Corvane AI's $32 "
                       "billion agreement to buy cloud-security firm Wizden, struck in March, remains the largest deal.");
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[1].from, Names{"Corvane AI"});
  EXPECT_EQ(a[1].to, Names{"Wizden"});
}

TEST(ExtractorTest, APowerSupplyAgreementIsBoughtByTheSideThatIsNoEnergyCompany) {
  // "X signed a long-term power supply agreement with Y": the modifier names
  // the goods; whichever side is no energy company buys the power.
  for (const char* text : {"Kestrel Cloud has signed a power supply agreement with Ardent Power.",
                           "Ardent Power has signed a 15-year power supply agreement with Kestrel Cloud.",
                           "Datakarsa has signed a long-term power supply agreement with Perusahaan Listrik for "
                           "the Cikarang site."}) {
    auto deals = ExtractText(text);
    ASSERT_EQ(deals.size(), 1u) << text;
    EXPECT_EQ(deals[0].type, DealType::kPurchase) << text;
    EXPECT_EQ(deals[0].asset, Asset::kInfrastructure) << text;
    EXPECT_NE(deals[0].from, Names{"Ardent Power"}) << text;
    EXPECT_NE(deals[0].from, Names{"Perusahaan Listrik"}) << text;
  }
}

TEST(ExtractorTest, AListMemberAfterACommaIsGovernedLikeTheFirst) {
  // "tools from A, B and C": B is no subject for a later "it" or "the company".
  auto deals = ExtractText(
      "Quillpass's software works alongside sign-in tools from Orrin Systems, Tessaro Cloud and Brightkeel. "
      "The Austin-based company was founded in 2020. It raised $48 million last year in a Series B round led "
      "by Redline Ventures.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kInvestment);
  EXPECT_EQ(deals[0].from, Names{"Redline Ventures"});
  EXPECT_EQ(deals[0].to, Names{"Quillpass"});
}

TEST(ExtractorTest, ARoundAfterASentenceOnTheSameCompanysFundingIsItsOwn) {
  // "Y had raised $52 million. Its most recent round ...": Y's round, not the
  // article's first subject's (the buyer).
  auto deals = ExtractText(
      "Halvard agreed to buy Pinemark for $400 million. Pinemark had raised about $52 million before agreeing "
      "to the sale. Its most recent round, a $35 million Series B in 2023, was led by Fernhill Ventures.");
  ASSERT_EQ(deals.size(), 3u);  // the purchase, the $52 million raised and the round
  EXPECT_EQ(deals[2].type, DealType::kInvestment);
  EXPECT_EQ(deals[2].from, Names{"Fernhill Ventures"});
  EXPECT_EQ(deals[2].to, Names{"Pinemark"});
}

TEST(ExtractorTest, RivalSuitorsBidEachOnTheirOwn) {
  // "A and B are among the suitors for Y": two bids, not a joint one.
  auto deals = ExtractText(
      "Buyout firms Greyfield Partners and Castellan Equity are among the suitors weighing bids for Vireo "
      "Robotics, according to people familiar with the matter.");
  ASSERT_EQ(deals.size(), 2u);
  EXPECT_EQ(deals[0].from, Names{"Greyfield Partners"});
  EXPECT_EQ(deals[1].from, Names{"Castellan Equity"});
  for (const Deal& d : deals) {
    EXPECT_EQ(d.type, DealType::kAcquisition);
    EXPECT_EQ(d.to, Names{"Vireo Robotics"});
    EXPECT_EQ(d.status, DealStatus::kTalks);
  }
}

TEST(ExtractorTest, ABackerGluedToAParticipleIsNoPartOfTheName) {
  // "SK Telecom-affiliated Quillon Systems": the company is Quillon Systems.
  auto deals = ExtractText("Rebellions merged with SK Telecom-affiliated Quillon Systems in December.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].from, Names{"Rebellions"});
  EXPECT_EQ(deals[0].to, Names{"Quillon Systems"});
}

TEST(ExtractorTest, TalksWithAnotherAboutAPossibleSaleAreItsOwnSale) {
  // "Y is in talks with X about a possible sale": X would buy Y.
  for (const char* text : {"Quillon Labs is in talks with Harrowgate Systems about a possible sale.",
                           "Quillon Labs is in talks with Harrowgate Systems about a potential sale."}) {
    auto deals = ExtractText(text);
    ASSERT_EQ(deals.size(), 1u) << text;
    EXPECT_EQ(deals[0].type, DealType::kAcquisition) << text;
    EXPECT_EQ(deals[0].from, Names{"Harrowgate Systems"}) << text;
    EXPECT_EQ(deals[0].to, Names{"Quillon Labs"}) << text;
    EXPECT_EQ(deals[0].status, DealStatus::kTalks) << text;
  }
}

TEST(ExtractorTest, NetworkingGoodsAreInfrastructure) {
  // "buy $N of optical transceivers / modules / switches from Y": networking goods.
  for (const char* text : {"Orrin Cloud agreed to buy $1.2 billion of optical transceivers from Halden Optics.",
                           "Orrin Cloud agreed to buy $1.2 billion of modules from Halden Optics.",
                           "Orrin Cloud agreed to buy $1.2 billion of network switches from Halden Optics."}) {
    auto deals = ExtractText(text);
    ASSERT_EQ(deals.size(), 1u) << text;
    EXPECT_EQ(deals[0].type, DealType::kPurchase) << text;
    EXPECT_EQ(deals[0].from, Names{"Orrin Cloud"}) << text;
    EXPECT_EQ(deals[0].to, Names{"Halden Optics"}) << text;
    EXPECT_EQ(deals[0].asset, Asset::kInfrastructure) << text;
  }
}

TEST(ExtractorTest, ItsParentIsTheGazetteersParent) {
  // "a round led by its parent": the referent's parent in the gazetteer.
  auto deals = ExtractText("Waymo raised $5.6 billion in a round led by its parent.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kInvestment);
  EXPECT_EQ(deals[0].from, Names{"Alphabet"});
  EXPECT_EQ(deals[0].to, Names{"Waymo"});
}

TEST(ExtractorTest, AGenericDescriptionNeverNamesACompanyTheTextDoesNotMention) {
  // "the software group" fits many companies: it is the one named before, not
  // a company the gazetteer happens to describe that way; a description with
  // a product's name, "the ChatGPT maker", may name one the text has not.
  auto deals = ExtractText(
      "Microsoft said it would cut 650 gaming jobs. Months earlier the software group had completed its $69 "
      "billion takeover of Activision Blizzard.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].from, Names{"Microsoft"});
  EXPECT_EQ(deals[0].to, Names{"Activision Blizzard"});
  auto named = ExtractText("Quillon Labs agreed to invest $500 million in the ChatGPT maker.");
  ASSERT_EQ(named.size(), 1u);
  EXPECT_EQ(named[0].to, Names{"OpenAI"});
}

TEST(ExtractorTest, AKnownNameWithNoDescriptionStillSaysItsTrade) {
  // "rented from KT Cloud": the gazetteer knows the name but describes no
  // trade; "Cloud" in it says it rents out computing, as for an unknown name.
  auto deals = ExtractText(
      "Sorin AI builds models. Its models are trained on graphics processors rented from KT Cloud under a "
      "three-year contract worth more than 30 billion won.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kPurchase);
  EXPECT_EQ(deals[0].from, Names{"Sorin AI"});
  EXPECT_EQ(deals[0].to, Names{"KT Cloud"});
}

TEST(ExtractorTest, AGoodsSupplyDealIsSoldByTheSideWhoseTradeTheGoodsAre) {
  // "an HBM supply deal with Samsung": the chipmaker supplies the chips,
  // whichever side the sentence names first.
  for (const char* text : {"Meranti Compute is negotiating a multi-year HBM supply deal with Samsung.",
                           "Orrin Cloud signed a memory chip supply deal with SK Hynix."}) {
    auto deals = ExtractText(text);
    ASSERT_EQ(deals.size(), 1u) << text;
    EXPECT_EQ(deals[0].type, DealType::kPurchase) << text;
    EXPECT_EQ(deals[0].asset, Asset::kChips) << text;
    EXPECT_TRUE(deals[0].from == Names{"Meranti Compute"} || deals[0].from == Names{"Orrin Cloud"}) << text;
  }
}

TEST(ExtractorTest, AnUnnamedBuyerOfItsGoodsBuysFromTheirOwner) {
  // "X said a large cloud provider had agreed to buy $1.2 billion of its
  // modules": the buyer is not named, so "its" is X, whose goods they are.
  auto deals = ExtractText(
      "Quillon Optics said on Wednesday that a large US cloud provider had agreed to buy up to $1.2 billion of "
      "its 800G and 1.6T modules over five years.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kPurchase);
  EXPECT_TRUE(deals[0].from.empty());
  EXPECT_EQ(deals[0].to, Names{"Quillon Optics"});
  ASSERT_TRUE(deals[0].amount);
  EXPECT_DOUBLE_EQ(deals[0].amount->value, 1.2e9);
}

TEST(ExtractorTest, ANamedPartSoldAsItsNameIsWhatIsSold) {
  // "sell its Optical Solutions Group to Y": the seller's named part is
  // sold, though no unit word ("business", "unit") follows its name.
  auto deals = ExtractText("Tarvik Systems agreed to sell its Precision Sensing Group to Holloway Instruments.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kAcquisition);
  EXPECT_EQ(deals[0].from, Names{"Holloway Instruments"});
  EXPECT_EQ(deals[0].to, Names{"Precision Sensing Group"});
}

TEST(ExtractorTest, TheRoundThatDrewOrIncludedNamesJoinsThem) {
  // "The round also drew X and Y": members of the round told before.
  for (const char* verb : {"also drew", "included", "attracted"}) {
    const std::string text = std::string(
                                 "Pellmark Health raised $60 million in a Series B round led by Northgate Growth. "
                                 "The round ") +
                             verb + " Pinecrest Ventures and Saltmarsh Capital.";
    auto deals = ExtractText(text);
    ASSERT_EQ(deals.size(), 1u) << text;
    EXPECT_EQ(deals[0].from, (Names{"Northgate Growth", "Pinecrest Ventures", "Saltmarsh Capital"})) << text;
  }
}

TEST(ExtractorTest, ItAfterAPurchaseOfAPlacesCompanyIsTheBuyer) {
  // "X completed its purchase of Britain's Y ..., two years after it took Z
  // private": Y follows a preposition and is no subject; "it" is X.
  auto deals = ExtractText(
      "Harwell Equity completed its purchase of Britain's Lunara Cyber for about $5.3 billion in October, two years "
      "after it took Sandwick Software private in a deal valued at $6.9 billion.");
  ASSERT_EQ(deals.size(), 2u);
  EXPECT_EQ(deals[1].from, Names{"Harwell Equity"});
  EXPECT_EQ(deals[1].to, Names{"Sandwick Software"});
}

TEST(ExtractorTest, GoodsSuppliedForItsOwnSitesAreBought) {
  // "it signed an agreement with Y for the supply of cooling systems for its
  // first two sites": the signer buys for its sites ("capacity at its campus"
  // would be the signer's to sell).
  auto deals = ExtractText(
      "Rimara AI is building two data centres near Riyadh. Earlier this year, it signed an agreement with Daeil "
      "Cooling for the supply of liquid-cooling systems for its first two sites.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].from, Names{"Rimara AI"});
  EXPECT_EQ(deals[0].to, Names{"Daeil Cooling"});
}

TEST(ExtractorTest, ASourceAfterItsDescriptionIsNoParty) {
  // "According to trade publication X, the company ...": X is credited for
  // the claim, never the company meant.
  auto deals = ExtractText(
      "Orlen Interactive is raising money. According to trade publication GameMarket Weekly, the company has held "
      "early talks with Kruk Interactive about a minority investment.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].from, Names{"Kruk Interactive"});
  EXPECT_EQ(deals[0].to, Names{"Orlen Interactive"});
}

TEST(ExtractorTest, TheObjectOfABuyingVerbPastItsDescriptionIsNoSubject) {
  // "It bought Finnish model developer X ... and completed its takeover of
  // Y": X, the object, is not what "its" means.
  auto deals = ExtractText(
      "Arvanto Micro makes chips. It bought Finnish model developer Sillo AI for about $665 million last year and, "
      "in 2022, completed its roughly $49 billion takeover of Xelinx.");
  ASSERT_EQ(deals.size(), 2u);
  EXPECT_EQ(deals[1].from, Names{"Arvanto Micro"});
  EXPECT_EQ(deals[1].to, Names{"Xelinx"});
}

TEST(ExtractorTest, ANameAfterAPrepositionAndItsTradeIsNoSubject) {
  // "X, which received a commitment from infrastructure investor Y, said it
  // had selected Z": Y follows "from" past its trade; "it" is X.
  auto deals = ExtractText(
      "Northwick Data Centers, which received a $750 million equity commitment from infrastructure investor Calder Hill "
      "Partners in January, also said it had selected Vessel Electric to supply switchgear for about $120 "
      "million.");
  bool found = false;
  for (const Deal& d : deals) {
    if (d.to == Names{"Vessel Electric"}) {
      found = true;
      EXPECT_EQ(d.from, Names{"Northwick Data Centers"});
    }
  }
  EXPECT_TRUE(found);
}

TEST(ExtractorTest, TeamingUpWithAPartnerToBuyIsAJointPurchase) {
  // "X teamed up with Y to buy Z": X and Y buy Z together, and their
  // teaming up is no partnership of its own; "and with W to acquire V" too.
  auto deals = ExtractText("Orvane Systems teamed up with Harbor Point Capital to buy Tessaly Data for $2 billion.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kAcquisition);
  EXPECT_EQ(deals[0].from, (Names{"Orvane Systems", "Harbor Point Capital"}));
  EXPECT_EQ(deals[0].to, Names{"Tessaly Data"});
  deals = ExtractText(
      "Brandt Telecom followed in 2024 by teaming up with Kestrel Partners to buy Lumora Fiber and with Sable Rock "
      "Capital to acquire Metrovia.");
  ASSERT_EQ(deals.size(), 2u);
  EXPECT_EQ(deals[0].from, (Names{"Brandt Telecom", "Kestrel Partners"}));
  EXPECT_EQ(deals[1].from, (Names{"Brandt Telecom", "Sable Rock Capital"}));
  EXPECT_EQ(deals[1].to, Names{"Metrovia"});
}

TEST(ExtractorTest, AShareSoldToSeveralBuyersIsBoughtByEach) {
  // "the sale of 51% of X to A and B": both buyers take control together.
  auto deals = ExtractText(
      "Vellmar Telecom completed the sale of 51% of Vellmar Towers, its mast business, to Harbor Point Capital and "
      "Kestrel Partners for about 10.7 billion euros.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].from, (Names{"Harbor Point Capital", "Kestrel Partners"}));
  EXPECT_EQ(deals[0].to, Names{"Vellmar Towers"});
}

TEST(ExtractorTest, TheLeaderOfAGroupOfInvestorsActsForIt) {
  // "A group of state investors led by X put N into Y": X invests.
  auto deals = ExtractText(
      "A group of state investors led by Qiantang Construction Investment put 7 billion yuan into electric-vehicle "
      "maker Lanyue Motors in 2020.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].from, Names{"Qiantang Construction Investment"});
  EXPECT_EQ(deals[0].to, Names{"Lanyue Motors"});
}

TEST(ExtractorTest, AnOfferWhichTheTargetTurnedDownIsCancelled) {
  // "an offer for Y, which the software company turned down", "a planned
  // takeover of Y, which the European Commission blocked": the fate told
  // in the relative clause after the deal, past its amount and a subject.
  for (const char* text :
       {"Halden Systems returned last year with a $2 billion offer for Tessaly Data, which the software company "
        "turned down.",
        "Regulators still cite Orvane Systems' planned takeover of Tessaly Data, which the European Commission "
        "blocked in 2023."}) {
    auto deals = ExtractText(text);
    ASSERT_EQ(deals.size(), 1u) << text;
    EXPECT_EQ(deals[0].status, DealStatus::kCancelled) << text;
  }
}

TEST(ExtractorTest, AMergerOfTwoNamesOpeningTheSentenceKeepsBoth) {
  // "The planned merger of X and Y has been terminated": the verb after Y is
  // the merger's own, not a clause of Y's.
  auto deals = ExtractText("The planned merger of Kitesun Robotics and Dalby Systems has been terminated.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kAcquisition);
  EXPECT_EQ(deals[0].from, Names{"Kitesun Robotics"});
  EXPECT_EQ(deals[0].to, Names{"Dalby Systems"});
  EXPECT_EQ(deals[0].status, DealStatus::kCancelled);
}

TEST(ExtractorTest, AFundAfterANationalityIsTheNoun) {
  // "with Brazilian fund X also participating": "fund" names X's trade; it
  // is no verb making the company fund X.
  auto deals = ExtractText(
      "Cuenta Lua closed an $85 million Series B led by Ria Capital, with Brazilian fund Mare Partners also "
      "participating.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].from, (Names{"Ria Capital", "Mare Partners"}));
  EXPECT_EQ(deals[0].to, Names{"Cuenta Lua"});
}

TEST(ExtractorTest, ASourceAfterUnnamedInvestorsIsNoInvestor) {
  // "raised $4 million from unnamed investors, Axios Charlotte reported":
  // the outlet after the comma reports the round; it did not invest.
  auto deals = ExtractText(
      "Payments start-up Finlace has raised more than $4 million from unnamed investors, Axios Charlotte reported, "
      "citing a regulatory filing.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_TRUE(deals[0].from.empty());
  EXPECT_EQ(deals[0].to, Names{"Finlace"});
}

TEST(ExtractorTest, NamesInAnOpeningParticiplesPhraseAreNoSubjects) {
  // "Founded in 2023 by former researchers from X and Y, Z raised ...": the
  // comma closes the opening phrase; Z alone raised.
  auto deals = ExtractText(
      "Founded in 2023 by former researchers from Google DeepMind and Meta, Halcyne AI raised $1.2 billion in May in "
      "a round led by Oxbow Capital.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].to, Names{"Halcyne AI"});
  EXPECT_EQ(deals[0].from, Names{"Oxbow Capital"});
}

TEST(ExtractorTest, ARoundupRowsLeadAfterASemicolonJoinsTheRound) {
  // "- X - raised [$85m] Series B; led by Y, with Z taking part": a roundup
  // row puts a semicolon before the round's investors.
  auto deals = ExtractText(
      "- Halvard Robotics - raised [$85m] Series B; led by Northgate Ventures, with Elbe Capital and existing "
      "backer Quillon Fund taking part.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].from, (Names{"Northgate Ventures", "Elbe Capital", "Quillon Fund"}));
  EXPECT_EQ(deals[0].to, Names{"Halvard Robotics"});
}

TEST(ExtractorTest, BuyingAHoldersStakeIsAnInvestmentInTheCompanyItIsIn) {
  // "to buy SoftBank's stake in its Cruise robotaxi unit": the buyer invests
  // in the unit named after "its"; the seller's holding is no deal here.
  auto deals = ExtractText(
      "Halverton Motors, which spent $2.1 billion in 2022 to buy Harbor Point Capital's stake in its Cruzo robotaxi "
      "unit, has faced questions.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].from, Names{"Halverton Motors"});
  EXPECT_EQ(deals[0].to, Names{"Cruzo"});
  deals = ExtractText("Orvane Systems agreed to buy Harbor Point Capital's stake in Tessaly Data for $300 million.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].from, Names{"Orvane Systems"});
  EXPECT_EQ(deals[0].to, Names{"Tessaly Data"});
  ASSERT_TRUE(deals[0].amount);
}

TEST(ExtractorTest, AnApproachPastATimeFromADescribedBidder) {
  // "rejected an approach last year from Chinese battery maker X": the time
  // between the noun and "from", and the bidder's three words of trade.
  auto deals = ExtractText("Sundara Energy rejected an approach last year from Chinese battery maker Jinlong Power.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kAcquisition);
  EXPECT_EQ(deals[0].from, Names{"Jinlong Power"});
  EXPECT_EQ(deals[0].to, Names{"Sundara Energy"});
  EXPECT_EQ(deals[0].status, DealStatus::kCancelled);
}

TEST(ExtractorTest, APrepaymentToASupplierIsAPurchase) {
  // "walked away from a planned prepayment of roughly $120 million to Groq":
  // money ahead for a supplier's goods, here called off.
  auto deals = ExtractText(
      "Kilndale AI, a London-based inference provider, walked away from a planned prepayment of roughly $120 "
      "million to Groq in March.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].type, DealType::kPurchase);
  EXPECT_EQ(deals[0].from, Names{"Kilndale AI"});
  EXPECT_EQ(deals[0].to, Names{"Groq"});
  EXPECT_EQ(deals[0].status, DealStatus::kCancelled);
}

TEST(ExtractorTest, ThePurposeOfAPaymentMadeIsDone) {
  // "paid $12.5 billion to take X private", "spent $2.1 billion to buy a
  // stake": the deal the past payment was for is completed; "will pay ...
  // to buy" is not.
  auto deals = ExtractText("In 2023 Silver Lake and Harbor Point Capital paid $12.5 billion to take Qualtek private.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_EQ(deals[0].status, DealStatus::kCompleted);
  deals = ExtractText("Orvane Systems will pay $2 billion to buy Tessaly Data.");
  ASSERT_EQ(deals.size(), 1u);
  EXPECT_NE(deals[0].status, DealStatus::kCompleted);
}

TEST(ExtractorTest, APassiveWithItsPriceBeforeByNamesTheBuyer) {
  // "Y was bought for about £5.4 billion by a consortium of A, B and C": the
  // price stands between the verb and "by"; the members buy Y.
  auto a = ExtractText(
      "Brisk Ledger was bought for about \u00A32.1 billion by a consortium of Harlow Capital, Nordwind Partners and "
      "the Qatar Investment Authority in 2025.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kAcquisition);
  EXPECT_EQ(a[0].from.size(), 3u);
  EXPECT_EQ(a[0].to, Names{"Brisk Ledger"});
  auto b = ExtractText("Tessaly Maps was bought for $300 million by Corvant Group last year.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].type, DealType::kAcquisition);
  EXPECT_EQ(b[0].from, Names{"Corvant Group"});
}

TEST(ExtractorTest, ANameBeforeReportedAfterTheLeadIsTheSource) {
  // "a Series A led by X, Kestrel Pro reported": the newsletter reports the
  // round; it is no member of a list of investors.
  auto a = ExtractText("Tarnwick raised $18 million in a Series A led by Lakeshore Growth, Kestrel Pro reported.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].from, Names{"Lakeshore Growth"});
  EXPECT_EQ(a[0].to, Names{"Tarnwick"});
}

TEST(ExtractorTest, ANameAfterOfAndItsTradeIsNoSubject) {
  // "X was in talks with Y, the cloud unit of French telecoms group Z, over a
  // commitment to rent GPU capacity": Z, after "of" and its trade, owns Y; X rents.
  auto a = ExtractText(
      "Tarlow was in talks with Skyvane, the cloud unit of French telecoms group Orvello, over a commitment to rent "
      "GPU capacity.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kPurchase);
  EXPECT_EQ(a[0].from, Names{"Tarlow"});
  EXPECT_EQ(a[0].to, Names{"Skyvane"});
}

TEST(ExtractorTest, ARelativeClauseBetweenCommasDescribesTheNameBeforeIt) {
  // "X, in which Y invested last year, agreed in September to buy ... from Z":
  // X buys; Y's investment is a deal of its own.
  auto a = ExtractText(
      "Halvorn Systems, in which Kestrel Capital invested last year, agreed in September to buy about $30 billion "
      "of computing capacity from Orvane Cloud.");
  const Deal* buy = nullptr;
  for (const Deal& d : a) {
    if (d.type == DealType::kPurchase) buy = &d;
  }
  ASSERT_NE(buy, nullptr);
  EXPECT_EQ(buy->from, Names{"Halvorn Systems"});
  EXPECT_EQ(buy->to, Names{"Orvane Cloud"});
}

TEST(ExtractorTest, AJoinedRoundNamesItsRaiserAfterByAndItsOthersAfterAlongside) {
  // "X joined a $6 billion raise by Y, alongside A and B": all three invest in Y.
  auto a = ExtractText(
      "Last December, Harbin Capital joined a $6 billion raise by Tessaly Labs, alongside Orvane Partners and "
      "Kestrel Holding.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kInvestment);
  EXPECT_EQ(a[0].from, (Names{"Harbin Capital", "Orvane Partners", "Kestrel Holding"}));
  EXPECT_EQ(a[0].to, Names{"Tessaly Labs"});
}

TEST(ExtractorTest, MoneyPutIntoASiteIsNoDeal) {
  // "plans to invest about $11 billion in the fab", "in its data centres in
  // Texas": a company's own spending on a site has no counterparty (spec: no deal).
  EXPECT_TRUE(ExtractText("Korvath Electronics plans to invest about $11 billion in the fab.").empty());
  EXPECT_TRUE(ExtractText("Orvane will invest $2 billion in its data centres in Texas.").empty());
  // Money for companies the text does not name stays a deal.
  EXPECT_EQ(ExtractText("Orvane plans to invest up to $1 billion in AI start-ups.").size(), 1u);
}

TEST(ExtractorTest, JoinersOfTheRoundBeforeBringTheInvestorsNamedAfterAlongsideIncluding) {
  // "A, B and C joined the round, alongside financial investors including X
  // and Y": all of them join the round the sentence before told of.
  auto a = ExtractText(
      "Orvane raised $1.1 billion in a Series B led by Aker. Nvidia, Nokia and Dell Technologies joined the round, "
      "alongside financial investors including Blue Owl, Point72 and Sandton Capital Partners.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].from.size(), 7u);
  EXPECT_EQ(a[0].to, Names{"Orvane"});
}

TEST(ExtractorTest, AUnitNamedInAppositionAfterItsOwnerIsBought) {
  // "bought Y's fixed-line network, NetCo," and "its purchase of Y's ...
  // network, NetCo,": the unit is named as written (spec section 5).
  auto a = ExtractText("Harrow Capital bought Tellano's fixed-line network, Linea Networks, in July 2024.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].to, Names{"Linea Networks"});
  auto b = ExtractText(
      "Harrow Capital completed its purchase of Tellano's fixed-line network, Linea Networks, in a deal worth up to 22 "
      "billion euros.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].to, Names{"Linea Networks"});
}

TEST(ExtractorTest, APassivesBuyerMayFollowALongDescription) {
  // "has been bought by listed real estate platform operator Y": five words
  // describe the buyer after "by".
  auto a = ExtractText(
      "Property-tech business Stayvane has been bought by listed real estate platform operator Realcrest for about "
      "A$12 million.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].type, DealType::kAcquisition);
  EXPECT_EQ(a[0].from, Names{"Realcrest"});
  EXPECT_EQ(a[0].to, Names{"Stayvane"});
}

TEST(ExtractorTest, WhatWasLeftOfTheCompanyIsTheOneWhoseTechnologyWasTaken) {
  // "X paid $2.4 billion to license Y's technology and hire its chief
  // executive. Z then acquired what was left of the company": Y, not X.
  auto a = ExtractText(
      "Harlow Search paid $2.4 billion to license Tessaly AI's technology and hire its chief executive. Corvane Labs, "
      "another coding start-up, then acquired what was left of the company.");
  const Deal* buy = nullptr;
  for (const Deal& d : a) {
    if (d.type == DealType::kAcquisition) buy = &d;
  }
  ASSERT_NE(buy, nullptr);
  EXPECT_EQ(buy->from, Names{"Corvane Labs"});
  EXPECT_EQ(buy->to, Names{"Tessaly AI"});
}

TEST(ExtractorTest, ARoundWithAnAsideBeforeWasLedByNamesItsLead) {
  // "Its $155 million Series A, which closed at the end of last year, was led
  // by X"; "A $75 million Series C for Y, a Denver maker of grid batteries,
  // was led by X": the aside between commas, then the lead.
  auto a = ExtractText(
      "Nordvane raised $1.1 billion this week. Its $155 million Series A, which closed at the end of last year, was "
      "led by Sandmoor Capital Partners.");
  bool lead = false;
  for (const Deal& d : a) {
    lead = lead || (d.from == Names{"Sandmoor Capital Partners"} && d.to == Names{"Nordvane"});
  }
  EXPECT_TRUE(lead);
  auto b = ExtractText(
      "A $75 million Series C for Arcwell Power, a Denver maker of grid batteries, was led by Breakwater Energy "
      "Ventures.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].from, Names{"Breakwater Energy Ventures"});
  EXPECT_EQ(b[0].to, Names{"Arcwell Power"});
}

TEST(ExtractorTest, SuitorsNamedAfterASaleAreItsPossibleBuyers) {
  // "X is exploring a sale of its payroll unit. Y, which listed in September,
  // is among the interested parties": Y may buy; "Interested parties include
  // A and B": rival suitors, a deal each.
  auto a = ExtractText(
      "Harrowgate Software is exploring a sale of its payroll unit. Paylane Systems, which listed in Frankfurt in "
      "September, is among the interested parties, Sky News reported.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].from, Names{"Paylane Systems"});
  EXPECT_EQ(a[0].status, DealStatus::kTalks);
  auto b = ExtractText(
      "Harrowgate Software is exploring a sale of its payroll unit. Interested parties include Paylane Systems and "
      "Corvane Group.");
  ASSERT_EQ(b.size(), 2u);
  EXPECT_EQ(b[0].from, Names{"Paylane Systems"});
  EXPECT_EQ(b[1].from, Names{"Corvane Group"});
}

}  // namespace
}  // namespace dealgraph
