// Tests of the organization entity builders: AppendOrgEntity makes in place
// the entity MakeOrgEntity returns.
#include "entities/org_shapes.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "segment/segmenter.h"

namespace dealgraph {
namespace {

void ExpectSameEntity(const Entity& a, const Entity& b) {
  EXPECT_EQ(a.type, b.type);
  EXPECT_EQ(a.start, b.start);
  EXPECT_EQ(a.end, b.end);
  EXPECT_EQ(a.first_token, b.first_token);
  EXPECT_EQ(a.end_token, b.end_token);
  EXPECT_EQ(a.canonical, b.canonical);
  EXPECT_EQ(a.parent, b.parent);
  EXPECT_EQ(a.possessive, b.possessive);
  EXPECT_EQ(a.known, b.known);
  EXPECT_EQ(a.qualifier_start, b.qualifier_start);
  EXPECT_EQ(a.iso, b.iso);
  EXPECT_EQ(a.money.value, b.money.value);
  EXPECT_EQ(a.money.currency, b.money.currency);
}

TEST(OrgShapesTest, AppendOrgEntityMakesWhatMakeOrgEntityReturns) {
  // Every span of a text with suffixes, commas, possessives and brackets,
  // appended to a vector that already holds entities (and grows meanwhile).
  const std::string text =
      "Acme Robotics Inc., a unit of Beta Corp. (BETA), said Gamma's Delta Systems Ltd. bought Zeta, "
      "the Omega Co. and Sigma's (Tau) arm.";
  const Segmentation seg = Segment(text);
  const size_t n = seg.tokens.size();
  std::vector<Entity> appended(3);
  std::vector<Entity> made(3);
  for (size_t first = 0; first < n; ++first) {
    for (size_t end = first + 1; end <= n && end <= first + 6; ++end) {
      for (size_t name_end = first + 1; name_end <= end; ++name_end) {
        made.push_back(MakeOrgEntity(text, seg.tokens, first, end, name_end));
        Entity& e = AppendOrgEntity(text, seg.tokens, first, end, name_end, &appended);
        EXPECT_EQ(&e, &appended.back());
      }
    }
  }
  ASSERT_EQ(appended.size(), made.size());
  ASSERT_GT(made.size(), 500u);
  for (size_t i = 0; i < made.size(); ++i) {
    SCOPED_TRACE(i);
    ExpectSameEntity(appended[i], made[i]);
  }
}

}  // namespace
}  // namespace dealgraph
