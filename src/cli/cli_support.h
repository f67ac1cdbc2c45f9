// Small pieces the subcommands share: printing an error the same way,
// building the extractor and the ledger options from the gazetteer path, and
// writing a trained model.
#ifndef DEALGRAPH_CLI_CLI_SUPPORT_H_
#define DEALGRAPH_CLI_CLI_SUPPORT_H_

#include <memory>
#include <string>

#include "dealgraph/extractor.h"
#include "dealgraph/ledger.h"
#include "dealgraph/status.h"

namespace dealgraph::cli {

// "WHERE: MESSAGE" on stderr, WHERE being "dealgraph" when the status names no place.
void PrintError(const Status& s);

// The extractor with the given gazetteer (empty: the bundled one); nullptr,
// after the error is printed, when it cannot be built.
std::unique_ptr<Extractor> CreateExtractorOrReport(const std::string& gazetteer);

// Ledger options whose roll-up of units comes from the gazetteer; the error
// (unreadable gazetteer) when it cannot be read.
Result<LedgerOptions> LedgerOptionsFor(const std::string& gazetteer);

// Writes a trained model's bytes to `path`; false, after printing "PATH:
// cannot write the model", when it cannot.
bool WriteModelOrReport(const std::string& path, const std::string& bytes);

}  // namespace dealgraph::cli

#endif  // DEALGRAPH_CLI_CLI_SUPPORT_H_
