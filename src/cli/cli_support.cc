// Error printing, extractor / ledger set-up and model writing shared by the subcommands.
#include "cli/cli_support.h"

#include <cstdio>
#include <fstream>
#include <utility>

#include "ledger/gazetteer_root.h"

namespace dealgraph::cli {

void PrintError(const Status& s) {
  std::string where = s.where().empty() ? "dealgraph" : s.where();
  std::fprintf(stderr, "%s: %s\n", where.c_str(), s.message().c_str());
}

std::unique_ptr<Extractor> CreateExtractorOrReport(const std::string& gazetteer) {
  ExtractorOptions eo;
  eo.gazetteer_path = gazetteer;
  auto extractor = Extractor::Create(eo);
  if (!extractor.ok()) {
    PrintError(extractor.status());
    return nullptr;
  }
  return std::move(extractor).value();
}

Result<LedgerOptions> LedgerOptionsFor(const std::string& gazetteer) {
  auto root = GazetteerRoot(gazetteer);
  if (!root.ok()) return root.status();
  LedgerOptions lo;
  lo.root = std::move(root).value();
  return lo;
}

bool WriteModelOrReport(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  if (!out) {
    std::fprintf(stderr, "dealgraph: %s: cannot write the model\n", path.c_str());
    return false;
  }
  return true;
}

}  // namespace dealgraph::cli
