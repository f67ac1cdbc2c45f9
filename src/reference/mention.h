// Mention: a place in the text that names an organization, directly or through
// a pronoun or description ("it", "the chipmaker") resolved by this stage.
#ifndef DEALGRAPH_REFERENCE_MENTION_H_
#define DEALGRAPH_REFERENCE_MENTION_H_

#include <cstdint>
#include <string>
#include <vector>

namespace dealgraph {

enum class MentionKind : uint8_t {
  kName,         // the organization's name ("Amazon", "AWS")
  kPronoun,      // "it", "its", "itself"
  kDescription,  // "the company", "the AI giant", "the ChatGPT maker"
};

struct Mention {
  MentionKind kind = MentionKind::kName;
  uint32_t first_token = 0;  // token span, indices into Segmentation::tokens
  uint32_t end_token = 0;    // exclusive
  uint32_t sentence = 0;     // index into Segmentation::sentences
  std::string canonical;     // organization meant
  std::string parent;        // its parent unit's canonical name, or empty
  bool possessive = false;   // "Amazon's", "its"
  // For pronouns and descriptions: other organizations it could mean, best
  // first, after `canonical` (used when the best one cannot fill a slot).
  std::vector<std::string> alternatives;
};

}  // namespace dealgraph

#endif  // DEALGRAPH_REFERENCE_MENTION_H_
