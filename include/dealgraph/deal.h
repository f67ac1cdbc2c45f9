// Deal: one reported transaction between organizations, as defined by the
// extraction spec (type, asset, parties, amount, status, attribution, evidence).
#ifndef DEALGRAPH_DEAL_H_
#define DEALGRAPH_DEAL_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dealgraph {

enum class DealType { kInvestment, kAcquisition, kPurchase, kPartnership };
enum class Asset { kNone, kCloud, kChips, kInfrastructure, kOther };  // kNone: not a purchase
enum class DealStatus { kTalks, kPlanned, kAnnounced, kCompleted, kCancelled };
enum class Qualifier { kExact, kOver, kAtLeast, kUpTo, kAbout, kUnder };

struct Amount {
  double value = 0;          // plain units of currency: "$13 billion" is 13e9
  std::string currency;      // ISO 4217: "USD", "EUR", ...
  Qualifier qualifier = Qualifier::kExact;
  std::optional<double> max;  // upper end of a range ("$10bn to $15bn"), else empty
};

struct Span {
  size_t start = 0;  // byte offset into Document::text
  size_t end = 0;    // exclusive
  std::string text;  // the bytes between start and end
};

struct Deal {
  DealType type = DealType::kInvestment;
  Asset asset = Asset::kNone;
  std::vector<std::string> from;  // paying side: investor, acquirer, buyer (canonical names)
  std::vector<std::string> to;    // receiving side: investee, target, supplier
  std::optional<Amount> amount;
  bool aggregate = false;  // one amount covers several deals or counterparties
  DealStatus status = DealStatus::kAnnounced;
  std::vector<std::string> attribution;  // outlets credited ("according to CNBC")
  Span evidence;
};

// Spec names ("investment", "cloud", "talks", "at_least"...). Asset::kNone is "".
std::string_view ToString(DealType t);
std::string_view ToString(Asset a);
std::string_view ToString(DealStatus s);
std::string_view ToString(Qualifier q);

// Inverse of ToString; false for an unknown name.
bool ParseDealType(std::string_view s, DealType* out);
bool ParseAsset(std::string_view s, Asset* out);
bool ParseDealStatus(std::string_view s, DealStatus* out);
bool ParseQualifier(std::string_view s, Qualifier* out);

// One JSON object per deal exactly as the spec's section 6 shows.
std::string DealToJson(const Deal& deal);
// {"doc": ..., "deals": [...]} on one line, no trailing newline.
std::string DocumentDealsToJson(std::string_view doc_id, const std::vector<Deal>& deals);
// The same line appended to `*out` (a buffer reused across documents).
void AppendDocumentDealsJson(std::string_view doc_id, const std::vector<Deal>& deals, std::string* out);

}  // namespace dealgraph

#endif  // DEALGRAPH_DEAL_H_
