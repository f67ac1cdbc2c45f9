// Tests of repeated names: AddRepeatedNames (its first words walked, a map
// past 32; inside a TokenFlagsScope too) against the plain version with a
// hash map, on random documents.
#include "entities/org_repeats.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "entities/token_flags.h"

namespace dealgraph {
namespace {

std::string Dump(std::string_view text, const std::vector<Entity>& entities) {
  std::string out;
  for (const Entity& e : entities) {
    out += std::to_string(e.first_token) + "-" + std::to_string(e.end_token) + " " + std::to_string(e.start) + "-" +
           std::to_string(e.end) + " " + std::string(text.substr(e.start, e.end - e.start)) + " | " + e.canonical +
           (e.possessive ? " 's" : "") + (e.known ? " known" : "") + "\n";
  }
  return out;
}

TEST(OrgRepeatsTest, AgreesWithTheMapOnRandomDocuments) {
  // Documents of capitalized words (a few or up to 120 distinct ones, so
  // that some have more than 32 first words of unknown names), lower-case
  // words, possessives and marks; unknown and known organizations of one to
  // three tokens marked at random capitalized runs.
  std::mt19937 rng(11);
  size_t added = 0, many = 0;
  for (int doc = 0; doc < 600; ++doc) {
    const size_t vocabulary = doc % 5 == 0 ? 120 : 2 + rng() % 12;
    std::string text;
    const size_t words = 20 + rng() % (doc % 5 == 0 ? 600 : 120);
    for (size_t i = 0; i < words; ++i) {
      switch (rng() % 6) {
        case 0: case 1: case 2: text += "Name" + std::to_string(rng() % vocabulary) + " "; break;
        case 3: text += rng() % 2 ? "word " : "eBay "; break;  // lower-case; shaped like a name
        case 4: text += "Acme's "; break;
        default: text += rng() % 2 ? ", " : ". "; break;
      }
    }
    const Segmentation seg = Segment(text);
    const auto& toks = seg.tokens;
    std::vector<Entity> entities;
    std::vector<bool> first_words(vocabulary);
    for (uint32_t k = 0; k < toks.size();) {
      uint32_t e = k;
      while (e < toks.size() && e < k + 3 && toks[e].kind == TokenKind::kWord && toks[e].capitalized) ++e;
      if (e == k || rng() % 3 != 0) {
        k = e > k ? e : k + 1;
        continue;
      }
      e = k + 1 + static_cast<uint32_t>(rng() % (e - k));
      Entity org;
      org.type = EntityType::kOrganization;
      org.first_token = k;
      org.end_token = e;
      org.start = toks[k].start;
      org.end = toks[e - 1].end;
      org.qualifier_start = org.start;
      org.canonical = std::string(text.substr(org.start, org.end - org.start));
      org.known = rng() % 5 == 0;
      org.possessive = e < toks.size() && toks[e].kind == TokenKind::kPossessive;
      entities.push_back(org);
      k = e;
    }
    std::vector<Entity> walked = entities, mapped = entities, in_scope = entities;
    AddRepeatedNames(text, toks, &walked);
    AddRepeatedNamesByMap(text, toks, &mapped);
    ASSERT_EQ(Dump(text, walked), Dump(text, mapped)) << "document " << doc << ": " << text;
    {
      // With the recognizer's scope open, tokens are skipped by their kept name shapes.
      TokenFlagsScope scope(text, toks);
      AddRepeatedNames(text, toks, &in_scope);
    }
    ASSERT_EQ(Dump(text, in_scope), Dump(text, mapped)) << "document " << doc << ": " << text;
    added += walked.size() - entities.size();
    size_t distinct = 0;
    for (const Entity& e : entities) {
      if (e.known) continue;
      std::string_view first = TokenText(text, toks[e.first_token]);
      bool seen = false;
      for (const Entity& o : entities) {
        if (&o == &e) break;
        seen = seen || (!o.known && TokenText(text, toks[o.first_token]) == first);
      }
      distinct += !seen;
    }
    many += distinct > 32;
  }
  EXPECT_GT(added, 1000u);
  EXPECT_GT(many, 20u);
}

}  // namespace
}  // namespace dealgraph
