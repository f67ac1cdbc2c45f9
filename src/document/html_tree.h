// An HTML page parsed by gumbo under a depth cap and a memory budget.
#ifndef DEALGRAPH_DOCUMENT_HTML_TREE_H_
#define DEALGRAPH_DOCUMENT_HTML_TREE_H_

#include <gumbo.h>

#include <memory>
#include <string>
#include <string_view>

#include "dealgraph/status.h"

namespace dealgraph::document_internal {

// Owns a gumbo parse. All of gumbo's memory comes from a private pool that
// the destructor frees in one sweep, so no recursive gumbo_destroy_output
// runs over a deep tree. Not copyable; thread-compatible.
class HtmlTree {
 public:
  // Parses `html` after flattening nesting deeper than `max_depth` (see
  // html_depth.h). Broken markup is never an error: gumbo repairs it. Fails
  // with kTooLarge when gumbo would need more memory than a budget of
  // 64 MiB plus 24 bytes per input byte (pathological markup).
  static Result<std::unique_ptr<HtmlTree>> Parse(std::string_view html, int max_depth);

  ~HtmlTree();
  HtmlTree(const HtmlTree&) = delete;
  HtmlTree& operator=(const HtmlTree&) = delete;

  // The <html> element; never null.
  const GumboNode* root() const { return output_->root; }

  struct Pool;  // gumbo's allocator state (html_tree.cc)

 private:
  HtmlTree() = default;

  std::unique_ptr<Pool> pool_;
  std::string source_;  // the flattened copy, when one was needed
  GumboOutput* output_ = nullptr;
};

// Tag of an element node, or GUMBO_TAG_UNKNOWN for other nodes.
inline GumboTag TagOf(const GumboNode* node) {
  return node->type == GUMBO_NODE_ELEMENT ? node->v.element.tag : GUMBO_TAG_UNKNOWN;
}

// The value of attribute `name` of an element, or "" when absent.
std::string_view Attribute(const GumboNode* element, const char* name);

}  // namespace dealgraph::document_internal

#endif  // DEALGRAPH_DOCUMENT_HTML_TREE_H_
