// Tests of the gazetteer: parsing, errors, alias matching and parent roll-up.
#include "entities/gazetteer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace dealgraph {
namespace embedded {
extern const std::string_view organizations_tsv;
}  // namespace embedded
namespace {

// Every line of the built-in list (tests skip comments and the header themselves).
std::vector<std::string_view> ListLines() {
  std::vector<std::string_view> lines;
  std::string_view tsv = embedded::organizations_tsv;
  for (size_t start = 0; start < tsv.size();) {
    size_t end = tsv.find('\n', start);
    if (end == std::string_view::npos) end = tsv.size();
    lines.push_back(tsv.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}


std::vector<std::string> SegmentedTexts(std::string_view alias) {
  Segmentation seg = Segment(alias);
  std::vector<std::string> out;
  for (const Token& t : seg.tokens) out.emplace_back(TokenText(alias, t));
  return out;
}

TEST(GazetteerTest, AliasTokenTextsSplitLikeTheSegmenter) {
  std::vector<std::string> aliases = {"Microsoft", "Juniper Networks", "J.P. Morgan", "AT&T", "3M", "Barron's",
                                      "Inc.", "x.ai", "Open  AI", " Lead", "Trail ", "A", "a b c", "Hewlett-Packard",
                                      "Caf\u00e9 Group", "Mistral AI", "The Information", "S&P Global", "B2B",
                                      "Amazon Web Services (AWS)", ""};
  // Every alias and description field of the built-in list, and its all-caps form.
  size_t checked = 0;
  for (std::string_view line : ListLines()) {
    for (size_t a = 0; a <= line.size();) {
      size_t b = line.find_first_of("\t|", a);
      if (b == std::string_view::npos) b = line.size();
      std::string part(line.substr(a, b - a));
      aliases.push_back(part);
      for (char& c : part) c = c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c;
      aliases.push_back(part);
      a = b + 1;
    }
  }
  for (const std::string& a : aliases) {
    EXPECT_EQ(AliasTokenTexts(a), SegmentedTexts(a)) << "alias '" << a << "'";
    ++checked;
  }
  EXPECT_GT(checked, 3000u);
}

constexpr const char kHeader[] = "canonical\tparent\tkind\taliases\tdescriptions\n";

Gazetteer MustParse(const std::string& body) {
  Result<Gazetteer> g = Gazetteer::Parse(std::string(kHeader) + body, "test.tsv");
  EXPECT_TRUE(g.ok()) << g.status().ToString();
  return g.ok() ? std::move(g).value() : Gazetteer();
}

// The canonical name matched at token `i` of `text`, its token length, or "".
std::string MatchAt(const Gazetteer& g, std::string_view text, size_t i, size_t* length = nullptr) {
  Segmentation seg = Segment(text);
  AliasMatch m;
  if (!g.MatchAt(text, seg.tokens, i, seg.tokens.size(), &m)) return "";
  if (length) *length = m.end_token - i;
  return g.orgs()[m.org].canonical;
}

TEST(GazetteerTest, ParsesEntriesWithAliasesAndDescriptions) {
  Gazetteer g = MustParse("# a comment\nAmazon\t\tcompany\tAmazon.com|AMZN\te-commerce giant|online retailer\n");
  ASSERT_EQ(g.orgs().size(), 1u);
  const OrgInfo* a = g.Find("Amazon");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->kind, OrgKind::kCompany);
  EXPECT_EQ(a->descriptions, (std::vector<std::string>{"e-commerce giant", "online retailer"}));
  EXPECT_EQ(g.Find("Amazon.com"), nullptr);  // Find takes canonical names only
}

TEST(GazetteerTest, ReportsErrorsWithLineNumbers) {
  auto err = [](const std::string& tsv) {
    Result<Gazetteer> g = Gazetteer::Parse(tsv, "orgs.tsv");
    EXPECT_FALSE(g.ok());
    EXPECT_EQ(g.status().code(), ErrorCode::kParseError);
    return g.status().where();
  };
  EXPECT_EQ(err(std::string(kHeader) + "A\t\tcompany\n"), "orgs.tsv:2");                    // 3 fields
  EXPECT_EQ(err(std::string(kHeader) + "A\t\tcompany\t\t\nB\t\tplanet\t\t\n"), "orgs.tsv:3");  // bad kind
  EXPECT_EQ(err(std::string(kHeader) + "A\tZ\tcompany\t\t\n"), "orgs.tsv:2");             // unknown parent
  EXPECT_EQ(err(std::string(kHeader) + "A\t\tcompany\t\t\n\nA\t\tfund\t\t\n"), "orgs.tsv:4");  // duplicate
  EXPECT_EQ(err(std::string(kHeader) + "A\t\tcompany\tAx\t\nB\t\tcompany\tAx\t\n"), "orgs.tsv:3");
  EXPECT_EQ(err("A\t\tcompany\t\t\n"), "orgs.tsv:1");  // no header
  EXPECT_EQ(err(std::string(kHeader) + "A\tB\tcompany\t\t\nB\tA\tcompany\t\t\n"), "orgs.tsv:2");  // cycle
}

TEST(GazetteerTest, LongestAliasWins) {
  Gazetteer g = MustParse(
      "Amazon\t\tcompany\t\t\nAWS\tAmazon\tcompany\tAmazon Web Services\t\n"
      "Google\t\tcompany\t\t\nGoogle Cloud\tGoogle\tcompany\t\t\n");
  size_t len = 0;
  EXPECT_EQ(MatchAt(g, "Amazon Web Services signed a deal", 0, &len), "AWS");
  EXPECT_EQ(len, 3u);
  EXPECT_EQ(MatchAt(g, "Amazon signed a deal", 0, &len), "Amazon");
  EXPECT_EQ(len, 1u);
  EXPECT_EQ(MatchAt(g, "Google Cloud won", 0, &len), "Google Cloud");
  EXPECT_EQ(MatchAt(g, "Google Cloud", 0, &len), "Google Cloud");
  EXPECT_EQ(MatchAt(g, "Google", 0, &len), "Google");
}

TEST(GazetteerTest, CaseSensitiveExceptAllCaps) {
  Gazetteer g = MustParse("NVIDIA\t\tcompany\tNvidia\t\nApple\t\tcompany\t\t\nOpenAI\t\tcompany\tOpen AI\t\n");
  EXPECT_EQ(MatchAt(g, "Nvidia rose", 0), "NVIDIA");
  EXPECT_EQ(MatchAt(g, "NVIDIA rose", 0), "NVIDIA");
  EXPECT_EQ(MatchAt(g, "an apple a day", 1), "");
  EXPECT_EQ(MatchAt(g, "APPLE BUYS STARTUP", 0), "Apple");
  EXPECT_EQ(MatchAt(g, "OPENAI RAISES", 0), "OpenAI");
  EXPECT_EQ(MatchAt(g, "Open AI raises", 0), "OpenAI");
  EXPECT_EQ(MatchAt(g, "openai raises", 0), "");
}

TEST(GazetteerTest, TheBelongsToOutletNamesAndPossessivesDoNot) {
  Gazetteer g = MustParse("The Information\t\toutlet\t\t\nBarron's\t\toutlet\t\t\nAmazon\t\tcompany\t\t\n");
  size_t len = 0;
  EXPECT_EQ(MatchAt(g, "according to the Information", 2, &len), "The Information");
  EXPECT_EQ(len, 2u);
  EXPECT_EQ(MatchAt(g, "The Information reported", 0, &len), "The Information");
  EXPECT_EQ(MatchAt(g, "the information was", 0), "");
  EXPECT_EQ(MatchAt(g, "Barron's reported", 0, &len), "Barron's");
  EXPECT_EQ(len, 2u);
  EXPECT_EQ(MatchAt(g, "Amazon's chips", 0, &len), "Amazon");
  EXPECT_EQ(len, 1u);
}

TEST(GazetteerTest, RootFollowsParents) {
  Gazetteer g = MustParse(
      "Alphabet\t\tcompany\t\t\nGoogle\tAlphabet\tcompany\t\t\nDeepMind\tGoogle\tcompany\t\t\n"
      "Amazon\t\tcompany\t\t\nAWS\tAmazon\tcompany\t\t\n");
  EXPECT_EQ(g.Root("AWS"), "Amazon");
  EXPECT_EQ(g.Root("DeepMind"), "Alphabet");
  EXPECT_EQ(g.Root("Google"), "Alphabet");
  EXPECT_EQ(g.Root("Alphabet"), "Alphabet");
  EXPECT_EQ(g.Root("Unknown Corp"), "Unknown Corp");
}

TEST(GazetteerTest, BuiltInLoadsAndRollsUpUnits) {
  Result<Gazetteer> g = Gazetteer::BuiltIn();
  ASSERT_TRUE(g.ok()) << g.status().ToString();
  EXPECT_GT(g->orgs().size(), 300u);
  EXPECT_EQ(g->Root("AWS"), "Amazon");
  EXPECT_EQ(g->Root("Azure"), "Microsoft");
  EXPECT_EQ(g->Root("DeepMind"), "Alphabet");
  EXPECT_EQ(g->Root("Google Cloud"), "Alphabet");
  ASSERT_NE(g->Find("Reuters"), nullptr);
  EXPECT_EQ(g->Find("Reuters")->kind, OrgKind::kOutlet);
  ASSERT_NE(g->Find("OpenAI"), nullptr);
  EXPECT_FALSE(g->Find("OpenAI")->descriptions.empty());
  EXPECT_EQ(MatchAt(*g, "Facebook bought it", 0), "Meta");
  EXPECT_EQ(MatchAt(*g, "a16z led the round", 0), "Andreessen Horowitz");
}

// One-word names with no corporate cue are the ones the rules miss; the
// built-in file knows them, in their all-caps form too.
TEST(GazetteerTest, BuiltInKnowsNamesWithoutCues) {
  Result<Gazetteer> g = Gazetteer::BuiltIn();
  ASSERT_TRUE(g.ok()) << g.status().ToString();
  EXPECT_GT(g->orgs().size(), 2000u);
  EXPECT_EQ(MatchAt(*g, "Nscale signed a deal", 0), "Nscale");
  EXPECT_EQ(MatchAt(*g, "Cambricon shares rose", 0), "Cambricon");
  EXPECT_EQ(MatchAt(*g, "Telenor agreed to sell", 0), "Telenor");
  EXPECT_EQ(MatchAt(*g, "ADYEN REPORTS", 0), "Adyen");
  EXPECT_EQ(MatchAt(*g, "Greenoaks led the round", 0), "Greenoaks Capital");
  EXPECT_EQ(MatchAt(*g, "Khazna will build it", 0), "Khazna Data Centers");
  EXPECT_EQ(g->Root("Gradient Ventures"), "Alphabet");  // a venture arm rolls up
  EXPECT_EQ(g->Root("Mobileye"), "Mobileye");            // an acquired company does not
}

TEST(GazetteerTest, InvestmentFirmsByKindOrLastWord) {
  Result<Gazetteer> g = Gazetteer::BuiltIn();
  ASSERT_TRUE(g.ok()) << g.status().ToString();
  EXPECT_TRUE(LooksLikeInvestmentFirm(*g, "Temasek"));             // a fund in the gazetteer
  EXPECT_FALSE(LooksLikeInvestmentFirm(*g, "NVIDIA"));             // a company in it
  EXPECT_TRUE(LooksLikeInvestmentFirm(*g, "Nordvik Ventures"));    // unknown, an investor's word
  EXPECT_FALSE(LooksLikeInvestmentFirm(*g, "Korvath Robotics"));
  EXPECT_FALSE(LooksLikeInvestmentFirm(*g, "Korvath"));
}

// Names that are common English words when capitalized (a sentence start, a
// headline) are listed only in their longer form: "Scale AI", "Grab Holdings".
TEST(GazetteerTest, BuiltInHasNoCommonWordAliases) {
  Result<Gazetteer> g = Gazetteer::BuiltIn();
  ASSERT_TRUE(g.ok()) << g.status().ToString();
  for (const char* word :
       {"Scale", "Figure", "Together", "Switch", "Aligned", "Grab", "Chime", "Valor", "Unity", "Block",
        "Square", "Wise", "Box", "Elastic", "Bolt", "Ramp", "Replicate", "Writer", "Circle", "Tether",
        "Ripple", "Gemini", "Kraken", "Harness", "Sentry", "Mercury", "Plaid", "Toast", "Affirm", "Fortress",
        "Millennium", "Floodgate", "Hexagon", "Gigabyte", "Upstage", "Rebellions", "Postman", "Tableau",
        "Pinecone", "Remote", "Flex", "Sharp", "Canon", "Disco", "Carrier", "Continental", "Starling",
        "Rockstar", "Fractal", "Optimum", "Eternal", "Strategy"}) {
    std::string text = std::string(word) + " said on Monday";
    EXPECT_EQ(MatchAt(*g, text, 0), "") << word;
  }
}

TEST(GazetteerTest, MatchAtAgreesWithAWalkOfTheAliases) {
  // Random texts of aliases of the built-in list, whole or cut short, exact,
  // all-caps or after "the", with possessives straight and curly and other
  // words between: the indexed look-up gives the walk's answer at every
  // token and for every end, on the built-in list and on a small one.
  Result<Gazetteer> small = Gazetteer::Parse(std::string(kHeader) +
                                                 "Barron's\t\toutlet\tBarron's Weekly\t\n"
                                                 "Barron\t\tcompany\tBarron Group|Barron Group Holdings\t\n"
                                                 "Barron Labs\t\tcompany\tBarron Labs Group|Barron Lab\t\n"
                                                 "The Information\t\toutlet\tThe Info\t\n"
                                                 "The Info Group\t\tcompany\t\t\n",
                                             "test.tsv");
  Result<Gazetteer> built_in = Gazetteer::BuiltIn();
  ASSERT_TRUE(small.ok()) << small.status().ToString();
  ASSERT_TRUE(built_in.ok());
  std::vector<std::vector<std::string>> aliases = {{"Barron", "'s", "Weekly"}, {"Barron", "Group", "Holdings"}, {"Barron", "Labs", "Group"},
                                                   {"The", "Info", "Group"}, {"The", "Information"}};
  for (std::string_view line : ListLines()) {
    if (line.empty() || line[0] == '#') continue;
    size_t tab = line.find('\t');
    aliases.push_back(AliasTokenTexts(line.substr(0, tab)));
    size_t field = line.find('\t', line.find('\t', tab + 1) + 1);
    std::string_view rest = line.substr(field + 1, line.find('\t', field + 1) - field - 1);
    for (size_t a = 0; a < rest.size();) {
      size_t b = rest.find('|', a);
      if (b == std::string_view::npos) b = rest.size();
      if (b > a) aliases.push_back(AliasTokenTexts(rest.substr(a, b - a)));
      a = b + 1;
    }
  }
  const std::vector<std::string> others = {"the", "'s", "\u2019s", "said", "and", "of", "Group", "Inc.", "2025"};
  for (const Gazetteer* g : {&*small, &*built_in}) {
    std::mt19937 rng(7);
    size_t matches = 0, longer = 0;
    for (int round = 0; round < 4000; ++round) {
      std::vector<std::string> words;
      for (int piece = 1 + static_cast<int>(rng() % 4); piece > 0; --piece) {
        if (rng() % 3 == 0) {
          words.push_back(others[rng() % others.size()]);
          continue;
        }
        const std::vector<std::string>& alias = aliases[g == &*small ? rng() % 5 : rng() % aliases.size()];
        size_t take = rng() % 3 == 0 ? 1 + rng() % alias.size() : alias.size();
        bool upper = rng() % 5 == 0, lower_the = rng() % 4 == 0;
        for (size_t k = 0; k < take; ++k) {
          std::string w = alias[k];
          if (upper && w != "'s") {
            for (char& c : w) c = c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c;
          }
          if (k == 0 && lower_the && w == "The") w = "the";
          words.push_back(w);
        }
      }
      std::string text;
      for (const std::string& w : words) {
        if (!text.empty() && w != "'s" && w != "\u2019s") text += ' ';  // possessives glued
        text += w;
      }
      Segmentation seg = Segment(text);
      for (size_t end = 0; end <= seg.tokens.size(); ++end) {
        for (size_t i = 0; i <= end; ++i) {
          AliasMatch fast, walk;
          bool a = g->MatchAt(text, seg.tokens, i, end, &fast);
          bool b = g->MatchAtByWalk(text, seg.tokens, i, end, &walk);
          ASSERT_EQ(a, b) << text << " at " << i << " to " << end;
          if (!a) continue;
          ++matches;
          longer += walk.end_token > i + 1;
          EXPECT_EQ(fast.org, walk.org) << text;
          EXPECT_EQ(fast.end_token, walk.end_token) << text;
        }
      }
    }
    EXPECT_GT(matches, 5000u);
    EXPECT_GT(longer, 2000u);  // aliases of two tokens or more
  }
}

TEST(GazetteerTest, MayStartAtEveryAliasInEveryForm) {
  // The filter in front of the look-up never rejects the first token of an
  // alias of the built-in list (as written, in capitals, or "the" for "The"),
  // and rejects common words that start none.
  Result<Gazetteer> g = Gazetteer::BuiltIn();
  ASSERT_TRUE(g.ok());
  auto may_start = [&](const std::string& text) {
    Segmentation seg = Segment(text);
    return !seg.tokens.empty() && g->MayStartAt(text, seg.tokens[0]);
  };
  size_t checked = 0;
  for (std::string_view line : ListLines()) {
    if (line.empty() || line[0] == '#' || line.starts_with("canonical\t")) continue;
    size_t tab = line.find('\t');
    std::vector<std::string> names = {std::string(line.substr(0, tab))};
    size_t field = line.find('\t', line.find('\t', tab + 1) + 1);
    std::string_view rest = line.substr(field + 1, line.find('\t', field + 1) - field - 1);
    for (size_t a = 0; a < rest.size();) {
      size_t b = rest.find('|', a);
      if (b == std::string_view::npos) b = rest.size();
      if (b > a) names.emplace_back(rest.substr(a, b - a));
      a = b + 1;
    }
    for (const std::string& name : names) {
      std::string upper = name;
      for (char& c : upper) c = c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c;
      EXPECT_TRUE(may_start(name)) << name;
      EXPECT_TRUE(may_start(upper)) << upper;
      if (name.starts_with("The ")) {
        EXPECT_TRUE(may_start("the" + name.substr(3))) << name;
      }
      ++checked;
    }
  }
  EXPECT_GT(checked, 3000u);
  for (const char* word : {"in", "said", "and", "billion", "company", "with"}) EXPECT_FALSE(may_start(word)) << word;
}

TEST(GazetteerTest, EveryAliasFormIsTheOwnerAPlainMapGives) {
  // The index keeps the token texts of every alias form in one block of its
  // own: parsed from a copy of the built-in list that is overwritten and let
  // go, each form (as written, in capitals, "the" for "The") still matches in
  // full and names the organization a plain map of token lists gives it
  // (exact forms first, then the other forms where still free).
  std::string copy(embedded::organizations_tsv);
  Result<Gazetteer> g = Gazetteer::Parse(copy, "copy.tsv");
  ASSERT_TRUE(g.ok()) << g.status().ToString();
  std::fill(copy.begin(), copy.end(), 'x');
  std::string().swap(copy);
  std::map<std::vector<std::string>, std::string> owner;
  std::vector<std::pair<std::string, std::vector<std::string>>> exact;  // canonical, tokens
  for (std::string_view line : ListLines()) {
    if (line.empty() || line[0] == '#' || line.starts_with("canonical\t")) continue;
    size_t tab = line.find('\t');
    std::string canonical(line.substr(0, tab));
    exact.emplace_back(canonical, AliasTokenTexts(canonical));
    size_t field = line.find('\t', line.find('\t', tab + 1) + 1);
    std::string_view rest = line.substr(field + 1, line.find('\t', field + 1) - field - 1);
    for (size_t a = 0; a < rest.size();) {
      size_t b = rest.find('|', a);
      if (b == std::string_view::npos) b = rest.size();
      if (b > a) exact.emplace_back(canonical, AliasTokenTexts(rest.substr(a, b - a)));
      a = b + 1;
    }
  }
  for (const auto& [canonical, tokens] : exact) owner.emplace(tokens, canonical);
  for (const auto& [canonical, tokens] : exact) {
    std::vector<std::string> upper = tokens;
    for (std::string& t : upper) {
      if (t == "'s") continue;
      for (char& c : t) c = c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c;
    }
    owner.emplace(upper, canonical);
    if (tokens.size() > 1 && tokens[0] == "The") {
      std::vector<std::string> the = tokens;
      the[0] = "the";
      owner.emplace(the, canonical);
    }
  }
  size_t checked = 0;
  for (const auto& [tokens, canonical] : owner) {
    std::string text;
    for (const std::string& t : tokens) text += (text.empty() || t == "'s" ? "" : " ") + t;
    if (SegmentedTexts(text) != tokens) continue;  // spaces the alias did not have
    size_t length = 0;
    EXPECT_EQ(MatchAt(*g, text, 0, &length), canonical) << text;
    EXPECT_EQ(length, tokens.size()) << text;
    ++checked;
  }
  EXPECT_GT(checked, 6000u);
}

// Whether `a` and `b` answer alike: the same organizations (every field),
// Find and RootView of each canonical name, and MayStartAt, MatchAt and
// MatchAtByWalk at every token of each text (to its end and to one token on).
void ExpectSameAnswers(const Gazetteer& a, const Gazetteer& b, const std::vector<std::string>& texts) {
  ASSERT_EQ(a.orgs().size(), b.orgs().size());
  for (size_t k = 0; k < a.orgs().size(); ++k) {
    const OrgInfo& x = a.orgs()[k];
    const OrgInfo& y = b.orgs()[k];
    EXPECT_EQ(x.canonical, y.canonical);
    EXPECT_EQ(x.parent, y.parent) << x.canonical;
    EXPECT_EQ(x.kind, y.kind) << x.canonical;
    EXPECT_EQ(x.descriptions, y.descriptions) << x.canonical;
    EXPECT_EQ(x.place_units, y.place_units) << x.canonical;
    EXPECT_EQ(b.Find(x.canonical), &y) << x.canonical;
    EXPECT_EQ(a.RootView(x.canonical), b.RootView(x.canonical));
  }
  for (const std::string& text : texts) {
    Segmentation seg = Segment(text);
    const size_t n = seg.tokens.size();
    for (size_t i = 0; i < n; ++i) {
      ASSERT_EQ(a.MayStartAt(text, seg.tokens[i]), b.MayStartAt(text, seg.tokens[i])) << TokenText(text, seg.tokens[i]);
      for (size_t end : {n, std::min(n, i + 1)}) {
        AliasMatch x, y;
        ASSERT_EQ(a.MatchAt(text, seg.tokens, i, end, &x), b.MatchAt(text, seg.tokens, i, end, &y))
            << TokenText(text, seg.tokens[i]) << " at " << i;
        EXPECT_EQ(x.org, y.org);
        EXPECT_EQ(x.end_token, y.end_token);
        ASSERT_EQ(a.MatchAtByWalk(text, seg.tokens, i, end, &x), b.MatchAtByWalk(text, seg.tokens, i, end, &y));
        EXPECT_EQ(x.org, y.org);
        EXPECT_EQ(x.end_token, y.end_token);
      }
    }
  }
}

// The list's own text, as written, in capitals and with "The" as "the":
// every alias form of the list is in one of them.
std::vector<std::string> ListTexts(std::string_view tsv) {
  std::string upper(tsv), the(tsv);
  for (char& c : upper) c = c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c;
  for (size_t p = the.find("The "); p != std::string::npos; p = the.find("The ", p + 1)) the[p] = 't';
  return {std::string(tsv), upper, the};
}

TEST(GazetteerTest, BuiltInIsAParseOfTheBuiltInList) {
  // BuiltIn loads the image the build made of organizations.tsv: it holds
  // what a Parse of the same list holds, byte for byte, and answers alike.
  Result<Gazetteer> built_in = Gazetteer::BuiltIn();
  Result<Gazetteer> parsed = Gazetteer::Parse(embedded::organizations_tsv, "organizations.tsv");
  ASSERT_TRUE(built_in.ok()) << built_in.status().ToString();
  ASSERT_TRUE(parsed.ok()) << parsed.status().ToString();
  EXPECT_EQ(built_in->Image(), parsed->Image());
  EXPECT_GT(built_in->orgs().size(), 5000u);
  std::vector<std::string> texts = ListTexts(embedded::organizations_tsv);
  texts.push_back("Facebook bought it. THE INFORMATION reported that the Information and Barron's said so.");
  ExpectSameAnswers(*built_in, *parsed, texts);
}

TEST(GazetteerTest, ImageLoadsBackToTheSameGazetteer) {
  // A small list with what the index keeps apart: one-token aliases, a first
  // token starting many longer aliases (looked up by the second word), "'s",
  // "The", all-caps forms, a parent, descriptions and a unit named by place.
  const std::string tsv = std::string(kHeader) +
                          "Barron's\t\toutlet\tBarron's Weekly\tfinancial weekly\n"
                          "Barron\t\tcompany\tBarron Group|Barron Group Holdings|Barron Labs|Barron Capital|"
                          "Barron Energy|Barron AI\t\n"
                          "The Information\t\toutlet\tThe Info\ttech news site|the newsletter\n"
                          "Ameren\t\tcompany\t\tutility\n"
                          "Ameren Illinois\tAmeren\tcompany\t\t\n"
                          "3M\t\tcompany\tMMM|3M Company\t\n"
                          "AT&T\t\tcompany\tAT & T|T\t\n"
                          "Q\t\tfund\tQ Capital\t\n";
  Result<Gazetteer> parsed = Gazetteer::Parse(tsv, "small.tsv");
  ASSERT_TRUE(parsed.ok()) << parsed.status().ToString();
  std::string image = parsed->Image();
  Result<Gazetteer> loaded = Gazetteer::FromImage(image, "small.image");
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  const std::string copy = image;
  std::fill(image.begin(), image.end(), '\xff');  // the loaded gazetteer keeps copies, no views of the image
  std::string().swap(image);
  EXPECT_EQ(loaded->Image(), copy);
  EXPECT_TRUE(loaded->Find("Ameren")->place_units);
  EXPECT_EQ(loaded->Root("Ameren Illinois"), "Ameren");
  EXPECT_EQ(MatchAt(*loaded, "the Information said", 0), "The Information");
  EXPECT_EQ(MatchAt(*loaded, "BARRON AI rose", 0), "Barron");
  std::vector<std::string> texts = ListTexts(tsv);
  texts.push_back("Barron's Weekly and Barron Group Holdings, Barron's, BARRON\u2019s, T and Q Capital, AT&T.");
  ExpectSameAnswers(*loaded, *parsed, texts);
  // A gazetteer without a list: no index, an image all the same.
  Result<Gazetteer> empty = Gazetteer::FromImage(Gazetteer().Image(), "empty.image");
  ASSERT_TRUE(empty.ok()) << empty.status().ToString();
  EXPECT_TRUE(empty->orgs().empty());
  EXPECT_EQ(empty->Find("Barron"), nullptr);
}

TEST(GazetteerTest, FromImageRejectsDamagedImages) {
  // Every cut of an image, a byte more, other bytes and another layout
  // version are errors naming the image, never a crash or a partial list.
  Gazetteer g = MustParse("Barron\t\tcompany\tBarron Group|Barron Labs|Barron Capital|Barron AI|Barron Energy\t\n"
                          "The Information\t\toutlet\t\t\n");
  const std::string image = g.Image();
  ASSERT_TRUE(Gazetteer::FromImage(image, "x.image").ok());
  for (size_t cut = 0; cut < image.size(); ++cut) {
    Result<Gazetteer> r = Gazetteer::FromImage(std::string_view(image).substr(0, cut), "x.image");
    ASSERT_FALSE(r.ok()) << cut;
    EXPECT_EQ(r.status().code(), ErrorCode::kParseError);
    EXPECT_EQ(r.status().where(), "x.image");
  }
  EXPECT_EQ(Gazetteer::FromImage(image + '\0', "x.image").status().code(), ErrorCode::kParseError);
  EXPECT_EQ(Gazetteer::FromImage(std::string(image.size(), 'x'), "x.image").status().code(), ErrorCode::kParseError);
  std::string newer = image;
  newer[4] = static_cast<char>(newer[4] + 1);  // the version, after the 4-byte magic
  EXPECT_EQ(Gazetteer::FromImage(newer, "x.image").status().code(), ErrorCode::kVersionMismatch);
}

TEST(GazetteerTest, LoadReportsMissingFile) {
  Result<Gazetteer> g = Gazetteer::Load("/nonexistent/orgs.tsv");
  ASSERT_FALSE(g.ok());
  EXPECT_EQ(g.status().code(), ErrorCode::kNotFound);
  Result<Gazetteer> real = Gazetteer::Load(DEALGRAPH_SOURCE_DIR "/data/gazetteer/organizations.tsv");
  EXPECT_TRUE(real.ok()) << real.status().ToString();
}

}  // namespace
}  // namespace dealgraph
