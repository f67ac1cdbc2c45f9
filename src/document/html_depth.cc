// Nesting cap for HTML source: a rough tag tokenizer that flattens deep nesting.
#include "document/html_depth.h"

#include <algorithm>
#include <array>
#include <unordered_map>
#include <vector>

namespace dealgraph::document_internal {
namespace {

bool IsAlpha(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

template <size_t N>
bool In(const std::array<std::string_view, N>& set, std::string_view name) {
  return std::find(set.begin(), set.end(), name) != set.end();
}

constexpr std::array<std::string_view, 16> kVoid = {"area", "base", "br",    "col",   "embed",  "hr",
                                                    "img",  "input", "link", "meta",  "param",  "source",
                                                    "track", "wbr",  "keygen", "basefont"};
// Elements whose content is not markup: skip to their end tag.
constexpr std::array<std::string_view, 8> kRawText = {"script",  "style",   "textarea", "title",
                                                      "xmp",     "iframe",  "noembed",  "noframes"};
// Start tags that close an open <p> (HTML's "close a p element").
constexpr std::array<std::string_view, 30> kClosesP = {
    "address", "article", "aside", "blockquote", "div",    "dl",      "fieldset", "figure",
    "footer",  "form",    "h1",    "h2",         "h3",     "h4",      "h5",       "h6",
    "header",  "hr",      "main",  "nav",        "ol",     "p",       "pre",      "section",
    "table",   "ul",      "li",    "dd",         "dt",     "details"};

// Elements that carry article text (and their table and list frames). At the
// limit they may still open, up to kBlockSlack more levels, so that text deep
// in a page stays in its paragraph.
constexpr std::array<std::string_view, 18> kTextBlocks = {"p",  "h1", "h2",    "h3",    "h4",    "h5",
                                                          "h6", "li", "ul",    "ol",    "pre",   "blockquote",
                                                          "td", "th", "tr",    "table", "tbody", "thead"};
constexpr size_t kBlockSlack = 64;

// Formatting elements: closed by a foreign end tag, gumbo reopens them at the
// next text ("reconstructs the active formatting elements"), so they stay
// open for depth purposes. "<div><b></div>x" repeated nests ever deeper.
constexpr std::array<std::string_view, 14> kFormatting = {"a",     "b",      "big", "code", "em", "font", "i",
                                                          "nobr",  "s",      "small", "strike", "strong",
                                                          "tt",    "u"};

// The tag stack as this pass sees it, with per-name counts for O(1) lookups.
class TagStack {
 public:
  size_t depth() const { return names_.size(); }
  bool Has(const std::string& name) const {
    auto it = counts_.find(name);
    return it != counts_.end() && it->second > 0;
  }
  void Push(const std::string& name) {
    names_.push_back(name);
    ++counts_[name];
  }
  // Pops up to and including the innermost `name` (which must be open);
  // formatting elements popped on the way are reopened.
  void PopTo(const std::string& name) {
    std::vector<std::string> reopen;
    while (!names_.empty()) {
      std::string top = std::move(names_.back());
      names_.pop_back();
      --counts_[top];
      if (top == name) break;
      if (In(kFormatting, top)) reopen.push_back(std::move(top));
    }
    for (size_t k = reopen.size(); k-- > 0;) Push(reopen[k]);
  }
  // Pops `name` if it is open within the top few entries and no scope
  // boundary (a table, cell or list) lies above it: an implied end tag.
  void CloseNear(const std::string& name) {
    static constexpr std::array<std::string_view, 10> kScope = {"table", "td",     "th",       "caption", "button",
                                                                "object", "template", "ul",     "ol",      "dl"};
    size_t limit = std::min<size_t>(names_.size(), 8);
    for (size_t k = 0; k < limit; ++k) {
      const std::string& open = names_[names_.size() - 1 - k];
      if (open == name) {
        PopTo(name);
        return;
      }
      if (In(kScope, open)) return;
    }
  }

 private:
  std::vector<std::string> names_;
  std::unordered_map<std::string, int> counts_;
};

// Applies HTML's common implied end tags for a start tag `name`.
void ImpliedEnds(const std::string& name, TagStack* stack) {
  if (In(kClosesP, name)) stack->CloseNear("p");
  if (name == "li") stack->CloseNear("li");
  if (name == "dt" || name == "dd") {
    stack->CloseNear("dt");
    stack->CloseNear("dd");
  }
  if (name == "tr") stack->CloseNear("tr");
  if (name == "td" || name == "th" || name == "tr") {
    stack->CloseNear("td");
    stack->CloseNear("th");
  }
  if (name == "option") stack->CloseNear("option");
}

// Runs the pass. With `out` null it only measures and stops as soon as the
// limit is passed (returns true then); with `out` it writes the flattened copy.
bool Scan(std::string_view s, size_t max_depth, std::string* out) {
  TagStack stack;
  size_t copied = 0;  // s[copied, i) is still to be written to `out`
  auto drop = [&](size_t from, size_t to) {
    if (out != nullptr) out->append(s.substr(copied, from - copied));
    copied = to;
  };
  size_t i = 0;
  const size_t n = s.size();
  while (i < n) {
    size_t lt = s.find('<', i);
    if (lt == std::string_view::npos || lt + 1 >= n) break;
    char next = s[lt + 1];
    if (s.compare(lt, 4, "<!--") == 0) {
      size_t end = s.find("-->", lt + 4);
      if (end == std::string_view::npos) break;
      i = end + 3;
      continue;
    }
    if (next == '!' || next == '?') {
      size_t end = s.find('>', lt);
      if (end == std::string_view::npos) break;
      i = end + 1;
      continue;
    }
    bool is_end = next == '/';
    size_t name_start = lt + (is_end ? 2 : 1);
    if (name_start >= n || !IsAlpha(s[name_start])) {
      i = lt + 1;
      continue;
    }
    size_t p = name_start;
    std::string name;
    while (p < n && s[p] != '>' && s[p] != '/' && s[p] != ' ' && s[p] != '\t' && s[p] != '\n' && s[p] != '\r' &&
           s[p] != '\f') {
      name.push_back(Lower(s[p++]));
    }
    // Skip attributes; a quote right after '=' runs to its partner.
    char prev = 0;
    while (p < n && s[p] != '>') {
      if ((s[p] == '"' || s[p] == '\'') && prev == '=') {
        size_t close = s.find(s[p], p + 1);
        if (close == std::string_view::npos) {
          p = n;  // an unclosed quote swallows the rest, as in a browser
          break;
        }
        p = close;
      }
      if (s[p] != ' ' && s[p] != '\t' && s[p] != '\n' && s[p] != '\r') prev = s[p];
      ++p;
    }
    if (p >= n) break;
    size_t tag_end = p + 1;
    bool self_closing = s[p - 1] == '/';
    if (is_end) {
      if (stack.Has(name)) {
        stack.PopTo(name);
      } else if (out != nullptr) {
        drop(lt, tag_end);  // an end tag whose start tag was dropped
      }
      i = tag_end;
      continue;
    }
    if (!In(kVoid, name) && !self_closing) {
      ImpliedEnds(name, &stack);
      size_t limit = In(kTextBlocks, name) ? max_depth + kBlockSlack : max_depth;
      if (stack.depth() >= limit) {
        if (out == nullptr) return true;
        drop(lt, tag_end);
      } else {
        stack.Push(name);
      }
    }
    i = tag_end;
    if (name == "plaintext") break;
    if (In(kRawText, name)) {
      // Find "</name" case-insensitively; the end tag is handled by the loop.
      size_t k = i;
      for (;;) {
        k = s.find("</", k);
        if (k == std::string_view::npos) break;
        bool match = k + 2 + name.size() <= n;
        for (size_t c = 0; match && c < name.size(); ++c) match = Lower(s[k + 2 + c]) == name[c];
        if (match) break;
        k += 2;
      }
      if (k == std::string_view::npos) break;
      i = k;
    }
  }
  if (out != nullptr) out->append(s.substr(copied));
  return false;
}

}  // namespace

std::optional<std::string> LimitHtmlDepth(std::string_view html, int max_depth) {
  size_t limit = max_depth < 1 ? 1 : static_cast<size_t>(max_depth);
  if (!Scan(html, limit, nullptr)) return std::nullopt;
  std::string out;
  out.reserve(html.size());
  Scan(html, limit, &out);
  return out;
}

}  // namespace dealgraph::document_internal
