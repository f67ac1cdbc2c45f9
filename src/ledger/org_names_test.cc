// Tests of organization name keys and the fallback roll-up.
#include "ledger/org_names.h"

#include <gtest/gtest.h>

namespace dealgraph {
namespace {

TEST(OrgNamesTest, SuffixesAndCaseAreIgnored) {
  EXPECT_EQ(StripLegalSuffix("  Acme Corp. "), "Acme");
  EXPECT_EQ(StripLegalSuffix("Foo Holdings, Inc."), "Foo Holdings");
  EXPECT_EQ(StripLegalSuffix("Co"), "Co");  // a name that is only a suffix stays
  EXPECT_EQ(OrgKey("NVIDIA Corporation"), "nvidia");
  EXPECT_EQ(OrgKey("Nvidia"), "nvidia");
  EXPECT_EQ(OrgKey("Arm  Holdings plc"), "arm holdings");
}

TEST(OrgNamesTest, UnitsRollUp) {
  EXPECT_EQ(DefaultRoot("AWS"), "Amazon");
  EXPECT_EQ(DefaultRoot("Google Cloud"), "Alphabet");
  EXPECT_EQ(DefaultRoot("OpenAI"), "OpenAI");
  OrgName o = ResolveOrg("Microsoft Azure", nullptr);
  EXPECT_EQ(o.name, "Microsoft Azure");
  EXPECT_EQ(o.root_name, "Microsoft");
  EXPECT_EQ(o.root_key, "microsoft");
  OrgName custom = ResolveOrg("Instinct Inc", [](std::string_view n) {
    return n == "Instinct" ? std::string("AMD") : std::string(n);
  });
  EXPECT_EQ(custom.root_key, "amd");
  EXPECT_EQ(custom.key, "instinct");
}

}  // namespace
}  // namespace dealgraph
