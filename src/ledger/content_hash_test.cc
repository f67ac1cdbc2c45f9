// Tests of the 128-bit FNV-1a content hash.
#include "ledger/content_hash.h"

#include <gtest/gtest.h>

namespace dealgraph {
namespace {

TEST(ContentHashTest, KnownValues) {
  EXPECT_EQ(ContentHash(""), "6c62272e07bb014262b821756295c58d");  // the offset basis
  EXPECT_EQ(ContentHash("a"), "d228cb696f1a8caf78912b704e4a8964");
}

TEST(ContentHashTest, DiffersOnSmallChanges) {
  EXPECT_NE(ContentHash("Microsoft invests."), ContentHash("Microsoft invests!"));
  EXPECT_EQ(ContentHash("same"), ContentHash(std::string("same")));
  EXPECT_EQ(ShortHash("x").size(), 16u);
  EXPECT_EQ(ContentHash("x").substr(0, 16), ShortHash("x"));
}

}  // namespace
}  // namespace dealgraph
