// Tests of date recognition: absolute forms with ISO values and relative dates.
#include "entities/dates.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "entities/token_flags.h"

namespace dealgraph {
namespace {

// "span=iso" for each date in `text`.
std::vector<std::string> Dates(std::string_view text) {
  Segmentation seg = Segment(text);
  std::vector<Entity> found;
  for (const Sentence& s : seg.sentences) FindDates(text, seg.tokens, s.first_token, s.end_token, &found);
  std::vector<std::string> out;
  for (const Entity& e : found) {
    EXPECT_EQ(e.type, EntityType::kDate);
    out.push_back(std::string(text.substr(e.start, e.end - e.start)) + "=" + e.iso);
  }
  return out;
}

using V = std::vector<std::string>;

TEST(DatesTest, AbsoluteForms) {
  EXPECT_EQ(Dates("It closed on October 28, 2025, in Texas."), V{"October 28, 2025=2025-10-28"});
  EXPECT_EQ(Dates("It closed on Oct. 28 as planned."), V{"Oct. 28=--10-28"});
  EXPECT_EQ(Dates("It closed on Sept 3rd, 2024."), V{"Sept 3rd, 2024=2024-09-03"});
  EXPECT_EQ(Dates("It closed on 28 October 2025."), V{"28 October 2025=2025-10-28"});
  EXPECT_EQ(Dates("Filed 2025-10-28 with the SEC."), V{"2025-10-28=2025-10-28"});
  EXPECT_EQ(Dates("It was founded in March 2024."), V{"March 2024=2024-03"});
  EXPECT_EQ(Dates("It was founded in 2023 by two engineers."), V{"2023=2023"});
  EXPECT_EQ(Dates("It was founded in March."), V{"March="});
}

TEST(DatesTest, RelativeForms) {
  EXPECT_EQ(Dates("The deal was announced last month."), V{"last month="});
  EXPECT_EQ(Dates("Amazon said on Monday it would invest."), V{"Monday="});
  EXPECT_EQ(Dates("The talks began earlier this year."), V{"earlier this year="});
  EXPECT_EQ(Dates("Reuters reported yesterday that talks stalled."), V{"yesterday="});
}

TEST(DatesTest, EveryMonthNameInsideAndOutsideAFlagsScope) {
  // The month test reads the kept word flags first: every month name and
  // abbreviation still gives its date, with a scope open (as the recognizer
  // has) and without.
  const char* const kNames[] = {"January", "February", "March", "April", "May", "June", "July", "August",
                                "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr",
                                "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"};
  for (const char* name : kNames) {
    std::string text = std::string("It closed on ") + name + " 3, 2024.";
    std::vector<std::string> plain = Dates(text);
    Segmentation seg = Segment(text);
    TokenFlagsScope scope(text, seg.tokens);
    std::vector<Entity> kept;
    for (const Sentence& s : seg.sentences) FindDates(text, seg.tokens, s.first_token, s.end_token, &kept);
    ASSERT_EQ(plain.size(), 1u) << text;
    ASSERT_EQ(kept.size(), 1u) << text;
    EXPECT_EQ(kept[0].iso, plain[0].substr(plain[0].find('=') + 1)) << text;
    EXPECT_EQ(kept[0].iso.substr(0, 4), "2024") << text;
  }
}

TEST(DatesTest, NotDates) {
  EXPECT_TRUE(Dates("It has 2023 employees.").empty());
  EXPECT_TRUE(Dates("May the best model win.").empty());
  EXPECT_TRUE(Dates("March on, said the CEO.").empty());
  EXPECT_TRUE(Dates("It sold 45 units in total.").empty());
}

}  // namespace
}  // namespace dealgraph
