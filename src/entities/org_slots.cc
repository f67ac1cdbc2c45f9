// Deal phrase slots: the words around a capitalized name that make it a party
// ("acquired X", "X raised", "stake in X", "X, a startup").
#include "entities/org_slots.h"

#include "entities/lexicon.h"
#include "entities/token_flags.h"
#include "entities/word_match.h"

namespace dealgraph {
namespace {

// Nouns that, after "<Name>, a ...", say the name is an organization.
constexpr std::string_view kOrgNounsWords[] = {
    "startup", "start-up", "company", "firm", "maker", "provider", "developer", "operator", "lab", "bank",
    "fund", "investor", "manufacturer", "designer", "platform", "giant", "retailer", "carrier", "unit",
    "subsidiary", "group", "business", "chipmaker", "conglomerate", "insurer", "lender", "utility", "producer",
    "owner", "supplier", "vendor", "rival", "specialist", "corporation", "partnership", "venture", "affiliate",
    "automaker", "carmaker", "distributor", "publisher", "brand", "chain", "network", "agency", "holding",
    "vehicle", "arm", "consortium", "manager", "outfit", "installer", "integrator", "contractor", "miner",
    "marketplace", "studio", "broker", "builder", "neobank", "fintech", "telco", "app", "processor", "custodian",
    "service", "consultancy", "alternative", "challenger", "competitor", "spinout", "spin-off", "spin-out",
    "grocer", "supermarket", "airline", "broadcaster", "drugmaker", "chaebol"};

// Verbs after a subject name: "Acme raised", "Acme has agreed".
constexpr std::string_view kSubjectVerbsWords[] = {
    "raised", "raises", "raising", "agreed", "agrees", "acquired", "acquires", "bought", "buys", "invested",
    "invests", "signed", "signs", "completed", "completes", "closed", "closes", "sold", "sells", "merged",
    "merges", "led", "co-led", "plans", "intends", "shares", "stock", "acquire", "buy", "invest", "raise",
    "sell", "merge", "agree", "sign", "complete", "acquiring", "buying", "investing", "selling", "merging",
    "secured", "secures", "landed", "lands", "announced", "unveiled", "filed", "reported", "posted", "employs",
    "operates", "owns", "leads", "provides", "manufactures", "produces", "supplies", "competes", "offers",
    "designs", "develops", "distributes", "markets", "purchases", "makes", "manufacture", "provide", "produce",
    "supply", "compete", "offer", "develop", "distribute", "entered", "enters", "stockholders", "shareholders",
    "pay", "pays", "paid", "accepted", "accepts", "rejected", "rejects", "received", "receives", "scrapped",
    "abandoned", "terminated", "approached", "won", "placed", "ordered", "struck", "inked", "formed", "withdrew",
    "expanded", "took", "takes", "granted", "lead", "co-lead", "lined", "backed", "funded", "inject",
    "injects", "injected", "snapped", "snaps", "purchased", "rebuffed", "rebuffs", "spurned", "spurns", "ended", "ends", "halted",
    "suspended", "cancelled", "canceled", "offered"};

constexpr std::string_view kAuxiliariesWords[] = {"has",  "had",      "have",     "will",       "is", "was",
                                             "would", "could", "may", "also", "recently", "previously",
                                             "then", "later", "to", "been", "already"};

// Nouns after "<Name>'s": "Acme's acquisition", "Acme's CEO".
constexpr std::string_view kPossessedNounsWords[] = {
    "acquisition", "stake", "shares", "stock", "board", "ceo", "chief", "founder", "cofounder", "co-founder",
    "subsidiary", "unit", "parent", "investors", "valuation", "revenue", "revenues", "deal", "purchase",
    "takeover", "merger", "offer", "bid", "ipo", "platform", "products", "customers", "employees",
    "headquarters", "president", "chairman", "executives", "management", "shareholders", "business",
    "operations", "assets", "chips", "models", "software", "market", "cloud", "data", "funding", "investment",
    "net", "income", "earnings", "sales", "profit", "first", "largest", "attempt", "plan", "plans", "approach",
    "fundraising", "financing", "round", "backers", "last", "latest", "agreement", "contract", "pact",
    "proposal"};

// Role words right after a name: "Acme CEO Jane Doe".
constexpr std::string_view kRoleAfterWords[] = {
    "ceo", "cfo", "cto", "coo", "chief", "chairman", "founder", "co-founder", "cofounder", "spokesperson",
    "spokesman", "spokeswoman", "president", "executives", "ceos"};

// Trades before a name in a title-case headline: "to Buy Chip Designer Ampere".
constexpr std::string_view kTitledTradesWords[] = {"designer",  "maker",    "startup",  "provider",
                                                   "developer", "operator", "supplier", "chipmaker"};

// Verbs after a name that make it a person: "the company Elon Musk founded".
constexpr std::string_view kPeopleVerbsWords[] = {"founded", "co-founded", "cofounded", "started", "created",
                                                  "runs",    "ran",        "joined",    "heads",   "headed"};

// Words right before a name that make it a party: "acquired X", "startup X".
constexpr std::string_view kSlotBeforeWords[] = {
    "acquire", "acquired", "acquires", "acquiring", "absorb", "absorbs", "absorbed", "absorbing",
    "buy", "buys", "bought", "buying",
    "purchased", "startup", "start-up", "firm", "rival", "rivals", "chipmaker", "developer",
    "provider", "operator", "subsidiary", "investor", "investors", "backer", "backers", "lender",
    "competitor", "competitors", "acquirer", "target", "company", "maker", "unit", "carrier",
    "automaker", "retailer", "insurer", "conglomerate", "fund", "bank", "group", "neobank",
    "fintech", "studio", "designer", "manufacturer", "supplier", "vendor", "publisher",
    "specialist", "platform", "utility", "lab", "app", "marketplace", "broker", "builder",
    "installer", "integrator", "distributor", "contractor", "producer", "outfit", "approached", "owner",
    "arm", "division", "companies", "businesses", "firms", "startups", "start-ups", "studios", "makers",
    "developers", "operators", "providers", "carriers", "banks", "funds", "lenders", "groups",
    "grocer", "supermarket", "airline", "broadcaster", "drugmaker", "chaebol", "miner", "telco", "generator"};

// Deal nouns after "<Name>'s" and its modifiers: "Acme's planned takeover".
constexpr std::string_view kPossessedDealsWords[] = {"acquisition", "takeover", "purchase", "merger",
                                                     "bid",         "offer",    "investment", "buyout",
                                                     "round",       "series",   "funding",  "financing"};

// The lists behind their first-byte-and-length filters (asked for most tokens
// near a name).
constexpr FoldedWordList kOrgNouns(kOrgNounsWords);
constexpr FoldedWordList kSubjectVerbs(kSubjectVerbsWords);
constexpr FoldedWordList kAuxiliaries(kAuxiliariesWords);
constexpr FoldedWordList kPossessedNouns(kPossessedNounsWords);
constexpr FoldedWordList kRoleAfter(kRoleAfterWords);
constexpr FoldedWordList kTitledTrades(kTitledTradesWords);
constexpr FoldedWordList kPeopleVerbs(kPeopleVerbsWords);
constexpr FoldedWordList kSlotBefore(kSlotBeforeWords);
constexpr FoldedWordList kPossessedDeals(kPossessedDealsWords);

}  // namespace

bool InDealSlot(std::string_view text, const std::vector<Token>& tokens, size_t begin, size_t end, size_t s,
                size_t e) {
  auto text_at = [&](size_t k) { return TokenText(text, tokens[k]); };
  auto flags_at = [&](size_t k) { return WordFlagsAt(text, tokens, k); };
  // ("to China-linked fund": a word glued to a participle describes, it names no one.)
  if (e == s + 1) {
    const std::string_view w = text_at(s);
    if (w.size() > 4 && w.find('-') != std::string_view::npos && w.substr(w.size() - 2) == "ed") return false;
  }
  // "backed by Italy's Agnelli family": people, not a company.
  if (e < end && (text_at(e) == "family" || text_at(e) == "families")) return false;
  // ("merger with Monterrey payments processor Dinero Directo", "65% of Ho
  // Chi Minh City cloud provider X": a place before the trade of the name
  // after it, no party itself.)
  {
    size_t j = e;
    while (j < end && j < e + 3 && tokens[j].kind == TokenKind::kWord && !tokens[j].capitalized &&
           !OneOf(text_at(j), kOrgNouns) &&
           !OneOf(text_at(j), {"to", "of", "in", "for", "with", "by", "from", "at", "on", "and", "or", "the", "a",
                               "an", "its", "their", "as", "is", "was", "has", "had", "will", "said", "says"}) &&
           !OneOf(text_at(j), kSubjectVerbs) && !(text_at(j).size() > 3 && text_at(j).ends_with("ed"))) {
      ++j;
    }
    if (j > e && j + 1 < end && OneOf(text_at(j), kOrgNouns) && tokens[j + 1].capitalized &&
        tokens[j + 1].kind == TokenKind::kWord) {
      return false;
    }
  }
  // "led by Norway's Aker", "to buy Taiwan's Kestrel Motion": the slot is
  // before the place that says where the company is from.
  if (s >= begin + 2 && tokens[s - 1].kind == TokenKind::kPossessive && (flags_at(s - 2) & kPlaceWord)) {
    size_t p = s - 2;
    if (p > begin && (flags_at(p - 1) & kPlaceWord) && tokens[p - 1].capitalized) --p;  // "Saudi Arabia's"
    return InDealSlot(text, tokens, begin, end, p, e);
  }
  // "to Czech billionaire Daniel Kretinsky's EPEI": a rich person's company.
  if (s >= begin + 4 && tokens[s - 1].kind == TokenKind::kPossessive) {
    size_t p = s - 1;
    while (p > begin && s - 1 - p < 3 && tokens[p - 1].capitalized && tokens[p - 1].kind == TokenKind::kWord) --p;
    if (p < s - 1 && p > begin &&
        OneOf(text_at(p - 1), {"billionaire", "tycoon", "magnate", "entrepreneur", "financier", "investor"})) {
      return true;
    }
  }
  // "to Buy Chip Designer Ampere" (a title-case headline): a trade before the name.
  if (e < end && tokens[e].capitalized) {
    if (OneOf(text_at(e - 1), kTitledTrades)) return false;
  }
  // "the company Elon Musk founded": people found, run and join companies.
  // (But "and the regional investor PMV joined.", "Y joined the round": an investor joins a round.)
  const bool joined_round =
      e + 1 < end && EqualsLower(text_at(e), "joined") &&
      (text_at(e + 1) == "." || text_at(e + 1) == "," ||
       (e + 2 < end && EqualsLower(text_at(e + 1), "the") &&
        OneOf(text_at(e + 2), {"round", "financing", "raise", "funding", "investment"})));
  if (e < end && !joined_round && OneOf(text_at(e), kPeopleVerbs)) return false;
  if (joined_round) return true;
  // ("Finland's state-owned investor Tesi also took part", "X also
  // participated": a backer taking part in a round.)
  {
    size_t v = e;
    if (v < end && EqualsLower(text_at(v), "also")) ++v;
    if (v + 1 < end && ((EqualsLower(text_at(v), "took") && EqualsLower(text_at(v + 1), "part")) ||
                        (v > e && OneOf(text_at(v), {"participated", "invested", "co-invested"})))) {
      return true;
    }
  }
  // "the purchase of the German film library Kinothek": a description
  // between a deal noun's "of" and the name.
  // (Not "of the Roomba maker", "of the silicon carbide JFET business", "of
  // the New Jersey-based company": a modifier or a place.)
  if (s > begin + 3 && !(flags_at(s) & (kPlaceWord | kDemonymWord)) && !(e < end && OneOf(text_at(e), kOrgNouns))) {
    size_t j = s, described = 0;
    while (j > begin + 2 && s - j < 4 &&
           (!tokens[j - 1].capitalized || (flags_at(j - 1) & (kPlaceWord | kDemonymWord))) &&
           tokens[j - 1].kind == TokenKind::kWord && !EqualsLower(text_at(j - 1), "of")) {
      if (!OneOf(text_at(j - 1), {"the", "a", "an"})) ++described;
      --j;
    }
    if (described > 0 && j > begin + 1 && EqualsLower(text_at(j - 1), "of") &&
        OneOf(text_at(j - 2), {"acquisition", "purchase", "takeover", "buyout", "sale"})) {
      return true;
    }
  }
  // "London-based Quillmark Legal": a name after where it is based.
  // ("Luxembourg-based exchange Bitstamp", "Paris-based payments start-up X":
  // up to three lower-case words of its trade between.)
  for (size_t j = s; j-- > begin && s - j <= 4;) {
    std::string_view before = text_at(j);
    if (before.size() > 6 && before.substr(before.size() - 6) == "-based" && tokens[j].capitalized) return true;
    // ("a Pangyo-based developer of Korean-language models": not past a preposition.)
    if (tokens[j].kind != TokenKind::kWord || tokens[j].capitalized ||
        OneOf(before, {"of", "for", "in", "with", "to", "and", "or", "by", "from", "on", "at"})) {
      break;
    }
  }
  // "take restaurant-ordering platform Olo private": a buyout's target.
  if (e < end && text_at(e) == "private") {
    for (size_t j = s; j-- > begin && s - j <= 5;) {
      if (OneOf(text_at(j), {"take", "takes", "took", "taking"})) return true;
    }
  }
  if (s > begin) {
    std::string_view w1 = text_at(s - 1);
    if (OneOf(w1, kSlotBefore)) return true;
    // ("Colombian card processor Pasarela Caribe", "payments processor Y":
    // not "the ARC processor IP business", a product.)
    if (s > begin + 1 && EqualsLower(w1, "processor") && OneOf(text_at(s - 2), {"card", "payment", "payments"})) {
      return true;
    }
    // "pension manager Kustpension", "asset manager Nordea": a manager of
    // money (not "portfolio manager Jane Doe", a person).
    if (s > begin + 1 && EqualsLower(w1, "manager") &&
        OneOf(text_at(s - 2), {"pension", "asset", "investment", "wealth", "infrastructure"})) {
      return true;
    }
    if (s > begin + 1) {
      std::string_view w2 = text_at(s - 2);
      if (EqualsLower(w1, "by") &&
          OneOf(w2, {"led", "co-led", "backed", "funded", "acquired", "owned", "bought", "financed",
                     "purchased", "controlled", "joined", "run", "operated", "made", "developed"})) {
        return true;
      }
      // "paid 780 million euros for Nordwerk": what was paid for, past the amount.
      if (EqualsLower(w1, "for") && (tokens[s - 2].kind == TokenKind::kNumber ||
                                     OneOf(w2, {"million", "billion", "trillion", "bn", "mn", "m", "crore", "yen",
                                                "won", "euros", "dollars", "pounds", "francs", "rupees", "yuan"}))) {
        for (size_t j = s - 2; j-- > begin && s - j < 9;) {
          std::string_view w = text_at(j);
          // ("offered as much as $5 billion for Circle": a bid's price.)
          if (OneOf(w, {"paid", "pay", "pays", "paying", "offered", "offering", "offer", "offers", "bid", "bidding"})) {
            return true;
          }
          if (w == "," || EqualsLower(w, "for")) break;
        }
      }
      // "an offer for Alphawave", "its bid for Kestrel"
      // ("a $400 million round for Lumaris")
      if (EqualsLower(w1, "for") && OneOf(w2, {"offer", "offers", "bid", "bids", "approach", "proposal", "round",
                                               "financing", "funding"})) {
        return true;
      }
      if (EqualsLower(w1, "in") && OneOf(w2, {"invest", "invested", "invests", "investing", "investment",
                                              "investments", "stake", "stakes", "interest", "shares",
                                              "position", "round", "holding"})) {
        return true;
      }
      // "will invest EUR140 million in Valcourt", "put $2 billion into Y": past the amount to the verb.
      // ("will inject up to NZ$300 million of fresh equity into Y", "an
      // investment of as much as 30 billion yen in Y": past what is put in.)
      if ((EqualsLower(w1, "in") || EqualsLower(w1, "into")) &&
          (tokens[s - 2].kind == TokenKind::kNumber ||
           OneOf(w2, {"million", "billion", "trillion", "bn", "mn", "m", "crore", "lakh", "yen", "won", "euros",
                      "dollars", "pounds", "francs", "rupees", "yuan", "equity", "capital", "funding"}))) {
        for (size_t j = s - 2; j-- > begin && s - j < 12;) {
          std::string_view w = text_at(j);
          if (OneOf(w, {"invest", "invested", "invests", "investing", "put", "puts", "putting", "poured", "pour",
                        "pours", "pumped", "pump", "injected", "inject", "injects", "injecting", "investment"})) {
            return true;
          }
          if (w == "," || EqualsLower(w, "in") || EqualsLower(w, "into")) break;
        }
      }
      // "Tamsworth led, with Granary Peak and ... also taking part": a co-investor.
      if (EqualsLower(w1, "with") && w2 == "," && s >= begin + 3 &&
          OneOf(text_at(s - 3), {"led", "co-led", "leading", "round"})) {
        return true;
      }
      // "the venture arm of Banco Serra Verde", "a subsidiary of Kestrel": the owner of a unit.
      if (EqualsLower(w1, "of") && OneOf(w2, {"arm", "subsidiary", "division", "affiliate"})) return true;
      // "first bought into Sanyi in 2023": a stake in the company.
      if (EqualsLower(w1, "into") && OneOf(w2, {"bought", "buy", "buys", "buying"})) return true;
      // "a stake of as much as 30% in Amagumo": the share between the stake and "in".
      if (EqualsLower(w1, "in") && (w2 == "%" || (w2.size() > 1 && w2.back() == '%') || OneOf(w2, {"percent", "cent"}))) {
        for (size_t j = s - 2; j-- > begin && s - j < 10;) {
          if (OneOf(text_at(j), {"stake", "stakes", "holding", "interest"})) return true;
        }
      }
      if (EqualsLower(w1, "with") &&
          OneOf(w2, {"merge", "merged", "merger", "merging", "deal", "deals", "partnership", "agreement",
                     "partnered", "partner", "partnering", "talks", "contract", "pact", "alliance",
                     "collaboration", "venture", "combine", "combined", "combination"})) {
        return true;
      }
      // ("a merger of equals": no name.)
      if (EqualsLower(w1, "of") && e == s + 1 && EqualsLower(text_at(s), "equals")) return false;
      if (EqualsLower(w1, "of") &&
          (OneOf(w2, {"acquisition", "purchase", "takeover", "merger", "subsidiary", "unit", "division", "business",
                      "owner", "parent", "shareholders", "shares", "stake", "sale", "buyout", "affiliate",
                      "spinoff", "spin-off", "acquisitions", "assets", "stock", "customers"}) ||
           OneOf(w2, kRoleAfter))) {
        return true;
      }
      if (EqualsLower(w1, "at") && (flags_at(s - 2) & kTitleWord)) return true;
      // "bought two Israeli start-ups, Talon Cyber Security and Dig Security",
      // "to three robotics start-ups: Tsumiki Robotics, Israel's Keshet Motion
      // and ...": companies counted, then named (each member of the list).
      for (size_t c = s; c-- > begin + 2 && s - c < 18;) {
        const std::string_view w = text_at(c);
        if (w == "," || w == ":") {
          if (OneOf(text_at(c - 1), {"start-ups", "startups", "companies", "firms", "makers", "developers",
                                     "suppliers", "providers", "operators", "groups", "businesses", "chipmakers",
                                     "designers", "lenders", "insurers", "manufacturers", "investors", "funds",
                                     "banks", "labs", "vendors"})) {
            for (size_t j = c - 1; j-- > begin && c - j < 6;) {
              if (OneOf(text_at(j), {"two", "three", "four", "five", "six"})) return true;
            }
            break;
          }
          if (w == ":") break;
          continue;
        }
        if (!(tokens[c].capitalized || w == "and" || tokens[c].kind == TokenKind::kPossessive ||
              w.ends_with("-based"))) {
          break;
        }
      }
      // "Its closest competitor, Harrowgate, completed", "its towers business,
      // GD Towers, to": a role or a unit in apposition.
      // ("... and the company's seed investor, Harrow Lane.": or at the sentence's end.)
      if (w1 == "," && (e == end || text_at(e) == "," || text_at(e) == ".") &&
          OneOf(w2, {"competitor", "rival", "parent", "owner", "subsidiary", "acquirer", "buyer", "seller",
                     "target", "backer", "investor", "customer", "supplier", "business", "unit", "division",
                     "arm"})) {
        return true;
      }
      // "USEC sold NAC to a subsidiary of Hitachi": the thing sold to a buyer
      // ("sell Hollanby Secure, its security division, to": before an apposition).
      if (OneOf(w1, {"sold", "sells", "selling", "sell"}) && e < end &&
          (EqualsLower(text_at(e), "to") ||
           (text_at(e) == "," && e + 1 < end && OneOf(text_at(e + 1), {"its", "the", "a", "an", "their"})))) {
        return true;
      }
      // "won the rights to the Elite Padel Tour", "rights to Kinothek": the owner of rights sold.
      if ((EqualsLower(w1, "to") && EqualsLower(w2, "rights")) ||
          (EqualsLower(w1, "the") && EqualsLower(w2, "to") && s > begin + 2 && EqualsLower(text_at(s - 3), "rights"))) {
        return true;
      }
      // "a cash offer of 905p a share, or roughly GBP2.1bn, for Greyfield Wealth":
      // the target after the price.
      if (EqualsLower(w1, "for") && w2 == ",") {
        for (size_t j = s - 2; j-- > begin && s - j < 16;) {
          std::string_view w = text_at(j);
          if (EqualsLower(w, "for")) break;
          if (OneOf(w, {"offer", "offers", "bid", "bids", "proposal", "approach"})) return true;
        }
      }
      // "the sale of its payments business, Nimbrel Pay, to Merriden": the buyer
      // after a unit in apposition ("agreed to sell a 47.5% stake in its online
      // arm X to Y": or after what is sold).
      if (EqualsLower(w1, "to")) {
        for (size_t j = s - 2; j-- > begin && s - j < 20;) {
          std::string_view w = text_at(j);
          if (EqualsLower(w, "to")) break;
          // ("to supply anode material to Elektrona": the buyer of goods supplied.)
          if (OneOf(w, {"sale", "sell", "sells", "sold", "selling", "license", "licence", "licensed", "licenses",
                        "supply", "supplies", "supplied", "supplying", "deliver", "delivers", "delivered",
                        "delivering", "ship", "ships", "shipped", "shipping"})) {
            return true;
          }
        }
      }
      // "will issue new shares worth EUR60 million to Hoogland Beheer": the buyer of shares sold or issued.
      if (EqualsLower(w1, "to")) {
        for (size_t j = s - 1; j-- > begin + 1 && s - j < 12;) {
          std::string_view w = text_at(j);
          if (w == "," || EqualsLower(w, "to")) break;
          if (!OneOf(w, {"shares", "stock"})) continue;
          for (size_t v = j; v-- > begin && j - v <= 4;) {
            if (OneOf(text_at(v), {"sell", "sells", "sold", "selling", "issue", "issues", "issued", "issuing"})) {
              return true;
            }
          }
          break;
        }
      }
      // ("borrowed $750 million from Y", "lent $9 billion to Y": a lender and a borrower.)
      if (EqualsLower(w1, "from") || EqualsLower(w1, "to")) {
        const bool from = EqualsLower(w1, "from");
        for (size_t j = s - 1; j-- > begin && s - j < 10;) {
          std::string_view w = text_at(j);
          if (w == "," || OneOf(w, {"from", "to"})) break;
          if (from ? OneOf(w, {"borrow", "borrows", "borrowed", "borrowing"})
                   : OneOf(w, {"lend", "lends", "lent", "lending"})) {
            return true;
          }
        }
      }
      // "will give Valcourt a grant of ...", "awarded Y a $14 million grant": the receiver.
      if (OneOf(w1, {"give", "gives", "gave", "giving", "award", "awards", "awarded"}) && e + 1 < end &&
          OneOf(text_at(e), {"a", "an"})) {
        return true;
      }
      // "a grant of up to EUR290 million for Valcourt", "$40 million in grants
      // to Y", "a subsidy from Z": the receiver or the giver of a grant.
      if (OneOf(w1, {"for", "to", "from"})) {
        for (size_t j = s - 1; j-- > begin && s - j < 10;) {
          std::string_view w = text_at(j);
          // ("a grant of up to EUR110 million for Y": "up to" is the amount's.)
          if (w == "," || OneOf(w, {"for", "from"}) || (EqualsLower(w, "to") && !(j > begin && EqualsLower(text_at(j - 1), "up")))) break;
          if (OneOf(w, {"grant", "grants", "subsidy", "subsidies", "award", "aid", "incentives"})) return true;
        }
      }
      if (EqualsLower(w1, "to") && OneOf(w2, {"sold", "sell", "sells", "selling", "sale", "merge", "itself"})) {
        return true;
      }
      // "buy about 10% of Kadokawa", "a 9.8 percent stake of X".
      if (EqualsLower(w1, "of") && (w2 == "%" || (w2.size() > 1 && w2.back() == '%') ||
                                    OneOf(w2, {"percent", "cent", "majority", "control"}))) {
        return true;
      }
      if (EqualsLower(w1, "from") &&
          OneOf(w2, {"funding", "investment", "investments", "backing", "capital", "financing", "raised",
                     "raises", "bought", "acquired", "purchased", "stake", "participation"})) {
        return true;
      }
    }
  }
  if (e < end) {
    std::string_view n1 = text_at(e);
    if (tokens[e].kind == TokenKind::kPossessive) {
      if (e + 1 < end && OneOf(text_at(e + 1), kPossessedNouns)) return true;
      // "Acme's proposed €4 billion acquisition of", "Acme's planned
      // all-stock takeover": lower-case modifiers and an amount between.
      for (size_t k = e + 1; k < end && k < e + 8; ++k) {
        std::string_view w = text_at(k);
        if (OneOf(w, kPossessedDeals)) {
          return k > e + 1;
        }
        // ("X's EUR3.1 Billion Takeover" in a title-case headline)
        bool modifier = (tokens[k].kind == TokenKind::kWord && !tokens[k].capitalized) ||
                        tokens[k].kind == TokenKind::kNumber || tokens[k].kind == TokenKind::kCurrency || w == "-" ||
                        OneOf(w, {"million", "billion", "trillion", "bn"});
        if (!modifier) break;
      }
      return false;
    }
    // ("X denied a report in The Information that it was in talks to sell
    // itself": a denial of a report about itself, the same.)
    const bool denies = OneOf(n1, {"denied", "denies"});
    if ((flags_at(e) & kSpeechVerb) || denies) {
      // "Larkspur Grid said on Monday it had raised ...": a subject that
      // speaks of itself as "it" and a deal verb is an organization.
      for (size_t k = e + 1; k + 1 < end && k < e + (denies ? 10 : 6); ++k) {
        if (text_at(k) != "it") continue;
        for (size_t v = k + 1; v < end && v < k + 4; ++v) {
          if (OneOf(text_at(v), kSubjectVerbs) || EqualsLower(text_at(v), "talks")) return true;
          if (!OneOf(text_at(v), kAuxiliaries) && !EqualsLower(text_at(v), "in")) break;
        }
        break;
      }
      return false;
    }
    // (Not "Remedies offered by Lanthier": a passive's participle.)
    if (!tokens[e].capitalized && OneOf(n1, kSubjectVerbs) &&
        !(n1 == "offered" && e + 1 < end && EqualsLower(text_at(e + 1), "by"))) {
      return true;
    }
    // ("Audiomax has ended talks to buy Y", "X broke off negotiations": a
    // verb of talks, past auxiliaries.)
    for (size_t k = e; k + 1 < end && k < e + 3; ++k) {
      if (OneOf(text_at(k), {"ended", "held", "opened", "entered", "resumed", "broke", "called", "pulled"})) {
        const std::string_view o = text_at(k + 1);
        if (OneOf(o, {"talks", "discussions", "negotiations", "off"})) return true;
        break;
      }
      if (!OneOf(text_at(k), kAuxiliaries)) break;
    }
    // ("Ouster combined with rival Velodyne": a merger verb and its partner.)
    if (EqualsLower(n1, "combined") && e + 2 < end && EqualsLower(text_at(e + 1), "with")) return true;
    // "Bayou Forge Data, which is building a campus in Louisiana, has formed
    // a joint venture": the subject of a deal verb past its relative clause.
    if (n1 == "," && e + 2 < end && EqualsLower(text_at(e + 1), "which")) {
      size_t c = e + 2;
      while (c < end && c < e + 20 && text_at(c) != ",") ++c;
      for (size_t k = c + 1; c < end && k < end && k < c + 5; ++k) {
        if (OneOf(text_at(k), kSubjectVerbs)) return true;
        if (!OneOf(text_at(k), kAuxiliaries)) break;
      }
      // ("Pinecrest Fiber, which serves rural towns, said on Tuesday that it
      // had ended talks": a speaker of its own deal.)
      if (c + 1 < end && (flags_at(c + 1) & kSpeechVerb)) {
        for (size_t k = c + 2; k + 1 < end && k < c + 8; ++k) {
          if (text_at(k) != "it") continue;
          for (size_t v = k + 1; v < end && v < k + 4; ++v) {
            if (OneOf(text_at(v), kSubjectVerbs) || OneOf(text_at(v), {"ended", "talks"})) return true;
            if (!OneOf(text_at(v), kAuxiliaries)) break;
          }
          break;
        }
      }
    }
    // "Tulpwerk, an AI bookkeeping tool for Dutch small businesses, has
    // secured": the subject of a deal verb past an apposition that says
    // what it is, whatever its noun.
    // ("Tether, the issuer of the world's largest stablecoin, is in talks to
    // invest": with "the" too, when no title word makes it a person's role.)
    // ("Ripple, best known for the XRP token, is buying": a participle's
    // description too.)
    if (n1 == "," && e + 2 < end &&
        OneOf(text_at(e + 1), {"a", "an", "the", "best", "known", "founded", "based", "backed", "owned",
                               "headquartered", "created", "started", "spun"})) {
      size_t c = e + 2;
      bool title = false;
      while (c < end && c < e + 16 && text_at(c) != "," && text_at(c) != "." && text_at(c) != ";") {
        title = title || (flags_at(c) & kTitleWord) != 0;
        ++c;
      }
      const bool article_ok = !EqualsLower(text_at(e + 1), "the") || !title;
      for (size_t k = c + 1; article_ok && c < end && text_at(c) == "," && k < end && k < c + 5; ++k) {
        if (OneOf(text_at(k), kSubjectVerbs)) return true;
        // ("..., is in talks to", "is in advanced talks")
        if (EqualsLower(text_at(k), "talks") && k > c + 1) return true;
        if (!OneOf(text_at(k), kAuxiliaries) && !EqualsLower(text_at(k), "in") &&
            !OneOf(text_at(k), {"early", "advanced", "exclusive", "preliminary"})) {
          break;
        }
      }
    }
    if (OneOf(n1, kAuxiliaries)) {
      for (size_t k = e + 1; k < end && k < e + 5; ++k) {
        if (OneOf(text_at(k), kSubjectVerbs) || EqualsLower(text_at(k), "talks")) return true;
        // ("is in early talks", "is in advanced talks")
        if (!OneOf(text_at(k), kAuxiliaries) && !EqualsLower(text_at(k), "in") &&
            !OneOf(text_at(k), {"early", "advanced", "exclusive", "preliminary"})) {
          break;
        }
      }
    }
    if (OneOf(n1, kRoleAfter) && !(s > begin && (flags_at(s - 1) & kTitleWord))) return true;
    // "its Altera programmable-chip unit", "its Wolfspeed power business": a
    // unit named between an owner's possessive and the unit noun.
    if (s > begin && (EqualsLower(text_at(s - 1), "its") || tokens[s - 1].kind == TokenKind::kPossessive)) {
      for (size_t k = e; k < end && k < e + 4; ++k) {
        if (tokens[k].kind != TokenKind::kWord || tokens[k].capitalized) break;
        if (OneOf(text_at(k), {"unit", "division", "subsidiary", "arm", "business", "segment"})) return true;
      }
    }
    if (n1 == "(" && e + 1 < end && OneOf(text_at(e + 1), {"nyse", "nasdaq", "lse", "tsx", "otc", "bse", "nse"})) {
      return true;
    }
    // "Lumenreach, which trains speech models", "Terrasol, which makes control software": what a company does.
    // ("Commure, which bought Augmedix for $139 million": a deal it did.)
    if (n1 == "," && e + 2 < end && EqualsLower(text_at(e + 1), "which") &&
        OneOf(text_at(e + 2), {"makes", "builds", "trains", "develops", "designs", "sells", "operates", "provides",
                               "offers", "runs", "supplies", "manufactures", "produces", "bought", "acquired",
                               "invested", "raised", "sold", "owns", "backed", "led"})) {
      return true;
    }
    // ("Adallom, which Microsoft acquired in 2015": the object of a buying
    // verb in the relative clause after it.)
    if (n1 == "," && e + 3 < end && (EqualsLower(text_at(e + 1), "which") || EqualsLower(text_at(e + 1), "that")) &&
        tokens[e + 2].capitalized) {
      for (size_t k = e + 3; k < end && k < e + 8; ++k) {
        if (tokens[k].capitalized || tokens[k].kind == TokenKind::kPossessive) continue;
        const std::string_view w = text_at(k);
        if (OneOf(w, {"had", "has", "have", "later", "then", "eventually"})) continue;
        if (OneOf(w, {"acquired", "bought", "purchased", "absorbed", "took"})) return true;
        break;
      }
    }
    // ("Halvorn, in which Kestrel invested last year": the company a backer
    // put money in.)
    if (n1 == "," && e + 4 < end && EqualsLower(text_at(e + 1), "in") && EqualsLower(text_at(e + 2), "which") &&
        tokens[e + 3].capitalized) {
      for (size_t k = e + 4; k < end && k < e + 9; ++k) {
        if (tokens[k].capitalized || tokens[k].kind == TokenKind::kPossessive) continue;
        const std::string_view w = text_at(k);
        if (OneOf(w, {"had", "has", "have", "also", "already", "later", "first"})) continue;
        if (OneOf(w, {"invested", "holds", "owns"})) return true;
        break;
      }
    }
    // ("Skagerrak Mobil, Norway's third-largest mobile operator," too.)
    if (n1 == "," && e + 2 < end &&
        (OneOf(text_at(e + 1), {"a", "an", "the", "another"}) ||
         (e + 3 < end && tokens[e + 2].kind == TokenKind::kPossessive && (flags_at(e + 1) & kPlaceWord)))) {
      // "Acme, a startup", "Acme, the Paris-based startup"; not "Jane Doe, the
      // company's CEO" nor "..., the company said".
      bool place_comma = false;
      for (size_t k = e + 2; k < end && k < e + 10; ++k) {
        std::string_view w = text_at(k);
        // ("Acme, a Boulder, Colorado start-up": the comma of a city and its state.)
        if (w == "," && !place_comma && k + 1 < end && tokens[k - 1].capitalized && tokens[k + 1].capitalized) {
          place_comma = true;
          continue;
        }
        if (w == "," || w == "." || w == ";") break;
        // ("said Layla Saeed, a partner at Dubai consultancy Wadi Strategy": a
        // person's role at a firm; the firm's noun comes after it.)
        if (k + 1 < end && EqualsLower(text_at(k + 1), "at") &&
            OneOf(w, {"partner", "analyst", "director", "professor", "economist", "researcher", "lawyer", "banker",
                      "executive", "principal", "associate", "fellow", "strategist", "consultant", "adviser",
                      "advisor", "manager", "founder", "co-founder", "head", "investor", "scientist", "engineer"})) {
          break;
        }
        if (tokens[k].capitalized || !OneOf(w, kOrgNouns)) continue;
        bool owner_or_speaker = k + 1 < end && (tokens[k + 1].kind == TokenKind::kPossessive ||
                                                 (flags_at(k + 1) & kSpeechVerb));
        if (!owner_or_speaker) return true;
      }
    }
  }
  // "Lattica - $520 million. The Toronto company ...", "6. Orrin - up to $600
  // million": a roundup's row names the company before a dash and its amount.
  const bool row_start = s == begin || (s == begin + 2 && tokens[begin].kind == TokenKind::kNumber &&
                                        text_at(begin + 1) == ".");
  if (row_start && e + 2 < end && OneOf(text_at(e), {"-", "\u2013", "\u2014"})) {
    size_t c = e + 1;
    while (c < end && c < e + 3 && OneOf(text_at(c), {"about", "up", "to", "roughly", "nearly", "around"})) ++c;
    if (c < end && tokens[c].kind == TokenKind::kCurrency) return true;
  }
  // "Nordlicht Data. The Frankfurt data-analytics group said ...": a
  // roundup item's heading, alone on its line's first sentence, then
  // described as a company.
  if (s == begin && e + 1 == end && text_at(e) == "." && end + 3 < tokens.size() &&
      (begin == 0 || text.substr(tokens[begin - 1].end, tokens[begin].start - tokens[begin - 1].end).find('\n') !=
                         std::string_view::npos) &&
      EqualsLower(text_at(end), "the")) {
    for (size_t k = end + 1; k < tokens.size() && k < end + 6; ++k) {
      if (tokens[k].kind != TokenKind::kWord || OneOf(text_at(k), {"said", "says", "has", "is", "was", "will"})) break;
      if (OneOf(text_at(k), kOrgNouns)) return true;
    }
  }
  return false;
}

}  // namespace dealgraph
