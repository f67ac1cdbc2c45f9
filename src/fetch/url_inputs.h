// URL inputs of `ingest` and `watch`: each URL is fetched with the validators
// saved in the ledger, and its bytes go through the same readers as a file
// (a feed or a page, told apart by content). With follow_links, each feed
// item's link is fetched too and the page's main text becomes the item's text.
//
// Nothing about a URL is saved until its documents are stored: SaveState()
// runs after Ingest() has succeeded, so a crash in between costs one full
// fetch next time and never loses an article; the content hash of each text
// keeps a re-read from adding anything twice.
#ifndef DEALGRAPH_FETCH_URL_INPUTS_H_
#define DEALGRAPH_FETCH_URL_INPUTS_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "dealgraph/ledger.h"
#include "fetch/http_client.h"
#include "ledger/ingest.h"

namespace dealgraph::fetch {

struct UrlInputOptions {
  bool follow_links = false;  // fetch each feed item's link and use the page's main text
};

// What the URL inputs of one run did.
struct UrlStats {
  int read = 0;          // bodies received and read (feeds and pages asked for)
  int not_modified = 0;  // answered 304 to a conditional request
  int unchanged = 0;     // a full body, byte for byte the last one read
  int failed = 0;        // URLs (and links) that could not be fetched or read
  int links = 0;         // item links fetched and used
};

class UrlInputs {
 public:
  UrlInputs(HttpClient& client, Ledger& ledger, UrlInputOptions options = {});

  // The ingest input for `url`; its errors name the URL.
  IngestInput Input(const std::string& url);
  // Saves the state (validators, body hash, time of the check) of every URL
  // read in full, or answered 304, since the last call, and commits it.
  // Call it after Ingest() returned ok. A URL whose read failed, or one of
  // whose item links failed, keeps its old state and is fetched in full
  // next time.
  Status SaveState();
  const UrlStats& stats() const { return stats_; }
  // Unix seconds; replaceable for tests.
  std::function<int64_t()> now;

 private:
  Status Read(const std::string& url, const IngestOptions& options,
              const std::function<void(Document&&)>& on_document, const std::function<void(const Status&)>& on_error);
  // Fills `doc` (a feed item) from the page at its link. False: the item is
  // to be skipped (the page is unchanged since it was stored). `failed` is set
  // when the link could not be used (the feed's text is then kept).
  bool FollowLink(Document* doc, const IngestOptions& options, const std::function<void(const Status&)>& on_error,
                  bool* failed);
  Result<std::optional<SourceState>> Saved(const std::string& url);

  HttpClient& client_;
  Ledger& ledger_;
  UrlInputOptions options_;
  std::vector<SourceState> pending_;
  UrlStats stats_;
};

}  // namespace dealgraph::fetch

#endif  // DEALGRAPH_FETCH_URL_INPUTS_H_
