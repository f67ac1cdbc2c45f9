// gumbo behind a depth cap and a memory pool that frees the tree without recursion.
#include "document/html_tree.h"

#include <csetjmp>
#include <cstdlib>

#include "document/html_depth.h"

namespace dealgraph::document_internal {

// Every block gumbo allocates is linked into a list behind a header, so the
// whole tree can be released by walking the list. Exceeding the budget
// longjmps out of gumbo: gumbo is C and holds no resources besides this pool.
struct HtmlTree::Pool {
  struct alignas(16) Header {
    Header* prev;
    Header* next;
    size_t size;
  };
  Header head{&head, &head, 0};
  size_t live = 0;
  size_t budget = 0;
  std::jmp_buf jump;

  ~Pool() {
    Header* h = head.next;
    while (h != &head) {
      Header* next = h->next;
      std::free(h);
      h = next;
    }
  }
};

namespace {

using Pool = HtmlTree::Pool;

void* PoolAllocate(void* userdata, size_t size) {
  auto* pool = static_cast<Pool*>(userdata);
  if (size > pool->budget - pool->live) std::longjmp(pool->jump, 1);
  auto* h = static_cast<Pool::Header*>(std::malloc(sizeof(Pool::Header) + size));
  if (h == nullptr) std::longjmp(pool->jump, 1);
  h->size = size;
  h->prev = &pool->head;
  h->next = pool->head.next;
  pool->head.next->prev = h;
  pool->head.next = h;
  pool->live += size;
  return h + 1;
}

void PoolFree(void* userdata, void* ptr) {
  if (ptr == nullptr) return;
  auto* pool = static_cast<Pool*>(userdata);
  auto* h = static_cast<Pool::Header*>(ptr) - 1;
  h->prev->next = h->next;
  h->next->prev = h->prev;
  pool->live -= h->size;
  std::free(h);
}

// Kept apart so that no local of the caller changes between setjmp and longjmp.
GumboOutput* ParseOrJump(Pool* pool, const GumboOptions* options, const char* data, size_t size) {
  if (setjmp(pool->jump) != 0) return nullptr;
  return gumbo_parse_with_options(options, data, size);
}

}  // namespace

Result<std::unique_ptr<HtmlTree>> HtmlTree::Parse(std::string_view html, int max_depth) {
  std::unique_ptr<HtmlTree> tree(new HtmlTree());
  if (std::optional<std::string> flat = LimitHtmlDepth(html, max_depth)) {
    tree->source_ = std::move(*flat);
    html = tree->source_;
  }
  tree->pool_ = std::make_unique<Pool>();
  tree->pool_->budget = (size_t{64} << 20) + 24 * html.size();
  GumboOptions options = kGumboDefaultOptions;
  options.allocator = PoolAllocate;
  options.deallocator = PoolFree;
  options.userdata = tree->pool_.get();
  options.max_errors = 0;  // we never read gumbo's error list
  tree->output_ = ParseOrJump(tree->pool_.get(), &options, html.data(), html.size());
  if (tree->output_ == nullptr || tree->output_->root == nullptr) {
    return Status(ErrorCode::kTooLarge, "the HTML is too complex to parse within the memory budget");
  }
  return tree;
}

HtmlTree::~HtmlTree() = default;  // pool_ frees every gumbo block

std::string_view Attribute(const GumboNode* element, const char* name) {
  if (element->type != GUMBO_NODE_ELEMENT) return {};
  const GumboAttribute* attr = gumbo_get_attribute(&element->v.element.attributes, name);
  return attr == nullptr ? std::string_view() : std::string_view(attr->value);
}

}  // namespace dealgraph::document_internal
