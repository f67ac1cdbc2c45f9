// Tests of the recognizer: gazetteer and shaped organizations, exclusions,
// possessives, outlets in and out of attribution contexts, merging.
#include "entities/recognizer.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

namespace dealgraph {
namespace {

class RecognizerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    Result<Gazetteer> g = Gazetteer::BuiltIn();
    ASSERT_TRUE(g.ok()) << g.status().ToString();
    gazetteer_ = new Gazetteer(std::move(g).value());
  }

  std::vector<Entity> Find(std::string_view text) const {
    EntityRecognizer r(gazetteer_);
    return r.Find(text, Segment(text));
  }

  // "type:span" for each entity (type letters o, m, d, n for outlet).
  std::vector<std::string> Spans(std::string_view text) const {
    std::vector<std::string> out;
    for (const Entity& e : Find(text)) {
      const char* t = e.type == EntityType::kOrganization ? "o" : e.type == EntityType::kMoney ? "m"
                      : e.type == EntityType::kDate        ? "d"
                                                           : "n";
      out.push_back(std::string(t) + ":" + std::string(text.substr(e.start, e.end - e.start)));
    }
    return out;
  }

  // Canonical names of the organizations in `text`.
  std::vector<std::string> Orgs(std::string_view text) const {
    std::vector<std::string> out;
    for (const Entity& e : Find(text)) {
      if (e.type == EntityType::kOrganization) out.push_back(e.canonical);
    }
    return out;
  }

  static Gazetteer* gazetteer_;
};

Gazetteer* RecognizerTest::gazetteer_ = nullptr;
using V = std::vector<std::string>;
constexpr double kMaxMoneyValueForTest = 1e16;

TEST_F(RecognizerTest, GazetteerNamesWithCanonicalAndParent) {
  std::string text = "Amazon Web Services will rent chips to Facebook, and Google DeepMind hired staff.";
  std::vector<Entity> e = Find(text);
  ASSERT_EQ(e.size(), 3u);
  EXPECT_EQ(e[0].canonical, "AWS");
  EXPECT_EQ(e[0].parent, "Amazon");
  EXPECT_TRUE(e[0].known);
  EXPECT_EQ(e[1].canonical, "Meta");
  EXPECT_EQ(e[2].canonical, "DeepMind");
  EXPECT_EQ(e[2].parent, "Google");
}

TEST_F(RecognizerTest, PossessiveIsFlaggedAndOutsideTheSpan) {
  std::string text = "Amazon\u2019s AI chips and NVIDIA's GPUs compete.";
  std::vector<Entity> e = Find(text);
  ASSERT_EQ(e.size(), 2u);
  EXPECT_EQ(text.substr(e[0].start, e[0].end - e[0].start), "Amazon");
  EXPECT_TRUE(e[0].possessive);
  EXPECT_EQ(text.substr(e[1].start, e[1].end - e[1].start), "NVIDIA");
  EXPECT_TRUE(e[1].possessive);
}

TEST_F(RecognizerTest, ConversionInBracketsIsPartOfTheAmount) {
  EXPECT_EQ(Spans("It paid about 100 billion yen (roughly $676 million) in cash."),
            V{"m:100 billion yen (roughly $676 million)"});
  std::vector<Entity> e = Find("It paid RMB310.4 million (US$48.2 million).");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].money.currency, "CNY");
  // Two amounts in brackets apart are two amounts.
  EXPECT_EQ(Spans("Sales were $5 million (up from $4 million)."), (V{"m:$5 million", "m:$4 million"}));
}

TEST_F(RecognizerTest, ASubjectPastAnAppositionWithTheInTalks) {
  // The subject of talks past an apposition with "the" that names no role.
  EXPECT_EQ(Orgs("Tethra, the issuer of the world's largest stablecoin, is in talks to invest in Neuric Labs."),
            (V{"Tethra", "Neuric Labs"}));
  // A person's role in apposition names no organization.
  EXPECT_EQ(Orgs("Jane Moreau, the chief executive, is in talks with Neuric Labs."), V{"Neuric Labs"});
}

TEST_F(RecognizerTest, HyphenJoinsTwoNames) {
  EXPECT_EQ(Orgs("It merged with Halvard - Quorvane Industries last year."), V{"Halvard - Quorvane Industries"});
}

TEST_F(RecognizerTest, DatelineAndHeadlineTradesAreNoNames) {
  EXPECT_EQ(Orgs("TOKYO - Halvard Systems said on Monday it would expand."), V{"Halvard Systems"});
  EXPECT_EQ(Orgs("Quorvane Agrees to Buy Chip Designer Ampere"), V{"Ampere"});
  // ("20-Year Power": a measure, glued to its number by a hyphen, is no name.)
  EXPECT_EQ(Orgs("Velmora Energy Signs 20-Year Power Supply Agreement with Aldercrest AI"),
            (V{"Velmora Energy", "Aldercrest AI"}));
}

TEST_F(RecognizerTest, DealSlotsNameUnknownCompanies) {
  // A subject that speaks of itself as "it" with a deal verb.
  EXPECT_EQ(Orgs("Larkwell Grid said on Monday it had raised new money."), V{"Larkwell Grid"});
  EXPECT_EQ(Orgs("Marta Ostrova said the team would travel."), V{});
  // A share of a company; selling oneself; a subject long in talks.
  EXPECT_EQ(Orgs("The group will buy about 10% of Quelvaro next year."), V{"Quelvaro"});
  EXPECT_EQ(Orgs("It had tried to sell itself to Draveno Semitech before."), V{"Draveno Semitech"});
  EXPECT_EQ(Orgs("Albrandt had previously been in talks with several buyers."), V{"Albrandt"});
}

TEST_F(RecognizerTest, AnUnknownNameIsAnOrganizationWhereverItRecurs) {
  EXPECT_EQ(Orgs("Pellworth agreed to buy Quelvaro. Quelvaro last raised money in 2021. Quelvaro's founders agreed."),
            (V{"Pellworth", "Quelvaro", "Quelvaro", "Quelvaro"}));
  // Not inside a longer capitalized name.
  EXPECT_EQ(Orgs("Pellworth agreed to buy Quelvaro. Quelvaro Robotics is another firm."),
            (V{"Pellworth", "Quelvaro", "Quelvaro Robotics"}));
}

TEST_F(RecognizerTest, WhatACompanyDoesNamesIt) {
  EXPECT_EQ(Orgs("Lumenreach, which trains speech models for call centres, is raising money."), V{"Lumenreach"});
  EXPECT_EQ(Orgs("Tessaly provides payroll software to banks."), V{"Tessaly"});
  EXPECT_EQ(Orgs("In the normal course of business, Quorvane purchases reinsurance."), V{"Quorvane"});
  EXPECT_EQ(Orgs("Both Quorvane and Tessaly manufacture panels for us."), (V{"Quorvane", "Tessaly"}));
  EXPECT_EQ(Orgs("Under the merger agreement, Quorvane stockholders received cash."), V{"Quorvane"});
  EXPECT_EQ(Orgs("In March, the group sold Tessaly to a buyer."), V{"Tessaly"});
}

TEST_F(RecognizerTest, UnknownOrganizationsByCorporateCue) {
  EXPECT_EQ(Spans("Zentrix Robotics signed a lease."), V{"o:Zentrix Robotics"});
  EXPECT_EQ(Spans("The buyer is Quorvane Holdings Ltd. The price is secret."), V{"o:Quorvane Holdings Ltd."});
  EXPECT_EQ(Spans("They sued Halvard Systems, Inc. in Delaware."), V{"o:Halvard Systems, Inc."});
  std::vector<Entity> e = Find("They sued Halvard Systems, Inc. in Delaware.");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].canonical, "Halvard Systems");
  EXPECT_FALSE(e[0].known);
  EXPECT_EQ(Orgs("Loans came from Bank of Ostrava."), V{"Bank of Ostrava"});
  EXPECT_EQ(Orgs("Brightwell Capital Partners backed it."), V{"Brightwell Capital Partners"});
  // A role word before a person names no firm; before a name ending in a corporate word it does.
  EXPECT_EQ(Orgs("The activist investor Pellworth Management bought shares."), V{"Pellworth Management"});
  EXPECT_EQ(Orgs("The activist investor Carl Pellworth bought shares."), V{});
}

TEST_F(RecognizerTest, KnownNamesInsideLongerNames) {
  EXPECT_EQ(Orgs("It sold the unit to Mitsubishi Chemical Corporation last year."), V{"Mitsubishi Chemical"});
  std::vector<Entity> e = Find("Wells Fargo Bank, N.A. is the trustee.");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].canonical, "Wells Fargo");  // a firm word stays with the known name
  EXPECT_EQ(Orgs("Microsoft Azure grew."), V{"Azure"});
}

TEST_F(RecognizerTest, UnknownNamesEndingInAKnownName) {
  // Capitalized name words right before a known name ending in a cue make one unknown name.
  std::vector<Entity> e = Find("Shares of Redwood Silicon Labs rose after the deal.");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].canonical, "Redwood Silicon Labs");
  EXPECT_FALSE(e[0].known);
  EXPECT_EQ(Orgs("It hired the Kestrel Intel Capital team."), V{"Kestrel Intel Capital"});
  EXPECT_EQ(Orgs("The Tallow Samsung Electronics unit grew."), V{"Tallow Samsung Electronics"});
  // Not after another name, a title, a possessive or at the sentence start; not a place.
  EXPECT_EQ(Orgs("Microsoft Azure grew."), V{"Azure"});
  EXPECT_EQ(Orgs("Saudi Arabia's PIF invested."), V{"Public Investment Fund"});
  EXPECT_EQ(Orgs("Rival Silicon Labs fell."), V{"Silicon Labs"});
  EXPECT_EQ(Orgs("It met CEO Redwood Silicon Labs staff."), V{"Silicon Labs"});
  EXPECT_EQ(Orgs("Analysts at Texas Silicon Labs units agreed."), V{"Silicon Labs"});
  EXPECT_EQ(Orgs("Backers such as Ann Lee Marlow Silicon Labs agreed."), V{"Silicon Labs"});  // a longer run
  // A known name with no cue at its end stays apart.
  EXPECT_EQ(Orgs("On Tuesday Halvik OpenAI agreed."), V{"OpenAI"});
}

TEST_F(RecognizerTest, KnownCompaniesWithTheirPlaceUnits) {
  // The company names units by place in the gazetteer ("Ameren Illinois").
  std::vector<Entity> e = Find("The plant sells power to Ameren Iowa under a contract.");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].canonical, "Ameren Iowa");
  EXPECT_FALSE(e[0].known);
  // A country in its own language, or a legal suffix after the place.
  EXPECT_EQ(Orgs("It signed with Vodafone Polska on Monday."), V{"Vodafone Polska"});
  EXPECT_EQ(Orgs("The buyer is Nvidia Japan Ltd., a unit."), V{"Nvidia Japan"});
  // A place used as a place stays apart.
  EXPECT_EQ(Orgs("Nvidia China sales fell."), V{"NVIDIA"});
  EXPECT_EQ(Orgs("It visited the Microsoft Texas campus."), V{"Microsoft"});
}

TEST_F(RecognizerTest, LegalNameSpans) {
  // A topic word and "of" before a name of its own are left out.
  EXPECT_EQ(Orgs("She chairs the Board of Quillon Robotics, Inc. since May."), V{"Quillon Robotics"});
  EXPECT_EQ(Orgs("It is a Division of Marsh West Group now."), V{"Marsh West Group"});
  EXPECT_EQ(Orgs("The Bank of Ostrava lent money."), V{"Bank of Ostrava"});
  // "First" starts a name with a firm word.
  EXPECT_EQ(Orgs("It also acquired First Tarrow Corporation."), V{"First Tarrow"});
  EXPECT_EQ(Orgs("First Tarrow Corporation was sold."), V{"First Tarrow"});
  EXPECT_EQ(Orgs("First, Tarrow Robotics was sold."), V{"Tarrow Robotics"});
  // A suffix after a dotted suffix, a place in brackets inside a legal name.
  std::string text = "It was advised by Brannock Vail Co. L.P. and sued Quillon Holdings (Americas) Inc. over fees.";
  EXPECT_EQ(Spans(text), (V{"o:Brannock Vail Co. L.P.", "o:Quillon Holdings (Americas) Inc."}));
  EXPECT_EQ(Spans("Pixwell (UK) Limited bought it."), V{"o:Pixwell (UK) Limited"});
  // A lower-case "plc", a national bank's legal form, "Oil and Gas".
  EXPECT_EQ(Spans("The manager Barclays plc said so."), V{"o:Barclays plc"});
  EXPECT_EQ(Spans("It lent to Tarrow Bank, National Association, as agent."),
            V{"o:Tarrow Bank, National Association"});
  EXPECT_EQ(Spans("He runs Quarrow Oil and Gas, a driller."), V{"o:Quarrow Oil and Gas"});
  EXPECT_EQ(Spans("Quillon Robotics (Quillon) bought it."), V{"o:Quillon Robotics (Quillon)"});
  // A short name in brackets after a possessive or a comma, with "the" or "or".
  EXPECT_EQ(Spans("Quillon Corp's (QLN) shares rose."), V{"o:Quillon Corp's (QLN)"});
  EXPECT_TRUE(Find("Quillon Corp's (QLN) shares rose.")[0].possessive);
  EXPECT_EQ(Spans("Tarrow Bank (the Bank) lent it."), V{"o:Tarrow Bank (the Bank)"});
  EXPECT_EQ(Spans("Tarrow Corporation, (NYSE: TRW or Tarrow) said so."),
            V{"o:Tarrow Corporation, (NYSE: TRW or Tarrow)"});
  EXPECT_EQ(Spans("Tarrow Corporation (or so) said so."), V{"o:Tarrow Corporation"});
  // "Semi" is a chip company's cue, as "Semiconductor" is.
  EXPECT_EQ(Orgs("The state stopped Varnel Semi from selling the fab."), V{"Varnel Semi"});
}

TEST_F(RecognizerTest, UnknownOrganizationsInDealSlots) {
  EXPECT_EQ(Orgs("Velvra raised $40 million from investors."), V{"Velvra"});
  EXPECT_EQ(Orgs("Salesforce agreed to acquire Quillmark for $2 billion."), (V{"Salesforce", "Quillmark"}));
  EXPECT_EQ(Orgs("It invested in Norrun last year."), V{"Norrun"});
  EXPECT_EQ(Orgs("The round was led by Oakhurst."), V{"Oakhurst"});
  EXPECT_EQ(Orgs("Microsoft took a stake in Pellucid."), (V{"Microsoft", "Pellucid"}));
  EXPECT_EQ(Orgs("The AI startup Tessaly is hiring."), V{"Tessaly"});
  EXPECT_EQ(Orgs("Tessaly, a Paris-based robotics startup, is hiring."), V{"Tessaly"});
  EXPECT_EQ(Orgs("It hired Tessaly, the startup behind the app."), V{"Tessaly"});
  EXPECT_TRUE(Orgs("Jane Doe, the company's CEO, left.").empty());
  EXPECT_EQ(Orgs("Dovecote agreed to sell its unit."), V{"Dovecote"});
  EXPECT_EQ(Orgs("Zeta and Acme Robotics signed a pact."), (V{"Zeta", "Acme Robotics"}));
  EXPECT_EQ(Orgs("Nvidia, Quillon and Brevard invested in it."), (V{"NVIDIA", "Quillon", "Brevard"}));
  // Where a company is based, or a trade opening the sentence, is no part of its name.
  EXPECT_EQ(Orgs("One of them, London-based Quillmore Legal, is in talks."), V{"Quillmore Legal"});
  // (With its trade between: "Luxembourg-based exchange X"; not past a
  // preposition: "a Pangyo-based developer of Korean-language models".)
  EXPECT_EQ(Orgs("They may buy Luxembourg-based exchange Marrowstamp soon."), V{"Marrowstamp"});
  EXPECT_EQ(Orgs("It is a Pangyo-based developer of Korean-language models."), V{});
  // (A firm word of another language after a place: "Colombia Telecomunicaciones".)
  EXPECT_EQ(Orgs("The regulator fined Colombia Telecomunicaciones on Monday."), V{"Colombia Telecomunicaciones"});
  EXPECT_EQ(Orgs("The regulator fined Marrow Compute Finance on Monday."), V{"Marrow Compute Finance"});
  // (A unit after "its online arm", and the buyer after "sell ... to"; a word
  // glued to a participle is no buyer.)
  EXPECT_EQ(Orgs("Richmarrow had agreed to sell a 47.5% stake in its online arm Vessra Online to Quillfetch."),
            (V{"Richmarrow", "Vessra Online", "Quillfetch"}));
  EXPECT_EQ(Orgs("Ministers blocked the sale of the antenna maker to a China-linked fund."), V{});
  EXPECT_EQ(Orgs("Neobank Tanova is in talks to raise money."), V{"Tanova"});
  EXPECT_EQ(Orgs("Its closest competitor, Harrowmere, completed an investment."), V{"Harrowmere"});
  EXPECT_EQ(Orgs("It sold its towers business, GD Masts, to a fund."), V{"GD Masts"});
  EXPECT_EQ(Orgs("Kestrane Data accepted an offer from Brightmoor Capital."), (V{"Kestrane Data", "Brightmoor Capital"}));
}

TEST_F(RecognizerTest, InnerCapitalsMarkBrandNames) {
  EXPECT_EQ(Orgs("Shares of ZephyrSoft rose."), V{"ZephyrSoft"});
  EXPECT_TRUE(Orgs("The new iPhone and MacBook sold well.").empty());
  EXPECT_TRUE(Orgs("Senator McCarthy spoke.").empty());
}

TEST_F(RecognizerTest, NonOrganizations) {
  EXPECT_TRUE(Orgs("In March the market fell.").empty());
  EXPECT_TRUE(Orgs("The company declined to comment.").empty());
  EXPECT_EQ(Orgs("OpenAI CEO Sam Altman said the deal closed."), V{"OpenAI"});
  EXPECT_TRUE(Orgs("Sam Altman said the deal closed.").empty());
  EXPECT_TRUE(Orgs("However, Generative AI is popular in China and Japan.").empty());
  EXPECT_TRUE(Orgs("On Monday, the Chinese AI startup declined to comment.").empty());
  EXPECT_TRUE(Orgs("Chief Executive Jane Doe invested in Texas.").empty());
  EXPECT_TRUE(Orgs("the information was shared with the board").empty());
  // A maker's name before a model number names the product.
  EXPECT_TRUE(Orgs("It sold the GE 400 and Boeing 737 lines.").empty());
  EXPECT_EQ(Orgs("Boeing 2025 revenue rose."), V{"Boeing"});
  // People written with a middle initial.
  EXPECT_EQ(Orgs("The agreement between Quillon Labs, Inc. and Doran M. Vettel was signed."), V{"Quillon Labs"});
  EXPECT_EQ(Orgs("It is an agreement by and between Perry A. Vettel and Quillon Labs, Inc."), V{"Quillon Labs"});
  EXPECT_EQ(Orgs("It was Plan B. Zorblat Labs agreed."), V{"Zorblat Labs"});
  // Laws, documents, roles and buildings named after a name; a town before its state.
  EXPECT_TRUE(Orgs("It is exempt under the Quillon Holding Company Act of 2005.").empty());
  EXPECT_TRUE(Orgs("She is the Principal Financial Officer of the firm.").empty());
  EXPECT_TRUE(Orgs("The game was played at the Wells Fargo Center last night.").empty());
  EXPECT_TRUE(Orgs("The company filed the Zorblat Complaint in court.").empty());
  EXPECT_TRUE(Orgs("He worked at the plant in Quarrow Falls, Iowa, for years.").empty());
  EXPECT_TRUE(Orgs("The lease is between Registrant and its landlord.").empty());
  // A deal word opening a press release's summary line; a city before a trade.
  EXPECT_EQ(Orgs("Financing led by Strathmore Partners; agreement with Mirelle AI"),
            (V{"Strathmore Partners", "Mirelle AI"}));
  EXPECT_EQ(Orgs("Ministers block takeover of Bristol chip designer Pellmoor Semiconductor"),
            V{"Pellmoor Semiconductor"});
  EXPECT_EQ(Orgs("Quillon Robotics, Texas Instruments and Zorblat Labs signed."),
            (V{"Quillon Robotics", "Texas Instruments", "Zorblat Labs"}));
  EXPECT_EQ(Spans("It signed with Quillon Robotics Ltd. (Quillon Agreement) to sell chips."),
            V{"o:Quillon Robotics Ltd."});
}

TEST_F(RecognizerTest, OutletsOnlyInAttributionContexts) {
  EXPECT_EQ(Spans("According to CNBC and The Information, talks continue."),
            (V{"n:CNBC", "n:The Information"}));
  EXPECT_EQ(Spans("Bloomberg reported the talks."), V{"n:Bloomberg"});
  EXPECT_EQ(Spans("The talks were first reported by The Wall Street Journal."), V{"n:The Wall Street Journal"});
  EXPECT_EQ(Spans("People familiar with the matter told Reuters."), V{"n:Reuters"});
  EXPECT_EQ(Spans("Semafor, citing two people, said so."), V{"n:Semafor"});
  EXPECT_EQ(Spans("He said so in an interview with CNBC."), V{"n:CNBC"});
  EXPECT_EQ(Spans("Reuters said the deal was signed."), V{"n:Reuters"});
  EXPECT_EQ(Spans("as the Financial Times reported"), V{"n:the Financial Times"});
  // Elsewhere an outlet is an organization.
  EXPECT_EQ(Spans("Bloomberg sells terminals to banks."), V{"o:Bloomberg"});
  EXPECT_EQ(Spans("Axios agreed to acquire a newsletter."), V{"o:Axios"});
  EXPECT_TRUE(Spans("Fortune 500 companies buy software.").empty());
}

TEST_F(RecognizerTest, MoneyAndDatesWinAndResultsAreSorted) {
  std::string text = "On Oct. 28, 2025, Microsoft said it will invest up to $5 billion in Anthropic.";
  EXPECT_EQ(Spans(text), (V{"d:Oct. 28, 2025", "o:Microsoft", "m:$5 billion", "o:Anthropic"}));
  std::vector<Entity> e = Find(text);
  for (size_t k = 1; k < e.size(); ++k) EXPECT_LE(e[k - 1].end, e[k].start);
  EXPECT_EQ(e[2].money.qualifier, Qualifier::kUpTo);
  EXPECT_EQ(e[0].iso, "2025-10-28");
}

TEST_F(RecognizerTest, EmptyAndOddInputs) {
  EXPECT_TRUE(Find("").empty());
  EXPECT_TRUE(Find("   \n\n ").empty());
  EXPECT_TRUE(Find("$").empty());
  EXPECT_TRUE(Find("( ) , . Inc").empty());
  EntityRecognizer no_gazetteer(nullptr);
  std::string text = "Zentrix Robotics raised $5 million.";
  EXPECT_EQ(no_gazetteer.Find(text, Segment(text)).size(), 2u);
}

TEST_F(RecognizerTest, MoreAttributionContexts) {
  EXPECT_EQ(Spans("A Bloomberg report said so."), V{"n:Bloomberg"});
  EXPECT_EQ(Spans("The deal, per Axios, is done."), V{"n:Axios"});
  EXPECT_EQ(Spans("Data from PitchBook show it."), V{"n:PitchBook"});
  EXPECT_EQ(Spans("Reuters, Bloomberg and CNBC reported the news."), (V{"n:Reuters", "n:Bloomberg", "n:CNBC"}));
  EXPECT_EQ(Spans("CNBC has learned that talks stalled."), V{"n:CNBC"});
  EXPECT_EQ(Spans("Amazon is in talks with Reuters."), (V{"o:Amazon", "o:Reuters"}));
}

// Random soups of tricky pieces never break the invariants.
TEST_F(RecognizerTest, AnotherFirmWordNamesAnotherOrganization) {
  // "Thrive Capital" is known; "Thrive Holdings" is another organization,
  // while a known company's own firm word keeps it ("Wells Fargo Bank").
  EXPECT_EQ(Orgs("OpenAI took a stake in Thrive Holdings, created by Thrive Capital."),
            (std::vector<std::string>{"OpenAI", "Thrive Holdings", "Thrive Capital"}));
  EXPECT_EQ(Orgs("Wells Fargo Bank and HSBC Holdings lent the money."),
            (std::vector<std::string>{"Wells Fargo", "HSBC"}));
}

TEST_F(RecognizerTest, ATradeDescriptionBeforeANameIsNoName) {
  // A place, a demonym or a product word before the trade describes the
  // company named after it.
  EXPECT_EQ(Orgs("Pelucor agreed to buy Ugandan backhaul operator Nile Crest Networks last year."),
            (V{"Pelucor", "Nile Crest Networks"}));
  EXPECT_EQ(Orgs("It grew by buying Accra-based VSAT installer Korle Link for an undisclosed sum."), V{"Korle Link"});
  // (A verb between: "X bought savings bank Y" names a buyer, not a description.)
  EXPECT_EQ(Orgs("Quillon Pay bought savings bank Tlaloc Ahorro."), (V{"Quillon Pay", "Tlaloc Ahorro"}));
  EXPECT_EQ(Orgs("Pelucor Networks will take control of Zambia's Luangwa Fibre in a $145 million deal."),
            (V{"Pelucor Networks", "Luangwa Fibre"}));
}

TEST_F(RecognizerTest, ANameJoinedToACompanyBeforeASpeechVerb) {
  // "X and Y announced": Y is listed with a company; alone before "said" it may be a person.
  EXPECT_EQ(Orgs("Ashcroft Software and Oekalon announced a merger on Monday."),
            (V{"Ashcroft Software", "Oekalon"}));
  EXPECT_EQ(Orgs("Oekalon announced a merger on Monday."), V{});
}

TEST_F(RecognizerTest, CitiesWithTheirAccentsAreNoOrganizations) {
  EXPECT_EQ(Orgs("In 2024 we acquired Halifax mobile developer Seaglass Interactive for C$32 million."),
            V{"Seaglass Interactive"});
  EXPECT_EQ(Orgs("Trillium Forge Games will acquire Montr\u00E9al studio Bonhomme Pixel."),
            (V{"Trillium Forge Games", "Bonhomme Pixel"}));
}

TEST_F(RecognizerTest, RegionsAreNoOrganizations) {
  EXPECT_EQ(Orgs("The network built across Cumbria and Lancashire was sold to Pennholt Infrastructure Partners."),
            V{"Pennholt Infrastructure Partners"});
}

TEST_F(RecognizerTest, AShortFormNamesTheCompanyItShortens) {
  // The words before an unknown name's first cue word, written again later,
  // name the same company; not when they are a place.
  EXPECT_EQ(Orgs("Brevik Systems builds chip tools. Brevik did not respond to questions."),
            (std::vector<std::string>{"Brevik Systems", "Brevik Systems"}));
  EXPECT_EQ(Orgs("Texas Capital Partners led the round. Texas is a big market."),
            (std::vector<std::string>{"Texas Capital Partners"}));
  // Two words or more before a generic word: "Cascade Ridge" of "Cascade Ridge Data Centers".
  EXPECT_EQ(Orgs("It signed with Cascade Ridge Data Centers, a builder. Cascade Ridge said it would hire."),
            (std::vector<std::string>{"Cascade Ridge Data Centers", "Cascade Ridge Data Centers"}));
  // A name of three words without a cue, less its last word: "Granite Peak" of "Granite Peak Towers".
  EXPECT_EQ(Orgs("Granite Peak Towers is in talks to buy Sagebrush Wireless. Granite Peak, which has 3,800 sites, "
                 "declined to comment."),
            (std::vector<std::string>{"Granite Peak Towers", "Sagebrush Wireless", "Granite Peak Towers"}));
  // (Not when a word before says no name: "New York" of "New York Towers".)
  EXPECT_EQ(Orgs("New York Towers is in talks to buy Sagebrush Wireless. New York, which is large, declined."),
            (std::vector<std::string>{"New York Towers", "Sagebrush Wireless"}));
}

TEST_F(RecognizerTest, AnAlternativeOrChallengerIsACompany) {
  // "X, an Amsterdam-based Kafka alternative, said": the apposition's noun says X is a company.
  EXPECT_EQ(Orgs("Streamwell, an Amsterdam-based streaming alternative, said on Monday it had closed a round."),
            (std::vector<std::string>{"Streamwell"}));
  EXPECT_EQ(Orgs("Quillbrook, a Berlin challenger, said it would hire."), (std::vector<std::string>{"Quillbrook"}));
}

TEST_F(RecognizerTest, APublicBodysHeadNounAfterACue) {
  // "Defense Information Systems Agency": the agency, not the systems.
  EXPECT_EQ(Orgs("The Defense Information Systems Agency has awarded Bastion Systems a contract."),
            (std::vector<std::string>{"Defense Information Systems Agency", "Bastion Systems"}));
}

TEST_F(RecognizerTest, DigitalEndsACompanysName) {
  EXPECT_EQ(Orgs("Okuta Digital runs two data centres in Lagos."), (std::vector<std::string>{"Okuta Digital"}));
}

TEST_F(RecognizerTest, ABareCurrencyWordFollowsTheQualifiedOne) {
  const std::string text = "It paid 36 billion Norwegian crowns. A rival offered 30 billion crowns. Bare 5 billion crowns.";
  std::vector<std::string> currencies;
  for (const Entity& e : Find(text)) {
    if (e.type == EntityType::kMoney) currencies.push_back(e.money.currency);
  }
  EXPECT_EQ(currencies, (std::vector<std::string>{"NOK", "NOK", "NOK"}));
  std::vector<std::string> alone;
  for (const Entity& e : Find("A rival offered 30 billion crowns.")) alone.push_back(e.money.currency);
  EXPECT_EQ(alone, (std::vector<std::string>{"SEK"}));
}

TEST_F(RecognizerTest, ABareCurrencyWordInACountrysStory) {
  // "pesos" in a story about Colombia are Colombian; in a sentence about
  // Mexico, Mexican, whatever else the story names.
  auto currencies = [&](const std::string& text) {
    std::vector<std::string> out;
    for (const Entity& e : Find(text)) {
      if (e.type == EntityType::kMoney) out.push_back(e.money.currency);
    }
    return out;
  };
  EXPECT_EQ(currencies("Colombia's regulator sold spectrum. The Colombian operator will pay 1.1 trillion pesos."),
            (std::vector<std::string>{"COP"}));
  EXPECT_EQ(currencies("Argentina and Argentine rules. In Mexico, Rutaverde is being sold for 1.1 billion pesos."),
            (std::vector<std::string>{"MXN"}));
  EXPECT_EQ(currencies("A Danish buyer paid 3 billion crowns."), (std::vector<std::string>{"DKK"}));
  EXPECT_EQ(currencies("The Norwegian start-up closed a 3.5 billion crown funding round."),
            (std::vector<std::string>{"NOK"}));
}

TEST_F(RecognizerTest, RandomInputsKeepInvariants) {
  const std::vector<std::string> pieces = {
      "$", "US$", "\u20AC", "1", "1.5", "13,000", "1e400", "999999999999999999", "billion", "bn", "B", "-", "to",
      "and", "between", "from", "Inc", ".", ",", "(", ")", "'s", "\u2019s", "The", "the", "Information", "Amazon",
      "Web", "Services", "Acme", "Robotics", "CEO", "Sam", "said", "according", "Reuters", "raised", "in",
      "October", "28", "2025", "over", "up", "\n", "\xff", "\xc3", "per", "share", "/", "yen", "won", "A"};
  std::mt19937 rng(7);
  for (int round = 0; round < 300; ++round) {
    std::string text;
    int n = static_cast<int>(rng() % 40);
    for (int k = 0; k < n; ++k) {
      text += pieces[rng() % pieces.size()];
      if (rng() % 3) text += ' ';
    }
    std::vector<Entity> e = Find(text);
    for (size_t k = 0; k < e.size(); ++k) {
      ASSERT_LE(e[k].start, e[k].end) << text;
      ASSERT_LE(e[k].end, text.size()) << text;
      ASSERT_LE(e[k].qualifier_start, e[k].start) << text;
      if (k > 0) {
        ASSERT_LE(e[k - 1].end, e[k].start) << text;
      }
      if (e[k].type == EntityType::kMoney) {
        ASSERT_TRUE(e[k].money.value >= 0 && e[k].money.value <= kMaxMoneyValueForTest) << text;
        ASSERT_FALSE(e[k].money.currency.empty()) << text;
      }
    }
  }
}

TEST_F(RecognizerTest, OneWordNameBeforeAServiceApposition) {
  // "Lovable, the app-building service, closed ...": the apposition's noun
  // says the word before it names an organization.
  EXPECT_EQ(Spans("Brindle, the app-building service, closed a round."), V{"o:Brindle"});
}

TEST_F(RecognizerTest, UnknownOutletInADatelineIsAnOutlet) {
  // "(Meridian Wire) -": a dateline's bracket holds the publisher, not a party.
  EXPECT_EQ(Spans("OSLO, Feb 17 (Kabuto Markets Desk) - Brindle Systems signed a lease."),
            (V{"d:Feb 17", "n:Kabuto Markets", "o:Brindle Systems"}));
}

TEST_F(RecognizerTest, NameAfterAnInvestedAmount) {
  // "will invest EUR140 million in X", "put $2 billion into X": the slot
  // after the amount names the company invested in.
  EXPECT_EQ(Spans("Bpifrance will invest \u20ac140 million in Valcourt Substrates."),
            (V{"o:Bpifrance", "m:\u20ac140 million", "o:Valcourt Substrates"}));
  EXPECT_EQ(Spans("The bank put $2 billion into Ardent Substrates."), (V{"m:$2 billion", "o:Ardent Substrates"}));
}

TEST_F(RecognizerTest, TechnologyAcronymsAreNoOrganizations) {
  // "without GPS", "LNG plant": common acronyms of things, not companies.
  for (const char* word : {"GPS", "LNG", "OLED", "DGX"}) {
    std::string text = std::string("Brindle Systems tracks objects without ") + word + " at its plant.";
    for (const Entity& e : Find(text)) {
      EXPECT_NE(text.substr(e.start, e.end - e.start), word) << word;
    }
  }
}

TEST_F(RecognizerTest, OneWordNamesFullFormElsewhere) {
  // "Hanseo's stock" names Hanseo; "Hanseo Precision said" before it is its
  // full form, one organization of two words.
  EXPECT_EQ(Spans("Hanseo Precision said it had withdrawn. Hanseo's stock rose."),
            (V{"o:Hanseo Precision", "o:Hanseo"}));
  // A place or a weekday after the name is not part of it.
  EXPECT_EQ(Spans("Hanseo Seoul said it had withdrawn. Hanseo's stock rose."), (V{"o:Hanseo"}));
}

TEST_F(RecognizerTest, SentenceAdverbIsNoName) {
  EXPECT_EQ(Spans("Globally, Mastercard paid $2.65 billion for Recorded Future Labs."),
            (V{"o:Mastercard", "m:$2.65 billion", "o:Recorded Future Labs"}));
}

TEST_F(RecognizerTest, GrantReceiversAndGivers) {
  // The receiver of a grant after "for"/"to" (past "up to" in the amount) and
  // after "give", the giver after "from": unknown names in a grant's slots.
  EXPECT_EQ(Spans("The ministry approved a grant of up to \u20ac110 million for Orvale Lumen."),
            (V{"m:\u20ac110 million", "o:Orvale Lumen"}));
  EXPECT_EQ(Spans("The state will give Halvern Substrates a grant."), (V{"o:Halvern Substrates"}));
  EXPECT_EQ(Spans("It won a $75 million grant from Brenwick Province."), (V{"m:$75 million", "o:Brenwick Province"}));
  // Not after other amounts: "$3 million for Halvern Substrates" names no one by itself.
  EXPECT_EQ(Spans("It set aside $3 million for Orvale Lumen."), (V{"m:$3 million"}));
}

TEST_F(RecognizerTest, WhatWasPaidFor) {
  // "paid N for X": the name after the amount is what was bought; a
  // consultancy in apposition is an organization.
  EXPECT_EQ(Spans("It paid 780 million euros for Brenwick."), (V{"m:780 million euros", "o:Brenwick"}));
  EXPECT_EQ(Spans("The buyer is Brenwick, a Hamburg cloud consultancy."), (V{"o:Brenwick"}));
  // Not after other amounts.
  EXPECT_EQ(Spans("It set aside 780 million euros for Brenwick."), (V{"m:780 million euros"}));
}

TEST_F(RecognizerTest, MicroPhotonicsOpticsAerospaceAreCorporateCues) {
  EXPECT_EQ(Spans("Orvale Micro will also take a stake."), (V{"o:Orvale Micro"}));
  EXPECT_EQ(Spans("Halvern Optics will also take a stake."), (V{"o:Halvern Optics"}));
  // A capitalized common noun before the same verb is no name.
  EXPECT_EQ(Spans("Regulators could take a closer look."), (V{}));
}

TEST_F(RecognizerTest, BuyerOfSharesSoldOrIssued) {
  EXPECT_EQ(Spans("It will issue new shares worth 60 million euros to Brenwick."),
            (V{"m:60 million euros", "o:Brenwick"}));
  EXPECT_EQ(Spans("It sold stock to Brenwick."), (V{"o:Brenwick"}));
  // Not after other things issued.
  EXPECT_EQ(Spans("It issued a statement to Brenwick."), (V{}));
}

TEST_F(RecognizerTest, ExistingInvestorIsAFirm) {
  // "existing investor X": a one-word firm the round already had; other
  // titles before a name still make it a person.
  EXPECT_EQ(Spans("The round included existing investor Brenwick."), (V{"o:Brenwick"}));
  EXPECT_EQ(Spans("The round included angel investor Brenwick."), (V{}));
}

TEST_F(RecognizerTest, NumberedFundIsItsOwnOrganization) {
  // The third state chip fund is a fund of its own, not its predecessor plus a numeral.
  EXPECT_EQ(Spans("Big Fund III led the round."), (V{"o:Big Fund III"}));
}

TEST_F(RecognizerTest, FutureLeadOfARound) {
  // "X will lead a round": a subject's deal verb; "Motor" is a corporate cue.
  EXPECT_EQ(Spans("Kuroishi will lead the round."), (V{"o:Kuroishi"}));
  EXPECT_EQ(Spans("Tenrai Motor will also take a stake."), (V{"o:Tenrai Motor"}));
}

TEST_F(RecognizerTest, WireTagIsNoPartOfTheName) {
  EXPECT_EQ(Spans("BRIEF-Corvane Data Inc says merger agreement terminated"), (V{"o:Corvane Data Inc"}));
}

TEST_F(RecognizerTest, SubjectPastAnApposition) {
  // "X, an AI bookkeeping tool for ..., has secured": the subject of a deal
  // verb past an apposition whose noun says nothing; a person's apposition
  // before a verb of saying does not make a company.
  EXPECT_EQ(Spans("Tulpwerk, an AI bookkeeping tool for Dutch small businesses, has secured new money."),
            (V{"o:Tulpwerk"}));
  EXPECT_EQ(Spans("Jane Doe, a former banker, said the market was quiet."), (V{}));
}

TEST_F(RecognizerTest, ShortFormOfAMicrodevicesName) {
  // "Microdevices", "Microelectronics" and "Silicon" are corporate cues: the
  // name without them, written again, is the same company.
  EXPECT_EQ(Spans("Orvale agreed to buy Korvane Microdevices. Korvane fell 19% on Monday."),
            (V{"o:Orvale", "o:Korvane Microdevices", "o:Korvane", "d:Monday"}));
}

TEST_F(RecognizerTest, CityAndStateInAnAppositionAndAgencyNames) {
  // "X, a Boulder, Colorado start-up": the comma between a city and its state
  // does not end the apposition that makes X a company; "Laboratory" and
  // "Agency" end the names of public bodies.
  EXPECT_EQ(Orgs("Vessly Quantum, a Boulder, Colorado start-up working on atom arrays, has raised money."),
            V{"Vessly Quantum"});
  EXPECT_EQ(Orgs("The grant came from the Ardent Research Laboratory and the Norrland Data Agency."),
            (V{"Ardent Research Laboratory", "Norrland Data Agency"}));
}

TEST_F(RecognizerTest, AOneWordFundNameBeforeAnotherWordIsAnotherCompany) {
  // "Vanguard" and "Berkshire" are funds the gazetteer knows by one word;
  // "Vanguard Photon" and "Berkshire Grey" are other companies' names.
  EXPECT_EQ(Orgs("Granite Vertex and Vanguard Photon announced a partnership."),
            (V{"Granite Vertex", "Vanguard Photon"}));
  EXPECT_EQ(Orgs("SoftBank Group took Berkshire Grey private in 2023."), (V{"SoftBank Group", "Berkshire Grey"}));
  EXPECT_EQ(Orgs("Vanguard said it would invest in Acme Robotics."), (V{"Vanguard", "Acme Robotics"}));
}

TEST_F(RecognizerTest, RoundParticipantsAndInvestorsInApposition) {
  // "participation from X and Y", "and its seed investor, Z.": round members.
  auto a = Orgs("The round was led by Ironmoor Ventures, with participation from Cobalt Ridge and Harrow Lane.");
  EXPECT_EQ(a, (std::vector<std::string>{"Ironmoor Ventures", "Cobalt Ridge", "Harrow Lane"}));
  auto b = Orgs("The round was led by Ironmoor Ventures, with participation from its seed investor, Harrow Lane.");
  EXPECT_EQ(b, (std::vector<std::string>{"Ironmoor Ventures", "Harrow Lane"}));
}

TEST_F(RecognizerTest, PartiesOfInjectionsAndOfReportedTalks) {
  // What money is put into, past what is put in; a speaker of its own talks
  // past a relative clause.
  EXPECT_EQ(Orgs("Brenmoor Capital will inject up to $300 million of fresh equity into Kaimai Rural."),
            (std::vector<std::string>{"Brenmoor Capital", "Kaimai Rural"}));
  EXPECT_EQ(Orgs("Brenmoor Capital is considering an investment of as much as 30 billion yen in Straits Express."),
            (std::vector<std::string>{"Brenmoor Capital", "Straits Express"}));
  EXPECT_EQ(Orgs("Pinecrest Rural, which serves towns in Idaho, said on Tuesday that it had ended talks with "
                 "Brenmoor Capital."),
            (std::vector<std::string>{"Pinecrest Rural", "Brenmoor Capital"}));
}

TEST_F(RecognizerTest, NetworkAndPensionCueWords) {
  // "Fibre", "Cable" and "Scheme" end names of network builders and pension schemes.
  EXPECT_EQ(Orgs("The round drew Tidewater Capital and the Norland Pension Scheme."),
            (std::vector<std::string>{"Tidewater Capital", "Norland Pension Scheme"}));
  EXPECT_EQ(Orgs("Shares in Kestrel Fibre rose after the report."), (std::vector<std::string>{"Kestrel Fibre"}));
}

TEST_F(RecognizerTest, ASourceAfterACommaMakesNoList) {
  // "outside Salt Lake City, Bloomberg said": the city is no list member of the outlet.
  auto a = Orgs("Halvard agreed to buy chips for a new cluster outside Salt Lake City, Bloomberg said.");
  EXPECT_EQ(a, (std::vector<std::string>{"Halvard"}));
}

TEST_F(RecognizerTest, FundInvestorsProcessorsAndGenerators) {
  // "infrastructure investor X" is a fund, not a person; "card processor X"
  // and "generator X" are companies; "the ARC processor IP business" names none.
  EXPECT_EQ(Orgs("Altamar agreed to sell a stake to Australian infrastructure investor Harbour & Reef."),
            (V{"Altamar", "Harbour & Reef"}));
  EXPECT_EQ(Orgs("PagNorte is in talks to acquire Colombian card processor Pasarela Caribe."),
            (V{"PagNorte", "Pasarela Caribe"}));
  EXPECT_EQ(Orgs("Google agreed to buy wind power from Chilean generator Andesur."), (V{"Google", "Andesur"}));
  EXPECT_EQ(Orgs("Orvane agreed to acquire the ARC processor IP business of Synopsys."), (V{"Orvane", "Synopsys"}));
}

TEST_F(RecognizerTest, AKnownNameAndOneWordAfterItAreAUnit) {
  // "Samsung Display said": one organization, a unit of the known one; a
  // known name at a paragraph's end and a name on the next line stay two.
  auto a = Find("Samsung Display said in 2023 it would invest 4.1 trillion won in a new line.");
  ASSERT_FALSE(a.empty());
  EXPECT_EQ(a[0].canonical, "Samsung Display");
  EXPECT_EQ(a[0].parent, "Samsung Electronics");
  EXPECT_EQ(Orgs("Kestrel said it had signed a deal with Oracle\n\nHarrowgate said it had signed a contract with Oracle."),
            (V{"Kestrel", "Oracle", "Harrowgate", "Oracle"}));
}

TEST_F(RecognizerTest, AKnownNamesFirstWordRepeatsIt) {
  // "ZT Systems ... sold ZT's manufacturing arm": the first word of a known
  // name of two words or more, used alone after it, is the same organization.
  EXPECT_EQ(Orgs("AMD bought server builder ZT Systems in 2024. It later sold ZT's manufacturing arm to Sanmina."),
            (V{"AMD", "ZT Systems", "ZT Systems", "Sanmina"}));
}

TEST_F(RecognizerTest, ScienceAndTechnologyInsideAName) {
  // "the Pudong Science and Technology Innovation Fund": one name, not two.
  EXPECT_EQ(Orgs("The round was led by the Pudong Science and Technology Innovation Fund, with Lenovo Capital."),
            (V{"Pudong Science and Technology Innovation Fund", "Lenovo Capital"}));
}

TEST_F(RecognizerTest, ANameBeforeATickerInBrackets) {
  // "Quillon Data (QLDN) sank 14%": a listed company, no cue word needed.
  EXPECT_EQ(Orgs("Quillon Data (QLDN) sank 14% after it cut its forecast."), V{"Quillon Data"});
  EXPECT_EQ(Orgs("Tessaro Vale (NASDAQ: TSVL) rose."), V{"Tessaro Vale"});
}

TEST_F(RecognizerTest, ANationalityAfterTheIsNoPartOfACompanysName) {
  // "by the American Carrow Instruments": the company is Carrow Instruments; a
  // fund or public body keeps its adjective ("the Nordic Foresight Fund").
  EXPECT_EQ(Orgs("It was bought by the American Carrow Instruments."), V{"Carrow Instruments"});
  EXPECT_EQ(Orgs("It was backed by the Nordic Foresight Fund."), V{"Nordic Foresight Fund"});
}

TEST_F(RecognizerTest, APluralTradeOpeningASentenceIsNoPartOfAName) {
  // "Chipmakers Tessaro Semiconductor and Corvane joined the round": the trade is no name.
  EXPECT_EQ(Orgs("Chipmakers Tessaro Semiconductor and Corvane Labs joined the round."),
            (V{"Tessaro Semiconductor", "Corvane Labs"}));
}

TEST_F(RecognizerTest, AFamilyOfficeIsAnInvestor) {
  // "The Marlow Family Office also invested": an investor named by its office.
  EXPECT_EQ(Orgs("The Marlow Family Office and pension investor Zeevaart also invested."),
            (V{"Marlow Family Office", "Zeevaart"}));
}

TEST_F(RecognizerTest, ASubjectThatSnappedUpOrPurchasedAnotherIsAName) {
  // "Quorvex snapped up prime broker Hollin Road": the buyer, with no cue word.
  EXPECT_EQ(Orgs("Quorvex snapped up prime broker Hollin Road for $1.25 billion."), (V{"Quorvex", "Hollin Road"}));
  EXPECT_EQ(Orgs("Quorvex purchased Hollin Road last year."), (V{"Quorvex", "Hollin Road"}));
}

TEST_F(RecognizerTest, ARoundupRowNamesTheCompanyBeforeADashAndItsAmount) {
  // "6. Lattica - $520 million. The Toronto company ...": a table row.
  EXPECT_EQ(Orgs("6. Quarvane - $520 million. The Toronto company closed a Series D."), V{"Quarvane"});
  EXPECT_EQ(Orgs("Quarvane - up to $600 million (in talks)."), V{"Quarvane"});
}

TEST_F(RecognizerTest, AMembersPluralPossessiveIsInsideAFundsName) {
  // "Lakehead Teachers' Pension Plan": one name, not "Lakehead Teachers" and "Pension Plan".
  EXPECT_EQ(Orgs("The round drew Lakehead Teachers' Pension Plan and Prairie Workers' Retirement Fund."),
            (V{"Lakehead Teachers' Pension Plan", "Prairie Workers' Retirement Fund"}));
}

TEST_F(RecognizerTest, TheOwnerOfAnAgreementToActIsAName) {
  // "Orvane's agreement to acquire Tessaly": the possessive before a deal
  // noun stands in a party slot, as before "plan" and "offer".
  EXPECT_EQ(Orgs("Regulators approved Orvane's agreement to acquire Tessaly."), (V{"Orvane", "Tessaly"}));
  EXPECT_EQ(Orgs("Investors welcomed Brevik's proposal to merge with Tessaly."), (V{"Brevik", "Tessaly"}));
}

TEST_F(RecognizerTest, ASpeakerThatEndedTalksIsAName) {
  // "X said it had ended talks to merge": a subject speaking of itself and
  // a deal is an organization, for an ending verb as for a buying one.
  EXPECT_EQ(Orgs("Programmatic exchange Tessaline said on Tuesday it had ended talks to merge with a rival."),
            V{"Tessaline"});
  EXPECT_EQ(Orgs("Corvelle said it had suspended talks with bidders."), V{"Corvelle"});
}

TEST_F(RecognizerTest, AMaterialsFormulaIsNoName) {
  // "silicon carbide (SiC)", "buy SiC power modules": a formula with an
  // inner capital, not a brand.
  EXPECT_EQ(Orgs("Dongjiang Motors will buy SiC power modules and GaN chargers from Lingxin Semiconductor."),
            (V{"Dongjiang Motors", "Lingxin Semiconductor"}));
}

TEST_F(RecognizerTest, APersonsRoleAtAFirmIsNoCompanyApposition) {
  // "said Layla Saeed, a partner at Dubai consultancy Wadi Strategy": a
  // person with a role at a firm, not a company described as one.
  EXPECT_EQ(Orgs("\"Prices will fall,\" said Layla Saeed, a partner at Dubai consultancy Wadi Strategy."), V{});
}

TEST_F(RecognizerTest, APlaceBeforeTheTradeOfANameIsNoParty) {
  // "merger with Monterrey payments processor Dinero Directo": the city
  // describes the company named after its trade.
  EXPECT_EQ(Orgs("Giro Norte Pagos agreed to a merger with Monterrey payments processor Dinero Directo."),
            (V{"Giro Norte Pagos", "Dinero Directo"}));
}

TEST_F(RecognizerTest, ARomanceFirmWordOpensItsName) {
  // "Banco Andino", "Grupo Altamar": the firm's word comes first in Spanish,
  // Portuguese, Italian and French names.
  EXPECT_EQ(Orgs("Chile's Banco Andino and Mexico's Grupo Altamar joined Fondo Levante Innovacion."),
            (V{"Banco Andino", "Grupo Altamar", "Fondo Levante Innovacion"}));
}

TEST_F(RecognizerTest, TheObjectOfABuyingVerbInTheRelativeClauseAfterIsAName) {
  // "Adallom, which Microsoft acquired in 2015": the one the clause says was bought.
  EXPECT_EQ(Orgs("The founders previously built Adallom, which Microsoft acquired in 2015."),
            (V{"Adallom", "Microsoft"}));
  EXPECT_EQ(Orgs("The team built Tessaly, which Orvane Systems later bought."), (V{"Tessaly", "Orvane Systems"}));
}

TEST_F(RecognizerTest, TheCompanyABackerInvestedInIsAName) {
  // "Halvorn, in which Kestrel Capital invested last year": the company the
  // relative clause says was backed.
  EXPECT_EQ(Orgs("Halvorn, in which Kestrel Capital invested last year, agreed to buy a plant."),
            (V{"Halvorn", "Kestrel Capital"}));
}

TEST_F(RecognizerTest, TradingHousesAndAngelNetworksAreNames) {
  // "Japan's Mitsuki Trading", "angel network Ubud Angels": the firm's word ends the name.
  EXPECT_EQ(Orgs("The round drew Japan's Mitsuki Trading and angel network Ubud Angels."),
            (V{"Mitsuki Trading", "Ubud Angels"}));
}

TEST_F(RecognizerTest, ABackerThatTookPartIsAName) {
  // "state-owned investor Tesi also took part", "Norrsken VC": a backer of a round.
  EXPECT_EQ(Orgs("Norrsken VC and Finland's state-owned investor Tesi also took part."),
            (V{"Norrsken VC", "Tesi"}));
}

TEST_F(RecognizerTest, TheBuyerOfGoodsSuppliedIsAName) {
  // "to supply anode material to Elektrona": the one goods are supplied to.
  EXPECT_EQ(Orgs("Kiselkraft Systems signed a letter of intent to supply anode material to Elektrona."),
            (V{"Kiselkraft Systems", "Elektrona"}));
}

TEST_F(RecognizerTest, ARoundupItemsHeadingDescribedAsACompanyIsAName) {
  // "Nordlicht Data. The Frankfurt data-analytics group said ...": the item's
  // heading opens its line; the next sentence describes it as a company.
  EXPECT_EQ(Orgs("Notes.\n\nNordlicht Data. The Frankfurt data-analytics group said it would hire."),
            (V{"Nordlicht Data"}));
  // Not a heading: a sentence inside a paragraph.
  EXPECT_EQ(Orgs("It rained. Quiet Days. The group said nothing."), V{});
}

TEST_F(RecognizerTest, ASpokenOpenerIsNoName) {
  // "Look, CoreWeave signed ...", "Altogether, Kestrix has ...": a sentence
  // adverb before the comma, not a company.
  EXPECT_EQ(Orgs("Look, Kestrix Compute signed a contract. Altogether, Kestrix Compute has lined up three."),
            (V{"Kestrix Compute", "Kestrix Compute"}));
}

TEST_F(RecognizerTest, ABidderAndANameBeforeAnotherTradeAreNames) {
  // "Ripple offered as much as $5 billion for ...", "Cognition, another maker
  // of coding tools, ...": common words as companies in a deal's slots.
  EXPECT_EQ(Orgs("Tessel offered as much as $5 billion for Brightvane Labs. Quorum, another maker of coding tools, "
                 "agreed to buy Windsurf."),
            (V{"Tessel", "Brightvane Labs", "Quorum", "Windsurf"}));
  // Not the participle of a passive, nor "Nobody".
  EXPECT_EQ(Orgs("Remedies offered by Lanthier Group were not enough. Nobody has offered to buy us."),
            (V{"Lanthier Group"}));
}

TEST_F(RecognizerTest, WhatABidderOffersMoneyForIsAName) {
  // "offered as much as $5 billion for Circle": a bid's target after its price.
  EXPECT_EQ(Orgs("Ripple Labs offered as much as $5 billion for Circle last year."), (V{"Ripple Labs", "Circle"}));
}

TEST_F(RecognizerTest, AGrowthFundIsAName) {
  // "Kestrel Growth", "Tidewater Growth": growth investors named by the word.
  EXPECT_EQ(Orgs("Sales at Kestrel Growth rose. Tidewater Growth is expected to lead the round."),
            (V{"Kestrel Growth", "Tidewater Growth"}));
}

}  // namespace
}  // namespace dealgraph
