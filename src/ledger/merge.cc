// The merge rules: grouping keys, clustering of one group's claims by time and
// amount, and the summary of a cluster.
#include "ledger/merge.h"

#include <algorithm>
#include <map>
#include <set>

#include "ledger/content_hash.h"
#include "ledger/org_names.h"

namespace dealgraph {
namespace {

constexpr char kFieldSep = '\x1f';
constexpr char kListSep = '\x1e';

std::string JoinKeys(const std::vector<std::string>& keys) {
  std::string out;
  for (size_t i = 0; i < keys.size(); ++i) {
    if (i) out.push_back(kListSep);
    out += keys[i];
  }
  return out;
}

std::vector<std::string> SplitKeys(std::string_view s) {
  std::vector<std::string> out;
  if (s.empty()) return out;
  size_t start = 0;
  for (;;) {
    size_t sep = s.find(kListSep, start);
    out.emplace_back(s.substr(start, sep == std::string_view::npos ? std::string_view::npos : sep - start));
    if (sep == std::string_view::npos) break;
    start = sep + 1;
  }
  return out;
}

void SortUnique(std::vector<std::string>* v) {
  std::sort(v->begin(), v->end());
  v->erase(std::unique(v->begin(), v->end()), v->end());
  v->erase(std::remove(v->begin(), v->end(), std::string()), v->end());
}

int ParseDigits(std::string_view s, size_t pos, size_t n) {
  if (pos + n > s.size()) return -1;
  int v = 0;
  for (size_t i = pos; i < pos + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return -1;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

// Days from 1970-01-01 to y-m-d in the proleptic Gregorian calendar.
int DaysFromCivil(int y, int m, int d) {
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const int yoe = y - era * 400;
  const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

// The state of a deal being built while its claims are assigned.
struct Building {
  std::vector<size_t> members;
  std::set<std::string_view> documents;
  std::optional<int> last_day;
  bool completed = false;
  std::map<std::string, std::pair<double, double>> ranges;  // currency -> [low, high]
};

bool AmountsAgree(const MergeClaim& c, const Building& b, double ratio) {
  if (!c.low) return true;
  auto it = b.ranges.find(c.currency);
  if (it == b.ranges.end()) return true;
  double high = c.high.value_or(*c.low);
  return high * ratio >= it->second.first && *c.low <= it->second.second * ratio;
}

int StatusRank(DealStatus s) {
  switch (s) {
    case DealStatus::kTalks: return 0;
    case DealStatus::kPlanned: return 1;
    case DealStatus::kAnnounced: return 2;
    case DealStatus::kCompleted: return 3;
    case DealStatus::kCancelled: return 4;
  }
  return 0;
}

// The list of names most claims give for one side (compared by OrgKey; ties:
// more names, then the smaller keys), in its smallest spelling, suffixes dropped.
std::vector<std::string> CommonNames(const std::vector<const MergeClaim*>& cluster, bool from_side) {
  struct Seen {
    int count = 0;
    std::vector<std::string> spelling;
  };
  std::map<std::vector<std::string>, Seen> lists;
  for (const MergeClaim* c : cluster) {
    std::vector<std::pair<std::string, std::string>> named;  // key, name
    for (const std::string& n : from_side ? c->from : c->to) {
      std::string name = StripLegalSuffix(n);
      if (!name.empty()) named.emplace_back(OrgKey(name), name);
    }
    std::sort(named.begin(), named.end());
    named.erase(std::unique(named.begin(), named.end(),
                            [](const auto& a, const auto& b) { return a.first == b.first; }),
                named.end());
    std::vector<std::string> keys, spelling;
    if (cluster.size() == 1) {  // one claim: its list is the answer (most deals)
      for (auto& [k, n] : named) spelling.push_back(std::move(n));
      return spelling;
    }
    for (auto& [k, n] : named) {
      keys.push_back(k);
      spelling.push_back(n);
    }
    Seen& s = lists[keys];
    if (s.count++ == 0 || spelling < s.spelling) s.spelling = std::move(spelling);
  }
  const std::pair<const std::vector<std::string>, Seen>* best = nullptr;
  for (const auto& entry : lists) {
    if (!best || entry.second.count > best->second.count ||
        (entry.second.count == best->second.count && entry.first.size() > best->first.size())) {
      best = &entry;
    }
  }
  return best ? best->second.spelling : std::vector<std::string>{};
}

}  // namespace

GroupParties NormalizeGroup(DealType type, Asset asset, std::vector<std::string> from_keys,
                            std::vector<std::string> to_keys) {
  GroupParties g;
  g.type = type;
  g.asset = type == DealType::kPurchase ? (asset == Asset::kNone ? Asset::kOther : asset) : Asset::kNone;
  SortUnique(&from_keys);
  SortUnique(&to_keys);
  if (type == DealType::kPartnership && to_keys < from_keys) std::swap(from_keys, to_keys);
  g.from = std::move(from_keys);
  g.to = std::move(to_keys);
  return g;
}

std::string GroupKey(const GroupParties& g) {
  std::string key(ToString(g.type));
  key.push_back(kFieldSep);
  key += ToString(g.asset);
  key.push_back(kFieldSep);
  key += JoinKeys(g.from);
  key.push_back(kFieldSep);
  key += JoinKeys(g.to);
  return key;
}

bool ParseGroupKey(std::string_view key, GroupParties* out) {
  std::string_view fields[4];
  for (int i = 0; i < 3; ++i) {
    size_t sep = key.find(kFieldSep);
    if (sep == std::string_view::npos) return false;
    fields[i] = key.substr(0, sep);
    key.remove_prefix(sep + 1);
  }
  fields[3] = key;
  if (!ParseDealType(fields[0], &out->type) || !ParseAsset(fields[1], &out->asset)) return false;
  out->from = SplitKeys(fields[2]);
  out->to = SplitKeys(fields[3]);
  return true;
}

std::optional<int> DayNumber(std::string_view date) {
  int y = ParseDigits(date, 0, 4);
  if (y < 0) return std::nullopt;
  int m = 1, d = 1;
  if (date.size() >= 7 && date[4] == '-') {
    m = ParseDigits(date, 5, 2);
    if (m < 1 || m > 12) return std::nullopt;
    if (date.size() >= 10 && date[7] == '-') {
      d = ParseDigits(date, 8, 2);
      if (d < 1 || d > 31) return std::nullopt;
    }
  }
  return DaysFromCivil(y, m, d);
}

void SortByReport(std::vector<MergeClaim>* claims) {
  std::vector<std::pair<std::optional<int>, size_t>> keys;
  keys.reserve(claims->size());
  for (size_t i = 0; i < claims->size(); ++i) keys.emplace_back(DayNumber((*claims)[i].date), i);
  std::sort(keys.begin(), keys.end(), [&](const auto& a, const auto& b) {
    if (a.first != b.first) return a.first < b.first;  // nullopt sorts first
    const MergeClaim& x = (*claims)[a.second];
    const MergeClaim& y = (*claims)[b.second];
    if (x.date != y.date) return x.date < y.date;
    if (x.low.has_value() != y.low.has_value()) return x.low.has_value();  // amounts are the stronger evidence
    return x.uid < y.uid;
  });
  std::vector<MergeClaim> sorted;
  sorted.reserve(claims->size());
  for (const auto& k : keys) sorted.push_back(std::move((*claims)[k.second]));
  *claims = std::move(sorted);
}

std::vector<std::vector<size_t>> ClusterClaims(const std::vector<MergeClaim>& claims, const MergeRules& rules) {
  std::vector<Building> deals;
  for (size_t i = 0; i < claims.size(); ++i) {
    const MergeClaim& c = claims[i];
    std::optional<int> day = DayNumber(c.date);
    std::string_view doc = c.document.empty() ? std::string_view(c.uid) : std::string_view(c.document);
    int best = -1;
    bool best_priced = false;
    for (size_t k = 0; k < deals.size(); ++k) {
      const Building& b = deals[k];
      if (b.documents.count(doc)) continue;  // the same article names two deals
      int gap = day && b.last_day ? *day - *b.last_day : 0;
      if (gap > rules.max_gap_days) continue;
      bool known_recent = day && b.last_day && gap <= rules.conflict_window_days;
      bool agree = AmountsAgree(c, b, rules.amount_ratio);
      if (!agree && !known_recent) continue;  // a new round, an expansion, or just another deal
      if (b.completed && IsTalks(c.status) && gap > rules.conflict_window_days) continue;  // talks after completion
      bool priced = agree && c.low && b.ranges.count(c.currency);
      if (best < 0 || (priced && !best_priced) ||
          (priced == best_priced && b.last_day > deals[best].last_day)) {
        best = static_cast<int>(k);
        best_priced = priced;
      }
    }
    if (best < 0) {
      deals.emplace_back();
      best = static_cast<int>(deals.size() - 1);
    }
    Building& b = deals[best];
    b.members.push_back(i);
    b.documents.insert(doc);
    if (day) b.last_day = day;
    if (c.status == DealStatus::kCompleted) b.completed = true;
    if (c.low) {
      double high = c.high.value_or(*c.low);
      auto [it, inserted] = b.ranges.try_emplace(c.currency, *c.low, high);
      if (!inserted) {
        it->second.first = std::min(it->second.first, *c.low);
        it->second.second = std::max(it->second.second, high);
      }
    }
  }
  std::vector<std::vector<size_t>> out;
  out.reserve(deals.size());
  for (Building& b : deals) out.push_back(std::move(b.members));
  return out;
}

MergedDeal SummarizeCluster(std::string_view group_key, const std::vector<const MergeClaim*>& cluster,
                            const MergeRules& rules) {
  MergedDeal d;
  d.claims = static_cast<int>(cluster.size());
  if (cluster.empty()) return d;
  d.id = ShortHash(std::string(group_key) + '\n' + cluster.front()->uid);

  // Status: talks -> planned -> announced -> completed only moves forward; a
  // cancellation holds until a later-dated report revives the deal.
  std::optional<DealStatus> state;
  std::optional<int> cancelled_day;
  bool any_cancelled = false, any_other = false;
  for (const MergeClaim* c : cluster) {
    std::optional<int> day = DayNumber(c->date);
    if (c->status == DealStatus::kCancelled) {
      any_cancelled = true;
      state = DealStatus::kCancelled;
      cancelled_day = day;
      continue;
    }
    any_other = true;
    if (!state) {
      state = c->status;
    } else if (*state == DealStatus::kCancelled) {
      if (day && cancelled_day && *day > *cancelled_day) state = c->status;
    } else if (StatusRank(c->status) > StatusRank(*state)) {
      state = c->status;
    }
  }
  d.status = *state;
  d.status_conflict = any_cancelled && any_other;

  // Amounts: the currency most claims use (ties: USD, then by name).
  std::map<std::string, int> per_currency;
  for (const MergeClaim* c : cluster) {
    if (c->low) ++per_currency[c->currency];
  }
  if (!per_currency.empty()) {
    std::string best;
    int best_count = -1;
    for (const auto& [cur, n] : per_currency) {
      if (n > best_count || (n == best_count && cur == "USD")) {
        best = cur;
        best_count = n;
      }
    }
    d.currency = best;
    double max_low = 0, min_high = 0;
    bool first = true;
    for (const MergeClaim* c : cluster) {
      if (!c->low || c->currency != best) continue;
      double high = c->high.value_or(*c->low);
      if (first) {
        d.amount_min = *c->low;
        d.amount_max = high;
        max_low = *c->low;
        min_high = high;
        first = false;
      } else {
        d.amount_min = std::min(*d.amount_min, *c->low);
        d.amount_max = std::max(*d.amount_max, high);
        max_low = std::max(max_low, *c->low);
        min_high = std::min(min_high, high);
      }
    }
    d.amount_conflict = max_low > min_high * rules.amount_ratio;
  }

  d.from = CommonNames(cluster, true);
  d.to = CommonNames(cluster, false);
  for (const MergeClaim* c : cluster) {
    if (c->date.empty()) continue;
    if (d.first_reported.empty() || c->date < d.first_reported) d.first_reported = c->date;
    if (d.last_reported.empty() || c->date > d.last_reported) d.last_reported = c->date;
  }
  return d;
}

}  // namespace dealgraph
