// Main-text extraction from HTML: container choice, block lines and page metadata.
#include "document/html_text.h"

#include <memory>
#include <unordered_map>
#include <vector>

#include "document/dates.h"
#include "document/html_tree.h"
#include "document/text_util.h"

namespace dealgraph::document_internal {
namespace {

// Elements dropped with all their content.
bool IsDropped(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NAV: case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FORM: case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_TEMPLATE:
      return true;
    default:
      return false;
  }
}

// A word of an element's class or id that marks page furniture rather than
// the story: related links, sharing bars, newsletter and promotion boxes,
// comments, captions, cookie notices.
bool FurnitureWord(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "advert",   "advertisement", "advertising", "adverts",  "breadcrumb", "breadcrumbs", "caption",
      "captions", "comments",      "consent",     "cookie",   "cookies",    "modal",       "newsletter",
      "newsletters", "outbrain",   "popular",     "popup",    "promo",      "promos",      "promotion",
      "recirc",   "recirculation", "related",     "share",    "sharebar",   "sharing",     "sidebar",
      "signup",   "social",        "sponsored",   "subscribe", "subscription", "taboola",  "trending"};
  for (std::string_view k : kWords) {
    if (w == k) return true;
  }
  return false;
}

// Whether a class or id value holds a furniture word; words split at
// anything but a letter or digit and where a capital follows a small letter
// ("related-links", "article__share", "RelatedContent").
bool HasFurnitureWord(std::string_view value) {
  std::string word;
  auto done = [&] {
    bool hit = FurnitureWord(word);
    word.clear();
    return hit;
  };
  for (size_t i = 0; i < value.size(); ++i) {
    const char c = value[i];
    const bool upper = c >= 'A' && c <= 'Z', lower = c >= 'a' && c <= 'z', digit = c >= '0' && c <= '9';
    if (!upper && !lower && !digit) {
      if (done()) return true;
      continue;
    }
    if (upper && i > 0 && value[i - 1] >= 'a' && value[i - 1] <= 'z' && done()) return true;
    word.push_back(upper ? static_cast<char>(c - 'A' + 'a') : c);
  }
  return done();
}

// Elements dropped with their content for what their attributes say: hidden
// ones, the landmark roles of page furniture, and class or id words above.
// (<html>, <body> and <main> are never dropped this way: a site's class on
// them says nothing of the story.)
bool IsFurniture(const GumboNode* node) {
  const GumboTag tag = TagOf(node);
  if (tag == GUMBO_TAG_HTML || tag == GUMBO_TAG_BODY || tag == GUMBO_TAG_MAIN) return false;
  if (gumbo_get_attribute(&node->v.element.attributes, "hidden") != nullptr) return true;
  if (AsciiLower(Attribute(node, "aria-hidden")) == "true") return true;
  const std::string role = AsciiLower(Attribute(node, "role"));
  if (role == "navigation" || role == "complementary" || role == "contentinfo" || role == "search" ||
      role == "dialog" || role == "alertdialog") {
    return true;
  }
  return HasFurnitureWord(Attribute(node, "class")) || HasFurnitureWord(Attribute(node, "id"));
}

bool IsDroppedElement(const GumboNode* node) { return IsDropped(TagOf(node)) || IsFurniture(node); }

// Elements whose text forms lines of their own.
bool IsBlock(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5:
    case GUMBO_TAG_H6: case GUMBO_TAG_LI: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE:
    case GUMBO_TAG_TD:
      return true;
    default:
      return false;
  }
}

// Elements that separate words inside a block (so "<li><div>a</div><div>b</div>" is "a b").
bool IsSpacer(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_BR: case GUMBO_TAG_DIV: case GUMBO_TAG_SECTION: case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TR: case GUMBO_TAG_TH: case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_DL: case GUMBO_TAG_DT:
    case GUMBO_TAG_DD: case GUMBO_TAG_H1: case GUMBO_TAG_HR: case GUMBO_TAG_IMG:
    case GUMBO_TAG_FIGURE: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN:
      return true;
    default:
      return false;
  }
}

bool IsText(const GumboNode* node) {
  return node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA;
}

const GumboVector* Children(const GumboNode* node) {
  if (node->type == GUMBO_NODE_ELEMENT) return &node->v.element.children;
  if (node->type == GUMBO_NODE_DOCUMENT) return &node->v.document.children;
  return nullptr;  // text, comments, and <template> contents (skipped)
}

const GumboNode* Child(const GumboVector* v, unsigned i) { return static_cast<const GumboNode*>(v->data[i]); }

// Lines of text under `root`, in document order, by the block rule. With
// `loose`, text outside blocks forms lines too. `skip` (may be null) is left out.
std::vector<std::string> BlockLines(const GumboNode* root, const GumboNode* skip, bool loose) {
  std::vector<std::string> lines;
  std::string line;
  int blocks = 0;
  auto flush = [&] {
    std::string_view trimmed = TrimSpace(line);
    if (!trimmed.empty()) lines.emplace_back(trimmed);
    line.clear();
  };
  auto space = [&] {
    if (!line.empty() && line.back() != ' ') line.push_back(' ');
  };
  struct Frame {
    const GumboNode* node;
    unsigned next;
  };
  std::vector<Frame> stack = {{root, 0}};
  if (IsBlock(TagOf(root))) ++blocks;
  while (!stack.empty()) {
    Frame& top = stack.back();
    const GumboVector* kids = Children(top.node);
    if (kids == nullptr || top.next >= kids->length) {
      GumboTag tag = TagOf(top.node);
      if (IsBlock(tag)) {
        flush();
        --blocks;
      } else if (IsSpacer(tag)) {
        space();
      }
      stack.pop_back();
      continue;
    }
    const GumboNode* child = Child(kids, top.next++);
    if (IsText(child)) {
      if (blocks > 0 || loose) AppendCollapsed(child->v.text.text, &line);
      continue;
    }
    if (child->type != GUMBO_NODE_ELEMENT || child == skip || IsDroppedElement(child)) continue;
    GumboTag tag = TagOf(child);
    if (IsBlock(tag)) {
      flush();
      ++blocks;
    } else if (IsSpacer(tag)) {
      space();
    }
    stack.push_back({child, 0});
  }
  flush();
  return lines;
}

std::string Join(const std::vector<std::string>& lines, const char* sep) {
  std::string out;
  for (const std::string& l : lines) {
    if (!out.empty()) out += sep;
    out += l;
  }
  return out;
}

// What one pass over the whole page finds.
struct PageScan {
  const GumboNode* article = nullptr;
  const GumboNode* main = nullptr;
  const GumboNode* body = nullptr;
  const GumboNode* first_h1 = nullptr;
  const GumboNode* best_p_parent = nullptr;  // parent whose direct <p> children hold the most text
  std::string title, og_title, published_meta, date_meta, time_datetime, site_name, canonical, og_url;
};

void NoteMeta(const GumboNode* node, PageScan* scan) {
  std::string key = AsciiLower(Attribute(node, "property"));
  if (key.empty()) key = AsciiLower(Attribute(node, "name"));
  std::string_view content = Attribute(node, "content");
  auto set = [&](std::string* field) {
    if (field->empty()) *field = CollapseWhitespace(content);
  };
  if (key == "og:title") set(&scan->og_title);
  if (key == "article:published_time") set(&scan->published_meta);
  if (key == "date") set(&scan->date_meta);
  if (key == "og:site_name") set(&scan->site_name);
  if (key == "og:url") set(&scan->og_url);
}

PageScan ScanPage(const GumboNode* root) {
  PageScan scan;
  std::unordered_map<const GumboNode*, size_t> p_text;  // p parent -> text bytes in its <p> children
  std::vector<const GumboNode*> p_parents;               // in order of first appearance
  struct Item {
    const GumboNode* node;
    bool dropped;
    const GumboNode* p_parent;
  };
  std::vector<Item> stack = {{root, false, nullptr}};
  while (!stack.empty()) {
    Item item = stack.back();
    stack.pop_back();
    const GumboNode* node = item.node;
    if (IsText(node)) {
      if (!item.dropped && item.p_parent != nullptr) {
        auto [it, added] = p_text.emplace(item.p_parent, 0);
        if (added) p_parents.push_back(item.p_parent);
        it->second += TrimSpace(node->v.text.text).size();
      }
      continue;
    }
    if (node->type != GUMBO_NODE_ELEMENT) continue;
    GumboTag tag = TagOf(node);
    bool html_ns = node->v.element.tag_namespace == GUMBO_NAMESPACE_HTML;
    bool dropped = item.dropped || IsDroppedElement(node);
    const GumboNode* p_parent = item.p_parent;
    if (tag == GUMBO_TAG_P && node->parent != nullptr && node->parent->type == GUMBO_NODE_ELEMENT) {
      p_parent = node->parent;
    }
    if (tag == GUMBO_TAG_TITLE && html_ns && scan.title.empty()) {
      scan.title = Join(BlockLines(node, nullptr, true), " ");
    } else if (tag == GUMBO_TAG_META) {
      NoteMeta(node, &scan);
    } else if (tag == GUMBO_TAG_LINK && scan.canonical.empty() && AsciiLower(Attribute(node, "rel")) == "canonical") {
      scan.canonical = CollapseWhitespace(Attribute(node, "href"));
    } else if (tag == GUMBO_TAG_TIME && scan.time_datetime.empty()) {
      scan.time_datetime = CollapseWhitespace(Attribute(node, "datetime"));
    } else if (tag == GUMBO_TAG_ARTICLE && !dropped && scan.article == nullptr) {
      scan.article = node;
    } else if (tag == GUMBO_TAG_MAIN && !dropped && scan.main == nullptr) {
      scan.main = node;
    } else if (tag == GUMBO_TAG_H1 && scan.first_h1 == nullptr) {
      scan.first_h1 = node;
    } else if (tag == GUMBO_TAG_BODY && scan.body == nullptr) {
      scan.body = node;
    }
    const GumboVector* kids = Children(node);
    for (unsigned i = kids->length; i-- > 0;) stack.push_back({Child(kids, i), dropped, p_parent});
  }
  size_t best = 0;
  for (const GumboNode* parent : p_parents) {
    if (p_text[parent] > best) {
      best = p_text[parent];
      scan.best_p_parent = parent;
    }
  }
  return scan;
}

// The first <h1> under `root` in document order, or null.
const GumboNode* FindH1(const GumboNode* root) {
  std::vector<const GumboNode*> stack = {root};
  while (!stack.empty()) {
    const GumboNode* node = stack.back();
    stack.pop_back();
    if (node->type != GUMBO_NODE_ELEMENT) continue;
    if (TagOf(node) == GUMBO_TAG_H1) return node;
    const GumboVector* kids = Children(node);
    for (unsigned i = kids->length; i-- > 0;) stack.push_back(Child(kids, i));
  }
  return nullptr;
}

std::string FirstDate(std::initializer_list<const std::string*> stamps) {
  for (const std::string* s : stamps) {
    std::string date = NormalizeDate(*s);
    if (!date.empty()) return date;
  }
  return "";
}

}  // namespace

Result<HtmlArticle> ExtractHtml(std::string_view html, const ReadLimits& limits, HtmlMode mode) {
  Result<std::unique_ptr<HtmlTree>> tree = HtmlTree::Parse(html, limits.max_html_depth);
  if (!tree.ok()) return tree.status();
  const GumboNode* root = (*tree)->root();
  PageScan scan = ScanPage(root);

  const GumboNode* container = scan.article;
  if (container == nullptr) container = scan.main;
  if (container == nullptr) container = scan.best_p_parent;
  if (container == nullptr) container = scan.body;
  if (container == nullptr) container = root;
  const GumboNode* h1 = FindH1(container);
  if (h1 == nullptr) h1 = scan.first_h1;

  bool loose = mode == HtmlMode::kFragment;
  std::vector<std::string> lines;
  if (h1 != nullptr) {
    std::string heading = Join(BlockLines(h1, nullptr, true), " ");
    if (!heading.empty()) lines.push_back(std::move(heading));
  }
  for (std::string& l : BlockLines(container, h1, loose)) lines.push_back(std::move(l));
  if (lines.empty() && !loose) lines = BlockLines(container, nullptr, true);  // a page with no blocks at all

  HtmlArticle article;
  article.text = Join(lines, "\n");
  article.title = !scan.title.empty() ? scan.title : scan.og_title;
  article.published = FirstDate({&scan.published_meta, &scan.date_meta, &scan.time_datetime});
  article.outlet = scan.site_name;
  article.url = !scan.canonical.empty() ? scan.canonical : scan.og_url;
  return article;
}

}  // namespace dealgraph::document_internal
