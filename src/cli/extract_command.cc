// `dealgraph extract` and `dealgraph entities`: read news files, print the
// deals (or entities) of each document as JSON Lines or a table.
#include <fmt/format.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "cli/commands.h"
#include "cli/ordered_pool.h"
#include "cli/table.h"
#include "dealgraph/document.h"
#include "dealgraph/extractor.h"

namespace dealgraph::cli {
namespace {

struct ExtractOptions {
  std::vector<std::string> files;
  std::string format = "jsonl";
  std::string input_format = "auto";
  std::string gazetteer;
  std::string tagger_model;
  bool no_tagger = false;
  std::string pair_model;
  bool no_pair_model = false;
  bool dump_text = false;
  int jobs = 0;  // 0: one per core
};

std::string AmountText(const Deal& d) {
  if (!d.amount) return "";
  const Amount& a = *d.amount;
  double v = a.value;
  std::string scaled;
  if (v >= 1e12) {
    scaled = fmt::format("{:.4g}T", v / 1e12);
  } else if (v >= 1e9) {
    scaled = fmt::format("{:.4g}B", v / 1e9);
  } else if (v >= 1e6) {
    scaled = fmt::format("{:.4g}M", v / 1e6);
  } else {
    scaled = fmt::format("{:.0f}", v);
  }
  std::string q = a.qualifier == Qualifier::kExact ? "" : std::string(ToString(a.qualifier)) + " ";
  return q + a.currency + " " + scaled;
}

std::string Join(const std::vector<std::string>& names) {
  std::string out;
  for (const std::string& n : names) out += (out.empty() ? "" : ", ") + n;
  return out.empty() ? "-" : out;
}

int RunExtract(const ExtractOptions& opt, bool entities) {
  InputFormat format;
  if (!ParseInputFormat(opt.input_format, &format)) {
    std::fprintf(stderr, "dealgraph: unknown --input-format '%s'\n", opt.input_format.c_str());
    return 2;
  }
  ExtractorOptions eo;
  eo.gazetteer_path = opt.gazetteer;
  eo.tagger_model_path = opt.tagger_model;
  eo.use_tagger = !opt.no_tagger;
  eo.pair_model_path = opt.pair_model;
  eo.use_pair_model = !opt.no_pair_model;
  auto extractor = Extractor::Create(eo);
  if (!extractor.ok()) {
    std::fprintf(stderr, "dealgraph: %s\n", extractor.status().ToString().c_str());
    return 2;
  }
  bool failed = false;
  Table table({"doc", "type", "asset", "from", "to", "amount", "status", "attribution"});
  auto on_error = [&](const Status& s) {
    failed = true;
    std::fprintf(stderr, "dealgraph: %s\n", s.ToString().c_str());
  };
  // JSON Lines output runs on `jobs` threads, written in input order; the
  // table and --dump-text stay on this thread.
  int jobs = opt.jobs > 0 ? opt.jobs : std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
  if (opt.dump_text || (!entities && opt.format == "table")) jobs = 1;
  const Extractor& ex = **extractor;
  OrderedPool pool(jobs, [&ex, entities](const Document& doc, std::string* out) {
    if (entities) {
      out->append(ex.EntitiesJson(doc));
    } else {
      AppendDocumentDealsJson(doc.id, ex.Extract(doc), out);
    }
    out->push_back('\n');
  }, stdout);
  auto on_document = [&](Document&& doc) {
    if (opt.dump_text) {
      std::fwrite(doc.text.data(), 1, doc.text.size(), stdout);
      if (!doc.text.empty() && doc.text.back() != '\n') std::fputc('\n', stdout);
      return;
    }
    if (!entities && opt.format == "table") {
      std::vector<Deal> deals = ex.Extract(doc);
      for (const Deal& d : deals) {
        table.Add({doc.id, std::string(ToString(d.type)), std::string(ToString(d.asset)), Join(d.from), Join(d.to),
                   AmountText(d), std::string(ToString(d.status)), Join(d.attribution)});
      }
      return;
    }
    pool.Add(std::move(doc));
  };
  ReadLimits limits;
  for (const std::string& path : opt.files) {
    Status s = ReadDocuments(path, format, limits, on_document, on_error);
    if (!s.ok()) on_error(s.where().empty() ? s.At(path) : s);
  }
  pool.Finish();
  if (opt.format == "table" && !entities && !opt.dump_text) table.Print(stdout);
  return failed ? 1 : 0;
}

}  // namespace

void AddExtractCommands(CLI::App& app, ExitCode& exit) {
  auto opt = std::make_shared<ExtractOptions>();
  CLI::App* ex = app.add_subcommand("extract", "Print the deals stated in news files (JSON Lines or a table)");
  ex->add_option("files", opt->files, "Text, HTML, JSON Lines or feed files; - for standard input")->required();
  ex->add_option("--format", opt->format, "jsonl (default) or table")->check(CLI::IsMember({"jsonl", "table"}));
  ex->add_option("--input-format", opt->input_format, "auto (default), text, html, jsonl or feed");
  ex->add_option("--gazetteer", opt->gazetteer, "Organization gazetteer TSV instead of the built-in one");
  ex->add_option("--tagger-model", opt->tagger_model, "Organization tagger model instead of the built-in one");
  ex->add_flag("--no-tagger", opt->no_tagger, "Organizations from the gazetteer and rules only");
  ex->add_option("--pair-model", opt->pair_model, "Deal pair model instead of the built-in one");
  ex->add_flag("--no-pair-model", opt->no_pair_model, "Deals from the frame rules only");
  ex->add_flag("--dump-text", opt->dump_text, "Print the text the extractor reads (offsets refer to it)");
  ex->add_option("-j,--jobs", opt->jobs, "Extraction threads (default: all cores); output order does not change")
      ->check(CLI::Range(1, 256));
  ex->callback([opt, &exit] { exit.value = RunExtract(*opt, false); });

  auto eopt = std::make_shared<ExtractOptions>();
  CLI::App* en = app.add_subcommand("entities", "Print organizations, money, dates and outlets found (JSON Lines)");
  en->add_option("files", eopt->files, "Input files; - for standard input")->required();
  en->add_option("--input-format", eopt->input_format, "auto (default), text, html, jsonl or feed");
  en->add_option("--gazetteer", eopt->gazetteer, "Organization gazetteer TSV instead of the built-in one");
  en->add_option("--tagger-model", eopt->tagger_model, "Organization tagger model instead of the built-in one");
  en->add_flag("--no-tagger", eopt->no_tagger, "Organizations from the gazetteer and rules only");
  en->add_option("-j,--jobs", eopt->jobs, "Threads (default: all cores); output order does not change")
      ->check(CLI::Range(1, 256));
  en->callback([eopt, &exit] { exit.value = RunExtract(*eopt, true); });
}

}  // namespace dealgraph::cli
