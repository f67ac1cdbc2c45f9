// The roll-up of units to parents taken from the organization gazetteer, as
// the RootFunction a Ledger uses.
#ifndef DEALGRAPH_LEDGER_GAZETTEER_ROOT_H_
#define DEALGRAPH_LEDGER_GAZETTEER_ROOT_H_

#include <string>

#include "dealgraph/ledger.h"
#include "dealgraph/status.h"

namespace dealgraph {

// Loads the gazetteer (`path`, or the built-in one when empty) and returns its
// Root(); names it does not list fall back to DefaultRoot. The function owns
// the gazetteer and is safe to call from several threads.
Result<RootFunction> GazetteerRoot(const std::string& path);

}  // namespace dealgraph

#endif  // DEALGRAPH_LEDGER_GAZETTEER_ROOT_H_
