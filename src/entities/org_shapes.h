// Organizations that are not in the gazetteer, found by their shape
// (capitalized words with a corporate cue: "Acme Robotics", "Foo Holdings
// Ltd.") or by the deal phrase around them ("acquired Zeta", "Zeta raised").
#ifndef DEALGRAPH_ENTITIES_ORG_SHAPES_H_
#define DEALGRAPH_ENTITIES_ORG_SHAPES_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "entities/entity.h"
#include "segment/segmenter.h"

namespace dealgraph {

// Appends organizations found in tokens [begin, end) (one sentence) that do not
// touch a token whose `taken` flag is set (money, dates, gazetteer names).
// Entities have known == false and canonical = the name minus legal suffixes.
void FindShapedOrgs(std::string_view text, const std::vector<Token>& tokens, size_t begin, size_t end,
                    const std::vector<uint8_t>& taken, std::vector<Entity>* out);

// When a known name at tokens [first, known_end) begins a longer name ending in a
// corporate cue ("Mitsubishi Chemical Corporation", "Prudential Bache
// Securities"), returns the end token of the longer name's words; else 0.
size_t LongerNameEnd(std::string_view text, const std::vector<Token>& tokens, size_t known_end, size_t end,
                     const std::vector<uint8_t>& taken);

// When capitalized name words stand right before a known name at tokens
// [first, known_end) and make one longer name with it ("Redwood Silicon Labs"
// around the known "Silicon Labs"), returns the first token of the longer name;
// else `first`. Up to two words, none a function word, title, place, demonym,
// month, weekday, topic or cue word, and no other capitalized word before them;
// the name must read as one: the known name ends in a corporate cue ("Labs") or a
// firm word or legal suffix follows it. A word at the sentence start `begin`
// may be an ordinary capitalized word ("Drugmaker Sanofi SA") and is left out.
size_t LongerNameStart(std::string_view text, const std::vector<Token>& tokens, size_t begin, size_t first,
                       size_t known_end, size_t end, const std::vector<uint8_t>& taken);

// Extends an organization ending before token `k` over a legal suffix
// ("Inc.", ", Inc.", "Corp.", "LLC") and a parenthetical short name or ticker
// ("(Gilead)", "(NYSE: CADE)"). Returns the new end token; *name_end is the
// end of the name without them.
size_t ExtendOrgSpan(std::string_view text, const std::vector<Token>& tokens, size_t k, size_t end,
                     size_t* name_end);

// Fills start/end/text-derived fields of an organization entity over tokens
// [first, end_token), canonical over [first, name_end).
Entity MakeOrgEntity(std::string_view text, const std::vector<Token>& tokens, size_t first, size_t end_token,
                     size_t name_end);
// The same entity made in place at the end of *out (moving an Entity moves
// its five strings); returns it.
Entity& AppendOrgEntity(std::string_view text, const std::vector<Token>& tokens, size_t first, size_t end_token,
                        size_t name_end, std::vector<Entity>* out);

}  // namespace dealgraph

#endif  // DEALGRAPH_ENTITIES_ORG_SHAPES_H_
