// `dealgraph deals`, `org`, `flows`, `cycles`, `show` and `export`: questions
// over the ledger, printed as a table, JSON or CSV.
#include <fmt/format.h>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cli/cli_support.h"
#include "cli/commands.h"
#include "cli/table.h"
#include "dealgraph/ledger.h"
#include "dealgraph/query.h"
#include "query/deal_csv.h"
#include "query/query_json.h"
#include "query/text_escape.h"

namespace dealgraph::cli {
namespace {

struct QueryCliOptions {
  std::string db = "dealgraph.db";
  std::string gazetteer;
  std::string format = "table";
  // deals
  std::string org, type, status, since, until;
  std::optional<double> min_amount;
  int limit = 0;
  std::string sort = "recent";
  // cycles
  int max_length = 4;
  bool no_talks = false;
  std::string currency = "USD";
  // show, org
  std::string name;
  // export
  std::string output;
};

Result<std::unique_ptr<Ledger>> OpenForQuery(const QueryCliOptions& opt) {
  auto options = LedgerOptionsFor(opt.gazetteer);
  if (!options.ok()) return options.status();
  LedgerOptions lo = std::move(options).value();
  lo.create_if_missing = false;
  return Ledger::Open(opt.db, lo);
}

std::string Money(double v) {
  if (v >= 1e12) return fmt::format("{:.4g}T", v / 1e12);
  if (v >= 1e9) return fmt::format("{:.4g}B", v / 1e9);
  if (v >= 1e6) return fmt::format("{:.4g}M", v / 1e6);
  return fmt::format("{:.0f}", v);
}

std::string Range(const MergedDeal& d) {
  if (!d.amount_min) return "";
  std::string s = d.currency + " " + Money(*d.amount_min);
  if (d.amount_max && *d.amount_max != *d.amount_min) s += "-" + Money(*d.amount_max);
  if (d.amount_conflict) s += " (!)";
  return s;
}

std::string Sums(const std::vector<MoneySum>& sums) {
  std::string out;
  for (const MoneySum& s : sums) {
    if (!out.empty()) out += ", ";
    if (s.currency.empty()) {
      out += fmt::format("{} without amount", s.deals);
    } else {
      out += fmt::format("{} {}", s.currency, Money(s.amount_min));
      if (s.amount_max != s.amount_min) out += "-" + Money(s.amount_max);
      out += fmt::format(" ({} deals)", s.deals);
    }
  }
  return out.empty() ? "-" : out;
}

std::string Names(const std::vector<std::string>& v) {
  std::string out;
  for (const std::string& n : v) out += (out.empty() ? "" : ", ") + n;
  return out.empty() ? "-" : out;
}

void PrintJson(const Json& j) { std::printf("%s\n", Dump(j, 2).c_str()); }

std::vector<std::string> DealCsvHeader() {
  std::vector<std::string> header = DealCsvColumns();
  header.push_back("from_top");
  header.push_back("to_top");
  return header;
}

std::vector<std::string> DealCsvRow(const MergedDeal& d) {
  std::vector<std::string> row = DealCsvFields(d);
  row.push_back(CsvNames(d.from_top));
  row.push_back(CsvNames(d.to_top));
  return row;
}

void PrintDeals(const std::vector<MergedDeal>& deals, const std::string& format) {
  if (format == "json") return PrintJson(ToJsonArray(deals));
  if (format == "csv") {
    std::printf("%s\n", CsvRow(DealCsvHeader()).c_str());
    for (const MergedDeal& d : deals) std::printf("%s\n", CsvRow(DealCsvRow(d)).c_str());
    return;
  }
  Table t({"id", "type", "from", "to", "status", "amount", "reported", "claims"});
  for (const MergedDeal& d : deals) {
    std::string type(ToString(d.type));
    if (d.type == DealType::kPurchase) type += "/" + std::string(ToString(d.asset));
    std::string status(ToString(d.status));
    if (d.status_conflict) status += " (!)";
    std::string when = d.first_reported.substr(0, 10);
    if (d.last_reported.substr(0, 10) != when) when += ".." + d.last_reported.substr(0, 10);
    t.Add({d.id, type, Names(d.from), Names(d.to), status, Range(d), when, std::to_string(d.claims)});
  }
  t.Print(stdout);
}

int RunDeals(const QueryCliOptions& opt) {
  DealFilter f;
  f.org = opt.org;
  if (!opt.type.empty()) {
    DealType t;
    if (!ParseDealType(opt.type, &t)) {
      std::fprintf(stderr, "dealgraph: unknown --type '%s'\n", opt.type.c_str());
      return 2;
    }
    f.type = t;
  }
  if (!opt.status.empty()) {
    DealStatus s;
    if (!ParseDealStatus(opt.status, &s)) {
      std::fprintf(stderr, "dealgraph: unknown --status '%s'\n", opt.status.c_str());
      return 2;
    }
    f.status = s;
  }
  f.since = opt.since;
  f.until = opt.until;
  f.min_amount = opt.min_amount;
  f.limit = opt.limit;
  f.order = opt.sort == "amount" ? DealOrder::kLargest : opt.sort == "first" ? DealOrder::kOldest : DealOrder::kRecent;
  auto ledger = OpenForQuery(opt);
  if (!ledger.ok()) return PrintError(ledger.status()), 2;
  auto deals = ListDeals(**ledger, f);
  if (!deals.ok()) return PrintError(deals.status()), 2;
  PrintDeals(*deals, opt.format);
  return 0;
}

int RunShow(const QueryCliOptions& opt) {
  auto ledger = OpenForQuery(opt);
  if (!ledger.ok()) return PrintError(ledger.status()), 2;
  auto detail = ShowDeal(**ledger, opt.name);
  if (!detail.ok()) return PrintError(detail.status()), 1;
  const DealDetail& d = *detail;
  if (opt.format == "json") return PrintJson(ToJson(d)), 0;
  if (opt.format == "csv") {
    std::printf("%s\n", CsvRow({"deal", "doc", "source", "version", "outlet", "date", "status", "amount",
                                "currency", "qualifier", "evidence_start", "evidence_end", "evidence"})
                            .c_str());
    for (const Claim& c : d.claims) {
      const auto& a = c.deal.amount;
      std::printf("%s\n", CsvRow({d.deal.id, c.doc, c.source, std::to_string(c.version), c.outlet, c.published,
                                  std::string(ToString(c.deal.status)), a ? Dump(Number(a->value)) : "",
                                  a ? a->currency : "", a ? std::string(ToString(a->qualifier)) : "",
                                  std::to_string(c.deal.evidence.start), std::to_string(c.deal.evidence.end),
                                  c.deal.evidence.text})
                              .c_str());
    }
    return 0;
  }
  const MergedDeal& m = d.deal;
  std::printf("deal %s: %s%s\n", m.id.c_str(), std::string(ToString(m.type)).c_str(),
              m.type == DealType::kPurchase ? (" of " + std::string(ToString(m.asset))).c_str() : "");
  std::printf("  from:     %s\n  to:       %s\n", Names(m.from).c_str(), Names(m.to).c_str());
  std::printf("  status:   %s%s\n", std::string(ToString(m.status)).c_str(),
              m.status_conflict ? " (reports disagree: cancelled and not)" : "");
  std::printf("  amount:   %s%s\n", m.amount_min ? Range(m).c_str() : "not reported",
              m.amount_conflict ? " (reported amounts disagree)" : "");
  std::printf("  reported: %s .. %s by %s\n", m.first_reported.c_str(), m.last_reported.c_str(),
              Names(d.outlets).c_str());
  std::printf("\nstatus history:\n");
  for (const StatusReport& r : d.history) {
    std::printf("  %-10s  %-9s  %s%s\n", r.date.empty() ? "(no date)" : r.date.substr(0, 10).c_str(),
                std::string(ToString(r.status)).c_str(), r.doc.c_str(),
                r.outlet.empty() ? "" : (" (" + r.outlet + ")").c_str());
  }
  std::printf("\nclaims:\n");
  for (const Claim& c : d.claims) {
    std::string amount;
    if (c.deal.amount) {
      amount = c.deal.amount->currency + " " + Money(c.deal.amount->value);
      if (c.deal.amount->qualifier != Qualifier::kExact) {
        amount = std::string(ToString(c.deal.amount->qualifier)) + " " + amount;
      }
    }
    std::printf("  [%s] %s v%d, %s, %s%s%s\n", c.published.substr(0, 10).c_str(), c.doc.c_str(), c.version,
                c.source.c_str(), std::string(ToString(c.deal.status)).c_str(), amount.empty() ? "" : ", ",
                amount.c_str());
    std::printf("      bytes %zu-%zu: \"%s\"\n", c.deal.evidence.start, c.deal.evidence.end,
                c.deal.evidence.text.c_str());
  }
  return 0;
}

int RunOrg(const QueryCliOptions& opt) {
  auto ledger = OpenForQuery(opt);
  if (!ledger.ok()) return PrintError(ledger.status()), 2;
  auto profile = ProfileOrg(**ledger, opt.name);
  if (!profile.ok()) return PrintError(profile.status()), 1;
  const OrgProfile& p = *profile;
  if (opt.format == "json") return PrintJson(ToJson(p)), 0;
  if (opt.format == "csv") {
    std::printf("%s\n",
                CsvRow({"org", "direction", "type", "status", "currency", "deals", "amount_min", "amount_max"}).c_str());
    for (const OrgMoney& m : p.money) {
      for (const MoneySum& s : m.sums) {
        std::printf("%s\n", CsvRow({p.name, m.direction, std::string(ToString(m.type)),
                                    std::string(ToString(m.status)), s.currency, std::to_string(s.deals),
                                    Dump(Number(s.amount_min)), Dump(Number(s.amount_max))})
                                .c_str());
      }
    }
    return 0;
  }
  std::printf("%s", p.name.c_str());
  if (!p.parent.empty()) std::printf(" (asked for %s, a unit of %s)", p.asked.c_str(), p.parent.c_str());
  std::printf("\n  units: %s\n  deals: %d\n\n", Names(p.units).c_str(), p.deals);
  std::printf("money given,    agreed:     %s\n", Sums(p.given_agreed).c_str());
  std::printf("money given,    talks only: %s\n", Sums(p.given_talks).c_str());
  std::printf("money received, agreed:     %s\n", Sums(p.received_agreed).c_str());
  std::printf("money received, talks only: %s\n\n", Sums(p.received_talks).c_str());
  Table money({"direction", "type", "status", "money"});
  for (const OrgMoney& m : p.money) {
    money.Add({m.direction, std::string(ToString(m.type)), std::string(ToString(m.status)), Sums(m.sums)});
  }
  money.Print(stdout);
  std::printf("\ncounterparties:\n");
  Table cps({"name", "deals", "types"});
  for (const Counterparty& c : p.counterparties) {
    std::string types;
    for (DealType t : c.types) types += (types.empty() ? "" : ", ") + std::string(ToString(t));
    cps.Add({c.name, std::to_string(c.deals), types});
  }
  cps.Print(stdout);
  std::printf("\nlargest deals:\n");
  PrintDeals(p.largest, "table");
  std::printf("\ntimeline:\n");
  PrintDeals(p.timeline, "table");
  return 0;
}

int RunFlows(const QueryCliOptions& opt) {
  auto ledger = OpenForQuery(opt);
  if (!ledger.ok()) return PrintError(ledger.status()), 2;
  FlowOptions fo;
  fo.org = opt.org;
  fo.limit = opt.limit;
  auto flows = Flows(**ledger, fo);
  if (!flows.ok()) return PrintError(flows.status()), 1;
  if (opt.format == "json") return PrintJson(ToJsonArray(*flows)), 0;
  if (opt.format == "csv") {
    std::printf("from,to,currency,deals,amount_min,amount_max,talks_deals,with_talks_amount_min,"
                "with_talks_amount_max\n");
    for (const Flow& f : *flows) {
      std::printf("%s\n", CsvRow({f.from, f.to, f.currency, std::to_string(f.deals), Dump(Number(f.amount_min)),
                                  Dump(Number(f.amount_max)), std::to_string(f.talks_deals),
                                  Dump(Number(f.with_talks_amount_min)), Dump(Number(f.with_talks_amount_max))})
                              .c_str());
    }
    return 0;
  }
  Table t({"from", "to", "agreed", "with talks", "deals", "talks-only deals"});
  auto range = [](const std::string& cur, double lo, double hi) {
    if (cur.empty()) return std::string("-");
    std::string s = cur + " " + Money(lo);
    if (hi != lo) s += "-" + Money(hi);
    return s;
  };
  for (const Flow& f : *flows) {
    t.Add({f.from, f.to, range(f.currency, f.amount_min, f.amount_max),
           range(f.currency, f.with_talks_amount_min, f.with_talks_amount_max), std::to_string(f.deals),
           std::to_string(f.talks_deals)});
  }
  t.Print(stdout);
  return 0;
}

int RunCycles(const QueryCliOptions& opt) {
  auto ledger = OpenForQuery(opt);
  if (!ledger.ok()) return PrintError(ledger.status()), 2;
  CycleOptions co;
  co.max_length = opt.max_length;
  co.limit = opt.limit > 0 ? opt.limit : 20;
  co.include_talks = !opt.no_talks;
  co.currency = opt.currency;
  auto cycles = FindCycles(**ledger, co);
  if (!cycles.ok()) return PrintError(cycles.status()), 1;
  if (opt.format == "json") return PrintJson(ToJsonArray(*cycles)), 0;
  if (opt.format == "csv") {
    std::printf("cycle,smallest_leg,leg,from,to,amount,deals\n");
    for (size_t i = 0; i < cycles->size(); ++i) {
      const Cycle& c = (*cycles)[i];
      for (size_t k = 0; k < c.legs.size(); ++k) {
        std::string deals;
        for (const MergedDeal& d : c.legs[k].deals) {
          deals += (deals.empty() ? "" : " ") + d.id + ":" + std::string(ToString(d.status));
        }
        std::printf("%s\n", CsvRow({std::to_string(i + 1), Dump(Number(c.smallest_leg)), std::to_string(k + 1),
                                    c.legs[k].from, c.legs[k].to, Dump(Number(c.legs[k].amount)), deals})
                                .c_str());
      }
    }
    return 0;
  }
  if (cycles->empty()) std::printf("no circular flows\n");
  for (size_t i = 0; i < cycles->size(); ++i) {
    const Cycle& c = (*cycles)[i];
    std::string path;
    for (const CycleLeg& leg : c.legs) path += leg.from + " -> ";
    path += c.legs.empty() ? "" : c.legs.front().from;
    std::printf("%zu. %s  (smallest leg %s %s)\n", i + 1, path.c_str(), co.currency.c_str(),
                Money(c.smallest_leg).c_str());
    for (const CycleLeg& leg : c.legs) {
      std::printf("   %s -> %s: %s %s\n", leg.from.c_str(), leg.to.c_str(), co.currency.c_str(),
                  Money(leg.amount).c_str());
      for (const MergedDeal& d : leg.deals) {
        std::printf("      %s  %s%s, %s%s%s\n", d.id.c_str(), std::string(ToString(d.type)).c_str(),
                    d.type == DealType::kPurchase ? ("/" + std::string(ToString(d.asset))).c_str() : "",
                    std::string(ToString(d.status)).c_str(), d.amount_min ? ", " : "", Range(d).c_str());
      }
    }
  }
  return 0;
}

int RunExport(const QueryCliOptions& opt) {
  ExportFormat format;
  if (!ParseExportFormat(opt.format, &format)) {
    std::fprintf(stderr, "dealgraph: unknown export --format '%s'\n", opt.format.c_str());
    return 2;
  }
  auto ledger = OpenForQuery(opt);
  if (!ledger.ok()) return PrintError(ledger.status()), 2;
  std::ofstream file;
  std::ostream* out = &std::cout;
  if (!opt.output.empty() && opt.output != "-") {
    file.open(opt.output, std::ios::binary);
    if (!file) return PrintError(Status(ErrorCode::kIoError, "cannot write", opt.output)), 2;
    out = &file;
  }
  std::ios::sync_with_stdio(false);
  Status s = Export(**ledger, format, *out);
  out->flush();
  if (!s.ok() || !*out) {
    PrintError(s.ok() ? Status(ErrorCode::kIoError, "write failed", opt.output) : s);
    return 2;
  }
  return 0;
}

void Common(CLI::App* cmd, QueryCliOptions* opt, bool formats = true) {
  cmd->add_option("--db", opt->db, "Ledger database file (default ./dealgraph.db)");
  cmd->add_option("--gazetteer", opt->gazetteer, "Organization gazetteer TSV instead of the built-in one");
  if (formats) {
    cmd->add_option("--format", opt->format, "table (default), json or csv")
        ->check(CLI::IsMember({"table", "json", "csv"}));
  }
}

}  // namespace

void AddQueryCommands(CLI::App& app, ExitCode& exit) {
  auto d = std::make_shared<QueryCliOptions>();
  CLI::App* deals = app.add_subcommand("deals", "List merged deals, most recently reported first");
  Common(deals, d.get());
  deals->add_option("--org", d->org, "Only deals with this organization (or one of its units) as a party");
  deals->add_option("--type", d->type, "investment, acquisition, purchase or partnership");
  deals->add_option("--status", d->status, "talks, planned, announced, completed or cancelled");
  deals->add_option("--since", d->since, "Reported on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)");
  deals->add_option("--until", d->until, "First reported on or before this date");
  deals->add_option("--min-amount", d->min_amount, "Largest reported amount at least this much");
  deals->add_option("--limit", d->limit, "At most this many deals");
  deals->add_option("--sort", d->sort, "recent (last report, default), amount (largest first) or first (first report)")
      ->check(CLI::IsMember({"recent", "amount", "first"}));
  deals->callback([d, &exit] { exit.value = RunDeals(*d); });

  auto o = std::make_shared<QueryCliOptions>();
  CLI::App* org = app.add_subcommand("org", "Profile of an organization: money by type and status, counterparties");
  org->add_option("name", o->name, "Organization name")->required();
  Common(org, o.get());
  org->callback([o, &exit] { exit.value = RunOrg(*o); });

  auto f = std::make_shared<QueryCliOptions>();
  CLI::App* flows = app.add_subcommand("flows", "Money between organizations (units rolled up), with and without talks");
  Common(flows, f.get());
  flows->add_option("--org", f->org, "Only flows into or out of this organization");
  flows->add_option("--limit", f->limit, "At most this many flows");
  flows->callback([f, &exit] { exit.value = RunFlows(*f); });

  auto c = std::make_shared<QueryCliOptions>();
  CLI::App* cycles = app.add_subcommand("cycles", "Circular flows of money, ranked by their smallest leg");
  Common(cycles, c.get());
  cycles->add_option("--max-length", c->max_length, "Legs per cycle, 2 to 6 (default 4)")->check(CLI::Range(2, 6));
  cycles->add_option("--limit", c->limit, "At most this many cycles (default 20)");
  cycles->add_flag("--no-talks", c->no_talks, "Leave out deals only talked about (talks, planned)");
  cycles->add_option("--currency", c->currency, "Currency legs are ranked by (default USD)");
  cycles->callback([c, &exit] { exit.value = RunCycles(*c); });

  auto s = std::make_shared<QueryCliOptions>();
  CLI::App* show = app.add_subcommand("show", "One merged deal: claims, sources, evidence, status history");
  show->add_option("deal", s->name, "Merged deal id (from `dealgraph deals`)")->required();
  Common(show, s.get());
  show->callback([s, &exit] { exit.value = RunShow(*s); });

  auto e = std::make_shared<QueryCliOptions>();
  e->format = "";
  CLI::App* ex = app.add_subcommand("export", "Every merged deal with its claims as jsonl, csv, graphml or dot");
  Common(ex, e.get(), false);
  ex->add_option("--format", e->format, "jsonl, csv, graphml or dot")
      ->required()
      ->check(CLI::IsMember({"jsonl", "csv", "graphml", "dot"}));
  ex->add_option("-o,--output", e->output, "Output file (default standard output)");
  ex->callback([e, &exit] { exit.value = RunExport(*e); });
}

}  // namespace dealgraph::cli
