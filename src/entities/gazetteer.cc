// Gazetteer: parses the organization TSV and indexes every alias by its first token.
#include "entities/gazetteer.h"

#include <algorithm>
#include <cstring>
#include <functional>
#include <fstream>
#include <sstream>

#include "entities/image_io.h"
#include "entities/lexicon.h"
#include "entities/word_table.h"

namespace dealgraph {

struct AliasIndex {
  struct Alias {
    uint32_t org = 0;
    uint32_t first = 0;  // its token texts: token_texts[first, first + count)
    uint32_t count = 0;
  };
  // The aliases that start with one token text.
  struct Bucket {
    uint32_t begin = 0, end = 0;         // its alias ids in AliasIndex::ids, longest first
    uint32_t single = WordTable::kMissing;  // the one-token alias, if any (it comes last)
    bool multi = false;                  // some alias has two tokens or more
    bool possessive_second = false;      // (with `seconds` only) some alias's second token is "'s"
    uint32_t seconds = WordTable::kMissing;  // index into by_second when its longer aliases are there
  };
  // Token text k of alias `a` (k < a.count).
  std::string_view Token(const Alias& a, size_t k) const { return token_texts[a.first + k]; }

  std::vector<Alias> aliases;
  // The aliases' token texts as the segmenter splits them, alias after alias:
  // views into `text` (or the literals "the" and "'s"), which holds every
  // alias once as written and once in capitals and never grows after the
  // build starts.
  std::vector<std::string_view> token_texts;
  std::unique_ptr<char[]> text;
  size_t text_size = 0;  // the bytes of `text` in use
  WordTable by_first;                       // first token -> index into buckets
  std::vector<Bucket> buckets;
  std::vector<uint32_t> ids;  // the buckets' alias ids, bucket after bucket
  // For a bucket of many longer aliases: the second token's text -> index
  // into pairs, the aliases of two tokens or more of that bucket with that
  // second token (not "'s"), in the bucket's order. "the" starts 29 aliases;
  // a look-up of the next word replaces a walk of them all.
  std::vector<WordTable> by_second;
  std::vector<std::vector<uint32_t>> pairs;
  WordTable by_canonical;                   // canonical -> org index
};

namespace {

constexpr int kFields = 5;

// Splits `s` at every `sep` into `out` (cleared first; reused between lines).
void Split(std::string_view s, char sep, std::vector<std::string_view>* out) {
  out->clear();
  size_t start = 0;
  while (true) {
    size_t p = s.find(sep, start);
    out->push_back(s.substr(start, p == std::string_view::npos ? std::string_view::npos : p - start));
    if (p == std::string_view::npos) break;
    start = p + 1;
  }
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

bool ParseKind(std::string_view s, OrgKind* kind) {
  if (s == "company") *kind = OrgKind::kCompany;
  else if (s == "fund") *kind = OrgKind::kFund;
  else if (s == "government") *kind = OrgKind::kGovernment;
  else if (s == "outlet") *kind = OrgKind::kOutlet;
  else return false;
  return true;
}

// Writes `s` with a-z in capitals to `out` (room for s.size() bytes).
void UpperInto(std::string_view s, char* out) {
  for (char c : s) *out++ = c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c;
}

// The key of a token list in the owner table: each text and a 0x1f.
void JoinInto(const std::string_view* tokens, size_t count, std::string* out) {
  out->clear();
  for (size_t k = 0; k < count; ++k) {
    out->append(tokens[k]);
    out->push_back('\x1f');
  }
}

bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

}  // namespace

namespace {

// AliasTokenTexts as views into `alias`, appended to `out`.
void AppendAliasTokenTexts(std::string_view alias, std::vector<std::string_view>* out) {
  // Most aliases are ASCII words with single spaces between them ("Microsoft",
  // "Juniper Networks"); the segmenter makes one word token of each, so they
  // are split here without it. Anything else goes through Segment.
  bool plain = !alias.empty() && IsAsciiLetter(alias.front()) && IsAsciiLetter(alias.back());
  for (size_t i = 0; plain && i < alias.size(); ++i) {
    plain = IsAsciiLetter(alias[i]) || (alias[i] == ' ' && IsAsciiLetter(alias[i + 1]));
  }
  if (plain) {
    size_t start = 0;
    for (size_t space = alias.find(' '); space != std::string_view::npos; space = alias.find(' ', start)) {
      out->push_back(alias.substr(start, space - start));
      start = space + 1;
    }
    out->push_back(alias.substr(start));
    return;
  }
  Segmentation seg = Segment(alias);
  for (const Token& t : seg.tokens) out->push_back(TokenText(alias, t));
}

}  // namespace

std::vector<std::string> AliasTokenTexts(std::string_view alias) {
  std::vector<std::string_view> views;
  AppendAliasTokenTexts(alias, &views);
  return std::vector<std::string>(views.begin(), views.end());
}

Result<Gazetteer> Gazetteer::Parse(std::string_view tsv, std::string_view name) {
  auto error = [&](size_t line, const std::string& msg) {
    return Status(ErrorCode::kParseError, msg, std::string(name) + ":" + std::to_string(line));
  };
  Gazetteer g;
  auto index = std::make_shared<AliasIndex>();
  std::vector<std::vector<std::string>> alias_lists;  // per org, exact aliases
  std::vector<size_t> lines;                          // per org, its line number
  bool header = false;
  size_t line_no = 0;
  std::vector<std::string_view> lines_of_tsv, f, parts;
  Split(tsv, '\n', &lines_of_tsv);
  // One organization per line at most: size the tables once.
  index->by_canonical.Reserve(lines_of_tsv.size());
  g.orgs_.reserve(lines_of_tsv.size());
  alias_lists.reserve(lines_of_tsv.size());
  lines.reserve(lines_of_tsv.size());
  for (std::string_view line : lines_of_tsv) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (Trim(line).empty() || line.front() == '#') continue;
    Split(line, '\t', &f);
    if (!header) {
      if (f.size() != kFields || f[0] != "canonical") {
        return error(line_no, "expected the header line: canonical, parent, kind, aliases, descriptions");
      }
      header = true;
      continue;
    }
    if (f.size() != kFields) {
      return error(line_no, "expected " + std::to_string(kFields) + " tab-separated fields, got " +
                                std::to_string(f.size()));
    }
    OrgInfo org;
    org.canonical = std::string(Trim(f[0]));
    org.parent = std::string(Trim(f[1]));
    if (org.canonical.empty()) return error(line_no, "empty canonical name");
    if (!ParseKind(Trim(f[2]), &org.kind)) {
      return error(line_no, "unknown kind '" + std::string(f[2]) + "' (company|fund|government|outlet)");
    }
    if (index->by_canonical.Find(org.canonical) != WordTable::kMissing) {
      return error(line_no, "duplicate canonical name '" + org.canonical + "'");
    }
    std::vector<std::string> aliases = {org.canonical};
    Split(f[3], '|', &parts);
    for (std::string_view a : parts) {
      if (!Trim(a).empty()) aliases.emplace_back(Trim(a));
    }
    Split(f[4], '|', &parts);
    for (std::string_view d : parts) {
      if (!Trim(d).empty()) org.descriptions.emplace_back(Trim(d));
    }
    index->by_canonical.Set(org.canonical, static_cast<uint32_t>(g.orgs_.size()));
    g.orgs_.push_back(std::move(org));
    alias_lists.push_back(std::move(aliases));
    lines.push_back(line_no);
  }
  if (!header) return error(line_no, "no header line");
  // Parents must exist and chains must end.
  for (size_t k = 0; k < g.orgs_.size(); ++k) {
    std::string p = g.orgs_[k].parent;
    for (size_t depth = 0; !p.empty(); ++depth) {
      uint32_t pi = index->by_canonical.Find(p);
      if (pi == WordTable::kMissing) return error(lines[k], "unknown parent '" + p + "'");
      if (depth > g.orgs_.size()) return error(lines[k], "parent cycle at '" + g.orgs_[k].canonical + "'");
      p = g.orgs_[pi].parent;
    }
  }
  // Exact aliases first (a clash between two organizations is an error), then
  // the all-caps and lower-case "the" variants where still free.
  size_t alias_count = 0, alias_bytes = 0;
  for (const auto& list : alias_lists) {
    alias_count += list.size();
    for (const std::string& a : list) alias_bytes += a.size();
  }
  // Every alias as written, then in capitals where that differs: the token
  // texts of all forms are views into these bytes.
  index->text = std::make_unique<char[]>(2 * alias_bytes + 1);
  char* room = index->text.get();
  std::vector<std::string_view>& texts = index->token_texts;
  texts.reserve(4 * alias_count);
  WordTable owner;  // joined alias tokens -> org
  owner.Reserve(3 * alias_count);  // exact, all-caps and "the" forms
  index->aliases.reserve(3 * alias_count);
  std::string key;
  auto add = [&](uint32_t org, uint32_t first, uint32_t count, bool exact) -> bool {
    if (count == 0) return true;
    JoinInto(texts.data() + first, count, &key);
    uint32_t prev = owner.Find(key);
    if (prev != WordTable::kMissing) return prev == org || !exact;
    owner.Set(key, org);
    index->aliases.push_back({org, first, count});
    return true;
  };
  // Each alias is segmented once; its tokens serve both passes.
  struct Exact {
    uint32_t org, first, count;
  };
  std::vector<Exact> exact;
  exact.reserve(alias_count);
  for (uint32_t k = 0; k < alias_lists.size(); ++k) {
    for (const std::string& a : alias_lists[k]) {
      std::memcpy(room, a.data(), a.size());
      const uint32_t first = static_cast<uint32_t>(texts.size());
      AppendAliasTokenTexts(std::string_view(room, a.size()), &texts);
      room += a.size();
      const uint32_t count = static_cast<uint32_t>(texts.size()) - first;
      exact.push_back({k, first, count});
      if (!add(k, first, count, true)) {
        JoinInto(texts.data() + first, count, &key);
        return error(lines[k], "alias '" + a + "' already belongs to '" + g.orgs_[owner.Find(key)].canonical + "'");
      }
    }
  }
  for (const Exact& e : exact) {
    if (e.count == 0) continue;
    // The all-caps form: the same tokens of the alias in capitals ("'s" kept).
    const std::string_view* tokens = texts.data() + e.first;
    const char* from = tokens[0].data();
    const size_t size = static_cast<size_t>(tokens[e.count - 1].data() + tokens[e.count - 1].size() - from);
    UpperInto(std::string_view(from, size), room);
    bool differs = false;
    const uint32_t first = static_cast<uint32_t>(texts.size());
    for (uint32_t k = 0; k < e.count; ++k) {
      std::string_view t = texts[e.first + k];
      if (t == "'s") {
        texts.push_back("'s");
        continue;
      }
      std::string_view upper(room + (t.data() - from), t.size());
      differs = differs || upper != t;
      texts.push_back(upper);
    }
    if (differs) {
      room += size;
      (void)add(e.org, first, e.count, false);
    } else {
      texts.resize(first);
    }
    if (e.count > 1 && texts[e.first] == "The") {
      const uint32_t the = static_cast<uint32_t>(texts.size());
      texts.push_back("the");
      for (uint32_t k = 1; k < e.count; ++k) texts.push_back(texts[e.first + k]);
      (void)add(e.org, the, e.count, false);
    }
  }
  index->text_size = static_cast<size_t>(room - index->text.get());
  index->by_first.Reserve(index->aliases.size());  // fewer first tokens than aliases
  std::vector<uint32_t> bucket_of(index->aliases.size());
  index->buckets.reserve(index->aliases.size());
  for (uint32_t id = 0; id < index->aliases.size(); ++id) {
    const std::string_view first = index->Token(index->aliases[id], 0);
    uint32_t b = index->by_first.Find(first);
    if (b == WordTable::kMissing) {
      b = static_cast<uint32_t>(index->buckets.size());
      index->buckets.emplace_back();
      index->by_first.Set(first, b);
    }
    bucket_of[id] = b;
    ++index->buckets[b].end;  // a count for now
    g.first_shape_[ShapeSlot(first.front(), first.back())] |= 1u << std::min<size_t>(first.size(), 31);
  }
  // The ids of each bucket in one array, in alias order within a bucket.
  uint32_t at = 0;
  for (AliasIndex::Bucket& bucket : index->buckets) {
    bucket.begin = at;
    at += bucket.end;
    bucket.end = bucket.begin;
  }
  index->ids.resize(index->aliases.size());
  for (uint32_t id = 0; id < index->aliases.size(); ++id) index->ids[index->buckets[bucket_of[id]].end++] = id;
  // Buckets of a few longer aliases are walked; a look-up of the second word
  // costs about as much as comparing it with three or four of them.
  constexpr size_t kPairedFrom = 4;
  for (uint32_t b = 0; b < index->buckets.size(); ++b) {
    AliasIndex::Bucket& bucket = index->buckets[b];
    uint32_t* ids = index->ids.data();
    const size_t count = bucket.end - bucket.begin;
    if (count > 1) {
      std::stable_sort(ids + bucket.begin, ids + bucket.end, [&](uint32_t x, uint32_t y) {
        return index->aliases[x].count > index->aliases[y].count;
      });
    }
    const uint32_t last = ids[bucket.end - 1];
    if (index->aliases[last].count == 1) bucket.single = last;  // one at most: equal token lists are one alias
    size_t longer = count - (bucket.single == WordTable::kMissing ? 0 : 1);
    bucket.multi = longer > 0;
    if (longer < kPairedFrom) continue;
    bucket.seconds = static_cast<uint32_t>(index->by_second.size());
    WordTable& seconds = index->by_second.emplace_back();
    for (size_t k = 0; k < longer; ++k) {
      uint32_t id = ids[bucket.begin + k];
      std::string_view second = index->Token(index->aliases[id], 1);
      if (second == "'s") {
        bucket.possessive_second = true;
        continue;
      }
      uint32_t p = seconds.Find(second);
      if (p == WordTable::kMissing) {
        p = static_cast<uint32_t>(index->pairs.size());
        index->pairs.emplace_back();
        seconds.Set(second, p);
      }
      index->pairs[p].push_back(id);
    }
  }
  for (const OrgInfo& org : g.orgs_) {
    size_t space = org.canonical.rfind(' ');
    if (space == std::string::npos || !(WordFlags(std::string_view(org.canonical).substr(space + 1)) & kPlaceWord)) {
      continue;
    }
    uint32_t owner_index = index->by_canonical.Find(std::string_view(org.canonical).substr(0, space));
    if (owner_index != WordTable::kMissing) g.orgs_[owner_index].place_units = true;
  }
  g.index_ = std::move(index);
  return g;
}

Result<Gazetteer> Gazetteer::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status(ErrorCode::kNotFound, "cannot open gazetteer file", path);
  std::ostringstream buf;
  buf << in.rdbuf();
  if (in.bad()) return Status(ErrorCode::kIoError, "cannot read gazetteer file", path);
  return Parse(buf.str(), path);
}

namespace {

// An image starts with "DGGZ" and the version of its layout: change
// kImageVersion whenever Image writes something else.
constexpr uint32_t kImageMagic = 0x5a474744;  // "DGGZ" in memory order on little-endian machines
constexpr uint32_t kImageVersion = 1;

// A token text in an image: a range of AliasIndex::text, or one of the two
// literals Parse adds to the token texts ("'s" kept in capitals, "the" for "The").
struct TextRecord {
  uint32_t offset, length;
};
constexpr uint32_t kPossessiveText = UINT32_MAX, kTheText = UINT32_MAX - 1;

// A bucket in an image (no padding, unlike AliasIndex::Bucket).
struct BucketRecord {
  uint32_t begin, end, single, seconds, flags;  // flags: 1 multi, 2 possessive_second
};

}  // namespace

std::string Gazetteer::Image() const {
  std::string image;
  ImageWriter out(&image);
  out.U32(kImageMagic);
  out.U32(kImageVersion);
  out.U32(static_cast<uint32_t>(orgs_.size()));
  for (const OrgInfo& org : orgs_) {
    out.String(org.canonical);
    out.String(org.parent);
    out.U8(static_cast<uint8_t>(org.kind));
    out.U8(org.place_units ? 1 : 0);
    out.U32(static_cast<uint32_t>(org.descriptions.size()));
    for (const std::string& d : org.descriptions) out.String(d);
  }
  out.Array(first_shape_.data(), first_shape_.size());
  out.U8(index_ ? 1 : 0);
  if (!index_) return image;
  const AliasIndex& index = *index_;
  const std::string_view text(index.text.get(), index.text_size);
  out.String(text);
  out.Array(index.aliases.data(), index.aliases.size());
  std::vector<TextRecord> texts;
  texts.reserve(index.token_texts.size());
  const std::less_equal<const char*> at_or_before;  // a total order, also across objects
  for (std::string_view t : index.token_texts) {
    if (at_or_before(text.data(), t.data()) && at_or_before(t.data() + t.size(), text.data() + text.size())) {
      texts.push_back({static_cast<uint32_t>(t.data() - text.data()), static_cast<uint32_t>(t.size())});
    } else {  // Parse adds no other text outside `text`
      texts.push_back({t == "'s" ? kPossessiveText : kTheText, static_cast<uint32_t>(t.size())});
    }
  }
  out.Array(texts.data(), texts.size());
  index.by_first.WriteImage(&out);
  out.U32(static_cast<uint32_t>(index.buckets.size()));
  for (const AliasIndex::Bucket& b : index.buckets) {
    out.Value(BucketRecord{b.begin, b.end, b.single, b.seconds,
                           (b.multi ? 1u : 0u) | (b.possessive_second ? 2u : 0u)});
  }
  out.Array(index.ids.data(), index.ids.size());
  out.U32(static_cast<uint32_t>(index.by_second.size()));
  for (const WordTable& t : index.by_second) t.WriteImage(&out);
  out.U32(static_cast<uint32_t>(index.pairs.size()));
  for (const std::vector<uint32_t>& p : index.pairs) out.Array(p.data(), p.size());
  index.by_canonical.WriteImage(&out);
  return image;
}

Result<Gazetteer> Gazetteer::FromImage(std::string_view image, std::string_view name) {
  const Status damaged(ErrorCode::kParseError, "damaged gazetteer image", std::string(name));
  ImageReader in(image);
  uint32_t magic = 0, version = 0, count = 0;
  if (!in.U32(&magic) || magic != kImageMagic || !in.U32(&version)) return damaged;
  if (version != kImageVersion) {
    return Status(ErrorCode::kVersionMismatch,
                  "gazetteer image of version " + std::to_string(version) + ", this build reads version " +
                      std::to_string(kImageVersion),
                  std::string(name));
  }
  Gazetteer g;
  if (!in.Count(&count, 14)) return damaged;  // 14: the bytes of an organization without names
  g.orgs_.reserve(count);
  for (uint32_t k = 0; k < count; ++k) {
    std::string_view canonical, parent;
    uint8_t kind = 0, place_units = 0;
    uint32_t descriptions = 0;
    if (!in.String(&canonical) || !in.String(&parent) || !in.U8(&kind) ||
        kind > static_cast<uint8_t>(OrgKind::kOutlet) || !in.U8(&place_units) || !in.Count(&descriptions, 4)) {
      return damaged;
    }
    OrgInfo& org = g.orgs_.emplace_back(OrgInfo{std::string(canonical), std::string(parent),
                                                static_cast<OrgKind>(kind), {}, place_units != 0});
    org.descriptions.reserve(descriptions);
    for (uint32_t d = 0; d < descriptions; ++d) {
      std::string_view v;
      if (!in.String(&v)) return damaged;
      org.descriptions.emplace_back(v);
    }
  }
  uint8_t has_index = 0;
  if (!in.Array(g.first_shape_.data(), g.first_shape_.size()) || !in.U8(&has_index)) return damaged;
  if (!has_index) return in.AtEnd() ? Result<Gazetteer>(std::move(g)) : Result<Gazetteer>(damaged);
  auto index = std::make_shared<AliasIndex>();
  std::string_view text;
  std::vector<TextRecord> texts;
  if (!in.String(&text) || !in.Array(&index->aliases) || !in.Array(&texts)) return damaged;
  index->text = std::make_unique<char[]>(text.size() + 1);
  std::memcpy(index->text.get(), text.data(), text.size());
  index->text_size = text.size();
  index->token_texts.resize(texts.size());
  std::string_view* token_text = index->token_texts.data();
  for (const TextRecord& t : texts) {
    if (t.offset < kTheText) {
      if (uint64_t{t.offset} + t.length > text.size()) return damaged;
      *token_text++ = std::string_view(index->text.get() + t.offset, t.length);
    } else {
      *token_text++ = t.offset == kTheText ? "the" : "'s";
    }
  }
  if (!index->by_first.ReadImage(&in) || !in.Count(&count, sizeof(BucketRecord))) return damaged;
  index->buckets.resize(count);
  for (AliasIndex::Bucket& b : index->buckets) {
    BucketRecord r;
    if (!in.Value(&r)) return damaged;
    b.begin = r.begin;
    b.end = r.end;
    b.single = r.single;
    b.seconds = r.seconds;
    b.multi = (r.flags & 1) != 0;
    b.possessive_second = (r.flags & 2) != 0;
  }
  if (!in.Array(&index->ids) || !in.Count(&count, WordTable::kMinImageBytes)) return damaged;
  index->by_second.resize(count);
  for (WordTable& t : index->by_second) {
    if (!t.ReadImage(&in)) return damaged;
  }
  if (!in.Count(&count, 4)) return damaged;
  index->pairs.resize(count);
  for (std::vector<uint32_t>& p : index->pairs) {
    if (!in.Array(&p)) return damaged;
  }
  if (!index->by_canonical.ReadImage(&in) || !in.AtEnd()) return damaged;
  g.index_ = std::move(index);
  return g;
}

const OrgInfo* Gazetteer::Find(std::string_view canonical) const {
  if (!index_) return nullptr;
  uint32_t k = index_->by_canonical.Find(canonical);
  return k == WordTable::kMissing ? nullptr : &orgs_[k];
}

std::string Gazetteer::Root(std::string_view canonical) const { return std::string(RootView(canonical)); }

std::string_view Gazetteer::RootView(std::string_view canonical) const {
  std::string_view name = canonical;
  for (size_t depth = 0; depth <= orgs_.size(); ++depth) {
    const OrgInfo* org = Find(name);
    if (org == nullptr || org->parent.empty()) break;
    name = org->parent;
  }
  return name;
}

namespace {

// Whether alias `a` matches tokens i + 1 ... after its first token.
bool RestMatches(const AliasIndex& index, const AliasIndex::Alias& a, std::string_view text,
                 const std::vector<Token>& tokens, size_t i, size_t end, size_t from) {
  if (i + a.count > end) return false;
  for (size_t k = from; k < a.count; ++k) {
    const Token& tk = tokens[i + k];
    const std::string_view want = index.Token(a, k);
    if (!(want == "'s" ? tk.kind == TokenKind::kPossessive : TokenText(text, tk) == want)) return false;
  }
  return true;
}

}  // namespace

// (Always inline: MatchAt asks it at every token that passes MayStartAt, and
// GCC kept it out of line for its two callers.)
[[gnu::always_inline]] inline uint32_t Gazetteer::FirstBucket(std::string_view text, const std::vector<Token>& tokens,
                                                              size_t i, size_t end) const {
  if (!index_ || i >= end) return WordTable::kMissing;
  const Token& t = tokens[i];
  if (!MayStartAt(text, t)) return WordTable::kMissing;  // most tokens fail here, without hashing
  if (t.kind != TokenKind::kWord && t.kind != TokenKind::kNumber) return WordTable::kMissing;
  // "the" starts only "the Information"-like variants: a capitalized word must follow.
  if (!t.capitalized && i + 1 < end && !tokens[i + 1].capitalized && TokenText(text, t) == "the") {
    return WordTable::kMissing;
  }
  return index_->by_first.Find(TokenText(text, t));
}

bool Gazetteer::MatchAt(std::string_view text, const std::vector<Token>& tokens, size_t i, size_t end,
                        AliasMatch* out) const {
  uint32_t b = FirstBucket(text, tokens, i, end);
  if (b == WordTable::kMissing) return false;
  const AliasIndex::Bucket& bucket = index_->buckets[b];
  uint32_t found = WordTable::kMissing;
  if (bucket.multi && i + 1 < end) {
    const Token& second = tokens[i + 1];
    if (bucket.seconds == WordTable::kMissing || (second.kind == TokenKind::kPossessive && bucket.possessive_second)) {
      // A few longer aliases, or "Barron's": walk the bucket (the single alias,
      // last, always matches).
      for (uint32_t k = bucket.begin; k < bucket.end; ++k) {
        const uint32_t id = index_->ids[k];
        if (RestMatches(*index_, index_->aliases[id], text, tokens, i, end, 1)) {
          found = id;
          break;
        }
      }
    } else {
      std::string_view word = TokenText(text, second);
      uint32_t p = index_->by_second[bucket.seconds].Find(word);
      if (p != WordTable::kMissing) {
        for (uint32_t id : index_->pairs[p]) {
          if (RestMatches(*index_, index_->aliases[id], text, tokens, i, end, 2)) {
            found = id;
            break;
          }
        }
      }
    }
  }
  if (found == WordTable::kMissing) found = bucket.single;
  if (found == WordTable::kMissing) return false;
  const AliasIndex::Alias& a = index_->aliases[found];
  out->org = a.org;
  out->end_token = static_cast<uint32_t>(i + a.count);
  return true;
}

bool Gazetteer::MatchAtByWalk(std::string_view text, const std::vector<Token>& tokens, size_t i, size_t end,
                              AliasMatch* out) const {
  uint32_t b = FirstBucket(text, tokens, i, end);
  if (b == WordTable::kMissing) return false;
  for (uint32_t k = index_->buckets[b].begin; k < index_->buckets[b].end; ++k) {
    const uint32_t id = index_->ids[k];
    const AliasIndex::Alias& a = index_->aliases[id];
    if (!RestMatches(*index_, a, text, tokens, i, end, 1)) continue;
    out->org = a.org;
    out->end_token = static_cast<uint32_t>(i + a.count);
    return true;
  }
  return false;
}

bool LooksLikeInvestmentFirm(const Gazetteer& gazetteer, std::string_view name) {
  if (const OrgInfo* info = gazetteer.Find(name)) return info->kind == OrgKind::kFund;
  const size_t space = name.rfind(' ');
  if (space == std::string_view::npos) return false;
  std::string_view last = name.substr(space + 1);
  return last == "Ventures" || last == "Capital" || last == "Partners" || last == "Fund" || last == "Investments" ||
         last == "Equity";
}

}  // namespace dealgraph
