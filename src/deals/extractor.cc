// Extractor: the public facade running segmentation, entities, references and deal finding.
#include "dealgraph/extractor.h"

namespace dealgraph {

struct Extractor::Impl {};

Extractor::Extractor(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Extractor::~Extractor() = default;

Result<std::unique_ptr<Extractor>> Extractor::Create(const ExtractorOptions& /*options*/) {
  return std::unique_ptr<Extractor>(new Extractor(std::make_unique<Impl>()));
}

std::vector<Deal> Extractor::Extract(const Document& /*doc*/) const { return {}; }

std::string Extractor::EntitiesJson(const Document& doc) const {
  return "{\"doc\":\"" + doc.id + "\",\"entities\":[]}";
}

}  // namespace dealgraph
