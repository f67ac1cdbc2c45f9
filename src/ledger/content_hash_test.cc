// Tests of the 128-bit FNV-1a content hash.
#include "ledger/content_hash.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <string>

namespace dealgraph {
namespace {

TEST(ContentHashTest, KnownValues) {
  EXPECT_EQ(ContentHash(""), "6c62272e07bb014262b821756295c58d");  // the offset basis
  EXPECT_EQ(ContentHash("a"), "d228cb696f1a8caf78912b704e4a8964");
}

// The textbook loop (a full 128-bit multiply per byte) on a long text with
// every byte value: the fast loop must give the same keys.
TEST(ContentHashTest, SameAsTheTextbookLoop) {
  std::string text;
  for (int i = 0; i < 5000; ++i) text.push_back(static_cast<char>((i * 37 + i / 256) & 0xff));
  using U128 = unsigned __int128;
  const U128 prime = (static_cast<U128>(1) << 88) | 0x13b;
  U128 h = (static_cast<U128>(0x6c62272e07bb0142ULL) << 64) | 0x62b821756295c58dULL;
  for (unsigned char c : text) {
    h ^= c;
    h *= prime;
  }
  char want[33];
  std::snprintf(want, sizeof want, "%016llx%016llx", static_cast<unsigned long long>(h >> 64),
                static_cast<unsigned long long>(h));
  EXPECT_EQ(ContentHash(text), want);
}

TEST(ContentHashTest, DiffersOnSmallChanges) {
  EXPECT_NE(ContentHash("Microsoft invests."), ContentHash("Microsoft invests!"));
  EXPECT_EQ(ContentHash("same"), ContentHash(std::string("same")));
  EXPECT_EQ(ShortHash("x").size(), 16u);
  EXPECT_EQ(ContentHash("x").substr(0, 16), ShortHash("x"));
}

}  // namespace
}  // namespace dealgraph
