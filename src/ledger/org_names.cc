// Organization name keys and the fallback roll-up of units to parents.
#include "ledger/org_names.h"

#include <array>
#include <utility>

namespace dealgraph {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (IsSpace(s.front()))) s.remove_prefix(1);
  while (!s.empty() && (IsSpace(s.back()) || s.back() == ',')) s.remove_suffix(1);
  return s;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

constexpr std::array<std::string_view, 14> kSuffixes = {
    "inc", "inc.", "corp", "corp.", "corporation", "ltd", "ltd.", "llc", "plc", "co", "co.", "limited",
    "l.l.c.", "incorporated"};

// Units and their parents: a stopgap copy of the best-known rows of the
// gazetteer (data/gazetteer), replaced by Gazetteer::Root once it is wired in.
constexpr std::pair<std::string_view, std::string_view> kParents[] = {
    {"aws", "Amazon"},
    {"amazon web services", "Amazon"},
    {"azure", "Microsoft"},
    {"microsoft azure", "Microsoft"},
    {"google cloud", "Alphabet"},
    {"deepmind", "Alphabet"},
    {"google deepmind", "Alphabet"},
    {"google", "Alphabet"},
    {"youtube", "Alphabet"},
    {"waymo", "Alphabet"},
    {"oracle cloud", "Oracle"},
    {"oracle cloud infrastructure", "Oracle"},
    {"meta platforms", "Meta"},
    {"instagram", "Meta"},
    {"whatsapp", "Meta"},
    {"softbank vision fund", "SoftBank"},
    {"softbank group", "SoftBank"},
    {"github", "Microsoft"},
    {"linkedin", "Microsoft"},
};

}  // namespace

std::string StripLegalSuffix(std::string_view name) {
  std::string_view s = Trim(name);
  for (;;) {
    size_t space = s.find_last_of(" \t");
    if (space == std::string_view::npos) break;
    std::string last = Lower(s.substr(space + 1));
    bool suffix = false;
    for (std::string_view x : kSuffixes) suffix = suffix || last == x;
    if (!suffix) break;
    s = Trim(s.substr(0, space));
  }
  return std::string(s);
}

std::string OrgKey(std::string_view name) {
  std::string stripped = StripLegalSuffix(name);
  std::string out;
  out.reserve(stripped.size());
  bool space = false;
  for (char c : stripped) {
    if (IsSpace(c)) {
      space = true;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  }
  return out;
}

std::string DefaultRoot(std::string_view name) {
  std::string key = OrgKey(name);
  for (const auto& [unit, parent] : kParents) {
    if (unit == key) return std::string(parent);
  }
  return std::string(name);
}

OrgName ResolveOrg(std::string_view reported, const RootFunction& root) {
  OrgName out;
  out.name = StripLegalSuffix(reported);
  out.key = OrgKey(out.name);
  std::string top = root ? root(out.name) : DefaultRoot(out.name);
  out.root_name = StripLegalSuffix(top);
  out.root_key = OrgKey(out.root_name);
  if (out.root_key.empty()) {  // a root function that returned nothing: keep the name
    out.root_name = out.name;
    out.root_key = out.key;
  }
  return out;
}

}  // namespace dealgraph
