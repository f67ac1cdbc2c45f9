// Tests of HTML main-text extraction: the container and block rule, metadata, hostile markup.
#include "document/html_text.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

#include "document/test_util.h"

namespace dealgraph {
namespace {

using document_internal::ExtractHtml;
using document_internal::HtmlArticle;
using document_internal::HtmlMode;
using ::testing::HasSubstr;
using ::testing::Not;
using testing_util::Collected;
using testing_util::Fixture;
using testing_util::ReadBuffer;
using testing_util::ReadFile;

std::string PageText(std::string_view html) {
  Result<HtmlArticle> a = ExtractHtml(html, ReadLimits{}, HtmlMode::kPage);
  EXPECT_TRUE(a.ok()) << a.status().ToString();
  return a.ok() ? a->text : "";
}

TEST(HtmlTextTest, FixtureArticleFollowsTheRule) {
  Collected c = ReadFile(Fixture("article.html"));
  ASSERT_TRUE(c.status.ok()) << c.status.ToString();
  ASSERT_EQ(c.docs.size(), 1u);
  const Document& d = c.docs[0];
  EXPECT_EQ(d.id, "article");
  EXPECT_EQ(d.text,
            "Orbitline agrees to buy Cobalt Labs\n"
            "Orbitline Inc. said on Tuesday it would buy Cobalt\u00A0Labs for $1.2\u00A0billion & shares.\n"
            "Terms <of the deal>\n"
            "The deal is expected to close in Q3.\n"
            "Cash: $800 million\n"
            "Stock: $400 million\n"
            "\u201CWe are thrilled,\u201D the CEO said.");
  EXPECT_EQ(d.title, "Orbitline buys Cobalt Labs | The Circuit");
  EXPECT_EQ(d.published, "2024-03-05");
  EXPECT_FALSE(d.published_from_file_time);
  EXPECT_EQ(d.outlet, "The Circuit");
  EXPECT_EQ(d.url, "https://circuit.example/2024/03/orbitline-cobalt");
}

TEST(HtmlTextTest, MainThenDensestParagraphParentThenBody) {
  EXPECT_EQ(PageText("<body><p>outside</p><main><p>inside main</p></main></body>"), "inside main");
  EXPECT_EQ(PageText("<body><div><p>short</p></div>"
                     "<div class=story><p>the longest paragraph group</p><p>second one</p></div></body>"),
            "the longest paragraph group\nsecond one");
  EXPECT_EQ(PageText("<body><h1>Only</h1><h3>a heading</h3><li>item</li></body>"), "Only\na heading\nitem");
}

TEST(HtmlTextTest, FirstH1OfThePageWhenTheContainerHasNone) {
  EXPECT_EQ(PageText("<header><h1>Page title</h1></header><article><p>Body.</p></article>"), "Page title\nBody.");
  // The container's own h1 wins and comes first even when it is not first.
  EXPECT_EQ(PageText("<h1>Site</h1><article><p>Lead.</p><h1>Story</h1></article>"), "Story\nLead.");
}

TEST(HtmlTextTest, DropsBoilerplateElements) {
  std::string text = PageText(
      "<main><nav><p>menu</p></nav><p>kept</p><script>p('x')</script><style>p{}</style>"
      "<aside><p>aside</p></aside><footer><p>foot</p></footer><form><p>form</p></form>"
      "<noscript><p>ns</p></noscript><iframe src=x></iframe><svg><text>svg</text></svg>"
      "<figure><img><figcaption>cap</figcaption></figure><template><p>tpl</p></template></main>");
  EXPECT_EQ(text, "kept");
}

TEST(HtmlTextTest, DropsPageFurnitureByItsAttributes) {
  std::string text = PageText(
      "<article class='story-body'><p>kept one</p>"
      "<div class='related-stories'><p>Related: Orbitline buys Cobalt Labs</p></div>"
      "<section id='newsletterSignup'><p>Sign up</p></section>"
      "<ul class='ShareBar'><li>Share</li></ul>"
      "<div class='inline-ad promo'><p>Promoted</p></div>"
      "<div role='complementary'><p>More stories</p></div>"
      "<p hidden>hidden one</p><div aria-hidden='true'><p>hidden two</p></div>"
      "<div class='article__body'><p>kept two</p></div>"
      "<div class='shareholders'><p>kept three</p></div></article>");
  EXPECT_EQ(text, "kept one\nkept two\nkept three");
  // A teaser <article> inside related links is not the container.
  EXPECT_EQ(PageText("<body><div class='trending'><article><p>Teaser.</p></article></div>"
                     "<main class='related-layout'><p>The story.</p></main></body>"),
            "The story.");
}

TEST(HtmlTextTest, NestedBlocksSplitLinesInDocumentOrder) {
  EXPECT_EQ(PageText("<main><li>intro <p>para</p> tail</li><table><tr><td>a</td><td> b </td></tr></table>"
                     "<blockquote><p>quoted</p></blockquote><pre>x\n   y</pre></main>"),
            "intro\npara\ntail\na\nb\nquoted\nx y");
  EXPECT_EQ(PageText("<main><li><div>a</div><div>b</div></li><p>one<br>two</p></main>"), "a b\none two");
}

TEST(HtmlTextTest, EntitiesDecodedAndWhitespaceCollapsed) {
  EXPECT_EQ(PageText("<p>  A&amp;B   &eacute;t&eacute; &#x41;&#66;\n\n\t&lt;tag&gt;  </p>"), "A&B \u00E9t\u00E9 AB <tag>");
}

TEST(HtmlTextTest, MetadataAlternatives) {
  Result<HtmlArticle> a = ExtractHtml(
      "<head><meta property=og:title content='OG Title'><meta name=date content='Thu, 09 Jan 2025'>"
      "<meta property=og:url content='https://x.example/og'></head><p>x</p>",
      ReadLimits{}, HtmlMode::kPage);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->title, "OG Title");
  EXPECT_EQ(a->published, "2025-01-09");
  EXPECT_EQ(a->url, "https://x.example/og");
  Result<HtmlArticle> b = ExtractHtml("<article><time datetime='2023-11-30T10:00'>x</time><p>y</p></article>",
                                      ReadLimits{}, HtmlMode::kPage);
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(b->published, "2023-11-30");
}

TEST(HtmlTextTest, UnterminatedTagsAndCommentsDoNotFail) {
  EXPECT_EQ(PageText("<html><body><p>First <b>bold<p>Second"), "First bold\nSecond");
  EXPECT_EQ(PageText("<p>Before</p><!-- never closed <p>hidden</p>"), "Before");
  EXPECT_EQ(PageText("<p>Text <a href=\"unterminated"), "Text");
  EXPECT_EQ(PageText("<p>Text</p><div"), "Text");
  EXPECT_EQ(PageText("<p>x</p><script>never closed <p>y</p>"), "x");
}

TEST(HtmlTextTest, DeepNestingDoesNotCrash) {
  const int kDepth = 100000;
  std::string html = "<html><body><article>";
  for (int i = 0; i < kDepth; ++i) html += "<div>";
  html += "<p>deep text</p>";
  for (int i = 0; i < kDepth; ++i) html += "</div>";
  html += "<p>after</p></article></body></html>";
  EXPECT_EQ(PageText(html), "deep text\nafter");

  std::string spans = "<p>start";
  for (int i = 0; i < kDepth; ++i) spans += "<span><b>";
  spans += "end";
  EXPECT_EQ(PageText(spans), "startend");
}

TEST(HtmlTextTest, MisnestedFormattingStaysWithinBudget) {
  // gumbo reopens each <b> closed by </div> at the next text, one level
  // deeper each round; the depth cap must see that (else this is quadratic).
  std::string html = "<body><p>start</p>";
  for (int i = 0; i < 50000; ++i) html += "<div><b id=" + std::to_string(i) + "></div>x";
  Result<HtmlArticle> a = ExtractHtml(html, ReadLimits{}, HtmlMode::kPage);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->text, "start");
}

TEST(HtmlTextTest, UndatedPageFileUsesTheFileTime) {
  testing_util::TempFile file("undated.html", "<p>No date here.</p>");
  Collected c = ReadFile(file.path());
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].id, "undated");
  EXPECT_EQ(c.docs[0].published.size(), 10u);
  EXPECT_TRUE(c.docs[0].published_from_file_time);
}

TEST(HtmlTextTest, NoTextIsEmptyInput) {
  Collected c = ReadBuffer("<html><head><title>T</title></head><body><script>x</script></body></html>", "e.html");
  EXPECT_EQ(c.status.code(), ErrorCode::kEmptyInput);
  EXPECT_EQ(c.status.where(), "e.html");
}

TEST(HtmlTextTest, PageWithoutBlocksFallsBackToItsText) {
  EXPECT_EQ(PageText("<body><div>Loose   text</div><nav>menu</nav></body>"), "Loose text");
}

TEST(HtmlTextTest, FragmentKeepsTextOutsideBlocks) {
  Result<HtmlArticle> a = ExtractHtml("Intro text<p>para</p>outro", ReadLimits{}, HtmlMode::kFragment);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->text, "Intro text\npara\noutro");
  EXPECT_THAT(PageText("Intro text<p>para</p>"), Not(HasSubstr("Intro")));
}

}  // namespace
}  // namespace dealgraph
