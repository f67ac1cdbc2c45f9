// dealgraph_gen: writes a deterministic news-like corpus for benchmarks.
//
//   dealgraph_gen --size 100MB --seed 1 --format jsonl [--out FILE]
//
// Same seed, size and format give the same bytes (see corpus_gen.h). Output
// goes to standard output unless --out is given. Sizes take B, KB, MB, GB
// (powers of 1000: 100MB is 100,000,000 bytes) or KiB, MiB, GiB.
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>

#include "corpus_gen.h"

namespace {

bool ParseSize(std::string_view s, uint64_t* out) {
  size_t i = 0;
  while (i < s.size() && (s[i] >= '0' && s[i] <= '9')) ++i;
  if (i == 0) return false;
  uint64_t n = std::strtoull(std::string(s.substr(0, i)).c_str(), nullptr, 10);
  std::string unit(s.substr(i));
  for (char& c : unit) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  uint64_t mult = 0;
  if (unit.empty() || unit == "B") mult = 1;
  else if (unit == "KB" || unit == "K") mult = 1000;
  else if (unit == "MB" || unit == "M") mult = 1000 * 1000;
  else if (unit == "GB" || unit == "G") mult = 1000ull * 1000 * 1000;
  else if (unit == "KIB") mult = 1024;
  else if (unit == "MIB") mult = 1024 * 1024;
  else if (unit == "GIB") mult = 1024ull * 1024 * 1024;
  else return false;
  *out = n * mult;
  return true;
}

int Usage() {
  std::fprintf(stderr,
               "usage: dealgraph_gen --size SIZE [--seed N] [--format jsonl|txt] [--out FILE]\n"
               "  SIZE: bytes with an optional unit (1MB, 100MB, 1GB, 64MiB)\n"
               "  jsonl: one article per line {id,title,published,outlet,text}\n"
               "  txt: articles as plain text separated by a blank line\n");
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  uint64_t size = 0;
  uint64_t seed = 1;
  std::string format = "jsonl";
  std::string out_path;
  for (int i = 1; i < argc; ++i) {
    std::string_view a = argv[i];
    auto value = [&]() -> const char* { return i + 1 < argc ? argv[++i] : nullptr; };
    const char* v = nullptr;
    if (a == "--size" && (v = value())) {
      if (!ParseSize(v, &size)) return Usage();
    } else if (a == "--seed" && (v = value())) {
      seed = std::strtoull(v, nullptr, 10);
    } else if (a == "--format" && (v = value())) {
      format = v;
    } else if (a == "--out" && (v = value())) {
      out_path = v;
    } else {
      return Usage();
    }
  }
  if (size == 0 || (format != "jsonl" && format != "txt")) return Usage();
  FILE* out = out_path.empty() ? stdout : std::fopen(out_path.c_str(), "wb");
  if (!out) {
    std::fprintf(stderr, "dealgraph_gen: cannot write %s: %s\n", out_path.c_str(), std::strerror(errno));
    return 1;
  }
  dealgraph::bench::CorpusGenerator gen(seed);
  uint64_t written = 0;
  uint64_t articles = 0;
  for (;;) {
    dealgraph::bench::GeneratedArticle art = gen.Next();
    std::string rec = format == "jsonl" ? dealgraph::bench::ArticleToJsonl(art) : art.text;
    rec += '\n';
    if (articles > 0 && written + rec.size() > size) break;
    if (std::fwrite(rec.data(), 1, rec.size(), out) != rec.size()) {
      std::fprintf(stderr, "dealgraph_gen: write failed: %s\n", std::strerror(errno));
      return 1;
    }
    written += rec.size();
    ++articles;
  }
  if (std::fflush(out) != 0 || (out != stdout && std::fclose(out) != 0)) {
    std::fprintf(stderr, "dealgraph_gen: write failed: %s\n", std::strerror(errno));
    return 1;
  }
  std::fprintf(stderr, "dealgraph_gen: %llu articles, %llu bytes, seed %llu, %s\n",
               static_cast<unsigned long long>(articles), static_cast<unsigned long long>(written),
               static_cast<unsigned long long>(seed), format.c_str());
  return 0;
}
