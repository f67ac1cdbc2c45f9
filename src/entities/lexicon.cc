// Closed word classes as small tables, built once on first use.
#include "entities/lexicon.h"

#include "entities/word_table.h"

namespace dealgraph {
namespace {

constexpr std::string_view kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                        "July",    "August",   "September", "October", "November", "December"};
constexpr std::string_view kMonthAbbrevs[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                              "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

constexpr std::string_view kWeekdays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

constexpr std::string_view kFunction[] = {
    "The", "A", "An", "This", "That", "These", "Those", "It", "Its", "They", "Their", "Them", "He", "She", "His",
    "Her", "We", "Our", "I", "You", "Your", "In", "On", "At", "As", "But", "And", "Or", "If", "For", "With", "By",
    "From", "To", "Of", "After", "Before", "While", "When", "Where", "Which", "Who", "What", "Why", "How", "Also",
    "However", "Meanwhile", "According", "Under", "Over", "Through", "Together", "Last", "Next", "Earlier",
    "Later", "Separately", "Still", "Yet", "So", "Such", "Some", "Many", "Most", "All", "Both", "Each", "Every",
    "Other", "Another", "More", "Less", "Shares", "Read", "Then", "Now", "Today", "Yesterday", "Here", "There",
    "Despite", "Since", "Until", "During", "Amid", "Among", "Although", "Though", "Because", "Once", "Not", "No",
    "Nor", "Any", "Several", "Few", "Its", "Such", "Following", "Like", "Unlike", "Including", "Besides", "Per",
    "Existing", "Former", "Current", "Rival", "Elsewhere", "Should", "Would", "Could", "Will", "May", "Might", "Can", "Is", "Are", "Was", "Were", "Has", "Have", "Had",
    "Do", "Does", "Did", "Be", "Being", "Been", "Total", "Net", "Operating", "Gross", "Cash", "Revenue",
    "Revenues", "Income", "Sales", "Our", "Additionally", "Furthermore", "Moreover", "Instead", "Overall",
    "Finally", "First", "Second", "Third", "Fourth", "Recently", "Currently", "Previously", "Rather", "Only",
    "Even", "Just", "Indeed", "Sources", "Analysts", "Investors", "Executives", "Officials", "People", "Terms",
    "Details", "Exclusive", "Update", "Updated", "Breaking", "Photo", "Image", "Source", "Note",
    "Reporting", "Editing", "Story", "Watch", "See", "Click", "Subscribe", "Sign", "Related", "Why", "Inside",
    "Q1", "Q2", "Q3", "Q4", "Fiscal", "FY", "Item", "Exhibit", "Section", "Table", "Note", "Notes", "Part",
    "Accordingly", "Consequently", "Similarly", "Specifically", "Importantly", "Ultimately", "Initially",
    "Subsequently", "Thus", "Therefore", "Notably", "Globally", "Locally", "Domestically", "Internationally",
    "Historically", "Eventually", "Traditionally", "Typically", "Generally", "Collectively", "Acquires", "Acquire", "Buys", "Buy", "Closes", "Completes",
    "Raises", "Announces", "Agrees", "Agree", "Signs", "Sells", "Invests", "Invest", "Merge", "Merges",
    "Launches", "Unveils", "Expands", "Enters", "Joins", "Backs", "Leads", "Plans", "Eyes", "Nears", "Wins",
    "Takes", "Bets", "Says", "Said", "Reports", "Files", "Seeks", "Talks", "Deal", "Into", "Upon", "Via",
    "Versus", "Vs",
    // Spoken openers and sentence adverbs ("Look, CoreWeave signed ...", "Altogether, X has ...").
    "Look", "Well", "Okay", "Sure", "Listen", "Honestly", "Frankly", "Altogether", "Anyway", "Basically",
    "Obviously", "Clearly", "Plus", "Again", "Actually", "Admittedly", "Apparently", "Interestingly", "Hence",
    "Nobody", "Somebody", "Someone", "Anyone", "Anybody", "Everyone", "Everybody", "Nothing", "Something",
    // More headline verbs ("EU Blocks Lanthier's Takeover of ...").
    "Blocks", "Block", "Clears", "Approves", "Rejects", "Probes", "Sues", "Weighs", "Mulls", "Considers",
    "Explores", "Drops", "Scraps", "Halts", "Denies", "Confirms", "Inks", "Lands", "Secures", "Snaps", "Taps",
    "Seals", "Strikes", "Abandons", "Opens"};

constexpr std::string_view kCues[] = {
    "Inc", "Corp", "Corporation", "Ltd", "LLC", "L.L.C.", "plc", "PLC", "Plc", "Berhad", "Tbk", "Co", "Company", "Limited", "LP", "L.P.",
    "LLP", "L.L.P.", "N.V.", "S.A.", "AG", "SE", "GmbH", "Oyj", "AB", "ASA", "Pvt", "NV", "B.V.", "BV", "SpA",
    "S.p.A.", "K.K.", "Pte", "Bhd", "Group", "Holdings", "Holding", "Labs", "Lab", "AI", "Systems", "Technologies",
    "Technology", "Capital", "Ventures", "Partners", "Robotics", "Semiconductor", "Semiconductors", "Semi", "Networks",
    "Software", "Cloud", "Computing", "Compute", "Energy", "Bank", "Bancorp", "Bancshares", "Fund", "Management",
    "Investments", "Dynamics", "Therapeutics", "Intelligence", "Pharmaceuticals", "Pharmaceutical", "Pharma",
    "Biosciences", "Biotherapeutics", "Sciences", "Financial", "Insurance", "Industries", "Motors", "Airlines",
    "Entertainment", "Communications", "Media", "Solutions", "Trust", "Realty", "Resources", "Petroleum",
    "Utilities", "Foods", "Brands", "Logistics", "Aviation", "Healthcare", "Electronics", "Microsystems",
    "Analytics", "Securities", "Enterprises", "Properties", "Associates", "Advisors", "Telecom",
    "Telecommunications", "Wireless", "Broadband", "Interactive", "Studios", "Mining", "Materials", "Chemicals",
    "Automotive", "Bio", "Biotech", "Devices", "Instruments", "Datacenters", "Infrastructure", "Investment", "Digital",
    "Finance", "Leasing",
    "Asset", "Equity", "Pictures", "Airways", "Railways", "Petrochemicals", "Steel", "Power", "Gas", "Oil",
    "Laboratories", "Diagnostics", "Genomics", "Biologics", "Medical", "Health", "Institute", "Authority",
    "Foundation", "REIT", "Bros", "Incorporated", "Network", "Electric", "Reinsurance", "Bancorporation",
    "Hotels", "Stores", "Markets", "Partnership", "Consortium", "Centers", "Centres", "Games", "Energi", "Telekom",
    "Kogyo", "Denki", "Shoji", "Sangyo", "Seisakusho", "Mobility", "Payments", "Foundry", "Syndicate",
    "Micro", "Photonics", "Optics", "Aerospace", "Motor", "Microdevices", "Microelectronics", "Silicon", "Gruppe", "Groupe", "Grupo", "Gruppo", "Ministry", "Department",
    "Laboratory", "Agency", "Fibre", "Fiber", "Cable", "Cables", "Scheme", "Credit", "Office", "Plan", "Growth",
    "Trading", "Angels", "VC"};

constexpr std::string_view kSuffixes[] = {
    "Inc", "Corp", "Corporation", "Ltd", "LLC", "L.L.C.", "plc", "PLC", "Plc", "Tbk", "Berhad", "Bhd.", "Co", "Limited", "LP", "L.P.", "LLP",
    "L.L.P.", "N.V.", "S.A.", "AG", "SE", "GmbH", "Oyj", "AB", "ASA", "Pvt", "NV", "B.V.", "BV", "SpA", "S.p.A.",
    "K.K.", "Pte", "Bhd", "Incorporated", "N.A.", "SA", "S.A", "Oy", "A/S", "ASA", "NV"};

constexpr std::string_view kFirmCues[] = {
    "Inc", "Corp", "Corporation", "Ltd", "LLC", "L.L.C.", "plc", "PLC", "Co", "Company", "Limited", "LP", "L.P.",
    "LLP", "L.L.P.", "N.V.", "S.A.", "AG", "SE", "GmbH", "Oyj", "AB", "ASA", "Pvt", "NV", "B.V.", "BV", "SpA",
    "S.p.A.", "K.K.", "Pte", "Bhd", "Incorporated", "Group", "Holdings", "Holding", "Bank", "Bancorp",
    "Bancshares", "Financial", "Capital", "Partners", "Ventures", "Fund", "Trust", "Insurance", "Power",
    "Airlines", "Airways", "Motors", "Industries", "Enterprises", "Associates", "Securities", "Investments",
    "Realty", "Properties", "Foods", "Brands", "Aviation", "Utilities", "Resources", "Laboratories", "Labs",
    "Pharmaceuticals", "Therapeutics", "Railways", "Petroleum", "Electric", "Gas", "Steel", "Chemicals",
    "Foundation", "Institute", "Authority", "Network", "Networks", "Semiconductor", "Semiconductors", "Management",
    "Asset",
    // Firm words of other languages: "Colombia Telecomunicaciones", "Tigo Comunicações".
    "Telecomunicaciones", "Telecomunicações", "Comunicaciones", "Comunicações", "Inversiones", "Investimentos",
    "Participações", "Participaciones", "Telekom", "Telekomunikasi", "Télécom", "Télécoms"};

constexpr std::string_view kAbbrevSuffixes[] = {"Inc", "Corp", "Co", "Ltd", "Cos", "Bros", "Pvt", "Pte", "Bhd",
                                                "Intl", "Mfg", "Assn"};

constexpr std::string_view kTitles[] = {
    "CEO", "CFO", "CTO", "COO", "Chief", "chief", "Executive", "executive", "President", "president", "Chairman",
    "chairman", "Chairwoman", "chairwoman", "Chair", "chair", "Founder", "founder", "Co-founder", "co-founder",
    "cofounder", "Mr", "Mr.", "Ms", "Ms.", "Mrs", "Mrs.", "Dr", "Dr.", "Sen", "Sen.", "Senator", "Minister",
    "minister", "Secretary", "secretary", "Director", "director", "Officer", "officer", "spokesperson",
    "spokesman", "spokeswoman", "analyst", "Analyst", "Governor", "governor", "Prime", "Commissioner", "Judge",
    "judge", "Rep", "Rep.", "Representative", "partner", "investor", "billionaire", "Billionaire", "head", "Head",
    "boss", "Boss", "Vice", "vice", "Professor", "professor", "Prof", "Prof.", "Sir", "Lord", "Lady", "CEOs"};

constexpr std::string_view kLocalCountries[] = {
    "Italia", "Deutschland", "España", "Espana", "Nederland", "Polska", "Brasil", "Schweiz", "Suisse",
    "Österreich", "Sverige", "Norge", "Danmark", "Suomi", "Hellas", "Türkiye", "Magyarország", "Česko"};

constexpr std::string_view kPlaces[] = {
    "U.S.", "US", "USA", "U.S.A.", "America", "United", "States", "China", "Japan", "India", "Germany", "France",
    "Britain", "UK", "U.K.", "England", "Europe", "EU", "Asia", "Africa", "Taiwan", "Korea", "South", "North",
    "Saudi", "Arabia", "UAE", "Emirates", "Abu", "Dhabi", "Dubai", "Qatar", "Singapore", "Israel", "Canada",
    "Australia", "Brazil", "Mexico", "Russia", "Ukraine", "Italy", "Spain", "Netherlands", "Sweden", "Norway",
    "Finland", "Denmark", "Switzerland", "Ireland", "Poland", "Turkey", "Indonesia", "Malaysia", "Vietnam",
    "Thailand", "Philippines", "Washington", "Beijing", "Shanghai", "Shenzhen", "Tokyo", "Seoul", "London",
    "Paris", "Berlin", "York", "San", "Francisco", "Silicon", "Valley", "California", "Texas", "Virginia", "Ohio",
    "Arizona", "Nevada", "Oregon", "Georgia", "Kentucky", "Louisiana", "Idaho", "Illinois", "Florida",
    "Michigan", "Wisconsin", "Pennsylvania", "Carolina", "Tennessee", "Indiana", "Iowa", "Utah", "Colorado",
    "Wyoming", "Alaska", "Delhi", "Mumbai", "Bangalore", "Bengaluru", "Hong", "Kong", "Taipei", "Hsinchu",
    "Munich", "Stockholm", "Amsterdam", "Zurich", "Geneva", "Toronto", "Vancouver", "Seattle", "Boston",
    "Chicago", "Austin", "Dallas", "Houston", "Atlanta", "Miami", "Riyadh", "Doha", "Osaka", "Kyoto", "Wall",
    "Street", "Middle", "East", "West", "Latin", "Gulf", "Pacific", "Atlantic", "Americas", "Nordic", "Kingdom",
    "Bermuda", "Argentina", "Cayman", "Luxembourg", "Belgium", "Austria", "Portugal", "Greece", "Chile", "Peru",
    "Colombia", "Nigeria", "Kenya", "Egypt", "Pakistan", "Bangladesh", "Zealand", "Minneapolis", "Los",
    "Angeles", "Denver", "Phoenix", "Detroit", "Pittsburgh", "Philadelphia", "Baltimore", "Nashville",
    "Charlotte", "Raleigh", "Portland", "Sacramento", "Jose", "Diego", "Oakland", "Palo", "Alto", "Redmond",
    "Cupertino", "Santa", "Clara", "Sunnyvale", "Menlo", "Mountain", "Hyderabad", "Chennai", "Pune", "Jakarta",
    "Manila", "Bangkok", "Hanoi", "Sydney", "Melbourne", "Montreal", "Ottawa", "Madrid", "Milan", "Rome",
    "Brussels", "Vienna", "Dublin", "Oslo", "Helsinki", "Copenhagen", "Lisbon", "Warsaw", "Prague", "Tel",
    "Aviv", "Cairo", "Lagos", "Nairobi", "Johannesburg", "Istanbul", "Moscow", "Kyiv", "Bristol", "Manchester",
    "Edinburgh", "Glasgow", "Leeds", "Birmingham", "Belfast", "Cardiff", "Hamburg", "Frankfurt", "Cologne",
    "Stuttgart", "Dresden", "Lyon", "Marseille", "Barcelona", "Rotterdam", "Eindhoven", "Gothenburg", "Tallinn",
    "Vilnius", "Riga", "Budapest", "Bucharest", "Athens", "Guangzhou", "Hangzhou", "Chengdu", "Wuhan", "Nanjing",
    "Suzhou", "Busan", "Yokohama", "Nagoya", "Kuala", "Lumpur", "Johor", "Penang",
    // More countries and cities, Africa, Latin America, Asia and Europe.
    "Uganda", "Zambia", "Ghana", "Tanzania", "Ethiopia", "Rwanda", "Senegal", "Morocco", "Algeria", "Tunisia",
    "Angola", "Mozambique", "Zimbabwe", "Botswana", "Namibia", "Cameroon", "Congo", "Sudan", "Perú", "Bolivia",
    "Ecuador", "Uruguay", "Paraguay", "Venezuela", "Panama", "Guatemala", "Honduras", "Cuba", "Jamaica",
    "Cambodia", "Laos", "Myanmar", "Nepal", "Lanka", "Mongolia", "Kazakhstan", "Uzbekistan", "Iran", "Iraq",
    "Lebanon", "Kuwait", "Bahrain", "Oman", "Romania", "Hungary", "Czechia", "Slovakia", "Slovenia", "Croatia",
    "Serbia", "Bulgaria", "Estonia", "Latvia", "Lithuania", "Iceland", "Cyprus", "Malta", "Scotland", "Wales",
    "Accra", "Kampala", "Lusaka", "Kigali", "Dakar", "Abuja", "Casablanca", "Tunis", "Addis", "Ababa",
    "Kinshasa", "Luanda", "Mombasa", "Lima", "Bogotá", "Bogota", "Quito", "Caracas", "Montevideo", "Toulouse",
    "Bordeaux", "Lille", "Nantes", "Grenoble", "Turin", "Naples", "Seville", "Antwerp", "Ghent", "Utrecht",
    "Basel", "Lausanne", "Krakow", "Kraków", "Gdansk", "Belgrade", "Zagreb", "Ljubljana", "Bratislava", "Saigon",
    "Danang", "Surabaya", "Bandung", "Cebu", "Karachi", "Lahore", "Dhaka", "Colombo", "Kathmandu", "Almaty",
    "Tashkent", "Tehran", "Baghdad", "Beirut", "Muscat", "Manama", "Jeddah", "Incheon", "Daejeon", "Fukuoka",
    "Sapporo", "Kobe", "Sendai", "Kaohsiung", "Taichung", "Tainan", "Tianjin", "Xiamen", "Chongqing",
    "Shenyang", "Gujarat", "Maharashtra", "Karnataka", "Kerala", "Tamil", "Nadu", "Bavaria", "Catalonia",
    "Lombardy", "Ontario", "Quebec", "Québec", "Alberta", "Sumatra", "Java", "Borneo", "Sabah", "Sarawak",
    "Mindanao", "Luzon", "Hokkaido", "Kyushu", "Honshu", "Okinawa", "Patagonia", "Andes", "Sahel", "Cumbria",
    "Lancashire", "Yorkshire", "Cornwall", "Devon", "Essex", "Surrey", "Sussex", "Norfolk", "Suffolk",
    "Midlands", "Merseyside", "Tyneside", "Northumberland", "Cheshire", "Hampshire", "Somerset", "Dorset",
    "Oxfordshire", "Cambridgeshire", "Saxony", "Hesse", "Tuscany", "Provence", "Normandy", "Brittany",
    "Flanders", "Wallonia", "Andalusia", "Lapland", "Jutland",
    // Canada and Australia, and names written with their accents.
    "Montréal", "Halifax", "Calgary", "Edmonton", "Winnipeg", "Waterloo", "Kitchener", "Saskatoon", "Brisbane",
    "Perth", "Adelaide", "Canberra", "Queensland", "Tasmania", "Auckland", "Zürich", "Genève",
    "Düsseldorf", "Köln", "München", "Malmö", "Göteborg", "Reykjavík", "São", "Paulo", "Medellín", "Córdoba",
    "Málaga", "Valencia", "Bilbao", "Porto", "Strasbourg", "Rennes", "Montpellier"};

constexpr std::string_view kDemonyms[] = {
    "American", "Chinese", "Japanese", "European", "German", "French", "British", "Indian", "Korean",
    "Taiwanese", "Saudi", "Emirati", "Israeli", "Canadian", "Australian", "Brazilian", "Russian", "Swiss",
    "Dutch", "Swedish", "Italian", "Spanish", "Singaporean", "Qatari", "Asian", "Western", "Global", "Irish",
    "Finnish", "Norwegian", "Danish", "Mexican", "Indonesian", "Vietnamese", "Malaysian", "Turkish", "Polish",
    "Ukrainian", "Californian", "Texan", "Nordic", "Arab", "Gulf", "Argentine", "Moroccan", "Belgian",
    "Austrian", "Portuguese", "Greek", "Chilean", "Nigerian", "Kenyan", "Egyptian", "Pakistani", "Thai",
    "Filipino", "African", "Latin", "Scandinavian", "Bavarian", "Hungarian", "Czech", "Romanian",
    "Ugandan", "Zambian", "Ghanaian", "Tanzanian", "Ethiopian", "Rwandan", "Senegalese", "Algerian",
    "Tunisian", "Angolan", "Congolese", "Sudanese", "Peruvian", "Colombian", "Bolivian", "Ecuadorian",
    "Uruguayan", "Paraguayan", "Venezuelan", "Panamanian", "Cuban", "Cambodian", "Laotian", "Burmese",
    "Nepalese", "Lankan", "Mongolian", "Kazakh", "Uzbek", "Iranian", "Iraqi", "Lebanese", "Kuwaiti",
    "Bahraini", "Omani", "Jordanian", "Slovak", "Slovenian", "Croatian", "Serbian", "Bulgarian", "Estonian",
    "Latvian", "Lithuanian", "Icelandic", "Cypriot", "Maltese", "Bangladeshi", "Scottish", "Welsh",
    "Zimbabwean", "Namibian", "Mozambican", "Cameroonian", "Ivorian", "Catalan", "Basque"};

constexpr std::string_view kGeneric[] = {
    "Generative", "Artificial", "Agentic", "Open", "Responsible", "Sovereign", "Enterprise", "Conversational",
    "Big", "Tech", "National", "Federal", "State", "Public", "Private", "Frontier", "General", "Superintelligence",
    "Machine", "Learning", "Deep", "Large", "Language", "Model", "Models", "Edge", "Quantum", "Hybrid", "Multi",
    "Nasdaq", "NASDAQ", "NYSE", "Dow", "S&P", "Index", "Stock", "Exchange", "Commission", "Act", "Series", "Round",
    "Seed", "Notes", "Senior", "Credit", "Agreement", "Facility", "Term", "Loan", "Plan", "Program", "Project",
    "Board", "Directors", "Annual", "Report", "Form", "Statement", "Committee", "Department", "Ministry",
    "Government", "Administration", "Office", "Act", "Law", "Council", "Congress", "Senate", "House", "Court",
    "Supreme", "Revenue", "Service", "Services", "Officer", "Data", "Center", "Centers", "Centre", "Digital",
    "IPO", "IPOs", "GPU", "GPUs", "CPU", "CPUs", "LLM", "LLMs", "API", "APIs", "EV", "EVs", "ESG", "IT", "HR",
    "R&D", "M&A", "PC", "PCs", "SaaS", "TPU", "TPUs", "ASIC", "ASICs", "HBM", "DRAM", "NAND", "EUV", "DUV", "ABF", "CoWoS", "5G", "IoT", "AR",
    "VR", "AGI", "ASI", "GPS", "LNG", "LCD", "OLED", "SSD", "RAM", "DGX", "HGX", "NPU", "NPUs", "FPGA", "FPGAs", "Chip", "Chips", "Startup", "Startups", "Companies", "YoY", "YTY", "QoQ", "Subsidiary", "Subsidiaries", "Registrant",
    "Billion", "Million", "Trillion", "Deal", "Deals", "Funding", "Financing", "Acquisition", "Merger", "Takeover",
    "Purchase", "Sale", "Lease", "Contract", "Contracts", "Capacity",
    "Partnership", "News", "Business", "Markets", "Economy", "Science", "World", "Daily", "Week",
    "Weekly", "Today", "Live", "Exclusive", "Opinion", "Analysis", "Podcast", "Video", "Newsletter", "Stock",
    "Preferred", "Common", "Shares", "Units", "Warrants", "Debentures", "Bonds", "Division", "Restated",
    "Amended", "Principal", "Accounting", "Interim", "Managing", "Acting", "Contents", "Consolidated", "Region",
    "Segment", "Operations", "Sales", "Marketing", "Finance", "Engineering", "Research", "Development",
    "Product", "Products", "Strategy", "Policy", "Affairs", "Relations", "Legal", "Human", "Compliance", "Risk",
    "Audit", "Treasury", "Tax", "ChatGPT", "GPT", "iPhone",
    "iPhones", "iPad", "MacBook", "PowerPoint", "PlayStation", "AirPods", "GeForce", "iOS", "macOS",
    "JavaScript", "TypeScript", "PyTorch", "TensorFlow", "FaceTime", "WeChat", "AlphaFold", "AlphaGo",
    "CoPilot", "Blackwell", "Hopper", "Rubin", "Grace", "Gemini", "Claude", "Llama", "Grok",
    "Copilot", "Sora", "Siri", "Alexa", "Kindle", "Echo", "Trainium", "Inferentia", "Graviton", "Maia",
    "Cobalt", "Axion", "Ironwood"};

constexpr std::string_view kSpeech[] = {"said", "says", "told", "tells", "wrote", "writes", "added", "noted",
                                        "explained", "stated", "argued", "posted", "tweeted", "believes",
                                        "thinks", "warned", "announced"};

struct Tables {
  WordTable flags;
  WordTable months;
  Tables() {
    for (int m = 0; m < 12; ++m) {
      months.Set(kMonths[m], static_cast<uint32_t>(m + 1));
      months.Set(kMonthAbbrevs[m], static_cast<uint32_t>(m + 1));
      flags.Or(kMonths[m], kMonthWord);
      flags.Or(kMonthAbbrevs[m], kMonthWord);
    }
    months.Set("Sept", 9);
    flags.Or("Sept", kMonthWord);
    for (std::string_view w : kWeekdays) flags.Or(w, kWeekdayWord);
    for (std::string_view w : kFunction) flags.Or(w, kFunctionWord);
    for (std::string_view w : kCues) flags.Or(w, kCueWord);
    for (std::string_view w : kSuffixes) flags.Or(w, kSuffixWord);
    for (std::string_view w : kTitles) flags.Or(w, kTitleWord);
    for (std::string_view w : kPlaces) flags.Or(w, kPlaceWord);
    for (std::string_view w : kLocalCountries) flags.Or(w, kLocalCountry | kPlaceWord);
    for (std::string_view w : kDemonyms) flags.Or(w, kDemonymWord);
    for (std::string_view w : kGeneric) flags.Or(w, kGenericWord);
    for (std::string_view w : kSpeech) flags.Or(w, kSpeechVerb);
    for (std::string_view w : kFirmCues) flags.Or(w, kFirmCue | kCueWord);
    for (std::string_view w : kAbbrevSuffixes) flags.Or(w, kAbbrevSuffix);
  }
};

const Tables& GetTables() {
  static const Tables* tables = new Tables();
  return *tables;
}

}  // namespace

uint32_t WordFlags(std::string_view word) {
  // (A reference kept here: one guard test inline instead of a call per word.)
  static const WordTable& flags = GetTables().flags;
  uint32_t f = flags.Find(word);
  return f == WordTable::kMissing ? 0 : f;
}

int MonthNumber(std::string_view word) {
  uint32_t m = GetTables().months.Find(word);
  return m == WordTable::kMissing ? 0 : static_cast<int>(m);
}

bool IsModelNumber(std::string_view w) {
  if (w.size() < 2 || w.size() > 5) return false;
  for (char c : w) {
    if (c < '0' || c > '9') return false;
  }
  return !(w.size() == 4 && (w.substr(0, 2) == "19" || w.substr(0, 2) == "20"));
}

}  // namespace dealgraph
