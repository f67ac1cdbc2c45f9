// The main text and metadata of an HTML page, by the rule our gold files use.
//
// Container: the first <article>, else the first <main>, else the element
// whose direct <p> children hold the most text, else <body> (containers inside
// dropped elements are skipped). Text: the container's first <h1> (or the
// page's first <h1>), then the text of each block element (<p>, <h2>-<h6>,
// <li>, <blockquote>, <pre>, <td>) in document order, one block per line,
// joined by "\n". A nested block ends the line of the block around it. Within
// a block entities are decoded, whitespace runs collapse to one space, lines
// are trimmed and empty ones skipped; <br> and block-level tags such as <div>
// inside a block count as a space. Dropped with their content: <script>,
// <style>, <nav>, <header>, <footer>, <aside>, <form>, <noscript>, <iframe>,
// <svg>, <figcaption>, <template>; and any element (but <html>, <body> and
// <main>) that is hidden (`hidden`, `aria-hidden="true"`), has the role of
// page furniture (navigation, complementary, contentinfo, search, dialog) or
// a class or id word of it ("related", "share", "newsletter", "promo",
// "comments", "caption", "sidebar", "trending"...: FurnitureWord in
// html_text.cc; words split at punctuation and camel case).
// Containers inside dropped elements are skipped.
#ifndef DEALGRAPH_DOCUMENT_HTML_TEXT_H_
#define DEALGRAPH_DOCUMENT_HTML_TEXT_H_

#include <string>
#include <string_view>

#include "dealgraph/document.h"
#include "dealgraph/status.h"

namespace dealgraph::document_internal {

struct HtmlArticle {
  std::string text;       // empty when the page has no text
  std::string title;      // <title>, else og:title
  std::string published;  // "YYYY-MM-DD" from article:published_time, meta date or <time datetime>
  std::string outlet;     // og:site_name
  std::string url;        // <link rel="canonical">, else og:url
};

enum class HtmlMode {
  kPage,      // a whole page: only text inside block elements counts
  kFragment,  // a feed item's HTML: text outside blocks forms lines too
};

// Extracts the article from `html` (valid UTF-8). Never fails on broken
// markup; fails with kTooLarge for pathological markup (see HtmlTree::Parse).
// In kFragment mode, markup with no block element gives its whole visible
// text with whitespace collapsed. Thread-safe.
Result<HtmlArticle> ExtractHtml(std::string_view html, const ReadLimits& limits, HtmlMode mode);

}  // namespace dealgraph::document_internal

#endif  // DEALGRAPH_DOCUMENT_HTML_TEXT_H_
