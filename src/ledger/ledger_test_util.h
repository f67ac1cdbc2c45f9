// Helpers shared by the ledger tests: documents and claims built in code, and
// a canonical text dump of a ledger to compare two ledgers with.
#ifndef DEALGRAPH_LEDGER_LEDGER_TEST_UTIL_H_
#define DEALGRAPH_LEDGER_LEDGER_TEST_UTIL_H_

#include <optional>
#include <string>
#include <vector>

#include "dealgraph/deal.h"
#include "dealgraph/document.h"
#include "dealgraph/ledger.h"

namespace dealgraph::testing {

inline Document MakeDoc(const std::string& id, const std::string& published, const std::string& text,
                        const std::string& outlet = "Reuters") {
  Document d;
  d.id = id;
  d.text = text;
  d.title = "Title of " + id;
  d.published = published;
  d.outlet = outlet;
  d.source = "/news/" + id + ".txt";
  return d;
}

inline Deal MakeDeal(DealType type, std::vector<std::string> from, std::vector<std::string> to,
                     std::optional<double> amount, DealStatus status, Asset asset = Asset::kNone) {
  Deal d;
  d.type = type;
  d.asset = asset;
  d.from = std::move(from);
  d.to = std::move(to);
  if (amount) d.amount = Amount{*amount, "USD", Qualifier::kExact, std::nullopt};
  d.status = status;
  d.evidence = {0, 10, "0123456789"};
  return d;
}

// Every merged deal with its fields and its claims' (doc, ordinal, status), one per line.
inline std::string Dump(Ledger& ledger) {
  std::string out;
  Status s = ledger.ForEachDeal([&](const MergedDeal& d, const std::vector<Claim>& claims) {
    out += d.id + " " + std::string(ToString(d.type)) + "/" + std::string(ToString(d.asset)) + " ";
    for (const auto& f : d.from) out += f + ",";
    out += "->";
    for (const auto& t : d.to) out += t + ",";
    out += " " + std::string(ToString(d.status));
    out += " [" + (d.amount_min ? std::to_string(*d.amount_min) : "-") + ".." +
           (d.amount_max ? std::to_string(*d.amount_max) : "-") + " " + d.currency + "]";
    out += d.amount_conflict ? " amount-conflict" : "";
    out += d.status_conflict ? " status-conflict" : "";
    out += " " + d.first_reported + ".." + d.last_reported + " n=" + std::to_string(d.claims) + ":";
    for (const Claim& c : claims) {
      out += " " + c.doc + "#" + std::to_string(c.ordinal) + "=" + std::string(ToString(c.deal.status));
    }
    out += "\n";
    return Status();
  });
  if (!s.ok()) out += "ERROR " + s.ToString();
  return out;
}

}  // namespace dealgraph::testing

#endif  // DEALGRAPH_LEDGER_LEDGER_TEST_UTIL_H_
