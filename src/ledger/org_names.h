// Organization names as the ledger matches them: case and legal suffixes
// ignored (spec section 5), units rolled up to their top organization.
#ifndef DEALGRAPH_LEDGER_ORG_NAMES_H_
#define DEALGRAPH_LEDGER_ORG_NAMES_H_

#include <string>
#include <string_view>

#include "dealgraph/ledger.h"

namespace dealgraph {

// `name` without surrounding spaces and a trailing legal suffix (Inc, Inc.,
// Corp, Corporation, Ltd, LLC, plc, Co, ...), case kept: "Acme Corp." -> "Acme".
std::string StripLegalSuffix(std::string_view name);

// The matching key of a name: StripLegalSuffix, ASCII lower case, inner runs
// of spaces collapsed. "NVIDIA Corp" and "Nvidia" share the key "nvidia".
std::string OrgKey(std::string_view name);

// A small built-in roll-up of well-known units, used when LedgerOptions::root
// is empty (until the gazetteer's Gazetteer::Root is plugged in by the CLI).
// Matching is by OrgKey; unknown names come back unchanged.
std::string DefaultRoot(std::string_view name);

// A resolved party: display name and key of the organization as named, and of
// its top organization.
struct OrgName {
  std::string name;       // StripLegalSuffix(name as reported)
  std::string key;        // OrgKey(name)
  std::string root_name;  // top organization's display name
  std::string root_key;   // OrgKey(root_name)
};

// Resolves `reported` with `root` (DefaultRoot when empty). The root function
// sees the name without its legal suffix.
OrgName ResolveOrg(std::string_view reported, const RootFunction& root);

}  // namespace dealgraph

#endif  // DEALGRAPH_LEDGER_ORG_NAMES_H_
