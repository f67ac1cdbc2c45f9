// Sources: the SOURCE arguments of `ingest` and `watch` turned into ingest
// inputs: http(s) URLs (fetched when read, see url_inputs.h), files, folders
// (searched again on every call, so that watch sees new files) and "-".
#ifndef DEALGRAPH_FETCH_SOURCES_H_
#define DEALGRAPH_FETCH_SOURCES_H_

#include <functional>
#include <string>
#include <vector>

#include "dealgraph/ledger.h"
#include "fetch/http_client.h"
#include "fetch/url_inputs.h"
#include "ledger/ingest.h"

namespace dealgraph::fetch {

class Sources {
 public:
  Sources(const FetchOptions& fetch, UrlInputOptions url_options, Ledger& ledger)
      : client_(fetch), urls_(client_, ledger, url_options) {}

  // The inputs for `args`, in order; a missing path goes to `on_error`.
  std::vector<IngestInput> Inputs(const std::vector<std::string>& args,
                                  const std::function<void(const Status&)>& on_error);
  // After a successful Ingest of the inputs: saves what the URLs were (see
  // UrlInputs::SaveState) and commits.
  Status SaveState() { return urls_.SaveState(); }
  const UrlStats& url_stats() const { return urls_.stats(); }
  int requests() const { return client_.requests(); }
  UrlInputs& urls() { return urls_; }

 private:
  HttpClient client_;
  UrlInputs urls_;
};

// "URLs: 3 read, 1 not modified, 0 unchanged, 0 failed" (+ ", 2 links" with links).
std::string DescribeUrlStats(const UrlStats& s);

}  // namespace dealgraph::fetch

#endif  // DEALGRAPH_FETCH_SOURCES_H_
