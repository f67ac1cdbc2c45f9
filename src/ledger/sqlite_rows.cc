// Reading rows of the SQLite ledger into the ledger's structs.
#include "ledger/sqlite_rows.h"

#include <cmath>

namespace dealgraph {

namespace {
constexpr char kSep = '\x1f';
}  // namespace

std::string JoinNames(const std::vector<std::string>& v) {
  std::string out;
  for (size_t i = 0; i < v.size(); ++i) {
    if (i) out.push_back(kSep);
    out += v[i];
  }
  return out;
}

std::vector<std::string> SplitNames(const std::string& s) {
  std::vector<std::string> out;
  if (s.empty()) return out;
  size_t start = 0;
  for (;;) {
    size_t sep = s.find(kSep, start);
    out.push_back(s.substr(start, sep == std::string::npos ? std::string::npos : sep - start));
    if (sep == std::string::npos) break;
    start = sep + 1;
  }
  return out;
}

// Columns of a merged deal; names joined by char(31), top parties sorted.
const char* const kDealColumns =
    "d.uid, d.type, d.asset, d.status, d.amount_min, d.amount_max, d.currency, d.amount_conflict, "
    "d.status_conflict, d.first_date, d.last_date, d.claims, d.from_names, d.to_names, "
    "(SELECT group_concat(name, char(31)) FROM (SELECT o.name FROM deal_parties p JOIN organizations o "
    "ON o.id = p.org_id WHERE p.deal_id = d.id AND p.side = 0 ORDER BY o.name)), "
    "(SELECT group_concat(name, char(31)) FROM (SELECT o.name FROM deal_parties p JOIN organizations o "
    "ON o.id = p.org_id WHERE p.deal_id = d.id AND p.side = 1 ORDER BY o.name))";

MergedDeal ReadDeal(const Stmt& s, int c) {
  MergedDeal d;
  d.id = s.Text(c);
  (void)ParseDealType(s.Text(c + 1), &d.type);
  (void)ParseAsset(s.Text(c + 2), &d.asset);
  (void)ParseDealStatus(s.Text(c + 3), &d.status);
  d.amount_min = s.OptDouble(c + 4);
  d.amount_max = s.OptDouble(c + 5);
  d.currency = s.Text(c + 6);
  d.amount_conflict = s.Int(c + 7) != 0;
  d.status_conflict = s.Int(c + 8) != 0;
  d.first_reported = s.Text(c + 9);
  d.last_reported = s.Text(c + 10);
  d.claims = static_cast<int>(s.Int(c + 11));
  d.from = SplitNames(s.Text(c + 12));
  d.to = SplitNames(s.Text(c + 13));
  d.from_top = SplitNames(s.Text(c + 14));
  d.to_top = SplitNames(s.Text(c + 15));
  return d;
}

// Columns of a claim with its document.
const char* const kClaimColumns =
    "c.ordinal, c.type, c.asset, c.from_names, c.to_names, c.amount, c.amount_max, c.currency, c.qualifier, "
    "c.aggregate, c.status, c.attribution, c.evidence_start, c.evidence_end, c.evidence_text, "
    "doc.doc, s.path, doc.version, doc.current, doc.hash, doc.title, doc.url, doc.outlet, doc.published, "
    "doc.published_from_file_time";
// Report order, as merge.h's SortByReport (unknown dates first).
const char* const kClaimOrder = DEALGRAPH_REPORT_DATE ", doc.hash, c.ordinal";

Claim ReadClaim(const Stmt& s, int c) {
  Claim out;
  out.ordinal = static_cast<int>(s.Int(c));
  Deal& d = out.deal;
  (void)ParseDealType(s.Text(c + 1), &d.type);
  (void)ParseAsset(s.Text(c + 2), &d.asset);
  d.from = SplitNames(s.Text(c + 3));
  d.to = SplitNames(s.Text(c + 4));
  if (!s.IsNull(c + 5)) {
    Amount a;
    a.value = s.Double(c + 5);
    a.max = s.OptDouble(c + 6);
    a.currency = s.Text(c + 7);
    (void)ParseQualifier(s.Text(c + 8), &a.qualifier);
    d.amount = a;
  }
  d.aggregate = s.Int(c + 9) != 0;
  (void)ParseDealStatus(s.Text(c + 10), &d.status);
  d.attribution = SplitNames(s.Text(c + 11));
  d.evidence.start = static_cast<size_t>(s.Int(c + 12));
  d.evidence.end = static_cast<size_t>(s.Int(c + 13));
  d.evidence.text = s.Text(c + 14);
  out.doc = s.Text(c + 15);
  out.source = s.Text(c + 16);
  out.version = static_cast<int>(s.Int(c + 17));
  out.current = s.Int(c + 18) != 0;
  out.document_hash = s.Text(c + 19);
  out.title = s.Text(c + 20);
  out.url = s.Text(c + 21);
  out.outlet = s.Text(c + 22);
  out.published = s.Text(c + 23);
  out.published_from_file_time = s.Int(c + 24) != 0;
  return out;
}

// Columns of a money edge (flows g joined with the organizations f and t).
const char* const kFlowColumns =
    "f.name, t.name, g.currency, g.deals, g.amount_min, g.amount_max, g.talks_deals, g.talks_amount_min, "
    "g.talks_amount_max";
// CROSS JOIN keeps flows the outer loop (SQLite never reorders it): with the
// statistics PRAGMA optimize gathers on a big ledger, the planner otherwise
// walked every organization and sorted all flows for a top-100 (1 s at a
// million deals, instead of a walk of flows_size).
const char* const kFlowJoins =
    "CROSS JOIN organizations f ON f.id = g.from_org CROSS JOIN organizations t ON t.id = g.to_org";

MoneyEdge ReadFlow(const Stmt& s) {
  MoneyEdge e;
  e.from = s.Text(0);
  e.to = s.Text(1);
  e.currency = s.Text(2);
  e.deals = static_cast<int>(s.Int(3));
  e.amount_min = s.Double(4);
  e.amount_max = s.Double(5);
  e.talks_deals = static_cast<int>(s.Int(6));
  e.talks_amount_min = s.Double(7);
  e.talks_amount_max = s.Double(8);
  return e;
}

// An amount in whole currency units, as flow sums keep it (exact to add and subtract).
int64_t Whole(const std::optional<double>& v) { return v ? std::llround(*v) : 0; }

}  // namespace dealgraph
