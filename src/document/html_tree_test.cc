// Tests of the depth cap and the gumbo wrapper: hostile nesting stays shallow.
#include "document/html_tree.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "document/html_depth.h"

namespace dealgraph {
namespace {

using document_internal::HtmlTree;
using document_internal::LimitHtmlDepth;

// Depth of the deepest element under `root`, walked without recursion.
int MaxDepth(const GumboNode* root) {
  int best = 0;
  std::vector<std::pair<const GumboNode*, int>> stack = {{root, 1}};
  while (!stack.empty()) {
    auto [node, depth] = stack.back();
    stack.pop_back();
    if (node->type != GUMBO_NODE_ELEMENT) continue;
    best = std::max(best, depth);
    const GumboVector& kids = node->v.element.children;
    for (unsigned i = 0; i < kids.length; ++i) stack.push_back({static_cast<const GumboNode*>(kids.data[i]), depth + 1});
  }
  return best;
}

int ParsedDepth(const std::string& html) {
  Result<std::unique_ptr<HtmlTree>> tree = HtmlTree::Parse(html, 400);
  EXPECT_TRUE(tree.ok()) << tree.status().ToString();
  return tree.ok() ? MaxDepth((*tree)->root()) : -1;
}

std::string Repeat(std::string_view s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

TEST(HtmlTreeTest, ShallowPagesAreLeftAlone) {
  EXPECT_FALSE(LimitHtmlDepth("<html><body><div><p>a<b>b</b></p></div></body></html>", 400).has_value());
  // Unclosed paragraphs and list items close each other: not deep.
  EXPECT_FALSE(LimitHtmlDepth(Repeat("<p>para", 5000), 400).has_value());
  EXPECT_FALSE(LimitHtmlDepth("<ul>" + Repeat("<li>item", 5000), 400).has_value());
  EXPECT_FALSE(LimitHtmlDepth(Repeat("<div>", 300) + "<script>" + Repeat("<div>", 500) + "</script>", 400).has_value());
}

TEST(HtmlTreeTest, DeepPagesAreFlattenedKeepingText) {
  std::optional<std::string> flat = LimitHtmlDepth(Repeat("<div>", 10) + "text" + Repeat("</div>", 10), 4);
  ASSERT_TRUE(flat.has_value());
  EXPECT_EQ(*flat, "<div><div><div><div>text</div></div></div></div>");
}

TEST(HtmlTreeTest, HostileNestingParsesShallow) {
  EXPECT_LE(ParsedDepth(Repeat("<div>", 100000)), 480);
  EXPECT_LE(ParsedDepth(Repeat("<span><i>", 100000)), 480);
  EXPECT_LE(ParsedDepth(Repeat("<div><b></div>x", 20000)), 480);
  EXPECT_LE(ParsedDepth(Repeat("<blockquote>", 100000)), 480);
  EXPECT_LE(ParsedDepth(Repeat("<table><tr><td>", 30000)), 700);
}

TEST(HtmlTreeTest, AttributeLookup) {
  Result<std::unique_ptr<HtmlTree>> tree = HtmlTree::Parse("<html lang=en><body></body></html>", 400);
  ASSERT_TRUE(tree.ok());
  EXPECT_EQ(document_internal::Attribute((*tree)->root(), "lang"), "en");
  EXPECT_EQ(document_internal::Attribute((*tree)->root(), "dir"), "");
}

}  // namespace
}  // namespace dealgraph
