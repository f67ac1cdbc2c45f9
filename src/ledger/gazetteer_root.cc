// Gazetteer::Root as a Ledger RootFunction.
#include "ledger/gazetteer_root.h"

#include <memory>

#include "entities/gazetteer.h"
#include "ledger/org_names.h"

namespace dealgraph {

Result<RootFunction> GazetteerRoot(const std::string& path) {
  Result<Gazetteer> g = path.empty() ? Gazetteer::BuiltIn() : Gazetteer::Load(path);
  if (!g.ok()) return g.status();
  auto shared = std::make_shared<const Gazetteer>(std::move(g).value());
  return RootFunction([shared](std::string_view name) {
    std::string root = shared->Root(name);
    if (root == name && shared->Find(name) == nullptr) return DefaultRoot(name);
    return root;
  });
}

}  // namespace dealgraph
