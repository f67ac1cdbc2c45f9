// Gazetteer: the organizations dealgraph knows by name (data/gazetteer/*.tsv),
// with aliases, tickers, former names, parent units, kind and descriptions.
#ifndef DEALGRAPH_ENTITIES_GAZETTEER_H_
#define DEALGRAPH_ENTITIES_GAZETTEER_H_

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dealgraph/status.h"
#include "segment/segmenter.h"

namespace dealgraph {

enum class OrgKind : uint8_t {
  kCompany,     // an operating company or a unit of one
  kFund,        // investment firm, venture fund, sovereign fund
  kGovernment,  // a state or public body
  kOutlet,      // a news outlet or research firm credited for a claim
};

struct OrgInfo {
  std::string canonical;  // "Amazon", "AWS"
  std::string parent;     // canonical name of the parent ("Amazon" for "AWS"), or empty
  OrgKind kind = OrgKind::kCompany;
  // Lower-case descriptions a text may use for it: "chatgpt maker", "chipmaker",
  // "search giant", "cloud provider", "ai startup". Used by the reference stage.
  std::vector<std::string> descriptions;
  // Some other organization is named "<canonical> <place>" ("Ameren" for "Ameren
  // Illinois"): the company names its units by place.
  bool place_units = false;
};

// An alias found in a token sequence.
struct AliasMatch {
  uint32_t org = 0;        // index into Gazetteer::orgs()
  uint32_t end_token = 0;  // one past the alias's last token
};

struct AliasIndex;  // alias lookup structures (gazetteer.cc)

// Immutable after construction; all const members are thread-safe.
class Gazetteer {
 public:
  // The gazetteer built into the binary from data/gazetteer/organizations.tsv:
  // Parse's result, parsed at build time (gazetteer_image_main.cc) and loaded
  // from its image, so a start does not parse (gazetteer_builtin.cc).
  static Result<Gazetteer> BuiltIn();
  // Parses TSV text (format in data/gazetteer/README.md); `name` is used in errors.
  static Result<Gazetteer> Parse(std::string_view tsv, std::string_view name);
  // Reads and parses a file.
  static Result<Gazetteer> Load(const std::string& path);

  // The gazetteer's tables as bytes, and back: FromImage(g.Image()) answers
  // every call as `g` does, and its Image() is the same bytes. An image is
  // read only by programs of the build that wrote it (same compiler and byte
  // order); FromImage copies what it keeps. A short or long image, or bytes
  // that are no gazetteer image, give a kParseError naming `name`, an image
  // of another layout version kVersionMismatch. The tables' references to
  // each other are not checked: images come from the build, not from users.
  std::string Image() const;
  static Result<Gazetteer> FromImage(std::string_view image, std::string_view name);

  // The entry whose canonical name is `canonical` (exact), or nullptr.
  const OrgInfo* Find(std::string_view canonical) const;
  // Top of the parent chain: "AWS" -> "Amazon"; "DeepMind" -> "Google" -> "Alphabet".
  // Names not in the gazetteer are returned unchanged.
  std::string Root(std::string_view canonical) const;
  // Root without a copy: a view of `canonical` itself or of an entry's parent
  // name, valid while both the gazetteer and `canonical`'s bytes are.
  std::string_view RootView(std::string_view canonical) const;
  const std::vector<OrgInfo>& orgs() const { return orgs_; }

  // The longest alias that starts at `tokens[i]` and ends at or before `end`.
  // Aliases match case-sensitively; an all-caps form of each alias ("NVIDIA",
  // "OPENAI") and "the" for an alias starting with "The" also match. A "'s"
  // after a name is not part of it (unless the alias has one: "Barron's").
  // Returns false when no alias starts there. No allocation.
  bool MatchAt(std::string_view text, const std::vector<Token>& tokens, size_t i, size_t end,
               AliasMatch* out) const;
  // The same answer by a walk of every alias that starts with `tokens[i]`, in
  // order: the plain definition that tests check MatchAt against.
  bool MatchAtByWalk(std::string_view text, const std::vector<Token>& tokens, size_t i, size_t end,
                     AliasMatch* out) const;
  // A cheap test without hashing: false when no alias can start with `t`
  // (a token of at least one byte).
  bool MayStartAt(std::string_view text, const Token& t) const {
    const uint32_t length = t.end - t.start;
    return (first_shape_[ShapeSlot(text[t.start], text[t.end - 1])] >> (length < 31 ? length : 31)) & 1;
  }

 private:
  // The bucket of aliases whose first token is `tokens[i]`, or UINT32_MAX.
  uint32_t FirstBucket(std::string_view text, const std::vector<Token>& tokens, size_t i, size_t end) const;

  // The entry of first_shape_ for a word's first and last bytes (pairs may
  // share an entry).
  static size_t ShapeSlot(char first, char last) {
    return ((static_cast<size_t>(static_cast<unsigned char>(first)) << 4) ^ static_cast<unsigned char>(last)) &
           (kShapeSlots - 1);
  }
  static constexpr size_t kShapeSlots = 4096;

  std::vector<OrgInfo> orgs_;
  std::shared_ptr<const AliasIndex> index_;
  // Bit min(length, 31) of entry ShapeSlot(f, l): some alias's first token
  // starts with byte f, ends with byte l and has that length (or another
  // pair of bytes of the same entry does). Most words of a text that start
  // no alias fail it: "in", "said", "and".
  std::array<uint32_t, kShapeSlots> first_shape_ = {};
};

// The token texts of an alias as the segmenter splits it ("J.P. Morgan" ->
// "J.P.", "Morgan"); plain words with single spaces are split without it.
std::vector<std::string> AliasTokenTexts(std::string_view alias);

// An investment firm: a fund in the gazetteer, or an unknown name whose last
// word is an investor's ("Nordvik Ventures", "Kestra Capital", "Amplify Partners").
bool LooksLikeInvestmentFirm(const Gazetteer& gazetteer, std::string_view name);

}  // namespace dealgraph

#endif  // DEALGRAPH_ENTITIES_GAZETTEER_H_
