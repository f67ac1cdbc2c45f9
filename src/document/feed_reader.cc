// RSS 2.0 / RSS 1.0 / Atom reader on libxml2: one document per item or entry.
//
// Parsed with XML_PARSE_NONET and without XML_PARSE_NOENT, XML_PARSE_DTDLOAD
// or XML_PARSE_HUGE: no network, no external entities, libxml2's size caps on.
// Text is gathered from text and CDATA nodes only; entity references are not
// expanded, so a "billion laughs" DTD cannot blow up the output.
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <cstdint>
#include <memory>
#include <mutex>
#include <vector>

#include "document/dates.h"
#include "document/html_text.h"
#include "document/readers.h"
#include "document/text_util.h"

namespace dealgraph::document_internal {
namespace {

constexpr char kContentNs[] = "http://purl.org/rss/1.0/modules/content/";
constexpr char kDcNs[] = "http://purl.org/dc/elements/1.1/";
constexpr size_t kMaxIdBytes = 64;  // longer guids become "<stem>-<hash>"

std::string_view Name(const xmlNode* n) { return reinterpret_cast<const char*>(n->name); }

// True for an element called `name` with no namespace prefix (RSS and Atom
// elements; "atom:link" inside RSS does not match "link").
bool Is(const xmlNode* n, std::string_view name) {
  return n->type == XML_ELEMENT_NODE && Name(n) == name && (n->ns == nullptr || n->ns->prefix == nullptr);
}

bool IsNs(const xmlNode* n, std::string_view name, std::string_view href) {
  return n->type == XML_ELEMENT_NODE && Name(n) == name && n->ns != nullptr && n->ns->href != nullptr &&
         reinterpret_cast<const char*>(n->ns->href) == href;
}

template <class Pred>
const xmlNode* FindChild(const xmlNode* parent, Pred pred) {
  for (const xmlNode* c = parent->children; c != nullptr; c = c->next) {
    if (pred(c)) return c;
  }
  return nullptr;
}

const xmlNode* Child(const xmlNode* parent, std::string_view name) {
  return FindChild(parent, [&](const xmlNode* c) { return Is(c, name); });
}

std::string Attr(const xmlNode* n, const char* name) {
  xmlChar* v = xmlGetProp(n, reinterpret_cast<const xmlChar*>(name));
  if (v == nullptr) return "";
  std::string out(reinterpret_cast<const char*>(v));
  xmlFree(v);
  return out;
}

// Concatenated text and CDATA under `n` (iterative; entity references skipped).
std::string NodeText(const xmlNode* n) {
  std::string out;
  if (n == nullptr) return out;
  std::vector<const xmlNode*> stack;
  for (const xmlNode* c = n->last; c != nullptr; c = c->prev) stack.push_back(c);
  while (!stack.empty()) {
    const xmlNode* c = stack.back();
    stack.pop_back();
    if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && c->content != nullptr) {
      out += reinterpret_cast<const char*>(c->content);
    } else if (c->type == XML_ELEMENT_NODE) {
      for (const xmlNode* k = c->last; k != nullptr; k = k->prev) stack.push_back(k);
    }
  }
  return out;
}

// The markup inside `n` (Atom type="xhtml" content).
std::string InnerXml(const xmlNode* n) {
  std::unique_ptr<xmlBuffer, decltype(&xmlBufferFree)> buf(xmlBufferCreate(), xmlBufferFree);
  for (const xmlNode* c = n->children; c != nullptr; c = c->next) {
    xmlNodeDump(buf.get(), n->doc, const_cast<xmlNode*>(c), 0, 0);
  }
  return std::string(reinterpret_cast<const char*>(xmlBufferContent(buf.get())), xmlBufferLength(buf.get()));
}

struct Item {
  const xmlNode* node = nullptr;
  std::string id, title, link, date, body;
  bool body_is_html = true;
};

Item RssItem(const xmlNode* n) {
  Item item;
  item.node = n;
  item.id = NodeText(Child(n, "guid"));
  if (item.id.empty()) item.id = Attr(n, "about");  // RSS 1.0 rdf:about
  item.title = NodeText(Child(n, "title"));
  item.link = NodeText(Child(n, "link"));
  item.date = NodeText(Child(n, "pubDate"));
  if (item.date.empty()) item.date = NodeText(FindChild(n, [](const xmlNode* c) { return IsNs(c, "date", kDcNs); }));
  const xmlNode* content = FindChild(n, [](const xmlNode* c) { return IsNs(c, "encoded", kContentNs); });
  item.body = NodeText(content);
  if (TrimSpace(item.body).empty()) item.body = NodeText(Child(n, "description"));
  return item;
}

Item AtomEntry(const xmlNode* n) {
  Item item;
  item.node = n;
  item.id = NodeText(Child(n, "id"));
  item.title = NodeText(Child(n, "title"));
  for (const xmlNode* c = n->children; c != nullptr; c = c->next) {
    if (!Is(c, "link")) continue;
    std::string rel = Attr(c, "rel");
    if (rel.empty() || rel == "alternate") {
      item.link = Attr(c, "href");
      break;
    }
    if (item.link.empty()) item.link = Attr(c, "href");
  }
  item.date = NodeText(Child(n, "published"));
  if (item.date.empty()) item.date = NodeText(Child(n, "updated"));
  const xmlNode* content = Child(n, "content");
  if (content == nullptr || TrimSpace(NodeText(content)).empty()) content = Child(n, "summary");
  if (content != nullptr) {
    std::string type = Attr(content, "type");
    if (type == "xhtml") {
      item.body = InnerXml(content);
    } else {
      item.body = NodeText(content);
      item.body_is_html = type == "html" || type == "text/html";
    }
  }
  return item;
}

// The id of an item: its guid (or Atom id) made safe when short enough; else
// "<stem>-<16 hex digits>" of a hash of the guid, the link or the title, so
// that an item keeps its id when others are added or removed around it (a
// feed read again is the same source); "<stem>-<n>" only for an item with none
// of them.
std::string ItemId(const Item& item, size_t n, const std::string& stem) {
  std::string id = CollapseWhitespace(item.id);
  if (!id.empty() && id.size() <= kMaxIdBytes) return SafeId(id);
  std::string key = !id.empty() ? id : CollapseWhitespace(item.link);
  if (key.empty()) key = CollapseWhitespace(item.title);
  if (key.empty()) return stem + "-" + std::to_string(n);
  uint64_t h = 14695981039346656037ull;  // FNV-1a, 64 bits
  for (unsigned char c : key) h = (h ^ c) * 1099511628211ull;
  static constexpr char kHex[] = "0123456789abcdef";
  std::string hex(16, '0');
  for (int i = 15; i >= 0; --i, h >>= 4) hex[static_cast<size_t>(i)] = kHex[h & 15];
  return stem + "-" + hex;
}

void Deliver(const Item& item, size_t n, const std::string& outlet, const ReadContext& ctx) {
  std::string where = ctx.where + ":" + std::to_string(xmlGetLineNo(item.node));
  std::string label = "item " + std::to_string(n) + ": ";
  auto fail = [&](const Status& s) { (*ctx.on_error)(Status(s.code(), label + s.message(), where)); };
  Document doc;
  if (item.body_is_html) {
    Result<HtmlArticle> article = ExtractHtml(item.body, *ctx.limits, HtmlMode::kFragment);
    if (!article.ok()) return fail(article.status());
    doc.text = std::move(article->text);
  } else {
    doc.text = CollapseWhitespace(item.body);
  }
  if (doc.text.empty()) return fail(Status(ErrorCode::kEmptyInput, "the item has no text"));
  if (doc.text.size() > ctx.limits->max_document_bytes) {
    return fail(Status(ErrorCode::kTooLarge, "the item text is " + std::to_string(doc.text.size()) +
                                                 " bytes; the limit is " +
                                                 std::to_string(ctx.limits->max_document_bytes)));
  }
  doc.id = ItemId(item, n, ctx.stem);
  doc.title = CollapseWhitespace(item.title);
  doc.url = CollapseWhitespace(item.link);
  doc.published = NormalizeDate(item.date);
  doc.outlet = outlet;
  doc.source = ctx.source;
  (*ctx.on_document)(std::move(doc));
}

// The first error libxml2 reports; later ones are consequences of it.
struct FirstError {
  int line = 0;
  std::string message;
};

void KeepFirstError(void* user_data, xmlErrorPtr error) {
  auto* parser = static_cast<xmlParserCtxt*>(user_data);
  auto* first = static_cast<FirstError*>(parser->_private);
  if (first == nullptr || !first->message.empty() || error == nullptr || error->message == nullptr) return;
  if (error->level < XML_ERR_ERROR) return;
  first->line = error->line;
  first->message = error->message;
  while (!first->message.empty() && IsAsciiSpace(first->message.back())) first->message.pop_back();
}

struct DocFree {
  void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};
struct CtxtFree {
  void operator()(xmlParserCtxt* c) const { xmlFreeParserCtxt(c); }
};

}  // namespace

Status ReadFeed(std::string_view body, const ReadContext& ctx) {
  static std::once_flag init;
  std::call_once(init, [] { xmlInitParser(); });
  if (body.size() > static_cast<size_t>(INT32_MAX)) return Status(ErrorCode::kTooLarge, "feed too large", ctx.where);
  std::unique_ptr<xmlParserCtxt, CtxtFree> parser(xmlNewParserCtxt());
  if (parser == nullptr) return Status(ErrorCode::kInternal, "libxml2 could not allocate a parser", ctx.where);
  FirstError first_error;
  parser->_private = &first_error;
  parser->sax->serror = KeepFirstError;  // called with parser->userData, which is the parser
  int options = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA;
  std::unique_ptr<xmlDoc, DocFree> doc(
      xmlCtxtReadMemory(parser.get(), body.data(), static_cast<int>(body.size()), nullptr, "UTF-8", options));
  if (doc == nullptr || !parser->wellFormed) {
    std::string message = first_error.message.empty() ? "the document is not well-formed" : first_error.message;
    int line = first_error.line;
    return Status(ErrorCode::kParseError, "broken XML: " + message,
                  line > 0 ? ctx.where + ":" + std::to_string(line) : ctx.where);
  }
  const xmlNode* root = xmlDocGetRootElement(doc.get());
  std::string_view root_name = root == nullptr ? "" : Name(root);
  std::vector<Item> items;
  std::string outlet;
  if (root_name == "rss" || root_name == "RDF") {
    const xmlNode* channel = Child(root, "channel");
    if (channel != nullptr) outlet = CollapseWhitespace(NodeText(Child(channel, "title")));
    for (const xmlNode* parent : {channel, root}) {  // RSS 2.0 nests items in <channel>, RSS 1.0 does not
      if (parent == nullptr) continue;
      for (const xmlNode* c = parent->children; c != nullptr; c = c->next) {
        if (Is(c, "item")) items.push_back(RssItem(c));
      }
    }
  } else if (root_name == "feed") {
    outlet = CollapseWhitespace(NodeText(Child(root, "title")));
    for (const xmlNode* c = root->children; c != nullptr; c = c->next) {
      if (Is(c, "entry")) items.push_back(AtomEntry(c));
    }
  } else {
    return Status(ErrorCode::kUnsupported,
                  "not an RSS or Atom feed (the root element is <" + std::string(root_name) + ">)", ctx.where);
  }
  for (size_t i = 0; i < items.size(); ++i) Deliver(items[i], i + 1, outlet, ctx);
  return Status::Ok();
}

}  // namespace dealgraph::document_internal
