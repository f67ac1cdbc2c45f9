// Sources: URLs apart from paths; paths expanded as ingest always did.
#include "fetch/sources.h"

#include "fetch/url.h"

namespace dealgraph::fetch {

std::vector<IngestInput> Sources::Inputs(const std::vector<std::string>& args,
                                         const std::function<void(const Status&)>& on_error) {
  std::vector<IngestInput> inputs;
  for (const std::string& arg : args) {
    if (IsHttpUrl(arg)) {
      inputs.push_back(urls_.Input(arg));
      continue;
    }
    for (const std::string& path : ExpandInputs({arg}, on_error)) inputs.push_back(FileInput(path));
  }
  return inputs;
}

std::string DescribeUrlStats(const UrlStats& s) {
  std::string out = "URLs: " + std::to_string(s.read) + " read, " + std::to_string(s.not_modified) +
                    " not modified, " + std::to_string(s.unchanged) + " unchanged, " + std::to_string(s.failed) +
                    " failed";
  if (s.links > 0) out += ", " + std::to_string(s.links) + " links followed";
  return out;
}

}  // namespace dealgraph::fetch
